#include "pokemonlistmodel.h"
