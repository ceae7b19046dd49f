#pragma once

#include "SchemaMigrator.h"

namespace Cutover {

// The project file's schema, as the ordered list of every migration ever shipped.
// Append only: a released migration is never edited.
const SchemaMigrator &projectSchema();

} // namespace Cutover
