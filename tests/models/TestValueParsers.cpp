#include "sources/ValueParsers.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Cutover;
namespace VP = Cutover::ValueParsers;

Q_DECLARE_METATYPE(VP::Status)
Q_DECLARE_METATYPE(VP::DurationUnit)

class TestValueParsers : public QObject
{
    Q_OBJECT

private slots:
    void money_data();
    void money();
    void moneyIsExactOverManyValues();
    void duration_data();
    void duration();
    void durationUnitKeys();
    void dateFormats();
    void date_data();
    void date();
    void dateTime_data();
    void dateTime();
    void dateTimeDstGapAndOverlap();
    void dateTimeOtherZones();
    void isoFormatting();
    void boolean_data();
    void boolean();
    void integer_data();
    void integer();
    void fastEnough();
};

void TestValueParsers::money_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("decimal");
    QTest::addColumn<QString>("thousands");
    QTest::addColumn<VP::Status>("status");
    QTest::addColumn<qint64>("cents");

    const auto ok = VP::Status::Ok;
    QTest::newRow("dollars") << "$1,234.56"
                             << "."
                             << "," << ok << qint64(123456);
    QTest::newRow("one decimal") << "1234.5"
                                 << "."
                                 << "," << ok << qint64(123450);
    QTest::newRow("whole negative") << "-12"
                                    << "."
                                    << "," << ok << qint64(-1200);
    QTest::newRow("plus") << "+12"
                          << "."
                          << "," << ok << qint64(1200);
    QTest::newRow("parentheses") << "(12.00)"
                                 << "."
                                 << "," << ok << qint64(-1200);
    QTest::newRow("parenthesised dollars") << "($1,000.10)"
                                           << "."
                                           << "," << ok << qint64(-100010);
    QTest::newRow("trailing minus") << "12-"
                                    << "."
                                    << "," << ok << qint64(-1200);
    QTest::newRow("minus before symbol") << "-$5.05"
                                         << "."
                                         << "," << ok << qint64(-505);
    QTest::newRow("minus after symbol") << "$-5.05"
                                        << "."
                                        << "," << ok << qint64(-505);
    QTest::newRow("unicode minus") << QString(QChar(0x2212)) + "3"
                                   << "."
                                   << "," << ok << qint64(-300);
    QTest::newRow("euro european") << "€ 1.234,56"
                                   << ","
                                   << "." << ok << qint64(123456);
    QTest::newRow("euro after") << "1.234,56 €"
                                << ","
                                << "." << ok << qint64(123456);
    QTest::newRow("code before") << "USD 10"
                                 << "."
                                 << "," << ok << qint64(1000);
    QTest::newRow("code after") << "10.50 CAD"
                                << "."
                                << "," << ok << qint64(1050);
    QTest::newRow("US$") << "US$7"
                         << "."
                         << "," << ok << qint64(700);
    QTest::newRow("space thousands") << "1 234,56"
                                     << ","
                                     << "." << ok << qint64(123456);
    QTest::newRow("nbsp thousands") << QString("1") + QChar(0x00A0) + "234,56"
                                    << ","
                                    << "." << ok << qint64(123456);
    QTest::newRow("narrow nbsp") << QString("12") + QChar(0x202F) + "000"
                                 << ","
                                 << "." << ok << qint64(1200000);
    QTest::newRow("millions") << "1,234,567.89"
                              << "."
                              << "," << ok << qint64(123456789);
    QTest::newRow("leading point") << ".5"
                                   << "."
                                   << "," << ok << qint64(50);
    QTest::newRow("trailing point") << "12."
                                    << "."
                                    << "," << ok << qint64(1200);
    QTest::newRow("zero") << "0.00"
                          << "."
                          << "," << ok << qint64(0);
    QTest::newRow("spaces around") << "  42.10\t"
                                   << "."
                                   << "," << ok << qint64(4210);
    QTest::newRow("extra zero decimals") << "12.3400"
                                         << "."
                                         << "," << ok << qint64(1234);
    QTest::newRow("no thousands separator") << "1234567"
                                            << "."
                                            << "" << ok << qint64(123456700);
    QTest::newRow("largest") << "92233720368547758.07"
                             << "."
                             << "," << ok << qint64(9223372036854775807LL);

    QTest::newRow("three decimals") << "12.345"
                                    << "."
                                    << "," << VP::Status::Precision << qint64(0);
    QTest::newRow("half a cent") << "0.005"
                                 << "."
                                 << "," << VP::Status::Precision << qint64(0);
    QTest::newRow("overflow") << "92233720368547758.08"
                              << "."
                              << "," << VP::Status::Range << qint64(0);
    QTest::newRow("huge") << "999999999999999999999"
                          << "."
                          << "," << VP::Status::Range << qint64(0);
    QTest::newRow("empty") << "  "
                           << "."
                           << "," << VP::Status::Empty << qint64(0);
    QTest::newRow("word") << "n/a"
                          << "."
                          << "," << VP::Status::Syntax << qint64(0);
    QTest::newRow("lower-case word") << "abc 10"
                                     << "."
                                     << "," << VP::Status::Syntax << qint64(0);
    QTest::newRow("bad grouping") << "1,5"
                                  << "."
                                  << "," << VP::Status::Syntax << qint64(0);
    QTest::newRow("european with dot map") << "1.234,56"
                                           << "."
                                           << "," << VP::Status::Syntax << qint64(0);
    QTest::newRow("two decimals points") << "1.2.3"
                                         << "."
                                         << "," << VP::Status::Syntax << qint64(0);
    QTest::newRow("double sign") << "--12"
                                 << "."
                                 << "," << VP::Status::Syntax << qint64(0);
    QTest::newRow("sign and parentheses") << "(-12)"
                                          << "."
                                          << "," << VP::Status::Syntax << qint64(0);
    QTest::newRow("unbalanced parenthesis") << "(12"
                                            << "."
                                            << "," << VP::Status::Syntax << qint64(0);
    QTest::newRow("sign only") << "-"
                               << "."
                               << "," << VP::Status::Syntax << qint64(0);
    QTest::newRow("symbol only") << "$"
                                 << "."
                                 << "," << VP::Status::Syntax << qint64(0);
    QTest::newRow("exponent") << "1e5"
                              << "."
                              << "," << VP::Status::Syntax << qint64(0);
}

void TestValueParsers::money()
{
    QFETCH(QString, text);
    QFETCH(QString, decimal);
    QFETCH(QString, thousands);
    QFETCH(VP::Status, status);
    QFETCH(qint64, cents);
    const VP::Separators seps { decimal.at(0), thousands.isEmpty() ? QChar() : thousands.at(0) };
    const VP::Result<qint64> r = VP::money(text, seps);
    QCOMPARE(r.status, status);
    if (status == VP::Status::Ok)
        QCOMPARE(r.value, cents);
}

void TestValueParsers::moneyIsExactOverManyValues()
{
    // Every cent amount from -100.00 to 100.00 reads back exactly: no binary floating point.
    for (qint64 c = -10000; c <= 10000; ++c) {
        const qint64 a = c < 0 ? -c : c;
        const QString text =
            QStringLiteral("%1%2.%3").arg(c < 0 ? "-" : "").arg(a / 100).arg(a % 100, 2, 10, QLatin1Char('0'));
        const VP::Result<qint64> r = VP::money(text);
        QVERIFY2(r.ok(), qPrintable(text));
        QCOMPARE(r.value, c);
    }
    QCOMPARE(VP::money(u"0.10").value + VP::money(u"0.20").value, VP::money(u"0.30").value);
}

void TestValueParsers::duration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<VP::DurationUnit>("unit");
    QTest::addColumn<VP::Status>("status");
    QTest::addColumn<qint64>("seconds");

    const auto ok = VP::Status::Ok;
    const auto Auto = VP::DurationUnit::Auto;
    QTest::newRow("decimal hours") << "1.25" << Auto << ok << qint64(4500);
    QTest::newRow("tenth") << "0.1" << Auto << ok << qint64(360);
    QTest::newRow("MyCase .15") << ".15" << Auto << ok << qint64(540);
    QTest::newRow("whole hours") << "8" << Auto << ok << qint64(28800);
    QTest::newRow("rounded to the second") << "0.0167" << Auto << ok << qint64(60);
    QTest::newRow("third of an hour") << "0.3333333333" << Auto << ok << qint64(1200);
    QTest::newRow("under half a second rounds down") << "0.000125" << Auto << ok << qint64(0); // 0.45 s
    QTest::newRow("over half a second rounds up") << "0.0125" << VP::DurationUnit::Minutes << ok << qint64(1);
    QTest::newRow("h:mm") << "1:15" << Auto << ok << qint64(4500);
    QTest::newRow("h:mm:ss") << "1:15:30" << Auto << ok << qint64(4530);
    QTest::newRow("toggl") << "00:45:00" << Auto << ok << qint64(2700);
    QTest::newRow("long h:mm") << "123:05" << Auto << ok << qint64(123 * 3600 + 300);
    QTest::newRow("minutes unit word") << "90m" << Auto << ok << qint64(5400);
    QTest::newRow("h and m") << "1h 30m" << Auto << ok << qint64(5400);
    QTest::newRow("glued") << "1h30m" << Auto << ok << qint64(5400);
    QTest::newRow("words") << "1 hour 15 minutes" << Auto << ok << qint64(4500);
    QTest::newRow("hrs") << "1.5 hrs" << Auto << ok << qint64(5400);
    QTest::newRow("min") << "45 min" << Auto << ok << qint64(2700);
    QTest::newRow("seconds word") << "30s" << Auto << ok << qint64(30);
    QTest::newRow("upper-case H") << "2H" << Auto << ok << qint64(7200);
    QTest::newRow("negative decimal") << "-1.5" << Auto << ok << qint64(-5400);
    QTest::newRow("negative h:mm") << "-0:30" << Auto << ok << qint64(-1800);
    QTest::newRow("hours unit") << "2.5" << VP::DurationUnit::Hours << ok << qint64(9000);
    QTest::newRow("hmm unit") << "2:30" << VP::DurationUnit::HoursMinutes << ok << qint64(9000);
    QTest::newRow("hms unit") << "2:30:01" << VP::DurationUnit::HoursMinutesSeconds << ok << qint64(9001);
    QTest::newRow("hms unit, h:mm text") << "2:30" << VP::DurationUnit::HoursMinutesSeconds << ok << qint64(9000);
    QTest::newRow("minutes unit") << "75" << VP::DurationUnit::Minutes << ok << qint64(4500);
    QTest::newRow("fractional minutes") << "1.5" << VP::DurationUnit::Minutes << ok << qint64(90);
    QTest::newRow("seconds unit") << "4500" << VP::DurationUnit::Seconds << ok << qint64(4500);
    QTest::newRow("half a second") << "0.5" << VP::DurationUnit::Seconds << ok << qint64(1);
    QTest::newRow("negative half a second") << "-0.5" << VP::DurationUnit::Seconds << ok << qint64(-1);

    QTest::newRow("empty") << "" << Auto << VP::Status::Empty << qint64(0);
    QTest::newRow("minutes 60") << "1:60" << Auto << VP::Status::Syntax << qint64(0);
    QTest::newRow("three colons") << "1:00:00:00" << Auto << VP::Status::Syntax << qint64(0);
    QTest::newRow("colon only") << ":30" << Auto << VP::Status::Syntax << qint64(0);
    QTest::newRow("unknown word") << "3 days" << Auto << VP::Status::Syntax << qint64(0);
    QTest::newRow("word alone") << "hours" << Auto << VP::Status::Syntax << qint64(0);
    QTest::newRow("two points") << "1.2.3" << Auto << VP::Status::Syntax << qint64(0);
    QTest::newRow("mixed") << "1:30h" << Auto << VP::Status::Syntax << qint64(0);
    QTest::newRow("text") << "n/a" << Auto << VP::Status::Syntax << qint64(0);
}

void TestValueParsers::duration()
{
    QFETCH(QString, text);
    QFETCH(VP::DurationUnit, unit);
    QFETCH(VP::Status, status);
    QFETCH(qint64, seconds);
    const VP::Result<qint64> r = VP::duration(text, unit);
    QCOMPARE(r.status, status);
    if (status == VP::Status::Ok)
        QCOMPARE(r.value, seconds);
}

void TestValueParsers::durationUnitKeys()
{
    for (const char *key : { "auto", "hours", "hmm", "hms", "minutes", "seconds" }) {
        const auto unit = VP::durationUnitFromKey(QString::fromLatin1(key));
        QVERIFY2(unit.has_value(), key);
        QCOMPARE(VP::durationUnitKey(*unit), QString::fromLatin1(key));
    }
    QCOMPARE(VP::durationUnitFromKey(u""), VP::DurationUnit::Auto);
    QVERIFY(!VP::durationUnitFromKey(u"days"));
    // Decimal comma for hours when the map says so.
    QCOMPARE(VP::duration(u"1,25", VP::DurationUnit::Hours, QLatin1Char(',')).value, 4500);
}

void TestValueParsers::dateFormats()
{
    using O = VP::DateFormat::Order;
    const struct
    {
        const char *spec;
        O order;
        bool twoDigits;
    } cases[] = {
        { "auto", O::Auto, true },
        { "M/d/yyyy", O::MonthDayYear, false },
        { "d/M/yyyy", O::DayMonthYear, false },
        { "yyyy-MM-dd", O::YearMonthDay, false },
        { "MM/dd/yy", O::MonthDayYear, true },
        { "d.M.yyyy", O::DayMonthYear, false },
        { "yyyy/MM/dd", O::YearMonthDay, false },
        { "d-MMM-yyyy", O::DayMonthYear, false },
        { "M/d/yyyy h:mm AP", O::MonthDayYear, false },
        { "yyyy-MM-ddTHH:mm:ss", O::YearMonthDay, false },
    };
    for (const auto &c : cases) {
        const auto f = VP::DateFormat::fromSpec(QString::fromLatin1(c.spec));
        QVERIFY2(f.has_value(), c.spec);
        QCOMPARE(f->order, c.order);
        QCOMPARE(f->twoDigitYears, c.twoDigits);
    }
    for (const char *bad : { "M/d", "yyy-MM-dd", "d/M/yyyy q", "banana", "dd/MM/yyyyy" })
        QVERIFY2(!VP::DateFormat::fromSpec(QString::fromLatin1(bad)), bad);
}

void TestValueParsers::date_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("format");
    QTest::addColumn<VP::Status>("status");
    QTest::addColumn<QDate>("expected");

    const auto ok = VP::Status::Ok;
    const QDate mar4(2026, 3, 4);
    QTest::newRow("iso auto") << "2026-03-04"
                              << "auto" << ok << mar4;
    QTest::newRow("US auto") << "3/4/2026"
                             << "auto" << ok << mar4;
    QTest::newRow("ambiguous auto is US") << "03/04/2026"
                                          << "auto" << ok << mar4;
    QTest::newRow("auto falls back to day first") << "13/04/2026"
                                                  << "auto" << ok << QDate(2026, 4, 13);
    QTest::newRow("dots auto are day first") << "4.3.2026"
                                             << "auto" << ok << mar4;
    QTest::newRow("auto two-digit year") << "3/4/26"
                                         << "auto" << ok << mar4;
    QTest::newRow("auto month name") << "4-Mar-2026"
                                     << "auto" << ok << mar4;
    QTest::newRow("auto month first name") << "Mar 4, 2026"
                                           << "auto" << ok << mar4;
    QTest::newRow("auto full month") << "4 March 2026"
                                     << "auto" << ok << mar4;
    QTest::newRow("auto iso datetime") << "2026-03-04T13:30:00"
                                       << "auto" << ok << mar4;
    QTest::newRow("auto iso datetime ms Z") << "2026-03-04T13:30:00.000Z"
                                            << "auto" << ok << mar4;
    QTest::newRow("auto US with time") << "3/4/2026 1:30 PM"
                                       << "auto" << ok << mar4;
    QTest::newRow("M/d/yyyy") << "3/4/2026"
                              << "M/d/yyyy" << ok << mar4;
    QTest::newRow("M/d/yyyy padded") << "03/04/2026"
                                     << "M/d/yyyy" << ok << mar4;
    QTest::newRow("d/M/yyyy") << "03/04/2026"
                              << "d/M/yyyy" << ok << QDate(2026, 4, 3);
    QTest::newRow("d/M/yyyy still reads ISO") << "2026-03-04"
                                              << "d/M/yyyy" << ok << mar4;
    QTest::newRow("yyyy-MM-dd") << "2026-03-04"
                                << "yyyy-MM-dd" << ok << mar4;
    QTest::newRow("yyyy/MM/dd") << "2026/03/04"
                                << "yyyy/MM/dd" << ok << mar4;
    QTest::newRow("MM/dd/yy") << "03/04/26"
                              << "MM/dd/yy" << ok << mar4;
    QTest::newRow("pivot 69") << "01/01/69"
                              << "MM/dd/yy" << ok << QDate(2069, 1, 1);
    QTest::newRow("pivot 70") << "01/01/70"
                              << "MM/dd/yy" << ok << QDate(1970, 1, 1);
    QTest::newRow("pivot 99") << "12/31/99"
                              << "MM/dd/yy" << ok << QDate(1999, 12, 31);
    QTest::newRow("pivot 00") << "1/1/00"
                              << "MM/dd/yy" << ok << QDate(2000, 1, 1);
    QTest::newRow("yy format takes yyyy") << "03/04/2026"
                                          << "MM/dd/yy" << ok << mar4;
    QTest::newRow("d.M.yyyy") << "4.3.2026"
                              << "d.M.yyyy" << ok << mar4;
    QTest::newRow("d-MMM-yyyy") << "04-Mar-2026"
                                << "d-MMM-yyyy" << ok << mar4;
    QTest::newRow("d-MMM-yyyy lower") << "4-mar-2026"
                                      << "d-MMM-yyyy" << ok << mar4;
    QTest::newRow("Sept.") << "4-Sept.-2026"
                           << "d-MMM-yyyy" << ok << QDate(2026, 9, 4);
    QTest::newRow("d-MMM-yy") << "4-Mar-26"
                              << "d-MMM-yy" << ok << mar4;
    QTest::newRow("leap day") << "2/29/2024"
                              << "M/d/yyyy" << ok << QDate(2024, 2, 29);
    QTest::newRow("spaces around") << "  3/4/2026 "
                                   << "M/d/yyyy" << ok << mar4;

    QTest::newRow("February 30") << "2/30/2026"
                                 << "M/d/yyyy" << VP::Status::Range << QDate();
    QTest::newRow("no leap day") << "2/29/2026"
                                 << "M/d/yyyy" << VP::Status::Range << QDate();
    QTest::newRow("month 13") << "13/45/2026"
                              << "M/d/yyyy" << VP::Status::Range << QDate();
    QTest::newRow("auto neither") << "13/45/2026"
                                  << "auto" << VP::Status::Range << QDate();
    QTest::newRow("month 13 iso") << "2026-13-01"
                                  << "auto" << VP::Status::Range << QDate();
    QTest::newRow("Clio year 0019") << "3/4/0019"
                                    << "M/d/yyyy" << VP::Status::Range << QDate();
    QTest::newRow("yyyy refuses two digits") << "3/4/26"
                                             << "M/d/yyyy" << VP::Status::Syntax << QDate();
    QTest::newRow("three-digit year") << "3/4/202"
                                      << "auto" << VP::Status::Syntax << QDate();
    QTest::newRow("two parts") << "3/4"
                               << "auto" << VP::Status::Syntax << QDate();
    QTest::newRow("word") << "tomorrow"
                          << "auto" << VP::Status::Syntax << QDate();
    QTest::newRow("unknown month") << "4-Foo-2026"
                                   << "auto" << VP::Status::Syntax << QDate();
    QTest::newRow("trailing garbage") << "3/4/2026 soon"
                                      << "auto" << VP::Status::Syntax << QDate();
    QTest::newRow("bad time") << "2026-03-04T25:00"
                              << "auto" << VP::Status::Range << QDate();
    QTest::newRow("year-first format, day first text") << "04/03/2026"
                                                       << "yyyy/MM/dd" << VP::Status::Syntax << QDate();
    QTest::newRow("empty") << ""
                           << "auto" << VP::Status::Empty << QDate();
    QTest::newRow("run together") << "20260304"
                                  << "auto" << VP::Status::Syntax << QDate();
}

void TestValueParsers::date()
{
    QFETCH(QString, text);
    QFETCH(QString, format);
    QFETCH(VP::Status, status);
    QFETCH(QDate, expected);
    const VP::Result<QDate> r = VP::date(text, format);
    QCOMPARE(r.status, status);
    if (status == VP::Status::Ok)
        QCOMPARE(r.value, expected);
}

void TestValueParsers::dateTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("format");
    QTest::addColumn<VP::Status>("status");
    QTest::addColumn<QString>("utc");

    const auto ok = VP::Status::Ok;
    // America/New_York: EST (-5) in winter, EDT (-4) from 2026-03-08 to 2026-11-01.
    QTest::newRow("date only is local midnight") << "2026-01-15"
                                                 << "auto" << ok << "2026-01-15T05:00:00Z";
    QTest::newRow("24h") << "2026-01-15 13:30"
                         << "auto" << ok << "2026-01-15T18:30:00Z";
    QTest::newRow("24h seconds") << "2026-01-15 13:30:45"
                                 << "auto" << ok << "2026-01-15T18:30:45Z";
    QTest::newRow("iso T") << "2026-01-15T13:30:00"
                           << "auto" << ok << "2026-01-15T18:30:00Z";
    QTest::newRow("summer") << "2026-07-01T13:30:00"
                            << "auto" << ok << "2026-07-01T17:30:00Z";
    QTest::newRow("AM/PM") << "1/15/2026 1:30 PM"
                           << "M/d/yyyy h:mm AP" << ok << "2026-01-15T18:30:00Z";
    QTest::newRow("12 AM") << "1/15/2026 12:05 AM"
                           << "M/d/yyyy h:mm AP" << ok << "2026-01-15T05:05:00Z";
    QTest::newRow("12 PM") << "1/15/2026 12:05 pm"
                           << "auto" << ok << "2026-01-15T17:05:00Z";
    QTest::newRow("p.m. glued") << "1/15/2026 9:00p.m."
                                << "auto" << ok << "2026-01-16T02:00:00Z";
    QTest::newRow("Z") << "2026-01-15T13:30:00Z"
                       << "auto" << ok << "2026-01-15T13:30:00Z";
    QTest::newRow("offset") << "2026-01-15T13:30:00+02:00"
                            << "auto" << ok << "2026-01-15T11:30:00Z";
    QTest::newRow("offset no colon") << "2026-01-15T13:30:00-0130"
                                     << "auto" << ok << "2026-01-15T15:00:00Z";
    QTest::newRow("offset hours") << "2026-01-15 13:30 -05"
                                  << "auto" << ok << "2026-01-15T18:30:00Z";
    QTest::newRow("UTC word") << "2026-01-15 13:30 UTC"
                              << "auto" << ok << "2026-01-15T13:30:00Z";
    QTest::newRow("fraction") << "2026-01-15T13:30:00.999"
                              << "auto" << ok << "2026-01-15T18:30:00Z";
    QTest::newRow("day first") << "15/01/2026 13:30"
                               << "d/M/yyyy HH:mm" << ok << "2026-01-15T18:30:00Z";

    QTest::newRow("13 PM") << "1/15/2026 13:30 PM"
                           << "auto" << VP::Status::Range << "";
    QTest::newRow("hour 24") << "2026-01-15 24:00"
                             << "auto" << VP::Status::Range << "";
    QTest::newRow("minute 60") << "2026-01-15 10:60"
                               << "auto" << VP::Status::Range << "";
    QTest::newRow("no minutes") << "2026-01-15 10"
                                << "auto" << VP::Status::Syntax << "";
    QTest::newRow("bad date") << "2/30/2026 10:00"
                              << "auto" << VP::Status::Range << "";
    QTest::newRow("offset too big") << "2026-01-15T10:00+15:00"
                                    << "auto" << VP::Status::Range << "";
}

void TestValueParsers::dateTime()
{
    QFETCH(QString, text);
    QFETCH(QString, format);
    QFETCH(VP::Status, status);
    QFETCH(QString, utc);
    const QTimeZone ny("America/New_York");
    QVERIFY(ny.isValid());
    const auto f = VP::DateFormat::fromSpec(format);
    QVERIFY(f);
    const VP::Result<QDateTime> r = VP::dateTime(text, *f, ny);
    QCOMPARE(r.status, status);
    if (status == VP::Status::Ok) {
        QCOMPARE(r.value.timeSpec(), Qt::UTC);
        QCOMPARE(r.value.toString(Qt::ISODate), utc);
        QCOMPARE(VP::isoUtc(r.value.toSecsSinceEpoch()), utc);
    }
}

void TestValueParsers::dateTimeDstGapAndOverlap()
{
    const QTimeZone ny("America/New_York");
    const VP::ZoneResolver zone(ny);
    const VP::DateFormat iso;
    auto utc = [&](const char *text) {
        const VP::Result<qint64> r = VP::dateTimeSeconds(QString::fromLatin1(text), iso, zone);
        return r.ok() ? VP::isoUtc(r.value) : QStringLiteral("invalid");
    };
    // Spring forward, 2026-03-08: 2:00 EST becomes 3:00 EDT; 2:00-2:59 do not exist.
    QCOMPARE(utc("2026-03-08 01:59:59"), QStringLiteral("2026-03-08T06:59:59Z")); // EST
    QCOMPARE(utc("2026-03-08 02:00"), QStringLiteral("2026-03-08T07:00:00Z")); // moved forward: 3:00 EDT
    QCOMPARE(utc("2026-03-08 02:30"), QStringLiteral("2026-03-08T07:30:00Z")); // moved forward: 3:30 EDT
    QCOMPARE(utc("2026-03-08 03:00"), QStringLiteral("2026-03-08T07:00:00Z")); // EDT
    QCOMPARE(utc("2026-03-08 12:00"), QStringLiteral("2026-03-08T16:00:00Z"));
    // Fall back, 2026-11-01: 2:00 EDT becomes 1:00 EST; 1:00-1:59 happen twice.
    QCOMPARE(utc("2026-11-01 00:59"), QStringLiteral("2026-11-01T04:59:00Z")); // EDT
    QCOMPARE(utc("2026-11-01 01:30"), QStringLiteral("2026-11-01T05:30:00Z")); // first occurrence, EDT
    QCOMPARE(utc("2026-11-01 02:00"), QStringLiteral("2026-11-01T07:00:00Z")); // EST
    QCOMPARE(utc("2026-11-01 23:00"), QStringLiteral("2026-11-02T04:00:00Z"));
    // The cache is per day: going back and forth between days stays right.
    QCOMPARE(utc("2026-03-07 12:00"), QStringLiteral("2026-03-07T17:00:00Z"));
    QCOMPARE(utc("2026-03-09 12:00"), QStringLiteral("2026-03-09T16:00:00Z"));
    QCOMPARE(utc("2026-03-07 12:00"), QStringLiteral("2026-03-07T17:00:00Z"));
    // Agrees with Qt for an ordinary time across a whole year of hours.
    for (int h = 0; h < 365 * 24; h += 7) {
        const QDateTime local = QDateTime(QDate(2026, 1, 1), QTime(0, 0), ny).addSecs(qint64(h) * 3600);
        if (local.date() == QDate(2026, 3, 8) || local.date() == QDate(2026, 11, 1))
            continue;
        const QString text = local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QCOMPARE(utc(text.toLatin1().constData()), VP::isoUtc(local.toSecsSinceEpoch()));
    }
}

void TestValueParsers::dateTimeOtherZones()
{
    const VP::DateFormat iso;
    // No zone: UTC.
    QCOMPARE(VP::isoUtc(VP::dateTimeSeconds(u"2026-03-04 10:00", iso, VP::ZoneResolver(QTimeZone())).value),
             QStringLiteral("2026-03-04T10:00:00Z"));
    // Southern hemisphere, half-hour offset: Adelaide +10:30 in January.
    const VP::ZoneResolver adelaide(QTimeZone("Australia/Adelaide"));
    QCOMPARE(VP::isoUtc(VP::dateTimeSeconds(u"2026-01-15 10:00", iso, adelaide).value),
             QStringLiteral("2026-01-14T23:30:00Z"));
    // Before the epoch.
    const VP::ZoneResolver ny(QTimeZone("America/New_York"));
    QCOMPARE(VP::isoUtc(VP::dateTimeSeconds(u"1965-06-01 08:00", iso, ny).value),
             QStringLiteral("1965-06-01T12:00:00Z"));
}

void TestValueParsers::isoFormatting()
{
    QCOMPARE(VP::isoDate(QDate(2026, 3, 4)), QStringLiteral("2026-03-04"));
    QCOMPARE(VP::isoDate(QDate(1000, 12, 31)), QStringLiteral("1000-12-31"));
    QCOMPARE(VP::isoDate(QDate()), QString());
    QCOMPARE(VP::isoUtc(0), QStringLiteral("1970-01-01T00:00:00Z"));
    QCOMPARE(VP::isoUtc(-1), QStringLiteral("1969-12-31T23:59:59Z"));
    QCOMPARE(VP::isoUtc(1772638200), QStringLiteral("2026-03-04T15:30:00Z"));
    // The hand-written calendar agrees with Qt's over the whole range of four-digit years.
    for (qint64 jd = QDate(1000, 1, 1).toJulianDay(); jd <= QDate(9999, 12, 31).toJulianDay(); jd += 97) {
        const QDate d = QDate::fromJulianDay(jd);
        const qint64 secs = QDateTime(d, QTime(23, 59, 58), Qt::UTC).toSecsSinceEpoch();
        QCOMPARE(VP::isoUtc(secs), d.toString(Qt::ISODate) + QStringLiteral("T23:59:58Z"));
        QCOMPARE(VP::isoDate(d), d.toString(Qt::ISODate));
        const auto back = VP::dateTimeSeconds(d.toString(Qt::ISODate) + QStringLiteral(" 23:59:58Z"), VP::DateFormat(),
                                              VP::ZoneResolver());
        QCOMPARE(back.value, secs);
    }
}

void TestValueParsers::boolean_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // 1, 0, -1 for refused

    for (const char *t :
         { "true", "TRUE", "True", "yes", "Yes", "y", "Y", "1", "t", "x", "X", "on", "billable", "Billable", " yes " })
        QTest::newRow(t) << QString::fromLatin1(t) << 1;
    for (const char *f : { "false", "FALSE", "no", "No", "n", "0", "f", "", "off", "non-billable", "Non-Billable",
                           "nonbillable", "NotBillable", "not billable", "No Charge", "no-charge" })
        QTest::newRow(*f ? f : "empty") << QString::fromLatin1(f) << 0;
    for (const char *bad : { "maybe", "2", "yess", "-1", "Billing Complete" })
        QTest::newRow(bad) << QString::fromLatin1(bad) << -1;
}

void TestValueParsers::boolean()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    const std::optional<bool> r = VP::boolean(text);
    if (expected < 0) {
        QVERIFY(!r.has_value());
    } else {
        QVERIFY(r.has_value());
        QCOMPARE(*r, expected == 1);
    }
}

void TestValueParsers::integer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<VP::Status>("status");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("plain") << "42" << VP::Status::Ok << qint64(42);
    QTest::newRow("negative") << "-7" << VP::Status::Ok << qint64(-7);
    QTest::newRow("plus") << "+7" << VP::Status::Ok << qint64(7);
    QTest::newRow("grouped") << "1,234" << VP::Status::Ok << qint64(1234);
    QTest::newRow("workbook number") << "3.00" << VP::Status::Ok << qint64(3);
    QTest::newRow("leading zeros") << "007" << VP::Status::Ok << qint64(7);
    QTest::newRow("max") << "9223372036854775807" << VP::Status::Ok << qint64(9223372036854775807LL);
    QTest::newRow("overflow") << "9223372036854775808" << VP::Status::Range << qint64(0);
    QTest::newRow("fraction") << "3.5" << VP::Status::Syntax << qint64(0);
    QTest::newRow("bad group") << "12,34" << VP::Status::Syntax << qint64(0);
    QTest::newRow("word") << "ten" << VP::Status::Syntax << qint64(0);
    QTest::newRow("currency") << "$3" << VP::Status::Syntax << qint64(0);
    QTest::newRow("empty") << " " << VP::Status::Empty << qint64(0);
}

void TestValueParsers::integer()
{
    QFETCH(QString, text);
    QFETCH(VP::Status, status);
    QFETCH(qint64, expected);
    const VP::Result<qint64> r = VP::integer(text);
    QCOMPARE(r.status, status);
    if (status == VP::Status::Ok)
        QCOMPARE(r.value, expected);
}

void TestValueParsers::fastEnough()
{
    // Not a benchmark, a tripwire: a million mixed parses take about half a second in a debug build.
    const QStringList money = { "$1,234.56", "12.00", "(45.10)", "1 234,56" };
    const QStringList dates = { "3/4/2026", "2026-03-04", "12/31/2025", "2026-03-04T13:30:00" };
    const VP::DateFormat autoFormat;
    const VP::ZoneResolver ny(QTimeZone("America/New_York"));
    QElapsedTimer timer;
    timer.start();
    qint64 sum = 0;
    for (int i = 0; i < 250000; ++i) {
        sum += VP::money(money.at(i % 4)).value;
        sum += VP::date(dates.at(i % 4), autoFormat).value.day();
        sum += VP::duration(i % 2 ? u"1.25" : u"1:15").value;
        sum += VP::dateTimeSeconds(dates.at(i % 4), autoFormat, ny).value % 7;
    }
    const qint64 ms = timer.elapsed();
    qInfo("1,000,000 parses in %lld ms", ms);
    QVERIFY(sum != 0);
    QVERIFY2(ms < 6000, qPrintable(QString::number(ms)));
}

QTEST_GUILESS_MAIN(TestValueParsers)
#include "TestValueParsers.moc"
