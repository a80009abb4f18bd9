#include "headlessrunner.h"
