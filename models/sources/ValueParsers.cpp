#include "ValueParsers.h"
