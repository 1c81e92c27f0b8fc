// PatientRemoval, seen from the disk: after a purge no byte of the patient's text is left in any page of the
// database file or of its WAL, used or free, once decrypted with the replica's own key.
#include "PageDecryptor.h"
#include "TestSupport.h"
#include "models/codecs/JsonCodec.h"
#include "storage/KeyVault.h"
#include "storage/RecordMapping.h"
#include "storage/Replica.h"
#include "storage/Session.h"
#include "storage/Transaction.h"
#include "storage/lifecycle/PatientRemoval.h"
#include "storage/lifecycle/ReplicaScrub.h"
#include "storage/sync/PatientPurge.h"
#include "storage/sync/RecordEditor.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace novamind;
using namespace novamind::test;

namespace {

const QString kUser = QStringLiteral("dr.ada");
const QByteArray kPassphrase = QByteArrayLiteral("forensics passphrase");
const QString kVictim = QStringLiteral("p-victim");
const QString kKeeper = QStringLiteral("p-keeper");

// Each marker starts with letters no other indexed word shares, so FTS prefix compression cannot hide it.
const QStringList kMarkers = {
    QStringLiteral("Qgivenmarkzz"),     QStringLiteral("Wfamilymarkzz"),       QStringLiteral("MRNX4471ZZ"),
    QStringLiteral("+41 555 0192 73"),  QStringLiteral("emarkzz@example.org"), QStringLiteral("Yaddressmarkzz"),
    QStringLiteral("Jtitlemarkzz"),     QStringLiteral("Vbodymarkzz"),         QStringLiteral("Hmedicationmarkzz"),
    QStringLiteral("Kdiagnosismarkzz"), QStringLiteral("Uassessmentmarkzz"),   QStringLiteral("Tobservationmarkzz"),
    QStringLiteral("Rtreatmentmarkzz"), QStringLiteral("Ounsentmarkzz")};
const QString kKeeperMarker = QStringLiteral("Fkeepermarkzz");

// How the marker may sit on disk: as written, and folded to lower case (search keys, FTS terms).
QList<QByteArray> spellings(const QString &marker)
{
    return {marker.toUtf8(), marker.toLower().toUtf8()};
}

Patient patient(const QString &id, const QString &mrn, const QString &given, const QString &family)
{
    Patient p;
    p.id = id;
    p.mrn = mrn;
    p.organizationId = QStringLiteral("org");
    p.givenName = given;
    p.familyName = family;
    p.birthDate = QDate(1980, 2, 3);
    p.sex = QStringLiteral("female");
    p.gender = QStringLiteral("female");
    return p;
}

Status writeRecord(Replica &replica)
{
    RecordMapping::Writer w(replica.database());
    NM_TRY(w.insert(Organization{QStringLiteral("org"), QStringLiteral("Clinic")}));
    Clinician c;
    c.id = kUser;
    c.role = QStringLiteral("psychiatrist");
    c.organizationId = QStringLiteral("org");
    NM_TRY(w.insert(c));
    const QDateTime since = QDateTime::currentDateTimeUtc().addYears(-1);
    Patient victim = patient(kVictim, kMarkers[2], kMarkers[0], kMarkers[1]);
    victim.contact = ContactInformation{kMarkers[3], kMarkers[4], kMarkers[5]};
    NM_TRY(w.insert(victim));
    NM_TRY(w.insert(patient(kKeeper, QStringLiteral("MRN-K"), QStringLiteral("Kim"), kKeeperMarker)));
    for (const QString &id : {kVictim, kKeeper})
        NM_TRY(w.insert(ClinicalRelationship{QStringLiteral("rel-") + id, kUser, id, QStringLiteral("org"),
                                             QStringLiteral("treating_psychiatrist"), since, std::nullopt}));
    // Enough notes that whole pages (table, index and FTS segments) go to the freelist when they are deleted.
    for (int i = 0; i < 150; ++i) {
        for (const QString &id : {kVictim, kKeeper}) {
            ClinicalNote n;
            n.id = QStringLiteral("n-%1-%2").arg(id).arg(i);
            n.patientId = id;
            n.authorId = kUser;
            n.createdAt = since.addDays(i);
            n.kind = QStringLiteral("progress");
            n.title = id == kVictim ? kMarkers[6] : kKeeperMarker;
            n.body = id == kVictim ? QString(kMarkers[7] + QStringLiteral(" slept poorly, ") + kMarkers[7])
                                   : QString(kKeeperMarker + QStringLiteral(" doing well"));
            NM_TRY(w.insert(n));
        }
    }
    Medication m;
    m.id = QStringLiteral("m1");
    m.patientId = kVictim;
    m.name = kMarkers[8];
    m.status = QStringLiteral("active");
    m.startDate = QDate(2026, 1, 1);
    NM_TRY(w.insert(m));
    Diagnosis d;
    d.id = QStringLiteral("d1");
    d.patientId = kVictim;
    d.system = QStringLiteral("icd10cm");
    d.code = QStringLiteral("F32.1");
    d.status = QStringLiteral("active");
    d.notes = kMarkers[9];
    NM_TRY(w.insert(d));
    Assessment a;
    a.id = QStringLiteral("a1");
    a.patientId = kVictim;
    a.clinicianId = kUser;
    a.instrument = QStringLiteral("phq9");
    a.status = QStringLiteral("completed");
    a.startedAt = since;
    a.completedAt = since;
    a.answers = {1, 1, 1, 1, 1, 1, 1, 1, 0};
    a.total = 8;
    a.band = QStringLiteral("mild");
    a.notes = kMarkers[10];
    NM_TRY(w.insert(a));
    ClinicalObservation o;
    o.id = QStringLiteral("o1");
    o.patientId = kVictim;
    o.observedAt = since;
    o.type = QStringLiteral("mood");
    o.textValue = kMarkers[11];
    o.source = QStringLiteral("clinician");
    NM_TRY(w.insert(o));
    Treatment t;
    t.id = QStringLiteral("t1");
    t.patientId = kVictim;
    t.type = QStringLiteral("psychotherapy");
    t.name = kMarkers[12];
    t.status = QStringLiteral("active");
    t.startDate = QDate(2026, 1, 1);
    NM_TRY(w.insert(t));
    return w.refreshSummaries();
}

} // namespace

class TestPurgeForensics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Scan
    {
        QStringList found; // victim markers found on disk
        bool keeperFound = false;
        int pages = 0;
        int walFrames = 0;
        bool headerOk = false;
    };

    // Decrypts every page of PATH and PATH-wal with the DEK from the key file, as the replica itself unwraps it.
    static Scan scan(const QString &path)
    {
        Scan s;
        auto vault = KeyVault::load(Replica::keysPathFor(path));
        Q_ASSERT(vault.ok());
        auto dek = vault->unlock(kUser, kPassphrase);
        Q_ASSERT(dek.ok());
        PageDecryptor decryptor{dek.value()};
        const QByteArray plain =
            decryptor.decryptDatabase(path) + decryptor.decryptWal(path + QStringLiteral("-wal"), &s.walFrames);
        s.pages = decryptor.pagesDecrypted;
        s.headerOk = decryptor.pageOneHeaderOk > 0;
        for (const QString &marker : kMarkers)
            for (const QByteArray &spelling : spellings(marker))
                if (plain.contains(spelling) && !s.found.contains(marker))
                    s.found << marker;
        s.keeperFound = plain.contains(kKeeperMarker.toUtf8());
        return s;
    }

    // A replica holding both patients, with one unsent edit of the victim's; closed, so everything is on disk.
    std::unique_ptr<Replica> makeReplica(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        auto created = Replica::create(path, kUser, kPassphrase, Role::Psychiatrist, cheapOptions());
        Q_ASSERT(created.ok());
        std::unique_ptr<Replica> replica = std::move(created).value();
        [[maybe_unused]] const Status written = writeRecord(*replica);
        Q_ASSERT(written.ok());
        auto session = Session::forReplica(*replica);
        Q_ASSERT(session.ok());
        ClinicalNote unsent;
        unsent.id = QStringLiteral("n-unsent");
        unsent.patientId = kVictim;
        unsent.authorId = kUser;
        unsent.createdAt = QDateTime::currentDateTimeUtc();
        unsent.kind = QStringLiteral("progress");
        unsent.body = kMarkers[13];
        [[maybe_unused]] const Status edited =
            RecordEditor::create(session.value(), QStringLiteral("clinical_note"), codec::toJson(unsent));
        Q_ASSERT(edited.ok());
        return replica;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // Before the purge the scanner sees every marker: the decryption is right and the markers are where we think.
    void markersAreVisibleBeforeThePurge()
    {
        auto replica = makeReplica(QStringLiteral("before.db"));
        const QString path = replica->identity().path;
        replica->close();
        const Scan s = scan(path);
        QVERIFY(s.headerOk);
        QVERIFY(s.pages > 20);
        QCOMPARE(s.found, kMarkers);
        QVERIFY(s.keeperFound);
    }

    void nothingOfThePatientIsLeftOnDisk()
    {
        auto replica = makeReplica(QStringLiteral("purged.db"));
        const QString path = replica->identity().path;
        auto session = Session::forReplica(*replica);
        QVERIFY(session.ok());
        PatientRemoval::Options options;
        options.discardUnsent = true;
        auto removed = PatientRemoval::remove(session.value(), kVictim, options);
        QVERIFY2(removed.ok(), removed.ok() ? "" : qPrintable(removed.error().detail));
        QVERIFY(removed->purged);
        // 150 notes + the unsent one and its outbox entry, the patient, the relationship, 5 other records.
        QCOMPARE(removed->rows, qint64(151 + 1 + 1 + 1 + 5));
        Database &db = replica->database();
        QCOMPARE(db.queryInt("SELECT count(*) FROM patient").value(), qint64(1));
        QCOMPARE(
            db.queryInt("SELECT count(*) FROM clinical_note_fts WHERE clinical_note_fts MATCH 'fkeepermarkzz'").value(),
            qint64(150));
        QVERIFY(db.integrityCheck().value().isEmpty());
        replica->close();

        const Scan s = scan(path);
        QVERIFY(s.headerOk);
        QCOMPARE(s.walFrames, 0);
        QVERIFY2(s.found.isEmpty(), qPrintable(QStringLiteral("left on disk: ") + s.found.join(QStringLiteral(", "))));
        QVERIFY(s.keeperFound); // the other patient's pages were decrypted and are intact
    }

    // Each cleanup step is needed: leaving any one out leaves the patient's text on disk, and the scan finds it.
    void eachCleanupStepMatters_data()
    {
        QTest::addColumn<bool>("secureDelete");
        QTest::addColumn<bool>("mergeIndex");
        QTest::addColumn<bool>("checkpoint");
        QTest::newRow("secure_delete off") << false << true << true;
        QTest::newRow("no search index merge") << true << false << true;
        QTest::newRow("no checkpoint") << true << true << false;
    }

    void eachCleanupStepMatters()
    {
        QFETCH(bool, secureDelete);
        QFETCH(bool, mergeIndex);
        QFETCH(bool, checkpoint);
        auto replica = makeReplica(QStringLiteral("partial-%1.db")
                                       .arg(QString::fromLatin1(QTest::currentDataTag()))
                                       .replace(QLatin1Char(' '), QLatin1Char('_')));
        const QString path = replica->identity().path;
        Database &db = replica->database();
        if (!secureDelete)
            QVERIFY(db.exec("PRAGMA secure_delete = OFF").ok());
        {
            auto tx = db.begin();
            QVERIFY(tx.ok());
            QVERIFY(PatientPurge::purge(db, kUser, kVictim, QStringLiteral("request")).value());
            if (mergeIndex)
                QVERIFY(ReplicaScrub::compactSearchIndex(db).ok());
            QVERIFY(tx->commit().ok());
        }
        if (checkpoint)
            QVERIFY(db.checkpoint().ok());
        // Keep the WAL as it is at this moment: a clean close would checkpoint it.
        QFile::copy(path, path + QStringLiteral(".snap"));
        QFile::copy(path + QStringLiteral("-wal"), path + QStringLiteral(".snap-wal"));
        QFile::copy(Replica::keysPathFor(path), Replica::keysPathFor(path + QStringLiteral(".snap")));
        replica->close();

        const Scan s = scan(path + QStringLiteral(".snap"));
        qInfo("%s: %d pages, %d WAL frames, markers left: %s", QTest::currentDataTag(), s.pages, s.walFrames,
              qPrintable(s.found.join(QStringLiteral(", "))));
        QVERIFY(s.keeperFound);
        QVERIFY(!s.found.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPurgeForensics)
#include "test_purge_forensics.moc"
