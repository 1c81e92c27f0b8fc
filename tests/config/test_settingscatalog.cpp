// Tests of SettingsCatalog: the defaults, the fail-safe values and the normalisation of every kind of setting.
#include "app/config/SettingsCatalog.h"

#include <QStandardPaths>
#include <QTest>

using namespace novamind;
using namespace novamind::config;

namespace {

const QString kPinBase64 = QStringLiteral("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
const QString kPinHex = QStringLiteral("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

} // namespace

class TestSettingsCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void catalogueKeysAndDefaults()
    {
        const QStringList expectedKeys{key::ServerUrl,         key::ServerUser,     key::CaFile,
                                       key::PinSha256,         key::SyncInterval,   key::LockTimeout,
                                       key::Language,          key::Appearance,     key::AllowedInstruments,
                                       key::BreakGlass,        key::EvictAfterDays, key::PurgeDeletedAfterDays,
                                       key::AuditRetentionDays};
        QStringList keys;
        for (const SettingSpec &spec : settingsCatalog())
            keys << spec.key;
        QCOMPARE(keys, expectedKeys);

        QCOMPARE(findSetting(key::ServerUrl)->defaultValue.toString(), QString());
        QCOMPARE(findSetting(key::SyncInterval)->defaultValue, QVariant(qint64(15)));
        QCOMPARE(findSetting(key::SyncInterval)->minimum, 0);
        QCOMPARE(findSetting(key::SyncInterval)->maximum, 1440);
        QCOMPARE(findSetting(key::LockTimeout)->defaultValue, QVariant(qint64(10)));
        QCOMPARE(findSetting(key::LockTimeout)->minimum, 1);
        QCOMPARE(findSetting(key::LockTimeout)->maximum, 60);
        QCOMPARE(findSetting(key::Language)->choices,
                 QStringList({QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
                              QStringLiteral("es")}));
        QCOMPARE(findSetting(key::Appearance)->defaultValue.toString(), QStringLiteral("system"));
        QCOMPARE(findSetting(key::EvictAfterDays)->defaultValue, QVariant(qint64(0)));
        QCOMPARE(findSetting(key::AuditRetentionDays)->defaultValue, QVariant(qint64(2190)));
        QCOMPARE(findSetting(key::PurgeDeletedAfterDays)->defaultValue, QVariant(qint64(30)));
        QCOMPARE(findSetting(key::PurgeDeletedAfterDays)->maximum, 3650);
        QCOMPARE(findSetting(key::AllowedInstruments)->defaultValue.toStringList(), QStringList());
        QCOMPARE(findSetting(key::BreakGlass)->defaultValue, QVariant(true));
        QVERIFY(findSetting(QStringLiteral("sync/serverURL")) == nullptr);
    }

    // A default or fail-safe value the catalogue itself would refuse would break every consumer that reads it.
    void defaultsAndFailSafesAreNormal()
    {
        for (const SettingSpec &spec : settingsCatalog()) {
            for (const QVariant &v : {spec.defaultValue, spec.failSafe}) {
                auto normal = normaliseSetting(spec, v);
                QVERIFY2(normal.ok(), qPrintable(spec.key));
                QCOMPARE(normal.value(), v);
                QCOMPARE(normal.value().metaType(), v.metaType());
            }
            QVERIFY2(!spec.summary.isEmpty(), qPrintable(spec.key));
        }
    }

    void failSafesAreTheClosedSide()
    {
        QCOMPARE(findSetting(key::ServerUrl)->failSafe.toString(), QString());
        QCOMPARE(findSetting(key::LockTimeout)->failSafe, QVariant(qint64(1)));
        QCOMPARE(findSetting(key::BreakGlass)->failSafe, QVariant(false));
        const QStringList noInstruments = findSetting(key::AllowedInstruments)->failSafe.toStringList();
        QCOMPARE(noInstruments, QStringList{kNoInstrument});
        QVERIFY(!instrumentAllowed(noInstruments, QStringLiteral("phq9")));
        QVERIFY(instrumentAllowed({}, QStringLiteral("phq9")));
        QVERIFY(instrumentAllowed({QStringLiteral("phq9")}, QStringLiteral("phq9")));
        QVERIFY(!instrumentAllowed({QStringLiteral("phq9")}, QStringLiteral("gad7")));
    }

    void normalise_data()
    {
        QTest::addColumn<QString>("settingKey");
        QTest::addColumn<QVariant>("raw");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QVariant>("expected");

        const auto row = [](const char *name, const QString &k, const QVariant &raw, bool valid,
                            const QVariant &expected = {}) { QTest::newRow(name) << k << raw << valid << expected; };
        const auto s = [](const char *text) { return QVariant(QString::fromUtf8(text)); };

        // Text
        row("text plain", key::ServerUser, s("alice"), true, s("alice"));
        row("text trimmed", key::ServerUser, s("  bob \t"), true, s("bob"));
        row("text empty", key::ServerUser, s(""), true, s(""));
        row("text newline", key::ServerUser, s("a\nb"), false);
        row("text two values", key::ServerUser, QStringList{QStringLiteral("a"), QStringLiteral("b")}, false);
        // ServerUrl
        row("url https", key::ServerUrl, s("https://sync.clinic.example"), true, s("https://sync.clinic.example"));
        row("url http port", key::ServerUrl, s(" http://127.0.0.1:8443/base "), true, s("http://127.0.0.1:8443/base"));
        row("url empty", key::ServerUrl, s(""), true, s(""));
        row("url no scheme", key::ServerUrl, s("sync.clinic.example"), false);
        row("url ftp", key::ServerUrl, s("ftp://sync.clinic.example"), false);
        row("url no host", key::ServerUrl, s("https://"), false);
        row("url user info", key::ServerUrl, s("https://admin:secret@sync.clinic.example"), false);
        row("url query", key::ServerUrl, s("https://sync.clinic.example/?a=b"), false);
        row("url fragment", key::ServerUrl, s("https://sync.clinic.example/#x"), false);
        // FilePath
        row("path absolute", key::CaFile, s("/etc/novamind/ca.pem"), true, s("/etc/novamind/ca.pem"));
        row("path empty", key::CaFile, s(""), true, s(""));
        row("path relative", key::CaFile, s("ca.pem"), false);
        // PinSha256
        row("pin curl form", key::PinSha256, QVariant(QStringLiteral("sha256//") + kPinBase64), true,
            QVariant(QStringLiteral("sha256//") + kPinBase64));
        row("pin base64 trimmed", key::PinSha256, QVariant(QLatin1Char(' ') + kPinBase64 + QLatin1Char(' ')), true,
            QVariant(kPinBase64));
        row("pin hex", key::PinSha256, QVariant(kPinHex), true, QVariant(kPinHex));
        row("pin empty", key::PinSha256, s(""), true, s(""));
        row("pin short", key::PinSha256, s("sha256//AAEC"), false);
        row("pin hex too short", key::PinSha256, QVariant(kPinHex.left(32)), false);
        row("pin garbage", key::PinSha256, s("not a pin"), false);
        // Minutes
        row("interval text", key::SyncInterval, s("30"), true, QVariant(qint64(30)));
        row("interval int", key::SyncInterval, QVariant(45), true, QVariant(qint64(45)));
        row("interval zero", key::SyncInterval, s("0"), true, QVariant(qint64(0)));
        row("interval max", key::SyncInterval, s("1440"), true, QVariant(qint64(1440)));
        row("interval above", key::SyncInterval, s("1441"), false);
        row("interval negative", key::SyncInterval, s("-1"), false);
        row("interval fraction", key::SyncInterval, s("1.5"), false);
        row("interval words", key::SyncInterval, s("fifteen"), false);
        row("lock min", key::LockTimeout, s("1"), true, QVariant(qint64(1)));
        row("lock zero", key::LockTimeout, s("0"), false);
        row("lock max", key::LockTimeout, s(" 60 "), true, QVariant(qint64(60)));
        row("lock above", key::LockTimeout, s("61"), false);
        // Choice
        row("language de", key::Language, s("de"), true, s("de"));
        row("language case", key::Language, s("FR"), true, s("fr"));
        row("language system", key::Language, s(""), true, s(""));
        row("language unknown", key::Language, s("it"), false);
        row("appearance dark", key::Appearance, s("Dark"), true, s("dark"));
        row("appearance unknown", key::Appearance, s("blue"), false);
        // InstrumentList
        row("instruments short names", key::AllowedInstruments, s("PHQ-9, GAD-7"), true,
            QStringList{QStringLiteral("phq9"), QStringLiteral("gad7")});
        row("instruments ini list", key::AllowedInstruments,
            QStringList{QStringLiteral("PHQ9"), QStringLiteral(" audit-c ")}, true,
            QStringList{QStringLiteral("phq9"), QStringLiteral("auditc")});
        row("instruments single", key::AllowedInstruments, s("pcl5"), true, QStringList{QStringLiteral("pcl5")});
        row("instruments duplicate", key::AllowedInstruments, s("phq9, PHQ-9"), true,
            QStringList{QStringLiteral("phq9")});
        row("instruments empty = all", key::AllowedInstruments, s(""), true, QStringList());
        row("instruments none", key::AllowedInstruments, s("None"), true, QStringList{kNoInstrument});
        row("instruments unknown", key::AllowedInstruments, s("phq9, BDI-II"), false);
        row("instruments none mixed", key::AllowedInstruments, s("none, phq9"), false);
        // Boolean
        row("bool true", key::BreakGlass, s("true"), true, QVariant(true));
        row("bool YES", key::BreakGlass, s("YES"), true, QVariant(true));
        row("bool 0", key::BreakGlass, s("0"), true, QVariant(false));
        row("bool off", key::BreakGlass, s("off"), true, QVariant(false));
        row("bool typed", key::BreakGlass, QVariant(false), true, QVariant(false));
        row("bool maybe", key::BreakGlass, s("maybe"), false);
        row("bool empty", key::BreakGlass, s(""), false);
    }

    void normalise()
    {
        QFETCH(QString, settingKey);
        QFETCH(QVariant, raw);
        QFETCH(bool, valid);
        QFETCH(QVariant, expected);
        const SettingSpec *spec = findSetting(settingKey);
        QVERIFY(spec);
        const auto normal = normaliseSetting(*spec, raw);
        QCOMPARE(normal.ok(), valid);
        if (valid) {
            QCOMPARE(normal.value(), expected);
            // The normal form has the default's type, so that consumers can compare with it.
            QCOMPARE(normal.value().metaType(), spec->defaultValue.metaType());
        } else {
            // The sentence names the setting, translated for the user and in English for the administrator.
            QVERIFY2(normal.error().message.contains(settingKey), qPrintable(normal.error().message));
            QVERIFY2(normal.error().detail.contains(settingKey), qPrintable(normal.error().detail));
        }
    }

    void rangeIsNamedInTheError()
    {
        const auto normal = normaliseSetting(*findSetting(key::LockTimeout), QStringLiteral("90"));
        QVERIFY(!normal.ok());
        QVERIFY2(normal.error().message.contains(QStringLiteral("1 to 60")), qPrintable(normal.error().message));
    }

    void instrumentIds()
    {
        QCOMPARE(canonicalInstrumentId(QStringLiteral("GAD-7")), QStringLiteral("gad7"));
        QCOMPARE(canonicalInstrumentId(QStringLiteral("Phq2")), QStringLiteral("phq2"));
        QCOMPARE(canonicalInstrumentId(QStringLiteral("none")), QString());
        QCOMPARE(canonicalInstrumentId(QStringLiteral("phq")), QString());
    }

    void helpers()
    {
        QCOMPARE(wholeNumber(QStringLiteral(" 7 ")), std::optional<qint64>(7));
        QCOMPARE(wholeNumber(QVariant(-3)), std::optional<qint64>(-3));
        QCOMPARE(wholeNumber(QStringLiteral("7 min")), std::nullopt);
        QCOMPARE(wholeNumber(QVariant(1.5)), std::nullopt);
        QCOMPARE(listEntries(QStringLiteral("a, ,b,")), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(listEntries(QStringList{QStringLiteral(" a "), QStringLiteral("b, c")}),
                 QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    }
};

QTEST_GUILESS_MAIN(TestSettingsCatalog)
#include "test_settingscatalog.moc"
