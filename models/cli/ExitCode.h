#pragma once
// ExitCode: the process exit codes of the command-line contract (DESIGN.md), shared by novamindctl and novamind-syncd.

#include "models/Result.h"

#include <QTextStream>

namespace novamind {

namespace ExitCode {
constexpr int Ok = 0;
constexpr int Failed = 1; // a check failed, or anything else went wrong
constexpr int Usage = 2;
constexpr int Authentication = 3;
constexpr int Network = 4;
} // namespace ExitCode

// The exit code for an error: usage, missing and existing things → 2, authentication → 3, network/server → 4,
// anything else → 1.
int exitCodeFor(const Error &error);

// The command-line way to fail: the error's sentence on `err` (its technical detail too when NOVAMIND_DEBUG is set,
// as it never holds PHI or keys), and its exit code.
int reportError(QTextStream &err, const Error &error);

} // namespace novamind
