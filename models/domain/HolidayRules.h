#pragma once

#include "BusinessCalendar.h"

namespace Cutover::HolidayRules {

// Rule holidays are computed for these years; outside them a region has none
// (weekends only). 1971: the US Uniform Monday Holiday Act and the UK Banking
// and Financial Dealings Act took effect; the rules below start there.
constexpr int kFirstYear = 1971;
constexpr int kLastYear = 2199;

// Easter Sunday of the Gregorian calendar (any year after 1582).
QDate easterSunday(int year);

// The public holidays of `region` (a HolidayRegions key) in `year`, by date:
// each holiday on its own date and, where the region moves it off a weekend,
// again on the weekday it is observed on (observed = true). Only dates inside
// `year` are listed; an unknown region or a year outside the range gives none.
QList<Holiday> forYear(const QString &region, int year);

} // namespace Cutover::HolidayRules
