#include "ValueParsers.h"

#include <QtNumeric>

namespace Cutover::ValueParsers {

namespace {

constexpr qint64 kSecondsPerDay = 86400;

inline bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

inline int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

inline bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

inline bool isUpperAscii(QChar c)
{
    return c.unicode() >= u'A' && c.unicode() <= u'Z';
}

inline bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u == u' ' || (u >= u'\t' && u <= u'\r');
    return c.isSpace(); // no-break, narrow no-break, thin spaces...
}

inline bool isMinus(QChar c)
{
    return c.unicode() == u'-' || c.unicode() == 0x2212;
}

inline bool isCurrencySymbol(QChar c)
{
    switch (c.unicode()) {
    case u'$':
    case 0x20AC: // €
    case 0x00A3: // £
    case 0x00A5: // ¥
    case 0x20B9: // ₹
    case 0x20A3: // ₣
    case 0x00A2: // ¢ is not a prefix in practice, but harmless
        return true;
    default:
        return false;
    }
}

// Digit grouping inside a number: the thousands separator, any space, apostrophes (Swiss).
inline bool isGroupChar(QChar c, QChar thousands)
{
    return (!thousands.isNull() && c == thousands) || isSpace(c) || c.unicode() == u'\'' || c.unicode() == 0x2019;
}

QStringView trimmed(QStringView s)
{
    qsizetype b = 0;
    qsizetype e = s.size();
    while (b < e && isSpace(s[b]))
        ++b;
    while (e > b && isSpace(s[e - 1]))
        --e;
    return s.sliced(b, e - b);
}

bool equalsIgnoreCase(QStringView s, const char *latin1)
{
    return s.compare(QLatin1String(latin1), Qt::CaseInsensitive) == 0;
}

// A decimal number without sign: integer digits (grouped in threes when
// `grouping`), then optionally `decimal` and fraction digits.
struct Number
{
    quint64 integer = 0;
    bool overflow = false; // integer above INT64_MAX
    QStringView fraction; // digits only
};

bool scanNumber(QStringView s, QChar decimal, QChar thousands, bool grouping, Number &n)
{
    qsizetype i = 0;
    const qsizetype size = s.size();
    int digitsInGroup = 0;
    int groups = 0; // grouping characters seen
    int intDigits = 0;
    constexpr quint64 kMax = quint64(std::numeric_limits<qint64>::max());
    for (; i < size; ++i) {
        const QChar c = s[i];
        if (isDigit(c)) {
            if (!n.overflow) {
                const quint64 next = n.integer * 10 + quint64(digitValue(c));
                if (n.integer > kMax / 10 || next > kMax)
                    n.overflow = true;
                else
                    n.integer = next;
            }
            ++digitsInGroup;
            ++intDigits;
            continue;
        }
        if (c == decimal)
            break;
        if (grouping && isGroupChar(c, thousands)) {
            // The first group has 1 to 3 digits, every later group exactly 3.
            if (groups == 0 ? (digitsInGroup < 1 || digitsInGroup > 3) : digitsInGroup != 3)
                return false;
            ++groups;
            digitsInGroup = 0;
            continue;
        }
        return false;
    }
    if (groups > 0 && digitsInGroup != 3)
        return false;
    if (i < size) { // at the decimal separator
        ++i;
        const qsizetype start = i;
        for (; i < size; ++i) {
            if (!isDigit(s[i]))
                return false;
        }
        n.fraction = s.sliced(start, size - start);
    }
    return intDigits > 0 || !n.fraction.isEmpty();
}

} // namespace

// ---------------------------------------------------------------- money

Result<qint64> money(QStringView text, Separators separators)
{
    QStringView s = trimmed(text);
    if (s.isEmpty())
        return { 0, Status::Empty };

    int minus = 0;
    bool openParen = false;
    bool closeParen = false;
    // Leading signs, currency symbols and codes, an opening parenthesis.
    for (;;) {
        if (s.isEmpty())
            return { 0, Status::Syntax };
        const QChar c = s.front();
        if (isMinus(c) || c.unicode() == u'+') {
            minus += isMinus(c) ? 1 : 0;
            s = trimmed(s.sliced(1));
        } else if (c.unicode() == u'(' && !openParen) {
            openParen = true;
            s = trimmed(s.sliced(1));
        } else if (isCurrencySymbol(c)) {
            s = trimmed(s.sliced(1));
        } else if (isUpperAscii(c)) {
            qsizetype n = 0;
            while (n < s.size() && isUpperAscii(s[n]))
                ++n;
            // "USD", or "US$"/"C$": up to two letters glued to a symbol.
            if (n == 3 && (n == s.size() || !isAsciiLetter(s[n])))
                s = trimmed(s.sliced(n));
            else if (n <= 2 && n < s.size() && isCurrencySymbol(s[n]))
                s = trimmed(s.sliced(n + 1));
            else
                return { 0, Status::Syntax };
        } else {
            break;
        }
    }
    // The same at the end: "12-", "10 EUR", "12 €", "(12.00)".
    for (;;) {
        if (s.isEmpty())
            return { 0, Status::Syntax };
        const QChar c = s.back();
        if (isMinus(c)) {
            ++minus;
            s = trimmed(s.chopped(1));
        } else if (c.unicode() == u')' && !closeParen) {
            closeParen = true;
            s = trimmed(s.chopped(1));
        } else if (isCurrencySymbol(c)) {
            s = trimmed(s.chopped(1));
        } else if (isUpperAscii(c)) {
            qsizetype n = 0;
            while (n < s.size() && isUpperAscii(s[s.size() - 1 - n]))
                ++n;
            if (n != 3 || (n < s.size() && isAsciiLetter(s[s.size() - 1 - n])))
                return { 0, Status::Syntax };
            s = trimmed(s.chopped(n));
        } else {
            break;
        }
    }
    if (openParen != closeParen || minus > 1 || (openParen && minus > 0))
        return { 0, Status::Syntax };
    const bool negative = openParen || minus == 1;

    Number n;
    if (!scanNumber(s, separators.decimal, separators.thousands, true, n))
        return { 0, Status::Syntax };
    qint64 cents = 0;
    for (qsizetype i = 0; i < n.fraction.size(); ++i) {
        const int d = digitValue(n.fraction[i]);
        if (i < 2)
            cents = cents * 10 + d;
        else if (d != 0)
            return { 0, Status::Precision };
    }
    if (n.fraction.size() == 1)
        cents *= 10;
    qint64 value = 0;
    if (n.overflow || qMulOverflow(qint64(n.integer), qint64(100), &value) || qAddOverflow(value, cents, &value))
        return { 0, Status::Range };
    return { negative ? -value : value, Status::Ok };
}

// ---------------------------------------------------------------- durations

std::optional<DurationUnit> durationUnitFromKey(QStringView key)
{
    if (key.isEmpty() || key == u"auto")
        return DurationUnit::Auto;
    if (key == u"hours")
        return DurationUnit::Hours;
    if (key == u"hmm")
        return DurationUnit::HoursMinutes;
    if (key == u"hms")
        return DurationUnit::HoursMinutesSeconds;
    if (key == u"minutes")
        return DurationUnit::Minutes;
    if (key == u"seconds")
        return DurationUnit::Seconds;
    return std::nullopt;
}

QString durationUnitKey(DurationUnit unit)
{
    switch (unit) {
    case DurationUnit::Auto:
        return QStringLiteral("auto");
    case DurationUnit::Hours:
        return QStringLiteral("hours");
    case DurationUnit::HoursMinutes:
        return QStringLiteral("hmm");
    case DurationUnit::HoursMinutesSeconds:
        return QStringLiteral("hms");
    case DurationUnit::Minutes:
        return QStringLiteral("minutes");
    case DurationUnit::Seconds:
        return QStringLiteral("seconds");
    }
    return {};
}

namespace {

constexpr int kMaxFractionDigits = 12;
constexpr qint64 kMaxDurationSeconds = qint64(1) << 50; // ~35 million years: refuse beyond

// A decimal number (either '.' or `decimal` as the separator) times `unit`
// seconds, rounded to the nearest second, halves away from zero.
bool decimalSeconds(QStringView s, QChar decimal, qint64 unit, qint64 *seconds)
{
    qsizetype sep = -1;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i].unicode() == u'.' || s[i] == decimal) {
            sep = i;
            break;
        }
    }
    const QStringView whole = sep < 0 ? s : s.first(sep);
    const QStringView frac = sep < 0 ? QStringView() : s.sliced(sep + 1);
    if (whole.isEmpty() && frac.isEmpty())
        return false;
    qint64 w = 0;
    for (const QChar c : whole) {
        if (!isDigit(c))
            return false;
        w = w * 10 + digitValue(c);
        if (w > kMaxDurationSeconds)
            return false;
    }
    qint64 f = 0;
    qint64 scale = 1;
    for (qsizetype i = 0; i < frac.size(); ++i) {
        if (!isDigit(frac[i]))
            return false;
        if (i < kMaxFractionDigits) {
            f = f * 10 + digitValue(frac[i]);
            scale *= 10;
        }
    }
    qint64 total = 0;
    if (qMulOverflow(w, unit, &total) || total > kMaxDurationSeconds)
        return false;
    // f / scale of a unit, in seconds: f * unit / scale, rounded half up (f >= 0).
    total += (2 * f * unit + scale) / (2 * scale);
    *seconds = total;
    return true;
}

// "1:15" or "1:15:30"
bool colonSeconds(QStringView s, qint64 *seconds)
{
    qint64 parts[3] = { 0, 0, 0 };
    int digits[3] = { 0, 0, 0 };
    int count = 0;
    for (const QChar c : s) {
        if (c.unicode() == u':') {
            if (++count > 2)
                return false;
            continue;
        }
        if (!isDigit(c))
            return false;
        parts[count] = parts[count] * 10 + digitValue(c);
        if (++digits[count] > (count == 0 ? 9 : 2))
            return false;
    }
    if (count == 0 || digits[0] == 0 || digits[1] == 0 || (count == 2 && digits[2] == 0))
        return false;
    if (parts[1] >= 60 || parts[2] >= 60)
        return false;
    *seconds = parts[0] * 3600 + parts[1] * 60 + parts[2];
    return true;
}

qint64 unitWordSeconds(QStringView word)
{
    static constexpr struct
    {
        const char *word;
        qint64 seconds;
    } kWords[] = {
        { "h", 3600 }, { "hr", 3600 }, { "hrs", 3600 }, { "hour", 3600 }, { "hours", 3600 },
        { "m", 60 },   { "min", 60 },  { "mins", 60 },  { "minute", 60 }, { "minutes", 60 },
        { "s", 1 },    { "sec", 1 },   { "secs", 1 },   { "second", 1 },  { "seconds", 1 },
    };
    for (const auto &w : kWords) {
        if (equalsIgnoreCase(word, w.word))
            return w.seconds;
    }
    return 0;
}

// "90m", "1h 30m", "1.5 hrs", "1 hour 15 minutes"
bool unitSeconds(QStringView s, QChar decimal, qint64 *seconds)
{
    qint64 total = 0;
    qsizetype i = 0;
    int terms = 0;
    while (i < s.size()) {
        while (i < s.size() && isSpace(s[i]))
            ++i;
        if (i == s.size())
            break;
        const qsizetype numberStart = i;
        while (i < s.size() && (isDigit(s[i]) || s[i].unicode() == u'.' || s[i] == decimal))
            ++i;
        const QStringView number = s.sliced(numberStart, i - numberStart);
        while (i < s.size() && isSpace(s[i]))
            ++i;
        const qsizetype wordStart = i;
        while (i < s.size() && isAsciiLetter(s[i]))
            ++i;
        const qint64 unit = unitWordSeconds(s.sliced(wordStart, i - wordStart));
        qint64 part = 0;
        if (number.isEmpty() || unit == 0 || !decimalSeconds(number, decimal, unit, &part))
            return false;
        total += part;
        if (total > kMaxDurationSeconds)
            return false;
        ++terms;
        // "1h, 30m"
        if (i < s.size() && s[i].unicode() == u',')
            ++i;
    }
    if (terms == 0)
        return false;
    *seconds = total;
    return true;
}

} // namespace

Result<qint64> duration(QStringView text, DurationUnit unit, QChar decimal)
{
    QStringView s = trimmed(text);
    if (s.isEmpty())
        return { 0, Status::Empty };
    bool negative = false;
    if (isMinus(s.front()) || s.front().unicode() == u'+') {
        negative = isMinus(s.front());
        s = trimmed(s.sliced(1));
    }
    bool colon = false;
    bool letter = false;
    for (const QChar c : s) {
        colon = colon || c.unicode() == u':';
        letter = letter || isAsciiLetter(c);
    }
    qint64 seconds = 0;
    bool ok = false;
    if (colon && !letter) {
        ok = colonSeconds(s, &seconds);
    } else if (letter && !colon) {
        ok = unitSeconds(s, decimal, &seconds);
    } else if (!colon && !letter) {
        const qint64 scale = unit == DurationUnit::Minutes ? 60 : unit == DurationUnit::Seconds ? 1 : 3600;
        ok = decimalSeconds(s, decimal, scale, &seconds);
    }
    if (!ok)
        return { 0, Status::Syntax };
    return { negative ? -seconds : seconds, Status::Ok };
}

// ---------------------------------------------------------------- dates

std::optional<DateFormat> DateFormat::fromSpec(QStringView spec)
{
    const QStringView s = trimmed(spec);
    DateFormat f;
    if (s.isEmpty() || s == u"auto")
        return f;
    int dayAt = -1;
    int monthAt = -1;
    int yearAt = -1;
    int years = 0;
    int position = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        const bool startsRun = i == 0 || s[i - 1].unicode() != c;
        switch (c) {
        case u'd':
            if (startsRun && dayAt < 0)
                dayAt = position++;
            break;
        case u'M':
            if (startsRun && monthAt < 0)
                monthAt = position++;
            break;
        case u'y':
            if (startsRun && yearAt < 0)
                yearAt = position++;
            if (yearAt >= 0)
                ++years;
            break;
        // The time part and Qt's other letters: allowed, not used.
        case u'h':
        case u'H':
        case u'm':
        case u's':
        case u'z':
        case u'a':
        case u'A':
        case u'p':
        case u'P':
        case u't':
        case u'T':
            break;
        default:
            if (isAsciiLetter(s[i]))
                return std::nullopt;
        }
    }
    if (dayAt < 0 || monthAt < 0 || yearAt < 0 || (years != 2 && years != 4))
        return std::nullopt;
    if (yearAt == 0)
        f.order = Order::YearMonthDay;
    else if (monthAt < dayAt)
        f.order = Order::MonthDayYear;
    else
        f.order = Order::DayMonthYear;
    f.twoDigitYears = years == 2;
    f.spec = s.toString();
    return f;
}

namespace {

int monthFromName(QStringView word)
{
    static constexpr const char *kNames[12][2] = {
        { "jan", "january" },   { "feb", "february" }, { "mar", "march" },    { "apr", "april" },
        { "may", "may" },       { "jun", "june" },     { "jul", "july" },     { "aug", "august" },
        { "sep", "september" }, { "oct", "october" },  { "nov", "november" }, { "dec", "december" },
    };
    for (int m = 0; m < 12; ++m) {
        if (equalsIgnoreCase(word, kNames[m][0]) || equalsIgnoreCase(word, kNames[m][1]))
            return m + 1;
    }
    if (equalsIgnoreCase(word, "sept"))
        return 9;
    return 0;
}

inline bool isDateSeparator(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'/' || u == u'-' || u == u'.' || u == u',' || isSpace(c);
}

struct DateParts
{
    int year = 0;
    int month = 0;
    int day = 0;
};

// Checks the numbers and makes a date: Range for a day that does not exist.
Status makeDate(int year, int yearDigits, int month, int day, const DateFormat &format, DateParts &out)
{
    if (yearDigits == 2) {
        if (!format.twoDigitYears)
            return Status::Syntax;
        year += year < 70 ? 2000 : 1900;
    } else if (yearDigits != 4) {
        return Status::Syntax;
    }
    if (year < 1000 || month < 1 || month > 12 || day < 1 || !QDate::isValid(year, month, day))
        return Status::Range;
    out = { year, month, day };
    return Status::Ok;
}

// Reads a date at the start of `s`; `consumed` says where it ended.
Status scanDate(QStringView s, const DateFormat &format, DateParts &out, qsizetype *consumed)
{
    int value[3] = { 0, 0, 0 };
    int digits[3] = { 0, 0, 0 }; // 0: a month name
    QChar firstSeparator;
    int names = 0;
    qsizetype i = 0;
    for (int part = 0; part < 3; ++part) {
        if (part > 0) {
            // One separator, or ", " after a month name's day ("Mar 4, 2026").
            const qsizetype start = i;
            while (i < s.size() && isDateSeparator(s[i]) && i - start < 2)
                ++i;
            if (i == start)
                return Status::Syntax;
            if (part == 1)
                firstSeparator = s[start];
        }
        if (i < s.size() && isDigit(s[i])) {
            while (i < s.size() && isDigit(s[i])) {
                if (++digits[part] > 4)
                    return Status::Syntax;
                value[part] = value[part] * 10 + digitValue(s[i]);
                ++i;
            }
        } else if (i < s.size() && isAsciiLetter(s[i])) {
            const qsizetype start = i;
            while (i < s.size() && isAsciiLetter(s[i]))
                ++i;
            value[part] = monthFromName(s.sliced(start, i - start));
            if (value[part] == 0 || ++names > 1)
                return Status::Syntax;
            if (i < s.size() && s[i].unicode() == u'.') // "Sept."
                ++i;
        } else {
            return Status::Syntax;
        }
    }
    *consumed = i;

    auto dayOrMonthDigits = [](int d) {
        return d == 1 || d == 2;
    };
    if (names == 1) {
        // "4-Mar-2026", "Mar 4, 2026", "2026-Mar-04"
        if (digits[0] == 0 && dayOrMonthDigits(digits[1]))
            return makeDate(value[2], digits[2], value[0], value[1], format, out);
        if (digits[1] == 0 && digits[0] == 4 && dayOrMonthDigits(digits[2]))
            return makeDate(value[0], 4, value[1], value[2], format, out);
        if (digits[1] == 0 && dayOrMonthDigits(digits[0]))
            return makeDate(value[2], digits[2], value[1], value[0], format, out);
        return Status::Syntax;
    }
    if (digits[0] == 4) { // ISO and other year-first forms, whatever the format
        if (!dayOrMonthDigits(digits[1]) || !dayOrMonthDigits(digits[2]))
            return Status::Syntax;
        return makeDate(value[0], 4, value[1], value[2], format, out);
    }
    if (!dayOrMonthDigits(digits[0]) || !dayOrMonthDigits(digits[1]))
        return Status::Syntax;
    switch (format.order) {
    case DateFormat::Order::MonthDayYear:
        return makeDate(value[2], digits[2], value[0], value[1], format, out);
    case DateFormat::Order::DayMonthYear:
        return makeDate(value[2], digits[2], value[1], value[0], format, out);
    case DateFormat::Order::YearMonthDay:
        return Status::Syntax; // a year-first format needs a four-digit year first
    case DateFormat::Order::Auto:
        break;
    }
    if (firstSeparator.unicode() == u'.')
        return makeDate(value[2], digits[2], value[1], value[0], format, out);
    const Status us = makeDate(value[2], digits[2], value[0], value[1], format, out);
    if (us == Status::Range && value[0] > 12)
        return makeDate(value[2], digits[2], value[1], value[0], format, out);
    return us;
}

struct TimeParts
{
    int seconds = 0; // of the day
    bool hasOffset = false;
    int offset = 0; // seconds east of UTC
};

// Reads "[T| ]13:30[:15[.123]][ ][AM|PM][ ][Z|UTC|GMT|+05:30]" from the start of `s` to its end.
Status scanTime(QStringView s, TimeParts &out)
{
    qsizetype i = 0;
    const qsizetype n = s.size();
    if (i < n && (s[i].unicode() == u'T' || s[i].unicode() == u't'))
        ++i;
    while (i < n && isSpace(s[i]))
        ++i;
    if (i == 0)
        return Status::Syntax;
    auto readNumber = [&](int maxDigits, int *value) {
        int d = 0;
        *value = 0;
        while (i < n && isDigit(s[i]) && d < maxDigits) {
            *value = *value * 10 + digitValue(s[i]);
            ++i;
            ++d;
        }
        return d;
    };
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (readNumber(2, &hour) == 0 || i >= n || s[i].unicode() != u':')
        return Status::Syntax;
    ++i;
    if (readNumber(2, &minute) != 2)
        return Status::Syntax;
    if (i < n && s[i].unicode() == u':') {
        ++i;
        if (readNumber(2, &second) != 2)
            return Status::Syntax;
        if (i < n && (s[i].unicode() == u'.' || s[i].unicode() == u',')) {
            ++i;
            int ignored = 0;
            if (readNumber(9, &ignored) == 0)
                return Status::Syntax;
        }
    }
    while (i < n && isSpace(s[i]))
        ++i;
    // AM/PM: "AM", "am", "A.M.", "a", "p.m."
    int meridiem = 0; // 1 am, 2 pm
    if (i < n && (s[i].toLower().unicode() == u'a' || s[i].toLower().unicode() == u'p')) {
        meridiem = s[i].toLower().unicode() == u'a' ? 1 : 2;
        ++i;
        if (i < n && s[i].unicode() == u'.')
            ++i;
        if (i < n && s[i].toLower().unicode() == u'm') {
            ++i;
            if (i < n && s[i].unicode() == u'.')
                ++i;
        }
        while (i < n && isSpace(s[i]))
            ++i;
    }
    // Zone: "Z", "UTC", "GMT", then an optional numeric offset.
    if (i < n && (s[i].unicode() == u'Z' || s[i].unicode() == u'z')) {
        out.hasOffset = true;
        ++i;
    } else if (n - i >= 3 && (equalsIgnoreCase(s.sliced(i, 3), "UTC") || equalsIgnoreCase(s.sliced(i, 3), "GMT"))) {
        out.hasOffset = true;
        i += 3;
    }
    if (i < n && (s[i].unicode() == u'+' || isMinus(s[i]))) {
        const int sign = s[i].unicode() == u'+' ? 1 : -1;
        ++i;
        int oh = 0;
        int om = 0;
        if (readNumber(2, &oh) != 2)
            return Status::Syntax;
        if (i < n && s[i].unicode() == u':')
            ++i;
        if (i < n && readNumber(2, &om) != 2)
            return Status::Syntax;
        if (oh > 14 || om > 59)
            return Status::Range;
        out.hasOffset = true;
        out.offset = sign * (oh * 3600 + om * 60);
    }
    while (i < n && isSpace(s[i]))
        ++i;
    if (i != n)
        return Status::Syntax;
    if (meridiem != 0) {
        if (hour < 1 || hour > 12)
            return Status::Range;
        hour = hour % 12 + (meridiem == 2 ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59)
        return Status::Range;
    out.seconds = hour * 3600 + minute * 60 + second;
    return Status::Ok;
}

inline qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - (a % b != 0 && (a < 0) != (b < 0) ? 1 : 0);
}

// Days since 1970-01-01 of a (proleptic Gregorian) date and back, without the
// calendar machinery of QDate (H. Hinnant's algorithms).
qint64 daysFromCivil(qint64 y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(qint64 z, int *year, int *month, int *day)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    *day = int(doy - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = int(yoe + era * 400 + (*month <= 2 ? 1 : 0));
}

} // namespace

Result<QDate> date(QStringView text, const DateFormat &format)
{
    const QStringView s = trimmed(text);
    if (s.isEmpty())
        return { {}, Status::Empty };
    DateParts parts;
    qsizetype consumed = 0;
    const Status status = scanDate(s, format, parts, &consumed);
    if (status != Status::Ok)
        return { {}, status };
    if (consumed < s.size()) {
        TimeParts time;
        const Status t = scanTime(s.sliced(consumed), time);
        if (t != Status::Ok)
            return { {}, t };
    }
    return { QDate(parts.year, parts.month, parts.day), Status::Ok };
}

Result<QDate> date(QStringView text, QStringView spec)
{
    const std::optional<DateFormat> format = DateFormat::fromSpec(spec);
    if (!format)
        return { {}, Status::Syntax };
    return date(text, *format);
}

ZoneResolver::ZoneResolver(const QTimeZone &zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc())
    , m_utc(!zone.isValid() || (zone.offsetFromUtc(QDateTime::currentDateTimeUtc()) == 0 && !zone.hasTransitions()))
{
}

qint64 ZoneResolver::toUtc(qint64 localSeconds) const
{
    if (m_utc)
        return localSeconds;
    auto offsetAt = [this](qint64 utc) {
        return m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC));
    };
    const qint64 day = floorDiv(localSeconds, kSecondsPerDay);
    if (day != m_lastDay) {
        auto it = m_dayOffsets.constFind(day);
        if (it == m_dayOffsets.constEnd()) {
            // The offsets a day either side of this local day: equal (and equal at
            // noon) means no transition touches the day.
            const qint64 start = day * kSecondsPerDay;
            const int before = offsetAt(start - kSecondsPerDay);
            const int after = offsetAt(start + 2 * kSecondsPerDay);
            const bool fixed = before == after && offsetAt(start + kSecondsPerDay / 2) == before;
            it = m_dayOffsets.insert(day, fixed ? before : kTransitionDay);
        }
        m_lastDay = day;
        m_lastOffset = *it;
    }
    if (m_lastOffset != kTransitionDay)
        return localSeconds - m_lastOffset;
    // A transition day: try the offsets before and after it.
    const qint64 start = day * kSecondsPerDay;
    const int before = offsetAt(start - kSecondsPerDay);
    const int after = offsetAt(start + 2 * kSecondsPerDay);
    const qint64 withBefore = localSeconds - before;
    const qint64 withAfter = localSeconds - after;
    const bool beforeFits = offsetAt(withBefore) == before;
    const bool afterFits = offsetAt(withAfter) == after;
    if (beforeFits && afterFits)
        return std::min(withBefore, withAfter); // an overlap: the first occurrence
    if (beforeFits)
        return withBefore;
    if (afterFits)
        return withAfter;
    return withBefore; // a gap: moved forward by its length
}

Result<qint64> dateTimeSeconds(QStringView text, const DateFormat &format, const ZoneResolver &zone)
{
    const QStringView s = trimmed(text);
    if (s.isEmpty())
        return { 0, Status::Empty };
    DateParts parts;
    qsizetype consumed = 0;
    const Status status = scanDate(s, format, parts, &consumed);
    if (status != Status::Ok)
        return { 0, status };
    TimeParts time;
    if (consumed < s.size()) {
        const Status t = scanTime(s.sliced(consumed), time);
        if (t != Status::Ok)
            return { 0, t };
    }
    const qint64 days = daysFromCivil(parts.year, parts.month, parts.day);
    const qint64 local = days * kSecondsPerDay + time.seconds;
    return { time.hasOffset ? local - time.offset : zone.toUtc(local), Status::Ok };
}

Result<QDateTime> dateTime(QStringView text, const DateFormat &format, const QTimeZone &zone)
{
    const Result<qint64> r = dateTimeSeconds(text, format, ZoneResolver(zone));
    if (!r)
        return { {}, r.status };
    return { QDateTime::fromSecsSinceEpoch(r.value, Qt::UTC), Status::Ok };
}

namespace {

inline void putDigits(char16_t *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
}

inline void putDate(char16_t *out, int y, int m, int d)
{
    putDigits(out, y, 4);
    out[4] = u'-';
    putDigits(out + 5, m, 2);
    out[7] = u'-';
    putDigits(out + 8, d, 2);
}

} // namespace

QString isoDate(QDate date)
{
    int y = 0;
    int m = 0;
    int d = 0;
    date.getDate(&y, &m, &d); // once: each of year(), month(), day() converts the whole date
    if (!date.isValid() || y < 1 || y > 9999)
        return {};
    QString out(10, Qt::Uninitialized);
    putDate(reinterpret_cast<char16_t *>(out.data()), y, m, d);
    return out;
}

QString isoUtc(qint64 secondsSinceEpoch)
{
    const qint64 days = floorDiv(secondsSinceEpoch, kSecondsPerDay);
    const int secs = int(secondsSinceEpoch - days * kSecondsPerDay);
    int y = 0;
    int m = 0;
    int d = 0;
    civilFromDays(days, &y, &m, &d);
    if (y < 1 || y > 9999)
        return {};
    QString out(20, Qt::Uninitialized);
    char16_t *p = reinterpret_cast<char16_t *>(out.data());
    putDate(p, y, m, d);
    p[10] = u'T';
    putDigits(p + 11, secs / 3600, 2);
    p[13] = u':';
    putDigits(p + 14, secs / 60 % 60, 2);
    p[16] = u':';
    putDigits(p + 17, secs % 60, 2);
    p[19] = u'Z';
    return out;
}

// ---------------------------------------------------------------- yes or no

std::optional<bool> boolean(QStringView text)
{
    const QStringView s = trimmed(text);
    if (s.isEmpty())
        return false; // an unticked tick column
    static constexpr const char *kTrue[] = { "true", "yes", "y", "1", "t", "x", "on", "billable" };
    static constexpr const char *kFalse[] = { "false",
                                              "no",
                                              "n",
                                              "0",
                                              "f",
                                              "off",
                                              "non-billable",
                                              "nonbillable",
                                              "non billable",
                                              "not billable",
                                              "notbillable",
                                              "unbillable",
                                              "no charge",
                                              "no-charge",
                                              "nocharge" };
    for (const char *w : kTrue) {
        if (equalsIgnoreCase(s, w))
            return true;
    }
    for (const char *w : kFalse) {
        if (equalsIgnoreCase(s, w))
            return false;
    }
    return std::nullopt;
}

// ---------------------------------------------------------------- whole numbers

Result<qint64> integer(QStringView text, Separators separators)
{
    QStringView s = trimmed(text);
    if (s.isEmpty())
        return { 0, Status::Empty };
    bool negative = false;
    if (isMinus(s.front()) || s.front().unicode() == u'+') {
        negative = isMinus(s.front());
        s = s.sliced(1);
    }
    Number n;
    if (s.isEmpty() || !isDigit(s.front()) || !scanNumber(s, separators.decimal, separators.thousands, true, n))
        return { 0, Status::Syntax };
    for (const QChar c : n.fraction) {
        if (c.unicode() != u'0')
            return { 0, Status::Syntax };
    }
    if (n.overflow)
        return { 0, Status::Range };
    const qint64 v = qint64(n.integer);
    return { negative ? -v : v, Status::Ok };
}

} // namespace Cutover::ValueParsers
