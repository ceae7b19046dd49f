#include "CutoffStore.h"

#include "domain/Entity.h"
#include "domain/LocaleFormat.h"
#include "staging/StagingStore.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::CutoffStore)
};

const QLatin1String kUtc("cutoffUtc");
const QLatin1String kZone("cutoffZone");
const QLatin1String kLocal("cutoffLocal");

QString utcText(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODate);
}

QJsonObject toJson(const std::optional<Cutoff> &c)
{
    if (!c)
        return {};
    return { { QStringLiteral("utc"), utcText(c->utc) },
             { QStringLiteral("zone"), QString::fromUtf8(c->zoneId) },
             { QStringLiteral("local"),
               QDateTime(c->localDate, c->localTime).toString(QStringLiteral("yyyy-MM-ddTHH:mm")) } };
}

bool failed(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

std::optional<Cutoff> CutoffStore::load(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT json_extract(data, '$.cutoffUtc'), json_extract(data, '$.cutoffZone'), "
                               "json_extract(data, '$.cutoffLocal') FROM step_state WHERE step = 'cutoff'"))
        || !q.next())
        return std::nullopt;
    Cutoff c;
    c.utc = QDateTime::fromString(q.value(0).toString(), Qt::ISODate).toUTC();
    c.zoneId = q.value(1).toString().toUtf8();
    const QDateTime local = QDateTime::fromString(q.value(2).toString(), QStringLiteral("yyyy-MM-ddTHH:mm"));
    if (!c.utc.isValid())
        return std::nullopt;
    if (c.zoneId.isEmpty() || !QTimeZone(c.zoneId).isValid())
        c.zoneId = QByteArrayLiteral("UTC");
    const QDateTime wall = c.utc.toTimeZone(c.zone());
    c.localDate = local.isValid() ? local.date() : wall.date();
    c.localTime = local.isValid() ? local.time() : wall.time();
    return c;
}

bool CutoffStore::hasFinalSnapshot(const QSqlDatabase &db)
{
    return StagingStore::latestSnapshot(db, SnapshotKind::Final).has_value();
}

bool CutoffStore::save(ProjectStore &store, const Cutoff &cutoff, const QString &reason, QString *error)
{
    if (!cutoff.isValid())
        return failed(error, Tr::tr("The cutoff is not a valid moment."));
    const QSqlDatabase db = store.database();
    const std::optional<Cutoff> old = load(db);
    if (old && old->utc == cutoff.utc && old->zoneId == cutoff.zoneId)
        return true;
    const bool afterFinal = old && hasFinalSnapshot(db);
    if (afterFinal && reason.trimmed().isEmpty())
        return failed(error,
                      Tr::tr("The final export was taken with the cutoff at %1. Say why it changes: the "
                             "reason is kept in the audit log.")
                          .arg(old->displayText()));

    QJsonObject data = store.stepData(WizardStep::Cutoff);
    data.insert(kUtc, utcText(cutoff.utc));
    data.insert(kZone, QString::fromUtf8(cutoff.zoneId));
    data.insert(kLocal, QDateTime(cutoff.localDate, cutoff.localTime).toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
    QJsonObject detail { { QStringLiteral("old"), toJson(old) }, { QStringLiteral("new"), toJson(cutoff) } };
    if (!reason.trimmed().isEmpty())
        detail.insert(QStringLiteral("reason"), reason.trimmed());

    QSqlDatabase conn = db;
    if (!conn.transaction())
        return failed(error, conn.lastError().text());
    QString auditError;
    const bool ok = store.setStepData(WizardStep::Cutoff, data)
        && ProjectStore::appendAudit(db,
                                     afterFinal
                                         ? QStringLiteral("cutoff.changed_after_final")
                                         : (old ? QStringLiteral("cutoff.changed") : QStringLiteral("cutoff.set")),
                                     detail, &auditError);
    if (!ok || !conn.commit()) {
        conn.rollback();
        return failed(error, auditError.isEmpty() ? store.lastError() : auditError);
    }
    if (store.stepState(WizardStep::Cutoff) == StepState::NotStarted)
        store.setStepState(WizardStep::Cutoff, StepState::InProgress);
    return true;
}

QList<qint64> CutoffStore::needsReflag(const QSqlDatabase &db)
{
    QList<qint64> out;
    const auto cutoff = load(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM snapshot WHERE state = 'complete' AND coalesce(cutoff_utc, '') <> ? "
                             "ORDER BY id"));
    q.addBindValue(cutoff ? utcText(cutoff->utc) : QString());
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toLongLong());
    }
    return out;
}

bool CutoffStore::reflag(QSqlDatabase db, qint64 snapshotId, const Cutoff &cutoff, QString *error)
{
    QSqlQuery q(db);
    auto run = [&](const QString &sql, const QVariantList &binds) {
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        return q.exec() || failed(error, q.lastError().text());
    };
    const QString cutoffText = cutoff.isValid() ? utcText(cutoff.utc) : QString();
    const QString localDate =
        cutoff.isValid() ? cutoff.utc.toTimeZone(cutoff.zone()).date().toString(Qt::ISODate) : QString();
    if (!run(QStringLiteral("DELETE FROM staging_issue WHERE snapshot_id = ? AND code = 'after_cutoff'"),
             { snapshotId }))
        return false;
    // The message StagingJob writes, in its words.
    const QString message =
        QCoreApplication::translate("Cutover::StagingJob", "This row was created or changed after the cutoff (%1).")
            .arg(cutoff.isValid() ? cutoff.utc.toTimeZone(cutoff.zone()).toString(Qt::ISODate) : QString());
    for (Entity entity : Entities::all()) {
        QStringList tests;
        QVariantList binds;
        if (cutoff.isValid()) {
            for (const char *field : { "created_at", "updated_at" }) {
                if (Entities::field(entity, QLatin1String(field))) {
                    tests.append(QStringLiteral("%1 > ?").arg(QLatin1String(field)));
                    binds.append(cutoffText);
                }
            }
            for (const char *field : { "date", "issue_date" }) {
                if (Entities::field(entity, QLatin1String(field))) {
                    tests.append(QStringLiteral("%1 > ?").arg(QLatin1String(field)));
                    binds.append(localDate);
                    break;
                }
            }
        }
        const QString table = Entities::tableName(entity);
        const QString condition = tests.isEmpty()
            ? QStringLiteral("0")
            : QStringLiteral("coalesce(%1, 0)").arg(tests.join(QStringLiteral(" OR ")));
        binds.append(snapshotId);
        if (!run(QStringLiteral("UPDATE %1 SET after_cutoff = CASE WHEN %2 THEN 1 ELSE 0 END WHERE snapshot_id = ?")
                     .arg(table, condition),
                 binds))
            return false;
        if (!run(
                QStringLiteral("INSERT INTO staging_issue (snapshot_id, file_id, entity, row, severity, code, message) "
                               "SELECT snapshot_id, file_id, ?, source_row, 'info', 'after_cutoff', ? FROM %1 "
                               "WHERE snapshot_id = ? AND after_cutoff = 1")
                    .arg(table),
                { Entities::key(entity), message, snapshotId }))
            return false;
    }
    return run(QStringLiteral("UPDATE snapshot SET cutoff_utc = ? WHERE id = ?"),
               { cutoff.isValid() ? QVariant(cutoffText) : QVariant(QMetaType(QMetaType::QString)), snapshotId });
}

CutoffReflagJob::CutoffReflagJob(QString projectPath, QObject *parent)
    : Job(parent)
    , m_projectPath(std::move(projectPath))
{
}

Job::Outcome CutoffReflagJob::execute()
{
    const QString name = QStringLiteral("cutover-reflag-%1").arg(quintptr(this));
    Outcome outcome = Outcome::Succeeded;
    {
        QString error;
        QSqlDatabase db = ProjectStore::openConnection(m_projectPath, name, &error);
        if (!db.isOpen()) {
            outcome = failWith(error);
        } else {
            const std::optional<Cutoff> cutoff = CutoffStore::load(db);
            const QList<qint64> snapshots = CutoffStore::needsReflag(db);
            qint64 done = 0;
            for (qint64 id : snapshots) {
                if (isCancelled()) {
                    outcome = Outcome::Cancelled;
                    break;
                }
                reportProgress(done, snapshots.size(), m_flagged, Tr::tr("Flagging snapshot %1").arg(id), true);
                if (!db.transaction() || !CutoffStore::reflag(db, id, cutoff.value_or(Cutoff {}), &error)) {
                    db.rollback();
                    outcome = failWith(Tr::tr("Snapshot %1 could not be flagged against the new cutoff: %2")
                                           .arg(id)
                                           .arg(error.isEmpty() ? db.lastError().text() : error));
                    break;
                }
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT count(*) FROM staging_issue WHERE snapshot_id = ? AND code = "
                                         "'after_cutoff'"));
                q.addBindValue(id);
                if (q.exec() && q.next())
                    m_flagged += q.value(0).toLongLong();
                if (!db.commit()) {
                    db.rollback();
                    outcome = failWith(db.lastError().text());
                    break;
                }
                ++done;
            }
            // Two counts, two plural forms; the rows' count can exceed an int.
            if (outcome == Outcome::Succeeded)
                setSummary(
                    Tr::tr("%1; %2.", "snapshots checked; rows after the cutoff")
                        .arg(Tr::tr("%Ln snapshot(s) checked against the new cutoff", nullptr, int(snapshots.size())),
                             Tr::tr("%1 row(s) are after it", nullptr, int(qMin<qint64>(m_flagged, INT_MAX)))
                                 .arg(LocaleFormat::number(m_flagged))));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

} // namespace Cutover
