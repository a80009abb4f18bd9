#include "pokeapiparser.h"
