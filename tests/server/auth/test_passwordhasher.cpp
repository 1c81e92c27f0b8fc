// PasswordHasher: the stored format, verification at the stored cost, known answers, and damaged stored strings.
#include "server/service/PasswordHasher.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using novamind::server::PasswordHasher;

namespace {

// RFC 7914 §12 test vectors, cut to the 32 bytes we store (scrypt's output is a prefix of its longer outputs).
const QByteArray kRfcSalt3("SodiumChloride");
const QByteArray kRfcHash3 = QByteArray::fromHex("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2");
const QByteArray kRfcSalt2("NaCl");
const QByteArray kRfcHash2 = QByteArray::fromHex("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162");

QString stored(const QString &n, const QString &r, const QString &p, const QByteArray &salt, const QByteArray &hash)
{
    return QStringLiteral("scrypt$%1$%2$%3$%4$%5")
        .arg(n, r, p, QString::fromLatin1(salt.toBase64()), QString::fromLatin1(hash.toBase64()));
}

// Vector 3: N = 16384, r = 8, p = 1, password "pleaseletmein"; cheap enough for many cases.
QString rfcVector3()
{
    return stored(QStringLiteral("16384"), QStringLiteral("8"), QStringLiteral("1"), kRfcSalt3, kRfcHash3);
}

} // namespace

class TestPasswordHasher : public QObject
{
    Q_OBJECT

    const QByteArray m_password = "correct horse battery staple";
    QString m_first; // two real hashes of m_password, made once: each costs a few hundred milliseconds
    QString m_second;
    qint64 m_verifyMs = -1; // how long roundTrip's verify() took

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_first = PasswordHasher::hash(m_password);
        m_second = PasswordHasher::hash(m_password);
        QVERIFY(!m_first.isEmpty());
        QVERIFY(!m_second.isEmpty());
    }

    void storedFormatNamesTheCostSaltAndHash()
    {
        static const QRegularExpression shape(
            QStringLiteral(R"(^scrypt\$131072\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$)"));
        QVERIFY2(shape.match(m_first).hasMatch(), qPrintable(m_first));
        const QStringList parts = m_first.split(QLatin1Char('$'));
        QCOMPARE(QByteArray::fromBase64(parts[4].toLatin1()).size(), PasswordHasher::kSaltBytes);
        QCOMPARE(QByteArray::fromBase64(parts[5].toLatin1()).size(), PasswordHasher::kHashBytes);
        QVERIFY(!m_first.contains(QString::fromLatin1(m_password)));
    }

    void roundTrip()
    {
        QElapsedTimer timer;
        timer.start();
        QVERIFY(PasswordHasher::verify(m_password, m_first));
        m_verifyMs = timer.elapsed();
    }

    void everyHashHasItsOwnSalt()
    {
        QVERIFY(m_first != m_second);
        const QStringList a = m_first.split(QLatin1Char('$'));
        const QStringList b = m_second.split(QLatin1Char('$'));
        QVERIFY(a[4] != b[4]);
        QVERIFY(a[5] != b[5]);
    }

    void knownAnswers_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QByteArray>("password");
        QTest::newRow("N=16384 r=8 p=1") << rfcVector3() << QByteArray("pleaseletmein");
        QTest::newRow("N=1024 r=8 p=16") << stored(QStringLiteral("1024"), QStringLiteral("8"), QStringLiteral("16"),
                                                   kRfcSalt2, kRfcHash2)
                                         << QByteArray("password");
    }

    void knownAnswers()
    {
        QFETCH(QString, stored);
        QFETCH(QByteArray, password);
        QVERIFY(PasswordHasher::verify(password, stored));
        QVERIFY(!PasswordHasher::verify(password + 'x', stored));
        QVERIFY(!PasswordHasher::verify(password.chopped(1), stored));
    }

    // Verification uses what the stored string says: change one parameter and the right password no longer matches.
    void storedParametersAreHonoured_data()
    {
        QTest::addColumn<QString>("stored");
        const QString r8 = QStringLiteral("8");
        const QString p1 = QStringLiteral("1");
        QTest::newRow("N") << stored(QStringLiteral("8192"), r8, p1, kRfcSalt3, kRfcHash3);
        QTest::newRow("r") << stored(QStringLiteral("16384"), QStringLiteral("4"), p1, kRfcSalt3, kRfcHash3);
        QTest::newRow("p") << stored(QStringLiteral("16384"), r8, QStringLiteral("2"), kRfcSalt3, kRfcHash3);
        QTest::newRow("salt") << stored(QStringLiteral("16384"), r8, p1, QByteArray("SodiumChlorid"), kRfcHash3);
        QByteArray flipped = kRfcHash3;
        flipped[31] = char(flipped[31] ^ 1);
        QTest::newRow("hash") << stored(QStringLiteral("16384"), r8, p1, kRfcSalt3, flipped);
    }

    void storedParametersAreHonoured()
    {
        QFETCH(QString, stored);
        QVERIFY(!PasswordHasher::verify("pleaseletmein", stored));
    }

    void malformedStoredStringsNeverMatch_data()
    {
        QTest::addColumn<QString>("stored");
        const QString good = rfcVector3();
        const auto with = [&good](int part, const QString &value) {
            QStringList parts = good.split(QLatin1Char('$'));
            parts[part] = value;
            return parts.join(QLatin1Char('$'));
        };
        QTest::newRow("empty") << QString();
        QTest::newRow("scheme only") << QStringLiteral("scrypt");
        QTest::newRow("other scheme") << with(0, QStringLiteral("bcrypt"));
        QTest::newRow("scheme case") << with(0, QStringLiteral("SCRYPT"));
        QTest::newRow("too few parts") << good.section(QLatin1Char('$'), 0, 4);
        QTest::newRow("too many parts") << good + QStringLiteral("$x");
        QTest::newRow("trailing separator") << good + QLatin1Char('$');
        QTest::newRow("leading space") << QLatin1Char(' ') + good;
        QTest::newRow("N not a power of two") << with(1, QStringLiteral("16383"));
        QTest::newRow("N too small") << with(1, QStringLiteral("512"));
        QTest::newRow("N too large") << with(1, QStringLiteral("2097152"));
        QTest::newRow("N zero") << with(1, QStringLiteral("0"));
        QTest::newRow("N signed") << with(1, QStringLiteral("+16384"));
        QTest::newRow("N hex") << with(1, QStringLiteral("0x4000"));
        QTest::newRow("N padded") << with(1, QStringLiteral(" 16384"));
        QTest::newRow("N overflow") << with(1, QStringLiteral("18446744073709551632"));
        QTest::newRow("N empty") << with(1, QString());
        QTest::newRow("r zero") << with(2, QStringLiteral("0"));
        QTest::newRow("r too large") << with(2, QStringLiteral("33"));
        QTest::newRow("r wraps 32 bits") << with(2, QStringLiteral("4294967304"));
        QTest::newRow("p zero") << with(3, QStringLiteral("0"));
        QTest::newRow("p too large") << with(3, QStringLiteral("17"));
        QTest::newRow("memory over the cap") << with(1, QStringLiteral("1048576"));
        QTest::newRow("salt not base64") << with(4, QStringLiteral("not*base64"));
        QTest::newRow("salt empty") << with(4, QString());
        QTest::newRow("salt too long") << with(4, QString::fromLatin1(QByteArray(65, 'S').toBase64()));
        QTest::newRow("hash not base64") << with(5, QStringLiteral("!!!!"));
        QTest::newRow("hash empty") << with(5, QString());
        QTest::newRow("hash short") << with(5, QString::fromLatin1(kRfcHash3.left(31).toBase64()));
        QTest::newRow("hash long") << with(5, QString::fromLatin1(QByteArray(kRfcHash3 + 'x').toBase64()));
        QTest::newRow("non-ASCII") << with(4, QStringLiteral("U29kaXVtQ2hsb3JpZGU\u00e9"));
    }

    // Rejected before scrypt runs: a damaged row costs neither the memory nor the time its parameters ask for.
    void malformedStoredStringsNeverMatch()
    {
        QFETCH(QString, stored);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!PasswordHasher::verify("pleaseletmein", stored));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    }

    // Unknown users must cost what known ones cost; a loose bound, as the runs share a busy machine.
    void dummyVerifyCostsAboutAsMuchAsVerify()
    {
        QVERIFY(m_verifyMs >= 0);
        QElapsedTimer timer;
        timer.start();
        PasswordHasher::dummyVerify("a wrong password");
        const qint64 dummy = timer.elapsed();
        QVERIFY2(dummy * 3 >= m_verifyMs,
                 qPrintable(QStringLiteral("verify %1 ms, dummy %2 ms").arg(m_verifyMs).arg(dummy)));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "test_passwordhasher.moc"
