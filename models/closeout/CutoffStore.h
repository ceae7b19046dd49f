#pragma once

#include "domain/Cutoff.h"
#include "jobs/Job.h"

#include <QSqlDatabase>

#include <optional>

namespace Cutover {

class ProjectStore;

// The cutoff of a project, kept in the Cutoff step's data (`cutoffUtc`, the
// zone and the wall-clock time; StagingJob reads `cutoffUtc` from there).
namespace CutoffStore {

std::optional<Cutoff> load(const QSqlDatabase &db);
// Saves the cutoff and writes it to the audit log with the old value. Once a
// final snapshot exists a change needs a reason (it is audited as such); the
// same cutoff again changes nothing. Snapshots loaded under another cutoff are
// then out of date: see needsReflag() and CutoffReflagJob.
bool save(ProjectStore &store, const Cutoff &cutoff, const QString &reason, QString *error);
bool hasFinalSnapshot(const QSqlDatabase &db);
// Complete snapshots whose rows were flagged against another cutoff.
QList<qint64> needsReflag(const QSqlDatabase &db);
// Flags the rows of one snapshot created or changed after the cutoff (the same
// rule as StagingJob: created/updated instants after it, or a date after its
// local date) and replaces its after_cutoff issues. Runs in the caller's
// transaction, if any.
bool reflag(QSqlDatabase db, qint64 snapshotId, const Cutoff &cutoff, QString *error);

} // namespace CutoffStore

// Re-flags every out-of-date snapshot on its own connection, one snapshot per
// transaction.
class CutoffReflagJob : public Job
{
    Q_OBJECT

public:
    explicit CutoffReflagJob(QString projectPath, QObject *parent = nullptr);
    qint64 rowsFlagged() const { return m_flagged; }

protected:
    Outcome execute() override;

private:
    QString m_projectPath;
    qint64 m_flagged = 0;
};

} // namespace Cutover
