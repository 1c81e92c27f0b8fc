// The assessments screen as a clinician drives it: forms generated for every instrument, a PHQ-9 entered by keyboard
// and signed into the history, chart and outbox, the item-9 alert, validation, drafts, and clear() on lock.
#include "Contrast.h"
#include "DemoReplica.h"
#include "TestSupport.h"
#include "models/assessment/AssessmentHistoryModel.h"
#include "models/instruments/InstrumentLibrary.h"
#include "storage/Database.h"
#include "storage/RecordMapping.h"
#include "storage/Session.h"
#include "ui/assessments/AssessmentForm.h"
#include "ui/assessments/AssessmentHistoryView.h"
#include "ui/assessments/AssessmentsPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QAreaSeries>
#include <QButtonGroup>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace novamind;

class TestAssessmentsPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Replica> m_replica;
    Session m_session;
    qint64 m_tick = 0;
    const QString m_patient = QStringLiteral("patient-1");

    qint64 count(const char *sql) { return m_replica->database().queryInt(sql).value(); }
    qint64 countFor(const char *sql, const QString &id)
    {
        auto stmt = m_replica->database().prepare(sql);
        if (!stmt.ok())
            return -1;
        stmt->bind(1, id);
        auto row = stmt->step();
        return row.ok() && row.value() ? stmt->columnInt64(0) : -1;
    }

    template<typename T> static T *child(QObject *parent, const QString &name) { return parent->findChild<T *>(name); }

    std::unique_ptr<AssessmentsPanel> openPanel()
    {
        auto panel = std::make_unique<AssessmentsPanel>();
        panel->resize(1280, 800);
        panel->show();
        QApplication::setActiveWindow(panel.get());
        if (!QTest::qWaitForWindowActive(panel.get()))
            return nullptr;
        panel->setPatientSex(QStringLiteral("female"));
        if (!panel->showPatient(m_session, m_patient).ok())
            return nullptr;
        return panel;
    }

    // Types the answer's digit on the focused item and Enter, as a clinician at the keyboard does.
    static void typeAnswer(int score)
    {
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused);
        QTest::keyClick(focused, static_cast<Qt::Key>(Qt::Key_0 + score));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }

    // For reviewing the look: NOVAMIND_SCREENSHOT_DIR=dir saves what the clinician sees at that step.
    static void screenshot(QWidget *widget, const char *name)
    {
        const QString dir = qEnvironmentVariable("NOVAMIND_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QCoreApplication::processEvents(); // let pending layouts settle, as a painted window would have them
        widget->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
    }

    static void answer(AssessmentForm *form, const QString &itemId, int score)
    {
        auto *button =
            child<QRadioButton>(form, QStringLiteral("item_") + itemId + QLatin1Char('_') + QString::number(score));
        QVERIFY2(button, qPrintable(itemId));
        button->click();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto r = Replica::create(m_dir.filePath(QStringLiteral("r.db")), QStringLiteral("dr.ada"), "ada passphrase",
                                 Role::Psychiatrist, test::cheapOptions());
        QVERIFY(r.ok());
        m_replica = std::move(r.value());
        QVERIFY(
            test::seedPatientInCare(*m_replica, QStringLiteral("dr.ada"), m_patient, QStringLiteral("MRN-4711")).ok());
        auto s = Session::forReplica(*m_replica);
        QVERIFY(s.ok());
        m_session = s.value();
        // Each reading of the clock is a day later, so signed assessments have distinct, ordered times.
        const QDateTime start = QDateTime::currentDateTimeUtc().addMonths(-6);
        m_session.clock = [this, start] { return start.addDays(++m_tick); };
    }

    void everyInstrumentRendersItsForm_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : InstrumentLibrary::builtin().ids())
            QTest::newRow(qPrintable(id)) << id;
    }

    void everyInstrumentRendersItsForm()
    {
        QFETCH(QString, id);
        const Instrument *instrument = InstrumentLibrary::builtin().find(id);
        QVERIFY(instrument);
        AssessmentForm form;
        QVERIFY(form.startNew(id));
        QCOMPARE(form.itemCount(), int(instrument->items.size()));
        QVERIFY(child<QLabel>(&form, QStringLiteral("formTitle"))->text().contains(instrument->shortName));
        QCOMPARE(child<QLabel>(&form, QStringLiteral("formInstructions"))->text(), instrument->preamble);
        int radios = 0;
        for (std::size_t i = 0; i < instrument->items.size(); ++i) {
            const InstrumentItem &item = instrument->items[i];
            auto *frame = child<QWidget>(&form, QStringLiteral("itemFrame_") + item.id);
            QVERIFY(frame);
            QCOMPARE(frame->findChildren<QRadioButton *>().size(), qsizetype(item.options.size()));
            QVERIFY(child<QLabel>(frame, QStringLiteral("itemText_") + item.id)
                        ->text()
                        .contains(QString::number(i + 1) + QStringLiteral(".")));
            for (const AnswerOption &option : item.options) {
                auto *button = child<QRadioButton>(frame, QStringLiteral("item_") + item.id + QLatin1Char('_') +
                                                              QString::number(option.score));
                QVERIFY(button);
                // The published label and its score, and an accessible name.
                QVERIFY(button->text().contains(option.label));
                QVERIFY(button->text().contains(QString::number(option.score)));
                QVERIFY(!button->accessibleName().isEmpty());
                QVERIFY(!button->isChecked());
            }
            radios += int(item.options.size());
        }
        QCOMPARE(form.findChildren<QRadioButton *>().size(), qsizetype(radios));
        QCOMPARE(child<QLabel>(&form, QStringLiteral("answeredLabel"))->text(),
                 QStringLiteral("0 of %1 answered").arg(instrument->items.size()));
    }

    void digitsAreScoresNotPositions()
    {
        // AUDIT items 9 and 10 score 0, 2 or 4: "4" picks the last answer, "1" picks nothing.
        AssessmentForm form;
        form.show();
        QVERIFY(form.startNew(QStringLiteral("audit")));
        const int item =
            InstrumentLibrary::builtin().find(QStringLiteral("audit"))->itemIndex(QStringLiteral("audit_9"));
        form.focusItem(item);
        auto *four = child<QRadioButton>(&form, QStringLiteral("item_audit_9_4"));
        QTest::keyClick(four->group()->buttons().first(), Qt::Key_1);
        QVERIFY(!form.answers()[std::size_t(item)].has_value());
        QTest::keyClick(four->group()->buttons().first(), Qt::Key_4);
        QVERIFY(four->isChecked());
        QCOMPARE(form.answers()[std::size_t(item)], std::optional<int>(4));
        // Arrows move within the item, never out of it.
        QTest::keyClick(four, Qt::Key_Left);
        QCOMPARE(form.answers()[std::size_t(item)], std::optional<int>(2));
        QTest::keyClick(child<QRadioButton>(&form, QStringLiteral("item_audit_9_2")), Qt::Key_Right);
        QTest::keyClick(four, Qt::Key_Down);
        QCOMPARE(form.answers()[std::size_t(item)], std::optional<int>(4));
        QCOMPARE(form.currentItem(), item);
    }

    void sexSpecificCutOffsComeFromThePatient()
    {
        // AUDIT-C 1+1+1 = 3: positive for women (≥ 3), negative for men (≥ 4).
        auto panel = openPanel(); // the patient is female
        QVERIFY(panel);
        panel->startNewAssessment(QStringLiteral("auditc"));
        AssessmentForm *form = panel->form();
        QVERIFY(!child<QWidget>(form, QStringLiteral("cutoffSexRow"))->isVisible());
        for (int i = 1; i <= 3; ++i)
            answer(form, QStringLiteral("auditc_%1").arg(i), 1);
        QCOMPARE(child<QLabel>(form, QStringLiteral("totalLabel"))->text(), QStringLiteral("Total: 3"));
        QCOMPARE(child<QLabel>(form, QStringLiteral("bandLabel"))->text(), QStringLiteral("Positive"));

        // A record without female or male: the clinician picks the cut-offs on the form.
        AssessmentForm other;
        other.show();
        other.setPatientSex(QStringLiteral("unknown"));
        QVERIFY(other.startNew(QStringLiteral("auditc")));
        auto *sexCombo = child<QComboBox>(&other, QStringLiteral("cutoffSexCombo"));
        QVERIFY(sexCombo->isVisible());
        for (int i = 1; i <= 3; ++i)
            answer(&other, QStringLiteral("auditc_%1").arg(i), 1);
        QCOMPARE(child<QLabel>(&other, QStringLiteral("totalLabel"))->text(), QStringLiteral("Total: —"));
        sexCombo->setCurrentIndex(sexCombo->findData(QStringLiteral("male")));
        QCOMPARE(child<QLabel>(&other, QStringLiteral("totalLabel"))->text(), QStringLiteral("Total: 3"));
        QCOMPARE(child<QLabel>(&other, QStringLiteral("bandLabel"))->text(), QStringLiteral("Negative"));
    }

    void riskAlertIsReadableInLightAndDarkPalettes_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void riskAlertIsReadableInLightAndDarkPalettes()
    {
        QFETCH(bool, dark);
        QPalette palette = QApplication::palette();
        if (dark) {
            palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
            palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        }
        AssessmentForm form;
        form.setPalette(palette);
        form.show();
        QVERIFY(form.startNew(QStringLiteral("phq9")));
        answer(&form, QStringLiteral("phq9_9"), 3);
        auto *alert = child<QWidget>(&form, QStringLiteral("riskAlert"));
        QVERIFY(alert->isVisible());
        // WCAG contrast of the banner's text on its background: at least 4.5 : 1.
        const double ratio =
            test::contrastRatio(alert->palette().color(QPalette::Window), alert->palette().color(QPalette::WindowText));
        QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
    }

    void phq9ByKeyboardIsSignedIntoHistoryAndOutbox()
    {
        auto panel = openPanel();
        QVERIFY(panel);
        QAbstractItemModelTester tester(panel->history()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 outboxBefore = count("SELECT count(*) FROM outbox");
        panel->startNewAssessment(QStringLiteral("phq9"));
        QVERIFY(panel->isFormOpen());
        AssessmentForm *form = panel->form();
        const std::vector<int> answers{2, 2, 2, 2, 2, 1, 1, 1, 0};
        for (std::size_t i = 0; i < answers.size(); ++i) {
            // The item with the focus is the highlighted one.
            QCOMPARE(form->currentItem(), int(i));
            const QString itemId = QStringLiteral("phq9_%1").arg(i + 1);
            QVERIFY(child<QWidget>(form, QStringLiteral("itemFrame_") + itemId)->property("current").toBool());
            QCOMPARE(QApplication::focusWidget()->property("nmItemIndex").toInt(), int(i));
            typeAnswer(answers[i]);
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(form->answers(), (std::vector<std::optional<int>>{2, 2, 2, 2, 2, 1, 1, 1, 0}));
        QCOMPARE(child<QLabel>(form, QStringLiteral("totalLabel"))->text(), QStringLiteral("Total: 13"));
        QCOMPARE(child<QLabel>(form, QStringLiteral("bandLabel"))->text(), QStringLiteral("Moderate"));
        QCOMPARE(child<QLabel>(form, QStringLiteral("answeredLabel"))->text(), QStringLiteral("9 of 9 answered"));
        QVERIFY(!child<QWidget>(form, QStringLiteral("riskAlert"))->isVisible());
        screenshot(panel.get(), "assessment-form");
        // Enter on the last item went to Sign; Enter there signs.
        auto *sign = child<QPushButton>(form, QStringLiteral("signButton"));
        QCOMPARE(QApplication::focusWidget(), sign);
        QSignalSpy signedSpy(panel.get(), &AssessmentsPanel::assessmentSigned);
        QTest::keyClick(sign, Qt::Key_Return);
        QCOMPARE(signedSpy.size(), 1);
        const QString id = signedSpy.at(0).at(0).toString();
        QVERIFY(!panel->isFormOpen());

        // History: the new assessment on top of the table...
        AssessmentHistoryView *history = panel->history();
        QCOMPARE(child<QComboBox>(history, QStringLiteral("historyInstrument"))->currentData().toString(),
                 QStringLiteral("phq9"));
        auto *model = history->model();
        QVERIFY(model->rowCount() >= 1);
        QCOMPARE(model->data(model->index(0, 0), AssessmentHistoryModel::AssessmentIdRole).toString(), id);
        QCOMPARE(model->data(model->index(0, AssessmentHistoryModel::Total)).toString(), QStringLiteral("13"));
        QCOMPARE(model->data(model->index(0, AssessmentHistoryModel::Band)).toString(), QStringLiteral("Moderate"));
        // ...and in the chart: one shaded area per PHQ-9 band, named in the legend, and the point at 13.
        QChart *chart = history->chart();
        QStringList bandNames;
        QLineSeries *totals = nullptr;
        for (QAbstractSeries *series : chart->series()) {
            if (auto *area = qobject_cast<QAreaSeries *>(series))
                bandNames << area->name();
            else if (auto *line = qobject_cast<QLineSeries *>(series))
                totals = line;
        }
        QCOMPARE(bandNames, (QStringList{QStringLiteral("Minimal"), QStringLiteral("Mild"), QStringLiteral("Moderate"),
                                         QStringLiteral("Moderately severe"), QStringLiteral("Severe")}));
        QVERIFY(totals);
        QCOMPARE(totals->count(), model->rowCount());
        QCOMPARE(totals->at(totals->count() - 1).y(), 13.0);
        QCOMPARE(chart->legend()->markers().size(), 6);
        QVERIFY(history->pointToolTip(totals->count() - 1).contains(QStringLiteral("Total: 13")));
        QVERIFY(history->pointToolTip(totals->count() - 1).contains(QStringLiteral("Moderate")));
        screenshot(panel.get(), "assessment-history");
        // The outbox has the signed record for the server.
        QCOMPARE(count("SELECT count(*) FROM outbox"), outboxBefore + 1);
        QCOMPARE(countFor("SELECT count(*) FROM outbox WHERE entity = 'assessment' AND entity_id = ?", id), qint64(1));
    }

    void blankSuicideItemNeedsAnAcknowledgementToo()
    {
        auto panel = openPanel();
        QVERIFY(panel);
        panel->startNewAssessment(QStringLiteral("phq9"));
        AssessmentForm *form = panel->form();
        for (int i = 1; i <= 8; ++i)
            answer(form, QStringLiteral("phq9_%1").arg(i), 1);
        auto *alert = child<QWidget>(form, QStringLiteral("riskAlert"));
        auto *text = child<QLabel>(form, QStringLiteral("riskAlertText"));
        auto *ack = child<QCheckBox>(form, QStringLiteral("riskAcknowledgeCheck"));
        auto *sign = child<QPushButton>(form, QStringLiteral("signButton"));
        QVERIFY(!alert->isVisible()); // item 9 may simply be next: no alert while entering
        QSignalSpy signedSpy(panel.get(), &AssessmentsPanel::assessmentSigned);
        sign->click();
        QCOMPARE(signedSpy.size(), 0);
        QVERIFY(alert->isVisible());
        QVERIFY2(text->text().contains(QStringLiteral("unanswered")), qPrintable(text->text()));
        QVERIFY(!sign->isEnabled());

        // Acknowledging "unanswered" does not cover a positive answer given afterwards.
        ack->setChecked(true);
        QVERIFY(sign->isEnabled());
        answer(form, QStringLiteral("phq9_9"), 2);
        QVERIFY(text->text().contains(QStringLiteral("self-harm")));
        QVERIFY(!ack->isChecked());
        QVERIFY(!sign->isEnabled());

        // Back to blank (no answer can be un-clicked, so start again) and sign with the acknowledgement.
        panel->startNewAssessment(QStringLiteral("phq9"));
        for (int i = 1; i <= 8; ++i)
            answer(form, QStringLiteral("phq9_%1").arg(i), 1);
        sign->click();
        ack->setChecked(true);
        sign->click();
        QCOMPARE(signedSpy.size(), 1);
        const QString id = signedSpy.at(0).at(0).toString();
        QCOMPARE(countFor("SELECT count(*) FROM audit_log WHERE action = 'acknowledge_risk' AND entity_id = ?", id),
                 qint64(1));
    }

    void suicideItemBlocksSigningUntilAcknowledged()
    {
        auto panel = openPanel();
        QVERIFY(panel);
        panel->startNewAssessment(QStringLiteral("phq9"));
        AssessmentForm *form = panel->form();
        for (int i = 1; i <= 8; ++i)
            answer(form, QStringLiteral("phq9_%1").arg(i), 0);
        auto *alert = child<QWidget>(form, QStringLiteral("riskAlert"));
        auto *ack = child<QCheckBox>(form, QStringLiteral("riskAcknowledgeCheck"));
        auto *sign = child<QPushButton>(form, QStringLiteral("signButton"));
        QVERIFY(!alert->isVisible());
        QVERIFY(sign->isEnabled());

        form->focusItem(8);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
        QVERIFY(alert->isVisible());
        QVERIFY(child<QLabel>(form, QStringLiteral("riskAlertText"))->text().contains(QStringLiteral("self-harm")));
        QVERIFY(!sign->isEnabled());
        QVERIFY(!ack->isChecked());
        screenshot(panel.get(), "assessment-risk-alert");
        // Enter on the last item leads to the acknowledgement, not to a disabled Sign.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), ack);
        QTest::keyClick(ack, Qt::Key_Space);
        QVERIFY(ack->isChecked());
        QVERIFY(sign->isEnabled());

        // Back to "Not at all": the alert goes and the acknowledgement with it.
        answer(form, QStringLiteral("phq9_9"), 0);
        QVERIFY(!alert->isVisible());
        QVERIFY(!ack->isChecked());
        QVERIFY(sign->isEnabled());
        // A new positive answer needs a new acknowledgement.
        answer(form, QStringLiteral("phq9_9"), 2);
        QVERIFY(alert->isVisible());
        QVERIFY(!ack->isChecked());
        QVERIFY(!sign->isEnabled());
        const qint64 acksBefore = count("SELECT count(*) FROM audit_log WHERE action = 'acknowledge_risk'");
        ack->click();
        QSignalSpy signedSpy(panel.get(), &AssessmentsPanel::assessmentSigned);
        sign->click();
        QCOMPARE(signedSpy.size(), 1);
        const QString id = signedSpy.at(0).at(0).toString();
        QCOMPARE(count("SELECT count(*) FROM audit_log WHERE action = 'acknowledge_risk'"), acksBefore + 1);
        QCOMPARE(countFor("SELECT count(*) FROM audit_log WHERE action = 'acknowledge_risk' AND entity_id = ?", id),
                 qint64(1));
        auto *model = panel->history()->model();
        QCOMPARE(model->data(model->index(0, 0), AssessmentHistoryModel::AssessmentIdRole).toString(), id);
        QCOMPARE(model->data(model->index(0, AssessmentHistoryModel::Flags)).toString(),
                 QStringLiteral("Suicide risk"));
    }

    void incompleteFormIsNotSignedAndMarksWhatIsMissing()
    {
        auto panel = openPanel();
        QVERIFY(panel);
        panel->startNewAssessment(QStringLiteral("gad7"));
        AssessmentForm *form = panel->form();
        for (int i : {1, 2, 5})
            answer(form, QStringLiteral("gad7_%1").arg(i), 1);
        const qint64 outboxBefore = count("SELECT count(*) FROM outbox");
        // Nothing is marked before the clinician tries to sign.
        QVERIFY(!child<QLabel>(form, QStringLiteral("missingNote_gad7_3"))->isVisible());
        QSignalSpy signedSpy(panel.get(), &AssessmentsPanel::assessmentSigned);
        child<QPushButton>(form, QStringLiteral("signButton"))->click();
        QCOMPARE(signedSpy.size(), 0);
        QVERIFY(panel->isFormOpen());
        QCOMPARE(count("SELECT count(*) FROM outbox"), outboxBefore);
        QVERIFY(child<QLabel>(form, QStringLiteral("formMessage"))->isVisible());
        screenshot(panel.get(), "assessment-incomplete");
        for (int i = 1; i <= 7; ++i) {
            const QString itemId = QStringLiteral("gad7_%1").arg(i);
            const bool missing = i != 1 && i != 2 && i != 5;
            QCOMPARE(child<QWidget>(form, QStringLiteral("itemFrame_") + itemId)->property("unanswered").toBool(),
                     missing);
            QCOMPARE(child<QLabel>(form, QStringLiteral("missingNote_") + itemId)->isVisible(), missing);
        }
        // The first unanswered item has the focus; answering it removes its mark.
        QCOMPARE(form->currentItem(), 2);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_0);
        QVERIFY(!child<QLabel>(form, QStringLiteral("missingNote_gad7_3"))->isVisible());
        QVERIFY(child<QLabel>(form, QStringLiteral("missingNote_gad7_4"))->isVisible());
    }

    void phq9WithOneItemMissingIsSignedAsProrated()
    {
        auto panel = openPanel();
        QVERIFY(panel);
        panel->startNewAssessment(QStringLiteral("phq9"));
        AssessmentForm *form = panel->form();
        for (int i = 1; i <= 9; ++i) {
            if (i != 4)
                answer(form, QStringLiteral("phq9_%1").arg(i), i == 9 ? 0 : 1);
        }
        // 7 answered of 8 → 7 × 9 / 8 = 7.875 → 8.
        QCOMPARE(child<QLabel>(form, QStringLiteral("totalLabel"))->text(), QStringLiteral("Total: 8 (prorated)"));
        QSignalSpy signedSpy(panel.get(), &AssessmentsPanel::assessmentSigned);
        child<QPushButton>(form, QStringLiteral("signButton"))->click();
        QCOMPARE(signedSpy.size(), 1);
        auto *model = panel->history()->model();
        QCOMPARE(model->data(model->index(0, AssessmentHistoryModel::Total)).toString(),
                 QStringLiteral("8 (prorated)"));
    }

    void savedDraftReopensWithItsAnswers()
    {
        auto panel = openPanel();
        QVERIFY(panel);
        panel->startNewAssessment(QStringLiteral("phq9"));
        AssessmentForm *form = panel->form();
        typeAnswer(3);
        typeAnswer(1);
        typeAnswer(2);
        QSignalSpy savedSpy(panel.get(), &AssessmentsPanel::draftSaved);
        child<QPushButton>(form, QStringLiteral("saveDraftButton"))->click();
        QCOMPARE(savedSpy.size(), 1);
        const QString id = savedSpy.at(0).at(0).toString();
        QCOMPARE(
            count("SELECT count(*) FROM outbox WHERE entity_id IN (SELECT id FROM assessment WHERE status = 'draft')"),
            qint64(0)); // drafts stay on the device
        child<QPushButton>(form, QStringLiteral("discardButton"))->click();
        QVERIFY(!panel->isFormOpen());

        auto *drafts = child<QListWidget>(panel.get(), QStringLiteral("draftsList"));
        QCOMPARE(drafts->count(), 1);
        QVERIFY(drafts->item(0)->text().contains(QStringLiteral("3 of 9 answered")));
        drafts->setCurrentRow(0);
        child<QPushButton>(panel.get(), QStringLiteral("openDraftButton"))->click();
        QVERIFY(panel->isFormOpen());
        QCOMPARE(form->assessmentId(), id);
        QCOMPARE(form->answers(), (std::vector<std::optional<int>>{3, 1, 2, std::nullopt, std::nullopt, std::nullopt,
                                                                   std::nullopt, std::nullopt, std::nullopt}));
        QVERIFY(child<QRadioButton>(form, QStringLiteral("item_phq9_1_3"))->isChecked());
        QCOMPARE(child<QLabel>(form, QStringLiteral("answeredLabel"))->text(), QStringLiteral("3 of 9 answered"));
        // Saving again replaces the draft rather than adding one.
        answer(form, QStringLiteral("phq9_4"), 1);
        child<QPushButton>(form, QStringLiteral("saveDraftButton"))->click();
        QCOMPARE(drafts->count(), 1);
        QVERIFY(drafts->item(0)->text().contains(QStringLiteral("4 of 9 answered")));

        // Deleting asks twice; then the draft is gone from the list and the replica, and the deletion is audited.
        child<QPushButton>(form, QStringLiteral("discardButton"))->click();
        drafts->setCurrentRow(0);
        auto *del = child<QPushButton>(panel.get(), QStringLiteral("deleteDraftButton"));
        QVERIFY(del->isEnabled());
        del->click();
        QCOMPARE(drafts->count(), 1);
        QCOMPARE(count("SELECT count(*) FROM assessment WHERE status = 'draft'"), qint64(1));
        del->click();
        QCOMPARE(drafts->count(), 0);
        QCOMPARE(count("SELECT count(*) FROM assessment WHERE status = 'draft'"), qint64(0));
        QCOMPARE(countFor("SELECT count(*) FROM audit_log WHERE action = 'delete' AND entity_id = ?", id), qint64(1));
        QVERIFY(!del->isEnabled());
    }

    void tabMovesItemByItem()
    {
        auto panel = openPanel();
        QVERIFY(panel);
        panel->startNewAssessment(QStringLiteral("phq9"));
        AssessmentForm *form = panel->form();
        QCOMPARE(form->currentItem(), 0);
        // From an unanswered item, Tab goes to the next item, not to the next answer of the same item.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(form->currentItem(), 1);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("item_phq9_2_0"));
        // From an answered item too, and into the chosen answer of an answered one on the way back.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_2);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(form->currentItem(), 2);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("item_phq9_2_2"));
        QCOMPARE(form->currentItem(), 1);
        QVERIFY(!child<QWidget>(form, QStringLiteral("itemFrame_phq9_3"))->property("current").toBool());
    }

    void chooserStartsTheChosenInstrument()
    {
        auto panel = openPanel();
        QVERIFY(panel);
        panel->startNewAssessment();
        auto *list = child<QListWidget>(panel.get(), QStringLiteral("instrumentChooserList"));
        QVERIFY(list->isVisible());
        QCOMPARE(list->count(), int(InstrumentLibrary::builtin().ids().size()));
        QVERIFY(list->currentItem()->text().startsWith(QStringLiteral("PHQ-9")));
        QCOMPARE(QApplication::focusWidget(), list);
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY(panel->isFormOpen());
        QCOMPARE(panel->form()->instrumentId(), QStringLiteral("phq9"));
    }

    void chooserOffersOnlyAllowedInstruments()
    {
        auto panel = openPanel();
        QVERIFY(panel);
        const int signedBefore = panel->history()->model()->rowCount();
        QVERIFY(signedBefore > 0); // the PHQ-9s signed above
        panel->setAllowedInstruments({QStringLiteral("gad7"), QStringLiteral("pcl5")});

        auto *button = child<QPushButton>(panel.get(), QStringLiteral("newAssessmentButton"));
        QVERIFY(button->isEnabled());
        button->click();
        auto *list = child<QListWidget>(panel.get(), QStringLiteral("instrumentChooserList"));
        QVERIFY(list->isVisible());
        QStringList offered;
        for (int row = 0; row < list->count(); ++row)
            offered << list->item(row)->text().section(QStringLiteral(" — "), 0, 0);
        QCOMPARE(offered, (QStringList{QStringLiteral("GAD-7"), QStringLiteral("PCL-5")}));
        QCOMPARE(list->currentRow(), 0); // PHQ-9 is not there to preselect

        // Asking for an instrument the organisation does not allow (as Ctrl+N with an id does) is refused, saying so.
        QSignalSpy errors(panel.get(), &AssessmentsPanel::errorOccurred);
        panel->startNewAssessment(QStringLiteral("phq9"));
        QVERIFY(!panel->isFormOpen());
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.at(0).at(0).toString().contains(QStringLiteral("PHQ-9")),
                 qPrintable(errors.at(0).at(0).toString()));
        // The history still shows every past assessment, PHQ-9s included.
        QCOMPARE(panel->history()->model()->rowCount(), signedBefore);
        QVERIFY(child<QComboBox>(panel.get(), QStringLiteral("historyInstrument"))->count() > 0);

        panel->startNewAssessment(QStringLiteral("gad7"));
        QVERIFY(panel->isFormOpen());
        QCOMPARE(panel->form()->instrumentId(), QStringLiteral("gad7"));
        child<QPushButton>(panel->form(), QStringLiteral("discardButton"))->click();

        // Unrestricted again: every instrument.
        panel->setAllowedInstruments({});
        panel->startNewAssessment();
        QCOMPARE(list->count(), int(InstrumentLibrary::builtin().ids().size()));
    }

    void noAllowedInstrumentDisablesNew()
    {
        auto panel = openPanel();
        QVERIFY(panel);
        // "none" is the policy's spelling of an empty allowance (an empty list means every instrument).
        panel->setAllowedInstruments({QStringLiteral("none")});
        auto *button = child<QPushButton>(panel.get(), QStringLiteral("newAssessmentButton"));
        QVERIFY(!button->isEnabled());
        QVERIFY2(button->toolTip().contains(QStringLiteral("organisation")), qPrintable(button->toolTip()));
        QVERIFY(!panel->canStartNew());
        panel->startNewAssessment();
        QVERIFY(!child<QListWidget>(panel.get(), QStringLiteral("instrumentChooserList"))->isVisible());
        QVERIFY(!panel->isFormOpen());
        QVERIFY(panel->history()->model()->rowCount() > 0);
    }

    void draftOfAnInstrumentNoLongerAllowedCanBeFinishedOrDeleted()
    {
        auto panel = openPanel();
        QVERIFY(panel);
        panel->startNewAssessment(QStringLiteral("phq9"));
        typeAnswer(1);
        typeAnswer(0);
        child<QPushButton>(panel->form(), QStringLiteral("saveDraftButton"))->click();
        child<QPushButton>(panel->form(), QStringLiteral("discardButton"))->click();

        panel->setAllowedInstruments({QStringLiteral("gad7")});
        auto *drafts = child<QListWidget>(panel.get(), QStringLiteral("draftsList"));
        QCOMPARE(drafts->count(), 1);
        QVERIFY2(drafts->item(0)->text().contains(QStringLiteral("no longer offered")),
                 qPrintable(drafts->item(0)->text()));
        QVERIFY(drafts->item(0)->toolTip().contains(QStringLiteral("finish")));
        drafts->setCurrentRow(0);
        child<QPushButton>(panel.get(), QStringLiteral("openDraftButton"))->click();
        QVERIFY(panel->isFormOpen());
        QCOMPARE(panel->form()->instrumentId(), QStringLiteral("phq9"));
        QCOMPARE(panel->form()->answers().front(), std::optional<int>(1));

        child<QPushButton>(panel->form(), QStringLiteral("discardButton"))->click();
        drafts->setCurrentRow(0);
        auto *del = child<QPushButton>(panel.get(), QStringLiteral("deleteDraftButton"));
        del->click();
        del->click();
        QCOMPARE(drafts->count(), 0);
    }

    void clearLeavesNoPhi()
    {
        auto panel = openPanel();
        QVERIFY(panel);
        QVERIFY(panel->history()->model()->rowCount() > 0);
        panel->startNewAssessment(QStringLiteral("phq9"));
        answer(panel->form(), QStringLiteral("phq9_1"), 3);
        panel->clear();

        QVERIFY(!panel->isFormOpen());
        QCOMPARE(panel->history()->model()->rowCount(), 0);
        QVERIFY(panel->history()->chart()->series().isEmpty());
        QCOMPARE(child<QComboBox>(panel.get(), QStringLiteral("historyInstrument"))->count(), 0);
        QCOMPARE(child<QListWidget>(panel.get(), QStringLiteral("draftsList"))->count(), 0);
        QCOMPARE(panel->form()->itemCount(), 0);
        QVERIFY(panel->form()->findChildren<QRadioButton *>().isEmpty());
        // No label anywhere still shows a total, a band, an answer count or who the patient is.
        for (QLabel *label : panel->findChildren<QLabel *>()) {
            const QString text = label->text();
            QVERIFY2(!text.contains(QStringLiteral("Total:")), qPrintable(label->objectName()));
            QVERIFY2(!text.contains(QStringLiteral("answered")), qPrintable(label->objectName()));
            QVERIFY2(!text.contains(QStringLiteral("Moderate")), qPrintable(label->objectName()));
            QVERIFY2(!text.contains(QStringLiteral("Example")) && !text.contains(QStringLiteral("MRN-4711")),
                     qPrintable(label->objectName()));
        }
        // And nothing can be saved for the patient any more.
        panel->startNewAssessment(QStringLiteral("phq9"));
        QVERIFY(!panel->isFormOpen());
    }
};

QTEST_MAIN(TestAssessmentsPanel)
#include "test_assessmentspanel.moc"
