#include "ui/patients/PatientOverview.h"

#include "models/patient/PatientRecordRows.h"
#include "models/patient/RecordTableModel.h"
#include "storage/Session.h"
#include "storage/UnitOfWork.h"
#include "ui/ClinicalStyle.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace novamind {

namespace {

const QString kMask = QStringLiteral("•••");

// Current rows (active medication, active diagnosis, valid relationship) in bold.
class ActiveRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(RecordTableModel::ActiveRole).toBool())
            option->font.setBold(true);
        else
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
};

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

int ageOn(const QDate &born, const QDate &today)
{
    int age = today.year() - born.year();
    if (today.month() < born.month() || (today.month() == born.month() && today.day() < born.day()))
        --age;
    return age;
}

} // namespace

PatientOverview::PatientOverview(QWidget *parent)
    : QWidget(parent)
{
    m_diagnoses = new RecordTableModel(PatientRecordRows::diagnosisHeaders(), this);
    m_medications = new RecordTableModel(PatientRecordRows::medicationHeaders(), this);
    m_treatments = new RecordTableModel(PatientRecordRows::treatmentHeaders(), this);
    m_relationships = new RecordTableModel(PatientRecordRows::relationshipHeaders(), this);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("overviewError"));
    m_error->setAccessibleName(tr("Patient overview error"));
    m_error->setWordWrap(true);
    m_error->setMargin(6);
    m_error->setAutoFillBackground(true);
    m_error->setBackgroundRole(QPalette::AlternateBase);
    m_error->hide();

    m_breakGlass =
        new QLabel(tr("Emergency access (break-glass): you have no care relationship with this patient. This access is "
                      "time-limited, flagged and audited."),
                   this);
    m_breakGlass->setObjectName(QStringLiteral("breakGlassBanner"));
    m_breakGlass->setAccessibleName(tr("Emergency access"));
    m_breakGlass->setWordWrap(true);
    m_breakGlass->setMargin(6);
    m_breakGlass->setAutoFillBackground(true);
    {
        QPalette p = m_breakGlass->palette();
        const QColor warn = style::riskColor(QStringLiteral("high"), p);
        p.setColor(QPalette::Window, warn);
        p.setColor(QPalette::WindowText, style::isDark(p) ? QColor(Qt::black) : QColor(Qt::white));
        m_breakGlass->setPalette(p);
    }
    m_breakGlass->hide();

    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("patientName"));
    m_name->setAccessibleName(tr("Patient name"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont heading = m_name->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.4);
    heading.setBold(true);
    m_name->setFont(heading);

    auto *form = new QFormLayout;
    m_mrn = addValue(form, tr("MRN"), "patientMrn");
    m_birth = addValue(form, tr("Date of birth"), "patientBirthDate");
    m_sex = addValue(form, tr("Sex / gender"), "patientSex");
    m_phone = addValue(form, tr("Phone"), "patientPhone");
    m_email = addValue(form, tr("Email"), "patientEmail");
    m_address = addValue(form, tr("Address"), "patientAddress");

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_name);
    contentLayout->addLayout(form);
    addTable(contentLayout, tr("Diagnoses"), m_diagnoses, "diagnosesTable");
    addTable(contentLayout, tr("Medications"), m_medications, "medicationsTable");
    addTable(contentLayout, tr("Treatments"), m_treatments, "treatmentsTable");
    addTable(contentLayout, tr("Care team"), m_relationships, "relationshipsTable");
    contentLayout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_error);
    layout->addWidget(m_breakGlass);
    layout->addWidget(scroll, 1);

    clear();
}

PatientOverview::~PatientOverview() = default;

QLabel *PatientOverview::addValue(QFormLayout *form, const QString &label, const char *objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(QLatin1String(objectName));
    value->setAccessibleName(label);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(label, value);
    return value;
}

QTableView *PatientOverview::addTable(QVBoxLayout *layout, const QString &title, RecordTableModel *model,
                                      const char *objectName)
{
    auto *heading = new QLabel(title, this);
    QFont f = heading->font();
    f.setBold(true);
    heading->setFont(f);
    auto *table = new QTableView(this);
    table->setObjectName(QLatin1String(objectName));
    table->setAccessibleName(title);
    table->setModel(model);
    table->setItemDelegate(new ActiveRowDelegate(table));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    heading->setBuddy(table);
    layout->addWidget(heading);
    layout->addWidget(table);
    return table;
}

Status PatientOverview::showPatient(const Session &session, const QString &patientId)
{
    clear();
    auto opened =
        UnitOfWork::perform(session, [&](UnitOfWork &uow) { return PatientRepository::open(uow, patientId); });
    if (!opened.ok()) {
        // Admins (and anyone without access) see the repository's reason and nothing of the patient.
        setMasked();
        m_error->setText(opened.error().message);
        m_error->show();
        return opened.error();
    }
    m_record = std::make_unique<PatientRecord>(std::move(opened.value()));
    const Patient &p = m_record->patient;
    const QDateTime now = session.now();
    const QDate today = now.toLocalTime().date();

    m_name->setText(p.displayName());
    m_mrn->setText(p.mrn);
    m_birth->setText(p.birthDate.isValid()
                         ? tr("%1 (age %2)").arg(style::formatDate(p.birthDate)).arg(ageOn(p.birthDate, today))
                         : QStringLiteral("—"));
    m_sex->setText(PatientRecordRows::humanize(orDash(p.sex)) + QStringLiteral(" / ") +
                   PatientRecordRows::humanize(orDash(p.gender)));
    m_phone->setText(orDash(p.contact.phone));
    m_email->setText(orDash(p.contact.email));
    m_address->setText(orDash(p.contact.address));
    m_breakGlass->setVisible(m_record->breakGlass);

    m_diagnoses->setRows(PatientRecordRows::diagnoses(m_record->diagnoses));
    m_medications->setRows(PatientRecordRows::medications(m_record->medications, today));
    m_treatments->setRows(PatientRecordRows::treatments(m_record->treatments));
    m_relationships->setRows(PatientRecordRows::relationships(m_record->relationships, now));
    Q_EMIT recordLoaded();
    return {};
}

void PatientOverview::setMasked()
{
    for (QLabel *l : {m_name, m_mrn, m_birth, m_sex, m_phone, m_email, m_address})
        l->setText(kMask);
}

void PatientOverview::clear()
{
    m_record.reset();
    for (QLabel *l : {m_name, m_mrn, m_birth, m_sex, m_phone, m_email, m_address})
        l->clear();
    m_breakGlass->hide();
    m_error->clear();
    m_error->hide();
    m_diagnoses->clear();
    m_medications->clear();
    m_treatments->clear();
    m_relationships->clear();
}

} // namespace novamind
