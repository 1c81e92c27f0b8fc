#include "ui/sync/ServerPasswordDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace novamind {

ServerPasswordDialog::ServerPasswordDialog(const QString &server, const QString &user, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("serverPasswordDialog"));
    setWindowTitle(tr("Sign in to the sync server"));
    setAccessibleName(tr("Sign in to the sync server"));

    // Only the host: a URL's path or query says nothing the user needs here.
    const QUrl url(server);
    const QString host = url.host().isEmpty() ? server : url.host();
    auto *intro = new QLabel(tr("Novamind Clinician needs your password for the sync server %1. It is kept in "
                                "memory until the session locks.")
                                 .arg(host),
                             this);
    intro->setObjectName(QStringLiteral("serverPasswordIntro"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    auto *userLabel = new QLabel(user, this);
    userLabel->setObjectName(QStringLiteral("serverPasswordUser"));
    userLabel->setTextFormat(Qt::PlainText);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setAccessibleName(tr("Server password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(fontMetrics().averageCharWidth() * 32);

    auto *form = new QFormLayout;
    form->addRow(tr("User:"), userLabel);
    form->addRow(tr("&Password:"), m_password);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("&Sign in and sync"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("serverPasswordSignIn"));
    m_signIn->setDefault(true);
    m_signIn->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_signIn->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMaximumWidth(fontMetrics().averageCharWidth() * 80);
}

ServerPasswordDialog::~ServerPasswordDialog()
{
    m_password->clear();
}

SecureBytes ServerPasswordDialog::takePassword()
{
    QByteArray utf8 = m_password->text().toUtf8();
    SecureBytes password(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    secureWipe(utf8);
    m_password->clear();
    return password;
}

} // namespace novamind
