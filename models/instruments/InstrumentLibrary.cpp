#include "models/instruments/InstrumentLibrary.h"

#include <QDir>
#include <QRegularExpression>
#include <QtGlobal>
#include <algorithm>

namespace novamind {

namespace {

const QString kFemale = QStringLiteral("female");
const QString kMale = QStringLiteral("male");

// The item text, shortened on a word boundary so that an error message stays one readable sentence.
QString shortText(const QString &text)
{
    constexpr qsizetype limit = 80;
    if (text.size() <= limit)
        return text;
    qsizetype cut = text.lastIndexOf(QLatin1Char(' '), limit);
    if (cut <= 0)
        cut = limit;
    QString s = text.left(cut);
    while (!s.isEmpty() && (s.back() == QLatin1Char(',') || s.back() == QLatin1Char(' ')))
        s.chop(1);
    return s + QStringLiteral("…");
}

QString joinScores(const QList<int> &scores)
{
    QStringList parts;
    for (int s : scores)
        parts << QString::number(s);
    return parts.join(QStringLiteral(", "));
}

} // namespace

bool InstrumentItem::accepts(int score) const
{
    return std::any_of(options.begin(), options.end(), [score](const auto &o) { return o.score == score; });
}

QList<int> InstrumentItem::scores() const
{
    QList<int> list;
    for (const auto &o : options)
        list << o.score;
    std::sort(list.begin(), list.end());
    return list;
}

int Instrument::maxTotal() const
{
    int total = 0;
    for (const auto &item : items) {
        const auto it = std::max_element(item.options.begin(), item.options.end(),
                                         [](const auto &a, const auto &b) { return a.score < b.score; });
        total += it == item.options.end() ? 0 : it->score;
    }
    return total;
}

int Instrument::minTotal() const
{
    int total = 0;
    for (const auto &item : items) {
        const auto it = std::min_element(item.options.begin(), item.options.end(),
                                         [](const auto &a, const auto &b) { return a.score < b.score; });
        total += it == item.options.end() ? 0 : it->score;
    }
    return total;
}

bool Instrument::hasSexSpecificBands() const
{
    return std::any_of(bands.begin(), bands.end(), [](const auto &b) { return !b.sex.isEmpty(); });
}

int Instrument::itemIndex(const QString &itemId) const
{
    for (size_t i = 0; i < items.size(); ++i) {
        if (items[i].id == itemId)
            return static_cast<int>(i);
    }
    return -1;
}

const InstrumentLibrary &InstrumentLibrary::builtin()
{
    static const InstrumentLibrary library = [] {
        const QDir dir(QStringLiteral(":/instruments"));
        QStringList files;
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            files << dir.filePath(name);
        auto loaded = load(files);
        if (!loaded.ok()) {
            // Shipped data is checked by test_instruments; reaching this is a build defect.
            qCritical("%s", qPrintable(loaded.error().message));
            Q_ASSERT_X(false, "InstrumentLibrary::builtin", "invalid built-in instrument definition");
            return InstrumentLibrary{};
        }
        return std::move(loaded).value();
    }();
    return library;
}

QStringList InstrumentLibrary::ids() const
{
    QStringList list;
    for (const auto &instrument : m_instruments)
        list << instrument.id;
    return list;
}

const Instrument *InstrumentLibrary::find(const QString &id) const
{
    for (const auto &instrument : m_instruments) {
        if (instrument.id == id)
            return &instrument;
    }
    return nullptr;
}

Result<const Instrument *> InstrumentLibrary::lookup(const QString &instrumentId) const
{
    if (const Instrument *instrument = find(instrumentId))
        return instrument;
    return Error{ErrorCode::Usage,
                 tr("Unknown instrument “%1”: use one of %2.").arg(instrumentId, ids().join(QStringLiteral(", ")))};
}

Error InstrumentLibrary::answerError(const Instrument &instrument, int index, const QString &got)
{
    const InstrumentItem &item = instrument.items[static_cast<size_t>(index)];
    return Error{ErrorCode::Usage, tr("Answer %1 (item %1, “%2”) must be one of %3; got %4.")
                                       .arg(index + 1)
                                       .arg(shortText(item.text), joinScores(item.scores()), got)};
}

Result<ScoreResult> InstrumentLibrary::score(const QString &instrumentId,
                                             const std::vector<std::optional<int>> &answers, const QString &sex) const
{
    const auto found = lookup(instrumentId);
    if (!found.ok())
        return found.error();
    const Instrument &instrument = *found.value();

    if (!sex.isEmpty() && sex != kFemale && sex != kMale)
        return Error{ErrorCode::Usage, tr("Unknown sex “%1”: use female or male.").arg(sex)};
    if (sex.isEmpty() && instrument.hasSexSpecificBands())
        return Error{
            ErrorCode::Usage,
            tr("%1 cut-offs differ by sex: give the patient's sex (female or male).").arg(instrument.shortName)};

    const auto itemCount = static_cast<int>(instrument.items.size());
    const auto answerCount = static_cast<int>(answers.size());
    if (answerCount != itemCount) {
        const QString message =
            answerCount == 1 ? tr("%1 has %2 items; got %3 answer.") : tr("%1 has %2 items; got %3 answers.");
        return Error{ErrorCode::Usage, message.arg(instrument.shortName).arg(itemCount).arg(answerCount)};
    }

    int sum = 0;
    int answered = 0;
    for (int i = 0; i < itemCount; ++i) {
        const auto &answer = answers[static_cast<size_t>(i)];
        if (!answer)
            continue;
        if (!instrument.items[static_cast<size_t>(i)].accepts(*answer))
            return answerError(instrument, i, QString::number(*answer));
        sum += *answer;
        ++answered;
    }

    ScoreResult result;
    result.instrument = instrument.id;
    result.complete = answered == itemCount;
    const int missing = itemCount - answered;
    if (result.complete) {
        result.total = sum;
    } else if (instrument.missing.kind == MissingRule::Kind::Prorate && missing <= instrument.missing.maxMissing &&
               answered > 0) {
        // sum × n / answered, rounded half up, in integers.
        result.total = (2 * sum * itemCount + answered) / (2 * answered);
    }

    if (result.total) {
        const bool bySex = instrument.hasSexSpecificBands();
        for (const auto &band : instrument.bands) {
            if ((bySex ? band.sex == sex : band.sex.isEmpty()) && *result.total >= band.min &&
                *result.total <= band.max) {
                result.band = band.name;
                break;
            }
        }
    }

    const auto value = [&](int index) { return answers[static_cast<size_t>(index)]; };
    for (const auto &flag : instrument.flags) {
        bool raised = false;
        switch (flag.kind) {
        case FlagRule::Kind::ItemMissing:
            raised = !value(flag.groups.front().items.front()).has_value();
            break;
        case FlagRule::Kind::ItemAtLeast:
        case FlagRule::Kind::EndorsedInGroups:
            // Counting only answered items: a rule met without the missing ones is met whatever they would have been.
            raised = std::all_of(flag.groups.begin(), flag.groups.end(), [&](const FlagRule::Group &group) {
                const auto endorsed = std::count_if(group.items.begin(), group.items.end(), [&](int index) {
                    return value(index).value_or(-1) >= flag.threshold;
                });
                return endorsed >= group.min;
            });
            break;
        }
        if (raised)
            result.flags << flag.name;
    }

    for (const auto &subscale : instrument.subscales) {
        int subtotal = 0;
        bool all = true;
        for (int index : subscale.items) {
            all = all && value(index).has_value();
            subtotal += value(index).value_or(0);
        }
        if (all)
            result.subscales.insert(subscale.name, subtotal);
    }
    return result;
}

Result<ScoreResult> InstrumentLibrary::scoreText(const QString &instrumentId, const QStringList &answers,
                                                 const QString &sex) const
{
    const auto found = lookup(instrumentId);
    if (!found.ok())
        return found.error();
    const Instrument &instrument = *found.value();

    // A wrong count is the first problem to report: with it, every answer after the gap is misplaced.
    std::vector<std::optional<int>> values(static_cast<size_t>(answers.size()));
    if (values.size() != instrument.items.size())
        return score(instrumentId, values, sex);

    static const QRegularExpression integer(QStringLiteral("^[+-]?[0-9]{1,6}$"));
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const QString &answer = answers.at(i);
        if (integer.match(answer).hasMatch())
            values[static_cast<size_t>(i)] = answer.toInt();
        else if (answer != QLatin1String("-"))
            return answerError(instrument, static_cast<int>(i), tr("“%1”").arg(answer));
    }
    return score(instrumentId, values, sex);
}

} // namespace novamind
