#include "sync/SyncEngine.h"
