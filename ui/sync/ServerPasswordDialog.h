#pragma once
// ServerPasswordDialog: asks for the sync server's password (not the replica passphrase) once per session.

#include "storage/SecureBytes.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace novamind {

class ServerPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ServerPasswordDialog(const QString &server, const QString &user, QWidget *parent = nullptr);
    ~ServerPasswordDialog() override;

    // Hands the typed password over and clears the field; empty after the first call.
    SecureBytes takePassword();

private:
    QLineEdit *m_password = nullptr;
    QPushButton *m_signIn = nullptr;
};

} // namespace novamind
