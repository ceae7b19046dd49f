#pragma once

#include <QList>
#include <QString>

namespace Cutover {

// One choice in a fixed list: a stable key stored in the project file and a
// translated title shown to the user.
struct CatalogEntry
{
    QString key;
    QString title;
};

// The systems firms leave. "generic" covers a hand-kept spreadsheet or any
// export whose layout is mapped by hand.
namespace SourceSystems {
QList<CatalogEntry> all();
bool contains(const QString &key);
QString title(const QString &key);
} // namespace SourceSystems

// The systems Cutover imports into.
namespace TargetSystems {
QList<CatalogEntry> all();
bool contains(const QString &key);
QString title(const QString &key);
} // namespace TargetSystems

// Holiday regions for the business-day calendar: a country, optionally narrowed
// to a province, state or nation within it (ISO 3166-2 style codes, plus GB-EAW
// for England & Wales). "NONE" means weekends only.
namespace HolidayRegions {
QList<CatalogEntry> all();
bool contains(const QString &key);
QString title(const QString &key);
} // namespace HolidayRegions

} // namespace Cutover
