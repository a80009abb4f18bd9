#include "pokeapiclient.h"
