#include "models/cli/MemoryTuning.h"

#include <malloc.h>

namespace novamind {

void limitAllocatorArenas()
{
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
    mallopt(M_ARENA_MAX, 2);
#endif
}

} // namespace novamind
