#pragma once
// sqliteError: maps an SQLite/SQLCipher result code to an Error with one plain sentence.

#include "models/Result.h"

struct sqlite3;

namespace novamind {

Error sqliteError(sqlite3 *db, int rc, const QString &context);

} // namespace novamind
