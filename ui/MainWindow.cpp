#include "ui/MainWindow.h"

#include "models/PatientListModel.h"
#include "models/Version.h"
#include "storage/Database.h"
#include "storage/PatientRepository.h"
#include "storage/Session.h"
#include "storage/UnitOfWork.h"
#include "sync/Transport.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>
#include <openssl/crypto.h>

namespace novamind {

namespace {

QLabel *makeValueLabel(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *makeCaptionLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setBuddy(buddy);
    return label;
}

QString formatTimestamp(const QString &iso)
{
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : iso;
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Replica> replica, QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAccessibleName(tr("Novamind Clinician"));

    m_patients = new PatientListModel(this);
    m_patients->setObjectName(QStringLiteral("patientModel"));
    m_patientProxy = new QSortFilterProxyModel(this);
    m_patientProxy->setObjectName(QStringLiteral("patientProxy"));
    m_patientProxy->setSourceModel(m_patients);
    m_patientProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_patientProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_patientProxy->setFilterKeyColumn(-1);

    m_sessionPage = buildSessionPage();
    connect(m_patientProxy, &QAbstractItemModel::modelReset, this, &MainWindow::updatePatientPlaceholder);
    connect(m_patientProxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updatePatientPlaceholder);
    connect(m_patientProxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updatePatientPlaceholder);
    connect(m_patientProxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updatePatientPlaceholder);

    m_lockedPage = new QWidget(this);
    m_lockedPage->setObjectName(QStringLiteral("lockedPage"));
    auto *lockedLabel = new QLabel(tr("The replica is locked. Unlock it to continue."), m_lockedPage);
    lockedLabel->setObjectName(QStringLiteral("lockedLabel"));
    lockedLabel->setAlignment(Qt::AlignCenter);
    lockedLabel->setForegroundRole(QPalette::PlaceholderText);
    lockedLabel->setAccessibleName(tr("Locked"));
    auto *lockedLayout = new QVBoxLayout(m_lockedPage);
    lockedLayout->addWidget(lockedLabel);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_sessionPage);
    m_pages->addWidget(m_lockedPage);
    setCentralWidget(m_pages);

    buildMenus();
    resize(960, 640);
    setReplica(std::move(replica));
}

MainWindow::~MainWindow()
{
    // Drop the rows before the replica closes, so no view outlives the session's PHI.
    m_patients->clear();
}

QWidget *MainWindow::buildSessionPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("sessionPage"));

    auto *header = new QFrame(page);
    header->setObjectName(QStringLiteral("identityHeader"));
    header->setFrameShape(QFrame::StyledPanel);
    header->setAccessibleName(tr("Replica and session"));

    m_userValue = makeValueLabel(header, QStringLiteral("userValue"), tr("Signed in as"));
    m_replicaIdValue = makeValueLabel(header, QStringLiteral("replicaIdValue"), tr("Replica id"));
    m_pathValue = makeValueLabel(header, QStringLiteral("pathValue"), tr("Replica file"));
    m_schemaValue = makeValueLabel(header, QStringLiteral("schemaValue"), tr("Schema version"));
    m_createdValue = makeValueLabel(header, QStringLiteral("createdValue"), tr("Created"));
    m_versionValue = makeValueLabel(header, QStringLiteral("versionValue"), tr("Application version"));
    m_pathValue->setWordWrap(true);

    auto *grid = new QGridLayout(header);
    grid->setContentsMargins(12, 10, 12, 10);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(6);
    grid->addWidget(makeCaptionLabel(tr("Signed in as"), m_userValue, header), 0, 0);
    grid->addWidget(m_userValue, 0, 1);
    grid->addWidget(makeCaptionLabel(tr("Replica"), m_replicaIdValue, header), 1, 0);
    grid->addWidget(m_replicaIdValue, 1, 1);
    grid->addWidget(makeCaptionLabel(tr("File"), m_pathValue, header), 2, 0);
    grid->addWidget(m_pathValue, 2, 1);
    grid->addWidget(makeCaptionLabel(tr("Schema"), m_schemaValue, header), 0, 3);
    grid->addWidget(m_schemaValue, 0, 4);
    grid->addWidget(makeCaptionLabel(tr("Created"), m_createdValue, header), 1, 3);
    grid->addWidget(m_createdValue, 1, 4);
    grid->addWidget(makeCaptionLabel(tr("Version"), m_versionValue, header), 2, 3);
    grid->addWidget(m_versionValue, 2, 4);
    grid->setColumnStretch(1, 3);
    grid->setColumnMinimumWidth(2, 24);
    grid->setColumnStretch(4, 1);

    auto *patientsHeading = new QLabel(tr("Patients"), page);
    patientsHeading->setObjectName(QStringLiteral("patientsHeading"));
    QFont headingFont = patientsHeading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    patientsHeading->setFont(headingFont);

    m_patientTable = new QTableView(page);
    m_patientTable->setObjectName(QStringLiteral("patientTable"));
    m_patientTable->setAccessibleName(tr("Patients"));
    m_patientTable->setModel(m_patientProxy);
    m_patientTable->setSortingEnabled(true);
    m_patientTable->sortByColumn(PatientListModel::Name, Qt::AscendingOrder);
    m_patientTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_patientTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_patientTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_patientTable->setAlternatingRowColors(true);
    m_patientTable->verticalHeader()->hide();
    // Names get the room; MRN and date of birth keep to their width. One line per patient.
    m_patientTable->setWordWrap(false);
    m_patientTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_patientTable->horizontalHeader()->setSectionResizeMode(PatientListModel::Name, QHeaderView::Stretch);
    m_patientTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    m_patientPlaceholder = new QLabel(tr("No patients in this replica yet."), page);
    m_patientPlaceholder->setObjectName(QStringLiteral("patientPlaceholder"));
    m_patientPlaceholder->setAccessibleName(tr("No patients"));
    m_patientPlaceholder->setAlignment(Qt::AlignCenter);
    m_patientPlaceholder->setForegroundRole(QPalette::PlaceholderText);

    m_patientStack = new QStackedWidget(page);
    m_patientStack->setObjectName(QStringLiteral("patientStack"));
    m_patientStack->addWidget(m_patientTable);
    m_patientStack->addWidget(m_patientPlaceholder);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 16, 16, 8);
    layout->setSpacing(12);
    layout->addWidget(header);
    layout->addWidget(patientsHeading);
    layout->addWidget(m_patientStack, 1);
    return page;
}

void MainWindow::buildMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_lockAction = fileMenu->addAction(tr("&Lock"));
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setStatusTip(tr("Close the replica and ask for the passphrase again"));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);
    fileMenu->addSeparator();
    m_quitAction = fileMenu->addAction(tr("&Quit"));
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    m_aboutAction = helpMenu->addAction(tr("&About Novamind Clinician"));
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::setReplica(std::unique_ptr<Replica> replica)
{
    if (m_replica)
        m_replica->close();
    m_patients->clear();
    m_replica = std::move(replica);
    if (m_replica) {
        showIdentity();
        loadPatients();
        m_pages->setCurrentWidget(m_sessionPage);
    } else {
        clearIdentity();
        m_pages->setCurrentWidget(m_lockedPage);
    }
    m_lockAction->setEnabled(m_replica != nullptr);
    updatePatientPlaceholder();
}

void MainWindow::loadPatients()
{
    // The patients this user may see, through the access policy; the listing is audited.
    auto session = Session::forReplica(*m_replica);
    auto patients =
        session.ok()
            ? UnitOfWork::perform(session.value(), [](UnitOfWork &uow) { return PatientRepository::search(uow, {}); })
            : Result<std::vector<PatientSummary>>(session.error());
    if (!patients.ok()) {
        statusBar()->showMessage(patients.error().message);
        return;
    }
    m_patients->setPatients(std::move(patients.value()));
}

void MainWindow::lock()
{
    if (!m_replica)
        return;
    m_patients->clear();
    m_replica->close();
    m_replica.reset();
    clearIdentity();
    m_pages->setCurrentWidget(m_lockedPage);
    m_lockAction->setEnabled(false);
    Q_EMIT locked();
}

void MainWindow::showIdentity()
{
    const ReplicaIdentity &id = m_replica->identity();
    const QString role = roleName(id.role);
    m_userValue->setText(tr("%1 (%2)").arg(id.userId, role));
    m_replicaIdValue->setText(id.replicaId);
    m_pathValue->setText(id.path);
    m_schemaValue->setText(QString::number(id.schemaVersion));
    m_createdValue->setText(formatTimestamp(id.createdAt));
    m_versionValue->setText(QStringLiteral(NOVAMIND_VERSION));
    setWindowTitle(tr("Novamind Clinician — %1").arg(id.userId));
    statusBar()->showMessage(tr("Replica unlocked as %1 (%2)").arg(id.userId, role));
}

void MainWindow::clearIdentity()
{
    for (QLabel *label : {m_userValue, m_replicaIdValue, m_pathValue, m_schemaValue, m_createdValue, m_versionValue})
        label->clear();
    setWindowTitle(tr("Novamind Clinician — locked"));
    statusBar()->showMessage(tr("Replica locked"));
}

void MainWindow::updatePatientPlaceholder()
{
    const bool empty = m_patientProxy->rowCount() == 0;
    m_patientStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_patientPlaceholder) : m_patientTable);
}

void MainWindow::showAbout()
{
    const QString cipher = Database::cipherVersion();
    const QStringList components = {
        tr("Qt %1").arg(QString::fromLatin1(qVersion())),
        tr("SQLCipher %1 on SQLite %2").arg(cipher.isEmpty() ? tr("(unknown)") : cipher, Database::sqliteVersion()),
        QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)),
        transportLibraryVersion(),
    };
    QString list;
    for (const QString &component : components)
        list += QStringLiteral("<li>") % component.toHtmlEscaped() % QStringLiteral("</li>");
    const QString text = tr("<h3>Novamind Clinician %1</h3>"
                            "<p>Patients, assessments and digital twins on an encrypted local replica.</p>"
                            "<p>Built with:</p><ul>%2</ul>")
                             .arg(QStringLiteral(NOVAMIND_VERSION).toHtmlEscaped(), list);
    QMessageBox::about(this, tr("About Novamind Clinician"), text);
}

} // namespace novamind
