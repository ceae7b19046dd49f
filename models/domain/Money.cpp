#include "Money.h"

namespace Cutover {

namespace {
__extension__ typedef __int128 Wide; // GCC and Clang; __extension__ keeps -Wpedantic quiet
}

qint64 Money::mulDivRounded(qint64 x, qint64 num, qint64 den)
{
    // In 64 bits when nothing can overflow (a million entries' values: a 128-bit division is a library call);
    // the same result as below.
    constexpr qint64 kSmall = qint64(1) << 30;
    if (x > -kSmall && x < kSmall && num > -kSmall && num < kSmall && den > 0 && den < kSmall) {
        const qint64 product = x * num;
        const qint64 q = ((product < 0 ? -product : product) + den / 2) / den;
        return product < 0 ? -q : q;
    }
    const Wide product = static_cast<Wide>(x) * num;
    const bool negative = (product < 0) != (den < 0);
    const Wide a = product < 0 ? -product : product;
    const Wide d = den < 0 ? -den : den;
    const Wide q = (a + d / 2) / d;
    return static_cast<qint64>(negative ? -q : q);
}

} // namespace Cutover
