// Unlocking a replica from the dialog: fields, wrong passphrase, growing delay, cancel.

#include "storage/KeyVault.h"
#include "storage/Replica.h"
#include "ui/UnlockDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace novamind;

namespace {

const QString kUser = QStringLiteral("dr.ada");
const QByteArray kPassphrase = QByteArrayLiteral("correct horse battery");

template<typename T> T *child(QWidget &parent, const char *objectName)
{
    T *widget = parent.findChild<T *>(QString::fromLatin1(objectName));
    if (!widget)
        qWarning("no child named %s", objectName);
    return widget;
}

bool anyLabelContains(QWidget &parent, const QString &text)
{
    const QList<QLabel *> labels = parent.findChildren<QLabel *>();
    return std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *l) { return l->text().contains(text); });
}

} // namespace

class TestUnlockDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void unlockButtonNeedsUserAndPassphrase();
    void wrongPassphraseThenRightOne();
    void unknownUserIsRefused();
    void cannotCancelWhileUnlocking();
    void cancelRejects();
    void repeatedFailuresDelayTheNextAttempt();

private:
    std::unique_ptr<Replica> openReplica();

    QTemporaryDir m_dir;
    QString m_path;
    QString m_replicaId;
};

void TestUnlockDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("replica.db"));
    Replica::Options options;
    options.kdf = KeyVault::KdfParams{1u << 14, 8, 1}; // cheap, so the tests stay fast
    auto created = Replica::create(m_path, kUser, kPassphrase, Role::Psychiatrist, options);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    m_replicaId = created.value()->identity().replicaId;
    QVERIFY(!m_replicaId.isEmpty());
    created.value()->close();
}

std::unique_ptr<Replica> TestUnlockDialog::openReplica()
{
    auto opened = Replica::open(m_path, kUser, kPassphrase, Replica::Options{});
    if (!opened.ok()) {
        qWarning("open failed: %s", qPrintable(opened.error().message));
        return {};
    }
    return std::move(opened).value();
}

void TestUnlockDialog::unlockButtonNeedsUserAndPassphrase()
{
    UnlockDialog dialog(m_path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *user = child<QLineEdit>(dialog, "userEdit");
    auto *passphrase = child<QLineEdit>(dialog, "passphraseEdit");
    auto *unlock = child<QPushButton>(dialog, "unlockButton");
    QVERIFY(user && passphrase && unlock);

    QVERIFY(anyLabelContains(dialog, m_path));
    QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
    QVERIFY(!unlock->isEnabled());
    QTest::keyClicks(user, kUser);
    QVERIFY(!unlock->isEnabled());
    QTest::keyClicks(passphrase, QStringLiteral("x"));
    QVERIFY(unlock->isEnabled());
    QVERIFY(!child<QProgressBar>(dialog, "busyIndicator")->isVisible());
    QVERIFY(!child<QLabel>(dialog, "errorLabel")->isVisible());

    // Every control can be named by a screen reader.
    for (QWidget *w : {static_cast<QWidget *>(user), static_cast<QWidget *>(passphrase), static_cast<QWidget *>(unlock),
                       static_cast<QWidget *>(child<QLabel>(dialog, "errorLabel")),
                       static_cast<QWidget *>(child<QProgressBar>(dialog, "busyIndicator"))})
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));

    // A prefilled user id sends the cursor straight to the passphrase.
    UnlockDialog prefilled(m_path);
    prefilled.setUserId(kUser);
    QCOMPARE(child<QLineEdit>(prefilled, "userEdit")->text(), kUser);
    QCOMPARE(prefilled.focusWidget(), child<QLineEdit>(prefilled, "passphraseEdit"));
}

void TestUnlockDialog::wrongPassphraseThenRightOne()
{
    UnlockDialog dialog(m_path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *user = child<QLineEdit>(dialog, "userEdit");
    auto *passphrase = child<QLineEdit>(dialog, "passphraseEdit");
    auto *unlock = child<QPushButton>(dialog, "unlockButton");
    auto *error = child<QLabel>(dialog, "errorLabel");
    auto *busy = child<QProgressBar>(dialog, "busyIndicator");
    QVERIFY(user && passphrase && unlock && error && busy);

    QTest::keyClicks(user, kUser);
    QTest::keyClicks(passphrase, QStringLiteral("wrong horse battery"));
    QTest::mouseClick(unlock, Qt::LeftButton);

    // The result arrives through the event loop, so right after the click the dialog is still busy.
    QVERIFY(dialog.isBusy());
    QVERIFY(busy->isVisible());
    QVERIFY(!user->isEnabled());
    QVERIFY(!passphrase->isEnabled());
    QVERIFY(!unlock->isEnabled());

    QTRY_VERIFY(error->isVisible());
    QVERIFY(!dialog.isBusy());
    QVERIFY2(error->text().contains(QStringLiteral("passphrase"), Qt::CaseInsensitive), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("wrong"), Qt::CaseInsensitive), qPrintable(error->text()));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(passphrase->text().isEmpty());
    QCOMPARE(dialog.focusWidget(), passphrase);
    QVERIFY(!busy->isVisible());
    QVERIFY(user->isEnabled() && passphrase->isEnabled());
    QCOMPARE(user->text(), kUser);
    QVERIFY(!dialog.takeReplica());

    QTest::keyClicks(passphrase, QString::fromUtf8(kPassphrase));
    QTest::mouseClick(unlock, Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QVERIFY(passphrase->text().isEmpty());

    std::unique_ptr<Replica> replica = dialog.takeReplica();
    QVERIFY(replica);
    QVERIFY(replica->database().isOpen());
    QCOMPARE(replica->identity().userId, kUser);
    QCOMPARE(replica->identity().replicaId, m_replicaId);
    QCOMPARE(replica->identity().role, Role::Psychiatrist);
    QVERIFY(!dialog.takeReplica()); // handed out once
}

void TestUnlockDialog::unknownUserIsRefused()
{
    UnlockDialog dialog(m_path);
    dialog.setUserId(QStringLiteral("dr.nobody"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *error = child<QLabel>(dialog, "errorLabel");
    QTest::keyClicks(child<QLineEdit>(dialog, "passphraseEdit"), QString::fromUtf8(kPassphrase));
    QTest::mouseClick(child<QPushButton>(dialog, "unlockButton"), Qt::LeftButton);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("dr.nobody")), qPrintable(error->text()));
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.takeReplica());
}

void TestUnlockDialog::cannotCancelWhileUnlocking()
{
    UnlockDialog dialog(m_path);
    dialog.setUserId(kUser);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(child<QLineEdit>(dialog, "passphraseEdit"), QString::fromUtf8(kPassphrase));
    QTest::mouseClick(child<QPushButton>(dialog, "unlockButton"), Qt::LeftButton);
    QVERIFY(dialog.isBusy());
    QVERIFY(!child<QPushButton>(dialog, "cancelButton")->isEnabled());
    // Escape mid-unlock would strand an open replica; it is ignored until the unlock ends.
    dialog.reject();
    QVERIFY(dialog.isVisible());
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.takeReplica());
}

void TestUnlockDialog::cancelRejects()
{
    UnlockDialog dialog(m_path);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.takeReplica());
}

void TestUnlockDialog::repeatedFailuresDelayTheNextAttempt()
{
    using namespace std::chrono_literals;
    QCOMPARE(UnlockDialog::retryDelayAfter(1), 0ms);
    QCOMPARE(UnlockDialog::retryDelayAfter(2), 0ms);
    UnlockDialog::setRetryDelayUnit(100ms);
    QCOMPARE(UnlockDialog::retryDelayAfter(3), 100ms);
    QCOMPARE(UnlockDialog::retryDelayAfter(4), 200ms);
    QCOMPARE(UnlockDialog::retryDelayAfter(30), 3000ms); // capped at 30 units

    UnlockDialog dialog(m_path);
    dialog.setUserId(kUser);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *passphrase = child<QLineEdit>(dialog, "passphraseEdit");
    auto *unlock = child<QPushButton>(dialog, "unlockButton");
    auto *error = child<QLabel>(dialog, "errorLabel");
    const int before = UnlockDialog::consecutiveFailures();
    // Enough wrong attempts that the next one must wait.
    for (int attempt = before; attempt < 3; ++attempt) {
        QTRY_VERIFY(!dialog.isWaitingToRetry());
        passphrase->setText(QStringLiteral("wrong passphrase"));
        QTest::mouseClick(unlock, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10000);
    }
    QVERIFY(UnlockDialog::consecutiveFailures() >= 3);
    QVERIFY(dialog.isWaitingToRetry());
    passphrase->setText(QString::fromUtf8(kPassphrase));
    QVERIFY(!unlock->isEnabled());
    QVERIFY2(error->text().contains(QStringLiteral("try again in")), qPrintable(error->text()));
    // Enter does nothing while waiting.
    QTest::keyClick(passphrase, Qt::Key_Return);
    QVERIFY(!dialog.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(unlock->isEnabled(), 5000);
    QVERIFY(!error->text().contains(QStringLiteral("try again in")));
    QTest::mouseClick(unlock, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
    QCOMPARE(UnlockDialog::consecutiveFailures(), 0); // a success starts the count again
    QVERIFY(dialog.takeReplica());
}

QTEST_MAIN(TestUnlockDialog)
#include "test_unlockdialog.moc"
