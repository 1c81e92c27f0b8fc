// novamind: the clinician GUI. Composition root: command line, unlock, main window, session lock.

#include "app/config/EffectiveSettings.h"
#include "models/PatientListModel.h"
#include "models/Version.h"
#include "models/cli/CtlOptions.h"
#include "models/cli/ExitCode.h"
#include "models/cli/MemoryTuning.h"
#include "models/cli/ProcessHardening.h"
#include "storage/Replica.h"
#include "storage/SecureBytes.h"
#include "ui/Appearance.h"
#include "ui/Localization.h"
#include "ui/MainWindow.h"
#include "ui/Preferences.h"
#include "ui/UnlockDialog.h"
#include "ui/patients/PatientListPanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QStringList>
#include <QThread>
#include <cstdio>
#include <memory>

namespace {

void printLine(std::FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

bool hasDisplay(const QStringList &arguments)
{
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") || arguments.contains(QStringLiteral("-platform")) ||
           arguments.contains(QStringLiteral("--platform"));
}

// The same id names the .desktop file, the AppStream component and the icon (packaging/).
const QString kDesktopId = QStringLiteral("com.novamind.Clinician");

// The PNGs packaging/ renders from resources/icons at build time and compiles in, so the window has its icon even
// when the app is not installed.
QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1x%1/%2.png").arg(size).arg(kDesktopId), QSize(size, size));
    return icon;
}

// Runs the unlock dialog; an empty pointer means the user cancelled.
std::unique_ptr<novamind::Replica> unlockReplica(const QString &databasePath, const QString &userId, QWidget *parent)
{
    novamind::UnlockDialog dialog(databasePath, parent);
    dialog.setUserId(userId);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.takeReplica();
}

// --smoke-test: unlock without the dialog, show the main window, wait until its patient list has loaded and say how
// many patients it shows. Only a count is printed: never a patient's data.
int runSmokeTest(const QString &databasePath, const QString &userId, const QString &passphraseFile,
                 const novamind::Preferences &preferences)
{
    auto passphrase = novamind::SecretReader::read(passphraseFile, QStringLiteral("passphrase-file"));
    if (!passphrase.ok()) {
        printLine(stderr, passphrase.error().message);
        return novamind::exitCodeFor(passphrase.error());
    }
    // The same call the unlock dialog makes, on this thread: nothing else is waiting for it.
    auto opened = novamind::Replica::open(databasePath, userId, passphrase.value(), novamind::Replica::Options{});
    novamind::secureWipe(passphrase.value());
    if (!opened.ok()) {
        printLine(stderr, opened.error().message);
        return novamind::exitCodeFor(opened.error());
    }

    novamind::MainWindow window(std::move(opened).value());
    window.setPreferences(preferences);
    window.show();
    auto *list = window.findChild<novamind::PatientListPanel *>();
    const auto loaded = [list] {
        return list && list->totalCount() >= 0 && (list->totalCount() == 0 || list->model()->rowCount() > 0);
    };
    // The list loads as the session starts; the deadline only guards against a window that never gets there.
    const QDeadlineTimer deadline(std::chrono::seconds(60));
    while (!loaded() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    QCoreApplication::processEvents();
    if (!loaded()) {
        printLine(stderr, QCoreApplication::translate("main", "The patient list did not load; run `novamindctl "
                                                              "check` on the replica."));
        return novamind::ExitCode::Failed;
    }
    printLine(stdout, QStringLiteral("novamind: opened replica, %1 patients visible").arg(list->totalCount()));
    window.lock();
    return novamind::ExitCode::Ok;
}

} // namespace

int main(int argc, char *argv[])
{
    novamind::limitAllocatorArenas();
    novamind::hardenProcess();

    // The names the settings file is kept under, which novamindctl reads too (app/config).
    QCoreApplication::setOrganizationName(novamind::config::kOrganizationName);
    QCoreApplication::setApplicationName(novamind::config::kGuiApplicationName);
    QCoreApplication::setApplicationVersion(QStringLiteral(NOVAMIND_VERSION));

    // Parsed before QApplication exists, so --version, --help and the checks below work without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Novamind Clinician: patients and digital twins on an encrypted replica."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringList{QStringLiteral("db")},
        QCoreApplication::translate("main", "The replica database file (its key slots are in PATH.keys)."),
        QCoreApplication::translate("main", "PATH"), novamind::config::defaultReplicaPath());
    const QCommandLineOption userOption(QStringList{QStringLiteral("user")},
                                        QCoreApplication::translate("main", "Prefill the user id."),
                                        QCoreApplication::translate("main", "ID"));
    const QCommandLineOption smokeTestOption(
        QStringList{QStringLiteral("smoke-test")},
        QCoreApplication::translate("main", "Deployment check: unlock with --user and --passphrase-file, show the "
                                            "main window, print how many patients it lists and exit."));
    const QCommandLineOption passphraseFileOption(
        QStringList{QStringLiteral("passphrase-file")},
        QCoreApplication::translate("main", "With --smoke-test: the file holding the passphrase (- reads standard "
                                            "input)."),
        QCoreApplication::translate("main", "FILE"));
    parser.addOption(dbOption);
    parser.addOption(userOption);
    parser.addOption(smokeTestOption);
    parser.addOption(passphraseFileOption);

    // Qt's own options (-platform, -style, ...) are only known once QApplication has taken them out, so an
    // unknown option is reported here only when no QApplication could start anyway; otherwise after it exists.
    const bool parsed = parser.parse(arguments);
    if (parser.isSet(versionOption)) {
        printLine(stdout, QStringLiteral("novamind ") + QStringLiteral(NOVAMIND_VERSION));
        return 0;
    }
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        printLine(stdout, parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("novamind")));
        return 0;
    }
    const bool display = hasDisplay(arguments);
    if (!parsed && !display) {
        printLine(stderr, parser.errorText());
        return 2;
    }

    const QString databasePath = QDir::cleanPath(parser.value(dbOption));
    const QString userId = parser.value(userOption);
    const bool smokeTest = parser.isSet(smokeTestOption);
    if (parsed && smokeTest && (userId.isEmpty() || !parser.isSet(passphraseFileOption))) {
        printLine(stderr, QCoreApplication::translate("main", "--smoke-test needs --user and --passphrase-file."));
        return novamind::ExitCode::Usage;
    }
    if (!QFileInfo::exists(databasePath) && !QFileInfo::exists(novamind::Replica::keysPathFor(databasePath))) {
        printLine(stderr, QCoreApplication::translate("main", "There is no replica at %1; create one with "
                                                              "`novamindctl init --db %1 --user ID "
                                                              "--passphrase-file FILE`.")
                              .arg(databasePath));
        return 2;
    }
    if (!display) {
        printLine(stderr,
                  QCoreApplication::translate(
                      "main", "No display found: run it under a virtual display, e.g. `xvfb-run -a novamind --db %1`.")
                      .arg(databasePath));
        return 1;
    }

    // Fractional scale factors (125 %, 150 %) as the desktop sets them, not rounded: crisp text and charts.
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(kDesktopId);
    QApplication::setWindowIcon(applicationIcon());
    const novamind::Preferences preferences = novamind::Preferences::load();
    novamind::installTranslations(app, preferences.language);
    novamind::applyAppearance(app, preferences.appearance);
    if (!parser.parse(QCoreApplication::arguments())) {
        printLine(stderr, parser.errorText());
        return 2;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printLine(stderr, QCoreApplication::translate("main", "Unexpected argument %1; see novamind --help.")
                              .arg(parser.positionalArguments().constFirst()));
        return 2;
    }

    if (smokeTest)
        return runSmokeTest(databasePath, userId, parser.value(passphraseFileOption), preferences);

    std::unique_ptr<novamind::Replica> replica = unlockReplica(databasePath, userId, nullptr);
    if (!replica)
        return 0;
    QString lastUser = replica->identity().userId;

    novamind::MainWindow window(std::move(replica));
    window.setPreferences(preferences);
    // The window stays up, showing only "locked", while the unlock dialog sits on top of it.
    QObject::connect(
        &window, &novamind::MainWindow::locked, &window,
        [&] {
            std::unique_ptr<novamind::Replica> again = unlockReplica(databasePath, lastUser, &window);
            if (!again) {
                QCoreApplication::quit();
                return;
            }
            lastUser = again->identity().userId;
            window.setReplica(std::move(again));
        },
        Qt::QueuedConnection);
    window.show();
    window.activateWindow();
    return app.exec();
}
