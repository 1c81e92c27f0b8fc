// InstrumentLibrary::parse and ::load: reads instrument definitions (JSON) and rejects any that could score wrongly.
#include "models/instruments/InstrumentLibrary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <map>

namespace novamind {

namespace {

// Collects the first problem found, so that every check reads as one line.
class Checker
{
public:
    explicit Checker(QString origin)
        : m_origin(std::move(origin))
    {}

    bool ok() const { return m_problem.isEmpty(); }
    bool require(bool condition, const QString &problem)
    {
        if (!condition && m_problem.isEmpty())
            m_problem = problem;
        return condition;
    }
    Error error() const
    {
        return Error{ErrorCode::Corrupt,
                     InstrumentLibrary::tr("The instrument definition %1 is invalid: %2.").arg(m_origin, m_problem),
                     m_origin};
    }

private:
    QString m_origin;
    QString m_problem;
};

bool isSnakeName(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return re.match(s).hasMatch();
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// A JSON number that is an exact integer; nullopt otherwise.
std::optional<int> integer(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d != static_cast<double>(static_cast<int>(d)))
        return std::nullopt;
    return static_cast<int>(d);
}

std::vector<AnswerOption> parseOptions(const QJsonArray &array, const QString &where, Checker &check)
{
    static const QRegularExpression answerCode(QStringLiteral("^LA[0-9]+-[0-9]$"));
    std::vector<AnswerOption> options;
    QSet<int> seen;
    check.require(!array.isEmpty(), InstrumentLibrary::tr("%1 has no answer options").arg(where));
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        const auto score = integer(o.value(QLatin1String("score")));
        AnswerOption option;
        option.score = score.value_or(-1);
        option.label = text(o, "label");
        option.loincAnswer = text(o, "loincAnswer");
        check.require(score && *score >= 0,
                      InstrumentLibrary::tr("%1 has an answer without a non-negative integer score").arg(where));
        check.require(!option.label.isEmpty(), InstrumentLibrary::tr("%1 has an answer without a label").arg(where));
        check.require(!seen.contains(option.score),
                      InstrumentLibrary::tr("%1 has two answers scored %2").arg(where).arg(option.score));
        check.require(
            option.loincAnswer.isEmpty() || answerCode.match(option.loincAnswer).hasMatch(),
            InstrumentLibrary::tr("%1 has a malformed LOINC answer code “%2”").arg(where, option.loincAnswer));
        seen.insert(option.score);
        options.push_back(option);
    }
    std::sort(options.begin(), options.end(), [](const auto &a, const auto &b) { return a.score < b.score; });
    return options;
}

std::vector<int> itemIndexes(const Instrument &instrument, const QJsonArray &ids, const QString &where, Checker &check)
{
    std::vector<int> indexes;
    check.require(!ids.isEmpty(), InstrumentLibrary::tr("%1 lists no items").arg(where));
    for (const QJsonValue &v : ids) {
        const int index = instrument.itemIndex(v.toString());
        check.require(index >= 0, InstrumentLibrary::tr("%1 names an unknown item “%2”").arg(where, v.toString()));
        check.require(std::find(indexes.begin(), indexes.end(), index) == indexes.end(),
                      InstrumentLibrary::tr("%1 names item “%2” twice").arg(where, v.toString()));
        if (index >= 0)
            indexes.push_back(index);
    }
    return indexes;
}

void parseItems(const QJsonObject &root, Instrument &instrument, Checker &check)
{
    std::map<QString, std::vector<AnswerOption>> sets;
    const QJsonObject optionSets = root.value(QLatin1String("optionSets")).toObject();
    for (auto it = optionSets.begin(); it != optionSets.end(); ++it)
        sets[it.key()] =
            parseOptions(it.value().toArray(), InstrumentLibrary::tr("option set “%1”").arg(it.key()), check);

    const QJsonArray items = root.value(QLatin1String("items")).toArray();
    check.require(!items.isEmpty(), InstrumentLibrary::tr("it has no items"));
    QSet<QString> ids;
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        InstrumentItem item;
        item.id = text(o, "id");
        item.text = text(o, "text");
        item.loinc = text(o, "loinc");
        const QString where = InstrumentLibrary::tr("item “%1”").arg(item.id);
        check.require(isSnakeName(item.id),
                      InstrumentLibrary::tr("an item id “%1” is not lower snake case").arg(item.id));
        check.require(!ids.contains(item.id), InstrumentLibrary::tr("item id “%1” is used twice").arg(item.id));
        check.require(!item.text.isEmpty(), InstrumentLibrary::tr("%1 has no text").arg(where));
        check.require(item.loinc.isEmpty() || InstrumentLibrary::isValidLoinc(item.loinc),
                      InstrumentLibrary::tr("%1 has an invalid LOINC code “%2”").arg(where, item.loinc));
        const QJsonValue options = o.value(QLatin1String("options"));
        if (options.isString()) {
            const auto set = sets.find(options.toString());
            if (check.require(
                    set != sets.end(),
                    InstrumentLibrary::tr("%1 uses an unknown option set “%2”").arg(where, options.toString())))
                item.options = set->second;
        } else {
            item.options = parseOptions(options.toArray(), where, check);
        }
        ids.insert(item.id);
        instrument.items.push_back(std::move(item));
    }
}

void parseBands(const QJsonArray &array, Instrument &instrument, Checker &check)
{
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        SeverityBand band;
        const auto min = integer(o.value(QLatin1String("min")));
        const auto max = integer(o.value(QLatin1String("max")));
        band.min = min.value_or(0);
        band.max = max.value_or(-1);
        band.name = text(o, "name");
        band.sex = text(o, "sex");
        check.require(min && max && band.min <= band.max,
                      InstrumentLibrary::tr("band “%1” has no valid min and max").arg(band.name));
        check.require(isSnakeName(band.name),
                      InstrumentLibrary::tr("band name “%1” is not lower snake case").arg(band.name));
        check.require(band.sex.isEmpty() || band.sex == QLatin1String("female") || band.sex == QLatin1String("male"),
                      InstrumentLibrary::tr("band “%1” has an unknown sex “%2”").arg(band.name, band.sex));
        instrument.bands.push_back(band);
    }
    check.require(!instrument.bands.empty(), InstrumentLibrary::tr("it has no bands"));

    // Each set of bands (one, or one per sex) covers every possible total exactly once.
    const QStringList sexes = instrument.hasSexSpecificBands()
                                  ? QStringList{QStringLiteral("female"), QStringLiteral("male")}
                                  : QStringList{QString()};
    for (const QString &sex : sexes) {
        std::vector<SeverityBand> set;
        for (const auto &band : instrument.bands) {
            check.require(band.sex.isEmpty() != instrument.hasSexSpecificBands(),
                          InstrumentLibrary::tr("it mixes sex-specific and general bands"));
            if (band.sex == sex)
                set.push_back(band);
        }
        std::sort(set.begin(), set.end(), [](const auto &a, const auto &b) { return a.min < b.min; });
        int next = instrument.minTotal();
        for (const auto &band : set) {
            check.require(band.min == next, InstrumentLibrary::tr("the bands leave a gap or overlap at %1").arg(next));
            next = band.max + 1;
        }
        check.require(
            next == instrument.maxTotal() + 1,
            InstrumentLibrary::tr("the bands do not end at the highest total, %1").arg(instrument.maxTotal()));
    }
}

void parseScoring(const QJsonObject &scoring, Instrument &instrument, Checker &check)
{
    check.require(scoring.value(QLatin1String("total")).toString() == QLatin1String("sum"),
                  InstrumentLibrary::tr("its total rule is not “sum”"));

    const QJsonObject missing = scoring.value(QLatin1String("missing")).toObject();
    const QString rule = text(missing, "rule");
    instrument.missing.source = text(missing, "source");
    if (rule == QLatin1String("prorate")) {
        instrument.missing.kind = MissingRule::Kind::Prorate;
        instrument.missing.maxMissing = integer(missing.value(QLatin1String("maxMissing"))).value_or(0);
        check.require(
            instrument.missing.maxMissing >= 1 &&
                instrument.missing.maxMissing < static_cast<int>(instrument.items.size()),
            InstrumentLibrary::tr("its prorating rule needs maxMissing between 1 and the item count less one"));
        check.require(text(missing, "rounding") == QLatin1String("half_up"),
                      InstrumentLibrary::tr("its prorating rounding is not half_up"));
        check.require(!instrument.missing.source.isEmpty(),
                      InstrumentLibrary::tr("its prorating rule cites no source"));
    } else {
        check.require(rule == QLatin1String("none"),
                      InstrumentLibrary::tr("its missing-answer rule “%1” is unknown").arg(rule));
    }

    parseBands(scoring.value(QLatin1String("bands")).toArray(), instrument, check);

    QSet<QString> names;
    for (const QJsonValue &v : scoring.value(QLatin1String("subscales")).toArray()) {
        const QJsonObject o = v.toObject();
        Subscale subscale;
        subscale.name = text(o, "name");
        check.require(isSnakeName(subscale.name),
                      InstrumentLibrary::tr("subscale name “%1” is not lower snake case").arg(subscale.name));
        check.require(!names.contains(subscale.name),
                      InstrumentLibrary::tr("subscale “%1” is defined twice").arg(subscale.name));
        subscale.items = itemIndexes(instrument, o.value(QLatin1String("items")).toArray(),
                                     InstrumentLibrary::tr("subscale “%1”").arg(subscale.name), check);
        names.insert(subscale.name);
        instrument.subscales.push_back(std::move(subscale));
    }

    names.clear();
    for (const QJsonValue &v : scoring.value(QLatin1String("flags")).toArray()) {
        const QJsonObject o = v.toObject();
        FlagRule flag;
        flag.name = text(o, "name");
        flag.note = text(o, "note");
        const QString where = InstrumentLibrary::tr("flag “%1”").arg(flag.name);
        check.require(isSnakeName(flag.name),
                      InstrumentLibrary::tr("flag name “%1” is not lower snake case").arg(flag.name));
        check.require(!names.contains(flag.name), InstrumentLibrary::tr("flag “%1” is defined twice").arg(flag.name));
        names.insert(flag.name);
        const QString kind = text(o, "rule");
        if (kind == QLatin1String("item_at_least") || kind == QLatin1String("item_missing")) {
            flag.kind =
                kind == QLatin1String("item_missing") ? FlagRule::Kind::ItemMissing : FlagRule::Kind::ItemAtLeast;
            flag.groups.push_back(
                {itemIndexes(instrument, QJsonArray{o.value(QLatin1String("item"))}, where, check), 1});
            if (flag.kind == FlagRule::Kind::ItemAtLeast)
                flag.threshold = integer(o.value(QLatin1String("value"))).value_or(-1);
        } else if (kind == QLatin1String("endorsed_in_groups")) {
            flag.kind = FlagRule::Kind::EndorsedInGroups;
            flag.threshold = integer(o.value(QLatin1String("threshold"))).value_or(-1);
            const QJsonArray groups = o.value(QLatin1String("groups")).toArray();
            check.require(!groups.isEmpty(), InstrumentLibrary::tr("%1 has no groups").arg(where));
            for (const QJsonValue &g : groups) {
                FlagRule::Group group;
                group.items =
                    itemIndexes(instrument, g.toObject().value(QLatin1String("items")).toArray(), where, check);
                group.min = integer(g.toObject().value(QLatin1String("min"))).value_or(0);
                check.require(
                    group.min >= 1 && group.min <= static_cast<int>(group.items.size()),
                    InstrumentLibrary::tr("%1 has a group whose min is not between 1 and its item count").arg(where));
                flag.groups.push_back(std::move(group));
            }
        } else {
            check.require(false, InstrumentLibrary::tr("%1 has an unknown rule “%2”").arg(where, kind));
            continue;
        }
        if (flag.kind != FlagRule::Kind::ItemMissing) {
            // A threshold no answer reaches, or one every answer reaches, makes a flag that cannot mean anything.
            for (const auto &group : flag.groups) {
                for (int index : group.items) {
                    const auto &options = instrument.items[static_cast<size_t>(index)].options;
                    check.require(!options.empty() && flag.threshold > options.front().score &&
                                      flag.threshold <= options.back().score,
                                  InstrumentLibrary::tr("%1 has a threshold outside the scores of item “%2”")
                                      .arg(where, instrument.items[static_cast<size_t>(index)].id));
                }
            }
        }
        instrument.flags.push_back(std::move(flag));
    }
}

} // namespace

bool InstrumentLibrary::isValidLoinc(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{1,7})-([0-9])$"));
    const auto match = re.match(code);
    if (!match.hasMatch())
        return false;
    // LOINC's mod-10 check digit: double every other digit from the right, starting with the rightmost.
    const QString digits = match.captured(1);
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        int d = digits.at(digits.size() - 1 - i).digitValue();
        if (i % 2 == 0) {
            d *= 2;
            d = d / 10 + d % 10;
        }
        sum += d;
    }
    return (10 - sum % 10) % 10 == match.captured(2).toInt();
}

Result<Instrument> InstrumentLibrary::parse(const QByteArray &json, const QString &origin)
{
    Checker check(origin);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!check.require(parseError.error == QJsonParseError::NoError && doc.isObject(),
                       InstrumentLibrary::tr("it is not a JSON object (%1)").arg(parseError.errorString())))
        return check.error();
    const QJsonObject root = doc.object();

    Instrument instrument;
    instrument.id = text(root, "id");
    instrument.name = text(root, "name");
    instrument.shortName = text(root, "shortName");
    instrument.version = text(root, "version");
    instrument.panelLoinc = text(root, "panelLoinc");
    instrument.totalLoinc = text(root, "totalLoinc");
    instrument.source = text(root, "source");
    instrument.licence = text(root, "licence");
    instrument.preamble = text(root, "preamble");

    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9]*$"));
    check.require(idPattern.match(instrument.id).hasMatch(),
                  InstrumentLibrary::tr("its id “%1” is not lower-case letters and digits").arg(instrument.id));
    check.require(!instrument.name.isEmpty() && !instrument.shortName.isEmpty(),
                  InstrumentLibrary::tr("it has no name or short name"));
    check.require(!instrument.source.isEmpty(), InstrumentLibrary::tr("it cites no source"));
    check.require(!instrument.licence.isEmpty(), InstrumentLibrary::tr("it states no licence"));
    check.require(isValidLoinc(instrument.panelLoinc),
                  InstrumentLibrary::tr("its panel LOINC code “%1” is invalid").arg(instrument.panelLoinc));
    check.require(instrument.totalLoinc.isEmpty() || isValidLoinc(instrument.totalLoinc),
                  InstrumentLibrary::tr("its total LOINC code “%1” is invalid").arg(instrument.totalLoinc));

    parseItems(root, instrument, check);
    if (check.ok())
        parseScoring(root.value(QLatin1String("scoring")).toObject(), instrument, check);
    if (!check.ok())
        return check.error();
    return instrument;
}

Result<InstrumentLibrary> InstrumentLibrary::load(const QStringList &files)
{
    InstrumentLibrary library;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Io, InstrumentLibrary::tr("Cannot read the instrument definition %1.").arg(path),
                         file.errorString()};
        auto instrument = parse(file.readAll(), path);
        if (!instrument.ok())
            return instrument.error();
        if (library.find(instrument->id))
            return Error{ErrorCode::Corrupt,
                         InstrumentLibrary::tr("The instrument “%1” is defined twice.").arg(instrument->id), path};
        library.m_instruments.push_back(std::move(instrument).value());
    }
    return library;
}

} // namespace novamind
