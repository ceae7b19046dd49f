#include "LedgerStore.h"

#include "store/ProjectStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Cutover {

LedgerStore::LedgerStore(QSqlDatabase db, QString targetKey)
    : m_db(std::move(db))
    , m_targetKey(std::move(targetKey))
{
}

QList<RecordKind> LedgerStore::importOrder()
{
    return { RecordKind::Contact,        RecordKind::Matter, RecordKind::TimeEntry, RecordKind::Expense,
             RecordKind::BalanceForward, RecordKind::Note,   RecordKind::Folder,    RecordKind::Document };
}

QString LedgerStore::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool LedgerStore::load(QHash<QString, LedgerRow> *rows)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT entity, source_key, reference, label, coalesce(target_id, ''), state, attempts, "
                             "last_error, sent_hash FROM id_map WHERE target_key = ?"));
    q.addBindValue(m_targetKey);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    rows->clear();
    while (q.next()) {
        LedgerRow r;
        r.entity = q.value(0).toString();
        r.sourceKey = q.value(1).toString();
        r.reference = q.value(2).toString();
        r.label = q.value(3).toString();
        r.targetId = q.value(4).toString();
        r.state = q.value(5).toString();
        r.attempts = q.value(6).toInt();
        r.lastError = q.value(7).toString();
        r.sentHash = q.value(8).toString();
        rows->insert(rowKey(r.entity, r.sourceKey), r);
    }
    return true;
}

bool LedgerStore::plan(const QList<LedgerRow> &rows)
{
    if (!m_db.transaction()) {
        m_error = m_db.lastError().text();
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO id_map (target_key, entity, source_key, reference, label, state, run_id, updated_at_utc) "
        "VALUES (?, ?, ?, ?, ?, 'pending', ?, ?) ON CONFLICT (target_key, entity, source_key) DO UPDATE SET "
        "label = excluded.label, reference = CASE WHEN state IN ('pending', 'failed', 'skipped', 'deleted') "
        "THEN excluded.reference ELSE reference END"));
    const QString now = nowUtc();
    for (const LedgerRow &r : rows) {
        q.bindValue(0, m_targetKey);
        q.bindValue(1, r.entity);
        q.bindValue(2, r.sourceKey);
        q.bindValue(3, r.reference);
        q.bindValue(4, r.label.isNull() ? QStringLiteral("") : r.label);
        q.bindValue(5, m_runId > 0 ? QVariant(m_runId) : QVariant(QMetaType(QMetaType::LongLong)));
        q.bindValue(6, now);
        if (!q.exec()) {
            m_error = q.lastError().text();
            m_db.rollback();
            return false;
        }
    }
    if (!m_db.commit()) {
        m_error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

bool LedgerStore::set(const QString &entity, const QString &sourceKey, const QString &state, const QString &targetId,
                      const QString &error, bool bumpAttempts, const QString &sentHash)
{
    QSqlQuery q(m_db);
    // Autocommit: each change is its own transaction, durable before the
    // request it announces goes out (synchronous = FULL on this connection).
    q.prepare(QStringLiteral("UPDATE id_map SET state = ?, target_id = ?, last_error = ?, attempts = attempts + ?, "
                             "run_id = coalesce(?, run_id), sent_hash = coalesce(?, sent_hash), updated_at_utc = ? "
                             "WHERE target_key = ? AND entity = ? AND source_key = ?"));
    q.addBindValue(state);
    q.addBindValue(targetId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(targetId));
    q.addBindValue(error.isNull() ? QStringLiteral("") : error);
    q.addBindValue(bumpAttempts ? 1 : 0);
    q.addBindValue(m_runId > 0 ? QVariant(m_runId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(sentHash.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(sentHash));
    q.addBindValue(nowUtc());
    q.addBindValue(m_targetKey);
    q.addBindValue(entity);
    q.addBindValue(sourceKey);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool LedgerStore::startRun(const QString &target, const QString &baseUrl, qint64 snapshotId, const QString &kind)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO import_run (target_key, target, base_url, snapshot_id, kind, state, "
                             "started_at_utc, started_by) VALUES (?, ?, ?, ?, ?, 'running', ?, ?)"));
    q.addBindValue(m_targetKey);
    q.addBindValue(target);
    q.addBindValue(baseUrl.isNull() ? QStringLiteral("") : baseUrl);
    q.addBindValue(snapshotId > 0 ? QVariant(snapshotId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(kind);
    q.addBindValue(nowUtc());
    q.addBindValue(ProjectStore::currentActor());
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    m_runId = q.lastInsertId().toLongLong();
    return true;
}

bool LedgerStore::finishRun(const QString &state, const QJsonObject &summary)
{
    if (m_runId <= 0)
        return true;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE import_run SET state = ?, finished_at_utc = ?, summary = ? WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(nowUtc());
    q.addBindValue(QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
    q.addBindValue(m_runId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace Cutover
