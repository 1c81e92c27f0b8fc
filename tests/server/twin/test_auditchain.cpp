// AuditChain: the bytes that are hashed must stay exactly those replicas in the field were chained with.
#include "models/audit/AuditChain.h"

#include <QStandardPaths>
#include <QTest>

using namespace novamind;

namespace {

AuditEntry entry(qint64 seq, const QString &ts, const QString &user, const QString &action, const QString &entity,
                 const QString &entityId, const QString &purpose)
{
    AuditEntry e;
    e.seq = seq;
    e.ts = ts;
    e.userId = user;
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.purpose = purpose;
    return e;
}

// Golden vectors, computed with storage/AuditLog's own canonical()/computeHash() before the rule moved to
// models/audit; a replica chained by that code must verify with this one.
struct Golden
{
    AuditEntry entry;
    QByteArray canonical;
    QString hash;
};

std::vector<Golden> goldens()
{
    return {
        {entry(1, QStringLiteral("2024-03-01T09:15:00.123Z"), QStringLiteral("dr.ada"), QStringLiteral("read"),
               QStringLiteral("patient"), QStringLiteral("3f1e2d4c-0000-4000-8000-000000000001"),
               QStringLiteral("treatment")),
         R"([1,"2024-03-01T09:15:00.123Z","dr.ada","read","patient","3f1e2d4c-0000-4000-8000-000000000001","treatment"])",
         QStringLiteral("64a3885a4337a6700abaed9790edee49ea6ef9999a30dadfaf4c6dddda33174f")},
        {entry(2, QStringLiteral("2024-03-01T09:16:00.000Z"), QStringLiteral("dr.ada"), QStringLiteral("search"),
               QStringLiteral("patient"), QString(), QStringLiteral("treatment")),
         R"([2,"2024-03-01T09:16:00.000Z","dr.ada","search","patient","","treatment"])",
         QStringLiteral("93ea9d36f1b64f795a3528b2383f426618fb3956a4fd5de13a61bb4e743f0734")},
        // Quotes, backslash, control characters, non-ASCII and a character outside the BMP.
        {entry(3, QStringLiteral("2024-03-01T09:17:00.000Z"), QStringLiteral("dr.ada"), QStringLiteral("break_glass"),
               QStringLiteral("patient"), QStringLiteral("p-1"),
               QString::fromUtf8("break_glass:\"Notfall\" \u00fcber/Nacht\\\n\t\u00e9\u4e2d\U0001F600")),
         QByteArray::fromHex(
             "5b332c22323032342d30332d30315430393a31373a30302e3030305a222c2264722e616461222c22627265616b"
             "5f676c617373222c2270617469656e74222c22702d31222c22627265616b5f676c6173733a5c224e6f7466616c"
             "6c5c2220c3bc6265722f4e616368745c5c5c6e5c74c3a9e4b8adf09f9880225d"),
         QStringLiteral("8d7db3f1a96a53dcc6c0c9af11fddb7ec65340192cfa049a13c175ccb2284ac5")},
        // The largest seq a JSON number carries exactly.
        {entry(9007199254740991LL, QStringLiteral("x"), QStringLiteral("u"), QStringLiteral("a"), QStringLiteral("e"),
               QStringLiteral("i"), QStringLiteral("p")),
         R"([9007199254740991,"x","u","a","e","i","p"])",
         QStringLiteral("6924742332dd3a6c328eea9c85b36907445ae99c4958fec72ad26d145527bd08")},
    };
}

} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void canonicalBytesAndHashesAreUnchanged()
    {
        QString prev = AuditChain::genesisHash();
        for (const Golden &g : goldens()) {
            QCOMPARE(AuditChain::canonical(g.entry), g.canonical);
            QCOMPARE(AuditChain::computeHash(prev, g.entry), g.hash);
            prev = g.hash;
        }
    }

    void hashesLeaveOutHashes()
    {
        AuditEntry e = goldens().front().entry;
        const QByteArray bytes = AuditChain::canonical(e);
        e.prevHash = QString(64, QLatin1Char('f'));
        e.hash = QString(64, QLatin1Char('e'));
        QCOMPARE(AuditChain::canonical(e), bytes);
    }

    void genesisIs64Zeros()
    {
        QCOMPARE(AuditChain::genesisHash(), QString(64, QLatin1Char('0')));
        QVERIFY(AuditChain::isHash(AuditChain::genesisHash()));
    }

    void verifyLinkTellsWhatIsWrong()
    {
        std::vector<Golden> g = goldens();
        AuditEntry first = g[0].entry;
        first.prevHash = AuditChain::genesisHash();
        first.hash = g[0].hash;
        QCOMPARE(AuditChain::verifyLink(AuditChain::genesisHash(), first), AuditLink::Ok);

        AuditEntry second = g[1].entry;
        second.prevHash = g[0].hash;
        second.hash = g[1].hash;
        QCOMPARE(AuditChain::verifyLink(g[0].hash, second), AuditLink::Ok);
        // Linked to something else (an entry removed or reordered).
        QCOMPARE(AuditChain::verifyLink(AuditChain::genesisHash(), second), AuditLink::WrongPrevious);
        // Contents edited after hashing.
        AuditEntry edited = second;
        edited.userId = QStringLiteral("eve");
        QCOMPARE(AuditChain::verifyLink(g[0].hash, edited), AuditLink::Altered);
        AuditEntry renumbered = second;
        renumbered.seq = 5;
        QCOMPARE(AuditChain::verifyLink(g[0].hash, renumbered), AuditLink::Altered);
    }

    void isHash_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("lower hex") << QStringLiteral("64a3885a4337a6700abaed9790edee49ea6ef9999a30dadfaf4c6dddda33174f")
                                   << true;
        QTest::newRow("upper hex") << QStringLiteral("64A3885A4337A6700ABAED9790EDEE49EA6EF9999A30DADFAF4C6DDDDA33174F")
                                   << false;
        QTest::newRow("63 digits") << QString(63, QLatin1Char('a')) << false;
        QTest::newRow("65 digits") << QString(65, QLatin1Char('a')) << false;
        QTest::newRow("not hex") << QString(64, QLatin1Char('g')) << false;
        QTest::newRow("empty") << QString() << false;
    }

    void isHash()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QCOMPARE(AuditChain::isHash(text), ok);
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "test_auditchain.moc"
