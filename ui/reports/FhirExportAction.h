#pragma once
// FhirExportAction: "Export as FHIR R4…" — asks for a .json file, writes the open patient there as an audited Bundle.

#include "models/Result.h"

#include <QAction>

namespace novamind {

struct Session;

class FhirExportAction : public QAction
{
    Q_OBJECT
public:
    explicit FhirExportAction(QObject *parent = nullptr);

    // The patient the action exports; enabled only with a patient open and a role that sees clinical content (the
    // same rule as the workspace's report actions). Null session or empty id: disabled.
    void setPatient(const Session *session, const QString &patientId);

    // Without the dialog, for tests and scripted use: the export the menu runs once a file is chosen.
    Status exportTo(const QString &path);

Q_SIGNALS:
    // One sentence the user can act on (no PHI).
    void errorOccurred(const QString &message);
    // The Bundle is on disk and the export is in the audit trail.
    void exported(const QString &path);

private:
    void askAndExport();

    const Session *m_session = nullptr;
    QString m_patientId;
};

} // namespace novamind
