#pragma once

// The interim period (the Placeholder step): what the Placeholder page and
// `cutover-cli placeholder` use.
//
// While the migration runs the firm keeps working. Time for existing clients
// is tracked on a placeholder matter in the target or in the time-tracking
// templates Cutover writes; the filled templates are loaded back as interim
// entries and uploaded (to the migrated matter when it exists, otherwise to
// the placeholder); once the real matters exist every entry on the placeholder
// is listed, a matter suggested for it, and the accepted ones moved.
//
// Tables (schema v6): placeholder, interim_file, interim_entry, interim_issue,
// reassignment; interim uploads are ledgered in id_map (entity "interim_entry").
//
// This header: the placeholder matter, the jobs that talk to the target
// (create, upload, list, move) and the reassignment rows. Interim time
// (templates, loading them back) is InterimTime.h; suggestions are
// ReassignSuggester.h. Implementation: PlaceholderStore.cpp, PlaceholderJobs.cpp.

#include "importing/ImportEngine.h"
#include "jobs/Job.h"
#include "placeholder/ReassignSuggester.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Cutover {

struct ProjectSettings;

// ---------------------------------------------------------------------------
// The placeholder matter of one target.

struct PlaceholderInfo
{
    QString targetKey;
    QString clientName; // the firm contact, "Sandbox Law LLP (migration)"
    QString matterDescription; // "Migration placeholder — do not bill"
    QString clientId; // target ids; empty until created
    QString matterId;
    QString displayNumber; // as the target numbered the matter
    QDateTime createdUtc;
    QString createdBy;
    bool exists() const { return !matterId.isEmpty(); }
};

namespace Placeholders {
// Translated defaults; the firm name comes from the project.
QString defaultClientName(const QString &firmName);
QString defaultMatterDescription();
// The migration references written into the two records (contact custom field
// and matter client_reference), so a create that was cut off is found again.
QString clientReference(const QUuid &projectId);
QString matterReference(const QUuid &projectId);
// The row for the target; an info without ids when nothing was created yet.
PlaceholderInfo load(const QSqlDatabase &db, const QString &targetKey, QString *error = nullptr);
} // namespace Placeholders

// ---------------------------------------------------------------------------
// Jobs that talk to the target.

struct PlaceholderRequest
{
    QString projectPath;
    TargetChoice target; // Clio only
    ConnectorFactory connector;
    int concurrency = 2;
    // PlaceholderCreateJob: the names to give the two records; empty for the
    // defaults (Placeholders::defaultClientName / defaultMatterDescription).
    QString clientName;
    QString matterDescription;
};

// Finds or creates the firm contact and the non-billable placeholder matter
// (each found by its reference first, so running it twice creates nothing
// new) and records them in the project.
class PlaceholderCreateJob : public Job
{
    Q_OBJECT

public:
    explicit PlaceholderCreateJob(PlaceholderRequest request, QObject *parent = nullptr);
    PlaceholderInfo info() const; // valid after the run

protected:
    Outcome execute() override;

private:
    PlaceholderRequest m_request;
    PlaceholderInfo m_info;
};

struct InterimUploadSummary
{
    qint64 toMatter = 0; // created on the migrated matter
    qint64 toPlaceholder = 0; // created on the placeholder
    qint64 alreadySent = 0;
    qint64 failed = 0;
    QList<LedgerFailure> failures;
};

// Sends the interim entries not yet in the target, one time entry each, through
// the ledger (id_map, entity "interim_entry"): a killed upload resumes without
// duplicates. An entry whose matter was imported goes to it; otherwise to the
// placeholder (which must exist), non-billable there with the intended matter
// named in its note. The user goes through the import's user mapping.
class InterimUploadJob : public Job
{
    Q_OBJECT

public:
    explicit InterimUploadJob(PlaceholderRequest request, QObject *parent = nullptr);
    InterimUploadSummary uploadSummary() const;

protected:
    Outcome execute() override;

private:
    PlaceholderRequest m_request;
    InterimUploadSummary m_summary;
};

// ---------------------------------------------------------------------------
// Reassignment.

struct Reassignment
{
    enum class Decision { Undecided, Accept, Skip };
    QString activityId;
    QDate date;
    QString userId;
    QString userName;
    qint64 seconds = 0;
    qint64 totalCents = 0;
    QString note;
    bool billed = false; // billed in the target: it cannot be moved
    bool makeBillable = true; // the move also clears non_billable (false for entries the template marked not billable)
    Suggestion suggestion;
    QString suggestedMatterLabel;
    QString chosenMatterId; // what will be sent; starts as the suggestion
    QString chosenMatterLabel;
    Decision decision = Decision::Undecided;
    QString state; // listed, sending, moved, refused, failed, gone (no longer on the placeholder)
    int attempts = 0;
    QString lastError;
};

namespace Reassignments {
QList<Reassignment> load(const QSqlDatabase &db, const QString &targetKey, QString *error = nullptr);
// The matters the last listing read from the target (for "change matter").
QList<MatterCandidate> candidates(const QSqlDatabase &db, const QString &targetKey, QString *error = nullptr);
// Sets the decision (and, when matterId is not null, the chosen matter) of
// rows not yet moved; in one transaction. Returns the rows changed, -1 on error.
int decide(QSqlDatabase db, const QString &targetKey, const QStringList &activityIds, Reassignment::Decision decision,
           const QString &matterId = QString(), const QString &matterLabel = QString(), QString *error = nullptr);
// Accepts every undecided row with a suggestion of at least `confidence`.
int acceptAbove(QSqlDatabase db, const QString &targetKey, int confidence, QString *error = nullptr);
} // namespace Reassignments

// Reads every entry on the placeholder matter back from the target (all
// pages), and the target's matters, works out a suggestion for each entry and
// stores the rows (keeping decisions already made; rows no longer on the
// placeholder become 'gone').
class ReassignListJob : public Job
{
    Q_OBJECT

public:
    explicit ReassignListJob(PlaceholderRequest request, QObject *parent = nullptr);
    qint64 listed() const;

protected:
    Outcome execute() override;

private:
    PlaceholderRequest m_request;
    qint64 m_listed = 0;
};

struct ReassignMoveSummary
{
    qint64 moved = 0;
    qint64 alreadyMoved = 0; // found on the chosen matter after an interruption: not sent again
    qint64 refused = 0; // the target refused (billed): listed with the reason
    qint64 failed = 0; // network and other errors: tried again on the next run
};

// Moves the accepted rows: one PATCH per entry (matter, and non_billable
// cleared when makeBillable), each marked 'sending' and committed first; an
// entry left 'sending' by a crash is read back and only sent again when it is
// not already on its chosen matter. Rate-limited by the connector.
class ReassignMoveJob : public Job
{
    Q_OBJECT

public:
    explicit ReassignMoveJob(PlaceholderRequest request, QObject *parent = nullptr);
    ReassignMoveSummary moveSummary() const;

protected:
    Outcome execute() override;

private:
    PlaceholderRequest m_request;
    ReassignMoveSummary m_summary;
};

} // namespace Cutover
