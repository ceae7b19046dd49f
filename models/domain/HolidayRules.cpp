#include "HolidayRules.h"

#include "Catalogs.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

// Public holidays by rule. Sources: 5 U.S.C. 6103 and OPM's observance rule; the
// Canada Labour Code (s. 166) and each province's or territory's employment
// standards list of general / statutory / paid public holidays; gov.uk/bank-holidays
// and the Royal Proclamations for one-off days; the Fair Work Ombudsman's and each
// state's or territory's published lists. Where a published list and a rule of
// thumb disagree, the published list wins; README.md ("Business-day calendar")
// lists the choices that were uncertain.

namespace Cutover::HolidayRules {

namespace {

constexpr const char *kContext = "Cutover::Holidays";

// --- names -------------------------------------------------------------------
// Shared
constexpr const char *kNewYear = QT_TRANSLATE_NOOP("Cutover::Holidays", "New Year's Day");
constexpr const char *kGoodFriday = QT_TRANSLATE_NOOP("Cutover::Holidays", "Good Friday");
constexpr const char *kEasterSaturday = QT_TRANSLATE_NOOP("Cutover::Holidays", "Easter Saturday");
constexpr const char *kEasterSunday = QT_TRANSLATE_NOOP("Cutover::Holidays", "Easter Sunday");
constexpr const char *kEasterMonday = QT_TRANSLATE_NOOP("Cutover::Holidays", "Easter Monday");
constexpr const char *kLabourDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "Labour Day");
constexpr const char *kChristmas = QT_TRANSLATE_NOOP("Cutover::Holidays", "Christmas Day");
constexpr const char *kBoxingDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "Boxing Day");
constexpr const char *kQueensBirthday = QT_TRANSLATE_NOOP("Cutover::Holidays", "Queen's Birthday");
constexpr const char *kKingsBirthday = QT_TRANSLATE_NOOP("Cutover::Holidays", "King's Birthday");
// United States
constexpr const char *kMlkDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "Birthday of Martin Luther King, Jr.");
constexpr const char *kWashington = QT_TRANSLATE_NOOP("Cutover::Holidays", "Washington's Birthday");
constexpr const char *kMemorialDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "Memorial Day");
constexpr const char *kJuneteenth = QT_TRANSLATE_NOOP("Cutover::Holidays", "Juneteenth National Independence Day");
constexpr const char *kIndependenceDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "Independence Day");
constexpr const char *kLaborDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "Labor Day");
constexpr const char *kColumbusDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "Columbus Day");
constexpr const char *kVeteransDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "Veterans Day");
constexpr const char *kThanksgivingUs = QT_TRANSLATE_NOOP("Cutover::Holidays", "Thanksgiving Day");
// Canada
constexpr const char *kFamilyDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "Family Day");
constexpr const char *kLouisRielDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "Louis Riel Day");
constexpr const char *kHeritageDayNs = QT_TRANSLATE_NOOP("Cutover::Holidays", "Nova Scotia Heritage Day");
constexpr const char *kIslanderDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "Islander Day");
constexpr const char *kVictoriaDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "Victoria Day");
constexpr const char *kPatriotsDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "National Patriots' Day");
constexpr const char *kStJeanBaptiste =
    QT_TRANSLATE_NOOP("Cutover::Holidays", "Saint-Jean-Baptiste Day (Fête nationale du Québec)");
constexpr const char *kAboriginalDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "National Aboriginal Day");
constexpr const char *kIndigenousPeoplesDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "National Indigenous Peoples Day");
constexpr const char *kCanadaDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "Canada Day");
constexpr const char *kNunavutDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "Nunavut Day");
constexpr const char *kCivicHoliday = QT_TRANSLATE_NOOP("Cutover::Holidays", "Civic Holiday");
constexpr const char *kBcDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "British Columbia Day");
constexpr const char *kNbDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "New Brunswick Day");
constexpr const char *kSaskatchewanDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "Saskatchewan Day");
constexpr const char *kDiscoveryDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "Discovery Day");
constexpr const char *kTruthAndReconciliation =
    QT_TRANSLATE_NOOP("Cutover::Holidays", "National Day for Truth and Reconciliation");
constexpr const char *kThanksgivingCa = QT_TRANSLATE_NOOP("Cutover::Holidays", "Thanksgiving");
constexpr const char *kRemembranceDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "Remembrance Day");
constexpr const char *kQueensFuneralCa =
    QT_TRANSLATE_NOOP("Cutover::Holidays", "Day of Mourning for Queen Elizabeth II");
// United Kingdom
constexpr const char *kSecondJanuary = QT_TRANSLATE_NOOP("Cutover::Holidays", "2nd January");
constexpr const char *kStPatricksDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "St Patrick's Day");
constexpr const char *kEarlyMay = QT_TRANSLATE_NOOP("Cutover::Holidays", "Early May bank holiday");
constexpr const char *kEarlyMayVeDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "Early May bank holiday (VE day)");
constexpr const char *kSpringBank = QT_TRANSLATE_NOOP("Cutover::Holidays", "Spring bank holiday");
constexpr const char *kBoyne = QT_TRANSLATE_NOOP("Cutover::Holidays", "Battle of the Boyne (Orangemen's Day)");
constexpr const char *kSummerBank = QT_TRANSLATE_NOOP("Cutover::Holidays", "Summer bank holiday");
constexpr const char *kStAndrewsDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "St Andrew's Day");
constexpr const char *kSilverJubilee = QT_TRANSLATE_NOOP("Cutover::Holidays", "Silver Jubilee of Queen Elizabeth II");
constexpr const char *kRoyalWedding1981 =
    QT_TRANSLATE_NOOP("Cutover::Holidays", "Wedding of Prince Charles and Lady Diana Spencer");
constexpr const char *kMillennium = QT_TRANSLATE_NOOP("Cutover::Holidays", "Millennium Celebrations");
constexpr const char *kGoldenJubilee = QT_TRANSLATE_NOOP("Cutover::Holidays", "Golden Jubilee bank holiday");
constexpr const char *kRoyalWedding2011 = QT_TRANSLATE_NOOP("Cutover::Holidays", "Royal wedding");
constexpr const char *kDiamondJubilee = QT_TRANSLATE_NOOP("Cutover::Holidays", "Queen's Diamond Jubilee");
constexpr const char *kPlatinumJubilee = QT_TRANSLATE_NOOP("Cutover::Holidays", "Platinum Jubilee bank holiday");
constexpr const char *kStateFuneral =
    QT_TRANSLATE_NOOP("Cutover::Holidays", "Bank Holiday for the State Funeral of Queen Elizabeth II");
constexpr const char *kCoronation =
    QT_TRANSLATE_NOOP("Cutover::Holidays", "Bank holiday for the coronation of King Charles III");
constexpr const char *kWorldCup2026 =
    QT_TRANSLATE_NOOP("Cutover::Holidays", "Bank holiday for Scotland's men's World Cup finals debut");
// Australia
constexpr const char *kAustraliaDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "Australia Day");
constexpr const char *kAnzacDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "Anzac Day");
constexpr const char *kCanberraDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "Canberra Day");
constexpr const char *kReconciliationDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "Reconciliation Day");
constexpr const char *kFamilyCommunityDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "Family & Community Day");
constexpr const char *kMayDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "May Day");
constexpr const char *kPicnicDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "Picnic Day");
constexpr const char *kAdelaideCup = QT_TRANSLATE_NOOP("Cutover::Holidays", "Adelaide Cup Day");
constexpr const char *kProclamationDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "Proclamation Day");
constexpr const char *kEightHoursDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "Eight Hours Day");
constexpr const char *kGrandFinalFriday = QT_TRANSLATE_NOOP("Cutover::Holidays", "Friday before the AFL Grand Final");
constexpr const char *kMelbourneCup = QT_TRANSLATE_NOOP("Cutover::Holidays", "Melbourne Cup Day");
constexpr const char *kWesternAustraliaDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "Western Australia Day");
constexpr const char *kFoundationDay = QT_TRANSLATE_NOOP("Cutover::Holidays", "Foundation Day");
constexpr const char *kMourningAu =
    QT_TRANSLATE_NOOP("Cutover::Holidays", "National Day of Mourning for Queen Elizabeth II");
constexpr const char *kSpecialHoliday = QT_TRANSLATE_NOOP("Cutover::Holidays", "Special public holiday");

constexpr const char *kObservedLabel = QT_TRANSLATE_NOOP("Cutover::Holidays", "%1 (observed)");
constexpr const char *kSubstituteLabel = QT_TRANSLATE_NOOP("Cutover::Holidays", "%1 (substitute day)");

// --- dates -------------------------------------------------------------------

constexpr int Mon = Qt::Monday;
constexpr int Tue = Qt::Tuesday;
constexpr int Thu = Qt::Thursday;
constexpr int Sat = Qt::Saturday;

// The n-th `weekday` of the month (n = 1 for the first).
QDate nth(int year, int month, int weekday, int n)
{
    const QDate first(year, month, 1);
    return first.addDays((weekday - first.dayOfWeek() + 7) % 7 + 7 * (n - 1));
}

QDate lastOf(int year, int month, int weekday)
{
    const QDate last(year, month, QDate(year, month, 1).daysInMonth());
    return last.addDays(-((last.dayOfWeek() - weekday + 7) % 7));
}

QDate onOrAfter(const QDate &date, int weekday)
{
    return date.addDays((weekday - date.dayOfWeek() + 7) % 7);
}

QDate onOrBefore(const QDate &date, int weekday)
{
    return date.addDays(-((date.dayOfWeek() - weekday + 7) % 7));
}

bool isWeekend(const QDate &date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

// --- observance --------------------------------------------------------------

// What happens when a holiday falls on a weekend.
enum class Shift {
    None, // nothing: the day is lost
    SundayToMonday, // a Sunday holiday is observed on the next free weekday; a Saturday one is lost
    WeekendToWeekday, // Saturday or Sunday: observed on the next weekday that is not already a holiday
    UsFederal, // Saturday: the Friday before; Sunday: the Monday after (5 U.S.C. 6103(b), EO 11582)
};

// Collects one year's rule holidays, then works out the observed days. Taking
// "the next weekday that is not already a holiday" in date order gives every
// substitution pair the lists publish: Christmas on Saturday -> Monday 27 and
// Boxing Day on Sunday -> Tuesday 28; Christmas on Sunday -> Tuesday 27 (Boxing
// Day keeps Monday 26); 1 and 2 January in Scotland likewise.
class Builder
{
public:
    Builder(int year, const char *observedLabel)
        : m_year(year)
        , m_label(observedLabel)
    {
    }

    void add(const QDate &date, const char *name, Shift shift = Shift::None)
    {
        if (date.isValid())
            m_days.push_back({ date, name, shift });
    }
    void add(int month, int day, const char *name, Shift shift = Shift::None)
    {
        add(QDate(m_year, month, day), name, shift);
    }
    // An observed day whose holiday belongs to another year (the US New Year's
    // Day of next year, observed on 31 December when it falls on a Saturday).
    void addObserved(const QDate &date, const char *name) { m_extraObserved.push_back({ date, name, Shift::None }); }
    int year() const { return m_year; }

    QList<Holiday> finish() const
    {
        std::vector<Day> days = m_days;
        std::stable_sort(days.begin(), days.end(), [](const Day &a, const Day &b) { return a.date < b.date; });
        QList<Holiday> out;
        QList<QDate> taken;
        for (const Day &d : days) {
            out.append({ d.date, QCoreApplication::translate(kContext, d.name), Holiday::Source::Rule, false });
            if (!isWeekend(d.date))
                taken.append(d.date);
        }
        auto observed = [&](const QDate &date, const char *name) {
            taken.append(date);
            out.append(
                { date, QCoreApplication::translate(kContext, m_label).arg(QCoreApplication::translate(kContext, name)),
                  Holiday::Source::Rule, true });
        };
        for (const Day &d : days) {
            if (d.shift == Shift::None || !isWeekend(d.date))
                continue;
            QDate on;
            switch (d.shift) {
            case Shift::None:
                break;
            case Shift::SundayToMonday:
                if (d.date.dayOfWeek() != Qt::Sunday)
                    break;
                [[fallthrough]];
            case Shift::WeekendToWeekday:
                on = d.date.addDays(1);
                while (isWeekend(on) || taken.contains(on))
                    on = on.addDays(1);
                break;
            case Shift::UsFederal:
                on = d.date.addDays(d.date.dayOfWeek() == Qt::Saturday ? -1 : 1);
                break;
            }
            if (on.isValid() && on.year() == m_year)
                observed(on, d.name);
        }
        for (const Day &d : m_extraObserved)
            observed(d.date, d.name);
        std::stable_sort(out.begin(), out.end(), [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
        return out;
    }

private:
    struct Day
    {
        QDate date;
        const char *name;
        Shift shift;
    };
    int m_year;
    const char *m_label;
    std::vector<Day> m_days;
    std::vector<Day> m_extraObserved;
};

// --- United States -------------------------------------------------------------
//
// Federal holidays, 5 U.S.C. 6103(a); observed per 6103(b) and EO 11582:
// Saturday -> the Friday before, Sunday -> the Monday after. New Year's Day on a
// Saturday is observed on 31 December of the year before, which is listed in that
// year. Inauguration Day (Washington DC area only) and one-off closures by
// executive order (Christmas Eve 2019/2020/2024, days of mourning) are not rules:
// add them as custom days.
//
// | holiday                            | rule                      | since      |
// |------------------------------------|---------------------------|------------|
// | New Year's Day                     | 1 Jan                     |            |
// | Birthday of Martin Luther King, Jr.| 3rd Monday of January     | 1986       |
// | Washington's Birthday              | 3rd Monday of February    |            |
// | Memorial Day                       | last Monday of May        |            |
// | Juneteenth                         | 19 Jun                    | 2021       |
// | Independence Day                   | 4 Jul                     |            |
// | Labor Day                          | 1st Monday of September   |            |
// | Columbus Day                       | 2nd Monday of October     |            |
// | Veterans Day                       | 4th Monday of October     | 1971-1977  |
// |                                    | 11 Nov                    | 1978       |
// | Thanksgiving Day                   | 4th Thursday of November  |            |
// | Christmas Day                      | 25 Dec                    |            |
void unitedStates(Builder &b)
{
    const int y = b.year();
    const Shift s = Shift::UsFederal;
    b.add(1, 1, kNewYear, s);
    if (y >= 1986)
        b.add(nth(y, 1, Mon, 3), kMlkDay);
    b.add(nth(y, 2, Mon, 3), kWashington);
    b.add(lastOf(y, 5, Mon), kMemorialDay);
    if (y >= 2021)
        b.add(6, 19, kJuneteenth, s);
    b.add(7, 4, kIndependenceDay, s);
    b.add(nth(y, 9, Mon, 1), kLaborDay);
    b.add(nth(y, 10, Mon, 2), kColumbusDay);
    if (y <= 1977)
        b.add(nth(y, 10, Mon, 4), kVeteransDay);
    else
        b.add(11, 11, kVeteransDay, s);
    b.add(nth(y, 11, Thu, 4), kThanksgivingUs);
    b.add(12, 25, kChristmas, s);
    if (QDate(y + 1, 1, 1).dayOfWeek() == Qt::Saturday)
        b.addObserved(QDate(y, 12, 31), kNewYear);
}

// --- Canada ---------------------------------------------------------------------
//
// "CA" is the Canada Labour Code's general holidays (federally regulated
// workplaces). A province or territory is its own employment standards list of
// general / statutory / paid public holidays (not the optional or
// government-only days: Easter Monday, Civic Holiday in ON, Heritage Day in AB,
// Terry Fox Day in MB, Boxing Day outside ON, St Patrick's, Discovery and
// Orangemen's Days in NL, Natal Day in NS, ...).
//
// Shift: W = a weekend day is observed on the next free weekday; S = only a
// Sunday moves (to Monday; Canada Day by the Holidays Act, Saint-Jean-Baptiste
// by the Fête nationale Act); - = not moved.
//
// holiday                  rule              CA   AB   BC   MB   NB   NL   NS   NT   NU   ON   PE   QC   SK   YT
// ------------------------ ----------------- ---- ---- ---- ---- ---- ---- ---- ---- ---- ---- ---- ---- ---- ----
// New Year's Day           1 Jan             W    W    W    W    W    W    W    W    W    W    W    W    W    W
// Family Day (1)           3rd Mon Feb            1990 2013 2008 2018      2015           2008 2009      2007
// Good Friday (2)          Easter - 2        x    x    x    x    x    x    x    x    x    x    x    x    x    x
// Victoria Day (3)         Mon before 25 May x    x    x    x                   x    x    x         x    x    x
// Indigenous Peoples Day   21 Jun                                               2001                          2017
// St-Jean-Baptiste         24 Jun                                                                   S
// Canada Day               1 Jul             W    S    S    S    S    W    S    S    S    S    W    S    W    W
// Nunavut Day              9 Jul                                                     2020
// BC/NB/Sask. Day, Civic   1st Mon Aug                 x         x              x    x                   x
// Discovery Day            3rd Mon Aug                                                                        x
// Labour Day               1st Mon Sep       x    x    x    x    x    x    x    x    x    x    x    x    x    x
// Truth and Reconciliation 30 Sep            2021      2023 2024                2022 2022      2022           2023
//   (its shift)                              W         -    W                   -    -         -              -
// Thanksgiving             2nd Mon Oct       x    x    x    x                   x    x    x         x    x    x
// Remembrance Day          11 Nov            W    W    -         -    W    W    -    -         W         W    W
// Christmas Day            25 Dec            W    W    W    W    W    W    W    W    W    W    W    W    W    W
// Boxing Day               26 Dec            W                                            W
// Funeral of Elizabeth II  19 Sep 2022                 x         x    x    x                   x              x
//
// (1) Louis Riel Day (MB), Nova Scotia Heritage Day, Islander Day (PE; 2nd Monday
//     in 2009); BC's was the 2nd Monday 2013-2018. (2) Quebec: Good Friday or
//     Easter Monday at the employer's choice; Good Friday is listed. (3) Quebec:
//     National Patriots' Day from 2003 (Dollard des Ormeaux Day, listed as
//     Victoria Day, before). Years are the first year a day is statutory.
void canada(Builder &b, const QString &province)
{
    const int y = b.year();
    const QDate easter = easterSunday(y);
    const bool federal = province.isEmpty();
    auto in = [&](std::initializer_list<const char *> list) {
        return std::any_of(list.begin(), list.end(), [&](const char *p) { return province == QLatin1String(p); });
    };
    const Shift W = Shift::WeekendToWeekday;

    b.add(1, 1, kNewYear, W);
    if ((province == QLatin1String("AB") && y >= 1990) || (province == QLatin1String("ON") && y >= 2008)
        || (province == QLatin1String("SK") && y >= 2007) || (province == QLatin1String("NB") && y >= 2018)
        || (province == QLatin1String("BC") && y >= 2019))
        b.add(nth(y, 2, Mon, 3), kFamilyDay);
    if (province == QLatin1String("BC") && y >= 2013 && y <= 2018)
        b.add(nth(y, 2, Mon, 2), kFamilyDay);
    if (province == QLatin1String("MB") && y >= 2008)
        b.add(nth(y, 2, Mon, 3), kLouisRielDay);
    if (province == QLatin1String("NS") && y >= 2015)
        b.add(nth(y, 2, Mon, 3), kHeritageDayNs);
    if (province == QLatin1String("PE") && y >= 2009)
        b.add(nth(y, 2, Mon, y == 2009 ? 2 : 3), kIslanderDay);
    b.add(easter.addDays(-2), kGoodFriday);
    const QDate victoria = onOrBefore(QDate(y, 5, 24), Mon);
    if (province == QLatin1String("QC"))
        b.add(victoria, y >= 2003 ? kPatriotsDay : kVictoriaDay);
    else if (federal || in({ "AB", "BC", "MB", "NT", "NU", "ON", "SK", "YT" }))
        b.add(victoria, kVictoriaDay);
    if ((province == QLatin1String("NT") && y >= 2001) || (province == QLatin1String("YT") && y >= 2017))
        b.add(6, 21, y >= 2017 ? kIndigenousPeoplesDay : kAboriginalDay);
    if (province == QLatin1String("QC"))
        b.add(6, 24, kStJeanBaptiste, Shift::SundayToMonday);
    b.add(7, 1, kCanadaDay, federal || in({ "NL", "PE", "SK", "YT" }) ? W : Shift::SundayToMonday);
    if (province == QLatin1String("NU") && y >= 2020)
        b.add(7, 9, kNunavutDay);
    const QDate firstMondayOfAugust = nth(y, 8, Mon, 1);
    if (province == QLatin1String("BC") && y >= 1974)
        b.add(firstMondayOfAugust, kBcDay);
    if (province == QLatin1String("NB") && y >= 1975)
        b.add(firstMondayOfAugust, kNbDay);
    if (province == QLatin1String("SK"))
        b.add(firstMondayOfAugust, kSaskatchewanDay);
    if (in({ "NT", "NU" }))
        b.add(firstMondayOfAugust, kCivicHoliday);
    if (province == QLatin1String("YT"))
        b.add(nth(y, 8, Mon, 3), kDiscoveryDay);
    b.add(nth(y, 9, Mon, 1), kLabourDay);
    if ((federal && y >= 2021) || (province == QLatin1String("MB") && y >= 2024))
        b.add(9, 30, kTruthAndReconciliation, W);
    else if ((province == QLatin1String("BC") && y >= 2023) || (in({ "NT", "NU", "PE" }) && y >= 2022)
             || (province == QLatin1String("YT") && y >= 2023))
        b.add(9, 30, kTruthAndReconciliation);
    if (federal || in({ "AB", "BC", "MB", "NT", "NU", "ON", "QC", "SK", "YT" }))
        b.add(nth(y, 10, Mon, 2), kThanksgivingCa);
    if (federal || in({ "AB", "NL", "NS", "PE", "SK", "YT" }))
        b.add(11, 11, kRemembranceDay, W);
    else if (in({ "BC", "NB", "NT", "NU" }))
        b.add(11, 11, kRemembranceDay);
    b.add(12, 25, kChristmas, W);
    if (federal || province == QLatin1String("ON"))
        b.add(12, 26, kBoxingDay, W);
    if (y == 2022 && in({ "BC", "NB", "NL", "NS", "PE", "YT" }))
        b.add(9, 19, kQueensFuneralCa);
}

// --- United Kingdom -----------------------------------------------------------
//
// Bank holidays (Banking and Financial Dealings Act 1971, gov.uk/bank-holidays).
// Every fixed-date day falling on a weekend gets a substitute day: the next
// weekday that is not already a bank holiday.
//
// | bank holiday             | rule                     | GB-EAW | GB-SCT | GB-NIR |
// |--------------------------|--------------------------|--------|--------|--------|
// | New Year's Day           | 1 Jan                    | 1974   | x      | 1974   |
// | 2nd January              | 2 Jan                    |        | x      |        |
// | St Patrick's Day         | 17 Mar                   |        |        | x      |
// | Good Friday              | Easter - 2               | x      | x      | x      |
// | Easter Monday            | Easter + 1               | x      |        | x      |
// | Early May bank holiday   | 1st Monday of May        | 1978   | 1978   | 1978   |
// | Spring bank holiday      | last Monday of May       | x      | x      | x      |
// | Battle of the Boyne      | 12 Jul                   |        |        | x      |
// | Summer bank holiday      | 1st Monday of August     |        | x      |        |
// |                          | last Monday of August    | x      |        | x      |
// | St Andrew's Day          | 30 Nov                   |        | 2007   |        |
// | Christmas Day            | 25 Dec                   | x      | x      | x      |
// | Boxing Day               | 26 Dec                   | x      | 1974   | x      |
//
// One-off changes, everywhere in the UK unless said: 1977-06-07 Silver Jubilee;
// 1981-07-29 royal wedding; 1995 and 2020 Early May moved to 8 May (VE Day);
// 1999-12-31 Millennium; 2002 Spring moved to 4 Jun + 3 Jun Golden Jubilee;
// 2011-04-29 royal wedding; 2012 Spring moved to 4 Jun + 5 Jun Diamond Jubilee;
// 2022 Spring moved to 2 Jun + 3 Jun Platinum Jubilee, 19 Sep state funeral;
// 2023-05-08 coronation; Scotland only: 2026-06-15 (World Cup).
void unitedKingdom(Builder &b, const QString &nation)
{
    const int y = b.year();
    const QDate easter = easterSunday(y);
    const bool scotland = nation == QLatin1String("SCT");
    const bool northernIreland = nation == QLatin1String("NIR");
    const Shift W = Shift::WeekendToWeekday;

    if (scotland || y >= 1974)
        b.add(1, 1, kNewYear, W);
    if (scotland)
        b.add(1, 2, kSecondJanuary, W);
    if (northernIreland)
        b.add(3, 17, kStPatricksDay, W);
    b.add(easter.addDays(-2), kGoodFriday);
    if (!scotland)
        b.add(easter.addDays(1), kEasterMonday);
    if (y == 1995 || y == 2020)
        b.add(5, 8, kEarlyMayVeDay);
    else if (y >= 1978)
        b.add(nth(y, 5, Mon, 1), kEarlyMay);
    if (y == 2002 || y == 2012)
        b.add(6, 4, kSpringBank);
    else if (y == 2022)
        b.add(6, 2, kSpringBank);
    else
        b.add(lastOf(y, 5, Mon), kSpringBank);
    if (northernIreland)
        b.add(7, 12, kBoyne, W);
    b.add(scotland ? nth(y, 8, Mon, 1) : lastOf(y, 8, Mon), kSummerBank);
    if (scotland && y >= 2007)
        b.add(11, 30, kStAndrewsDay, W);
    b.add(12, 25, kChristmas, W);
    if (!scotland || y >= 1974)
        b.add(12, 26, kBoxingDay, W);

    struct OneOff
    {
        int year, month, day;
        const char *name;
    };
    static constexpr std::array<OneOff, 9> oneOffs { {
        { 1977, 6, 7, kSilverJubilee },
        { 1981, 7, 29, kRoyalWedding1981 },
        { 1999, 12, 31, kMillennium },
        { 2002, 6, 3, kGoldenJubilee },
        { 2011, 4, 29, kRoyalWedding2011 },
        { 2012, 6, 5, kDiamondJubilee },
        { 2022, 6, 3, kPlatinumJubilee },
        { 2022, 9, 19, kStateFuneral },
        { 2023, 5, 8, kCoronation },
    } };
    for (const OneOff &o : oneOffs) {
        if (o.year == y)
            b.add(o.month, o.day, o.name);
    }
    if (scotland && y == 2026)
        b.add(6, 15, kWorldCup2026);
}

// --- Australia ----------------------------------------------------------------
//
// "AU" is the national public holidays of the Fair Work Act (s. 115) with the
// King's Birthday most states keep in June. A state or territory is its own
// list of public holidays, statewide ones only: regional days (the Royal
// Queensland Show in Brisbane, Hobart Regatta and Recreation Day in Tasmania,
// NT show days), bank-only days (NSW and ACT Bank Holiday) and part days
// (Christmas Eve and New Year's Eve evenings in NT, SA, QLD) are left out; add
// them as custom days where the firm closes.
//
// Shift: W = on a weekend, also observed on the next free weekday (the lists'
// "additional" or "substitute" day; Christmas on Sunday + Boxing Day on Monday
// give Monday and Tuesday); S = only Sunday moves to Monday; - = not moved.
//
// | holiday                  | rule                       | AU | ACT| NSW| NT | QLD| SA | TAS| VIC| WA |
// |--------------------------|----------------------------|----|----|----|----|----|----|----|----|----|
// | New Year's Day           | 1 Jan                      | W  | W  | W  | W  | W  | W  | W  | W  | W  |
// | Australia Day            | 26 Jan                     | W  | W  | W  | W  | W  | W  | W  | W  | W  |
// | Labour Day               | 1st Mon Mar                |    |    |    |    |    |    |    |    | x  |
// |                          | 2nd Mon Mar                |    |    |    |    |    |    | (1)| x  |    |
// | Canberra / Adelaide Cup  | 2nd Mon Mar (2)            |    | x  |    |    |    | x  |    |    |    |
// | Good Friday              | Easter - 2                 | x  | x  | x  | x  | x  | x  | x  | x  | x  |
// | Easter Saturday          | Easter - 1                 |    | x  | x  | x  | x  | x  |    |2003|    |
// | Easter Sunday            | Easter                     |    |2016|2011|2024|2017|2024|    |2016|2022|
// | Easter Monday            | Easter + 1                 | x  | x  | x  | x  | x  | x  | x  | x  | x  |
// | Anzac Day                | 25 Apr                     | -  | S  | -  | S  | S  | (3)| -  | -  | W  |
// | Labour Day / May Day     | 1st Mon May                |    |    |    | x  | (4)|    |    |    |    |
// | Reconciliation Day       | Mon on or after 27 May     |    |2018|    |    |    |    |    |    |    |
// | Western Australia Day    | 1st Mon Jun                |    |    |    |    |    |    |    |    | x  |
// | King's/Queen's Birthday  | 2nd Mon Jun                | x  | x  | x  | x  | (5)| x  | x  | x  | (6)|
// | Picnic Day               | 1st Mon Aug                |    |    |    | x  |    |    |    |    |    |
// | AFL Grand Final Friday   | Fri before last Sat Sep (7)|    |    |    |    |    |    |    |2015|    |
// | Labour Day               | 1st Mon Oct                |    | x  | x  |    |    | x  |    |    |    |
// | Melbourne Cup Day        | 1st Tue Nov                |    |    |    |    |    |    |    | x  |    |
// | Christmas Day            | 25 Dec                     | W  | W  | W  | W  | W  | W  | W  | W  | W  |
// | Boxing / Proclamation Day| 26 Dec                     | W  | W  | W  | W  | W  | W  | W  | W  | W  |
// | Day of Mourning QE II    | 22 Sep 2022                | x  | x  | x  | x  | x  | x  | x  | x  | x  |
//
// (1) Eight Hours Day. (2) Canberra Day: 3rd Monday before 2008; Adelaide Cup:
// 3rd Monday of May 1973-2005. (3) Sunday -> Monday until 2023, not moved from
// 2024. (4) 1st Monday of October 2013-2015. (5) 1st Monday of October from 2016
// and in 2012 (+ 11 Jun 2012 Diamond Jubilee). (6) Proclaimed each year: the last
// Monday of September except 28 Oct 2011, 1 Oct 2012, 23 Sep 2024. (7) Appointed
// each year after the AFL fixture: 2 Oct 2015, 30 Sep 2016, 23 Oct 2020, else the
// day before the last Saturday of September. ACT also had Family & Community Day
// 2010-2017 (published dates). WA 2011: Anzac Day on Easter Monday gave Tuesday
// 26 April. Substitution rules are today's for all years; some states moved
// (rather than added) days or had other rules before about 2010.
void australia(Builder &b, const QString &state)
{
    const int y = b.year();
    const QDate easter = easterSunday(y);
    auto is = [&](const char *s) {
        return state == QLatin1String(s);
    };
    const Shift W = Shift::WeekendToWeekday;
    const char *sovereign = y <= 2022 ? kQueensBirthday : kKingsBirthday;

    b.add(1, 1, kNewYear, W);
    b.add(1, 26, kAustraliaDay, W);
    if (is("WA"))
        b.add(nth(y, 3, Mon, 1), kLabourDay);
    if (is("VIC"))
        b.add(nth(y, 3, Mon, 2), kLabourDay);
    if (is("TAS"))
        b.add(nth(y, 3, Mon, 2), kEightHoursDay);
    if (is("ACT"))
        b.add(nth(y, 3, Mon, y >= 2008 ? 2 : 3), kCanberraDay);
    if (is("SA")) {
        if (y >= 2006)
            b.add(nth(y, 3, Mon, 2), kAdelaideCup);
        else if (y >= 1973)
            b.add(nth(y, 5, Mon, 3), kAdelaideCup);
    }
    b.add(easter.addDays(-2), kGoodFriday);
    if (is("ACT") || is("NSW") || is("NT") || is("QLD") || is("SA") || (is("VIC") && y >= 2003))
        b.add(easter.addDays(-1), kEasterSaturday);
    if ((is("ACT") && y >= 2016) || (is("NSW") && y >= 2011) || (is("NT") && y >= 2024) || (is("QLD") && y >= 2017)
        || (is("SA") && y >= 2024) || (is("VIC") && y >= 2016) || (is("WA") && y >= 2022))
        b.add(easter, kEasterSunday);
    b.add(easter.addDays(1), kEasterMonday);
    if (is("WA"))
        b.add(4, 25, kAnzacDay, W);
    else if (is("ACT") || is("NT") || is("QLD") || (is("SA") && y <= 2023))
        b.add(4, 25, kAnzacDay, Shift::SundayToMonday);
    else
        b.add(4, 25, kAnzacDay);
    if (is("NT"))
        b.add(nth(y, 5, Mon, 1), kMayDay);
    if (is("QLD"))
        b.add(y >= 2013 && y <= 2015 ? nth(y, 10, Mon, 1) : nth(y, 5, Mon, 1), kLabourDay);
    if (is("ACT") && y >= 2018)
        b.add(onOrAfter(QDate(y, 5, 27), Mon), kReconciliationDay);
    if (is("WA"))
        b.add(nth(y, 6, Mon, 1), y >= 2012 ? kWesternAustraliaDay : kFoundationDay);
    if (is("QLD")) {
        b.add(y >= 2016 || y == 2012 ? nth(y, 10, Mon, 1) : nth(y, 6, Mon, 2), sovereign);
        if (y == 2012)
            b.add(6, 11, kDiamondJubilee);
    } else if (is("WA")) {
        if (y == 2011)
            b.add(10, 28, sovereign);
        else if (y == 2012)
            b.add(10, 1, sovereign);
        else if (y == 2024)
            b.add(9, 23, sovereign);
        else
            b.add(y >= 1984 ? lastOf(y, 9, Mon) : nth(y, 10, Mon, 2), sovereign);
    } else {
        b.add(nth(y, 6, Mon, 2), sovereign);
    }
    if (is("NT"))
        b.add(nth(y, 8, Mon, 1), kPicnicDay);
    if (is("VIC") && y >= 2015) {
        if (y == 2015)
            b.add(10, 2, kGrandFinalFriday);
        else if (y == 2016)
            b.add(9, 30, kGrandFinalFriday);
        else if (y == 2020)
            b.add(10, 23, kGrandFinalFriday);
        else
            b.add(lastOf(y, 9, Sat).addDays(-1), kGrandFinalFriday);
    }
    if (is("ACT") || is("NSW") || is("SA"))
        b.add(nth(y, 10, Mon, 1), kLabourDay);
    if (is("ACT") && y >= 2010 && y <= 2017) {
        static constexpr std::array<std::array<int, 2>, 8> familyAndCommunity { {
            { 9, 26 }, // 2010
            { 10, 10 },
            { 10, 8 },
            { 9, 30 },
            { 9, 29 },
            { 9, 28 },
            { 9, 26 },
            { 9, 25 }, // 2017
        } };
        const auto &md = familyAndCommunity.at(std::size_t(y - 2010));
        b.add(md[0], md[1], kFamilyCommunityDay);
    }
    if (is("VIC"))
        b.add(nth(y, 11, Tue, 1), kMelbourneCup);
    b.add(12, 25, kChristmas, W);
    b.add(12, 26, is("SA") ? kProclamationDay : kBoxingDay, W);
    if (y == 2022)
        b.add(9, 22, kMourningAu);
    if (is("WA") && y == 2011)
        b.add(4, 26, kSpecialHoliday);
}

} // namespace

QDate easterSunday(int year)
{
    // The anonymous Gregorian algorithm (Meeus, Astronomical Algorithms, ch. 8).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<Holiday> forYear(const QString &region, int year)
{
    if (year < kFirstYear || year > kLastYear || !HolidayRegions::contains(region))
        return {};
    const QString country = region.section(QLatin1Char('-'), 0, 0);
    const QString sub = region.section(QLatin1Char('-'), 1);
    if (region == QLatin1String("US")) {
        Builder b(year, kObservedLabel);
        unitedStates(b);
        return b.finish();
    }
    if (country == QLatin1String("CA")) {
        Builder b(year, kObservedLabel);
        canada(b, sub);
        return b.finish();
    }
    if (country == QLatin1String("GB")) {
        Builder b(year, kSubstituteLabel);
        unitedKingdom(b, sub);
        return b.finish();
    }
    if (country == QLatin1String("AU")) {
        Builder b(year, kObservedLabel);
        australia(b, sub);
        return b.finish();
    }
    return {};
}

} // namespace Cutover::HolidayRules
