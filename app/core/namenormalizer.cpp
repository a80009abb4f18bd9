#include "namenormalizer.h"
