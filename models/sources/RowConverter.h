#pragma once

#include "ImportMap.h"

#include <QTimeZone>
#include <QVariant>

#include <memory>
#include <vector>

namespace Cutover {

// A problem with one cell, found while turning it into a typed value.
struct CellProblem
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error; // an error rejects the row; a warning keeps it
    int column = 0; // 1-based column in the file; 0 when no single column is at fault
    QString field; // entity field key
    QString code; // stable: "required", "bad_date", "bad_money", "bad_duration", "bad_bool",
                  // "bad_integer", "bad_choice", "negative_duration", "absurd_duration",
                  // "excluded_row" (the row is not of this map's kind, see wants())
    QString message; // translated, one sentence naming the value and what was expected
    QString raw; // the cell text as read
};

// An ImportMap bound to one file's header row: the fast path of staging. Built
// once per file, then convert() is called for every record.
class RowConverter
{
public:
    ~RowConverter();

    // Binds `map` to `header`. Columns named in the map but absent from the header
    // are reported in `problems` (one sentence each) and the converter is not
    // built when a required field is left without a source. Headers are matched
    // exactly first, then by Entities::normaliseHeader(). When the map says the
    // file has no header row (options.hasHeader false), its options.columnNames
    // name the columns and `header` is not used. `problems` may be null.
    static std::unique_ptr<RowConverter> create(const ImportMap &map, const QStringList &header,
                                                const QTimeZone &firmZone, QStringList *problems);

    Entity entity() const;
    const ImportMap &map() const;

    // Converts one record. `values` gets one entry per Entities::fields(entity()),
    // in that order: a null QVariant for no value, else qint64 (money in cents,
    // durations in seconds, integers, bools as 0/1) or QString (text, choices,
    // ISO dates, UTC instants "yyyy-MM-ddTHH:mm:ssZ"). Returns false when an
    // Error-severity problem was found (the row is rejected; values may be partial).
    // Problems are appended to `problems`. Not thread-safe: one converter per thread.
    bool convert(const QStringList &cells, std::vector<QVariant> &values, QList<CellProblem> &problems) const;

    // False for a row the map's row filter (options.rowFilterColumn) leaves out,
    // such as an expense row in a file read for time entries: staging skips it
    // and counts it. convert() rejects such a row with an "excluded_row" error.
    bool wants(const QStringList &cells) const;

private:
    RowConverter();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Cutover
