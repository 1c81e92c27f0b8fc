// The conflict dialog on a replica with real conflicts: both versions side by side, Keep mine, Take server's and
// Merge each leaving the expected row and outbox entry, a deletion shown plainly, and refused changes retried.

#include "SyncGuiFixture.h"
#include "ui/sync/ConflictComparisonModel.h"
#include "ui/sync/ConflictDialog.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace novamind;
using namespace novamind::test;

namespace {

const QString kNote = QStringLiteral("note-1");
const QString kMyBody = QStringLiteral("Mood better since the dose change.");
const QString kServerBody = QStringLiteral("Mood unchanged; sleeping poorly.");
const QString kServerTitle = QStringLiteral("Follow-up");

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestConflictDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsBothVersionsSideBySide();
    void keepMineSendsOurVersion();
    void takeServerDropsOurEdit();
    void mergeSendsTheChosenFields();
    void aDeletionIsShownPlainlyAndCannotBeMerged();
    void refusedChangesShowTheServersSentenceAndRetry();

private:
    std::optional<EntityTables::Row> noteRow();

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<Session> m_session;
};

void TestConflictDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestConflictDialog::init()
{
    auto replica = makeSyncReplica(m_dir.filePath(QStringLiteral("r%1.db").arg(++m_counter)));
    QVERIFY2(replica.ok(), qPrintable(replica.ok() ? QString() : replica.error().message));
    m_replica = std::move(replica).value();
    auto session = Session::forReplica(*m_replica);
    QVERIFY(session.ok());
    m_session = std::make_unique<Session>(session.value());
}

void TestConflictDialog::cleanup()
{
    m_session.reset();
    m_replica.reset();
}

std::optional<EntityTables::Row> TestConflictDialog::noteRow()
{
    auto row = EntityTables::load(m_replica->database(), QStringLiteral("clinical_note"), kNote);
    return row.ok() ? row.value() : std::nullopt;
}

void TestConflictDialog::showsBothVersionsSideBySide()
{
    const Status made = makeConflict(*m_replica, kNote, note(kNote, QStringLiteral("Visit"), kMyBody),
                                     note(kNote, kServerTitle, kServerBody));
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message + made.error().detail));

    ConflictDialog dialog(*m_session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.conflictCount(), 1);
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("conflictTable"));
    QVERIFY(table && table->isVisible());
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *model = dialog.comparison();

    QCOMPARE(model->headerData(ConflictComparisonModel::LocalColumn, Qt::Horizontal).toString(),
             QStringLiteral("This device"));
    QCOMPARE(model->headerData(ConflictComparisonModel::ServerColumn, Qt::Horizontal).toString(),
             QStringLiteral("Server"));
    const int body = model->rowOfKey(QStringLiteral("body"));
    const int title = model->rowOfKey(QStringLiteral("title"));
    const int kind = model->rowOfKey(QStringLiteral("kind"));
    QVERIFY(body >= 0 && title >= 0 && kind >= 0);
    // Readable labels, both values side by side, and only what differs highlighted.
    QCOMPARE(cell(*model, body, ConflictComparisonModel::FieldColumn), QStringLiteral("Text"));
    QCOMPARE(cell(*model, body, ConflictComparisonModel::LocalColumn), kMyBody);
    QCOMPARE(cell(*model, body, ConflictComparisonModel::ServerColumn), kServerBody);
    QCOMPARE(cell(*model, title, ConflictComparisonModel::LocalColumn), QStringLiteral("Visit"));
    QCOMPARE(cell(*model, title, ConflictComparisonModel::ServerColumn), kServerTitle);
    QVERIFY(model->index(body, 1).data(ConflictComparisonModel::DiffersRole).toBool());
    QVERIFY(model->index(body, 1).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model->index(kind, 1).data(ConflictComparisonModel::DiffersRole).toBool());
    QVERIFY(!model->index(kind, 1).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model->differingCount(), 2);
    // The timestamp is shown as a clinician reads it, not in wire format.
    const int created = model->rowOfKey(QStringLiteral("created_at"));
    QVERIFY(!cell(*model, created, ConflictComparisonModel::LocalColumn).contains(QLatin1Char('T')));

    // Nothing is sent until the user decides.
    QCOMPARE(noteRow()->data.value(QStringLiteral("body")).toString(), kMyBody);
    QCOMPARE(noteRow()->localState, 2);
    auto *merge = dialog.findChild<QPushButton *>(QStringLiteral("mergeButton"));
    QVERIFY(!merge->isEnabled()); // every tick is on our side yet: that would be "Keep mine"
}

void TestConflictDialog::keepMineSendsOurVersion()
{
    QVERIFY(makeConflict(*m_replica, kNote, note(kNote, QStringLiteral("Visit"), kMyBody),
                         note(kNote, kServerTitle, kServerBody))
                .ok());
    ConflictDialog dialog(*m_session);
    QSignalSpy changed(&dialog, &ConflictDialog::changed);
    dialog.findChild<QPushButton *>(QStringLiteral("keepMineButton"))->click();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(dialog.conflictCount(), 0);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("noConflictsLabel"))->isVisibleTo(&dialog));

    const auto row = noteRow();
    QVERIFY(row);
    QCOMPARE(row->data.value(QStringLiteral("body")).toString(), kMyBody);
    QCOMPARE(row->localState, 1); // pending: on its way to the server
    const auto entries = pendingFor(m_replica->database(), kNote);
    QCOMPARE(entries.size(), std::size_t(1));
    QCOMPARE(entries.front().op, QStringLiteral("update"));
    QCOMPARE(entries.front().baseVersion, qint64(2)); // over the server's version, knowingly
    QCOMPARE(entries.front().data.value(QStringLiteral("body")).toString(), kMyBody);
    auto left = Conflicts::count(*m_session);
    QVERIFY(left.ok());
    QCOMPARE(left.value(), 0);
}

void TestConflictDialog::takeServerDropsOurEdit()
{
    QVERIFY(makeConflict(*m_replica, kNote, note(kNote, QStringLiteral("Visit"), kMyBody),
                         note(kNote, kServerTitle, kServerBody))
                .ok());
    ConflictDialog dialog(*m_session);
    dialog.findChild<QPushButton *>(QStringLiteral("takeServerButton"))->click();
    QCOMPARE(dialog.conflictCount(), 0);
    const auto row = noteRow();
    QVERIFY(row);
    QCOMPARE(row->data.value(QStringLiteral("body")).toString(), kServerBody);
    QCOMPARE(row->data.value(QStringLiteral("title")).toString(), kServerTitle);
    QCOMPARE(row->localState, 0);
    QCOMPARE(row->serverVersion, qint64(2));
    QVERIFY(pendingFor(m_replica->database(), kNote).empty());
    QCOMPARE(Conflicts::count(*m_session).value(), 0);
}

void TestConflictDialog::mergeSendsTheChosenFields()
{
    QVERIFY(makeConflict(*m_replica, kNote, note(kNote, QStringLiteral("Visit"), kMyBody),
                         note(kNote, kServerTitle, kServerBody))
                .ok());
    ConflictDialog dialog(*m_session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *model = dialog.comparison();
    const int title = model->rowOfKey(QStringLiteral("title"));
    // Ticking the server's title is how a user picks it; our body stays ticked.
    QCOMPARE(model->index(title, ConflictComparisonModel::LocalColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Checked));
    QVERIFY(
        model->setData(model->index(title, ConflictComparisonModel::ServerColumn), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model->index(title, ConflictComparisonModel::LocalColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
    auto *merge = dialog.findChild<QPushButton *>(QStringLiteral("mergeButton"));
    QVERIFY(merge->isEnabled());
    merge->click();

    QCOMPARE(dialog.conflictCount(), 0);
    const auto row = noteRow();
    QVERIFY(row);
    QCOMPARE(row->data.value(QStringLiteral("title")).toString(), kServerTitle);
    QCOMPARE(row->data.value(QStringLiteral("body")).toString(), kMyBody);
    QCOMPARE(row->localState, 1);
    const auto entries = pendingFor(m_replica->database(), kNote);
    QCOMPARE(entries.size(), std::size_t(1));
    QCOMPARE(entries.front().baseVersion, qint64(2));
    QCOMPARE(entries.front().data.value(QStringLiteral("title")).toString(), kServerTitle);
    QCOMPARE(entries.front().data.value(QStringLiteral("body")).toString(), kMyBody);
}

void TestConflictDialog::aDeletionIsShownPlainlyAndCannotBeMerged()
{
    QVERIFY(makeConflict(*m_replica, kNote, note(kNote, QStringLiteral("Visit"), kMyBody), std::nullopt).ok());
    ConflictDialog dialog(*m_session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *model = dialog.comparison();
    QCOMPARE(model->headerData(ConflictComparisonModel::ServerColumn, Qt::Horizontal).toString(),
             QStringLiteral("Server — deleted"));
    const int body = model->rowOfKey(QStringLiteral("body"));
    QCOMPARE(cell(*model, body, ConflictComparisonModel::LocalColumn), kMyBody);
    QCOMPARE(cell(*model, body, ConflictComparisonModel::ServerColumn), QStringLiteral("(deleted)"));
    QVERIFY(!model->isMergeable());
    QVERIFY(!model->index(body, ConflictComparisonModel::ServerColumn).data(Qt::CheckStateRole).isValid());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("mergeButton"))->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("conflictHeading"))->text().contains(QStringLiteral("deleted")));

    // Taking the server's version removes the record here too.
    dialog.findChild<QPushButton *>(QStringLiteral("takeServerButton"))->click();
    QCOMPARE(dialog.conflictCount(), 0);
    QVERIFY(!noteRow().has_value());
    QVERIFY(pendingFor(m_replica->database(), kNote).empty());
}

void TestConflictDialog::refusedChangesShowTheServersSentenceAndRetry()
{
    const QString sentence = QStringLiteral("Field \"title\" must not be empty.");
    const Status made = makeRefused(*m_replica, note(kNote, QStringLiteral("Visit 2"), kMyBody), sentence);
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message + made.error().detail));
    QVERIFY(pendingFor(m_replica->database(), kNote).empty());
    const auto refusedBefore = Outbox::quarantined(m_replica->database());
    QVERIFY(refusedBefore.ok() && refusedBefore->size() == 1);

    ConflictDialog dialog(*m_session);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.showTab(ConflictDialog::RefusedTab);
    QCOMPARE(dialog.refusedCount(), 1);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("refusedTable"));
    QVERIFY(table->isVisible());
    QCOMPARE(table->item(0, 2)->text(), sentence);
    QVERIFY(table->item(0, 0)->text().contains(QStringLiteral("Clinical note")));
    // Neither the note's text nor its title is listed here: this list is read without a patient access check.
    for (int c = 0; c < table->columnCount(); ++c)
        QVERIFY(!table->item(0, c)->text().contains(kMyBody));

    QSignalSpy changed(&dialog, &ConflictDialog::changed);
    dialog.selectRefused(0);
    auto *retry = dialog.findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(retry->isEnabled());
    retry->click();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(dialog.refusedCount(), 0);
    QVERIFY(!retry->isEnabled());
    const auto entries = pendingFor(m_replica->database(), kNote);
    QCOMPARE(entries.size(), std::size_t(1));
    QVERIFY(entries.front().idempotencyKey != refusedBefore->front().idempotencyKey); // a fresh key
}

QTEST_MAIN(TestConflictDialog)
#include "test_conflictdialog.moc"
