#include "ui/PreferencesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
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

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences prefs;
    prefs.language = m_language->currentData().toString();
    prefs.appearance = static_cast<Preferences::Appearance>(m_appearance->currentData().toInt());
    prefs.lockTimeout = std::chrono::minutes(m_lockMinutes->value());
    return prefs;
}

} // namespace novamind
