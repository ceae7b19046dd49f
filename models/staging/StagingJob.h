#pragma once

#include "StagingTypes.h"
#include "jobs/Job.h"

#include <QCoreApplication>
#include <QList>

namespace Cutover {

struct StagingRequest
{
    QString projectPath;
    // Files, folders (every CSV/XLSX inside) and backup archives (a .zip of
    // CSVs, like Bill4Time's account backup) are all accepted.
    QList<StagingSource> sources;
    SnapshotKind kind = SnapshotKind::Trial;
    // Non-zero: add the files to this complete snapshot instead of making a new
    // one (a corrected fix list, a file forgotten in the first load).
    qint64 appendToSnapshot = 0;
    // Rows per committed batch: a crash loses at most this many rows' work.
    int batchRows = 20000;
};

struct StagedFile
{
    QString path;
    QString sheet;
    Entity entity = Entity::Client;
    QString mapName;
    qint64 rowsRead = 0;
    qint64 rowsStaged = 0;
    qint64 rowsRejected = 0;
};

struct StagingResult
{
    qint64 snapshotId = 0;
    QList<StagedFile> files;
    QMap<Entity, qint64> staged; // rows staged per entity in this load
    qint64 rejected = 0;
    IssueCounts issues; // found in this load
};

// Stream -> map -> validate -> batched insert, for one load of export files.
// Runs on its own connection (so on any thread). Every load is a snapshot in
// state 'loading' until it is complete: a crash leaves a loading snapshot that
// StagingStore::recover() removes, a cancel removes it at once, so a snapshot is
// either absent or complete and a re-run is safe.
class StagingJob : public Job
{
    Q_OBJECT

public:
    explicit StagingJob(StagingRequest request, QObject *parent = nullptr);
    ~StagingJob() override;

    const StagingRequest &request() const { return m_request; }
    // Valid once the job has succeeded.
    StagingResult result() const { return m_result; }

protected:
    Outcome execute() override;

private:
    struct Run;
    StagingRequest m_request;
    StagingResult m_result;
};

} // namespace Cutover
