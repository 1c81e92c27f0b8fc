#include "storage/sync/SyncState.h"
