#include "ReviewState.h"
#include "domain/LocaleFormat.h"
#include "review/ReviewJson.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

// The sign-off: a review_signoff row (never changed nor removed: the schema's
// triggers refuse) and its audit entry, written in one transaction after the
// blockers were checked again on the same connection.

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::ReviewSignOff)
};

constexpr int kNamedDifferences = 3;

QString whenText(const QDateTime &utc, const QTimeZone &zone)
{
    return LocaleFormat::dateTime(zone.isValid() ? utc.toTimeZone(zone) : utc.toLocalTime());
}

QJsonObject summaryOf(const Reconciliation &reconciliation, const QList<SpotCheck> &sample, const ReviewClock &clock)
{
    QJsonArray counts;
    for (const ReviewCount &c : reconciliation.counts)
        counts.append(ReviewJson::count(c));
    QJsonArray differences;
    for (const ReviewDifference &d : reconciliation.differences)
        differences.append(ReviewJson::difference(d));
    QJsonArray verdicts;
    qint64 accepted = 0, flagged = 0;
    for (const SpotCheck &s : sample) {
        accepted += s.verdict == SpotCheck::Verdict::Accepted;
        flagged += s.verdict == SpotCheck::Verdict::Flagged;
        verdicts.append(ReviewJson::spotCheck(s));
    }
    const ReviewMoneyLine totals = reconciliation.totals();
    QJsonObject money = ReviewJson::money(totals);
    money.remove(QStringLiteral("client_key"));
    money.remove(QStringLiteral("client"));
    return QJsonObject {
        { QStringLiteral("run_id"), reconciliation.runId },
        { QStringLiteral("read_at_utc"), reconciliation.readUtc.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("snapshot_id"), reconciliation.snapshotId },
        { QStringLiteral("import_finished_utc"), clock.finishedUtc.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("deadline_utc"), clock.deadlineUtc.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("counts"), counts },
        { QStringLiteral("totals"), money },
        { QStringLiteral("differences"), differences },
        { QStringLiteral("sample"),
          QJsonObject { { QStringLiteral("drawn"), qint64(sample.size()) },
                        { QStringLiteral("accepted"), accepted },
                        { QStringLiteral("flagged"), flagged } } },
        { QStringLiteral("verdicts"), verdicts },
    };
}

} // namespace

QStringList ReviewSignOff::blockers(const Reconciliation &reconciliation, const QList<SpotCheck> &sample,
                                    const ReviewClock &clock, const std::optional<SignOff> &existing)
{
    QStringList list;
    if (existing) {
        list << Tr::tr("The review was already signed off by %1 on %2.")
                    .arg(existing->name, whenText(existing->signedUtc, clock.zone));
    }
    switch (clock.state) {
    case ReviewClock::State::NoImport:
        list << Tr::tr("Nothing has been imported into this target yet.");
        break;
    case ReviewClock::State::Closed:
        list << Tr::tr("The review window closed on %1; the review can no longer be signed off.")
                    .arg(whenText(clock.deadlineUtc, clock.zone));
        break;
    case ReviewClock::State::Open:
    case ReviewClock::State::LastDay:
    case ReviewClock::State::SignedOff:
        break;
    }
    if (reconciliation.runId <= 0) {
        list << Tr::tr("The target has not been read back completely yet: reconcile before signing off.");
    } else {
        QStringList named;
        int unexplained = 0;
        for (const ReviewDifference &d : reconciliation.differences) {
            if (!d.explanation.trimmed().isEmpty())
                continue;
            ++unexplained;
            if (named.size() < kNamedDifferences) {
                QString label = d.label.trimmed();
                if (label.endsWith(QLatin1Char('.'))) // the sentence below goes on after the names
                    label.chop(1);
                named << label;
            }
        }
        if (unexplained > 0) {
            QString names = named.join(QStringLiteral("; "));
            if (unexplained > named.size())
                names = Tr::tr("%1 and %n more", "differences named, then counted", int(unexplained - named.size()))
                            .arg(names);
            list << Tr::tr("%n difference(s) without an explanation: %1. Type an explanation for each, or have it "
                           "corrected and reconcile again.",
                           nullptr, unexplained)
                        .arg(names);
        }
    }
    qint64 sourceRecords = 0;
    for (const ReviewCount &c : reconciliation.counts)
        sourceRecords += c.source;
    if (sample.isEmpty() && sourceRecords > 0) {
        list << Tr::tr("No records were drawn for spot checks yet.");
    } else {
        int pending = 0;
        for (const SpotCheck &s : sample)
            pending += s.verdict == SpotCheck::Verdict::Pending;
        if (pending > 0)
            list << Tr::tr("%n spot check(s) not decided yet: accept or flag each.", nullptr, pending);
    }
    return list;
}

std::optional<SignOff> ReviewSignOff::signedOff(const QSqlDatabase &db, const QString &targetKey)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, name, role, signed_at_utc, recorded_by, coalesce(run_id, 0) FROM "
                             "review_signoff WHERE target_key = ? ORDER BY id LIMIT 1"));
    q.addBindValue(targetKey);
    if (!q.exec() || !q.next())
        return std::nullopt;
    SignOff s;
    s.id = q.value(0).toLongLong();
    s.targetKey = targetKey;
    s.name = q.value(1).toString();
    s.role = q.value(2).toString();
    s.signedUtc = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs).toUTC();
    s.recordedBy = q.value(4).toString();
    s.runId = q.value(5).toLongLong();
    return s;
}

bool ReviewSignOff::sign(QSqlDatabase db, const QString &targetKey, const QString &name, const QString &role,
                         QString *error)
{
    const QString who = name.trimmed();
    if (who.isEmpty()) {
        if (error)
            *error = Tr::tr("Type the name of the person who signs off.");
        return false;
    }
    // Everything checked again inside the transaction that writes the sign-off,
    // so nothing can change between the check and the record.
    return ProjectStore::auditedChange(
        db, QStringLiteral("review.signed_off"), error, [&](QJsonObject *detail, QString *err) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            Reconciliation reconciliation;
            if (!Reconciler::compute(db, targetKey, 0, &reconciliation, err))
                return false;
            QString why;
            const QList<SpotCheck> sample = SpotChecks::load(db, targetKey, reconciliation.runId, &why);
            if (!why.isEmpty()) {
                *err = why;
                return false;
            }
            const ReviewClock clock = ReviewDeadline::forProject(db, targetKey, now);
            const QStringList blocking = blockers(reconciliation, sample, clock, signedOff(db, targetKey));
            if (!blocking.isEmpty()) {
                *err = Tr::tr("The review cannot be signed off yet: %1").arg(blocking.join(QLatin1Char(' ')));
                return false;
            }
            const QJsonObject summary = summaryOf(reconciliation, sample, clock);
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO review_signoff (target_key, name, role, signed_at_utc, recorded_by, "
                                     "run_id, summary) VALUES (?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(targetKey);
            q.addBindValue(who);
            q.addBindValue(role.trimmed().isNull() ? QStringLiteral("") : role.trimmed());
            q.addBindValue(now.toString(Qt::ISODateWithMs));
            q.addBindValue(ProjectStore::currentActor());
            q.addBindValue(reconciliation.runId);
            q.addBindValue(QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
            if (!q.exec()) {
                *err = Tr::tr("The sign-off cannot be written: %1").arg(q.lastError().text());
                return false;
            }
            detail->insert(QStringLiteral("target"), targetKey);
            detail->insert(QStringLiteral("signoff_id"), q.lastInsertId().toLongLong());
            detail->insert(QStringLiteral("name"), who);
            if (!role.trimmed().isEmpty())
                detail->insert(QStringLiteral("role"), role.trimmed());
            detail->insert(QStringLiteral("run_id"), reconciliation.runId);
            detail->insert(QStringLiteral("differences"), qint64(reconciliation.differences.size()));
            detail->insert(QStringLiteral("spot_checks"), qint64(sample.size()));
            return true;
        });
}

} // namespace Cutover
