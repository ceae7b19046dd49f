#pragma once
// STUB: to be written (issue 3, value parsers).
