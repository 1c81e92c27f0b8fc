#include "storage/sync/RecordEditor.h"
