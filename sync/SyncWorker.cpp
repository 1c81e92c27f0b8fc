#include "sync/SyncWorker.h"
