// novamindctl score end to end: the JSON a script reads, and exit code 2 with one sentence for every misuse.
#include "CtlRunner.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace novamind;
using test::runCtl;

namespace {

QStringList score(const QString &args)
{
    return QStringList{QStringLiteral("score")} + args.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestScore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFile::exists(test::ctlPath()), "set NOVAMINDCTL to the novamindctl binary");
    }

    void scores_data()
    {
        QTest::addColumn<QString>("args");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("phq9 moderate, suicide risk")
            << QStringLiteral("phq9 1 2 1 2 1 1 1 1 1")
            << QByteArray(R"({"instrument":"phq9","total":11,"band":"moderate","flags":["suicide_risk"],)"
                          R"("complete":true,"subscales":{}})");
        QTest::newRow("phq9 item 9 only") << QStringLiteral("phq9 0 0 0 0 0 0 0 0 1")
                                          << QByteArray(R"({"instrument":"phq9","total":1,"band":"minimal",)"
                                                        R"("flags":["suicide_risk"],"complete":true,"subscales":{}})");
        QTest::newRow("phq9 severe") << QStringLiteral("phq9 3 3 3 3 3 3 3 3 0")
                                     << QByteArray(R"({"instrument":"phq9","total":24,"band":"severe","flags":[],)"
                                                   R"("complete":true,"subscales":{}})");
        QTest::newRow("phq9 one unanswered, prorated")
            << QStringLiteral("phq9 1 1 1 1 - 1 1 1 0") // 7 × 9 / 8 = 7.875
            << QByteArray(R"({"instrument":"phq9","total":8,"band":"mild","flags":[],"complete":false,)"
                          R"("subscales":{}})");
        QTest::newRow("phq9 three unanswered, no total")
            << QStringLiteral("phq9 1 1 1 1 1 1 - - -")
            << QByteArray(R"({"instrument":"phq9","total":null,"band":"","flags":["suicide_item_unanswered"],)"
                          R"("complete":false,"subscales":{}})");
        QTest::newRow("gad7 unanswered, no total")
            << QStringLiteral("gad7 3 3 3 3 3 3 -")
            << QByteArray(R"({"instrument":"gad7","total":null,"band":"","flags":[],"complete":false,)"
                          R"("subscales":{}})");
        QTest::newRow("phq2 cut-off") << QStringLiteral("phq2 1 2")
                                      << QByteArray(R"({"instrument":"phq2","total":3,"band":"positive","flags":[],)"
                                                    R"("complete":true,"subscales":{}})");
        QTest::newRow("gad7 moderate") << QStringLiteral("gad7 2 2 2 2 2 0 0")
                                       << QByteArray(R"({"instrument":"gad7","total":10,"band":"moderate",)"
                                                     R"("flags":[],"complete":true,"subscales":{}})");
        QTest::newRow("audit zone IV")
            << QStringLiteral("audit 4 4 4 1 1 1 1 0 4 2")
            << QByteArray(R"({"instrument":"audit","total":22,"band":"possible_dependence","flags":[],)"
                          R"("complete":true,"subscales":{"dependence_symptoms":3,"harmful_use":7,)"
                          R"("hazardous_use":12}})");
        QTest::newRow("auditc 3, female") << QStringLiteral("auditc 1 1 1 --sex female")
                                          << QByteArray(R"({"instrument":"auditc","total":3,"band":"positive",)"
                                                        R"("flags":[],"complete":true,"subscales":{}})");
        QTest::newRow("auditc 3, male") << QStringLiteral("auditc 1 1 1 --sex male")
                                        << QByteArray(R"({"instrument":"auditc","total":3,"band":"negative",)"
                                                      R"("flags":[],"complete":true,"subscales":{}})");
        QTest::newRow("pcl5 cluster rule, low total")
            << QStringLiteral("pcl5 2 0 0 0 0 2 0 2 2 0 0 0 0 0 2 2 0 0 0 0")
            << QByteArray(R"({"instrument":"pcl5","total":12,"band":"below_cutoff","flags":["provisional_ptsd"],)"
                          R"("complete":true,"subscales":{"cluster_b":2,"cluster_c":2,"cluster_d":4,"cluster_e":4}})");
        QTest::newRow("pcl5 over cut-off, clusters not met")
            << QStringLiteral("pcl5 4 4 4 4 4 1 1 2 2 2 2 2 2 2 2 2 2 2 2 2")
            << QByteArray(R"({"instrument":"pcl5","total":48,"band":"probable_ptsd","flags":[],"complete":true,)"
                          R"("subscales":{"cluster_b":20,"cluster_c":2,"cluster_d":14,"cluster_e":12}})");
    }
    void scores()
    {
        QFETCH(QString, args);
        QFETCH(QByteArray, json);
        const auto r = runCtl(score(args));
        QVERIFY(!r.crashed);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(r.out, json + '\n'); // one line, keys in contract order
        const QJsonObject o = r.json();
        QCOMPARE(o.keys(),
                 QStringList({QStringLiteral("band"), QStringLiteral("complete"), QStringLiteral("flags"),
                              QStringLiteral("instrument"), QStringLiteral("subscales"), QStringLiteral("total")}));
        QVERIFY(o.value(QStringLiteral("flags")).isArray());
        QVERIFY(o.value(QStringLiteral("subscales")).isObject());
        QVERIFY(o.value(QStringLiteral("complete")).isBool());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QString>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no instrument") << QString() << QByteArray("Name the instrument to score");
        QTest::newRow("unknown instrument")
            << QStringLiteral("bdi 1 2 3")
            << QByteArray("Unknown instrument “bdi”: use one of audit, auditc, gad7, pcl5, phq2, phq9.");
        QTest::newRow("too few answers") << QStringLiteral("phq9 1 1 1 1 1 1 1 1")
                                         << QByteArray("PHQ-9 has 9 items; got 8 answers.");
        QTest::newRow("too many answers")
            << QStringLiteral("phq2 1 1 1") << QByteArray("PHQ-2 has 2 items; got 3 answers.");
        QTest::newRow("out of range") << QStringLiteral("phq9 1 1 7 1 1 1 1 1 1")
                                      << QByteArray("Answer 3 (item 3, “Trouble falling or staying asleep, or sleeping "
                                                    "too much”) must be one of 0, 1, 2, 3; got 7.");
        QTest::newRow("not an integer") << QStringLiteral("gad7 1 1 1 one 1 1 1")
                                        << QByteArray("Answer 4 (item 4, “Trouble relaxing”) must be one of 0, 1, 2, "
                                                      "3; got “one”.");
        QTest::newRow("audit item 10 = 1")
            << QStringLiteral("audit 0 0 0 0 0 0 0 0 0 1") << QByteArray("Answer 10 (item 10, ");
        QTest::newRow("auditc without --sex") << QStringLiteral("auditc 1 1 1")
                                              << QByteArray("AUDIT-C cut-offs depend on sex: add --sex female or --sex "
                                                            "male.");
        QTest::newRow("bad --sex") << QStringLiteral("auditc 1 1 1 --sex x")
                                   << QByteArray("Unknown sex “x”: use --sex female or --sex male.");
        QTest::newRow("unknown option") << QStringLiteral("phq2 1 1 --verbose") << QByteArray("--verbose");
    }
    void usageErrors()
    {
        QFETCH(QString, args);
        QFETCH(QByteArray, message);
        const auto r = runCtl(score(args));
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QByteArray());
        const QByteArray err = r.err.trimmed();
        QVERIFY2(err.contains(message), err.constData());
        QVERIFY2(!err.contains('\n'), err.constData()); // one sentence
        QVERIFY(err.endsWith('.'));
    }
};

QTEST_GUILESS_MAIN(TestScore)
#include "test_score.moc"
