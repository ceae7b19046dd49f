#pragma once

#include "domain/Entity.h"

#include <QChar>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Cutover {

// How one entity field is fed from the file's columns.
struct FieldMapping
{
    // Header names feeding the field: usually one; several are joined with
    // `join` (empty cells skipped), e.g. first + last name into a name. A name
    // ending in '*' matches the first header starting with the rest, compared
    // normalised ("Amount (*" reads Toggl's "Amount (USD)" and "Amount (EUR)").
    QStringList columns;
    QString join = QStringLiteral(" ");
    // Read when `columns` give nothing (all empty or absent), joined the same
    // way: a company name for rows without first and last names.
    QStringList fallbackColumns;
    // Date/DateTime: a format such as "M/d/yyyy", "d/M/yyyy", "yyyy-MM-dd",
    // "MM/dd/yy", "M/d/yyyy h:mm AP"; empty means the map's default (options.dateFormat).
    QString format;
    // Duration: "hours" (decimal, 1.25), "hmm" (1:15), "hms" (1:15:00),
    // "minutes", "seconds", or "auto" (by pattern, the default).
    QString unit;
    // Names: split one cell into parts. "last, first" (Collect!, "Doe, Jane"; a
    // cell without a comma is a business name and gives no parts) or "first
    // last" (TimeSolv, "Jane Q. Doe": the last word is the last name, a single
    // word only a last name); `part` picks "first" or "last".
    QString split;
    QString part;
    // Used when the cell is empty or the file has no such column.
    QString defaultValue;
    // Value lookups, compared case-insensitively after trimming: source word ->
    // stored word ("Billing Complete" -> "true", "Open" -> "open"). The key "*"
    // matches any other non-empty word.
    QMap<QString, QString> lookup;
    // Booleans: the column says the opposite ("non_billable" feeding "billable").
    bool invert = false;

    bool operator==(const FieldMapping &) const = default;
};

struct MapOptions
{
    QString dateFormat = QStringLiteral("auto"); // "auto" tries ISO, then M/d/yyyy, then d/M/yyyy...
    QChar decimalSeparator = QLatin1Char('.');
    QChar thousandsSeparator = QLatin1Char(',');
    bool hasHeader = true;
    // For headerless files (Collect!'s positional CSVs): the column names, in order.
    QStringList columnNames;
    // When one file holds two kinds of record (Clio's activities template: time
    // entries, and expenses with type "ExpenseEntry"): only rows whose
    // `rowFilterColumn` cell is one of `rowFilterValues` belong to this map
    // (compared case-insensitively after trimming; "" is an empty cell). See
    // RowConverter::wants(). An empty column name means every row.
    QString rowFilterColumn;
    QStringList rowFilterValues;

    bool operator==(const MapOptions &) const = default;
};

// Says which entity a file or sheet holds and, per field, which column(s) feed it
// and how. Stored as JSON in the project and in files a specialist can re-use;
// built-in maps live in resources/maps/ (see BuiltInMaps).
//
// JSON shape (see resources/maps/README.md):
// { "format": "cutover-map/1", "id": "bill4time-time", "name": "...", "source": "bill4time",
//   "entity": "time_entry", "fingerprint": ["Date of Work", ...], "description": "...",
//   "options": { "dateFormat": "M/d/yyyy", "decimal": ".", "thousands": ",",
//                "hasHeader": true, "columnNames": [],
//                "rows": { "column": "type", "values": ["", "TimeEntry"] } },
//   "fields": { "date": { "column": "Date of Work" },
//               "description": { "columns": ["Public Description", "Private Description"], "join": "\n" },
//               "billed": { "column": "Status", "lookup": { "Billing Complete": "true", "*": "false" } },
//               "name": { "columns": ["first_name", "last_name"], "fallback": ["company"] },
//               "billable": { "column": "non_billable", "invert": true, "default": "no" },
//               "duration": { "column": "Hours", "unit": "hours" },
//               "first_name": { "column": "Name", "split": "last, first", "part": "first" } } }
// Field keys: column | columns, fallback, join, format, unit, split, part,
// default, lookup, invert. Unknown keys anywhere are refused.
struct ImportMap
{
    QString id; // stable, file-name safe: "bill4time-time"
    QString name; // shown to the user
    QString source; // source-system key (Catalogs), "generic" when none
    QString description;
    Entity entity = Entity::Client;
    QStringList fingerprint; // headers that jointly identify this layout
    MapOptions options;
    QMap<QString, FieldMapping> fields; // field key -> mapping

    QJsonObject toJson() const;
    // Refuses unknown entities, unknown field keys, unknown units and split
    // styles, with a message naming the offending key.
    static std::optional<ImportMap> fromJson(const QJsonObject &json, QString *error);
    static std::optional<ImportMap> load(const QString &path, QString *error);
    bool save(const QString &path, QString *error) const;

    // Required fields of the entity that nothing feeds (no column, no default).
    // `source_key` is never listed: when no column feeds it, staging derives it.
    QStringList missingRequiredFields() const;

    bool operator==(const ImportMap &) const = default;
};

} // namespace Cutover
