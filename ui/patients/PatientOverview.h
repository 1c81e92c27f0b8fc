#pragma once
// PatientOverview: one patient's demographics, diagnoses, medications, treatments and care relationships.

#include "models/Result.h"
#include "storage/PatientRepository.h"

#include <QWidget>
#include <memory>

class QFormLayout;
class QLabel;
class QTableView;
class QVBoxLayout;

namespace novamind {

class RecordTableModel;
struct Session;

class PatientOverview : public QWidget
{
    Q_OBJECT
public:
    explicit PatientOverview(QWidget *parent = nullptr);
    ~PatientOverview() override;

    // Opens the patient through PatientRepository::open (audited). On failure the screen shows no PHI and the
    // repository's error comes back unchanged (NotFound: no relationship — the caller may offer break-glass).
    Status showPatient(const Session &session, const QString &patientId);
    // Drops all PHI: labels, models and the record. Keeps no session.
    void clear();

    // The last loaded record (for other screens, so they need no second audited open); null after clear().
    const PatientRecord *record() const { return m_record.get(); }

    RecordTableModel *diagnosesModel() const { return m_diagnoses; }
    RecordTableModel *medicationsModel() const { return m_medications; }
    RecordTableModel *treatmentsModel() const { return m_treatments; }
    RecordTableModel *relationshipsModel() const { return m_relationships; }

Q_SIGNALS:
    void recordLoaded();

private:
    QLabel *addValue(QFormLayout *form, const QString &label, const char *objectName);
    QTableView *addTable(QVBoxLayout *layout, const QString &title, RecordTableModel *model, const char *objectName);
    void setMasked();

    std::unique_ptr<PatientRecord> m_record;

    QLabel *m_name = nullptr;
    QLabel *m_mrn = nullptr;
    QLabel *m_birth = nullptr;
    QLabel *m_sex = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_email = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_breakGlass = nullptr;
    QLabel *m_error = nullptr;

    RecordTableModel *m_diagnoses = nullptr;
    RecordTableModel *m_medications = nullptr;
    RecordTableModel *m_treatments = nullptr;
    RecordTableModel *m_relationships = nullptr;
};

} // namespace novamind
