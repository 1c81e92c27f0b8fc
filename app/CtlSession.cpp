#include "CtlSession.h"

#include "CtlOptionNames.h"
#include "storage/SecureBytes.h"

namespace novamind {

Result<std::unique_ptr<Replica>> openCtlReplica(const ParsedArgs &args, const Replica::Options &options)
{
    using namespace ctlopt;
    auto passphrase = SecretReader::read(args.value(kPassphraseFile), kPassphraseFile);
    if (!passphrase.ok())
        return passphrase.error();
    auto replica = Replica::open(args.value(kDb), args.value(kUser), passphrase.value(), options);
    secureWipe(passphrase.value());
    return replica;
}

Result<CtlSession> openCtlSession(const ParsedArgs &args)
{
    auto replica = openCtlReplica(args);
    if (!replica.ok())
        return replica.error();
    auto session = Session::forReplica(*replica.value());
    if (!session.ok())
        return session.error();
    return CtlSession{std::move(replica.value()), std::move(session.value())};
}

} // namespace novamind
