#include "Catalogs.h"

#include <QCoreApplication>

namespace Cutover {

namespace {

struct RawEntry
{
    const char *key;
    const char *title;
};

constexpr RawEntry kSources[] = {
    { "generic", QT_TRANSLATE_NOOP("Cutover::Catalogs", "Generic export or spreadsheet") },
    { "bill4time", QT_TRANSLATE_NOOP("Cutover::Catalogs", "Bill4Time") },
    { "clio", QT_TRANSLATE_NOOP("Cutover::Catalogs", "Clio") },
    { "collect", QT_TRANSLATE_NOOP("Cutover::Catalogs", "Collect!") },
    { "mycase", QT_TRANSLATE_NOOP("Cutover::Catalogs", "MyCase") },
    { "practicepanther", QT_TRANSLATE_NOOP("Cutover::Catalogs", "PracticePanther") },
    { "quickbooks", QT_TRANSLATE_NOOP("Cutover::Catalogs", "QuickBooks") },
    { "timeslips", QT_TRANSLATE_NOOP("Cutover::Catalogs", "TimeSlips") },
};

constexpr RawEntry kTargets[] = {
    { "clio", QT_TRANSLATE_NOOP("Cutover::Catalogs", "Clio Manage (API v4)") },
    { "csv-package", QT_TRANSLATE_NOOP("Cutover::Catalogs", "CSV import package") },
};

constexpr RawEntry kRegions[] = {
    { "US", QT_TRANSLATE_NOOP("Cutover::Catalogs", "United States (federal)") },
    { "CA", QT_TRANSLATE_NOOP("Cutover::Catalogs", "Canada (federal statutory)") },
    { "CA-AB", QT_TRANSLATE_NOOP("Cutover::Catalogs", "Canada — Alberta") },
    { "CA-BC", QT_TRANSLATE_NOOP("Cutover::Catalogs", "Canada — British Columbia") },
    { "CA-MB", QT_TRANSLATE_NOOP("Cutover::Catalogs", "Canada — Manitoba") },
    { "CA-NB", QT_TRANSLATE_NOOP("Cutover::Catalogs", "Canada — New Brunswick") },
    { "CA-NL", QT_TRANSLATE_NOOP("Cutover::Catalogs", "Canada — Newfoundland and Labrador") },
    { "CA-NS", QT_TRANSLATE_NOOP("Cutover::Catalogs", "Canada — Nova Scotia") },
    { "CA-NT", QT_TRANSLATE_NOOP("Cutover::Catalogs", "Canada — Northwest Territories") },
    { "CA-NU", QT_TRANSLATE_NOOP("Cutover::Catalogs", "Canada — Nunavut") },
    { "CA-ON", QT_TRANSLATE_NOOP("Cutover::Catalogs", "Canada — Ontario") },
    { "CA-PE", QT_TRANSLATE_NOOP("Cutover::Catalogs", "Canada — Prince Edward Island") },
    { "CA-QC", QT_TRANSLATE_NOOP("Cutover::Catalogs", "Canada — Quebec") },
    { "CA-SK", QT_TRANSLATE_NOOP("Cutover::Catalogs", "Canada — Saskatchewan") },
    { "CA-YT", QT_TRANSLATE_NOOP("Cutover::Catalogs", "Canada — Yukon") },
    { "GB-EAW", QT_TRANSLATE_NOOP("Cutover::Catalogs", "United Kingdom — England and Wales") },
    { "GB-SCT", QT_TRANSLATE_NOOP("Cutover::Catalogs", "United Kingdom — Scotland") },
    { "GB-NIR", QT_TRANSLATE_NOOP("Cutover::Catalogs", "United Kingdom — Northern Ireland") },
    { "AU", QT_TRANSLATE_NOOP("Cutover::Catalogs", "Australia (national)") },
    { "AU-ACT", QT_TRANSLATE_NOOP("Cutover::Catalogs", "Australia — Australian Capital Territory") },
    { "AU-NSW", QT_TRANSLATE_NOOP("Cutover::Catalogs", "Australia — New South Wales") },
    { "AU-NT", QT_TRANSLATE_NOOP("Cutover::Catalogs", "Australia — Northern Territory") },
    { "AU-QLD", QT_TRANSLATE_NOOP("Cutover::Catalogs", "Australia — Queensland") },
    { "AU-SA", QT_TRANSLATE_NOOP("Cutover::Catalogs", "Australia — South Australia") },
    { "AU-TAS", QT_TRANSLATE_NOOP("Cutover::Catalogs", "Australia — Tasmania") },
    { "AU-VIC", QT_TRANSLATE_NOOP("Cutover::Catalogs", "Australia — Victoria") },
    { "AU-WA", QT_TRANSLATE_NOOP("Cutover::Catalogs", "Australia — Western Australia") },
    { "NONE", QT_TRANSLATE_NOOP("Cutover::Catalogs", "No public holidays (weekends only)") },
};

template<std::size_t N> QList<CatalogEntry> entries(const RawEntry (&raw)[N])
{
    QList<CatalogEntry> list;
    list.reserve(N);
    for (const auto &e : raw)
        list.append({ QString::fromLatin1(e.key), QCoreApplication::translate("Cutover::Catalogs", e.title) });
    return list;
}

template<std::size_t N> const RawEntry *find(const RawEntry (&raw)[N], const QString &key)
{
    for (const auto &e : raw) {
        if (key == QLatin1String(e.key))
            return &e;
    }
    return nullptr;
}

template<std::size_t N> QString titleOf(const RawEntry (&raw)[N], const QString &key)
{
    const RawEntry *e = find(raw, key);
    return e ? QCoreApplication::translate("Cutover::Catalogs", e->title) : key;
}

} // namespace

QList<CatalogEntry> SourceSystems::all()
{
    return entries(kSources);
}
bool SourceSystems::contains(const QString &key)
{
    return find(kSources, key) != nullptr;
}
QString SourceSystems::title(const QString &key)
{
    return titleOf(kSources, key);
}

QList<CatalogEntry> TargetSystems::all()
{
    return entries(kTargets);
}
bool TargetSystems::contains(const QString &key)
{
    return find(kTargets, key) != nullptr;
}
QString TargetSystems::title(const QString &key)
{
    return titleOf(kTargets, key);
}

QList<CatalogEntry> HolidayRegions::all()
{
    return entries(kRegions);
}
bool HolidayRegions::contains(const QString &key)
{
    return find(kRegions, key) != nullptr;
}
QString HolidayRegions::title(const QString &key)
{
    return titleOf(kRegions, key);
}

} // namespace Cutover
