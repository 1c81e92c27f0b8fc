#pragma once
// hardenProcess: keeps PHI and keys out of core dumps, and new files private (GUI, CLI and server).

namespace novamind {

// No core dumps (they would hold decrypted pages and keys), files created 0600/0700.
void hardenProcess();

} // namespace novamind
