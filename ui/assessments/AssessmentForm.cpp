#include "ui/assessments/AssessmentForm.h"

#include "storage/AssessmentRepository.h"
#include "storage/Session.h"
#include "storage/UnitOfWork.h"
#include "ui/ClinicalStyle.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStyle>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace novamind {

namespace {

const char *const kItemIndex = "nmItemIndex";

bool isUsableSex(const QString &sex)
{
    return sex == QLatin1String("female") || sex == QLatin1String("male");
}

// The bands that apply for `sex`, in order of severity: the sex-specific ones where the instrument has them.
std::vector<const SeverityBand *> applicableBands(const Instrument &instrument, const QString &sex)
{
    std::vector<const SeverityBand *> out;
    const bool bySex = instrument.hasSexSpecificBands();
    for (const SeverityBand &band : instrument.bands) {
        if (bySex ? band.sex == sex : band.sex.isEmpty())
            out.push_back(&band);
    }
    return out;
}

QLabel *makeLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AssessmentForm::AssessmentForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("assessmentForm"));
    setAccessibleName(tr("Assessment entry form"));

    m_title = makeLabel(QStringLiteral("formTitle"), this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_preamble = makeLabel(QStringLiteral("formInstructions"), this);
    m_preamble->setWordWrap(true);

    m_sexRow = new QFrame(this);
    m_sexRow->setObjectName(QStringLiteral("cutoffSexRow"));
    auto *sexLayout = new QHBoxLayout(m_sexRow);
    sexLayout->setContentsMargins(0, 0, 0, 0);
    auto *sexLabel =
        new QLabel(tr("The patient record has no sex of female or male; choose the cut-offs to use:"), m_sexRow);
    sexLabel->setWordWrap(true);
    m_sexCombo = new QComboBox(m_sexRow);
    m_sexCombo->setObjectName(QStringLiteral("cutoffSexCombo"));
    m_sexCombo->setAccessibleName(tr("Cut-offs by sex"));
    m_sexCombo->addItem(tr("Choose…"), QString());
    m_sexCombo->addItem(tr("Female cut-offs"), QStringLiteral("female"));
    m_sexCombo->addItem(tr("Male cut-offs"), QStringLiteral("male"));
    sexLabel->setBuddy(m_sexCombo);
    sexLayout->addWidget(sexLabel, 1);
    sexLayout->addWidget(m_sexCombo);
    m_sexRow->hide();
    connect(m_sexCombo, &QComboBox::currentIndexChanged, this, [this] { updateScore(); });

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("itemsScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    // Live score: total, band, answered count and flags, always in view below the items.
    auto *summary = new QFrame(this);
    summary->setObjectName(QStringLiteral("scoreSummary"));
    summary->setFrameShape(QFrame::StyledPanel);
    auto *summaryLayout = new QVBoxLayout(summary);
    auto *scoreRow = new QHBoxLayout;
    m_total = makeLabel(QStringLiteral("totalLabel"), summary);
    m_band = makeLabel(QStringLiteral("bandLabel"), summary);
    m_answered = makeLabel(QStringLiteral("answeredLabel"), summary);
    QFont scoreFont = m_total->font();
    scoreFont.setBold(true);
    scoreFont.setPointSizeF(scoreFont.pointSizeF() * 1.15);
    m_total->setFont(scoreFont);
    m_band->setFont(scoreFont);
    scoreRow->addWidget(m_total);
    scoreRow->addSpacing(16);
    scoreRow->addWidget(m_band);
    scoreRow->addStretch(1);
    scoreRow->addWidget(m_answered);
    summaryLayout->addLayout(scoreRow);
    m_flags = makeLabel(QStringLiteral("flagsLabel"), summary);
    m_flags->setWordWrap(true);
    summaryLayout->addWidget(m_flags);

    m_riskAlert = new QFrame(this);
    m_riskAlert->setObjectName(QStringLiteral("riskAlert"));
    m_riskAlert->setAccessibleName(tr("Suicide risk alert"));
    m_riskAlert->setFrameShape(QFrame::Box);
    m_riskAlert->setLineWidth(2);
    m_riskAlert->setAutoFillBackground(true);
    auto *alertLayout = new QVBoxLayout(m_riskAlert);
    m_riskText = makeLabel(QStringLiteral("riskAlertText"), m_riskAlert);
    m_riskText->setWordWrap(true);
    QFont alertFont = m_riskText->font();
    alertFont.setBold(true);
    alertFont.setPointSizeF(alertFont.pointSizeF() * 1.15);
    m_riskText->setFont(alertFont);
    m_riskAck = new QCheckBox(tr("I have assessed the risk and acted on it"), m_riskAlert);
    m_riskAck->setObjectName(QStringLiteral("riskAcknowledgeCheck"));
    m_riskAck->setAccessibleName(tr("I have assessed the risk and acted on it"));
    m_riskAck->installEventFilter(this);
    alertLayout->addWidget(m_riskText);
    alertLayout->addWidget(m_riskAck);
    m_riskAlert->hide();
    connect(m_riskAck, &QCheckBox::toggled, this, [this] { updateSignEnabled(); });

    m_message = makeLabel(QStringLiteral("formMessage"), this);
    m_message->setWordWrap(true);
    m_message->hide();

    m_discard = new QPushButton(tr("Discard"), this);
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_discard->setAccessibleName(tr("Discard"));
    m_discard->setToolTip(tr("Close the form without saving; drafts saved earlier stay."));
    m_saveDraft = new QPushButton(tr("Save draft"), this);
    m_saveDraft->setObjectName(QStringLiteral("saveDraftButton"));
    m_saveDraft->setAccessibleName(tr("Save draft"));
    m_saveDraft->setToolTip(tr("Keep the answers on this device to finish later."));
    m_sign = new QPushButton(tr("Sign"), this);
    m_sign->setObjectName(QStringLiteral("signButton"));
    m_sign->setAccessibleName(tr("Sign"));
    m_sign->setToolTip(tr("Sign the assessment: it can no longer change and is sent to the server."));
    m_sign->setAutoDefault(true); // Enter on the focused Sign button signs
    connect(m_discard, &QPushButton::clicked, this, &AssessmentForm::discard);
    connect(m_saveDraft, &QPushButton::clicked, this, &AssessmentForm::saveDraft);
    connect(m_sign, &QPushButton::clicked, this, &AssessmentForm::sign);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_discard);
    buttons->addStretch(1);
    buttons->addWidget(m_saveDraft);
    buttons->addWidget(m_sign);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_preamble);
    layout->addWidget(m_sexRow);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_riskAlert);
    layout->addWidget(summary);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    clear();
}

void AssessmentForm::setContext(const Session *session, const QString &patientId)
{
    m_session = session;
    m_patientId = patientId;
    updateSignEnabled();
}

void AssessmentForm::setPatientSex(const QString &sex)
{
    m_patientSex = sex;
    if (m_instrument)
        m_sexRow->setVisible(m_instrument->hasSexSpecificBands() && !isUsableSex(m_patientSex));
    updateScore();
}

QString AssessmentForm::instrumentId() const
{
    return m_instrument ? m_instrument->id : QString();
}

bool AssessmentForm::startNew(const QString &instrumentId)
{
    const Instrument *instrument = InstrumentLibrary::builtin().find(instrumentId);
    if (!instrument)
        return false;
    m_base = Assessment{};
    return build(instrument);
}

bool AssessmentForm::openDraft(const Assessment &draft)
{
    const Instrument *instrument = InstrumentLibrary::builtin().find(draft.instrument);
    if (!instrument || draft.answers.size() > instrument->items.size())
        return false;
    m_base = draft;
    if (!build(instrument))
        return false;
    if (!draft.sex.isEmpty() && !isUsableSex(m_patientSex))
        m_sexCombo->setCurrentIndex(std::max(0, m_sexCombo->findData(draft.sex)));
    for (std::size_t i = 0; i < draft.answers.size(); ++i)
        setAnswer(static_cast<int>(i), draft.answers[i]);
    updateScore();
    return true;
}

bool AssessmentForm::build(const Instrument *instrument)
{
    reset();
    m_instrument = instrument;
    m_title->setText(instrument->shortName.isEmpty() ? instrument->name
                                                     : tr("%1 — %2").arg(instrument->shortName, instrument->name));
    m_preamble->setText(instrument->preamble);
    m_preamble->setVisible(!instrument->preamble.isEmpty());
    m_sexRow->setVisible(instrument->hasSexSpecificBands() && !isUsableSex(m_patientSex));

    m_body = new QWidget;
    m_body->setObjectName(QStringLiteral("itemsBody"));
    auto *bodyLayout = new QVBoxLayout(m_body);
    const int count = static_cast<int>(instrument->items.size());
    for (int i = 0; i < count; ++i) {
        const InstrumentItem &def = instrument->items[static_cast<std::size_t>(i)];
        Item item;
        item.frame = new QFrame(m_body);
        item.frame->setObjectName(QStringLiteral("itemFrame_") + def.id);
        item.frame->setProperty("nmItem", true);
        item.frame->setProperty("current", false);
        item.frame->setProperty("unanswered", false);
        auto *frameLayout = new QVBoxLayout(item.frame);
        auto *text = new QLabel(item.frame);
        text->setObjectName(QStringLiteral("itemText_") + def.id);
        text->setTextFormat(Qt::RichText);
        text->setText(QStringLiteral("<b>") + QString::number(i + 1) + QStringLiteral(".</b> ") +
                      def.text.toHtmlEscaped());
        text->setWordWrap(true);
        frameLayout->addWidget(text);
        auto *options = new QHBoxLayout;
        item.group = new QButtonGroup(item.frame);
        item.group->setExclusive(true);
        for (const AnswerOption &option : def.options) {
            auto *button = new QRadioButton(tr("%1 (%2)").arg(option.label).arg(option.score), item.frame);
            button->setObjectName(QStringLiteral("item_") + def.id + QLatin1Char('_') + QString::number(option.score));
            button->setAccessibleName(tr("Item %1: %2, score %3").arg(i + 1).arg(option.label).arg(option.score));
            button->setAccessibleDescription(def.text);
            button->setProperty(kItemIndex, i);
            button->installEventFilter(this);
            item.group->addButton(button, option.score);
            options->addWidget(button);
        }
        options->addStretch(1);
        frameLayout->addLayout(options);
        item.missingNote = new QLabel(tr("Not answered"), item.frame);
        item.missingNote->setObjectName(QStringLiteral("missingNote_") + def.id);
        item.missingNote->setProperty("nmMissing", true);
        item.missingNote->hide();
        frameLayout->addWidget(item.missingNote);
        connect(item.group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
            if (checked)
                updateScore();
        });
        bodyLayout->addWidget(item.frame);
        m_items.push_back(item);
    }
    bodyLayout->addStretch(1);
    m_scroll->setWidget(m_body);
    applyColours();
    updateScore();
    return true;
}

void AssessmentForm::reset()
{
    if (m_body) {
        // Deleted at once: the answers are PHI, and nothing inside the body ever triggers a reset.
        delete m_scroll->takeWidget();
        m_body = nullptr;
    }
    m_items.clear();
    m_instrument = nullptr;
    m_current = -1;
    m_signAttempted = false;
    m_risk = false;
    m_riskKind = RiskAlert::None;
    m_riskText->clear();
    m_riskAck->setChecked(false);
    m_riskAlert->hide();
    m_sexRow->hide();
    m_sexCombo->setCurrentIndex(0);
    m_title->clear();
    m_preamble->clear();
    m_total->clear();
    m_band->clear();
    m_answered->clear();
    m_flags->clear();
    m_message->clear();
    m_message->hide();
    updateSignEnabled();
}

void AssessmentForm::clear()
{
    reset();
    m_base = Assessment{};
    m_session = nullptr;
    m_patientId.clear();
    m_patientSex.clear();
    updateSignEnabled();
}

std::vector<std::optional<int>> AssessmentForm::answers() const
{
    std::vector<std::optional<int>> out;
    out.reserve(m_items.size());
    for (const Item &item : m_items) {
        const int id = item.group->checkedId();
        out.push_back(item.group->checkedButton() ? std::optional<int>(id) : std::nullopt);
    }
    return out;
}

void AssessmentForm::setAnswer(int index, std::optional<int> score)
{
    if (index < 0 || index >= itemCount())
        return;
    QButtonGroup *group = m_items[static_cast<std::size_t>(index)].group;
    if (score) {
        if (QAbstractButton *button = group->button(*score))
            button->setChecked(true);
        return;
    }
    if (QAbstractButton *checked = group->checkedButton()) {
        group->setExclusive(false);
        checked->setChecked(false);
        group->setExclusive(true);
    }
}

QString AssessmentForm::effectiveSex() const
{
    if (isUsableSex(m_patientSex))
        return m_patientSex;
    return m_sexCombo->currentData().toString();
}

Result<ScoreResult> AssessmentForm::currentScore() const
{
    if (!m_instrument)
        return Error{ErrorCode::Usage, tr("No instrument is open.")};
    const QString sex = m_instrument->hasSexSpecificBands() ? effectiveSex() : QString();
    return InstrumentLibrary::builtin().score(m_instrument->id, answers(), sex);
}

bool AssessmentForm::riskAlertShown() const
{
    return m_risk;
}

void AssessmentForm::focusItem(int index)
{
    if (index < 0 || index >= itemCount())
        return;
    const Item &item = m_items[static_cast<std::size_t>(index)];
    QAbstractButton *target = item.group->checkedButton();
    if (!target && !item.group->buttons().isEmpty())
        target = item.group->buttons().constFirst();
    if (target)
        target->setFocus(Qt::OtherFocusReason);
    setCurrentItem(index);
    m_scroll->ensureWidgetVisible(item.frame);
}

void AssessmentForm::repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

void AssessmentForm::setCurrentItem(int index)
{
    if (index == m_current)
        return;
    if (m_current >= 0 && m_current < itemCount()) {
        QFrame *old = m_items[static_cast<std::size_t>(m_current)].frame;
        old->setProperty("current", false);
        repolish(old);
    }
    m_current = index;
    if (m_current >= 0 && m_current < itemCount()) {
        QFrame *now = m_items[static_cast<std::size_t>(m_current)].frame;
        now->setProperty("current", true);
        repolish(now);
    }
}

int AssessmentForm::itemOf(QObject *object) const
{
    auto *button = qobject_cast<QAbstractButton *>(object);
    if (!button)
        return -1;
    const QVariant v = button->property(kItemIndex);
    if (!v.isValid())
        return -1;
    const int index = v.toInt();
    if (index < 0 || index >= itemCount() || m_items[static_cast<std::size_t>(index)].group != button->group())
        return -1;
    return index;
}

void AssessmentForm::moveOn(int fromIndex)
{
    if (fromIndex + 1 < itemCount()) {
        focusItem(fromIndex + 1);
        return;
    }
    setCurrentItem(-1);
    if (m_risk && !m_riskAck->isChecked())
        m_riskAck->setFocus(Qt::OtherFocusReason);
    else
        m_sign->setFocus(Qt::OtherFocusReason);
}

bool AssessmentForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_riskAck && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_sign->isEnabled()) {
            m_sign->setFocus(Qt::OtherFocusReason);
            return true;
        }
        return false;
    }
    const int index = itemOf(watched);
    if (index < 0)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::FocusIn) {
        setCurrentItem(index);
        return false;
    }
    if (event->type() != QEvent::KeyPress)
        return false;
    auto *keyEvent = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers mods = keyEvent->modifiers() & ~Qt::KeypadModifier;
    const int key = keyEvent->key();
    QButtonGroup *group = m_items[static_cast<std::size_t>(index)].group;
    if (mods == Qt::NoModifier && key >= Qt::Key_0 && key <= Qt::Key_9) {
        // A digit picks the answer whose published score it is (AUDIT items 9 and 10 take 0, 2 or 4).
        if (QAbstractButton *button = group->button(key - Qt::Key_0)) {
            button->setChecked(true);
            button->setFocus(Qt::OtherFocusReason);
            setCurrentItem(index);
        }
        return true;
    }
    if (mods == Qt::NoModifier && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        moveOn(index);
        return true;
    }
    if (mods == Qt::NoModifier &&
        (key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down)) {
        // Arrows step through this item's answers whatever the layout; they never leave the item.
        const QList<QAbstractButton *> buttons = group->buttons();
        int at = buttons.indexOf(qobject_cast<QAbstractButton *>(watched));
        const bool back = key == Qt::Key_Left || key == Qt::Key_Up;
        at = group->checkedButton() ? (back ? at - 1 : at + 1) : at;
        if (at >= 0 && at < buttons.size()) {
            buttons[at]->setChecked(true);
            buttons[at]->setFocus(Qt::OtherFocusReason);
        }
        return true;
    }
    return false;
}

void AssessmentForm::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

void AssessmentForm::applyColours()
{
    const QPalette pal = palette();
    const QColor attention = style::riskColor(QStringLiteral("high"), pal);
    if (m_body) {
        m_body->setStyleSheet(
            QStringLiteral("QFrame[nmItem=\"true\"] { border: 1px solid palette(mid); border-radius: 4px; }"
                           "QFrame[nmItem=\"true\"][unanswered=\"true\"] { border: 2px solid %1; }"
                           "QFrame[nmItem=\"true\"][current=\"true\"] { border: 2px solid palette(highlight);"
                           " background-color: palette(alternate-base); }"
                           "QLabel[nmMissing=\"true\"] { color: %1; font-weight: bold; border: none; }")
                .arg(attention.name()));
    }
    // The alert inverts the usual contrast: the base colour on the strongest risk colour, in either palette.
    QPalette alert = m_riskAlert->palette();
    const QColor background = style::riskColor(QStringLiteral("imminent"), pal);
    alert.setColor(QPalette::Window, background);
    alert.setColor(QPalette::WindowText, pal.color(QPalette::Base));
    alert.setColor(QPalette::Text, pal.color(QPalette::Base));
    m_riskAlert->setPalette(alert);
    updateScore();
}

void AssessmentForm::markUnanswered(bool mark)
{
    for (Item &item : m_items) {
        const bool missing = mark && !item.group->checkedButton();
        if (item.frame->property("unanswered").toBool() != missing) {
            item.frame->setProperty("unanswered", missing);
            repolish(item.frame);
        }
        item.missingNote->setVisible(missing);
    }
}

void AssessmentForm::updateScore()
{
    if (!m_instrument) {
        updateRiskAlert(RiskAlert::None);
        return;
    }
    const auto current = answers();
    const int answered =
        static_cast<int>(std::count_if(current.begin(), current.end(), [](const auto &a) { return a.has_value(); }));
    m_answered->setText(tr("%1 of %2 answered").arg(answered).arg(current.size()));

    // Unanswered items keep only their first option in the Tab chain, so Tab moves item by item.
    for (const Item &item : m_items) {
        if (item.group->checkedButton())
            continue;
        const QList<QAbstractButton *> buttons = item.group->buttons();
        for (int i = 0; i < buttons.size(); ++i)
            buttons[i]->setFocusPolicy(i == 0 ? Qt::StrongFocus : Qt::ClickFocus);
    }

    const auto score = currentScore();
    QPalette bandPalette = palette();
    QStringList flagTexts;
    RiskAlert risk = RiskAlert::None;
    if (!score.ok()) {
        m_total->setText(tr("Total: —"));
        m_band->setText(score.error().message);
    } else if (!score->total) {
        m_total->setText(tr("Total: —"));
        m_band->setText(answered == 0 ? QString() : tr("Not enough answers for a total"));
    } else {
        m_total->setText(score->complete ? tr("Total: %1").arg(*score->total)
                                         : tr("Total: %1 (prorated)").arg(*score->total));
        m_band->setText(style::bandLabel(score->band));
        const auto bands =
            applicableBands(*m_instrument, m_instrument->hasSexSpecificBands() ? effectiveSex() : QString());
        for (std::size_t i = 0; i < bands.size(); ++i) {
            if (bands[i]->name == score->band)
                bandPalette.setColor(
                    QPalette::WindowText,
                    style::severityColor(static_cast<int>(i), static_cast<int>(bands.size()), palette()));
        }
    }
    m_band->setPalette(bandPalette);
    if (score.ok()) {
        for (const QString &flag : score->flags) {
            QString note;
            for (const FlagRule &rule : m_instrument->flags) {
                if (rule.name == flag)
                    note = rule.note;
            }
            flagTexts << (note.isEmpty() ? style::bandLabel(flag) : tr("%1: %2").arg(style::bandLabel(flag), note));
        }
        if (score->flags.contains(QStringLiteral("suicide_risk")))
            risk = RiskAlert::Positive;
        else if (score->flags.contains(QStringLiteral("suicide_item_unanswered")) && m_signAttempted)
            risk = RiskAlert::Unanswered; // only once signing is tried: before that the item may simply be next
    }
    m_flags->setText(flagTexts.join(QLatin1Char('\n')));
    m_flags->setVisible(!flagTexts.isEmpty());
    updateRiskAlert(risk);
    markUnanswered(m_signAttempted);
    updateSignEnabled();
}

void AssessmentForm::updateRiskAlert(RiskAlert kind)
{
    const bool risk = kind != RiskAlert::None;
    if (risk && m_instrument) {
        int itemNumber = 0;
        for (const FlagRule &rule : m_instrument->flags) {
            if (rule.name == QLatin1String("suicide_risk") && !rule.groups.empty() && !rule.groups[0].items.empty())
                itemNumber = rule.groups[0].items[0] + 1;
        }
        const QString text =
            kind == RiskAlert::Positive
                ? tr("Item %1 indicates thoughts of self-harm. Assess suicide risk now and follow your "
                     "local safety protocol.")
                      .arg(itemNumber)
                : tr("Item %1 (thoughts of self-harm) is unanswered. Ask it, or assess suicide risk another way, "
                     "before signing.")
                      .arg(itemNumber);
        m_riskText->setText(text);
        m_riskAlert->setAccessibleDescription(text);
    }
    if (kind == m_riskKind)
        return;
    // Any change of what the alert says needs a new acknowledgement: ticking "unanswered" never covers a later
    // positive answer.
    m_riskAck->setChecked(false);
    m_riskKind = kind;
    m_risk = risk;
    m_riskAlert->setVisible(risk);
    // The banner takes room from the items: keep the item being answered in view once the layout has settled.
    QTimer::singleShot(0, this, [this] {
        if (m_current >= 0 && m_current < itemCount())
            m_scroll->ensureWidgetVisible(m_items[static_cast<std::size_t>(m_current)].frame);
    });
}

void AssessmentForm::updateSignEnabled()
{
    const bool ready = m_session && m_instrument && !m_patientId.isEmpty();
    m_saveDraft->setEnabled(ready);
    m_sign->setEnabled(ready && !(m_risk && !m_riskAck->isChecked()));
    m_discard->setEnabled(m_instrument != nullptr);
}

void AssessmentForm::showMessage(const QString &text, bool error)
{
    QPalette pal = palette();
    if (error)
        pal.setColor(QPalette::WindowText, style::riskColor(QStringLiteral("high"), palette()));
    m_message->setPalette(pal);
    QFont font = m_message->font();
    font.setBold(error);
    m_message->setFont(font);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

Assessment AssessmentForm::assessment() const
{
    Assessment a = m_base;
    a.patientId = m_patientId;
    a.instrument = m_instrument->id;
    a.status = QStringLiteral("draft");
    a.answers = answers();
    a.sex = m_instrument->hasSexSpecificBands() ? effectiveSex() : QString();
    return a;
}

void AssessmentForm::saveDraft()
{
    if (!m_session || !m_instrument)
        return;
    const Assessment draft = assessment();
    auto saved =
        UnitOfWork::perform(*m_session, [&](UnitOfWork &uow) { return AssessmentRepository::saveDraft(uow, draft); });
    if (!saved.ok()) {
        showMessage(saved.error().message, true);
        Q_EMIT errorOccurred(saved.error().message);
        return;
    }
    m_base = saved.value();
    showMessage(tr("Draft saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)), false);
    Q_EMIT draftSaved(m_base.id);
}

void AssessmentForm::sign()
{
    if (!m_session || !m_instrument)
        return;
    m_signAttempted = true;
    markUnanswered(true);
    updateScore(); // a blank suicide item raises its alert now
    const auto score = currentScore();
    if (!score.ok()) {
        showMessage(score.error().message, true);
        return;
    }
    if (!score->total) {
        showMessage(m_instrument->missing.kind == MissingRule::Kind::Prorate
                        ? tr("Too many items are unanswered for a total: answer the marked items before signing.")
                        : tr("Answer the marked items before signing."),
                    true);
        const auto current = answers();
        for (std::size_t i = 0; i < current.size(); ++i) {
            if (!current[i]) {
                focusItem(static_cast<int>(i));
                break;
            }
        }
        return;
    }
    const bool acknowledged = m_risk && m_riskAck->isChecked();
    if (m_risk && !acknowledged) {
        showMessage(tr("Acknowledge the suicide risk alert before signing."), true);
        m_riskAck->setFocus(Qt::OtherFocusReason);
        return;
    }
    const Assessment draft = assessment();
    // Saving and signing in one transaction: either the signed record (and its outbox row) exists, or nothing changed.
    auto signedAssessment = UnitOfWork::perform(*m_session, [&](UnitOfWork &uow) -> Result<Assessment> {
        auto saved = AssessmentRepository::saveDraft(uow, draft);
        if (!saved.ok())
            return saved.error();
        return AssessmentRepository::sign(uow, saved->id, acknowledged);
    });
    if (!signedAssessment.ok()) {
        showMessage(signedAssessment.error().message, true);
        Q_EMIT errorOccurred(signedAssessment.error().message);
        return;
    }
    const QString id = signedAssessment->id;
    m_base = signedAssessment.value();
    showMessage(tr("Signed."), false);
    Q_EMIT assessmentSigned(id);
}

void AssessmentForm::discard()
{
    reset();
    m_base = Assessment{};
    Q_EMIT discarded();
}

} // namespace novamind
