#include "Money.h"

namespace Cutover {

namespace {
__extension__ typedef __int128 Wide; // GCC and Clang; __extension__ keeps -Wpedantic quiet
}

qint64 Money::mulDivRounded(qint64 x, qint64 num, qint64 den)
{
    const Wide product = static_cast<Wide>(x) * num;
    const bool negative = (product < 0) != (den < 0);
    const Wide a = product < 0 ? -product : product;
    const Wide d = den < 0 ? -den : den;
    const Wide q = (a + d / 2) / d;
    return static_cast<qint64>(negative ? -q : q);
}

} // namespace Cutover
