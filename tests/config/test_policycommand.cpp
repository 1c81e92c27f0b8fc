// Tests of `novamindctl policy` (PolicyCommand), run as an administrator would run the built binary.
#include "CtlRunner.h"
#include "FileSupport.h"
#include "app/config/SettingsCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace novamind;
using namespace novamind::config;

class TestPolicyCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;

    QString configHome() const { return m_dir.filePath(QStringLiteral("config")); }
    QString userFile() const { return configHome() + QStringLiteral("/Novamind/Novamind Clinician.conf"); }

    QString policyFile(const QString &name, const QByteArray &contents)
    {
        const QString path = test::writePolicyFile(m_dir.filePath(name), contents);
        if (path.isEmpty())
            qFatal("cannot write the test policy file");
        return path;
    }

    test::CtlResult policy(const QStringList &extra) const
    {
        return test::runCtl(QStringList{QStringLiteral("policy")} + extra, {}, m_env);
    }

    static QMap<QString, QJsonObject> settingsByKey(const QJsonObject &json)
    {
        QMap<QString, QJsonObject> byKey;
        for (const QJsonValue &v : json.value(QStringLiteral("settings")).toArray())
            byKey.insert(v.toObject().value(QStringLiteral("key")).toString(), v.toObject());
        return byKey;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(test::ctlPath()), "NOVAMINDCTL must name the built novamindctl");
        m_env = QProcessEnvironment::systemEnvironment();
        // The user's settings in a temporary home: the command reads them exactly as the GUI would.
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome());
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        QVERIFY(QDir().mkpath(QFileInfo(userFile()).path()));
        QVERIFY(test::writeFile(userFile(), "[ui]\nappearance=dark\n[session]\nlockTimeoutMinutes=20\n"));
    }

    void withoutPolicyEverySourceIsDefaultOrUser()
    {
        const QString empty = policyFile(QStringLiteral("empty.conf"), QByteArray());
        const test::CtlResult r = policy({QStringLiteral("--policy-file"), empty});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY(!r.out.trimmed().contains('\n')); // one line of compact JSON
        const QJsonObject json = r.json();
        QCOMPARE(json.value(QStringLiteral("policy_file")).toString(), empty);
        QCOMPARE(json.value(QStringLiteral("user_settings_file")).toString(), userFile());
        QCOMPARE(json.value(QStringLiteral("problems")).toArray().size(), 0);
        const auto byKey = settingsByKey(json);
        QCOMPARE(byKey.size(), int(settingsCatalog().size()));
        for (const QJsonObject &entry : byKey) {
            const QString key = entry.value(QStringLiteral("key")).toString();
            const bool fromUser = key == key::Appearance || key == key::LockTimeout;
            QCOMPARE(entry.value(QStringLiteral("source")).toString(),
                     fromUser ? QStringLiteral("user") : QStringLiteral("default"));
            QCOMPARE(entry.value(QStringLiteral("locked")), QJsonValue(false));
        }
        QCOMPARE(byKey.value(key::LockTimeout).value(QStringLiteral("value")), QJsonValue(20));
    }

    void policyFileLocksWhatItSets()
    {
        const QString path = policyFile(QStringLiteral("good.conf"),
                                        "[sync]\nserverUrl=https://sync.clinic.example\nintervalMinutes=30\n"
                                        "[session]\nlockTimeoutMinutes=5\n[assessments]\nallowedInstruments=PHQ-9, "
                                        "GAD-7\n[access]\nbreakGlass=false\n");
        const test::CtlResult r = policy({QStringLiteral("--policy-file"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QJsonObject json = r.json();
        QCOMPARE(json.value(QStringLiteral("policy_present")), QJsonValue(true));
        const auto byKey = settingsByKey(json);
        for (const QString &k :
             {key::ServerUrl, key::SyncInterval, key::LockTimeout, key::AllowedInstruments, key::BreakGlass}) {
            QCOMPARE(byKey.value(k).value(QStringLiteral("source")).toString(), QStringLiteral("policy"));
            QCOMPARE(byKey.value(k).value(QStringLiteral("locked")), QJsonValue(true));
        }
        // The policy beats the user's 20 minutes; the user's appearance stays as nothing locks it.
        QCOMPARE(byKey.value(key::LockTimeout).value(QStringLiteral("value")), QJsonValue(5));
        QCOMPARE(byKey.value(key::Appearance).value(QStringLiteral("source")).toString(), QStringLiteral("user"));
        QCOMPARE(byKey.value(key::AllowedInstruments).value(QStringLiteral("value")),
                 QJsonValue(QJsonArray{QStringLiteral("phq9"), QStringLiteral("gad7")}));
        QCOMPARE(byKey.value(key::BreakGlass).value(QStringLiteral("value")), QJsonValue(false));
        // A preview changes nothing in the user's file.
        QCOMPARE(test::readFile(userFile()), QByteArray("[ui]\nappearance=dark\n[session]\nlockTimeoutMinutes=20\n"));
    }

    void brokenPolicyFailsWithProblemsOnStderr()
    {
        const QString path =
            policyFile(QStringLiteral("broken.conf"), "[sync]\nserverURL=https://sync.clinic.example\n[session]\n"
                                                      "lockTimeoutMinutes=often\n");
        const test::CtlResult r = policy({QStringLiteral("--policy-file"), path});
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = QString::fromUtf8(r.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.contains(path + QStringLiteral(": unknown key “sync/serverURL” is ignored.")));
        QVERIFY(lines.filter(key::LockTimeout).size() == 1);
        // The JSON still says what applies: the unreadable timeout is locked to its minimum.
        const QJsonObject json = r.json();
        QCOMPARE(json.value(QStringLiteral("problems")).toArray().size(), 2);
        QCOMPARE(settingsByKey(json).value(key::LockTimeout).value(QStringLiteral("value")), QJsonValue(1));
    }

    void textIsAnAlignedTable()
    {
        const QString path = policyFile(QStringLiteral("text.conf"), "[session]\nlockTimeoutMinutes=5\n");
        const test::CtlResult r = policy({QStringLiteral("--policy-file"), path, QStringLiteral("--text")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'));
        QVERIFY2(lines.size() > int(settingsCatalog().size()), r.out.constData());
        const QString header = lines.first();
        QVERIFY(header.startsWith(QStringLiteral("KEY")));
        const qsizetype valueColumn = header.indexOf(QStringLiteral("VALUE"));
        const qsizetype sourceColumn = header.indexOf(QStringLiteral("SOURCE"));
        QVERIFY(valueColumn > 0 && sourceColumn > valueColumn);
        for (size_t i = 0; i < settingsCatalog().size(); ++i) {
            const QString line = lines.at(qsizetype(i) + 1);
            QVERIFY2(line.startsWith(settingsCatalog()[i].key), qPrintable(line));
            QVERIFY2(line.at(valueColumn - 1) == QLatin1Char(' ') && line.at(valueColumn) != QLatin1Char(' '),
                     qPrintable(line));
            const QString source = line.mid(sourceColumn);
            QVERIFY2(source == QStringLiteral("default") || source == QStringLiteral("user") ||
                         source == QStringLiteral("policy (locked)"),
                     qPrintable(line));
        }
        const QString lockLine = lines.filter(key::LockTimeout).first();
        QVERIFY2(lockLine.contains(QStringLiteral(" 5 ")) && lockLine.endsWith(QStringLiteral("policy (locked)")),
                 qPrintable(lockLine));
        QVERIFY(r.out.contains(path.toUtf8()));
        QVERIFY(r.out.contains("Problems: none"));
        QVERIFY(!r.out.trimmed().startsWith('{'));
    }

    void textListsProblems()
    {
        const QString path = policyFile(QStringLiteral("textbroken.conf"), "[ui]\nappearance=neon\n");
        const test::CtlResult r = policy({QStringLiteral("--policy-file"), path, QStringLiteral("--text")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("ui/appearance"));
        QVERIFY(r.out.contains("neon"));
        QVERIFY(r.err.contains("neon"));
    }

    void usageErrors()
    {
        const test::CtlResult unknown = policy({QStringLiteral("--frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.out.isEmpty());
        QVERIFY(!unknown.err.isEmpty());

        // A preview of a file that is not there would otherwise look like "no policy" and pass.
        const test::CtlResult missing = policy({QStringLiteral("--policy-file"), m_dir.filePath(QStringLiteral("x"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.out.isEmpty());
        QVERIFY(missing.err.contains("does not exist"));
    }

    void systemPolicyIsTheDefault()
    {
        const test::CtlResult r = policy({});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("policy_file")).toString(), QStringLiteral(NOVAMIND_POLICY_FILE));
    }
};

QTEST_GUILESS_MAIN(TestPolicyCommand)
#include "test_policycommand.moc"
