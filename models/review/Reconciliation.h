#pragma once

// The review's reconciliation: the source (the final snapshot and its delta
// rows, exactly as the import plans them) against the target read back through
// its connector (or, for the CSV package, against the package's files).
// (Implementation: TargetReadJob.cpp reads the target into review_run /
// review_target_record; Reconciler.cpp compares, on the project file alone.)

#include "importing/ImportEngine.h"
#include "jobs/Job.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Cutover {

// Per entity (RecordKinds::key: "contact", "matter", "time_entry", "expense",
// "balance_forward"): how many the source meant to import and how many the
// target holds.
struct ReviewCount
{
    QString entity;
    qint64 source = 0; // records the import was to write (billed history and skipped rows not counted)
    qint64 target = 0; // records of this kind in the target, ours and others (the placeholder and interim entries left
                       // out: see notes)
    qint64 matched = 0; // found in the target and equal
    qint64 missing = 0; // in the source, not in the target
    qint64 extra = 0; // in the target, no source record behind it
    qint64 changed = 0; // found, with a field that differs
};

// One difference, with the records behind it. `key` is stable across
// reconciliations of the same data, so a typed explanation stays with it:
// "missing:time_entry:T7", "extra:time_entry:<target id>",
// "changed:time_entry:T1:amount", "trust:C1:M1".
struct ReviewDifference
{
    enum class Kind {
        Missing, // a source record the target does not have
        Extra, // a target record no source record accounts for
        Changed, // both have it; `field` differs (one cent off included)
        Trust, // a trust opening balance not entered in the target, or entered differently
    };
    QString key;
    Kind kind = Kind::Missing;
    QString entity; // RecordKinds::key
    QString sourceKey; // empty for Extra
    QString targetId; // empty for Missing
    QString clientKey, clientName; // where it belongs (empty when unknown)
    QString matterKey; // source matter number (empty when unknown or client level)
    QString label; // translated: "time entry T7 of 2026-03-02 by Ann Lee on M1"
    QString field; // Changed/Trust: "amount", "duration", "date", "user", "matter", "client", "name", "trust"
    // The two sides as text, exactly (money "1234.56", durations in seconds, dates ISO).
    QString sourceValue, targetValue;
    qint64 centsDelta = 0; // target - source, in cents, where money differs (0 otherwise)
    qint64 secondsDelta = 0; // target - source, where a duration differs
    QString explanation; // the reviewer's typed explanation ("" while unexplained)
    QString explainedBy;
    QDateTime explainedUtc;

    static QString kindKey(Kind kind); // "missing", "extra", "changed", "trust"
    static QString kindTitle(Kind kind); // translated
};

// Money and time per client and per matter (matterKey "" is the client's own
// line: its total over its matters plus what is held outside any matter).
struct ReviewMoneyLine
{
    QString clientKey, clientName, matterKey, matterName;
    qint64 sourceSeconds = 0, targetSeconds = 0; // unbilled time
    qint64 sourceTimeCents = 0, targetTimeCents = 0; // unbilled time's value
    qint64 sourceExpenseCents = 0, targetExpenseCents = 0; // unbilled expenses
    qint64 sourceReceivableCents = 0, targetReceivableCents = 0; // carried over (balance forward)
    qint64 sourceTrustCents = 0, targetTrustCents = 0; // opening trust balance
    bool trustEntered = false; // the target side of trust is known (entered, or the package's sheet)

    bool differs() const;
};

// Hours per user: the source user's unbilled time against the time the target
// holds for the user it was mapped to.
struct ReviewUserHours
{
    QString userKey, userName, targetUserId;
    qint64 sourceEntries = 0, targetEntries = 0;
    qint64 sourceSeconds = 0, targetSeconds = 0;
};

struct Reconciliation
{
    QString targetKey;
    qint64 runId = 0; // the review_run compared against
    QDateTime readUtc; // when that run finished reading the target
    qint64 snapshotId = 0;
    QList<ReviewCount> counts; // in import order
    QList<ReviewMoneyLine> clients; // by client name
    QList<ReviewMoneyLine> matters; // by client name, then matter key
    QList<ReviewUserHours> users; // by user name
    QList<ReviewDifference> differences; // by client name, then kind, then key
    // Translated sentences: what was left out of the comparison and why
    // (billed history, the placeholder matter and its interim entries, records
    // the import skipped), and how the target was read.
    QStringList notes;

    bool reconciles() const { return differences.isEmpty(); }
    qint64 unexplained() const;
    // Totals over `clients`.
    ReviewMoneyLine totals() const;
};

// Reads the target back. For Clio: every contact, matter, time entry, expense
// and balance carried forward, page by page, through the connector; for the
// CSV package: the package's files in its folder. The records are written as
// a new review_run, in batches, so a cancelled or failed reading leaves the
// previous complete run in place.
struct TargetReadRequest
{
    QString projectPath;
    TargetChoice target;
    ConnectorFactory connector; // Clio only
};

class TargetReadJob : public Job
{
    Q_OBJECT

public:
    explicit TargetReadJob(TargetReadRequest request, QObject *parent = nullptr);
    ~TargetReadJob() override;

    qint64 runId() const; // valid after a successful run

protected:
    Outcome execute() override;

private:
    TargetReadRequest m_request;
    qint64 m_runId = 0;
};

namespace Reconciler {

// The newest complete review_run of the target (0 when none).
qint64 latestRun(const QSqlDatabase &db, const QString &targetKey);

// The local part: the source as the import plans it, the ledger, the trust
// entered by hand and the explanations, against the records of `runId` (the
// newest complete run when 0). False with a translated message when the
// project cannot be read or the target was never read.
bool compute(const QSqlDatabase &db, const QString &targetKey, qint64 runId, Reconciliation *out, QString *error);

// The same on a connection of its own (for a job or QtConcurrent).
bool compute(const QString &projectPath, const QString &targetKey, qint64 runId, Reconciliation *out, QString *error);

// "1234.56" from cents, exactly (the report, the CSV and the CLI's spelling).
QString formatCents(qint64 cents);

} // namespace Reconciler

// Reads the target (unless `offline`) and then reconciles: what the page runs.
class ReconcileJob : public Job
{
    Q_OBJECT

public:
    struct Request
    {
        TargetReadRequest read;
        bool offline = false; // compare against the newest complete run without reading again
    };
    explicit ReconcileJob(Request request, QObject *parent = nullptr);
    ~ReconcileJob() override;

    Reconciliation result() const; // valid after a successful run

protected:
    Outcome execute() override;

private:
    Request m_request;
    Reconciliation m_result;
};

} // namespace Cutover

Q_DECLARE_METATYPE(Cutover::Reconciliation)
