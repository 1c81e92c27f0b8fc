#include "ui/assessments/AssessmentsPanel.h"

#include "models/instruments/InstrumentAllowList.h"
#include "models/instruments/InstrumentLibrary.h"
#include "storage/AssessmentRepository.h"
#include "storage/Session.h"
#include "storage/UnitOfWork.h"
#include "ui/ClinicalStyle.h"
#include "ui/assessments/AssessmentForm.h"
#include "ui/assessments/AssessmentHistoryView.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace novamind {

namespace {

const int kIdRole = Qt::UserRole + 1;

} // namespace

AssessmentsPanel::AssessmentsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("assessmentsPanel"));
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("assessmentsStack"));

    // Overview page: history on the left, drafts and "new" on the right.
    m_overview = new QWidget(m_stack);
    m_history = new AssessmentHistoryView(m_overview);

    auto *side = new QWidget(m_overview);
    m_newButton = new QPushButton(tr("&New assessment…"), side);
    m_newButton->setObjectName(QStringLiteral("newAssessmentButton"));
    m_newButton->setAccessibleName(tr("New assessment"));
    connect(m_newButton, &QPushButton::clicked, this, [this] { startNewAssessment(); });

    m_chooser = new QFrame(side);
    m_chooser->setObjectName(QStringLiteral("instrumentChooser"));
    m_chooser->setFrameShape(QFrame::StyledPanel);
    auto *chooserLabel = new QLabel(tr("Choose the instrument:"), m_chooser);
    m_chooserList = new QListWidget(m_chooser);
    m_chooserList->setObjectName(QStringLiteral("instrumentChooserList"));
    m_chooserList->setAccessibleName(tr("Instruments"));
    chooserLabel->setBuddy(m_chooserList);
    rebuildChooser();
    m_chooserStart = new QPushButton(tr("Start"), m_chooser);
    m_chooserStart->setObjectName(QStringLiteral("instrumentChooserStart"));
    m_chooserStart->setAccessibleName(tr("Start the chosen assessment"));
    auto *chooserCancel = new QPushButton(tr("Cancel"), m_chooser);
    chooserCancel->setObjectName(QStringLiteral("instrumentChooserCancel"));
    chooserCancel->setAccessibleName(tr("Cancel choosing an instrument"));
    auto startChosen = [this] {
        if (QListWidgetItem *item = m_chooserList->currentItem())
            startNewAssessment(item->data(kIdRole).toString());
    };
    connect(m_chooserStart, &QPushButton::clicked, this, startChosen);
    connect(m_chooserList, &QListWidget::itemActivated, this, startChosen);
    connect(chooserCancel, &QPushButton::clicked, this, [this] {
        m_chooser->hide();
        m_newButton->setFocus();
    });
    auto *chooserLayout = new QVBoxLayout(m_chooser);
    chooserLayout->addWidget(chooserLabel);
    chooserLayout->addWidget(m_chooserList);
    auto *chooserButtons = new QHBoxLayout;
    chooserButtons->addStretch(1);
    chooserButtons->addWidget(chooserCancel);
    chooserButtons->addWidget(m_chooserStart);
    chooserLayout->addLayout(chooserButtons);
    m_chooser->hide();

    auto *draftsLabel = new QLabel(tr("&Drafts:"), side);
    m_drafts = new QListWidget(side);
    m_drafts->setObjectName(QStringLiteral("draftsList"));
    m_drafts->setAccessibleName(tr("Your unsigned drafts for this patient"));
    draftsLabel->setBuddy(m_drafts);
    m_openDraftButton = new QPushButton(tr("&Open draft"), side);
    m_openDraftButton->setObjectName(QStringLiteral("openDraftButton"));
    m_openDraftButton->setAccessibleName(tr("Open the selected draft"));
    connect(m_openDraftButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_drafts->currentItem())
            openDraft(item->data(kIdRole).toString());
    });
    connect(m_drafts, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openDraft(item->data(kIdRole).toString()); });
    // Deleting asks twice, inline: the first click arms the button, the second deletes.
    m_deleteDraftButton = new QPushButton(tr("De&lete draft"), side);
    m_deleteDraftButton->setObjectName(QStringLiteral("deleteDraftButton"));
    m_deleteDraftButton->setAccessibleName(tr("Delete the selected draft"));
    connect(m_deleteDraftButton, &QPushButton::clicked, this, &AssessmentsPanel::deleteSelectedDraft);
    connect(m_drafts, &QListWidget::currentRowChanged, this, [this](int row) {
        m_openDraftButton->setEnabled(row >= 0);
        disarmDelete();
    });

    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_newButton);
    sideLayout->addWidget(m_chooser);
    sideLayout->addWidget(draftsLabel);
    sideLayout->addWidget(m_drafts, 1);
    sideLayout->addWidget(m_openDraftButton);
    sideLayout->addWidget(m_deleteDraftButton);

    m_error = new QLabel(m_overview);
    m_error->setObjectName(QStringLiteral("assessmentsError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *splitter = new QSplitter(Qt::Horizontal, m_overview);
    splitter->addWidget(m_history);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *overviewLayout = new QVBoxLayout(m_overview);
    overviewLayout->addWidget(m_error);
    overviewLayout->addWidget(splitter, 1);

    m_form = new AssessmentForm(m_stack);
    connect(m_form, &AssessmentForm::assessmentSigned, this, [this](const QString &id) {
        const QString instrument = m_form->instrumentId();
        closeForm();
        if (m_session) {
            auto loaded = m_history->load(*m_session, m_patientId, instrument);
            if (!loaded.ok())
                reportError(loaded.error().message);
            auto drafts = reloadDrafts();
            if (!drafts.ok())
                reportError(drafts.error().message);
        }
        Q_EMIT assessmentSigned(id);
    });
    connect(m_form, &AssessmentForm::draftSaved, this, [this](const QString &id) {
        auto drafts = reloadDrafts();
        if (!drafts.ok())
            reportError(drafts.error().message);
        Q_EMIT draftSaved(id);
    });
    connect(m_form, &AssessmentForm::discarded, this, [this] { closeForm(); });
    connect(m_form, &AssessmentForm::errorOccurred, this, &AssessmentsPanel::errorOccurred);

    m_stack->addWidget(m_overview);
    m_stack->addWidget(m_form);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    clear();
}

Status AssessmentsPanel::showPatient(const Session &session, const QString &patientId)
{
    const QString sex = m_patientSex; // setPatientSex() may come before or after showPatient()
    clear();
    m_session = &session;
    m_patientId = patientId;
    m_patientSex = sex;
    m_history->setPatientSex(sex);
    auto loaded = m_history->load(session, patientId);
    if (!loaded.ok()) {
        clear();
        return loaded;
    }
    auto drafts = reloadDrafts();
    if (!drafts.ok()) {
        clear();
        return drafts;
    }
    updateNewButton();
    return {};
}

void AssessmentsPanel::setAllowedInstruments(const QStringList &instrumentIds)
{
    m_allowed = instrumentIds;
    rebuildChooser();
    updateNewButton();
    if (const Status drafts = reloadDrafts(); !drafts.ok())
        reportError(drafts.error().message);
}

bool AssessmentsPanel::isOffered(const QString &instrumentId) const
{
    return instrumentAllowed(m_allowed, instrumentId);
}

QStringList AssessmentsPanel::offeredInstruments() const
{
    QStringList offered;
    for (const QString &id : InstrumentLibrary::builtin().ids()) {
        if (isOffered(id))
            offered << id;
    }
    return offered;
}

void AssessmentsPanel::rebuildChooser()
{
    m_chooserList->clear();
    for (const QString &id : offeredInstruments()) {
        const Instrument *instrument = InstrumentLibrary::builtin().find(id);
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(instrument->shortName, instrument->name), m_chooserList);
        item->setData(kIdRole, id);
    }
    if (m_chooserList->count() == 0)
        m_chooser->hide();
}

void AssessmentsPanel::updateNewButton()
{
    const bool offered = canStartNew();
    m_newButton->setEnabled(m_session && offered);
    m_newButton->setToolTip(offered ? QString()
                                    : tr("Your organisation allows no assessment instruments for new assessments "
                                         "on this device."));
}

void AssessmentsPanel::clear()
{
    m_form->clear();
    m_history->clear();
    m_drafts->clear();
    m_chooser->hide();
    m_error->clear();
    m_error->hide();
    m_stack->setCurrentWidget(m_overview);
    m_session = nullptr;
    m_patientId.clear();
    m_patientSex.clear();
    updateNewButton();
    m_openDraftButton->setEnabled(false);
    disarmDelete();
}

void AssessmentsPanel::setPatientSex(const QString &sex)
{
    m_patientSex = sex;
    m_history->setPatientSex(sex);
    m_form->setPatientSex(sex);
}

bool AssessmentsPanel::isFormOpen() const
{
    return m_stack->currentWidget() == m_form;
}

void AssessmentsPanel::startNewAssessment(const QString &instrumentId)
{
    if (!m_session)
        return;
    if (instrumentId.isEmpty()) {
        if (m_chooserList->count() == 0) {
            reportError(m_newButton->toolTip());
            return;
        }
        // Ask inline; PHQ-9 is what most clinicians start with.
        m_chooser->show();
        for (int row = 0; row < m_chooserList->count(); ++row) {
            if (m_chooserList->item(row)->data(kIdRole).toString() == QLatin1String("phq9"))
                m_chooserList->setCurrentRow(row);
        }
        if (m_chooserList->currentRow() < 0)
            m_chooserList->setCurrentRow(0);
        m_chooserList->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (InstrumentLibrary::builtin().find(instrumentId) && !isOffered(instrumentId)) {
        reportError(tr("Your organisation does not allow new %1 assessments on this device.")
                        .arg(InstrumentLibrary::builtin().find(instrumentId)->shortName));
        return;
    }
    m_form->setContext(m_session, m_patientId);
    m_form->setPatientSex(m_patientSex);
    if (!m_form->startNew(instrumentId)) {
        reportError(tr("There is no instrument called “%1”.").arg(instrumentId));
        return;
    }
    openForm();
}

bool AssessmentsPanel::openDraft(const QString &assessmentId)
{
    if (!m_session)
        return false;
    auto drafts = UnitOfWork::perform(*m_session,
                                      [&](UnitOfWork &uow) { return AssessmentRepository::drafts(uow, m_patientId); });
    if (!drafts.ok()) {
        reportError(drafts.error().message);
        return false;
    }
    for (const Assessment &draft : drafts.value()) {
        if (draft.id != assessmentId)
            continue;
        m_form->setContext(m_session, m_patientId);
        m_form->setPatientSex(m_patientSex);
        if (!m_form->openDraft(draft)) {
            reportError(tr("This draft uses an instrument this version does not have."));
            return false;
        }
        openForm();
        return true;
    }
    reportError(tr("That draft no longer exists."));
    return false;
}

void AssessmentsPanel::openForm()
{
    m_chooser->hide();
    m_error->hide();
    m_stack->setCurrentWidget(m_form);
    m_form->focusItem(0);
}

void AssessmentsPanel::keepUnsavedEntry()
{
    if (!isFormOpen() || !m_session)
        return;
    const auto answers = m_form->answers();
    if (std::any_of(answers.begin(), answers.end(), [](const auto &a) { return a.has_value(); }))
        m_form->saveDraft();
}

void AssessmentsPanel::closeForm()
{
    m_stack->setCurrentWidget(m_overview);
    m_form->clear();
    m_newButton->setFocus(Qt::OtherFocusReason);
}

Status AssessmentsPanel::reloadDrafts()
{
    m_drafts->clear();
    if (!m_session)
        return {};
    auto drafts = UnitOfWork::perform(*m_session,
                                      [&](UnitOfWork &uow) { return AssessmentRepository::drafts(uow, m_patientId); });
    if (!drafts.ok())
        return drafts.error();
    for (const Assessment &draft : drafts.value()) {
        const Instrument *instrument = InstrumentLibrary::builtin().find(draft.instrument);
        const int answered = static_cast<int>(
            std::count_if(draft.answers.begin(), draft.answers.end(), [](const auto &a) { return a.has_value(); }));
        const int items =
            instrument ? static_cast<int>(instrument->items.size()) : static_cast<int>(draft.answers.size());
        auto *item = new QListWidgetItem(
            tr("%1, started %2, %3 of %4 answered")
                .arg(instrument ? instrument->shortName : draft.instrument, style::formatDateTime(draft.startedAt))
                .arg(answered)
                .arg(items),
            m_drafts);
        item->setData(kIdRole, draft.id);
        // Answers already given are kept: the draft can be finished or deleted, only new ones are not offered.
        if (!isOffered(draft.instrument)) {
            item->setText(tr("%1 (no longer offered for new assessments)").arg(item->text()));
            item->setToolTip(tr("Your organisation no longer offers this instrument for new assessments. You can "
                                "still finish and sign this draft, or delete it."));
        }
    }
    m_openDraftButton->setEnabled(m_drafts->currentRow() >= 0);
    disarmDelete();
    return {};
}

void AssessmentsPanel::disarmDelete()
{
    m_deleteArmed = false;
    m_deleteDraftButton->setText(tr("De&lete draft"));
    m_deleteDraftButton->setEnabled(m_drafts->currentRow() >= 0);
}

void AssessmentsPanel::deleteSelectedDraft()
{
    QListWidgetItem *item = m_drafts->currentItem();
    if (!item || !m_session)
        return;
    if (!m_deleteArmed) {
        m_deleteArmed = true;
        m_deleteDraftButton->setText(tr("Click again to delete"));
        return;
    }
    const QString id = item->data(kIdRole).toString();
    const Status deleted =
        UnitOfWork::run(*m_session, [&](UnitOfWork &uow) { return AssessmentRepository::deleteDraft(uow, id); });
    if (!deleted.ok()) {
        reportError(deleted.error().message);
        disarmDelete();
        return;
    }
    if (const Status reloaded = reloadDrafts(); !reloaded.ok())
        reportError(reloaded.error().message);
}

void AssessmentsPanel::reportError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    Q_EMIT errorOccurred(message);
}

} // namespace novamind
