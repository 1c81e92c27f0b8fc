#pragma once
// SyncTarget: the server a novamindctl sync signs in to (URL, trusted CA file, pinned key) and the server user, from
// the command line and the effective settings — one resolution for `sync` and `provision`.

#include "app/config/EffectiveSettings.h"
#include "models/Result.h"
#include "models/cli/CtlOptions.h"
#include "sync/CppRestTransport.h"

#include <QCoreApplication>
#include <QString>

namespace novamind {

// How each of --server, --ca-file, --pin-sha256 and --server-user is decided:
//   1. A key the managed policy sets is locked: its value is used, and a command-line value that differs from it
//      (compared in normal form: same URL, same pinned key, same absolute file) is a usage error naming the policy
//      file and the key. Any difference counts, even an extra pin: the administrator's value is the one that runs.
//   2. Otherwise the command-line value.
//   3. Otherwise the OS user's GUI settings — but only when the server is the one the GUI uses (the effective
//      sync/serverUrl, the policy's or the user's; --server not given or equal to it): a CA file, pin or user set up
//      for one server says nothing about another.
//   4. Otherwise nothing (no CA file, no pin); the server user falls back to --user. No server at all is a usage
//      error.
class SyncTarget
{
    Q_DECLARE_TR_FUNCTIONS(SyncTarget)
public:
    static Result<SyncTarget> resolve(const ParsedArgs &args, const config::EffectiveSettings &settings);

    // baseUrl, caFile and the parsed pin, for CppRestTransport::create.
    const TransportOptions &transportOptions() const { return m_transport; }
    const QString &serverUrl() const { return m_transport.baseUrl; }
    const QString &caFile() const { return m_transport.caFile; } // absolute, or empty
    const QString &pinText() const { return m_pinText; }         // as the settings store it, or empty
    const QString &serverUser() const { return m_serverUser; }   // never empty

private:
    SyncTarget() = default;
    TransportOptions m_transport;
    QString m_pinText;
    QString m_serverUser;
};

} // namespace novamind
