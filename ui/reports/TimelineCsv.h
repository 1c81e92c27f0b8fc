#pragma once
// TimelineCsv: a patient's twin timeline as RFC 4180 CSV (UTF-8, ISO 8601 times, one column per series), audited.

#include "models/Result.h"
#include "models/timeline/TwinStateColumns.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace novamind {

struct Session;

class TimelineCsv
{
    Q_DECLARE_TR_FUNCTIONS(TimelineCsv)
public:
    // Header "timestamp", the dimension keys ("symptom.depression", ...), "risk_level"; then one row per state,
    // CRLF line ends as RFC 4180 asks.
    static QByteArray format(const TwinStateColumns &columns);
    // One field: a leading = + - @ (or tab/CR, which spreadsheets also treat as formula starts) gets a ' so a
    // spreadsheet shows text instead of running it; a field with a comma, quote or line break is quoted.
    static QString field(const QString &text);
    static QString row(const QStringList &fields);

    // Reads every state (audited as a read by the repository, and as an export here, in one transaction) and
    // writes the file at `path` atomically with mode 0600 before the commit (UnitOfWork::commitWithFile): a file
    // that cannot be written leaves no audit entry, and no file exists without one.
    static Status exportPatient(const Session &session, const QString &patientId, const QString &path);
};

} // namespace novamind
