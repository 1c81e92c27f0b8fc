// InstrumentLibrary: the shipped definitions load and validate, and scoring follows each instrument's published rules.
#include "models/instruments/InstrumentLibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>
#include <functional>

using namespace novamind;

using Answers = std::vector<std::optional<int>>;
Q_DECLARE_METATYPE(Answers)

namespace {

const InstrumentLibrary &lib()
{
    return InstrumentLibrary::builtin();
}

const Instrument &instrument(const QString &id)
{
    const Instrument *found = lib().find(id);
    Q_ASSERT(found);
    return *found;
}

// Some valid answers (published score values) whose sum is `total`; empty if none exists.
Answers answersSumming(const Instrument &in, int total)
{
    const size_t n = in.items.size();
    std::vector<int> maxFrom(n + 1, 0); // the highest sum items i.. can reach
    for (size_t i = n; i-- > 0;)
        maxFrom[i] = maxFrom[i + 1] + in.items[i].options.back().score;
    Answers answers(n);
    std::function<bool(size_t, int)> fill = [&](size_t i, int rest) {
        if (i == n)
            return rest == 0;
        if (rest > maxFrom[i])
            return false;
        for (auto it = in.items[i].options.rbegin(); it != in.items[i].options.rend(); ++it) {
            if (it->score <= rest) {
                answers[i] = it->score;
                if (fill(i + 1, rest - it->score))
                    return true;
            }
        }
        return false;
    };
    return fill(0, total) ? answers : Answers{};
}

Answers all(size_t n, int value)
{
    return Answers(n, value);
}

// PCL-5 answers from a 20-character string of digits; '-' = unanswered.
Answers pcl(const char *digits)
{
    Answers answers;
    for (const char *p = digits; *p; ++p) {
        if (*p == ' ')
            continue;
        answers.push_back(*p == '-' ? std::nullopt : std::optional<int>(*p - '0'));
    }
    return answers;
}

QByteArray readSource(const QString &file)
{
    QFile f(QStringLiteral(NOVAMIND_INSTRUMENTS_DIR) + QLatin1Char('/') + file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList sourceFiles()
{
    return QDir(QStringLiteral(NOVAMIND_INSTRUMENTS_DIR))
        .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
}

} // namespace

class TestInstruments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // --- the shipped definitions -------------------------------------------------------------------------------

    void builtinHasEveryInstrument()
    {
        QStringList ids = lib().ids();
        ids.sort();
        QCOMPARE(ids, QStringList({QStringLiteral("audit"), QStringLiteral("auditc"), QStringLiteral("gad7"),
                                   QStringLiteral("pcl5"), QStringLiteral("phq2"), QStringLiteral("phq9")}));
        QCOMPARE(lib().find(QStringLiteral("nope")), nullptr);
    }

    void definitionLoads_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = sourceFiles();
        QVERIFY(!files.isEmpty());
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << file;
    }
    void definitionLoads()
    {
        QFETCH(QString, file);
        const QByteArray source = readSource(file);
        QVERIFY(!source.isEmpty());
        const auto parsed = InstrumentLibrary::parse(source, file);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->id + QStringLiteral(".json"), file);
        // The shipped resource is this very file: nothing in resources/instruments is left out of the build.
        QFile resource(QStringLiteral(":/instruments/") + file);
        QVERIFY2(resource.open(QIODevice::ReadOnly), qPrintable(file + QStringLiteral(" is not embedded")));
        QCOMPARE(resource.readAll(), source);
        const Instrument *loaded = lib().find(parsed->id);
        QVERIFY(loaded);
        QVERIFY(!loaded->source.isEmpty());
        QVERIFY(!loaded->licence.isEmpty());
        for (const auto &item : loaded->items) {
            QVERIFY(!item.text.isEmpty());
            QVERIFY(!item.options.empty());
        }
    }

    // Broken definitions are refused, so a typo in the data cannot change a patient's score silently.
    void validationRejects_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::newRow("band gap") << QStringLiteral("bandGap");
        QTest::newRow("band overlap") << QStringLiteral("bandOverlap");
        QTest::newRow("bands short of max") << QStringLiteral("bandShort");
        QTest::newRow("bad item loinc check digit") << QStringLiteral("badLoinc");
        QTest::newRow("bad panel loinc") << QStringLiteral("badPanel");
        QTest::newRow("duplicate option score") << QStringLiteral("dupScore");
        QTest::newRow("duplicate item id") << QStringLiteral("dupItem");
        QTest::newRow("flag on unknown item") << QStringLiteral("flagItem");
        QTest::newRow("flag threshold out of range") << QStringLiteral("flagThreshold");
        QTest::newRow("unknown flag rule") << QStringLiteral("flagRule");
        QTest::newRow("prorate too generous") << QStringLiteral("prorate");
        QTest::newRow("unknown option set") << QStringLiteral("optionSet");
        QTest::newRow("band name not snake case") << QStringLiteral("bandName");
        QTest::newRow("no source") << QStringLiteral("noSource");
        QTest::newRow("not json") << QStringLiteral("notJson");
    }
    void validationRejects()
    {
        QFETCH(QString, mutation);
        QJsonObject root = QJsonDocument::fromJson(readSource(QStringLiteral("phq9.json"))).object();
        QVERIFY(InstrumentLibrary::parse(QJsonDocument(root).toJson(), QStringLiteral("phq9.json")).ok());
        QJsonObject scoring = root.value(QStringLiteral("scoring")).toObject();
        QJsonArray bands = scoring.value(QStringLiteral("bands")).toArray();
        QJsonArray items = root.value(QStringLiteral("items")).toArray();
        QJsonArray flags = scoring.value(QStringLiteral("flags")).toArray();
        auto setIn = [](QJsonArray &array, int i, const QString &key, const QJsonValue &v) {
            QJsonObject o = array.at(i).toObject();
            o.insert(key, v);
            array.replace(i, o);
        };
        QByteArray json;
        if (mutation == QLatin1String("bandGap"))
            setIn(bands, 1, QStringLiteral("min"), 6);
        else if (mutation == QLatin1String("bandOverlap"))
            setIn(bands, 1, QStringLiteral("min"), 4);
        else if (mutation == QLatin1String("bandShort"))
            setIn(bands, 4, QStringLiteral("max"), 26);
        else if (mutation == QLatin1String("badLoinc"))
            setIn(items, 0, QStringLiteral("loinc"), QStringLiteral("44250-8"));
        else if (mutation == QLatin1String("badPanel"))
            root.insert(QStringLiteral("panelLoinc"), QStringLiteral("71969-6")); // fails its check digit
        else if (mutation == QLatin1String("dupScore"))
            setIn(
                items, 0, QStringLiteral("options"),
                QJsonArray{QJsonObject{{QStringLiteral("score"), 0}, {QStringLiteral("label"), QStringLiteral("a")}},
                           QJsonObject{{QStringLiteral("score"), 0}, {QStringLiteral("label"), QStringLiteral("b")}}});
        else if (mutation == QLatin1String("dupItem"))
            setIn(items, 1, QStringLiteral("id"), QStringLiteral("phq9_1"));
        else if (mutation == QLatin1String("flagItem"))
            setIn(flags, 0, QStringLiteral("item"), QStringLiteral("phq9_10"));
        else if (mutation == QLatin1String("flagThreshold"))
            setIn(flags, 0, QStringLiteral("value"), 4);
        else if (mutation == QLatin1String("flagRule"))
            setIn(flags, 0, QStringLiteral("rule"), QStringLiteral("item_above"));
        else if (mutation == QLatin1String("prorate"))
            scoring.insert(QStringLiteral("missing"),
                           QJsonObject{{QStringLiteral("rule"), QStringLiteral("prorate")},
                                       {QStringLiteral("maxMissing"), 9},
                                       {QStringLiteral("rounding"), QStringLiteral("half_up")},
                                       {QStringLiteral("source"), QStringLiteral("x")}});
        else if (mutation == QLatin1String("optionSet"))
            setIn(items, 2, QStringLiteral("options"), QStringLiteral("frequencies"));
        else if (mutation == QLatin1String("bandName"))
            setIn(bands, 3, QStringLiteral("name"), QStringLiteral("Moderately severe"));
        else if (mutation == QLatin1String("noSource"))
            root.remove(QStringLiteral("source"));
        else if (mutation == QLatin1String("notJson"))
            json = "{\"id\": \"phq9\",";
        scoring.insert(QStringLiteral("bands"), bands);
        scoring.insert(QStringLiteral("flags"), flags);
        root.insert(QStringLiteral("scoring"), scoring);
        root.insert(QStringLiteral("items"), items);
        if (json.isEmpty())
            json = QJsonDocument(root).toJson();
        const auto parsed = InstrumentLibrary::parse(json, QStringLiteral("phq9.json"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, ErrorCode::Corrupt);
        QVERIFY2(parsed.error().message.contains(QStringLiteral("phq9.json")), qPrintable(parsed.error().message));
    }

    void loincCheckDigit_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("44261-6") << QStringLiteral("44261-6") << true;
        QTest::newRow("101697-1") << QStringLiteral("101697-1") << true;
        QTest::newRow("68509-9") << QStringLiteral("68509-9") << true;
        QTest::newRow("71969-6 (bad digit)") << QStringLiteral("71969-6") << false;
        QTest::newRow("91602-2 (bad digit)") << QStringLiteral("91602-2") << false;
        QTest::newRow("93373-7 (bad digit)") << QStringLiteral("93373-7") << false;
        QTest::newRow("no dash") << QStringLiteral("442616") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void loincCheckDigit()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(InstrumentLibrary::isValidLoinc(code), valid);
    }

    // Codes exactly as in shared/reference/clinical-codes.md (PHQ-2 panel/total from LOINC, not listed there).
    void loincCodes_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("panel");
        QTest::addColumn<QString>("total");
        QTest::addColumn<QStringList>("items");
        const auto list = [](const char *codes) { return QString::fromLatin1(codes).split(QLatin1Char(' ')); };
        QTest::newRow("phq9") << QStringLiteral("phq9") << QStringLiteral("44249-1") << QStringLiteral("44261-6")
                              << list("44250-9 44255-8 44259-0 44254-1 44251-7 44258-2 44252-5 44253-3 44260-8");
        QTest::newRow("phq2") << QStringLiteral("phq2") << QStringLiteral("55757-9") << QStringLiteral("55758-7")
                              << list("44250-9 44255-8");
        QTest::newRow("gad7") << QStringLiteral("gad7") << QStringLiteral("69737-5") << QStringLiteral("70274-6")
                              << list("69725-0 68509-9 69733-4 69734-2 69735-9 69689-8 69736-7");
        QTest::newRow("audit") << QStringLiteral("audit") << QStringLiteral("72110-0") << QStringLiteral("75624-7")
                               << list("68518-0 68519-8 68520-6 97734-8 97735-5 97736-3 97737-1 97738-9 97739-7 "
                                       "97740-5");
        QTest::newRow("auditc") << QStringLiteral("auditc") << QStringLiteral("72109-2") << QStringLiteral("75626-2")
                                << list("68518-0 68519-8 68520-6");
        QTest::newRow("pcl5") << QStringLiteral("pcl5") << QStringLiteral("101697-1") << QString() << QStringList();
    }
    void loincCodes()
    {
        QFETCH(QString, id);
        QFETCH(QString, panel);
        QFETCH(QString, total);
        QFETCH(QStringList, items);
        const Instrument &in = instrument(id);
        QCOMPARE(in.panelLoinc, panel);
        QCOMPARE(in.totalLoinc, total);
        QStringList codes;
        for (const auto &item : in.items) {
            if (!item.loinc.isEmpty())
                codes << item.loinc;
        }
        QCOMPARE(codes, items);
    }

    void answerCodes_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("phq9") << QStringLiteral("phq9");
        QTest::newRow("phq2") << QStringLiteral("phq2");
        QTest::newRow("gad7") << QStringLiteral("gad7");
    }
    void answerCodes()
    {
        QFETCH(QString, id);
        for (const auto &item : instrument(id).items) {
            QCOMPARE(item.options.size(), size_t(4));
            const QStringList expected{QStringLiteral("LA6568-5"), QStringLiteral("LA6569-3"),
                                       QStringLiteral("LA6570-1"), QStringLiteral("LA6571-9")};
            const QStringList labels{QStringLiteral("Not at all"), QStringLiteral("Several days"),
                                     QStringLiteral("More than half the days"), QStringLiteral("Nearly every day")};
            for (int s = 0; s < 4; ++s) {
                QCOMPARE(item.options[size_t(s)].score, s);
                QCOMPARE(item.options[size_t(s)].loincAnswer, expected[s]);
                QCOMPARE(item.options[size_t(s)].label, labels[s]);
            }
        }
    }

    // --- scoring -------------------------------------------------------------------------------------------------

    // Both sides of every cut-off of every instrument.
    void bands_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("sex");
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("band");
        const auto rows = [](const char *id, const char *sex,
                             std::initializer_list<std::pair<int, const char *>> list) {
            for (const auto &[total, band] : list) {
                QTest::addRow("%s%s%s %d", id, *sex ? " " : "", sex, total)
                    << QString::fromLatin1(id) << QString::fromLatin1(sex) << total << QString::fromLatin1(band);
            }
        };
        rows("phq9", "",
             {{0, "minimal"},
              {4, "minimal"},
              {5, "mild"},
              {9, "mild"},
              {10, "moderate"},
              {14, "moderate"},
              {15, "moderately_severe"},
              {19, "moderately_severe"},
              {20, "severe"},
              {27, "severe"}});
        rows("phq2", "", {{0, "negative"}, {2, "negative"}, {3, "positive"}, {6, "positive"}});
        rows("gad7", "",
             {{0, "minimal"},
              {4, "minimal"},
              {5, "mild"},
              {9, "mild"},
              {10, "moderate"},
              {14, "moderate"},
              {15, "severe"},
              {21, "severe"}});
        rows("audit", "",
             {{0, "low_risk"},
              {7, "low_risk"},
              {8, "hazardous"},
              {15, "hazardous"},
              {16, "harmful"},
              {19, "harmful"},
              {20, "possible_dependence"},
              {40, "possible_dependence"}});
        rows("auditc", "female", {{0, "negative"}, {2, "negative"}, {3, "positive"}, {12, "positive"}});
        rows("auditc", "male", {{0, "negative"}, {3, "negative"}, {4, "positive"}, {12, "positive"}});
        rows("pcl5", "", {{0, "below_cutoff"}, {32, "below_cutoff"}, {33, "probable_ptsd"}, {80, "probable_ptsd"}});
    }
    void bands()
    {
        QFETCH(QString, id);
        QFETCH(QString, sex);
        QFETCH(int, total);
        QFETCH(QString, band);
        const Answers answers = answersSumming(instrument(id), total);
        QVERIFY(!answers.empty());
        const auto r = lib().score(id, answers, sex);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->instrument, id);
        QCOMPARE(r->total, std::optional<int>(total));
        QCOMPARE(r->band, band);
        QVERIFY(r->complete);
    }

    void maxTotals_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("max");
        QTest::newRow("phq9") << QStringLiteral("phq9") << 27;
        QTest::newRow("phq2") << QStringLiteral("phq2") << 6;
        QTest::newRow("gad7") << QStringLiteral("gad7") << 21;
        QTest::newRow("audit") << QStringLiteral("audit") << 40;
        QTest::newRow("auditc") << QStringLiteral("auditc") << 12;
        QTest::newRow("pcl5") << QStringLiteral("pcl5") << 80;
    }
    void maxTotals()
    {
        QFETCH(QString, id);
        QFETCH(int, max);
        QCOMPARE(instrument(id).maxTotal(), max);
        QCOMPARE(instrument(id).minTotal(), 0);
    }

    void phq9SuicideFlag_data()
    {
        QTest::addColumn<Answers>("answers");
        QTest::addColumn<int>("total");
        QTest::addColumn<QStringList>("flags");
        const QStringList risk{QStringLiteral("suicide_risk")};
        QTest::newRow("total 1 from item 9") << Answers{0, 0, 0, 0, 0, 0, 0, 0, 1} << 1 << risk;
        QTest::newRow("item 9 = 2, minimal total") << Answers{1, 0, 0, 0, 0, 0, 0, 0, 2} << 3 << risk;
        QTest::newRow("item 9 = 3") << Answers{0, 0, 0, 0, 0, 0, 0, 0, 3} << 3 << risk;
        QTest::newRow("severe, item 9 = 0") << Answers{3, 3, 3, 3, 3, 3, 3, 3, 0} << 24 << QStringList();
        QTest::newRow("severe, item 9 = 3") << all(9, 3) << 27 << risk;
        QTest::newRow("all zero") << all(9, 0) << 0 << QStringList();
        QTest::newRow("item 8 = 3 is not item 9") << Answers{0, 0, 0, 0, 0, 0, 0, 3, 0} << 3 << QStringList();
    }
    void phq9SuicideFlag()
    {
        QFETCH(Answers, answers);
        QFETCH(int, total);
        QFETCH(QStringList, flags);
        const auto r = lib().score(QStringLiteral("phq9"), answers);
        QVERIFY(r.ok());
        QCOMPARE(r->total, std::optional<int>(total));
        QCOMPARE(r->flags, flags);
    }

    void pcl5ClusterRule_data()
    {
        QTest::addColumn<Answers>("answers");
        QTest::addColumn<std::optional<int>>("total");
        QTest::addColumn<QString>("band");
        QTest::addColumn<bool>("provisional");
        //                               B     C  D       E
        QTest::newRow("minimal rule met, total 12")
            << pcl("20000 20 2200000 220000") << std::optional<int>(12) << QStringLiteral("below_cutoff") << true;
        QTest::newRow("all extremely") << pcl("44444 44 4444444 444444") << std::optional<int>(80)
                                       << QStringLiteral("probable_ptsd") << true;
        QTest::newRow("over cut-off, no C endorsed")
            << pcl("44444 11 2222222 222222") << std::optional<int>(48) << QStringLiteral("probable_ptsd") << false;
        QTest::newRow("over cut-off, no B endorsed")
            << pcl("11111 44 4444444 111111") << std::optional<int>(47) << QStringLiteral("probable_ptsd") << false;
        QTest::newRow("one D only") << pcl("20000 20 2111111 220000") << std::optional<int>(16)
                                    << QStringLiteral("below_cutoff") << false;
        QTest::newRow("one E only") << pcl("20000 20 2200000 211111") << std::optional<int>(15)
                                    << QStringLiteral("below_cutoff") << false;
        QTest::newRow("ratings of 1 are not endorsed")
            << pcl("11111 11 1111111 111111") << std::optional<int>(20) << QStringLiteral("below_cutoff") << false;
        QTest::newRow("33 with every 'a little bit' and a few more")
            << pcl("31111 11 3111111 311111") << std::optional<int>(26) << QStringLiteral("below_cutoff") << false;
        QTest::newRow("met with unanswered items: no total, still flagged")
            << pcl("2---- 2- 22----- 22----") << std::optional<int>() << QString() << true;
        QTest::newRow("not met with unanswered items")
            << pcl("2---- 1- 22----- 22----") << std::optional<int>() << QString() << false;
    }
    void pcl5ClusterRule()
    {
        QFETCH(Answers, answers);
        QFETCH(std::optional<int>, total);
        QFETCH(QString, band);
        QFETCH(bool, provisional);
        QCOMPARE(answers.size(), size_t(20));
        const auto r = lib().score(QStringLiteral("pcl5"), answers);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->total, total);
        QCOMPARE(r->band, band);
        QCOMPARE(r->flags.contains(QStringLiteral("provisional_ptsd")), provisional);
    }

    void subscales_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<Answers>("answers");
        QTest::addColumn<QString>("expected"); // name=value,… in name order
        QTest::newRow("pcl5 clusters") << QStringLiteral("pcl5") << pcl("12340 12 0123401 432101")
                                       << QStringLiteral("cluster_b=10,cluster_c=3,cluster_d=11,cluster_e=11");
        QTest::newRow("pcl5 cluster with a gap is left out") << QStringLiteral("pcl5") << pcl("1234- 12 0123401 432101")
                                                             << QStringLiteral("cluster_c=3,cluster_d=11,cluster_e=11");
        QTest::newRow("audit domains") << QStringLiteral("audit") << Answers{4, 3, 2, 1, 0, 1, 2, 3, 4, 2}
                                       << QStringLiteral("dependence_symptoms=2,harmful_use=11,hazardous_use=9");
        QTest::newRow("phq9 has none") << QStringLiteral("phq9") << all(9, 1) << QString();
    }
    void subscales()
    {
        QFETCH(QString, id);
        QFETCH(Answers, answers);
        QFETCH(QString, expected);
        const auto r = lib().score(id, answers);
        QVERIFY(r.ok());
        QStringList parts;
        for (auto it = r->subscales.cbegin(); it != r->subscales.cend(); ++it)
            parts << it.key() + QLatin1Char('=') + QString::number(it.value());
        QCOMPARE(parts.join(QLatin1Char(',')), expected);
    }

    void auditcNeedsSex()
    {
        const auto r = lib().score(QStringLiteral("auditc"), Answers{1, 1, 1});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Usage);
        QVERIFY(r.error().message.contains(QStringLiteral("sex")));
        const auto bad = lib().score(QStringLiteral("auditc"), Answers{1, 1, 1}, QStringLiteral("other"));
        QVERIFY(!bad.ok());
        // The same total is positive for a woman and negative for a man.
        QCOMPARE(lib().score(QStringLiteral("auditc"), Answers{1, 1, 1}, QStringLiteral("female"))->band,
                 QStringLiteral("positive"));
        QCOMPARE(lib().score(QStringLiteral("auditc"), Answers{1, 1, 1}, QStringLiteral("male"))->band,
                 QStringLiteral("negative"));
        // Sex does not change instruments without sex-specific cut-offs.
        QCOMPARE(lib().score(QStringLiteral("audit"), all(10, 0), QStringLiteral("female"))->band,
                 QStringLiteral("low_risk"));
    }

    // AUDIT items 9 and 10 are scored 0, 2 or 4 only; items 1-8 are 0-4.
    void auditAnswerValues_data()
    {
        QTest::addColumn<int>("item"); // 1-based
        QTest::addColumn<int>("value");
        QTest::addColumn<bool>("accepted");
        for (int item : {9, 10}) {
            for (int value = -1; value <= 5; ++value)
                QTest::addRow("item %d = %d", item, value) << item << value << (value == 0 || value == 2 || value == 4);
        }
        for (int item : {1, 8}) {
            for (int value : {-1, 0, 1, 3, 4, 5})
                QTest::addRow("item %d = %d", item, value) << item << value << (value >= 0 && value <= 4);
        }
    }
    void auditAnswerValues()
    {
        QFETCH(int, item);
        QFETCH(int, value);
        QFETCH(bool, accepted);
        Answers answers = all(10, 0);
        answers[size_t(item - 1)] = value;
        const auto r = lib().score(QStringLiteral("audit"), answers);
        QCOMPARE(r.ok(), accepted);
        if (accepted) {
            QCOMPARE(r->total, std::optional<int>(value));
        } else {
            QCOMPARE(r.error().code, ErrorCode::Usage);
            const QString expected = item >= 9 ? QStringLiteral("must be one of 0, 2, 4; got %1.").arg(value)
                                               : QStringLiteral("must be one of 0, 1, 2, 3, 4; got %1.").arg(value);
            QVERIFY2(r.error().message.startsWith(QStringLiteral("Answer %1 (item %1, ").arg(item)),
                     qPrintable(r.error().message));
            QVERIFY2(r.error().message.endsWith(expected), qPrintable(r.error().message));
        }
    }

    void errors_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("answers");
        QTest::addColumn<QString>("sex");
        QTest::addColumn<QString>("message");
        const auto words = [](const char *s) { return QString::fromLatin1(s).split(QLatin1Char(' ')); };
        QTest::newRow("too few") << QStringLiteral("phq9") << words("1 1 1 1 1 1 1 1") << QString()
                                 << QStringLiteral("PHQ-9 has 9 items; got 8 answers.");
        QTest::newRow("too many") << QStringLiteral("gad7") << words("0 0 0 0 0 0 0 0") << QString()
                                  << QStringLiteral("GAD-7 has 7 items; got 8 answers.");
        QTest::newRow("one") << QStringLiteral("phq2") << words("1") << QString()
                             << QStringLiteral("PHQ-2 has 2 items; got 1 answer.");
        QTest::newRow("count before content") << QStringLiteral("phq9") << words("x 1 1") << QString()
                                              << QStringLiteral("PHQ-9 has 9 items; got 3 answers.");
        QTest::newRow("out of range") << QStringLiteral("phq9") << words("1 1 7 1 1 1 1 1 1") << QString()
                                      << QStringLiteral("Answer 3 (item 3, “Trouble falling or staying asleep, or "
                                                        "sleeping too much”) must be one of 0, 1, 2, 3; got 7.");
        QTest::newRow("negative") << QStringLiteral("gad7") << words("0 0 0 0 0 0 -1") << QString()
                                  << QStringLiteral("Answer 7 (item 7, “Feeling afraid, as if something awful might "
                                                    "happen”) must be one of 0, 1, 2, 3; got -1.");
        QTest::newRow("not an integer") << QStringLiteral("phq2") << words("1 two") << QString()
                                        << QStringLiteral("Answer 2 (item 2, “Feeling down, depressed, or hopeless”) "
                                                          "must be one of 0, 1, 2, 3; got “two”.");
        QTest::newRow("decimal") << QStringLiteral("phq2") << words("1.5 1") << QString()
                                 << QStringLiteral("Answer 1 (item 1, “Little interest or pleasure in doing things”) "
                                                   "must be one of 0, 1, 2, 3; got “1.5”.");
        QTest::newRow("long item text is shortened")
            << QStringLiteral("audit") << words("0 0 0 0 0 0 0 0 0 3") << QString()
            << QStringLiteral("Answer 10 (item 10, “Has a relative or friend or a doctor or another health "
                              "worker been concerned…”) must be one of 0, 2, 4; got 3.");
        QTest::newRow("unknown instrument") << QStringLiteral("bdi") << words("1") << QString()
                                            << QStringLiteral("Unknown instrument “bdi”: use one of audit, auditc, "
                                                              "gad7, pcl5, phq2, phq9.");
        QTest::newRow("auditc without sex") << QStringLiteral("auditc") << words("1 1 1") << QString()
                                            << QStringLiteral("AUDIT-C cut-offs differ by sex: give the patient's "
                                                              "sex (female or male).");
    }
    void errors()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, answers);
        QFETCH(QString, sex);
        QFETCH(QString, message);
        const auto r = lib().scoreText(id, answers, sex);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Usage);
        QCOMPARE(r.error().message, message);
    }

    // PHQ-9 prorates with 1-2 items unanswered (APA's adaptation of the PHQ-9); no other instrument publishes a rule.
    void missingAnswers_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("sex");
        QTest::addColumn<QStringList>("answers");
        QTest::addColumn<std::optional<int>>("total");
        QTest::addColumn<QString>("band");
        const auto words = [](const char *s) { return QString::fromLatin1(s).split(QLatin1Char(' ')); };
        const std::optional<int> none;
        QTest::newRow("phq9 one missing, prorated 8x9/8")
            << QStringLiteral("phq9") << QString() << words("1 1 1 1 - 1 1 1 1") << std::optional<int>(9)
            << QStringLiteral("mild");
        QTest::newRow("phq9 one missing, 4.5 rounds up to 5")
            << QStringLiteral("phq9") << QString() << words("1 1 1 1 0 0 0 0 -") << std::optional<int>(5)
            << QStringLiteral("mild");
        QTest::newRow("phq9 one missing, 3.375 rounds down to 3")
            << QStringLiteral("phq9") << QString() << words("1 1 1 0 0 0 0 0 -") << std::optional<int>(3)
            << QStringLiteral("minimal");
        QTest::newRow("phq9 two missing, 13x9/7 = 16.7 -> 17")
            << QStringLiteral("phq9") << QString() << words("3 3 3 3 1 - - 0 0") << std::optional<int>(17)
            << QStringLiteral("moderately_severe");
        QTest::newRow("phq9 three missing: no total")
            << QStringLiteral("phq9") << QString() << words("3 3 3 3 3 3 - - -") << none << QString();
        QTest::newRow("phq9 all missing")
            << QStringLiteral("phq9") << QString() << words("- - - - - - - - -") << none << QString();
        QTest::newRow("phq2 one missing") << QStringLiteral("phq2") << QString() << words("3 -") << none << QString();
        QTest::newRow("gad7 one missing")
            << QStringLiteral("gad7") << QString() << words("3 3 3 3 3 3 -") << none << QString();
        QTest::newRow("audit one missing")
            << QStringLiteral("audit") << QString() << words("4 4 4 4 4 4 4 4 4 -") << none << QString();
        QTest::newRow("auditc one missing")
            << QStringLiteral("auditc") << QStringLiteral("male") << words("4 - 4") << none << QString();
        QTest::newRow("pcl5 one missing") << QStringLiteral("pcl5") << QString()
                                          << words("4 4 4 4 4 4 4 4 4 4 4 4 4 4 4 4 4 4 4 -") << none << QString();
    }
    void missingAnswers()
    {
        QFETCH(QString, id);
        QFETCH(QString, sex);
        QFETCH(QStringList, answers);
        QFETCH(std::optional<int>, total);
        QFETCH(QString, band);
        const auto r = lib().scoreText(id, answers, sex);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY(!r->complete);
        QCOMPARE(r->total, total);
        QCOMPARE(r->band, band);
    }

    void phq9UnansweredSuicideItem()
    {
        // Prorating may give a total, but an unanswered item 9 is never read as "no risk".
        const auto r = lib().score(QStringLiteral("phq9"), Answers{0, 0, 0, 0, 0, 0, 0, 0, std::nullopt});
        QVERIFY(r.ok());
        QCOMPARE(r->total, std::optional<int>(0));
        QCOMPARE(r->flags, QStringList{QStringLiteral("suicide_item_unanswered")});
        const auto answered = lib().score(QStringLiteral("phq9"), Answers{std::nullopt, 0, 0, 0, 0, 0, 0, 0, 2});
        QVERIFY(answered.ok());
        QCOMPARE(answered->flags, QStringList{QStringLiteral("suicide_risk")});
    }
};

QTEST_GUILESS_MAIN(TestInstruments)
#include "test_instruments.moc"
