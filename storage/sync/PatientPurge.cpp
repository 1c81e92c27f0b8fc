#include "storage/sync/PatientPurge.h"
