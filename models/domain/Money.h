#pragma once

#include <QtGlobal>

namespace Cutover::Money {

// x * num / den rounded half away from zero, in integers (a 128-bit product, so
// a large amount times a duration cannot overflow). For money derived from money:
// a rate from an amount and a duration, a value from a duration and a rate.
qint64 mulDivRounded(qint64 x, qint64 num, qint64 den);

} // namespace Cutover::Money
