#pragma once
// CtlOptionNames: the names of novamindctl's shared options, spelled once for every command that reads them.

#include <QString>

namespace novamind::ctlopt {

inline const QString kDb = QStringLiteral("db");
inline const QString kUser = QStringLiteral("user");
inline const QString kPassphraseFile = QStringLiteral("passphrase-file");
inline const QString kRole = QStringLiteral("role");
inline const QString kServer = QStringLiteral("server");
inline const QString kServerPasswordFile = QStringLiteral("server-password-file");
inline const QString kServerUser = QStringLiteral("server-user");
inline const QString kCaFile = QStringLiteral("ca-file");
inline const QString kPin = QStringLiteral("pin-sha256");
inline const QString kPageLimit = QStringLiteral("page-limit");
inline const QString kPatient = QStringLiteral("patient");

} // namespace novamind::ctlopt
