#pragma once
// The command-line tools of novamind-syncd besides serving: `migrate` and `admin ...` (DESIGN.md, "Server contract").

#include <QStringList>

namespace novamind::server {

// `arguments` are those after the subcommand word; the return value is the process exit code.
int runMigrate(const QStringList &arguments);
int runAdmin(const QStringList &arguments);

} // namespace novamind::server
