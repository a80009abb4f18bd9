#include "requestqueue.h"
