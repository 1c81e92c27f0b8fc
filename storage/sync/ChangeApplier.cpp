#include "storage/sync/ChangeApplier.h"
