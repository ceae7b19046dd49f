#pragma once

#include "StagingStore.h"

#include <QList>
#include <QMap>
#include <QStringList>

namespace Cutover {

// What the export step shows about the loads done so far.
struct SnapshotOverview
{
    QList<SnapshotInfo> snapshots; // complete ones, newest first
    qint64 latestId = 0; // 0 when nothing was loaded yet
    QMap<Entity, qint64> counts; // rows per entity in the newest snapshot
    QList<SourceFileInfo> files; // of the newest snapshot
    IssueCounts issues; // of the newest snapshot
    QList<ClientChoice> clients; // of the newest snapshot, with whether each moves
    QMap<Entity, qint64> includedCounts; // rows per entity that move (selective migration)
    QString error; // set when the project file could not be read
};

struct TaskOutcome
{
    bool ok = false;
    QString error;
    QStringList files; // what was written
};

struct MapFile
{
    std::optional<ImportMap> map;
    QString error;
};

// Work the export step does off the GUI thread. Each call opens its own
// connection to the project file, so it runs on any thread (QtConcurrent::run).
namespace StagingTasks {

SnapshotOverview overview(const QString &projectPath);
// Issues of a snapshot matching `filter`; -1 when the file cannot be read.
qint64 issueCount(const QString &projectPath, qint64 snapshotId, const IssueFilter &filter);
TaskOutcome writeIssuesCsv(const QString &projectPath, qint64 snapshotId, const QString &path);
TaskOutcome writeFixLists(const QString &projectPath, qint64 snapshotId, const QString &folder);
// Reads or writes an import map file (JSON).
MapFile loadMap(const QString &path);
TaskOutcome saveMap(const ImportMap &map, const QString &path);

} // namespace StagingTasks

} // namespace Cutover
