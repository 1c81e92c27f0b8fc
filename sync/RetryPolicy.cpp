#include "sync/RetryPolicy.h"
