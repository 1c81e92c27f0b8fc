#pragma once
// InstrumentLibrary: the structured instruments (loaded from resources/instruments/*.json) and their scoring.

#include "models/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace novamind {

struct AnswerOption
{
    int score = 0;       // the published score value of this answer
    QString label;       // English wording as published
    QString loincAnswer; // LOINC answer code (LA…) where LOINC has one
};

struct InstrumentItem
{
    QString id;    // stable link id, e.g. "phq9_9"
    QString text;  // English item text as published
    QString loinc; // item LOINC code where LOINC has one
    std::vector<AnswerOption> options;

    bool accepts(int score) const;
    QList<int> scores() const; // the accepted score values, ascending
};

struct SeverityBand
{
    int min = 0;  // inclusive
    int max = 0;  // inclusive
    QString name; // published name in lower snake case, e.g. moderately_severe
    QString sex;  // "" = any; "female" / "male" for sex-specific cut-offs
};

// What to do when items are unanswered (the "missing" object of the JSON).
struct MissingRule
{
    enum class Kind
    {
        None,    // no total unless every item is answered
        Prorate, // total = round-half-up(sum of answered × item count / answered count), if few enough are missing
    };
    Kind kind = Kind::None;
    int maxMissing = 0; // Prorate: the most unanswered items that still give a total
    QString source;     // citation of the published rule
};

// A subscale: the sum of some items, reported only when all of them are answered.
struct Subscale
{
    QString name;
    std::vector<int> items; // item indexes, 0-based
};

// A flag raised by answers, whatever the total (e.g. PHQ-9 item 9 ≥ 1, the PCL-5 DSM-5 cluster rule).
struct FlagRule
{
    enum class Kind
    {
        ItemAtLeast,      // groups[0].items[0] answered with a score ≥ threshold
        ItemMissing,      // groups[0].items[0] unanswered
        EndorsedInGroups, // in every group, at least `min` answered items score ≥ threshold
    };
    struct Group
    {
        std::vector<int> items; // item indexes, 0-based
        int min = 1;
    };
    QString name;
    Kind kind = Kind::ItemAtLeast;
    int threshold = 1;
    std::vector<Group> groups;
    QString note; // why the flag matters, for clinicians
};

struct Instrument
{
    QString id;   // phq9, phq2, gad7, audit, auditc, pcl5
    QString name; // "Patient Health Questionnaire-9"
    QString version;
    QString panelLoinc;
    QString totalLoinc;
    QString source; // citation of the published scoring rules
    std::vector<InstrumentItem> items;
    std::vector<SeverityBand> bands;
    int maxTotal() const;

    QString shortName; // "PHQ-9"
    QString licence;
    QString preamble; // the stem shown above the items
    MissingRule missing;
    std::vector<Subscale> subscales;
    std::vector<FlagRule> flags;

    int minTotal() const;
    bool hasSexSpecificBands() const;
    int itemIndex(const QString &itemId) const; // -1 if absent
};

struct ScoreResult
{
    QString instrument;
    std::optional<int> total; // absent when answers are missing and the rules do not allow prorating
    QString band;             // "" when there is no total
    QStringList flags;        // e.g. suicide_risk, provisional_ptsd
    bool complete = false;    // every item answered
    QMap<QString, int> subscales;
};

class InstrumentLibrary
{
    Q_DECLARE_TR_FUNCTIONS(InstrumentLibrary)
public:
    InstrumentLibrary() = default;

    // The instruments shipped in the app's resources (:/instruments/*.json).
    static const InstrumentLibrary &builtin();

    // Loads and validates instrument definitions (JSON files); any invalid file fails the whole load.
    static Result<InstrumentLibrary> load(const QStringList &files);
    // Parses and validates one instrument definition; `origin` names it in error messages.
    static Result<Instrument> parse(const QByteArray &json, const QString &origin);

    QStringList ids() const;
    const Instrument *find(const QString &id) const;

    // Scores answers given as published item score values, in item order; std::nullopt = unanswered.
    // Wrong count or an out-of-range value is a Usage error whose message names the item.
    // `sex` ("female"/"male"/"") selects sex-specific cut-offs where the instrument has them.
    Result<ScoreResult> score(const QString &instrumentId, const std::vector<std::optional<int>> &answers,
                              const QString &sex = {}) const;

    // As score(), from text as typed on a command line: "-" = unanswered; anything but an integer is an error
    // naming the item.
    Result<ScoreResult> scoreText(const QString &instrumentId, const QStringList &answers,
                                  const QString &sex = {}) const;

    // A well-formed LOINC code ("44261-6") whose mod-10 check digit is right.
    static bool isValidLoinc(const QString &code);

private:
    Result<const Instrument *> lookup(const QString &instrumentId) const;
    static Error answerError(const Instrument &instrument, int index, const QString &got);

    std::vector<Instrument> m_instruments;
};

} // namespace novamind
