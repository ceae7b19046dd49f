#include "ImportEngine.h"
#include "LedgerStore.h"
#include "domain/BusinessCalendar.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace Cutover {

QString ImportLedger::reference(const QUuid &projectId, const QString &entity, const QString &sourceKey)
{
    const QString hex = projectId.toString(QUuid::Id128).left(8).toLower();
    return QStringLiteral("CUT-%1:%2:%3").arg(hex, entity, sourceKey);
}

QList<EntityLedgerCounts> ImportLedger::counts(const QSqlDatabase &db, const QString &targetKey)
{
    QHash<QString, EntityLedgerCounts> byEntity;
    QSqlQuery q(db);
    // Interim entries (the Placeholder step's uploads) share the table, not the import's counts.
    q.prepare(QStringLiteral("SELECT entity, state, count(*) FROM id_map WHERE target_key = ? "
                             "AND entity <> 'interim_entry' GROUP BY 1, 2"));
    q.addBindValue(targetKey);
    if (!q.exec())
        return {};
    while (q.next()) {
        const QString entity = q.value(0).toString();
        EntityLedgerCounts &c = byEntity[entity];
        c.entity = entity;
        const QString state = q.value(1).toString();
        const qint64 n = q.value(2).toLongLong();
        c.total += n;
        if (state == QLatin1String("pending"))
            c.pending += n;
        else if (state == QLatin1String("sending") || state == QLatin1String("deleting"))
            c.sending += n;
        else if (state == QLatin1String("created"))
            c.created += n;
        else if (state == QLatin1String("failed"))
            c.failed += n;
        else if (state == QLatin1String("skipped"))
            c.skipped += n;
        else if (state == QLatin1String("deleted"))
            c.deleted += n;
    }
    QList<EntityLedgerCounts> list;
    for (RecordKind kind : LedgerStore::importOrder()) {
        const auto it = byEntity.constFind(RecordKinds::key(kind));
        if (it != byEntity.constEnd())
            list.append(*it);
    }
    return list;
}

QList<LedgerFailure> ImportLedger::failures(const QSqlDatabase &db, const QString &targetKey)
{
    QList<LedgerFailure> list;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT entity, source_key, label, attempts, last_error FROM id_map "
                             "WHERE target_key = ? AND state = 'failed' AND entity <> 'interim_entry'"));
    q.addBindValue(targetKey);
    if (!q.exec())
        return list;
    while (q.next())
        list.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                      q.value(4).toString() });
    const QList<RecordKind> order = LedgerStore::importOrder();
    auto rank = [&](const QString &entity) {
        for (qsizetype i = 0; i < order.size(); ++i) {
            if (RecordKinds::key(order.at(i)) == entity)
                return i;
        }
        return order.size();
    };
    std::stable_sort(list.begin(), list.end(), [&](const LedgerFailure &a, const LedgerFailure &b) {
        const qsizetype ra = rank(a.entity), rb = rank(b.entity);
        return ra != rb ? ra < rb : a.sourceKey < b.sourceKey;
    });
    return list;
}

QStringList ImportLedger::targets(const QSqlDatabase &db)
{
    QStringList list;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT m.target_key, (SELECT max(r.id) FROM import_run r WHERE r.target_key = "
            "m.target_key) AS newest FROM (SELECT DISTINCT target_key FROM id_map WHERE entity <> 'interim_entry') m "
            "ORDER BY newest DESC, m.target_key")))
        return list;
    while (q.next())
        list.append(q.value(0).toString());
    return list;
}

QDateTime ImportLedger::importFinishedUtc(const QSqlDatabase &db, const QString &targetKey)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT max(finished_at_utc) FROM import_run WHERE target_key = ? "
                             "AND kind IN ('import', 'retry') AND state = 'complete'"));
    q.addBindValue(targetKey);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return {};
    QDateTime dt = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
    return dt.toUTC();
}

QJsonArray ImportLedger::toJson(const QList<EntityLedgerCounts> &counts)
{
    QJsonArray list;
    for (const EntityLedgerCounts &c : counts) {
        list.append(QJsonObject { { QStringLiteral("entity"), c.entity },
                                  { QStringLiteral("total"), c.total },
                                  { QStringLiteral("pending"), c.pending },
                                  { QStringLiteral("sending"), c.sending },
                                  { QStringLiteral("created"), c.created },
                                  { QStringLiteral("failed"), c.failed },
                                  { QStringLiteral("skipped"), c.skipped },
                                  { QStringLiteral("deleted"), c.deleted } });
    }
    return list;
}

QJsonArray ImportLedger::toJson(const QList<LedgerFailure> &failures)
{
    QJsonArray list;
    for (const LedgerFailure &f : failures) {
        list.append(QJsonObject { { QStringLiteral("entity"), f.entity },
                                  { QStringLiteral("source_key"), f.sourceKey },
                                  { QStringLiteral("label"), f.label },
                                  { QStringLiteral("attempts"), f.attempts },
                                  { QStringLiteral("error"), f.error } });
    }
    return list;
}

ImportLedger::View ImportLedger::read(const QString &projectPath, const QString &targetKey)
{
    View view;
    ProjectStore::withConnection(
        projectPath,
        [&](QSqlDatabase &db) {
            view.counts = counts(db, targetKey);
            view.failures = failures(db, targetKey);
            view.finishedUtc = importFinishedUtc(db, targetKey);
            view.reviewDeadlineUtc = reviewDeadlineUtc(db, targetKey);
        },
        &view.error);
    return view;
}

QDateTime ImportLedger::reviewDeadlineUtc(const QSqlDatabase &db, const QString &targetKey)
{
    const QDateTime finished = importFinishedUtc(db, targetKey);
    if (!finished.isValid())
        return {};
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT time_zone, holiday_region FROM project WHERE id = 1")) || !q.next())
        return {};
    const QTimeZone zone(q.value(0).toString().toUtf8());
    return BusinessCalendar::forProject(db, q.value(1).toString()).reviewDeadline(finished, zone, 3).toUTC();
}

} // namespace Cutover
