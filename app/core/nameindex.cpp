#include "nameindex.h"
