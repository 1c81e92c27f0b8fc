#pragma once
// Storage helpers shared by the tests: cheap key derivation for fast unit tests.

#include "FileSupport.h"
#include "storage/KeyVault.h"
#include "storage/Replica.h"

namespace novamind::test {

// scrypt at N = 2^14 keeps unit tests fast; production slots always use the default (2^17).
inline KeyVault::KdfParams cheapKdf()
{
    return KeyVault::KdfParams{quint64(1) << 14, 8, 1};
}

inline Replica::Options cheapOptions()
{
    Replica::Options o;
    o.kdf = cheapKdf();
    return o;
}

} // namespace novamind::test
