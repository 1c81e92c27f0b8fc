// FhirResponseReader: FHIR QuestionnaireResponses (alone or in a Bundle) back to instrument answers.
#include "models/fhir/FhirResponseReader.h"

#include "models/fhir/FhirCodes.h"
#include "models/instruments/InstrumentLibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace novamind {

namespace {

const QString kResourceType = QStringLiteral("resourceType");

const Instrument *instrumentFor(const InstrumentLibrary &library, const QString &questionnaire)
{
    const QString panel = FhirCodes::panelFromQuestionnaireUrl(questionnaire);
    for (const QString &id : library.ids()) {
        const Instrument *instrument = library.find(id);
        if (!panel.isEmpty() && instrument->panelLoinc == panel)
            return instrument;
        if (FhirCodes::questionnaireUrl(*instrument) == questionnaire.section(QLatin1Char('|'), 0, 0))
            return instrument;
    }
    return nullptr;
}

// The resource a bundle entry's fullUrl names, or an empty object.
QJsonObject resolve(const QJsonObject &bundle, const QString &fullUrl)
{
    const QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
    for (const QJsonValue &e : entries) {
        if (e.toObject().value(QStringLiteral("fullUrl")).toString() == fullUrl)
            return e.toObject().value(QStringLiteral("resource")).toObject();
    }
    return {};
}

} // namespace

Result<std::vector<FhirImportedResponse>> FhirResponseReader::read(const QByteArray &json) const
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error{ErrorCode::Usage, tr("The file is not FHIR JSON; expected a QuestionnaireResponse or a Bundle."),
                     parseError.errorString()};
    const QJsonObject root = doc.object();
    const QString type = root.value(kResourceType).toString();
    std::vector<FhirImportedResponse> out;
    if (type == QLatin1String("QuestionnaireResponse")) {
        auto one = response(root, 1, {});
        if (!one.ok())
            return one.error();
        out.push_back(std::move(one.value()));
        return out;
    }
    if (type != QLatin1String("Bundle"))
        return Error{ErrorCode::Usage,
                     tr("The file holds a FHIR %1; expected a QuestionnaireResponse or a Bundle of them.")
                         .arg(type.isEmpty() ? tr("document without resourceType") : type)};
    const QJsonArray entries = root.value(QStringLiteral("entry")).toArray();
    int position = 0;
    for (const QJsonValue &e : entries) {
        const QJsonObject resource = e.toObject().value(QStringLiteral("resource")).toObject();
        if (resource.value(kResourceType).toString() != QLatin1String("QuestionnaireResponse"))
            continue;
        auto one = response(resource, ++position, root);
        if (!one.ok())
            return one.error();
        out.push_back(std::move(one.value()));
    }
    if (out.empty())
        return Error{ErrorCode::Usage, tr("The bundle holds no QuestionnaireResponse to import.")};
    return out;
}

Result<FhirImportedResponse> FhirResponseReader::response(const QJsonObject &resource, int position,
                                                          const QJsonObject &bundle) const
{
    const QString questionnaire = resource.value(QStringLiteral("questionnaire")).toString();
    const Instrument *instrument = instrumentFor(m_library, questionnaire);
    if (!instrument)
        return Error{ErrorCode::Usage,
                     tr("Questionnaire response %1 answers a questionnaire this app does not support (%2); supported "
                        "are %3.")
                         .arg(position)
                         .arg(questionnaire.isEmpty() ? tr("none named") : questionnaire,
                              m_library.ids().join(QStringLiteral(", ")))};
    const QString status = resource.value(QStringLiteral("status")).toString();
    if (status != QLatin1String("completed") && status != QLatin1String("amended"))
        return Error{ErrorCode::Usage,
                     tr("Questionnaire response %1 is not completed (status “%2”); only completed ones are imported.")
                         .arg(position)
                         .arg(status)};

    FhirImportedResponse out;
    out.instrument = instrument->id;
    const QString subject =
        resource.value(QStringLiteral("subject")).toObject().value(QStringLiteral("reference")).toString();
    if (subject.startsWith(QLatin1String("Patient/"))) {
        out.patientId = subject.mid(8);
    } else if (subject.startsWith(QLatin1String("urn:"))) {
        const QJsonObject patient = resolve(bundle, subject);
        if (patient.value(kResourceType).toString() == QLatin1String("Patient"))
            out.patientId = patient.value(QStringLiteral("id")).toString();
    }
    if (out.patientId.isEmpty())
        return Error{ErrorCode::Usage, tr("Questionnaire response %1 names no patient this app can match; its subject "
                                          "must be Patient/<id> or a Patient entry of the same bundle.")
                                           .arg(position)};
    out.authored = QDateTime::fromString(resource.value(QStringLiteral("authored")).toString(), Qt::ISODateWithMs);

    out.answers.assign(instrument->items.size(), std::nullopt);
    const QJsonArray items = resource.value(QStringLiteral("item")).toArray();
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        const QString linkId = item.value(QStringLiteral("linkId")).toString();
        const int index = instrument->itemIndex(linkId);
        if (index < 0)
            return Error{ErrorCode::Usage, tr("Questionnaire response %1 has an item “%2” that %3 does not have.")
                                               .arg(position)
                                               .arg(linkId, instrument->shortName)};
        const QJsonArray answers = item.value(QStringLiteral("answer")).toArray();
        if (answers.isEmpty())
            continue; // reported as unanswered below
        if (answers.size() > 1 || out.answers[std::size_t(index)])
            return Error{ErrorCode::Usage,
                         tr("Questionnaire response %1 answers item “%2” more than once.").arg(position).arg(linkId)};
        auto score = answerScore(*instrument, index, answers.first().toObject(), position);
        if (!score.ok())
            return score.error();
        out.answers[std::size_t(index)] = score.value();
    }
    for (std::size_t i = 0; i < out.answers.size(); ++i) {
        if (!out.answers[i])
            return Error{ErrorCode::Usage,
                         tr("Questionnaire response %1 leaves item “%2” unanswered; every item is needed to score it.")
                             .arg(position)
                             .arg(instrument->items[i].id)};
    }
    return out;
}

Result<int> FhirResponseReader::answerScore(const Instrument &instrument, int itemIndex, const QJsonObject &answer,
                                            int position) const
{
    const InstrumentItem &item = instrument.items[std::size_t(itemIndex)];
    const Error outOfRange{ErrorCode::Usage,
                           tr("Questionnaire response %1 answers item “%2” with a value %3 does not allow.")
                               .arg(position)
                               .arg(item.id, instrument.shortName)};
    if (answer.contains(QStringLiteral("valueCoding"))) {
        const QJsonObject c = answer.value(QStringLiteral("valueCoding")).toObject();
        const QString code = c.value(QStringLiteral("code")).toString();
        if (c.value(QStringLiteral("system")).toString() != FhirCodes::kLoinc)
            return outOfRange;
        for (const AnswerOption &option : item.options) {
            if (!option.loincAnswer.isEmpty() && option.loincAnswer == code)
                return option.score;
        }
        return outOfRange;
    }
    const QJsonValue integer = answer.value(QStringLiteral("valueInteger"));
    if (integer.isDouble()) {
        const double d = integer.toDouble();
        const int score = int(d);
        if (double(score) != d || !item.accepts(score))
            return outOfRange;
        return score;
    }
    return outOfRange;
}

} // namespace novamind
