#include "storage/sync/EntityTables.h"
