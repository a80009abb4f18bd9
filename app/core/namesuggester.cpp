#include "namesuggester.h"
