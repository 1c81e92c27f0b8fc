// AuditBatch: the POST /v1/audit body — what is refused (naming the field, never the value) and the run checks.
#include "models/audit/AuditBatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace novamind;

namespace {

// A value that must never show up in an error message (it could be PHI).
const QString kSecret = QStringLiteral("Jane Roe MRN0012345");

std::vector<AuditEntry> chain(int n, qint64 firstSeq = 1, QString prev = AuditChain::genesisHash())
{
    std::vector<AuditEntry> out;
    for (int i = 0; i < n; ++i) {
        AuditEntry e;
        e.seq = firstSeq + i;
        e.ts = QStringLiteral("2025-02-0%1T10:00:00.000Z").arg(1 + i % 9);
        e.userId = QStringLiteral("dr.ada");
        e.action = i % 2 ? QStringLiteral("search") : QStringLiteral("read");
        e.entity = QStringLiteral("patient");
        e.entityId = i % 2 ? QString() : QStringLiteral("p-%1").arg(i);
        e.purpose = QStringLiteral("treatment");
        e.prevHash = prev;
        e.hash = AuditChain::computeHash(prev, e);
        prev = e.hash;
        out.push_back(e);
    }
    return out;
}

AuditBatch batchOf(std::vector<AuditEntry> entries)
{
    AuditBatch b;
    b.deviceId = QStringLiteral("replica-7f3a");
    b.entries = std::move(entries);
    return b;
}

} // namespace

class TestAuditBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void wellFormedBatchRoundTrips()
    {
        const AuditBatch sent = batchOf(chain(5));
        // Through the wire as JSON text, as the server receives it.
        const QByteArray text = QJsonDocument(sent.toJson()).toJson(QJsonDocument::Compact);
        auto got = AuditBatch::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY2(got.ok(), got.ok() ? "" : qPrintable(got.error().message));
        QCOMPARE(got->deviceId, sent.deviceId);
        QVERIFY(got->entries == sent.entries);
        QCOMPARE(got->firstBrokenLink(), std::optional<qint64>());
    }

    void emptyBatchIsWellFormed()
    {
        auto got = AuditBatch::fromJson(batchOf({}).toJson());
        QVERIFY(got.ok());
        QVERIFY(got->entries.empty());
        QCOMPARE(got->firstBrokenLink(), std::optional<qint64>());
    }

    void badShapeNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("mutation"); // what to do to a good body
        QTest::addColumn<QString>("path");        // the field the message must name

        QTest::newRow("device_id missing") << QByteArray("device_id:remove") << QStringLiteral("device_id");
        QTest::newRow("device_id number") << QByteArray("device_id:number") << QStringLiteral("device_id");
        QTest::newRow("device_id empty") << QByteArray("device_id:empty") << QStringLiteral("device_id");
        QTest::newRow("device_id too long") << QByteArray("device_id:long") << QStringLiteral("device_id");
        QTest::newRow("device_id control") << QByteArray("device_id:control") << QStringLiteral("device_id");
        QTest::newRow("entries missing") << QByteArray("entries:remove") << QStringLiteral("entries");
        QTest::newRow("entries object") << QByteArray("entries:object") << QStringLiteral("entries");
        QTest::newRow("entry not object") << QByteArray("1:string") << QStringLiteral("entries[1]");
        QTest::newRow("seq missing") << QByteArray("1.seq:remove") << QStringLiteral("entries[1].seq");
        QTest::newRow("seq string") << QByteArray("1.seq:string") << QStringLiteral("entries[1].seq");
        QTest::newRow("seq zero") << QByteArray("0.seq:zero") << QStringLiteral("entries[0].seq");
        QTest::newRow("seq fraction") << QByteArray("1.seq:fraction") << QStringLiteral("entries[1].seq");
        QTest::newRow("seq huge") << QByteArray("2.seq:huge") << QStringLiteral("entries[2].seq");
        QTest::newRow("seq repeated") << QByteArray("2.seq:repeat") << QStringLiteral("entries[2].seq");
        QTest::newRow("ts number") << QByteArray("1.ts:number") << QStringLiteral("entries[1].ts");
        QTest::newRow("user_id missing") << QByteArray("1.user_id:remove") << QStringLiteral("entries[1].user_id");
        QTest::newRow("purpose NUL") << QByteArray("2.purpose:nul") << QStringLiteral("entries[2].purpose");
        QTest::newRow("entity_id lone surrogate")
            << QByteArray("2.entity_id:surrogate") << QStringLiteral("entries[2].entity_id");
        QTest::newRow("hash short") << QByteArray("1.hash:short") << QStringLiteral("entries[1].hash");
        QTest::newRow("hash upper case") << QByteArray("1.hash:upper") << QStringLiteral("entries[1].hash");
        QTest::newRow("prev_hash not hex")
            << QByteArray("1.prev_hash:secret") << QStringLiteral("entries[1].prev_hash");
    }

    void badShapeNamesTheField()
    {
        QFETCH(QByteArray, mutation);
        QFETCH(QString, path);

        QJsonObject body = batchOf(chain(3)).toJson();
        const QString target = QString::fromLatin1(mutation.left(mutation.indexOf(':')));
        const QString how = QString::fromLatin1(mutation.mid(mutation.indexOf(':') + 1));
        const auto mutate = [&](QJsonValue &v) {
            if (how == QLatin1String("number"))
                v = 42;
            else if (how == QLatin1String("empty"))
                v = QString();
            else if (how == QLatin1String("long"))
                v = QString(AuditBatch::kMaxDeviceIdLength + 1, QLatin1Char('d'));
            else if (how == QLatin1String("control"))
                v = QStringLiteral("replica\n7");
            else if (how == QLatin1String("object"))
                v = QJsonObject{{QStringLiteral("x"), kSecret}};
            else if (how == QLatin1String("string"))
                v = kSecret;
            else if (how == QLatin1String("zero"))
                v = 0;
            else if (how == QLatin1String("fraction"))
                v = 1.5;
            else if (how == QLatin1String("huge"))
                v = 1e300;
            else if (how == QLatin1String("repeat"))
                v = 2;
            else if (how == QLatin1String("nul"))
                v = QString(kSecret + QChar(0));
            else if (how == QLatin1String("surrogate"))
                v = QString(kSecret + QChar(0xD800));
            else if (how == QLatin1String("short"))
                v = QStringLiteral("abc");
            else if (how == QLatin1String("upper"))
                v = v.toString().toUpper();
            else if (how == QLatin1String("secret"))
                v = QString(kSecret + QString(64 - kSecret.size(), QLatin1Char('x')));
        };
        if (target == QLatin1String("device_id") || target == QLatin1String("entries")) {
            if (how == QLatin1String("remove")) {
                body.remove(target);
            } else {
                QJsonValue v = body.value(target);
                mutate(v);
                body.insert(target, v);
            }
        } else {
            QJsonArray entries = body.value(QLatin1String("entries")).toArray();
            const int index = target.section(QLatin1Char('.'), 0, 0).toInt();
            const QString field = target.section(QLatin1Char('.'), 1);
            if (field.isEmpty()) {
                QJsonValue v = entries.at(index);
                mutate(v);
                entries.replace(index, v);
            } else {
                QJsonObject o = entries.at(index).toObject();
                if (how == QLatin1String("remove")) {
                    o.remove(field);
                } else {
                    QJsonValue v = o.value(field);
                    mutate(v);
                    o.insert(field, v);
                }
                entries.replace(index, o);
            }
            body.insert(QStringLiteral("entries"), entries);
        }

        auto got = AuditBatch::fromJson(body);
        QVERIFY(!got.ok());
        QCOMPARE(got.error().code, ErrorCode::Usage);
        const QString message = got.error().message;
        QVERIFY2(message.startsWith(path + QLatin1Char(' ')), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("Jane")), qPrintable(message));
    }

    void firstBrokenLinkFindsTheBreak_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<qint64>("seq");
        QTest::newRow("gap") << QStringLiteral("gap") << qint64(13);
        QTest::newRow("edited entry") << QStringLiteral("edit") << qint64(12);
        QTest::newRow("edited and rehashed") << QStringLiteral("rehash") << qint64(13);
        QTest::newRow("first entry altered") << QStringLiteral("first") << qint64(10);
        QTest::newRow("relinked to genesis") << QStringLiteral("relink") << qint64(11);
    }

    void firstBrokenLinkFindsTheBreak()
    {
        QFETCH(QString, damage);
        QFETCH(qint64, seq);
        // A run that starts in the middle of a chain (seq 10 onwards): the first prev_hash is not judged here.
        std::vector<AuditEntry> run = chain(6, 10, QString(64, QLatin1Char('a')));
        QCOMPARE(batchOf(run).firstBrokenLink(), std::optional<qint64>());
        if (damage == QLatin1String("gap")) {
            run.erase(run.begin() + 3); // seq 13 missing: 14 follows 12
            seq = 14;
        } else if (damage == QLatin1String("edit")) {
            run[2].action = QStringLiteral("export");
        } else if (damage == QLatin1String("rehash")) {
            run[2].action = QStringLiteral("export");
            run[2].hash = AuditChain::computeHash(run[2].prevHash, run[2]);
        } else if (damage == QLatin1String("first")) {
            run[0].entityId = QStringLiteral("p-other");
        } else if (damage == QLatin1String("relink")) {
            run[1].prevHash = AuditChain::genesisHash();
            run[1].hash = AuditChain::computeHash(run[1].prevHash, run[1]);
        }
        QCOMPARE(batchOf(run).firstBrokenLink(), std::optional<qint64>(seq));
    }
};

QTEST_GUILESS_MAIN(TestAuditBatch)
#include "test_auditbatch.moc"
