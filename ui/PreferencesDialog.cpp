#include "ui/PreferencesDialog.h"

#include "app/config/SettingsCatalog.h"
#include "sync/CppRestTransport.h"
#include "ui/ClinicalStyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace novamind {

namespace {

// A padlock drawn in the palette's text colour: no icon theme or emoji font is needed, and it follows dark mode.
QPixmap lockPixmap(const QWidget &widget)
{
    const int side = widget.fontMetrics().height();
    const qreal ratio = widget.devicePixelRatioF();
    QPixmap pixmap(QSize(side, side) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ink = widget.palette().color(QPalette::WindowText);
    const qreal body = side * 0.62;
    const QRectF bodyRect((side - body) / 2, side * 0.42, body, side * 0.48);
    QPen pen(ink, std::max(1.5, side * 0.11));
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const qreal shackle = body * 0.62;
    QPainterPath path;
    path.moveTo((side - shackle) / 2, bodyRect.top());
    path.lineTo((side - shackle) / 2, side * 0.30);
    path.arcTo(QRectF((side - shackle) / 2, side * 0.10, shackle, shackle * 0.75), 180, -180);
    path.lineTo((side + shackle) / 2, bodyRect.top());
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(ink);
    painter.drawRoundedRect(bodyRect, side * 0.08, side * 0.08);
    return pixmap;
}

QLabel *lockMarker(QWidget *parent, const QString &description)
{
    auto *marker = new QLabel(parent);
    marker->setPixmap(lockPixmap(*parent));
    marker->setToolTip(description);
    marker->setAccessibleName(description);
    return marker;
}

} // namespace

PreferencesDialog::PreferencesDialog(const Preferences &current, QWidget *parent)
    : QDialog(parent)
    , m_current(current)
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
    addSettingRow(form, tr("&Language:"), config::key::Language, {m_language});
    form->addRow(QString(), note);
    addSettingRow(form, tr("&Appearance:"), config::key::Appearance, {m_appearance});
    addSettingRow(form, tr("Lock &after inactivity:"), config::key::LockTimeout, {m_lockMinutes});

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
    addSettingRow(syncForm, tr("&Server:"), config::key::ServerUrl, {m_serverUrl});
    addSettingRow(syncForm, tr("&User:"), config::key::ServerUser, {m_serverUser});
    addSettingRow(syncForm, tr("&CA file:"), config::key::CaFile, {m_caFile, browse});
    addSettingRow(syncForm, tr("&Pin:"), config::key::PinSha256, {m_pin});
    addSettingRow(syncForm, tr("Sync &every:"), config::key::SyncInterval, {m_syncInterval});
    syncForm->addRow(QString(), m_syncError);
    auto *syncGroup = new QGroupBox(tr("Sync"), this);
    syncGroup->setObjectName(QStringLiteral("syncGroup"));
    syncGroup->setLayout(syncForm);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (current.isManaged()) {
        auto *managed = new QLabel(tr("Some settings are managed by your organisation."), this);
        managed->setObjectName(QStringLiteral("managedNote"));
        managed->setWordWrap(true);
        auto *noteRow = new QHBoxLayout;
        noteRow->addWidget(lockMarker(this, managed->text()));
        noteRow->addWidget(managed, 1);
        layout->addLayout(noteRow);
    }
    if (!current.policyProblems().isEmpty()) {
        // The problems themselves are for IT (novamindctl policy prints them); the user only needs to know to ask.
        auto *warning = new QLabel(tr("Your organisation's policy has errors; ask IT."), this);
        warning->setObjectName(QStringLiteral("policyWarning"));
        warning->setWordWrap(true);
        style::useAlertText(warning);
        layout->addWidget(warning);
    }
    layout->addWidget(general);
    layout->addWidget(syncGroup);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

void PreferencesDialog::addSettingRow(QFormLayout *form, const QString &labelText, const QString &key,
                                      const QList<QWidget *> &widgets)
{
    // A label of our own: QFormLayout gives a row whose field is a layout no buddy, and then shows the "&".
    auto *label = new QLabel(labelText, this);
    label->setBuddy(widgets.constFirst());
    auto *row = new QHBoxLayout;
    form->addRow(label, row);
    for (QWidget *widget : widgets)
        row->addWidget(widget, widget == widgets.constFirst() ? 1 : 0);
    if (!m_current.isLocked(key)) {
        // Keeps the fields of a form with locked rows the same width.
        if (m_current.isManaged())
            row->addSpacing(fontMetrics().height() + style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing));
        return;
    }
    const QString description = tr("Set by your organisation (%1)").arg(QFileInfo(m_current.policyFile()).fileName());
    label->setToolTip(description);
    for (QWidget *widget : widgets) {
        widget->setEnabled(false);
        widget->setToolTip(description);
        widget->setAccessibleDescription(description);
        // A placeholder in a locked, empty field would read as the organisation's value.
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            edit->setPlaceholderText(tr("Not set"));
    }
    QLabel *marker = lockMarker(this, description);
    marker->setObjectName(QStringLiteral("policyLock"));
    marker->setProperty("settingKey", key);
    row->addWidget(marker);
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
    // Locked fields hold the policy's value: the user cannot correct them, and the policy checked them already.
    const QString url = m_serverUrl->text().trimmed();
    if (!url.isEmpty() && !m_current.isLocked(config::key::ServerUrl)) {
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
    if (!pin.isEmpty() && !m_current.isLocked(config::key::PinSha256)) {
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
    // Starting from the current preferences keeps the policy, what it locks and what the dialog does not show.
    Preferences prefs = m_current;
    auto unlocked = [this](const QString &key) { return !m_current.isLocked(key); };
    if (unlocked(config::key::Language))
        prefs.language = m_language->currentData().toString();
    if (unlocked(config::key::Appearance))
        prefs.appearance = static_cast<Preferences::Appearance>(m_appearance->currentData().toInt());
    if (unlocked(config::key::LockTimeout))
        prefs.lockTimeout = std::chrono::minutes(m_lockMinutes->value());
    if (unlocked(config::key::ServerUrl))
        prefs.sync.serverUrl = m_serverUrl->text().trimmed();
    if (unlocked(config::key::ServerUser))
        prefs.sync.serverUser = m_serverUser->text().trimmed();
    if (unlocked(config::key::CaFile))
        prefs.sync.caFile = m_caFile->text().trimmed();
    if (unlocked(config::key::PinSha256))
        prefs.sync.pinSha256 = m_pin->text().trimmed();
    if (unlocked(config::key::SyncInterval))
        prefs.sync.interval = std::chrono::minutes(m_syncInterval->value());
    return prefs;
}

} // namespace novamind
