#include "Delta.h"

#include "StagingStore.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Delta)
};

bool exec(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool execPrepared(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

// What a row is called in lists: its name, or its date and description.
QString labelExpression(Entity entity, const QString &alias)
{
    auto c = [&](const char *column) {
        return alias + QLatin1Char('.') + QLatin1String(column);
    };
    switch (entity) {
    case Entity::User:
    case Entity::Client:
    case Entity::Document:
        return c("name");
    case Entity::Matter:
        return c("description");
    case Entity::TimeEntry:
    case Entity::Expense:
    case Entity::TrustTransaction:
        return QStringLiteral("trim(coalesce(%1, '') || ' ' || coalesce(%2, ''))").arg(c("date"), c("description"));
    case Entity::Invoice:
        return c("issue_date");
    case Entity::Payment:
        return c("date");
    case Entity::Note:
        return QStringLiteral("coalesce(%1, substr(%2, 1, 80))").arg(c("subject"), c("body"));
    }
    return QStringLiteral("''");
}

} // namespace

QString DeltaChanges::key(DeltaChange change)
{
    switch (change) {
    case DeltaChange::New:
        return QStringLiteral("new");
    case DeltaChange::Changed:
        return QStringLiteral("changed");
    case DeltaChange::Deleted:
        return QStringLiteral("deleted");
    }
    return {};
}

std::optional<DeltaChange> DeltaChanges::fromKey(const QString &key)
{
    for (DeltaChange c : { DeltaChange::New, DeltaChange::Changed, DeltaChange::Deleted }) {
        if (DeltaChanges::key(c) == key)
            return c;
    }
    return std::nullopt;
}

QString DeltaChanges::title(DeltaChange change)
{
    switch (change) {
    case DeltaChange::New:
        return Tr::tr("New");
    case DeltaChange::Changed:
        return Tr::tr("Changed");
    case DeltaChange::Deleted:
        return Tr::tr("Deleted");
    }
    return {};
}

bool Delta::compute(QSqlDatabase db, qint64 deltaSnapshotId, qint64 baseSnapshotId, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM delta_row WHERE snapshot_id = ?"));
    q.addBindValue(deltaSnapshotId);
    if (!execPrepared(q, error))
        return false;
    q.prepare(QStringLiteral("UPDATE snapshot SET base_snapshot_id = ? WHERE id = ?"));
    q.addBindValue(baseSnapshotId);
    q.addBindValue(deltaSnapshotId);
    if (!execPrepared(q, error))
        return false;

    // Per entity: the keys of each side, once each (a key staged twice is a
    // duplicate_key issue already; its first row stands for it), indexed, then
    // joined both ways.
    for (Entity entity : Entities::all()) {
        const QString table = Entities::tableName(entity);
        const QString entityKey = Entities::key(entity);
        for (const char *side : { "delta_base", "delta_cur" }) {
            const QString name = QString::fromLatin1(side);
            if (!exec(q, QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(name), error))
                return false;
            q.prepare(
                QStringLiteral("CREATE TEMP TABLE %1 AS SELECT source_key AS k, min(id) AS id, min(row_hash) AS h "
                               "FROM %2 WHERE snapshot_id = ? GROUP BY source_key")
                    .arg(name, table));
            q.addBindValue(name == QLatin1String("delta_base") ? baseSnapshotId : deltaSnapshotId);
            if (!execPrepared(q, error)
                || !exec(q, QStringLiteral("CREATE UNIQUE INDEX temp.%1_k ON %1(k)").arg(name), error))
                return false;
        }
        q.prepare(QStringLiteral("INSERT INTO delta_row (snapshot_id, entity, source_key, change, staging_id, "
                                 "base_staging_id, import) "
                                 "SELECT ?, ?, c.k, CASE WHEN b.k IS NULL THEN 'new' ELSE 'changed' END, c.id, b.id, 1 "
                                 "FROM delta_cur c LEFT JOIN delta_base b ON b.k = c.k "
                                 "WHERE b.k IS NULL OR b.h <> c.h"));
        q.addBindValue(deltaSnapshotId);
        q.addBindValue(entityKey);
        if (!execPrepared(q, error))
            return false;
        q.prepare(QStringLiteral("INSERT INTO delta_row (snapshot_id, entity, source_key, change, staging_id, "
                                 "base_staging_id, import) "
                                 "SELECT ?, ?, b.k, 'deleted', NULL, b.id, 0 FROM delta_base b "
                                 "WHERE NOT EXISTS (SELECT 1 FROM delta_cur c WHERE c.k = b.k)"));
        q.addBindValue(deltaSnapshotId);
        q.addBindValue(entityKey);
        if (!execPrepared(q, error))
            return false;
    }
    return exec(q, QStringLiteral("DROP TABLE IF EXISTS temp.delta_base"), error)
        && exec(q, QStringLiteral("DROP TABLE IF EXISTS temp.delta_cur"), error);
}

std::optional<qint64> Delta::latestDelta(QSqlDatabase db)
{
    const auto s = StagingStore::latestSnapshot(db, SnapshotKind::Delta);
    return s ? std::optional<qint64>(s->id) : std::nullopt;
}

std::optional<qint64> Delta::baseOf(QSqlDatabase db, qint64 deltaSnapshotId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT base_snapshot_id FROM snapshot WHERE id = ? AND base_snapshot_id IS NOT NULL"));
    q.addBindValue(deltaSnapshotId);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

QList<DeltaCount> Delta::counts(QSqlDatabase db, qint64 deltaSnapshotId)
{
    QMap<QString, DeltaCount> byEntity;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT entity, change, count(*), sum(import) FROM delta_row WHERE snapshot_id = ? "
                             "GROUP BY entity, change"));
    q.addBindValue(deltaSnapshotId);
    if (!q.exec())
        return {};
    while (q.next()) {
        const auto entity = Entities::fromKey(q.value(0).toString());
        const auto change = DeltaChanges::fromKey(q.value(1).toString());
        if (!entity || !change)
            continue;
        DeltaCount &c = byEntity[q.value(0).toString()];
        c.entity = *entity;
        const qint64 n = q.value(2).toLongLong();
        (*change == DeltaChange::New ? c.added : *change == DeltaChange::Changed ? c.changed : c.deleted) += n;
        c.marked += q.value(3).toLongLong();
    }
    QList<DeltaCount> out;
    for (Entity entity : Entities::all()) {
        if (byEntity.contains(Entities::key(entity)))
            out.append(byEntity.value(Entities::key(entity)));
    }
    return out;
}

namespace {

QString filterSql(const DeltaFilter &filter)
{
    QString sql = QStringLiteral(" WHERE d.snapshot_id = ?");
    if (filter.entity)
        sql += QStringLiteral(" AND d.entity = ?");
    if (filter.change)
        sql += QStringLiteral(" AND d.change = ?");
    return sql;
}

void bindFilter(QSqlQuery &q, qint64 snapshotId, const DeltaFilter &filter)
{
    q.addBindValue(snapshotId);
    if (filter.entity)
        q.addBindValue(Entities::key(*filter.entity));
    if (filter.change)
        q.addBindValue(DeltaChanges::key(*filter.change));
}

} // namespace

qint64 Delta::rowCount(QSqlDatabase db, qint64 deltaSnapshotId, const DeltaFilter &filter)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM delta_row d") + filterSql(filter));
    bindFilter(q, deltaSnapshotId, filter);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<DeltaRow> Delta::rows(QSqlDatabase db, qint64 deltaSnapshotId, const DeltaFilter &filter, qint64 offset,
                            qint64 limit)
{
    // The label comes from the entity's own table; a UNION over every table
    // would read them all, so the rows are read per entity in dependency order.
    QList<DeltaRow> out;
    QSqlQuery q(db);
    qint64 skip = offset;
    for (Entity entity : Entities::all()) {
        if (filter.entity && *filter.entity != entity)
            continue;
        if (limit >= 0 && out.size() >= limit)
            break;
        DeltaFilter f = filter;
        f.entity = entity;
        const QString table = Entities::tableName(entity);
        q.prepare(
            QStringLiteral("SELECT d.source_key, d.change, coalesce(d.staging_id, 0), "
                           "coalesce(d.base_staging_id, 0), d.import, "
                           "coalesce(%1, %2, '') FROM delta_row d "
                           "LEFT JOIN %3 n ON n.id = d.staging_id LEFT JOIN %3 o ON o.id = d.base_staging_id")
                .arg(labelExpression(entity, QStringLiteral("n")), labelExpression(entity, QStringLiteral("o")), table)
            + filterSql(f)
            + QStringLiteral(" ORDER BY CASE d.change WHEN 'new' THEN 0 WHEN 'changed' THEN 1 ELSE 2 END, "
                             "d.source_key LIMIT ? OFFSET ?"));
        bindFilter(q, deltaSnapshotId, f);
        q.addBindValue(limit < 0 ? -1 : limit - out.size());
        q.addBindValue(skip);
        if (!q.exec())
            return out;
        qint64 got = 0;
        while (q.next()) {
            DeltaRow r;
            r.entity = entity;
            r.sourceKey = q.value(0).toString();
            r.change = DeltaChanges::fromKey(q.value(1).toString()).value_or(DeltaChange::New);
            r.stagingId = q.value(2).toLongLong();
            r.baseStagingId = q.value(3).toLongLong();
            r.import = q.value(4).toInt() != 0;
            r.label = q.value(5).toString();
            out.append(r);
            ++got;
        }
        if (skip > 0) {
            // Rows skipped in this entity count against the offset.
            const qint64 inEntity = rowCount(db, deltaSnapshotId, f);
            skip = qMax<qint64>(0, skip - inEntity);
        }
    }
    return out;
}

bool Delta::setImport(QSqlDatabase db, qint64 deltaSnapshotId, Entity entity, const QStringList &sourceKeys,
                      bool import, QString *error)
{
    return ProjectStore::auditedChange(
        db, QStringLiteral("delta.marked"), error, [&](QJsonObject *detail, QString *why) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE delta_row SET import = ? WHERE snapshot_id = ? AND entity = ? "
                                     "AND source_key = ? AND change <> 'deleted'"));
            qint64 changed = 0;
            for (const QString &key : sourceKeys) {
                q.addBindValue(import ? 1 : 0);
                q.addBindValue(deltaSnapshotId);
                q.addBindValue(Entities::key(entity));
                q.addBindValue(key);
                if (!execPrepared(q, why))
                    return false;
                changed += q.numRowsAffected();
            }
            *detail = { { QStringLiteral("snapshot"), deltaSnapshotId },
                        { QStringLiteral("entity"), Entities::key(entity) },
                        { QStringLiteral("import"), import },
                        { QStringLiteral("rows"), changed },
                        { QStringLiteral("keys"), QJsonArray::fromStringList(sourceKeys.mid(0, 100)) } };
            return true;
        });
}

} // namespace Cutover
