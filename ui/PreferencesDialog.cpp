#include "ui/PreferencesDialog.h"

#include "sync/CppRestTransport.h"
#include "ui/ClinicalStyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace novamind {

PreferencesDialog::PreferencesDialog(const Preferences &current, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    for (const QString &code : Preferences::availableLanguages()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(name, code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));

    m_appearance = new QComboBox(this);
    m_appearance->setObjectName(QStringLiteral("appearanceCombo"));
    m_appearance->setAccessibleName(tr("Appearance"));
    m_appearance->addItem(tr("Follow the system"), static_cast<int>(Preferences::Appearance::System));
    m_appearance->addItem(tr("Light"), static_cast<int>(Preferences::Appearance::Light));
    m_appearance->addItem(tr("Dark"), static_cast<int>(Preferences::Appearance::Dark));
    m_appearance->setCurrentIndex(m_appearance->findData(static_cast<int>(current.appearance)));

    m_lockMinutes = new QSpinBox(this);
    m_lockMinutes->setObjectName(QStringLiteral("lockTimeoutSpin"));
    m_lockMinutes->setAccessibleName(tr("Lock after inactivity, in minutes"));
    m_lockMinutes->setRange(static_cast<int>(Preferences::kMinLockTimeout.count()),
                            static_cast<int>(Preferences::kMaxLockTimeout.count()));
    m_lockMinutes->setSuffix(tr(" min"));
    m_lockMinutes->setValue(static_cast<int>(current.lockTimeout.count()));

    auto *note = new QLabel(tr("A new language takes effect the next time Novamind Clinician starts."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note);
    form->addRow(tr("&Appearance:"), m_appearance);
    form->addRow(tr("Lock &after inactivity:"), m_lockMinutes);

    auto *general = new QGroupBox(tr("General"), this);
    general->setLayout(form);

    m_serverUrl = new QLineEdit(current.sync.serverUrl, this);
    m_serverUrl->setObjectName(QStringLiteral("syncServerUrl"));
    m_serverUrl->setAccessibleName(tr("Sync server address"));
    m_serverUrl->setPlaceholderText(tr("https://sync.example.org"));
    m_serverUser = new QLineEdit(current.sync.serverUser, this);
    m_serverUser->setObjectName(QStringLiteral("syncServerUser"));
    m_serverUser->setAccessibleName(tr("Sync server user"));
    m_serverUser->setPlaceholderText(tr("Same as the replica user"));
    m_caFile = new QLineEdit(current.sync.caFile, this);
    m_caFile->setObjectName(QStringLiteral("syncCaFile"));
    m_caFile->setAccessibleName(tr("Extra trusted certificate authority file"));
    m_caFile->setPlaceholderText(tr("Optional; the system's certificates are always trusted"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("syncCaBrowse"));
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::chooseCaFile);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    m_pin = new QLineEdit(current.sync.pinSha256, this);
    m_pin->setObjectName(QStringLiteral("syncPin"));
    m_pin->setAccessibleName(tr("Pinned server key"));
    m_pin->setPlaceholderText(tr("Optional: sha256//…"));
    m_syncInterval = new QSpinBox(this);
    m_syncInterval->setObjectName(QStringLiteral("syncIntervalSpin"));
    m_syncInterval->setAccessibleName(tr("Sync automatically every, in minutes"));
    m_syncInterval->setRange(0, static_cast<int>(SyncSettings::kMaxInterval.count()));
    m_syncInterval->setSuffix(tr(" min"));
    m_syncInterval->setSpecialValueText(tr("Only when I ask"));
    m_syncInterval->setValue(static_cast<int>(current.sync.interval.count()));

    m_syncError = new QLabel(this);
    m_syncError->setObjectName(QStringLiteral("syncSettingsError"));
    m_syncError->setTextFormat(Qt::PlainText);
    m_syncError->setWordWrap(true);
    style::useAlertText(m_syncError);
    m_syncError->hide();

    auto *syncForm = new QFormLayout;
    syncForm->addRow(tr("&Server:"), m_serverUrl);
    syncForm->addRow(tr("&User:"), m_serverUser);
    syncForm->addRow(tr("&CA file:"), caRow);
    syncForm->addRow(tr("&Pin:"), m_pin);
    syncForm->addRow(tr("Sync &every:"), m_syncInterval);
    syncForm->addRow(QString(), m_syncError);
    auto *syncGroup = new QGroupBox(tr("Sync"), this);
    syncGroup->setObjectName(QStringLiteral("syncGroup"));
    syncGroup->setLayout(syncForm);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(syncGroup);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

void PreferencesDialog::chooseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Certificate authority file"), m_caFile->text(),
                                                      tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

void PreferencesDialog::accept()
{
    const QString url = m_serverUrl->text().trimmed();
    if (!url.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        const QString scheme = parsed.scheme();
        if (!parsed.isValid() || parsed.host().isEmpty() ||
            (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
            m_syncError->setText(tr("Enter the sync server as an address like https://sync.example.org."));
            m_syncError->show();
            m_serverUrl->setFocus();
            return;
        }
    }
    const QString pin = m_pin->text().trimmed();
    if (!pin.isEmpty()) {
        auto parsed = parsePinSha256(pin);
        if (!parsed.ok()) {
            m_syncError->setText(parsed.error().message);
            m_syncError->show();
            m_pin->setFocus();
            return;
        }
    }
    m_syncError->hide();
    QDialog::accept();
}

Preferences PreferencesDialog::preferences() const
{
    Preferences prefs;
    prefs.language = m_language->currentData().toString();
    prefs.appearance = static_cast<Preferences::Appearance>(m_appearance->currentData().toInt());
    prefs.lockTimeout = std::chrono::minutes(m_lockMinutes->value());
    prefs.sync.serverUrl = m_serverUrl->text().trimmed();
    prefs.sync.serverUser = m_serverUser->text().trimmed();
    prefs.sync.caFile = m_caFile->text().trimmed();
    prefs.sync.pinSha256 = m_pin->text().trimmed();
    prefs.sync.interval = std::chrono::minutes(m_syncInterval->value());
    return prefs;
}

} // namespace novamind
