// Light and dark appearance: risk and severity colours stay readable on both, and the palette really changes.

#include "Contrast.h"
#include "ui/Appearance.h"
#include "ui/ClinicalStyle.h"

#include <QApplication>
#include <QStandardPaths>
#include <QtTest>

using namespace novamind;

using test::contrastRatio;

class TestAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void coloursAreReadable_data()
    {
        QTest::addColumn<int>("appearance");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << int(Preferences::Appearance::Light) << false;
        QTest::newRow("dark") << int(Preferences::Appearance::Dark) << true;
    }

    void coloursAreReadable()
    {
        QFETCH(int, appearance);
        QFETCH(bool, dark);
        applyAppearance(*qApp, static_cast<Preferences::Appearance>(appearance));
        const QPalette palette = QApplication::palette();
        QCOMPARE(style::isDark(palette), dark);
        const QColor base = palette.color(QPalette::Base);
        const QColor window = palette.color(QPalette::Window);
        QVERIFY(contrastRatio(palette.color(QPalette::Text), base) >= 7.0);
        // Risk text sits on table rows (base) and labels (window): WCAG AA for normal text.
        for (const char *level : {"low", "moderate", "high", "imminent"}) {
            const QColor c = style::riskColor(QString::fromLatin1(level), palette);
            QVERIFY2(
                contrastRatio(c, base) >= 4.5,
                qPrintable(QStringLiteral("%1 on base: %2").arg(QLatin1String(level)).arg(contrastRatio(c, base))));
            QVERIFY2(
                contrastRatio(c, window) >= 4.5,
                qPrintable(QStringLiteral("%1 on window: %2").arg(QLatin1String(level)).arg(contrastRatio(c, window))));
        }
        // Levels are told apart by more than a shade: neighbouring levels differ in hue.
        QVERIFY(style::riskColor(QStringLiteral("low"), palette).hue() !=
                style::riskColor(QStringLiteral("high"), palette).hue());
        for (int i = 0; i < 5; ++i) {
            const QColor c = style::severityColor(i, 5, palette);
            QVERIFY2(contrastRatio(c, base) >= 3.0, qPrintable(QString::number(contrastRatio(c, base))));
            QVERIFY(style::severityShade(i, 5, palette).alpha() < 128); // shading never hides the line on top
        }
    }

    void systemAppearanceRestoresThePlatformLook()
    {
        applyAppearance(*qApp, Preferences::Appearance::System);
        const QPalette system = QApplication::palette();
        applyAppearance(*qApp, Preferences::Appearance::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window) != system.color(QPalette::Window));
        applyAppearance(*qApp, Preferences::Appearance::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), system.color(QPalette::Window));
    }

    void labelsAreTranslatableWords()
    {
        QCOMPARE(style::bandLabel(QStringLiteral("moderately_severe")), QStringLiteral("Moderately severe"));
        QCOMPARE(style::bandLabel(QStringLiteral("suicide_risk")), QStringLiteral("Suicide risk"));
        QCOMPARE(style::bandLabel(QString()), QStringLiteral("—"));
        QCOMPARE(style::riskLabel(QStringLiteral("imminent")), QStringLiteral("Imminent"));
        QCOMPARE(style::formatDate(QDate()), QStringLiteral("—"));
    }
};

QTEST_MAIN(TestAppearance)
#include "test_appearance.moc"
