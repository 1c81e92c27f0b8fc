#include "ScoreCommand.h"

#include "models/instruments/InstrumentLibrary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace novamind {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitUsage = 2;

// The translation context of the command's messages.
struct ScoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScoreCommand)
};

// One JSON value in compact form (QJsonDocument only serialises objects and arrays).
QByteArray compact(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

// The keys in the order of the command-line contract, which QJsonObject (sorted keys) cannot keep.
QByteArray resultJson(const ScoreResult &result)
{
    QJsonArray flags;
    for (const QString &flag : result.flags)
        flags.append(flag);
    QJsonObject subscales;
    for (auto it = result.subscales.cbegin(); it != result.subscales.cend(); ++it)
        subscales.insert(it.key(), it.value());
    const QJsonValue total = result.total ? QJsonValue(*result.total) : QJsonValue(QJsonValue::Null);

    QByteArray json = "{";
    json += "\"instrument\":" + compact(result.instrument);
    json += ",\"total\":" + compact(total);
    json += ",\"band\":" + compact(result.band);
    json += ",\"flags\":" + compact(flags);
    json += ",\"complete\":" + compact(result.complete);
    json += ",\"subscales\":" + compact(subscales);
    json += "}";
    return json;
}

int usage(QTextStream &err, const QString &sentence)
{
    err << sentence << Qt::endl;
    return kExitUsage;
}

} // namespace

int runScoreCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const InstrumentLibrary &library = InstrumentLibrary::builtin();
    const QString known = library.ids().join(QStringLiteral(", "));

    QStringList positional;
    QString sex;
    bool sexGiven = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--sex") || arg.startsWith(QLatin1String("--sex="))) {
            if (arg == QLatin1String("--sex")) {
                if (i + 1 >= args.size())
                    return usage(err, ScoreCommand::tr("--sex needs a value: female or male."));
                sex = args.at(++i);
            } else {
                sex = arg.mid(6);
            }
            if (sex != QLatin1String("female") && sex != QLatin1String("male"))
                return usage(err, ScoreCommand::tr("Unknown sex “%1”: use --sex female or --sex male.").arg(sex));
            sexGiven = true;
        } else if (arg.startsWith(QLatin1String("--"))) {
            return usage(
                err, ScoreCommand::tr("Unknown option “%1” for score: only --sex female|male is accepted.").arg(arg));
        } else {
            positional << arg;
        }
    }

    if (positional.isEmpty())
        return usage(
            err, ScoreCommand::tr("Name the instrument to score and give its answers: "
                                  "novamindctl score INSTRUMENT ANSWER... [--sex female|male], INSTRUMENT one of %1.")
                     .arg(known));
    const QString id = positional.takeFirst();
    const Instrument *instrument = library.find(id);
    if (!instrument)
        return usage(err, ScoreCommand::tr("Unknown instrument “%1”: use one of %2.").arg(id, known));
    // AUDIT-C has no published cut-off that holds for both sexes (Bradley et al. 2007): ask rather than guess.
    if (instrument->hasSexSpecificBands() && !sexGiven)
        return usage(
            err,
            ScoreCommand::tr("%1 cut-offs depend on sex: add --sex female or --sex male.").arg(instrument->shortName));

    const auto result = library.scoreText(id, positional, sex);
    if (!result.ok())
        return usage(err, result.error().message);
    out << QString::fromUtf8(resultJson(result.value())) << Qt::endl;
    return kExitOk;
}

} // namespace novamind
