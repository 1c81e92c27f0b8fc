#pragma once
// AssessmentForm: entry form of one instrument, generated from its definition; keyboard first, live score, signing.

#include "models/domain/Assessment.h"
#include "models/instruments/InstrumentLibrary.h"

#include <QWidget>
#include <optional>
#include <vector>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace novamind {

struct Session;

class AssessmentForm : public QWidget
{
    Q_OBJECT
public:
    explicit AssessmentForm(QWidget *parent = nullptr);

    // Where drafts and signatures go; the session must outlive the form's use of it (until clear()).
    void setContext(const Session *session, const QString &patientId);
    // The patient's sex at birth (models/domain/Patient.h) for sex-specific cut-offs; anything but female or male
    // lets the clinician choose the cut-offs on the form.
    void setPatientSex(const QString &sex);

    // Builds an empty form for the instrument; false when the library does not have it.
    bool startNew(const QString &instrumentId);
    // Builds the form of a saved draft with its answers restored.
    bool openDraft(const Assessment &draft);

    QString instrumentId() const;
    QString assessmentId() const { return m_base.id; } // "" until saved
    int itemCount() const { return static_cast<int>(m_items.size()); }
    std::vector<std::optional<int>> answers() const;
    // The live score, or the reason there is none (e.g. sex-specific cut-offs without a sex).
    Result<ScoreResult> currentScore() const;
    // Moves keyboard focus to item `index` (its chosen answer, else its first option).
    void focusItem(int index);
    int currentItem() const { return m_current; }
    bool riskAlertShown() const;

    // Drops the form and everything on it, and forgets the session.
    void clear();

public Q_SLOTS:
    void saveDraft();
    void sign();
    void discard();

Q_SIGNALS:
    void assessmentSigned(const QString &assessmentId);
    void draftSaved(const QString &assessmentId);
    void discarded();
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Item
    {
        QFrame *frame = nullptr;
        QButtonGroup *group = nullptr;
        QLabel *missingNote = nullptr;
    };

    bool build(const Instrument *instrument);
    void reset();
    void setAnswer(int index, std::optional<int> score);
    void setCurrentItem(int index);
    int itemOf(QObject *object) const;
    void moveOn(int fromIndex);
    void markUnanswered(bool mark);
    void updateScore();
    // What the suicide item says: nothing to act on, a positive answer, or no answer at all.
    enum class RiskAlert
    {
        None,
        Positive,
        Unanswered,
    };
    void updateRiskAlert(RiskAlert kind);
    void updateSignEnabled();
    void applyColours();
    void showMessage(const QString &text, bool error);
    QString effectiveSex() const;
    Assessment assessment() const;
    static void repolish(QWidget *widget);

    const Session *m_session = nullptr;
    QString m_patientId;
    QString m_patientSex;
    const Instrument *m_instrument = nullptr;
    Assessment m_base; // the draft being edited (id, start time); empty for a new form
    std::vector<Item> m_items;
    int m_current = -1;
    bool m_signAttempted = false;
    bool m_risk = false; // an alert is shown and must be acknowledged before signing
    RiskAlert m_riskKind = RiskAlert::None;

    QLabel *m_title;
    QLabel *m_preamble;
    QFrame *m_sexRow;
    QComboBox *m_sexCombo;
    QScrollArea *m_scroll;
    QWidget *m_body = nullptr;
    QLabel *m_total;
    QLabel *m_band;
    QLabel *m_answered;
    QLabel *m_flags;
    QFrame *m_riskAlert;
    QLabel *m_riskText;
    QCheckBox *m_riskAck;
    QLabel *m_message;
    QPushButton *m_saveDraft;
    QPushButton *m_sign;
    QPushButton *m_discard;
};

} // namespace novamind
