#include "MapSuggester.h"
