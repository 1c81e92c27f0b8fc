// Translations: every catalogue is complete and keeps its placeholders, and the language the user chose is used.

#include "ui/Localization.h"
#include "ui/Preferences.h"

#include <QApplication>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using namespace novamind;

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    QStringList numerusForms;
    bool unfinished = false;
    bool numerus = false;
};

QList<Message> readCatalogue(const QString &path, QString *language)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            current.unfinished = type == QLatin1String("unfinished");
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue;
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.numerusForms << xml.readElementText();
            } else {
                current.translation = xml.readElementText();
            }
            messages << current;
        }
    }
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cataloguesAreComplete_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString &code : Preferences::availableLanguages())
            if (code != QLatin1String("en"))
                QTest::newRow(qPrintable(code)) << code;
    }

    void cataloguesAreComplete()
    {
        QFETCH(QString, code);
        const QString path = QStringLiteral(NOVAMIND_SOURCE_DIR "/translations/novamind_%1.ts").arg(code);
        QString language;
        const QList<Message> messages = readCatalogue(path, &language);
        QVERIFY2(messages.size() > 100,
                 qPrintable(QStringLiteral("%1 has %2 messages").arg(path).arg(messages.size())));
        QVERIFY2(language.startsWith(code), qPrintable(language));
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            QVERIFY2(!m.unfinished, qPrintable(QStringLiteral("unfinished: ") + where));
            const QStringList forms = m.numerus ? m.numerusForms : QStringList{m.translation};
            QVERIFY2(!forms.isEmpty(), qPrintable(QStringLiteral("no translation: ") + where));
            for (const QString &form : forms) {
                QVERIFY2(!form.trimmed().isEmpty(), qPrintable(QStringLiteral("empty translation: ") + where));
                // %1, %2 … must all survive; %n may be left out of a singular form ("one patient").
                QStringList expected = placeholders(m.source);
                QStringList got = placeholders(form);
                if (m.numerus) {
                    expected.removeAll(QStringLiteral("%n"));
                    got.removeAll(QStringLiteral("%n"));
                }
                QVERIFY2(
                    got == expected,
                    qPrintable(QStringLiteral("placeholders %1 vs %2 in ").arg(expected.join(u','), got.join(u',')) +
                               where + QStringLiteral(" → ") + form));
            }
        }
    }

    void chosenLanguageIsUsed_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("lockMenuText");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Sperren");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Verrouiller");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Bloquear");
    }

    void chosenLanguageIsUsed()
    {
        QFETCH(QString, code);
        QFETCH(QString, lockMenuText);
        QCOMPARE(installTranslations(*QCoreApplication::instance(), code), code);
        QString lock = QCoreApplication::translate("novamind::MainWindow", "&Lock");
        QVERIFY2(lock.remove(QLatin1Char('&')).contains(lockMenuText, Qt::CaseInsensitive), qPrintable(lock));
        // Without the catalogues the English source text comes back.
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QCOMPARE(QCoreApplication::translate("novamind::MainWindow", "&Lock"), QStringLiteral("&Lock"));
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
