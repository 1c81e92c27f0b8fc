#include "sync/CppRestTransport.h"
