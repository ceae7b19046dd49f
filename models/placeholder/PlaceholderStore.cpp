#include "Placeholder.h"
#include "importing/LedgerStore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Placeholders)
};

QString decisionKey(Reassignment::Decision decision)
{
    switch (decision) {
    case Reassignment::Decision::Accept:
        return QStringLiteral("accept");
    case Reassignment::Decision::Skip:
        return QStringLiteral("skip");
    case Reassignment::Decision::Undecided:
        break;
    }
    return QStringLiteral("undecided");
}

Reassignment::Decision decisionOf(const QString &key)
{
    if (key == QLatin1String("accept"))
        return Reassignment::Decision::Accept;
    if (key == QLatin1String("skip"))
        return Reassignment::Decision::Skip;
    return Reassignment::Decision::Undecided;
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

QString Placeholders::defaultClientName(const QString &firmName)
{
    return Tr::tr("%1 (migration)").arg(firmName);
}

QString Placeholders::defaultMatterDescription()
{
    return Tr::tr("Migration placeholder — do not bill");
}

QString Placeholders::clientReference(const QUuid &projectId)
{
    return ImportLedger::reference(projectId, QStringLiteral("placeholder"), QStringLiteral("client"));
}

QString Placeholders::matterReference(const QUuid &projectId)
{
    return ImportLedger::reference(projectId, QStringLiteral("placeholder"), QStringLiteral("matter"));
}

PlaceholderInfo Placeholders::load(const QSqlDatabase &db, const QString &targetKey, QString *error)
{
    PlaceholderInfo info;
    info.targetKey = targetKey;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT client_name, matter_description, client_id, matter_id, display_number, state, "
                             "created_at_utc, created_by FROM placeholder WHERE target_key = ?"));
    q.addBindValue(targetKey);
    if (!q.exec()) {
        setError(error, Tr::tr("The placeholder matter cannot be read: %1").arg(q.lastError().text()));
        return info;
    }
    if (q.next()) {
        info.clientName = q.value(0).toString();
        info.matterDescription = q.value(1).toString();
        info.clientId = q.value(2).toString();
        // Ids of a create that did not finish are not yet the placeholder's.
        if (q.value(5).toString() == QLatin1String("created")) {
            info.matterId = q.value(3).toString();
            info.displayNumber = q.value(4).toString();
            info.createdUtc = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
            info.createdUtc.setTimeSpec(Qt::UTC);
            info.createdBy = q.value(7).toString();
        } else {
            info.clientId.clear();
        }
        return info;
    }
    QSqlQuery p(db);
    if (p.exec(QStringLiteral("SELECT firm_name FROM project WHERE id = 1")) && p.next())
        info.clientName = defaultClientName(p.value(0).toString());
    info.matterDescription = defaultMatterDescription();
    return info;
}

// ---------------------------------------------------------------------------

QList<Reassignment> Reassignments::load(const QSqlDatabase &db, const QString &targetKey, QString *error)
{
    QList<Reassignment> list;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT activity_id, date, user_id, user_name, seconds, total_cents, note, billed, make_billable, "
        "suggested_matter_id, suggested_matter_label, confidence, reason, chosen_matter_id, chosen_matter_label, "
        "decision, state, attempts, last_error FROM reassignment WHERE target_key = ? "
        "ORDER BY date, CAST(activity_id AS INTEGER), activity_id"));
    q.addBindValue(targetKey);
    if (!q.exec()) {
        setError(error, Tr::tr("The entries to reassign cannot be read: %1").arg(q.lastError().text()));
        return list;
    }
    while (q.next()) {
        Reassignment r;
        r.activityId = q.value(0).toString();
        r.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        r.userId = q.value(2).toString();
        r.userName = q.value(3).toString();
        r.seconds = q.value(4).toLongLong();
        r.totalCents = q.value(5).toLongLong();
        r.note = q.value(6).toString();
        r.billed = q.value(7).toInt() != 0;
        r.makeBillable = q.value(8).toInt() != 0;
        r.suggestion.matterId = q.value(9).toString();
        r.suggestedMatterLabel = q.value(10).toString();
        r.suggestion.confidence = q.value(11).toInt();
        r.suggestion.reason = q.value(12).toString();
        r.chosenMatterId = q.value(13).toString();
        r.chosenMatterLabel = q.value(14).toString();
        r.decision = decisionOf(q.value(15).toString());
        r.state = q.value(16).toString();
        r.attempts = q.value(17).toInt();
        r.lastError = q.value(18).toString();
        list.append(r);
    }
    return list;
}

QList<MatterCandidate> Reassignments::candidates(const QSqlDatabase &db, const QString &targetKey, QString *error)
{
    QList<MatterCandidate> list;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, display_number, source_number, description, client_name FROM "
                             "reassign_matter WHERE target_key = ? ORDER BY display_number, id"));
    q.addBindValue(targetKey);
    if (!q.exec()) {
        setError(error, Tr::tr("The matters to move entries to cannot be read: %1").arg(q.lastError().text()));
        return list;
    }
    while (q.next()) {
        MatterCandidate m;
        m.id = q.value(0).toString();
        m.displayNumber = q.value(1).toString();
        m.sourceNumber = q.value(2).toString();
        m.description = q.value(3).toString();
        m.clientName = q.value(4).toString();
        list.append(m);
    }
    return list;
}

int Reassignments::decide(QSqlDatabase db, const QString &targetKey, const QStringList &activityIds,
                          Reassignment::Decision decision, const QString &matterId, const QString &matterLabel,
                          QString *error)
{
    if (!db.transaction()) {
        setError(error, Tr::tr("The decisions cannot be saved: %1").arg(db.lastError().text()));
        return -1;
    }
    // Rows moved (or on their way) keep what they were sent with. An accept
    // needs a matter to move to: rows without one are left as they are.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE reassignment SET decision = ?, chosen_matter_id = coalesce(?, chosen_matter_id), "
                             "chosen_matter_label = coalesce(?, chosen_matter_label), updated_at_utc = ? "
                             "WHERE target_key = ? AND activity_id = ? AND state NOT IN ('moved', 'sending') "
                             "AND (? <> 'accept' OR coalesce(?, chosen_matter_id) <> '')"));
    const QString key = decisionKey(decision);
    const QVariant nullText { QMetaType(QMetaType::QString) };
    const QVariant matter = matterId.isNull() ? nullText : QVariant(matterId);
    const QVariant label =
        matterId.isNull() ? nullText : QVariant(matterLabel.isNull() ? QStringLiteral("") : matterLabel);
    const QString now = LedgerStore::nowUtc();
    int changed = 0;
    for (const QString &id : activityIds) {
        q.bindValue(0, key);
        q.bindValue(1, matter);
        q.bindValue(2, label);
        q.bindValue(3, now);
        q.bindValue(4, targetKey);
        q.bindValue(5, id);
        q.bindValue(6, key);
        q.bindValue(7, matter);
        if (!q.exec()) {
            setError(error, Tr::tr("The decision for entry %1 cannot be saved: %2").arg(id, q.lastError().text()));
            db.rollback();
            return -1;
        }
        changed += q.numRowsAffected();
    }
    if (!db.commit()) {
        setError(error, Tr::tr("The decisions cannot be saved: %1").arg(db.lastError().text()));
        db.rollback();
        return -1;
    }
    return changed;
}

int Reassignments::acceptAbove(QSqlDatabase db, const QString &targetKey, int confidence, QString *error)
{
    // Undecided rows still to move whose suggestion is strong enough; the
    // chosen matter becomes the suggestion unless the user picked one.
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE reassignment SET decision = 'accept', chosen_matter_id = CASE WHEN chosen_matter_id = '' "
        "THEN suggested_matter_id ELSE chosen_matter_id END, chosen_matter_label = CASE WHEN chosen_matter_id = '' "
        "THEN suggested_matter_label ELSE chosen_matter_label END, updated_at_utc = ? "
        "WHERE target_key = ? AND decision = 'undecided' AND suggested_matter_id <> '' AND confidence >= ? "
        "AND billed = 0 AND state IN ('listed', 'failed')"));
    q.addBindValue(LedgerStore::nowUtc());
    q.addBindValue(targetKey);
    q.addBindValue(confidence);
    if (!q.exec()) {
        setError(error, Tr::tr("The suggestions cannot be accepted: %1").arg(q.lastError().text()));
        return -1;
    }
    return q.numRowsAffected();
}

} // namespace Cutover
