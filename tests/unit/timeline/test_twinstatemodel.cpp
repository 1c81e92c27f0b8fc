// TwinStateModel: the whole twin state as a tree, under QAbstractItemModelTester.
#include "models/timeline/TwinStateModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace novamind;

class TestTwinStateModel : public QObject
{
    Q_OBJECT

    static DigitalTwinState sample()
    {
        DigitalTwinState s;
        s.timestamp = QDateTime(QDate(2024, 5, 6), QTime(9, 0), Qt::UTC);
        s.symptom.depression = 0.63;
        s.symptom.anxiety = 0.41;
        s.neurotransmitter.dopamine = 0.87;
        s.behavioral.sleepHours = 5.5;
        s.behavioral.activityLevel = 0.3;
        s.functional.globalFunctioning = 48;
        s.functional.adherence = 0.75;
        s.risk.suicideRisk = 0.22;
        s.risk.level = QStringLiteral("high");
        s.confidence = 0.9;
        s.sourceEvents.push_back(SourceEvent{QStringLiteral("assessment"), QStringLiteral("a-1")});
        return s;
    }

    static QString display(const TwinStateModel &m, const char *key)
    {
        return m.indexOfKey(QString::fromLatin1(key)).data().toString();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsEveryField()
    {
        TwinStateModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setState(sample());
        QVERIFY(model.hasState());
        QCOMPARE(model.columnCount(), 2);
        // Groups: record, symptoms, neurotransmitters, behaviour, function, risk, sources.
        QCOMPARE(model.rowCount(), 7);
        int fields = 0;
        for (int g = 0; g < model.rowCount(); ++g)
            fields += model.rowCount(model.index(g, 0));
        // 2 record + 4 + 6 + 3 + 2 + 2 + 1 source event: every field of DigitalTwinState.
        QCOMPARE(fields, 20);

        const QModelIndex depression = model.indexOfKey(QStringLiteral("symptom.depression"));
        QVERIFY(depression.isValid());
        QCOMPARE(depression.data(TwinStateModel::RawValueRole).toDouble(), 0.63);
        QVERIFY(display(model, "symptom.depression").contains(QStringLiteral("0.63")));
        QCOMPARE(model.indexOfKey(QStringLiteral("symptom.depression"), 0).data().toString(),
                 QStringLiteral("Depression"));
        QCOMPARE(depression.parent().data(TwinStateModel::KeyRole).toString(), QStringLiteral("symptom"));
        QVERIFY(display(model, "neurotransmitter.dopamine").contains(QStringLiteral("0.87")));
        QVERIFY(display(model, "behavioral.sleep_hours").contains(QStringLiteral("5.5")));
        QVERIFY(display(model, "behavioral.activity_level").contains(QStringLiteral("30")));
        QCOMPARE(display(model, "functional.global_functioning"), QStringLiteral("48"));
        QVERIFY(display(model, "functional.adherence").contains(QStringLiteral("75")));
        QCOMPARE(display(model, "risk.level"), QStringLiteral("High"));
        QVERIFY(display(model, "risk.suicide_risk").contains(QStringLiteral("0.22")));
        QCOMPARE(display(model, "source.0"), QStringLiteral("a-1"));
        QCOMPARE(model.indexOfKey(QStringLiteral("timestamp")).data(TwinStateModel::RawValueRole).toDateTime(),
                 sample().timestamp);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Value"));
    }

    void replacingAndClearingResets()
    {
        TwinStateModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setState(sample());
        DigitalTwinState other = sample();
        other.symptom.depression = 0.1;
        other.sourceEvents.clear();
        model.setState(other);
        QCOMPARE(model.rowCount(), 6); // no sources group without source events
        QVERIFY(display(model, "symptom.depression").contains(QStringLiteral("0.10")));
        model.clear();
        QVERIFY(!model.hasState());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.indexOfKey(QStringLiteral("symptom.depression")).isValid());
        model.setState(std::nullopt);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.count(), 4);
    }
};

QTEST_GUILESS_MAIN(TestTwinStateModel)
#include "test_twinstatemodel.moc"
