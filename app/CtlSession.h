#pragma once
// CtlSession: how novamindctl's keyed commands open the replica: the passphrase from --passphrase-file (wiped after
// use), the replica at --db for --user, and that user's session.

#include "models/Result.h"
#include "models/cli/CtlOptions.h"
#include "storage/Replica.h"
#include "storage/Session.h"

#include <memory>

namespace novamind {

// Reads the signed-in user's passphrase and opens the replica.
Result<std::unique_ptr<Replica>> openCtlReplica(const ParsedArgs &args, const Replica::Options &options = {});

// An open replica and the signed-in user's session on it (the session points into the replica).
struct CtlSession
{
    std::unique_ptr<Replica> replica;
    Session session;
};

Result<CtlSession> openCtlSession(const ParsedArgs &args);

} // namespace novamind
