#include "sync/SyncClient.h"
