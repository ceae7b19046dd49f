#pragma once

#include "domain/Entity.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Cutover {

enum class DeltaChange { New, Changed, Deleted };

namespace DeltaChanges {
QString key(DeltaChange change); // "new", "changed", "deleted"
std::optional<DeltaChange> fromKey(const QString &key);
QString title(DeltaChange change); // translated
} // namespace DeltaChanges

struct DeltaCount
{
    Entity entity = Entity::Client;
    qint64 added = 0;
    qint64 changed = 0;
    qint64 deleted = 0;
    qint64 marked = 0; // rows marked for import
};

struct DeltaRow
{
    Entity entity = Entity::Client;
    QString sourceKey;
    DeltaChange change = DeltaChange::New;
    qint64 stagingId = 0; // row in the delta snapshot (0 for deleted rows)
    qint64 baseStagingId = 0; // row in the final snapshot (0 for new rows)
    bool import = false;
    QString label; // name, description or date of the row, for lists
};

struct DeltaFilter
{
    std::optional<Entity> entity;
    std::optional<DeltaChange> change;
};

// A delta snapshot is a re-export loaded after the final one. Compared with the
// final snapshot by source key (the export's own ID, or the stable key derived
// from an entry's content when the export has none) and by the hash of every
// value: a key only in the delta is new, a key in both with another hash is
// changed, a key only in the final snapshot is deleted. New and changed rows are
// marked for import; deleted ones are listed for the firm to deal with by hand
// (the import never deletes).
//
// An entry without an ID of its own that is edited after the final export shows
// as one deleted and one new row: its derived key follows its content.
namespace Delta {

// Fills delta_row for the delta snapshot against its base (the newest final
// snapshot, recorded in snapshot.base_snapshot_id). Replaces an earlier result.
// Runs inside the caller's transaction, if any. One pass per table, with a
// temporary index on the base's keys, so a million rows take seconds.
bool compute(QSqlDatabase db, qint64 deltaSnapshotId, qint64 baseSnapshotId, QString *error);

// The newest complete delta snapshot, if any.
std::optional<qint64> latestDelta(QSqlDatabase db);
std::optional<qint64> baseOf(QSqlDatabase db, qint64 deltaSnapshotId);

// Per entity with any change, in dependency order.
QList<DeltaCount> counts(QSqlDatabase db, qint64 deltaSnapshotId);
qint64 rowCount(QSqlDatabase db, qint64 deltaSnapshotId, const DeltaFilter &filter);
QList<DeltaRow> rows(QSqlDatabase db, qint64 deltaSnapshotId, const DeltaFilter &filter, qint64 offset = 0,
                     qint64 limit = -1);

// Marks rows for import or not (deleted rows cannot be marked). Audited.
bool setImport(QSqlDatabase db, qint64 deltaSnapshotId, Entity entity, const QStringList &sourceKeys, bool import,
               QString *error);

} // namespace Delta

} // namespace Cutover
