#include "searchcontroller.h"
