#pragma once
// AtomicFile: replaces a file's contents all at once (temp file, fsync, rename, fsync of the directory).

#include "models/Result.h"

#include <QByteArray>
#include <QString>

namespace novamind {

namespace AtomicFile {

// After a crash at any point the file holds either its old or its new contents, never a mix.
// The new file is created with mode 0600.
Status write(const QString &path, const QByteArray &contents);

} // namespace AtomicFile

} // namespace novamind
