#include "storage/sync/Conflicts.h"
