#include "review/ReviewJson.h"

#include <QJsonArray>

namespace Cutover {

QString ReviewJson::utc(const QDateTime &instant)
{
    return instant.isValid() ? instant.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject ReviewJson::count(const ReviewCount &c)
{
    return { { QStringLiteral("entity"), c.entity },   { QStringLiteral("source"), c.source },
             { QStringLiteral("target"), c.target },   { QStringLiteral("matched"), c.matched },
             { QStringLiteral("missing"), c.missing }, { QStringLiteral("extra"), c.extra },
             { QStringLiteral("changed"), c.changed } };
}

QJsonObject ReviewJson::money(const ReviewMoneyLine &m)
{
    QJsonObject o { { QStringLiteral("client_key"), m.clientKey },
                    { QStringLiteral("client"), m.clientName },
                    { QStringLiteral("source_seconds"), m.sourceSeconds },
                    { QStringLiteral("target_seconds"), m.targetSeconds },
                    { QStringLiteral("source_time_cents"), m.sourceTimeCents },
                    { QStringLiteral("target_time_cents"), m.targetTimeCents },
                    { QStringLiteral("source_expense_cents"), m.sourceExpenseCents },
                    { QStringLiteral("target_expense_cents"), m.targetExpenseCents },
                    { QStringLiteral("source_receivable_cents"), m.sourceReceivableCents },
                    { QStringLiteral("target_receivable_cents"), m.targetReceivableCents },
                    { QStringLiteral("source_trust_cents"), m.sourceTrustCents },
                    { QStringLiteral("trust_entered"), m.trustEntered },
                    { QStringLiteral("differs"), m.differs() } };
    if (m.trustEntered)
        o.insert(QStringLiteral("target_trust_cents"), m.targetTrustCents);
    if (!m.matterKey.isEmpty()) {
        o.insert(QStringLiteral("matter_key"), m.matterKey);
        o.insert(QStringLiteral("matter"), m.matterName);
    }
    return o;
}

QJsonObject ReviewJson::user(const ReviewUserHours &u)
{
    return { { QStringLiteral("user_key"), u.userKey },
             { QStringLiteral("user"), u.userName },
             { QStringLiteral("target_user_id"), u.targetUserId },
             { QStringLiteral("source_entries"), u.sourceEntries },
             { QStringLiteral("target_entries"), u.targetEntries },
             { QStringLiteral("source_seconds"), u.sourceSeconds },
             { QStringLiteral("target_seconds"), u.targetSeconds } };
}

QJsonObject ReviewJson::difference(const ReviewDifference &d)
{
    return { { QStringLiteral("key"), d.key },
             { QStringLiteral("kind"), ReviewDifference::kindKey(d.kind) },
             { QStringLiteral("entity"), d.entity },
             { QStringLiteral("source_key"), d.sourceKey },
             { QStringLiteral("target_id"), d.targetId },
             { QStringLiteral("client_key"), d.clientKey },
             { QStringLiteral("client"), d.clientName },
             { QStringLiteral("matter_key"), d.matterKey },
             { QStringLiteral("label"), d.label },
             { QStringLiteral("field"), d.field },
             { QStringLiteral("source"), d.sourceValue },
             { QStringLiteral("target"), d.targetValue },
             { QStringLiteral("cents_delta"), d.centsDelta },
             { QStringLiteral("seconds_delta"), d.secondsDelta },
             { QStringLiteral("explanation"), d.explanation },
             { QStringLiteral("explained_by"), d.explainedBy },
             { QStringLiteral("explained_utc"), utc(d.explainedUtc) } };
}

QJsonObject ReviewJson::spotCheck(const SpotCheck &c)
{
    QJsonArray fields;
    for (const SpotCheckField &f : c.fields) {
        fields.append(QJsonObject { { QStringLiteral("field"), f.field },
                                    { QStringLiteral("source"), f.sourceValue },
                                    { QStringLiteral("target"), f.targetValue },
                                    { QStringLiteral("differs"), f.differs } });
    }
    return { { QStringLiteral("entity"), c.entity },
             { QStringLiteral("source_key"), c.sourceKey },
             { QStringLiteral("target_id"), c.targetId },
             { QStringLiteral("label"), c.label },
             { QStringLiteral("client"), c.clientName },
             { QStringLiteral("weight_cents"), c.weightCents },
             { QStringLiteral("position"), c.position },
             { QStringLiteral("verdict"), SpotCheck::verdictKey(c.verdict) },
             { QStringLiteral("note"), c.note },
             { QStringLiteral("decided_by"), c.decidedBy },
             { QStringLiteral("decided_utc"), utc(c.decidedUtc) },
             { QStringLiteral("fields"), fields } };
}

} // namespace Cutover
