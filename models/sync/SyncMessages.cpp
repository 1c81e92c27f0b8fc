#include "models/sync/SyncMessages.h"
