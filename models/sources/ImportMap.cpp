#include "ImportMap.h"
