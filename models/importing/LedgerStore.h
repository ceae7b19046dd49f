#pragma once

#include "targets/TargetConnector.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Cutover {

// One id_map row.
struct LedgerRow
{
    QString entity;
    QString sourceKey;
    QString reference;
    QString label;
    QString targetId;
    QString state; // pending, sending, created, failed, skipped, deleting, deleted
    int attempts = 0;
    QString lastError;
    QString sentHash; // ImportPlanner::contentHash of what was last sent ('' before schema v5)
};

// The ledger's rows of one target, written one state change at a time: every
// change is its own committed transaction, so a crash at any point leaves the
// ledger saying exactly what was asked of the target (see ARCHITECTURE.md,
// "The import ledger"). Used by the import and the rollback on their own
// connection; not thread-safe.
class LedgerStore
{
public:
    LedgerStore(QSqlDatabase db, QString targetKey);

    // Dependency order of the import; the rollback runs it backwards.
    static QList<RecordKind> importOrder();
    static QString rowKey(const QString &entity, const QString &sourceKey)
    {
        return entity + QLatin1Char('\n') + sourceKey;
    }

    QString targetKey() const { return m_targetKey; }
    qint64 runId() const { return m_runId; }
    QString lastError() const { return m_error; }

    // Reads every row of the target.
    bool load(QHash<QString, LedgerRow> *rows);
    // Adds rows not yet in the ledger (state pending) and refreshes the label and
    // reference of rows not yet sent; in one transaction.
    bool plan(const QList<LedgerRow> &rows);
    // One state change, committed. `bumpAttempts` for a row about to be sent;
    // `sentHash` (when not null) replaces what the row says was last sent.
    bool set(const QString &entity, const QString &sourceKey, const QString &state, const QString &targetId,
             const QString &error, bool bumpAttempts = false, const QString &sentHash = QString());

    // import_run bookkeeping.
    bool startRun(const QString &target, const QString &baseUrl, qint64 snapshotId, const QString &kind);
    bool finishRun(const QString &state, const QJsonObject &summary);

    static QString nowUtc();

private:
    QSqlDatabase m_db;
    QString m_targetKey;
    qint64 m_runId = 0;
    QString m_error;
};

} // namespace Cutover
