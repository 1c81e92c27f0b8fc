// The status bar's sync progress: phase, records and bytes in words, a bar that fills while pushing and spins while
// pulling, and a Cancel button.

#include "ui/sync/SyncProgressWidget.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QToolButton>
#include <QtTest>

using namespace novamind;

class TestSyncProgressWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void describesEachPhase_data();
    void describesEachPhase();
    void fillsWhilePushingAndSpinsWhilePulling();
    void cancelAsksToStop();
    void longFiguresAreNotElided();
};

void TestSyncProgressWidget::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestSyncProgressWidget::describesEachPhase_data()
{
    QTest::addColumn<int>("phase");
    QTest::addColumn<qint64>("records");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("pulling") << int(SyncPhase::Pulling) << qint64(12345) << qint64(-1) << qint64(4'200'000)
                             << QStringList{QStringLiteral("Pulling changes: 12,345 record"), QStringLiteral("4.2 MB")};
    QTest::newRow("pushing") << int(SyncPhase::Pushing) << qint64(10) << qint64(40) << qint64(0)
                             << QStringList{QStringLiteral("Sending changes: 10 of 40")};
    QTest::newRow("resync") << int(SyncPhase::Resyncing) << qint64(1'000'000) << qint64(-1) << qint64(250'000'000)
                            << QStringList{QStringLiteral("everything again"), QStringLiteral("1,000,000"),
                                           QStringLiteral("250.0 MB")};
    QTest::newRow("signing in") << int(SyncPhase::SigningIn) << qint64(0) << qint64(-1) << qint64(0)
                                << QStringList{QStringLiteral("Signing in")};
    QTest::newRow("audit") << int(SyncPhase::ShippingAudit) << qint64(7) << qint64(-1) << qint64(0)
                           << QStringList{QStringLiteral("audit trail"), QStringLiteral("7 record")};
}

void TestSyncProgressWidget::describesEachPhase()
{
    QFETCH(int, phase);
    QFETCH(qint64, records);
    QFETCH(qint64, total);
    QFETCH(qint64, bytes);
    QFETCH(QStringList, expected);
    SyncProgressWidget widget;
    widget.setProgress(SyncProgress{static_cast<SyncPhase>(phase), records, total, bytes});
    const QString text = widget.findChild<QLabel *>(QStringLiteral("syncProgressLabel"))->text();
    for (const QString &part : expected)
        QVERIFY2(text.contains(part), qPrintable(text));
}

void TestSyncProgressWidget::fillsWhilePushingAndSpinsWhilePulling()
{
    QWidget window;
    auto *widget = new SyncProgressWidget(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!widget->isVisible()); // idle: nothing in the status bar
    auto *bar = widget->findChild<QProgressBar *>(QStringLiteral("syncProgressBar"));

    widget->setProgress(SyncProgress{SyncPhase::Pushing, 10, 40, 0});
    QVERIFY(widget->isVisible());
    QCOMPARE(bar->maximum(), 40);
    QCOMPARE(bar->value(), 10);

    widget->setProgress(SyncProgress{SyncPhase::Pulling, 5000, -1, 1'000'000});
    QCOMPARE(bar->minimum(), 0);
    QCOMPARE(bar->maximum(), 0); // busy indicator: the feed's length is unknown

    widget->reset();
    QVERIFY(!widget->isVisible());
}

void TestSyncProgressWidget::cancelAsksToStop()
{
    SyncProgressWidget widget;
    widget.setStarting();
    QSignalSpy cancel(&widget, &SyncProgressWidget::cancelRequested);
    auto *button = widget.findChild<QToolButton *>(QStringLiteral("syncCancelButton"));
    QVERIFY(button->isEnabled());
    button->click();
    QCOMPARE(cancel.count(), 1);
    widget.setCancelling();
    QVERIFY(!button->isEnabled());
    QVERIFY(widget.findChild<QLabel *>(QStringLiteral("syncProgressLabel"))->text().contains(QStringLiteral("Stop")));
}

void TestSyncProgressWidget::longFiguresAreNotElided()
{
    SyncProgressWidget widget;
    widget.setProgress(SyncProgress{SyncPhase::Pulling, 1'234'567, -1, 987'654'321});
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    auto *label = widget.findChild<QLabel *>(QStringLiteral("syncProgressLabel"));
    QVERIFY2(
        label->width() >= label->fontMetrics().horizontalAdvance(label->text()),
        qPrintable(
            QStringLiteral("%1 < %2").arg(label->width()).arg(label->fontMetrics().horizontalAdvance(label->text()))));
}

QTEST_MAIN(TestSyncProgressWidget)
#include "test_syncprogresswidget.moc"
