#include "BusinessCalendar.h"

// Placeholder so the tree builds while the calendar is written.
