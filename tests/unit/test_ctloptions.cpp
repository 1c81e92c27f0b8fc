// CtlOptions and SecretReader: novamindctl's argument parsing and passphrase files.
#include "TestSupport.h"
#include "models/cli/CtlOptions.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace novamind;

class TestCtlOptions : public QObject
{
    Q_OBJECT

    static CommandSpec spec()
    {
        CommandSpec s;
        s.valueOptions = {QStringLiteral("db"), QStringLiteral("user")};
        s.flags = {QStringLiteral("force")};
        s.required = {QStringLiteral("db")};
        return s;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void parses_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("db");
        QTest::newRow("separate value") << QStringList{QStringLiteral("--db"), QStringLiteral("a.db")} << true
                                        << QStringLiteral("a.db");
        QTest::newRow("inline value") << QStringList{QStringLiteral("--db=b.db")} << true << QStringLiteral("b.db");
        QTest::newRow("flag") << QStringList{QStringLiteral("--db=c"), QStringLiteral("--force")} << true
                              << QStringLiteral("c");
        QTest::newRow("missing required")
            << QStringList{QStringLiteral("--user"), QStringLiteral("u")} << false << QString();
        QTest::newRow("missing value") << QStringList{QStringLiteral("--db")} << false << QString();
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--db=a"), QStringLiteral("--dbb=x")} << false
                                        << QString();
        QTest::newRow("stray positional")
            << QStringList{QStringLiteral("--db=a"), QStringLiteral("extra")} << false << QString();
        QTest::newRow("twice") << QStringList{QStringLiteral("--db=a"), QStringLiteral("--db=b")} << false << QString();
        QTest::newRow("flag with value") << QStringList{QStringLiteral("--db=a"), QStringLiteral("--force=yes")}
                                         << false << QString();
    }

    void parses()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, ok);
        QFETCH(QString, db);
        auto parsed = CtlOptions::parse(args, spec());
        QCOMPARE(parsed.ok(), ok);
        if (ok)
            QCOMPARE(parsed->value(QStringLiteral("db")), db);
        else
            QVERIFY(parsed.error().message.contains(QLatin1String("--")) ||
                    parsed.error().message.contains(QLatin1String("argument")));
    }

    void integerOptionsAreCheckedAgainstTheirRange()
    {
        ParsedArgs args;
        args.values = {{QStringLiteral("n"), QStringLiteral("42")},
                       {QStringLiteral("big"), QStringLiteral("5001")},
                       {QStringLiteral("word"), QStringLiteral("ten")}};
        QCOMPARE(args.integer(QStringLiteral("n"), 7, 1, 100).value(), qint64(42));
        QCOMPARE(args.integer(QStringLiteral("absent"), 7, 1, 100).value(), qint64(7));
        for (const char *name : {"big", "word"}) {
            auto r = args.integer(QString::fromLatin1(name), 7, 1, 5000);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, ErrorCode::Usage);
            QVERIFY2(r.error().message.contains(QLatin1String("1 to 5000")), qPrintable(r.error().message));
        }
    }

    void readsSecretFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p"));
        QVERIFY(test::writeFile(path, "pass phrase with spaces\r\n"));
        QCOMPARE(SecretReader::read(path, QStringLiteral("passphrase-file")).value(),
                 QByteArray("pass phrase with spaces"));
        QVERIFY(test::writeFile(path, "\n"));
        QVERIFY(!SecretReader::read(path, QStringLiteral("passphrase-file")).ok());
        auto missing = SecretReader::read(dir.filePath(QStringLiteral("nope")), QStringLiteral("passphrase-file"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::Usage);
        QVERIFY(missing.error().message.contains(QStringLiteral("--passphrase-file")));
    }
};

QTEST_GUILESS_MAIN(TestCtlOptions)
#include "test_ctloptions.moc"
