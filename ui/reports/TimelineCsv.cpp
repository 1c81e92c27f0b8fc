#include "ui/reports/TimelineCsv.h"

#include "storage/ClinicalRepository.h"
#include "storage/Session.h"
#include "storage/UnitOfWork.h"

#include <QDateTime>

namespace novamind {

QString TimelineCsv::field(const QString &text)
{
    QString out = text;
    if (!out.isEmpty()) {
        const QChar c = out.front();
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
            c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            out.prepend(QLatin1Char('\''));
    }
    if (out.contains(QLatin1Char(',')) || out.contains(QLatin1Char('"')) || out.contains(QLatin1Char('\n')) ||
        out.contains(QLatin1Char('\r'))) {
        out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        out = QLatin1Char('"') + out + QLatin1Char('"');
    }
    return out;
}

QString TimelineCsv::row(const QStringList &fields)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString &f : fields)
        cells << field(f);
    return cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QByteArray TimelineCsv::format(const TwinStateColumns &columns)
{
    QStringList header{QStringLiteral("timestamp")};
    for (const QString &key : columns.keys)
        header << key;
    header << QStringLiteral("risk_level");
    QString out = row(header);

    const auto &levels = TwinStateColumns::riskLevelNames();
    for (size_t i = 0; i < columns.size(); ++i) {
        out += field(QDateTime::fromMSecsSinceEpoch(columns.ts[i], Qt::UTC).toString(Qt::ISODateWithMs));
        // Numbers bypass field(): QString::number writes only digits, sign, point and exponent, which no spreadsheet
        // runs as a formula, and a ' would turn -0.5 into text. 'g' with 10 digits, never the locale's separators.
        for (const auto &values : columns.values)
            out += QLatin1Char(',') + QString::number(values[i], 'g', 10);
        const int level = i < columns.riskLevel.size() ? columns.riskLevel[i] : -1;
        out +=
            QLatin1Char(',') + field(level >= 0 && size_t(level) < levels.size() ? levels[size_t(level)] : QString());
        out += QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

Status TimelineCsv::exportPatient(const Session &session, const QString &patientId, const QString &path)
{
    auto uow = UnitOfWork::begin(session);
    if (!uow.ok())
        return uow.error();
    auto columns = ClinicalRepository::timelineSeries(uow.value(), patientId);
    if (!columns.ok())
        return columns.error();
    NM_TRY(uow->auditFor(patientId, QStringLiteral("export"), QStringLiteral("twin_state"), patientId));
    return uow->commitWithFile(path, format(columns.value()));
}

} // namespace novamind
