// runScoreCommand: the `novamindctl score` contract — one JSON line on success, exit 2 and one sentence on misuse.
#include "ScoreCommand.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace novamind;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &commandLine)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.exitCode = runScoreCommand(commandLine.split(QLatin1Char(' '), Qt::SkipEmptyParts), out, err);
    out.flush();
    err.flush();
    return r;
}

} // namespace

class TestScoreCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void scores_data()
    {
        QTest::addColumn<QString>("args");
        QTest::addColumn<QString>("json");
        QTest::newRow("phq9 moderate with suicide risk")
            << QStringLiteral("phq9 1 2 1 2 1 1 1 1 1")
            << QStringLiteral(R"({"instrument":"phq9","total":11,"band":"moderate","flags":["suicide_risk"],)"
                              R"("complete":true,"subscales":{}})");
        QTest::newRow("phq9 minimal") << QStringLiteral("phq9 0 0 0 0 0 0 0 0 0")
                                      << QStringLiteral(R"({"instrument":"phq9","total":0,"band":"minimal","flags":[],)"
                                                        R"("complete":true,"subscales":{}})");
        QTest::newRow("phq9 three unanswered")
            << QStringLiteral("phq9 1 1 1 1 1 1 - - -")
            << QStringLiteral(R"({"instrument":"phq9","total":null,"band":"","flags":["suicide_item_unanswered"],)"
                              R"("complete":false,"subscales":{}})");
        QTest::newRow("phq2 positive") << QStringLiteral("phq2 2 1")
                                       << QStringLiteral(R"({"instrument":"phq2","total":3,"band":"positive",)"
                                                         R"("flags":[],"complete":true,"subscales":{}})");
        QTest::newRow("gad7 severe") << QStringLiteral("gad7 3 3 3 3 3 0 0")
                                     << QStringLiteral(R"({"instrument":"gad7","total":15,"band":"severe","flags":[],)"
                                                       R"("complete":true,"subscales":{}})");
        QTest::newRow("auditc female, --sex first") << QStringLiteral("--sex female auditc 1 1 1")
                                                    << QStringLiteral(R"({"instrument":"auditc","total":3,)"
                                                                      R"("band":"positive","flags":[],"complete":true,)"
                                                                      R"("subscales":{}})");
        QTest::newRow("auditc male, --sex=") << QStringLiteral("auditc 1 1 1 --sex=male")
                                             << QStringLiteral(R"({"instrument":"auditc","total":3,)"
                                                               R"("band":"negative","flags":[],"complete":true,)"
                                                               R"("subscales":{}})");
        QTest::newRow("audit with 0/2/4 items")
            << QStringLiteral("audit 4 4 4 1 1 1 1 0 4 2")
            << QStringLiteral(R"({"instrument":"audit","total":22,"band":"possible_dependence","flags":[],)"
                              R"("complete":true,"subscales":{"dependence_symptoms":3,"harmful_use":7,)"
                              R"("hazardous_use":12}})");
        QTest::newRow("pcl5 provisional")
            << QStringLiteral("pcl5 2 0 0 0 0 2 0 2 2 0 0 0 0 0 2 2 0 0 0 0")
            << QStringLiteral(R"({"instrument":"pcl5","total":12,"band":"below_cutoff","flags":["provisional_ptsd"],)"
                              R"("complete":true,"subscales":{"cluster_b":2,"cluster_c":2,"cluster_d":4,)"
                              R"("cluster_e":4}})");
    }
    void scores()
    {
        QFETCH(QString, args);
        QFETCH(QString, json);
        const Run r = run(args);
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, json + QLatin1Char('\n'));
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).isObject());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QString>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing") << QString()
                                 << QStringLiteral("Name the instrument to score and give its answers: novamindctl "
                                                   "score INSTRUMENT ANSWER... [--sex female|male], INSTRUMENT one of "
                                                   "audit, auditc, gad7, pcl5, phq2, phq9.");
        QTest::newRow("unknown instrument")
            << QStringLiteral("phq8 1 1")
            << QStringLiteral("Unknown instrument “phq8”: use one of audit, auditc, gad7, "
                              "pcl5, phq2, phq9.");
        QTest::newRow("too few") << QStringLiteral("phq9 1 1 1 1 1 1 1 1")
                                 << QStringLiteral("PHQ-9 has 9 items; got 8 answers.");
        QTest::newRow("out of range") << QStringLiteral("phq9 1 1 7 1 1 1 1 1 1")
                                      << QStringLiteral("Answer 3 (item 3, “Trouble falling or staying asleep, or "
                                                        "sleeping too much”) must be one of 0, 1, 2, 3; got 7.");
        QTest::newRow("audit item 9 = 3")
            << QStringLiteral("audit 0 0 0 0 0 0 0 0 3 0")
            << QStringLiteral("Answer 9 (item 9, “Have you or someone else been injured as a result of your "
                              "drinking?”) must be one of 0, 2, 4; got 3.");
        QTest::newRow("not a number") << QStringLiteral("phq2 1 x")
                                      << QStringLiteral("Answer 2 (item 2, “Feeling down, depressed, or hopeless”) "
                                                        "must be one of 0, 1, 2, 3; got “x”.");
        QTest::newRow("auditc without --sex") << QStringLiteral("auditc 1 1 1")
                                              << QStringLiteral("AUDIT-C cut-offs depend on sex: add --sex female or "
                                                                "--sex male.");
        QTest::newRow("bad sex") << QStringLiteral("auditc 1 1 1 --sex other")
                                 << QStringLiteral("Unknown sex “other”: use --sex female or --sex male.");
        QTest::newRow("--sex without value")
            << QStringLiteral("auditc 1 1 1 --sex") << QStringLiteral("--sex needs a value: female or male.");
        QTest::newRow("unknown option") << QStringLiteral("phq2 1 1 --db x")
                                        << QStringLiteral("Unknown option “--db” for score: only --sex female|male is "
                                                          "accepted.");
    }
    void usageErrors()
    {
        QFETCH(QString, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err, message + QLatin1Char('\n'));
    }
};

QTEST_GUILESS_MAIN(TestScoreCommand)
#include "test_scorecommand.moc"
