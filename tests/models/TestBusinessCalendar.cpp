#include "HolidayListModel.h"
#include "ProjectCalendarModel.h"
#include "domain/BusinessCalendar.h"
#include "store/CalendarStore.h"
#include "store/ProjectStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Cutover;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// The weekdays of `year` that are not business days: what a published list of
// public holidays (with its observed / substitute days) says is off.
QStringList weekdaysOff(const BusinessCalendar &calendar, int year)
{
    QStringList out;
    for (QDate day(year, 1, 1); day.year() == year; day = day.addDays(1)) {
        if (day.dayOfWeek() <= 5 && !calendar.isBusinessDay(day))
            out << day.toString(Qt::ISODate);
    }
    return out;
}

QStringList withYear(int year, const QStringList &monthDays)
{
    QStringList out;
    for (const QString &md : monthDays)
        out << QString::number(year) + QLatin1Char('-') + md;
    return out;
}

const Holiday *find(const QList<Holiday> &list, const QDate &date, bool observed)
{
    for (const Holiday &h : list) {
        if (h.date == date && h.observed == observed)
            return &h;
    }
    return nullptr;
}

QByteArray ics(const QByteArray &events)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Cutover test//EN\r\n" + events + "END:VCALENDAR\r\n";
}

ProjectSettings settings(const QString &region)
{
    ProjectSettings s;
    s.firmName = QStringLiteral("Harbor & Pine LLP");
    s.sourceSystem = QStringLiteral("bill4time");
    s.targetSystem = QStringLiteral("clio");
    s.timeZone = QStringLiteral("America/New_York");
    s.holidayRegion = region;
    return s;
}

} // namespace

class TestBusinessCalendar : public QObject
{
    Q_OBJECT

private slots:
    void publishedTables_data();
    void publishedTables();
    void usObservedDaysBelongToTheirYear();
    void usHistory();
    void substituteDaysAndNames();
    void canadaShiftRules();
    void australiaAnzacDay();
    void easter_data();
    void easter();
    void regionKeys();
    void unknownRegionAndYearsOutsideTheRules();
    void addBusinessDays();
    void businessDaysBetween();
    void addAndBetweenAgree();
    void reviewDeadline();
    void customDaysAndCopies();
    void icalendarDays();
    void icalendarDamagedFile();
    void icalendarNotAFile();
    void calendarStoreRoundTrip();
    void projectCalendarModelImports();
    void holidayListModel();

private:
    QTemporaryDir m_dir;
};

// Published lists (gov.uk/bank-holidays, opm.gov, canada.ca and the provinces'
// lists, Fair Work Ombudsman / state lists), weekdays off only.
void TestBusinessCalendar::publishedTables_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("year");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("US 2021") << "US" << 2021
                             << withYear(2021,
                                         { "01-01", "01-18", "02-15", "05-31", "06-18", "07-05", "09-06", "10-11",
                                           "11-11", "11-25", "12-24", "12-31" });
    QTest::newRow("US 2023") << "US" << 2023
                             << withYear(2023,
                                         { "01-02", "01-16", "02-20", "05-29", "06-19", "07-04", "09-04", "10-09",
                                           "11-10", "11-23", "12-25" });
    QTest::newRow("US 2026") << "US" << 2026
                             << withYear(2026,
                                         { "01-01", "01-19", "02-16", "05-25", "06-19", "07-03", "09-07", "10-12",
                                           "11-11", "11-26", "12-25" });
    QTest::newRow("US 2027") << "US" << 2027
                             << withYear(2027,
                                         { "01-01", "01-18", "02-15", "05-31", "06-18", "07-05", "09-06", "10-11",
                                           "11-11", "11-25", "12-24", "12-31" });
    QTest::newRow("England and Wales 2020")
        << "GB-EAW" << 2020
        << withYear(2020, { "01-01", "04-10", "04-13", "05-08", "05-25", "08-31", "12-25", "12-28" });
    QTest::newRow("England and Wales 2022")
        << "GB-EAW" << 2022
        << withYear(2022, { "01-03", "04-15", "04-18", "05-02", "06-02", "06-03", "08-29", "09-19", "12-26", "12-27" });
    QTest::newRow("England and Wales 2023")
        << "GB-EAW" << 2023
        << withYear(2023, { "01-02", "04-07", "04-10", "05-01", "05-08", "05-29", "08-28", "12-25", "12-26" });
    QTest::newRow("England and Wales 2027")
        << "GB-EAW" << 2027
        << withYear(2027, { "01-01", "03-26", "03-29", "05-03", "05-31", "08-30", "12-27", "12-28" });
    QTest::newRow("Scotland 2026") << "GB-SCT" << 2026
                                   << withYear(2026,
                                               { "01-01", "01-02", "04-03", "05-04", "05-25", "06-15", "08-03", "11-30",
                                                 "12-25", "12-28" });
    QTest::newRow("Northern Ireland 2026")
        << "GB-NIR" << 2026
        << withYear(2026, { "01-01", "03-17", "04-03", "04-06", "05-04", "05-25", "07-13", "08-31", "12-25", "12-28" });
    QTest::newRow("Canada federal 2026") << "CA" << 2026
                                         << withYear(2026,
                                                     { "01-01", "04-03", "05-18", "07-01", "09-07", "09-30", "10-12",
                                                       "11-11", "12-25", "12-28" });
    QTest::newRow("Ontario 2026") << "CA-ON" << 2026
                                  << withYear(2026,
                                              { "01-01", "02-16", "04-03", "05-18", "07-01", "09-07", "10-12", "12-25",
                                                "12-28" });
    QTest::newRow("Quebec 2026") << "CA-QC" << 2026
                                 << withYear(
                                        2026,
                                        { "01-01", "04-03", "05-18", "06-24", "07-01", "09-07", "10-12", "12-25" });
    QTest::newRow("British Columbia 2026") << "CA-BC" << 2026
                                           << withYear(2026,
                                                       { "01-01", "02-16", "04-03", "05-18", "07-01", "08-03", "09-07",
                                                         "09-30", "10-12", "11-11", "12-25" });
    QTest::newRow("Australia 2026") << "AU" << 2026
                                    << withYear(2026,
                                                { "01-01", "01-26", "04-03", "04-06", "06-08", "12-25", "12-28" });
    QTest::newRow("New South Wales 2026")
        << "AU-NSW" << 2026
        << withYear(2026, { "01-01", "01-26", "04-03", "04-06", "06-08", "10-05", "12-25", "12-28" });
    QTest::newRow("Victoria 2026") << "AU-VIC" << 2026
                                   << withYear(2026,
                                               { "01-01", "01-26", "03-09", "04-03", "04-06", "06-08", "09-25", "11-03",
                                                 "12-25", "12-28" });
    QTest::newRow("weekends only") << "NONE" << 2026 << QStringList {};
}

void TestBusinessCalendar::publishedTables()
{
    QFETCH(QString, region);
    QFETCH(int, year);
    QFETCH(QStringList, expected);
    const BusinessCalendar calendar(region);
    QVERIFY(calendar.isValid());
    QCOMPARE(weekdaysOff(calendar, year), expected);
    // Every listed day is in the year asked for and sorted.
    const QList<Holiday> list = calendar.holidays(year);
    for (qsizetype i = 0; i < list.size(); ++i) {
        QCOMPARE(list.at(i).date.year(), year);
        QVERIFY(!list.at(i).name.isEmpty());
        QCOMPARE(list.at(i).source, Holiday::Source::Rule);
        if (i > 0)
            QVERIFY(list.at(i - 1).date <= list.at(i).date);
    }
}

void TestBusinessCalendar::usObservedDaysBelongToTheirYear()
{
    const BusinessCalendar us(QStringLiteral("US"));
    // New Year's Day 2022 was a Saturday: observed on Friday 31 December 2021,
    // which is in 2021's list, not 2022's.
    const Holiday *observed = find(us.holidays(2021), d("2021-12-31"), true);
    QVERIFY(observed);
    QCOMPARE(observed->name, QStringLiteral("New Year's Day (observed)"));
    const QList<Holiday> list2022 = us.holidays(2022);
    QVERIFY(find(list2022, d("2022-01-01"), false));
    QVERIFY(!find(list2022, d("2022-01-01"), true));
    for (const Holiday &h : list2022)
        QVERIFY(h.date.year() == 2022);
    QVERIFY(!us.isBusinessDay(d("2021-12-31")));
    QVERIFY(us.isBusinessDay(d("2022-01-03")));

    // Juneteenth 2021 (a Saturday, first year) observed on Friday 18 June.
    const Holiday *juneteenth = find(us.holidays(2021), d("2021-06-18"), true);
    QVERIFY(juneteenth);
    QVERIFY(juneteenth->name.startsWith(QStringLiteral("Juneteenth")));
    QVERIFY(find(us.holidays(2021), d("2021-06-19"), false));
    // Independence Day 2026 on a Saturday: the Friday before; 2027 on a Sunday: the Monday after.
    QVERIFY(find(us.holidays(2026), d("2026-07-03"), true));
    QVERIFY(find(us.holidays(2027), d("2027-07-05"), true));
    QVERIFY(us.holidaysOn(d("2026-07-04")).size() == 1);
    QCOMPARE(us.holidaysOn(d("2026-07-04")).constFirst().name, QStringLiteral("Independence Day"));
}

void TestBusinessCalendar::usHistory()
{
    const BusinessCalendar us(QStringLiteral("US"));
    // No Juneteenth before 2021, no Martin Luther King Jr. Day before 1986.
    QVERIFY(us.isBusinessDay(d("2020-06-19")));
    QVERIFY(us.isBusinessDay(d("1985-01-21")));
    QVERIFY(!us.isBusinessDay(d("1986-01-20")));
    // Veterans Day was the 4th Monday of October 1971-1977.
    QVERIFY(!us.isBusinessDay(d("1975-10-27")));
    QVERIFY(us.isBusinessDay(d("1975-11-11")));
    QVERIFY(!us.isBusinessDay(d("1978-11-10"))); // 11 Nov 1978 a Saturday
}

void TestBusinessCalendar::substituteDaysAndNames()
{
    const BusinessCalendar eaw(QStringLiteral("GB-EAW"));
    // Christmas on Saturday, Boxing Day on Sunday (2021): Monday and Tuesday.
    const QList<Holiday> list2021 = eaw.holidays(2021);
    QCOMPARE(find(list2021, d("2021-12-27"), true)->name, QStringLiteral("Christmas Day (substitute day)"));
    QCOMPARE(find(list2021, d("2021-12-28"), true)->name, QStringLiteral("Boxing Day (substitute day)"));
    // Christmas on Sunday (2022): Boxing Day keeps Monday, Christmas moves to Tuesday.
    const QList<Holiday> list2022 = eaw.holidays(2022);
    QCOMPARE(find(list2022, d("2022-12-26"), false)->name, QStringLiteral("Boxing Day"));
    QCOMPARE(find(list2022, d("2022-12-27"), true)->name, QStringLiteral("Christmas Day (substitute day)"));
    QVERIFY(find(list2022, d("2022-09-19"), false)->name.contains(QStringLiteral("State Funeral")));
    QVERIFY(find(eaw.holidays(2023), d("2023-05-08"), false)->name.contains(QStringLiteral("coronation")));
    QVERIFY(find(eaw.holidays(2020), d("2020-05-08"), false)->name.contains(QStringLiteral("VE day")));
    QVERIFY(eaw.isBusinessDay(d("2020-05-04"))); // the usual first Monday of May was not off that year
    QVERIFY(eaw.isBusinessDay(d("2022-05-30"))); // nor the last Monday of May 2022
    QVERIFY(!eaw.isBusinessDay(d("2011-04-29"))); // royal wedding
    QVERIFY(!eaw.isBusinessDay(d("2012-06-05"))); // Diamond Jubilee
    QVERIFY(!eaw.isBusinessDay(d("1995-05-08")));
    QVERIFY(eaw.isBusinessDay(d("1995-05-01")));

    // Scotland: 1 and 2 January on a weekend (2022) give Monday 3 and Tuesday 4.
    const BusinessCalendar sct(QStringLiteral("GB-SCT"));
    QCOMPARE(find(sct.holidays(2022), d("2022-01-04"), true)->name, QStringLiteral("2nd January (substitute day)"));
    QVERIFY(!sct.isBusinessDay(d("2022-01-03")));
    QVERIFY(sct.isBusinessDay(d("2026-04-06"))); // no Easter Monday in Scotland
    QVERIFY(sct.isBusinessDay(d("2026-08-31"))); // summer holiday is the first Monday of August
    QVERIFY(!sct.isBusinessDay(d("2025-12-01"))); // St Andrew's Day on a Sunday: Monday
    QVERIFY(!BusinessCalendar(QStringLiteral("GB-EAW")).holidaysOn(d("2026-06-15")).size());

    // Northern Ireland: St Patrick's Day on a Sunday (2024) gives Monday 18 March.
    const BusinessCalendar nir(QStringLiteral("GB-NIR"));
    QVERIFY(!nir.isBusinessDay(d("2024-03-18")));
    QVERIFY(eaw.isBusinessDay(d("2024-03-18")));
}

void TestBusinessCalendar::canadaShiftRules()
{
    // Canada Day on a Saturday (2023): moved federally, not in Alberta (Sunday only).
    QVERIFY(!BusinessCalendar(QStringLiteral("CA")).isBusinessDay(d("2023-07-03")));
    QVERIFY(BusinessCalendar(QStringLiteral("CA-AB")).isBusinessDay(d("2023-07-03")));
    // On a Sunday (2018) it moves everywhere (Holidays Act).
    QVERIFY(!BusinessCalendar(QStringLiteral("CA-AB")).isBusinessDay(d("2018-07-02")));
    QVERIFY(!BusinessCalendar(QStringLiteral("CA-ON")).isBusinessDay(d("2018-07-02")));
    // Saint-Jean-Baptiste: a Sunday (2018) moves to Monday 25 June, a Saturday (2023) does not.
    const BusinessCalendar qc(QStringLiteral("CA-QC"));
    QVERIFY(!qc.isBusinessDay(d("2018-06-25")));
    QVERIFY(qc.isBusinessDay(d("2023-06-26")));
    // Truth and Reconciliation: federal from 2021, BC from 2023, not Ontario.
    QVERIFY(!BusinessCalendar(QStringLiteral("CA")).isBusinessDay(d("2021-09-30")));
    QVERIFY(BusinessCalendar(QStringLiteral("CA-BC")).isBusinessDay(d("2022-09-30")));
    QVERIFY(!BusinessCalendar(QStringLiteral("CA-BC")).isBusinessDay(d("2025-09-30")));
    QVERIFY(BusinessCalendar(QStringLiteral("CA-ON")).isBusinessDay(d("2025-09-30")));
    // Family Day and its provincial names.
    QCOMPARE(BusinessCalendar(QStringLiteral("CA-MB")).holidaysOn(d("2026-02-16")).constFirst().name,
             QStringLiteral("Louis Riel Day"));
    QCOMPARE(BusinessCalendar(QStringLiteral("CA-PE")).holidaysOn(d("2026-02-16")).constFirst().name,
             QStringLiteral("Islander Day"));
    QVERIFY(BusinessCalendar(QStringLiteral("CA-QC")).isBusinessDay(d("2026-02-16")));
    // Quebec's Monday before 25 May is National Patriots' Day.
    QCOMPARE(qc.holidaysOn(d("2026-05-18")).constFirst().name, QStringLiteral("National Patriots' Day"));
    // New Brunswick: no Victoria Day, New Brunswick Day in August.
    const BusinessCalendar nb(QStringLiteral("CA-NB"));
    QVERIFY(nb.isBusinessDay(d("2026-05-18")));
    QVERIFY(!nb.isBusinessDay(d("2026-08-03")));
    // Yukon: Discovery Day, the third Monday of August.
    QVERIFY(!BusinessCalendar(QStringLiteral("CA-YT")).isBusinessDay(d("2026-08-17")));
}

void TestBusinessCalendar::australiaAnzacDay()
{
    // Anzac Day 2026 is a Saturday: WA adds Monday 27 April, NSW and the national list do not.
    QVERIFY(!BusinessCalendar(QStringLiteral("AU-WA")).isBusinessDay(d("2026-04-27")));
    QVERIFY(BusinessCalendar(QStringLiteral("AU-NSW")).isBusinessDay(d("2026-04-27")));
    QVERIFY(BusinessCalendar(QStringLiteral("AU")).isBusinessDay(d("2026-04-27")));
    // Easter Saturday and Sunday are listed in NSW (weekend days, still named).
    const BusinessCalendar nsw(QStringLiteral("AU-NSW"));
    QCOMPARE(nsw.holidaysOn(d("2026-04-04")).constFirst().name, QStringLiteral("Easter Saturday"));
    QCOMPARE(nsw.holidaysOn(d("2026-04-05")).constFirst().name, QStringLiteral("Easter Sunday"));
    // Queensland's King's Birthday is in October, WA's in September.
    QVERIFY(BusinessCalendar(QStringLiteral("AU-QLD")).isBusinessDay(d("2026-06-08")));
    QVERIFY(!BusinessCalendar(QStringLiteral("AU-QLD")).isBusinessDay(d("2026-10-05")));
    QCOMPARE(BusinessCalendar(QStringLiteral("AU-WA")).holidaysOn(d("2026-09-28")).constFirst().name,
             QStringLiteral("King's Birthday"));
    QCOMPARE(nsw.holidaysOn(d("2022-06-13")).constFirst().name, QStringLiteral("Queen's Birthday"));
    QVERIFY(!nsw.isBusinessDay(d("2022-09-22"))); // day of mourning
}

void TestBusinessCalendar::easter_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("sunday");
    // Checked against dateutil.easter (EASTER_WESTERN).
    const QList<QPair<int, const char *>> known {
        { 1818, "1818-03-22" }, { 1971, "1971-04-11" }, { 1981, "1981-04-19" }, { 1999, "1999-04-04" },
        { 2000, "2000-04-23" }, { 2008, "2008-03-23" }, { 2011, "2011-04-24" }, { 2019, "2019-04-21" },
        { 2024, "2024-03-31" }, { 2025, "2025-04-20" }, { 2026, "2026-04-05" }, { 2027, "2027-03-28" },
        { 2038, "2038-04-25" }, { 2049, "2049-04-18" }, { 2100, "2100-03-28" }, { 2160, "2160-03-23" },
        { 2199, "2199-04-14" }, { 2285, "2285-03-22" },
    };
    for (const auto &[year, date] : known)
        QTest::newRow(qPrintable(QString::number(year))) << year << d(date);
}

void TestBusinessCalendar::easter()
{
    QFETCH(int, year);
    QFETCH(QDate, sunday);
    QCOMPARE(BusinessCalendar::easterSunday(year), sunday);
    QCOMPARE(BusinessCalendar::easterSunday(year).dayOfWeek(), int(Qt::Sunday));
}

void TestBusinessCalendar::regionKeys()
{
    QCOMPARE(BusinessCalendar::regionKey("CA", "ON"), QStringLiteral("CA-ON"));
    QCOMPARE(BusinessCalendar::regionKey("ca", "qc"), QStringLiteral("CA-QC"));
    QCOMPARE(BusinessCalendar::regionKey("US"), QStringLiteral("US"));
    QCOMPARE(BusinessCalendar::regionKey("GB", "SCT"), QStringLiteral("GB-SCT"));
    QCOMPARE(BusinessCalendar::regionKey("UK", "WLS"), QStringLiteral("GB-EAW"));
    QCOMPARE(BusinessCalendar::regionKey("AU-VIC"), QStringLiteral("AU-VIC"));
    QCOMPARE(BusinessCalendar::regionKey("US", "TX"), QString());
    QCOMPARE(BusinessCalendar::regionKey("GB"), QString());
    QCOMPARE(BusinessCalendar::regionKey("XX"), QString());
}

void TestBusinessCalendar::unknownRegionAndYearsOutsideTheRules()
{
    const BusinessCalendar unknown(QStringLiteral("CA-XX"));
    QVERIFY(!unknown.isValid());
    QVERIFY(unknown.holidays(2026).isEmpty());
    QVERIFY(unknown.isBusinessDay(d("2026-12-25")));
    QVERIFY(BusinessCalendar(QStringLiteral("ca-on")).isValid());

    const BusinessCalendar us(QStringLiteral("US"));
    QCOMPARE(BusinessCalendar::firstRuleYear(), 1971);
    QCOMPARE(BusinessCalendar::lastRuleYear(), 2199);
    QVERIFY(us.holidays(1970).isEmpty());
    QVERIFY(us.holidays(2200).isEmpty());
    QVERIFY(us.isBusinessDay(d("1970-12-25")));
    QVERIFY(!us.isBusinessDay(d("2199-12-25")));
    QVERIFY(!us.isBusinessDay(d("1971-12-24"))); // Christmas 1971 on a Saturday
}

void TestBusinessCalendar::addBusinessDays()
{
    const BusinessCalendar none(QStringLiteral("NONE"));
    QCOMPARE(none.addBusinessDays(d("2026-01-02"), 0), d("2026-01-02"));
    QCOMPARE(none.addBusinessDays(d("2026-01-02"), 1), d("2026-01-05")); // Friday -> Monday
    QCOMPARE(none.addBusinessDays(d("2026-01-02"), 5), d("2026-01-09"));
    QCOMPARE(none.addBusinessDays(d("2026-01-03"), 1), d("2026-01-05")); // from a Saturday
    QCOMPARE(none.addBusinessDays(d("2026-01-05"), -1), d("2026-01-02"));
    QCOMPARE(none.addBusinessDays(d("2026-01-04"), -1), d("2026-01-02")); // from a Sunday
    QCOMPARE(none.addBusinessDays(d("2026-01-01"), 260), d("2026-12-31"));

    const BusinessCalendar us(QStringLiteral("US"));
    QCOMPARE(us.addBusinessDays(d("2026-07-02"), 1), d("2026-07-06")); // Friday 3 July observed
    QCOMPARE(us.addBusinessDays(d("2026-07-06"), -1), d("2026-07-02"));
    QCOMPARE(us.addBusinessDays(d("2021-12-30"), 1), d("2022-01-03")); // across the year and 31 Dec observed
    QCOMPARE(us.addBusinessDays(d("2022-01-03"), -1), d("2021-12-30"));
    QCOMPARE(us.addBusinessDays(d("2026-11-25"), 2), d("2026-11-30")); // Thanksgiving Thursday

    const BusinessCalendar eaw(QStringLiteral("GB-EAW"));
    QCOMPARE(eaw.addBusinessDays(d("2021-12-24"), 1), d("2021-12-29"));
    QCOMPARE(eaw.addBusinessDays(d("2021-12-29"), -1), d("2021-12-24"));
    QCOMPARE(eaw.addBusinessDays(d("2026-04-02"), 1), d("2026-04-07")); // Good Friday, Easter Monday

    QVERIFY(!us.addBusinessDays(QDate(), 3).isValid());
}

void TestBusinessCalendar::businessDaysBetween()
{
    const BusinessCalendar eaw(QStringLiteral("GB-EAW"));
    QCOMPARE(eaw.businessDaysBetween(d("2021-12-24"), d("2021-12-31")), 3);
    QCOMPARE(eaw.businessDaysBetween(d("2021-12-31"), d("2021-12-24")), -3);
    QCOMPARE(eaw.businessDaysBetween(d("2026-01-05"), d("2026-01-05")), 0);
    QCOMPARE(eaw.businessDaysBetween(d("2026-01-09"), d("2026-01-12")), 1); // Friday -> Monday
    QCOMPARE(eaw.businessDaysBetween(d("2026-01-10"), d("2026-01-11")), 0); // a weekend
    const BusinessCalendar none(QStringLiteral("NONE"));
    QCOMPARE(none.businessDaysBetween(d("2025-12-31"), d("2026-12-31")), 261);
    QCOMPARE(BusinessCalendar(QStringLiteral("US")).businessDaysBetween(d("2025-12-31"), d("2026-12-31")), 261 - 11);
}

void TestBusinessCalendar::addAndBetweenAgree()
{
    const BusinessCalendar cal(QStringLiteral("CA-ON"));
    for (QDate from = d("2026-12-01"); from <= d("2027-01-15"); from = from.addDays(1)) {
        for (int n = 1; n <= 12; ++n) {
            const QDate to = cal.addBusinessDays(from, n);
            QVERIFY(cal.isBusinessDay(to));
            QCOMPARE(cal.businessDaysBetween(from, to), n);
            if (cal.isBusinessDay(from)) {
                const QDate back = cal.addBusinessDays(from, -n);
                QVERIFY(cal.isBusinessDay(back));
                QCOMPARE(cal.businessDaysBetween(from, back), -n);
            }
        }
    }
}

void TestBusinessCalendar::reviewDeadline()
{
    const BusinessCalendar none(QStringLiteral("NONE"));
    const auto utc = [](const char *iso) {
        return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    };

    // Across a weekend: Thursday -> Friday, Monday, Tuesday; ends when Wednesday begins.
    const QTimeZone london("Europe/London");
    QVERIFY(london.isValid());
    QCOMPARE(none.reviewDeadline(utc("2026-02-12T18:00:00Z"), london), utc("2026-02-18T00:00:00Z"));

    // The local date, not the UTC one: 03:30 UTC on Friday is Thursday evening in
    // Los Angeles; Washington's Birthday (Monday 16 Feb) is not counted.
    const QTimeZone la("America/Los_Angeles");
    const BusinessCalendar us(QStringLiteral("US"));
    QCOMPARE(us.reviewDeadline(utc("2026-02-13T03:30:00Z"), la), utc("2026-02-19T08:00:00Z"));
    QCOMPARE(none.reviewDeadline(utc("2026-02-13T03:30:00Z"), la), utc("2026-02-18T08:00:00Z"));

    // Across a DST change: finished in EST, the deadline ends in EDT (UTC-4).
    const QTimeZone ny("America/New_York");
    QCOMPARE(none.reviewDeadline(utc("2026-03-05T15:00:00Z"), ny), utc("2026-03-11T04:00:00Z"));

    // A day that starts at 01:00: Egypt moved its clocks from 00:00 to 01:00 on
    // Friday 28 April 2023, so Thursday's deadline ends at Friday 01:00 EEST.
    const QTimeZone cairo("Africa/Cairo");
    QVERIFY(cairo.isValid());
    QVERIFY2(cairo.offsetFromUtc(utc("2023-05-15T12:00:00Z")) == 3 * 3600,
             "this system's time zone data predates Egypt's 2023 DST");
    const QDateTime deadline = none.reviewDeadline(utc("2023-04-24T10:00:00Z"), cairo);
    QVERIFY(deadline.isValid());
    QCOMPARE(deadline, utc("2023-04-27T22:00:00Z"));
    QCOMPARE(deadline.timeSpec(), Qt::UTC);
    QCOMPARE(deadline.toTimeZone(cairo).date(), d("2023-04-28"));
    QCOMPARE(deadline.toTimeZone(cairo).time(), QTime(1, 0));

    // Other day counts, an invalid instant, an invalid zone (counted as UTC).
    QCOMPARE(none.reviewDeadline(utc("2026-02-12T18:00:00Z"), london, 1), utc("2026-02-14T00:00:00Z"));
    QVERIFY(!none.reviewDeadline(QDateTime(), london).isValid());
    QCOMPARE(none.reviewDeadline(utc("2026-02-12T18:00:00Z"), QTimeZone("Nowhere/Atlantis")),
             utc("2026-02-18T00:00:00Z"));
}

void TestBusinessCalendar::customDaysAndCopies()
{
    BusinessCalendar cal(QStringLiteral("US"));
    QVERIFY(cal.isBusinessDay(d("2026-08-14")));
    const BusinessCalendar before = cal;
    cal.addCustomDay(d("2026-08-14"), QStringLiteral("  Office   move "));
    QVERIFY(!cal.isBusinessDay(d("2026-08-14")));
    const QList<Holiday> on = cal.holidaysOn(d("2026-08-14"));
    QCOMPARE(on.size(), 1);
    QCOMPARE(on.constFirst().name, QStringLiteral("Office move"));
    QCOMPARE(on.constFirst().source, Holiday::Source::Custom);
    // The copy taken before is unchanged, even though it had computed 2026 already.
    QVERIFY(before.isBusinessDay(d("2026-08-14")));
    // A custom day on a public holiday is listed after it.
    cal.addCustomDay(d("2026-12-25"), QStringLiteral("Closed"));
    const QList<Holiday> christmas = cal.holidaysOn(d("2026-12-25"));
    QCOMPARE(christmas.size(), 2);
    QCOMPARE(christmas.at(0).source, Holiday::Source::Rule);
    QCOMPARE(christmas.at(1).source, Holiday::Source::Custom);
    QCOMPARE(cal.addBusinessDays(d("2026-08-13"), 1), d("2026-08-17"));
}

void TestBusinessCalendar::icalendarDays()
{
    const QByteArray file = ics(
        // All-day, one day.
        "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Firm anniversary\r\nDTSTART;VALUE=DATE:20260812\r\nEND:VEVENT\r\n"
        // Several days, DTEND exclusive, across the new year.
        "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:Winter closure\r\nDTSTART;VALUE=DATE:20261228\r\n"
        "DTEND;VALUE=DATE:20270102\r\nEND:VEVENT\r\n"
        // A timed event is taken by its date.
        "BEGIN:VEVENT\r\nUID:c\r\nSUMMARY:Partners' off-site\r\nDTSTART:20260305T093000Z\r\n"
        "DTEND:20260305T170000Z\r\nEND:VEVENT\r\n"
        // Yearly on the first Thursday of March, one year left out; a folded summary.
        "BEGIN:VEVENT\r\nUID:d\r\nSUMMARY:Founders'\r\n  Day\r\nDTSTART;VALUE=DATE:20200305\r\n"
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=1TH\r\nEXDATE;VALUE=DATE:20280302\r\nEND:VEVENT\r\n"
        // Cancelled events are not days off.
        "BEGIN:VEVENT\r\nUID:e\r\nSUMMARY:Picnic\r\nDTSTART;VALUE=DATE:20260701\r\nSTATUS:CANCELLED\r\nEND:VEVENT\r\n");
    BusinessCalendar cal(QStringLiteral("NONE"));
    QString error;
    int added = -1;
    QVERIFY2(cal.addICalendar(file, QStringLiteral("firm.ics"), &error, &added), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(added, 4);

    QCOMPARE(cal.holidaysOn(d("2026-08-12")).constFirst().name, QStringLiteral("Firm anniversary"));
    QCOMPARE(cal.holidaysOn(d("2026-08-12")).constFirst().source, Holiday::Source::ICalendar);
    QVERIFY(cal.isBusinessDay(d("2026-08-13")));
    for (const char *day : { "2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", "2027-01-01" })
        QVERIFY2(!cal.isBusinessDay(d(day)), day);
    QVERIFY(cal.isBusinessDay(d("2027-01-04")));
    QVERIFY(!cal.isBusinessDay(d("2026-03-05")));
    QVERIFY(cal.isBusinessDay(d("2026-03-06")));
    QVERIFY(cal.isBusinessDay(d("2026-07-01")));
    // The repeating event in the years asked for, not before it started, not in 2028.
    QCOMPARE(cal.holidaysOn(d("2027-03-04")).constFirst().name, QStringLiteral("Founders' Day"));
    QVERIFY(!cal.isBusinessDay(d("2150-03-05")));
    QVERIFY(!cal.isBusinessDay(d("2020-03-05"))); // DTSTART itself
    QVERIFY(cal.holidaysOn(d("2019-03-07")).isEmpty());
    QVERIFY(cal.isBusinessDay(d("2028-03-02")));
    int founders2026 = 0;
    for (const Holiday &h : cal.holidays(2026))
        founders2026 += h.name == QStringLiteral("Founders' Day") ? 1 : 0;
    QCOMPARE(founders2026, 1);
}

void TestBusinessCalendar::icalendarDamagedFile()
{
    const QByteArray file = ics("BEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Firm retreat\r\nDTSTART;VALUE=DATE:20260813\r\n"
                                "DTEND;VALUE=DATE:20260815\r\nEND:VEVENT\r\n" // lines 4-9
                                "BEGIN:VEVENT\r\nUID:2\r\nSUMMARY:Impossible day\r\n"
                                "DTSTART;VALUE=DATE:20261345\r\nEND:VEVENT\r\n" // lines 10-14
                                "BEGIN:VEVENT\r\nUID:3\r\nSUMMARY:Odd rule\r\nDTSTART;VALUE=DATE:20260911\r\n"
                                "RRULE:FREQ=SOMETIMES\r\nEND:VEVENT\r\n" // lines 15-20
                                "BEGIN:VEVENT\r\nUID:4\r\nSUMMARY:No start\r\nEND:VEVENT\r\n"); // lines 21-24
    BusinessCalendar cal(QStringLiteral("US"));
    QString error;
    int added = -1;
    QVERIFY(!cal.addICalendar(file, QStringLiteral("office.ics"), &error, &added));
    const QStringList problems = error.split(QLatin1Char('\n'));
    QCOMPARE(problems.size(), 3);
    QVERIFY2(problems.at(0).startsWith(QStringLiteral("office.ics, line 13: event “Impossible day”:")),
             qPrintable(problems.at(0)));
    QVERIFY2(problems.at(1).startsWith(QStringLiteral("office.ics, line 19: event “Odd rule”:")),
             qPrintable(problems.at(1)));
    QVERIFY2(problems.at(2).startsWith(QStringLiteral("office.ics, line 21: event “No start”:")),
             qPrintable(problems.at(2)));
    QVERIFY(problems.at(2).contains(QStringLiteral("DTSTART")));
    // The good events are kept; the one with a bad rule keeps its first day.
    QCOMPARE(added, 2);
    QVERIFY(!cal.isBusinessDay(d("2026-08-13")));
    QVERIFY(!cal.isBusinessDay(d("2026-08-14")));
    QVERIFY(!cal.isBusinessDay(d("2026-09-11")));
    QVERIFY(cal.isBusinessDay(d("2027-09-10")));
}

void TestBusinessCalendar::icalendarNotAFile()
{
    BusinessCalendar cal(QStringLiteral("NONE"));
    QString error;
    int added = -1;
    QVERIFY(!cal.addICalendar("Date,Name\n2026-08-14,Office move\n", QStringLiteral("days.csv"), &error, &added));
    QCOMPARE(added, 0);
    QVERIFY2(error.contains(QStringLiteral("days.csv")) && error.contains(QStringLiteral("not an iCalendar")),
             qPrintable(error));
    QVERIFY(!cal.addICalendar({}, QStringLiteral("empty.ics"), &error));
    QVERIFY2(error.contains(QStringLiteral("empty.ics")), qPrintable(error));
    QVERIFY(cal.holidays(2026).isEmpty());
}

void TestBusinessCalendar::calendarStoreRoundTrip()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("calendar.cutover"));
    QString error;
    const QByteArray firmIcs = ics("BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Firm anniversary\r\n"
                                   "DTSTART;VALUE=DATE:20200812\r\nRRULE:FREQ=YEARLY\r\nEND:VEVENT\r\n");
    {
        auto store = ProjectStore::create(path, settings(QStringLiteral("CA-ON")), &error);
        QVERIFY2(store, qPrintable(error));
        QSqlDatabase db = store->database();
        QVERIFY2(CalendarStore::addCustomDay(db, d("2026-08-14"), QStringLiteral("Office move"), &error),
                 qPrintable(error));
        QVERIFY(CalendarStore::addCustomDay(db, d("2026-03-02"), QStringLiteral("Training"), &error));
        QVERIFY(CalendarStore::addCustomDay(db, d("2026-03-02"), QStringLiteral("Training day"), &error)); // renames
        QVERIFY(!CalendarStore::addCustomDay(db, d("2026-03-03"), QStringLiteral("   "), &error));
        QVERIFY(error.contains(QStringLiteral("name")));
        QVERIFY(!CalendarStore::addCustomDay(db, QDate(), QStringLiteral("x"), &error));
        const qint64 id = CalendarStore::addICalendar(db, QStringLiteral("firm.ics"), firmIcs, 1, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QCOMPARE(CalendarStore::addICalendar(db, QStringLiteral("copy.ics"), firmIcs, 1, &error), qint64(0));
        QVERIFY2(error.contains(QStringLiteral("firm.ics")), qPrintable(error));
        QCOMPARE(CalendarStore::addICalendar(db, QStringLiteral("latin1.ics"), ics("SUMMARY:F\xeate\r\n"), 0, &error),
                 qint64(0));
        QVERIFY2(error.contains(QStringLiteral("latin1.ics")) && error.contains(QStringLiteral("UTF-8")),
                 qPrintable(error));
        const qint64 other = CalendarStore::addICalendar(db, QStringLiteral("other.ics"), ics({}), 0, &error);
        QVERIFY(other > 0);
        QVERIFY(CalendarStore::removeICalendar(db, other, &error));
        QVERIFY(!CalendarStore::removeICalendar(db, other, &error));
        QVERIFY(CalendarStore::addCustomDay(db, d("2026-10-30"), QStringLiteral("Gone soon"), &error));
        QVERIFY(CalendarStore::removeCustomDay(db, d("2026-10-30"), &error));
        QVERIFY(!CalendarStore::removeCustomDay(db, d("2026-10-30"), &error));
        QVERIFY(error.contains(QStringLiteral("2026-10-30")));

        // Every change is in the audit log, newest first.
        QStringList actions;
        for (const AuditEntry &e : store->auditLog(7))
            actions.prepend(e.action);
        QCOMPARE(actions,
                 QStringList({ "calendar.day_added", "calendar.day_added", "calendar.ics_added", "calendar.ics_added",
                               "calendar.ics_removed", "calendar.day_added", "calendar.day_removed" }));
        const AuditEntry renamed = store->auditLog(6).last();
        QCOMPARE(renamed.detail.value("replaced").toString(), QStringLiteral("Training"));
        const AuditEntry added = store->auditLog(5).last();
        QCOMPARE(added.detail.value("sha256").toString(), CalendarStore::sha256(firmIcs));
        QCOMPARE(added.actor, ProjectStore::currentActor());
    }
    // Read back from the file.
    auto store = ProjectStore::open(path, &error, ProjectStore::OpenMode::ReadOnly);
    QVERIFY2(store, qPrintable(error));
    const QList<CalendarDay> days = CalendarStore::customDays(store->database());
    QCOMPARE(days.size(), 2);
    QCOMPARE(days.at(0).date, d("2026-03-02"));
    QCOMPARE(days.at(0).name, QStringLiteral("Training day"));
    QCOMPARE(days.at(1).name, QStringLiteral("Office move"));
    QVERIFY(days.at(1).addedAtUtc.isValid());
    const QList<CalendarFile> files = CalendarStore::icalendarFiles(store->database(), CalendarStore::WithContent);
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.constFirst().name, QStringLiteral("firm.ics"));
    QCOMPARE(files.constFirst().content, firmIcs);
    QCOMPARE(files.constFirst().sha256, CalendarStore::sha256(firmIcs));
    QVERIFY(CalendarStore::icalendarFiles(store->database()).constFirst().content.isEmpty());

    const BusinessCalendar cal = BusinessCalendar::forProject(store->database(), store->settings().holidayRegion);
    QCOMPARE(cal.region(), QStringLiteral("CA-ON"));
    QVERIFY(!cal.isBusinessDay(d("2026-02-16"))); // Family Day, by rule
    QVERIFY(!cal.isBusinessDay(d("2026-03-02")));
    QVERIFY(!cal.isBusinessDay(d("2026-08-14")));
    QVERIFY(!cal.isBusinessDay(d("2030-08-12"))); // the file's yearly event
    QVERIFY(cal.isBusinessDay(d("2026-10-30")));
}

void TestBusinessCalendar::projectCalendarModelImports()
{
    QVERIFY(m_dir.isValid());
    QString error;
    auto store =
        ProjectStore::create(m_dir.filePath(QStringLiteral("model.cutover")), settings(QStringLiteral("US")), &error);
    QVERIFY2(store, qPrintable(error));
    ProjectCalendarModel model(store->database().connectionName(), QStringLiteral("US"));
    QCOMPARE(model.regionTitle(), QStringLiteral("United States (federal)"));
    QSignalSpy changed(&model, &ProjectCalendarModel::changed);
    QSignalSpy finished(&model, &ProjectCalendarModel::importFinished);

    const QString good = m_dir.filePath(QStringLiteral("closures.ics"));
    QFile f(good);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(ics("BEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Office closed\r\nDTSTART;VALUE=DATE:20261124\r\n"
                "DTEND;VALUE=DATE:20261126\r\nEND:VEVENT\r\n"
                "BEGIN:VEVENT\r\nUID:2\r\nSUMMARY:Broken\r\nEND:VEVENT\r\n"));
    f.close();
    model.importICalendarFile(good);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().at(0).toBool(), true);
    const QString message = finished.constFirst().at(1).toString();
    QVERIFY2(message.contains(QStringLiteral("closures.ics")) && message.contains(QStringLiteral("“Broken”")),
             qPrintable(message));
    QCOMPARE(changed.size(), 1);
    QVERIFY(!model.calendar().isBusinessDay(d("2026-11-24")));
    QCOMPARE(model.icalendarFiles().size(), 1);

    // The same file again is refused; a file that is not there is reported.
    model.importICalendarFile(good);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(1).at(0).toBool(), false);
    model.importICalendarFile(m_dir.filePath(QStringLiteral("missing.ics")));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(2).at(0).toBool(), false);
    QVERIFY(finished.at(2).at(1).toString().contains(QStringLiteral("missing.ics")));
    QCOMPARE(model.icalendarFiles().size(), 1);

    QVERIFY(model.addCustomDay(d("2026-12-24"), QStringLiteral("Christmas Eve")));
    QVERIFY(!model.calendar().isBusinessDay(d("2026-12-24")));
    QVERIFY(!model.addCustomDay(d("2026-12-23"), {}));
    QVERIFY(!model.lastError().isEmpty());
    QVERIFY(model.removeCustomDay(d("2026-12-24")));
    QVERIFY(model.calendar().isBusinessDay(d("2026-12-24")));
    QVERIFY(model.removeICalendar(model.icalendarFiles().constFirst().id));
    QVERIFY(model.calendar().isBusinessDay(d("2026-11-24")));
}

void TestBusinessCalendar::holidayListModel()
{
    BusinessCalendar cal(QStringLiteral("US"));
    cal.addCustomDay(d("2026-08-14"), QStringLiteral("Office move"));
    HolidayListModel model;
    model.setYear(2026);
    model.setCalendar(cal);
    QCOMPARE(model.columnCount(), int(HolidayListModel::ColumnCount));
    // 11 federal holidays + Independence Day observed + the custom day.
    QCOMPARE(model.rowCount(), 13);
    const QList<Holiday> list = cal.holidays(2026);
    int observedRow = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(HolidayListModel::ObservedRole).toBool())
            observedRow = row;
    }
    QVERIFY(observedRow >= 0);
    QCOMPARE(model.index(observedRow, HolidayListModel::DateColumn).data().toString(), QStringLiteral("2026-07-03"));
    QCOMPARE(model.index(observedRow, HolidayListModel::WeekdayColumn).data().toString(),
             QLocale().dayName(Qt::Friday));
    QCOMPARE(model.index(observedRow, HolidayListModel::KindColumn).data().toString(), QStringLiteral("Observed"));
    QCOMPARE(model.index(observedRow + 1, HolidayListModel::NameColumn).data().toString(),
             QStringLiteral("Independence Day"));
    QCOMPARE(model.index(observedRow + 1, HolidayListModel::KindColumn).data().toString(),
             QStringLiteral("Public holiday"));
    QCOMPARE(model.index(observedRow + 2, HolidayListModel::KindColumn).data().toString(), QStringLiteral("Custom"));
    QCOMPARE(model.index(observedRow + 2, 0).data(HolidayListModel::DateRole).toDate(), d("2026-08-14"));
    model.setYear(1970);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "TestBusinessCalendar.moc"
