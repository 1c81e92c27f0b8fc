#include "storage/sync/Outbox.h"
