// render_screenshots: renders the main views at 1280×800 into PNG files, for docs/screenshots and for review.
// Usage: render_screenshots OUTDIR   (scripts/screenshots runs it under xvfb, so real fonts and a real X server)
#include "DemoReplica.h"
#include "storage/PatientRepository.h"
#include "storage/UnitOfWork.h"
#include "ui/Appearance.h"
#include "ui/BreakGlassDialog.h"
#include "ui/MainWindow.h"
#include "ui/PatientWorkspace.h"
#include "ui/UnlockDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace novamind;

namespace {

QString g_outDir;

void settle(int ms = 150)
{
    QTest::qWait(ms);
    QCoreApplication::processEvents();
}

void save(QWidget &widget, const char *name)
{
    settle();
    const QString file = g_outDir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png");
    if (!widget.grab().save(file))
        qFatal("could not write %s", qPrintable(file));
    std::printf("%s\n", qPrintable(file));
}

void click(QWidget &root, const QString &objectName)
{
    auto *button = root.findChild<QAbstractButton *>(objectName);
    if (!button)
        qFatal("no button %s", qPrintable(objectName));
    button->click();
}

// The patient of the demo cohort with the most alarming list entry, so the screenshots show the flags.
PatientSummary pickPatient(Replica &replica)
{
    auto session = Session::forReplica(replica);
    auto all = UnitOfWork::perform(session.value(), [](UnitOfWork &uow) { return PatientRepository::search(uow, {}); });
    if (!all.ok() || all->empty())
        qFatal("no patients");
    for (const PatientSummary &p : all.value())
        if (p.suicideRisk || p.riskLevel == QLatin1String("high"))
            return p;
    return all->front();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Novamind"));
    QCoreApplication::setApplicationName(QStringLiteral("Novamind Clinician Screenshots"));
    QStandardPaths::setTestModeEnabled(true);
    if (argc < 2) {
        std::fprintf(stderr, "usage: render_screenshots OUTDIR\n");
        return 2;
    }
    g_outDir = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(g_outDir);

    QTemporaryDir dir;
    test::DemoReplicaSpec spec;
    spec.path = dir.filePath(QStringLiteral("replica.db"));
    spec.patients = 150;
    spec.statesPerPatient = 540;
    auto created = test::createDemoReplica(spec);
    if (!created.ok())
        qFatal("demo replica: %s", qPrintable(created.error().message));
    const PatientSummary patient = pickPatient(*created.value());
    created.value()->close();
    auto open = [&] { return std::move(Replica::open(spec.path, spec.userId, spec.passphrase, {})).value(); };

    {
        UnlockDialog unlock(spec.path);
        unlock.setUserId(spec.userId);
        unlock.show();
        save(unlock, "01-unlock");
    }

    MainWindow window(open());
    window.resize(1280, 800);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    save(window, "02-patient-list");

    window.openPatient(patient.id);
    auto *workspace = window.findChild<PatientWorkspace *>();
    save(window, "03-patient-overview");

    workspace->showTab(PatientWorkspace::AssessmentsTab);
    save(window, "04-assessment-history");

    workspace->startNewAssessment(QStringLiteral("phq9"));
    const int answers[9] = {2, 2, 1, 2, 1, 1, 2, 0, 1};
    for (int i = 0; i < 9; ++i)
        click(window, QStringLiteral("item_phq9_%1_%2").arg(i + 1).arg(answers[i]));
    save(window, "05-assessment-entry-item9-alert");

    // The timeline wants the width: hide the patient list as a clinician would (F9).
    auto *listAction = window.findChild<QAction *>(QStringLiteral("listVisibleAction"));
    listAction->setChecked(false);
    workspace->showTab(PatientWorkspace::TimelineTab);
    save(window, "06-twin-timeline");

    window.showEmergencyAccess();
    if (auto *dialog = window.findChild<BreakGlassDialog *>()) {
        dialog->findChild<QLineEdit *>(QStringLiteral("breakGlassMrn"))->setText(QStringLiteral("MRN-000123"));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("breakGlassReason"))
            ->setPlainText(QStringLiteral("Seen in the emergency department; treating psychiatrist off duty"));
        save(*dialog, "07-emergency-access");
        dialog->reject();
    }

    applyAppearance(app, Preferences::Appearance::Dark);
    save(window, "08-dark-timeline");
    listAction->setChecked(true);
    workspace->showTab(PatientWorkspace::AssessmentsTab);
    save(window, "09-dark-assessment");
    applyAppearance(app, Preferences::Appearance::Light);

    window.lock();
    save(window, "10-locked");
    return 0;
}
