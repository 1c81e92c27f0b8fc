#include "models/cli/ProcessHardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace novamind {

void hardenProcess()
{
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
#if !defined(__SANITIZE_ADDRESS__)
    // Also blocks ptrace attach by other users' processes; LeakSanitizer needs ptrace, so not under ASan.
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
    umask(077);
}

} // namespace novamind
