// The patient list panel and the patient overview against a real (small) replica, as a clinician uses them.
#include "TestSupport.h"
#include "models/PatientListModel.h"
#include "models/patient/RecordTableModel.h"
#include "storage/AccessPolicy.h"
#include "storage/RecordMapping.h"
#include "storage/UnitOfWork.h"
#include "ui/patients/PatientListDelegate.h"
#include "ui/patients/PatientListPanel.h"
#include "ui/patients/PatientOverview.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace novamind;

namespace {

const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
const QString kOrg = QStringLiteral("org-1");
const QString kDoctor = QStringLiteral("dr.ada");

struct Fixture
{
    QString id;
    QString family;
    QString given;
    QString mrn;
    QString dx;
    QString risk;
    bool suicide;
    int assessedDaysAgo; // -1 = never
    QDate born;
};

// Synthetic people; surnames are unlikely words so that any leak is unmistakable.
const QList<Fixture> kVisible{
    {QStringLiteral("p-alpha"), QStringLiteral("Zqalpha"), QStringLiteral("Alice"), QStringLiteral("MRN-1001"),
     QStringLiteral("F32.1"), QStringLiteral("high"), true, 10, QDate(1980, 2, 3)},
    {QStringLiteral("p-albert"), QStringLiteral("Zqalbert"), QStringLiteral("Bob"), QStringLiteral("MRN-1002"),
     QStringLiteral("F41.1"), QStringLiteral("low"), false, 90, QDate(1975, 7, 9)},
    {QStringLiteral("p-bravo"), QStringLiteral("Zqbravo"), QStringLiteral("Carol"), QStringLiteral("MRN-2003"),
     QStringLiteral("F32.0"), QStringLiteral("moderate"), false, -1, QDate(1999, 12, 1)},
    {QStringLiteral("p-charlie"), QStringLiteral("Zqcharlie"), QStringLiteral("Dave"), QStringLiteral("MRN-2004"),
     QStringLiteral("F20.0"), QStringLiteral("imminent"), false, 3, QDate(1960, 1, 15)},
};
const Fixture kHidden{QStringLiteral("p-hidden"),
                      QStringLiteral("Zqhidden"),
                      QStringLiteral("Eve"),
                      QStringLiteral("MRN-9999"),
                      QStringLiteral("F32.2"),
                      QStringLiteral("high"),
                      false,
                      5,
                      QDate(1990, 5, 5)};

template<typename T> T *child(QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QLatin1String(name));
}

QStringList column(const QAbstractItemModel *model, int col, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, col).data(role).toString();
    return out;
}

// Every piece of text the widget tree shows or holds in a model.
QString everyText(QWidget &root)
{
    QString text;
    for (const QLabel *l : root.findChildren<QLabel *>())
        text += l->text() + QLatin1Char('\n');
    for (const QLineEdit *e : root.findChildren<QLineEdit *>())
        text += e->text() + QLatin1Char('\n');
    QList<QAbstractItemModel *> models = root.findChildren<QAbstractItemModel *>();
    for (const QAbstractItemView *v : root.findChildren<QAbstractItemView *>())
        if (v->model())
            models << v->model();
    for (const QAbstractItemModel *m : models)
        for (int r = 0; r < m->rowCount(); ++r)
            for (int c = 0; c < m->columnCount(); ++c)
                for (int role : {int(Qt::DisplayRole), int(Qt::UserRole), int(Qt::ToolTipRole)})
                    text += m->index(r, c).data(role).toString() + QLatin1Char('\n');
    return text;
}

} // namespace

class TestPatientScreens : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;
    Session m_session;
    Session m_admin;

    Session sessionFor(Replica &replica, Role role, const QString &user)
    {
        Session s;
        s.db = &replica.database();
        s.userId = user;
        s.role = role;
        s.organizationId = kOrg;
        s.clock = [] { return kNow; };
        return s;
    }

    qint64 auditRows(const QString &action, const QString &entityId = {})
    {
        auto stmt = m_replica->database().prepare(
            "SELECT count(*) FROM audit_log WHERE action = ?1 AND (?2 = '' OR entity_id = ?2)");
        stmt->bind(1, action).bind(2, entityId);
        stmt->step().value();
        return stmt->columnInt64(0);
    }

    static void insertPatient(RecordMapping::Writer &w, const Fixture &f, bool related)
    {
        Patient p;
        p.id = f.id;
        p.mrn = f.mrn;
        p.organizationId = kOrg;
        p.givenName = f.given;
        p.familyName = f.family;
        p.birthDate = f.born;
        p.sex = QStringLiteral("female");
        p.gender = QStringLiteral("female");
        p.contact.phone = QStringLiteral("+1 555 0100");
        p.contact.email = f.given.toLower() + QStringLiteral("@example.org");
        QVERIFY(w.insert(p).ok());
        if (related)
            QVERIFY(
                w.insert(ClinicalRelationship{QStringLiteral("rel-") + f.id, kDoctor, f.id, kOrg,
                                              QStringLiteral("treating_psychiatrist"), kNow.addYears(-2), std::nullopt})
                    .ok());
        Diagnosis d;
        d.id = QStringLiteral("dx-") + f.id;
        d.patientId = f.id;
        d.system = QStringLiteral("icd10");
        d.code = f.dx;
        d.display = QStringLiteral("Diagnosis ") + f.dx;
        d.status = QStringLiteral("active");
        d.onsetDate = QDate(2024, 3, 1);
        QVERIFY(w.insert(d).ok());
        Medication current;
        current.id = QStringLiteral("med-now-") + f.id;
        current.patientId = f.id;
        current.name = QStringLiteral("sertraline");
        current.dose = 50;
        current.doseUnit = QStringLiteral("mg");
        current.frequency = QStringLiteral("once daily");
        current.route = QStringLiteral("oral");
        current.status = QStringLiteral("active");
        current.startDate = QDate(2025, 9, 1);
        QVERIFY(w.insert(current).ok());
        Medication old = current;
        old.id = QStringLiteral("med-old-") + f.id;
        old.name = QStringLiteral("fluoxetine");
        old.dose = 20;
        old.status = QStringLiteral("stopped");
        old.startDate = QDate(2023, 1, 1);
        old.endDate = QDate(2025, 8, 1);
        QVERIFY(w.insert(old).ok());
        if (f.assessedDaysAgo >= 0) {
            Assessment a;
            a.id = QStringLiteral("as-") + f.id;
            a.patientId = f.id;
            a.clinicianId = kDoctor;
            a.instrument = QStringLiteral("phq9");
            a.status = QStringLiteral("completed");
            a.startedAt = kNow.addDays(-f.assessedDaysAgo);
            a.completedAt = a.startedAt;
            a.answers = {1, 1, 1, 1, 1, 1, 1, 1, f.suicide ? 2 : 0};
            a.total = f.suicide ? 10 : 8;
            a.band = QStringLiteral("mild");
            if (f.suicide)
                a.flags = {QStringLiteral("suicide_risk")};
            QVERIFY(w.insert(a).ok());
        }
        DigitalTwinState s;
        s.id = QStringLiteral("st-") + f.id;
        s.twinId = QStringLiteral("tw-") + f.id;
        s.patientId = f.id;
        s.timestamp = kNow.addDays(-1);
        s.risk = RiskState{0.5, f.risk};
        QVERIFY(w.insert(s).ok());
    }

    static void seed(Database &db, const QList<Fixture> &visible, const QList<Fixture> &hidden)
    {
        RecordMapping::Writer w(db);
        QVERIFY(db.exec("BEGIN").ok());
        QVERIFY(w.insert(Organization{kOrg, QStringLiteral("Clinic One")}).ok());
        for (const auto &[id, role] : {std::pair{kDoctor, QStringLiteral("psychiatrist")},
                                       std::pair{QStringLiteral("it.cat"), QStringLiteral("admin")}}) {
            Clinician c;
            c.id = id;
            c.role = role;
            c.organizationId = kOrg;
            QVERIFY(w.insert(c).ok());
        }
        for (const Fixture &f : visible)
            insertPatient(w, f, true);
        for (const Fixture &f : hidden)
            insertPatient(w, f, false);
        QVERIFY(w.refreshSummaries().ok());
        QVERIFY(db.exec("COMMIT").ok());
    }

    PatientListPanel *openPanel(QWidget &host, const Session &session)
    {
        auto *panel = new PatientListPanel(&host);
        host.resize(900, 600);
        panel->resize(900, 600);
        host.show();
        panel->setSession(&session);
        return panel;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto r = Replica::create(m_dir.filePath(QStringLiteral("replica.db")), kDoctor, "ada passphrase",
                                 Role::Psychiatrist, test::cheapOptions());
        QVERIFY(r.ok());
        m_replica = std::move(r.value());
        seed(m_replica->database(), kVisible, {kHidden});
        m_session = sessionFor(*m_replica, Role::Psychiatrist, kDoctor);
        m_admin = sessionFor(*m_replica, Role::Admin, QStringLiteral("it.cat"));
    }

    void listShowsOnlyVisiblePatients()
    {
        QWidget host;
        PatientListPanel *panel = openPanel(host, m_session);
        auto *table = child<QTableView>(host, "patientTable");
        QVERIFY(table);
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->model()->rowCount(), 4);
        QVERIFY(table->isVisible());
        QVERIFY(table->alternatingRowColors());
        // Default order: family name.
        QCOMPARE(column(table->model(), PatientListModel::Name),
                 (QStringList{QStringLiteral("Zqalbert, Bob"), QStringLiteral("Zqalpha, Alice"),
                              QStringLiteral("Zqbravo, Carol"), QStringLiteral("Zqcharlie, Dave")}));
        QVERIFY(!everyText(host).contains(kHidden.family));
        QVERIFY(!everyText(host).contains(kHidden.mrn));
        QCOMPARE(child<QLabel>(host, "patientCount")->text(), QStringLiteral("4 patients"));
        QCOMPARE(panel->totalCount(), qint64(4));
        QCOMPARE(child<QLineEdit>(host, "patientSearch")->placeholderText(), QStringLiteral("Search name or MRN"));
        // The count query counts what the search would list, and stops at its cap.
        const auto count = [](const Session &session, qint64 cap) {
            return UnitOfWork::perform(
                       session, [&](UnitOfWork &uow) { return PatientRepository::count(uow, PatientQuery{}, cap); })
                .value();
        };
        QCOMPARE(count(m_session, -1), qint64(4));
        QCOMPARE(count(m_session, 3), qint64(3));
        QCOMPARE(count(m_admin, -1), qint64(5)); // admins list the organisation's patients by MRN
        // The risk column carries the raw level for the delegate; the flag is spelled out.
        QCOMPARE(column(table->model(), PatientListModel::Risk, PatientListModel::RiskLevelRole),
                 (QStringList{QStringLiteral("low"), QStringLiteral("high"), QStringLiteral("moderate"),
                              QStringLiteral("imminent")}));
        QCOMPARE(column(table->model(), PatientListModel::SuicideFlag),
                 (QStringList{QString(), QStringLiteral("Suicide risk"), QString(), QString()}));
    }

    void suicideFlagAndRiskAreRenderedProminently()
    {
        QWidget host;
        openPanel(host, m_session);
        auto *table = child<QTableView>(host, "patientTable");
        auto *delegate = qobject_cast<PatientListDelegate *>(table->itemDelegate());
        QVERIFY(delegate);
        QStyleOptionViewItem flagged;
        flagged.initFrom(table);
        flagged.widget = table;
        delegate->initStyleOption(&flagged, table->model()->index(1, PatientListModel::SuicideFlag));
        QVERIFY(!flagged.icon.isNull()); // the warning icon
        QVERIFY(flagged.font.bold());
        QCOMPARE(flagged.text, QStringLiteral("Suicide risk"));
        QStyleOptionViewItem plain;
        plain.initFrom(table);
        plain.widget = table;
        delegate->initStyleOption(&plain, table->model()->index(0, PatientListModel::SuicideFlag));
        QVERIFY(plain.icon.isNull());
        // Imminent and low risk are painted in different colours, neither the plain text colour.
        QStyleOptionViewItem imminent, low;
        for (auto *o : {&imminent, &low}) {
            o->initFrom(table);
            o->widget = table;
        }
        delegate->initStyleOption(&imminent, table->model()->index(3, PatientListModel::Risk));
        delegate->initStyleOption(&low, table->model()->index(0, PatientListModel::Risk));
        QVERIFY(imminent.palette.color(QPalette::Text) != low.palette.color(QPalette::Text));
        QVERIFY(imminent.palette.color(QPalette::Text) != table->palette().color(QPalette::Text));
        QVERIFY(imminent.font.bold());
    }

    void typingNarrowsKeystrokeByKeystroke()
    {
        QWidget host;
        openPanel(host, m_session);
        auto *table = child<QTableView>(host, "patientTable");
        auto *search = child<QLineEdit>(host, "patientSearch");
        QList<int> counts;
        connect(table->model(), &QAbstractItemModel::modelReset, this, [&] { counts << table->model()->rowCount(); });
        QTest::keyClicks(search, QStringLiteral("zqalp"));
        QCOMPARE(counts, (QList<int>{4, 4, 2, 2, 1}));
        QCOMPARE(column(table->model(), PatientListModel::Name), QStringList{QStringLiteral("Zqalpha, Alice")});
        QCOMPARE(child<QLabel>(host, "patientCount")->text(), QStringLiteral("1 patient"));
        // Nothing matches: the placeholder says so (not "empty replica").
        QTest::keyClicks(search, QStringLiteral("x"));
        QCOMPARE(table->model()->rowCount(), 0);
        auto *placeholder = child<QLabel>(host, "patientPlaceholder");
        QVERIFY(placeholder->isVisible());
        QVERIFY(!table->isVisible());
        QVERIFY(placeholder->text().startsWith(QLatin1String("No patients match")));
        // Hidden patients are not found by name either.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("zqhid"));
        QCOMPARE(table->model()->rowCount(), 0);
    }

    void searchesByMrn()
    {
        QWidget host;
        openPanel(host, m_session);
        auto *table = child<QTableView>(host, "patientTable");
        auto *search = child<QLineEdit>(host, "patientSearch");
        QTest::keyClicks(search, QStringLiteral("mrn-2"));
        QCOMPARE(column(table->model(), PatientListModel::Mrn),
                 (QStringList{QStringLiteral("MRN-2003"), QStringLiteral("MRN-2004")}));
        QTest::keyClicks(search, QStringLiteral("004"));
        QCOMPARE(column(table->model(), PatientListModel::Mrn), QStringList{QStringLiteral("MRN-2004")});
        search->clear();
        QTest::keyClicks(search, QStringLiteral("MRN-9999"));
        QCOMPARE(table->model()->rowCount(), 0);
    }

    void eachFilterNarrows()
    {
        QWidget host;
        openPanel(host, m_session);
        auto *table = child<QTableView>(host, "patientTable");
        const auto ids = [&] { return column(table->model(), 0, PatientListModel::IdRole); };

        auto *dx = child<QLineEdit>(host, "diagnosisFilter");
        QTest::keyClicks(dx, QStringLiteral("F32"));
        QCOMPARE(ids(), (QStringList{QStringLiteral("p-alpha"), QStringLiteral("p-bravo")}));
        QTest::keyClicks(dx, QStringLiteral(".0"));
        QCOMPARE(ids(), QStringList{QStringLiteral("p-bravo")});
        dx->clear();
        QCOMPARE(table->model()->rowCount(), 4);

        auto *risk = child<QComboBox>(host, "riskFilter");
        QCOMPARE(risk->count(), 5);
        risk->setCurrentIndex(risk->findData(QStringLiteral("imminent")));
        QCOMPARE(ids(), QStringList{QStringLiteral("p-charlie")});
        risk->setCurrentIndex(risk->findData(QStringLiteral("high")));
        QCOMPARE(ids(), QStringList{QStringLiteral("p-alpha")}); // not the hidden high-risk patient
        risk->setCurrentIndex(0);
        QCOMPARE(table->model()->rowCount(), 4);

        auto *overdue = child<QCheckBox>(host, "overdueFilter");
        auto *days = child<QSpinBox>(host, "overdueDays");
        QCOMPARE(days->value(), 30);
        overdue->setChecked(true);
        // 90 days ago and never assessed are overdue at 30 days; 10 and 3 days ago are not.
        QCOMPARE(ids(), (QStringList{QStringLiteral("p-albert"), QStringLiteral("p-bravo")}));
        days->setValue(5);
        QCOMPARE(ids(),
                 (QStringList{QStringLiteral("p-albert"), QStringLiteral("p-alpha"), QStringLiteral("p-bravo")}));
        overdue->setChecked(false);
        QCOMPARE(table->model()->rowCount(), 4);
    }

    void sortingAColumnReversesOrder()
    {
        QWidget host;
        openPanel(host, m_session);
        auto *table = child<QTableView>(host, "patientTable");
        QHeaderView *header = table->horizontalHeader();
        QVERIFY(table->isSortingEnabled());
        const auto clickHeader = [&](int section) {
            const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                            header->height() / 2);
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        };
        clickHeader(PatientListModel::Mrn);
        const QStringList ascending = column(table->model(), PatientListModel::Mrn);
        QCOMPARE(ascending, (QStringList{QStringLiteral("MRN-1001"), QStringLiteral("MRN-1002"),
                                         QStringLiteral("MRN-2003"), QStringLiteral("MRN-2004")}));
        clickHeader(PatientListModel::Mrn);
        QStringList descending = column(table->model(), PatientListModel::Mrn);
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(descending, ascending);

        // By risk, by the level's rank (not its alphabetical name), in both directions.
        table->sortByColumn(PatientListModel::Risk, Qt::DescendingOrder);
        QCOMPARE(column(table->model(), PatientListModel::Risk, PatientListModel::RiskLevelRole),
                 (QStringList{QStringLiteral("imminent"), QStringLiteral("high"), QStringLiteral("moderate"),
                              QStringLiteral("low")}));
        table->sortByColumn(PatientListModel::BirthDate, Qt::AscendingOrder);
        QCOMPARE(column(table->model(), 0, PatientListModel::IdRole),
                 (QStringList{QStringLiteral("p-charlie"), QStringLiteral("p-albert"), QStringLiteral("p-alpha"),
                              QStringLiteral("p-bravo")}));
        table->sortByColumn(PatientListModel::LastAssessment, Qt::DescendingOrder);
        QCOMPARE(column(table->model(), 0, PatientListModel::IdRole),
                 (QStringList{QStringLiteral("p-charlie"), QStringLiteral("p-alpha"), QStringLiteral("p-albert"),
                              QStringLiteral("p-bravo")}));
        table->sortByColumn(PatientListModel::SuicideFlag, Qt::DescendingOrder);
        QCOMPARE(table->model()->index(0, 0).data(PatientListModel::IdRole).toString(), QStringLiteral("p-alpha"));
    }

    void scrollingLoadsMoreRows()
    {
        QTemporaryDir dir;
        auto r = Replica::create(dir.filePath(QStringLiteral("big.db")), kDoctor, "ada passphrase", Role::Psychiatrist,
                                 test::cheapOptions());
        QVERIFY(r.ok());
        QList<Fixture> many;
        for (int i = 0; i < 600; ++i)
            many << Fixture{QStringLiteral("p-%1").arg(i, 3, 10, QLatin1Char('0')),
                            QStringLiteral("Zqmany%1").arg(i, 3, 10, QLatin1Char('0')),
                            QStringLiteral("Given"),
                            QStringLiteral("MRN-%1").arg(i, 4, 10, QLatin1Char('0')),
                            QStringLiteral("F32.1"),
                            QStringLiteral("low"),
                            false,
                            i % 40,
                            QDate(1950, 1, 1).addDays(i * 17)};
        seed(r.value()->database(), many, {});
        const Session session = sessionFor(*r.value(), Role::Psychiatrist, kDoctor);
        QWidget host;
        PatientListPanel *panel = openPanel(host, session);
        auto *table = child<QTableView>(host, "patientTable");
        // No QAbstractItemModelTester here: it fetches every page itself (the unit test runs the model under it).
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QCOMPARE(table->model()->rowCount(), 200);
        QVERIFY(table->model()->canFetchMore({}));
        // The count comes from a count query, not from the rows loaded so far.
        QCOMPARE(child<QLabel>(host, "patientCount")->text(), QStringLiteral("600 patients"));
        table->scrollToBottom();
        QTRY_VERIFY(table->model()->rowCount() > 200);
        for (int i = 0; i < 10 && table->model()->canFetchMore({}); ++i) {
            table->scrollToBottom();
            QTest::qWait(20);
        }
        QTRY_COMPARE(table->model()->rowCount(), 600);
        QVERIFY(!table->model()->canFetchMore({}));
        QStringList ids = column(table->model(), 0, PatientListModel::IdRole);
        ids.removeDuplicates();
        QCOMPARE(ids.size(), 600); // pages neither overlap nor skip
        // Sorting goes back to the first page, in the new order over all 600.
        table->sortByColumn(PatientListModel::BirthDate, Qt::DescendingOrder);
        QCOMPARE(table->model()->index(0, 0).data(PatientListModel::IdRole).toString(), QStringLiteral("p-599"));
        panel->setSession(nullptr);
        QCOMPARE(table->model()->rowCount(), 0);
    }

    void enterActivatesPatient()
    {
        QWidget host;
        PatientListPanel *panel = openPanel(host, m_session);
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QSignalSpy activated(panel, &PatientListPanel::patientActivated);
        auto *search = child<QLineEdit>(host, "patientSearch");
        auto *table = child<QTableView>(host, "patientTable");
        panel->focusSearch();
        QTest::keyClicks(search, QStringLiteral("zqbr"));
        // Arrow down from the search field moves into the list, onto the first match.
        QTest::keyClick(search, Qt::Key_Down);
        QVERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("p-bravo"));
        // Double-click activates too.
        search->clear();
        const QModelIndex second = table->model()->index(1, PatientListModel::Name);
        const QRect rect = table->visualRect(second);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center()); // the press a double-click follows
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.last().first().toString(), QStringLiteral("p-alpha"));
        // focusSearch selects the old search so typing replaces it.
        QTest::keyClicks(search, QStringLiteral("zqch"));
        panel->focusSearch();
        QCOMPARE(search->selectedText(), QStringLiteral("zqch"));
    }

    void overviewShowsRecordAndAuditsEachOpen()
    {
        PatientOverview overview;
        overview.resize(900, 700);
        overview.show();
        QSignalSpy loaded(&overview, &PatientOverview::recordLoaded);
        const qint64 before = auditRows(QStringLiteral("read"), QStringLiteral("p-alpha"));
        QVERIFY(overview.showPatient(m_session, QStringLiteral("p-alpha")).ok());
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(auditRows(QStringLiteral("read"), QStringLiteral("p-alpha")), before + 1);
        QCOMPARE(child<QLabel>(overview, "patientName")->text(), QStringLiteral("Zqalpha, Alice"));
        QCOMPARE(child<QLabel>(overview, "patientMrn")->text(), QStringLiteral("MRN-1001"));
        // Born 3 Feb 1980; on 1 Jun 2026 (the session clock) she is 46.
        QVERIFY(child<QLabel>(overview, "patientBirthDate")->text().contains(QLatin1String("46")));
        QCOMPARE(child<QLabel>(overview, "patientPhone")->text(), QStringLiteral("+1 555 0100"));
        QCOMPARE(child<QLabel>(overview, "patientEmail")->text(), QStringLiteral("alice@example.org"));
        QVERIFY(!child<QLabel>(overview, "breakGlassBanner")->isVisible());
        QVERIFY(overview.record());
        QCOMPARE(overview.record()->medications.size(), std::size_t(2));

        auto *dxTable = child<QTableView>(overview, "diagnosesTable");
        QAbstractItemModelTester dxTester(dxTable->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dxTable->model()->rowCount(), 1);
        QCOMPARE(dxTable->model()->index(0, 0).data().toString(), QStringLiteral("F32.1"));
        auto *medTable = child<QTableView>(overview, "medicationsTable");
        QAbstractItemModelTester medTester(medTable->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(column(medTable->model(), 0),
                 (QStringList{QStringLiteral("sertraline"), QStringLiteral("fluoxetine")}));
        QVERIFY(medTable->model()->index(0, 0).data(RecordTableModel::ActiveRole).toBool());
        QVERIFY(!medTable->model()->index(1, 0).data(RecordTableModel::ActiveRole).toBool());
        auto *relTable = child<QTableView>(overview, "relationshipsTable");
        QCOMPARE(column(relTable->model(), 0), QStringList{kDoctor});

        // A second open is a second audited read.
        QVERIFY(overview.showPatient(m_session, QStringLiteral("p-alpha")).ok());
        QCOMPARE(auditRows(QStringLiteral("read"), QStringLiteral("p-alpha")), before + 2);
        // Another patient replaces everything.
        QVERIFY(overview.showPatient(m_session, QStringLiteral("p-charlie")).ok());
        QCOMPARE(child<QLabel>(overview, "patientName")->text(), QStringLiteral("Zqcharlie, Dave"));
        QVERIFY(!everyText(overview).contains(QLatin1String("Zqalpha")));
    }

    void clearLeavesNoPhi()
    {
        QWidget host;
        PatientListPanel *panel = openPanel(host, m_session);
        auto *overview = new PatientOverview(&host);
        QVERIFY(overview->showPatient(m_session, QStringLiteral("p-alpha")).ok());
        QTest::keyClicks(child<QLineEdit>(host, "patientSearch"), QStringLiteral("zqalpha"));
        QVERIFY(everyText(host).contains(QLatin1String("Zqalpha")));
        QVERIFY(everyText(host).contains(QLatin1String("MRN-1001")));
        overview->clear();
        panel->setSession(nullptr);
        const QString text = everyText(host);
        for (const Fixture &f : kVisible) {
            QVERIFY2(!text.contains(f.family, Qt::CaseInsensitive), qPrintable(f.family));
            QVERIFY2(!text.contains(f.mrn), qPrintable(f.mrn));
            QVERIFY2(!text.contains(f.id), qPrintable(f.id));
        }
        QVERIFY(!text.contains(QLatin1String("sertraline")));
        QVERIFY(!text.contains(QLatin1String("F32.1")));
        QVERIFY(!overview->record());
        QCOMPARE(child<QLabel>(host, "patientCount")->text(), QString());
    }

    void adminSeesNoNames()
    {
        QWidget host;
        openPanel(host, m_admin);
        auto *table = child<QTableView>(host, "patientTable");
        // Every patient of the organisation by MRN, none by name, no clinical columns.
        QCOMPARE(column(table->model(), PatientListModel::Mrn),
                 (QStringList{QStringLiteral("MRN-1001"), QStringLiteral("MRN-1002"), QStringLiteral("MRN-2003"),
                              QStringLiteral("MRN-2004"), QStringLiteral("MRN-9999")}));
        QCOMPARE(column(table->model(), PatientListModel::Name),
                 QStringList(5, QStringLiteral("Hidden for your role")));
        const QString text = everyText(host);
        QVERIFY(!text.contains(QLatin1String("Zq")));
        QVERIFY(!text.contains(QLatin1String("Suicide risk")));
        QVERIFY(!child<QComboBox>(host, "riskFilter")->isEnabled());
        QVERIFY(!child<QLineEdit>(host, "diagnosisFilter")->isEnabled());
        // A sort by a clinical column would reveal clinical content through the order: it stays by MRN.
        table->sortByColumn(PatientListModel::Risk, Qt::DescendingOrder);
        QCOMPARE(table->model()->index(0, PatientListModel::Mrn).data().toString(), QStringLiteral("MRN-1001"));
        // The name column is drawn greyed out.
        auto *delegate = qobject_cast<PatientListDelegate *>(table->itemDelegate());
        QStyleOptionViewItem o;
        o.initFrom(table);
        o.widget = table;
        delegate->initStyleOption(&o, table->model()->index(0, PatientListModel::Name));
        QCOMPARE(o.palette.color(QPalette::Text), table->palette().color(QPalette::PlaceholderText));

        // An admin cannot open the record: the repository's reason is shown, demographics stay masked.
        PatientOverview overview;
        const Status opened = overview.showPatient(m_admin, QStringLiteral("p-alpha"));
        QVERIFY(!opened.ok());
        auto *error = child<QLabel>(overview, "overviewError");
        QCOMPARE(error->text(), opened.error().message);
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(child<QLabel>(overview, "patientName")->text(), QStringLiteral("•••"));
        QVERIFY(!everyText(overview).contains(QLatin1String("Zq")));
        QVERIFY(!overview.record());
    }

    void unrelatedPatientIsNotFoundUntilBreakGlass()
    {
        PatientOverview overview;
        const Status refused = overview.showPatient(m_session, kHidden.id);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::NotFound); // the lead offers break-glass on this
        QVERIFY(!everyText(overview).contains(kHidden.family));
        QCOMPARE(auditRows(QStringLiteral("read"), kHidden.id), qint64(0));

        QVERIFY(AccessPolicy(m_session)
                    .breakGlass(m_replica->database(), kHidden.id, QStringLiteral("Unconscious in the emergency room"),
                                std::chrono::minutes(60))
                    .ok());
        overview.show();
        QVERIFY(overview.showPatient(m_session, kHidden.id).ok());
        QVERIFY(child<QLabel>(overview, "breakGlassBanner")->isVisible());
        QCOMPARE(child<QLabel>(overview, "patientName")->text(), QStringLiteral("Zqhidden, Eve"));
        QCOMPARE(auditRows(QStringLiteral("read"), kHidden.id), qint64(1));
        overview.clear();
        QVERIFY(!child<QLabel>(overview, "breakGlassBanner")->isVisible());
    }
};

QTEST_MAIN(TestPatientScreens)
#include "test_patientscreens.moc"
