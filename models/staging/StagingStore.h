#pragma once

#include "StagingTypes.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>

namespace Cutover {

struct IssueFilter
{
    std::optional<IssueSeverity> severity;
    QString code; // empty: any
    QString text; // matched against file, message, raw value and column (case-insensitive)
    bool includeResolved = false;
};

struct ClientChoice
{
    QString key;
    QString name;
    qint64 matters = 0;
    bool included = true;
};

// Reads and tidies what StagingJob wrote: snapshots, their files, counts per
// entity, issues, rejected rows (the fix list), saved maps, and which clients
// are part of the migration. Works on any connection to the project file, so
// the wizard (on its ProjectStore's connection), jobs and the CLI share it.
namespace StagingStore {

// Removes what a crash left: files and snapshots still 'loading'. Called before
// every load and when a project is opened for writing.
bool recover(QSqlDatabase db, QString *error);
bool deleteSnapshot(QSqlDatabase db, qint64 snapshotId, QString *error);
bool deleteFiles(QSqlDatabase db, const QList<qint64> &fileIds, QString *error);

std::optional<SnapshotInfo> snapshot(QSqlDatabase db, qint64 id);
// The newest complete snapshot (of that kind, when given).
std::optional<SnapshotInfo> latestSnapshot(QSqlDatabase db, std::optional<SnapshotKind> kind = std::nullopt);
QList<SnapshotInfo> snapshots(QSqlDatabase db); // complete ones, newest first
QList<SourceFileInfo> files(QSqlDatabase db, qint64 snapshotId);

// Rows per entity in a snapshot; with `includedOnly`, rows of excluded clients
// (and of their matters) are left out.
QMap<Entity, qint64> entityCounts(QSqlDatabase db, qint64 snapshotId, bool includedOnly = false);
IssueCounts issueCounts(QSqlDatabase db, qint64 snapshotId);
qint64 issueCount(QSqlDatabase db, qint64 snapshotId, const IssueFilter &filter);
QList<StagingIssue> issues(QSqlDatabase db, qint64 snapshotId, const IssueFilter &filter, qint64 offset = 0,
                           qint64 limit = -1);
// Distinct issue codes in a snapshot with their counts, most frequent first.
QList<QPair<QString, qint64>> issueCodes(QSqlDatabase db, qint64 snapshotId);

// All issues as CSV (file, sheet, row, column, severity, code, message, raw value).
bool writeIssuesCsv(QSqlDatabase db, qint64 snapshotId, const QString &path, QString *error);
// One CSV per source file with rejected rows: the original header and cells plus
// a last column with the problems, so the rows can be corrected and loaded
// again. Returns the files written (none when nothing was rejected).
QStringList writeFixLists(QSqlDatabase db, qint64 snapshotId, const QString &folder, QString *error);

// Keys the StagingJob checks references against (user keys, names, e-mails and
// client names lower-cased).
bool loadReferenceKeys(QSqlDatabase db, qint64 snapshotId, QSet<QString> *users, QSet<QString> *clients,
                       QSet<QString> *matters, QString *error);

// Maps saved in the project, for re-use in later loads.
bool saveMap(QSqlDatabase db, const ImportMap &map, QString *error);
QList<ImportMap> savedMaps(QSqlDatabase db);
bool deleteMap(QSqlDatabase db, const QString &id, QString *error);

// Selective migration: clients are included unless excluded here; their
// matters, entries and notes follow them.
QList<ClientChoice> clients(QSqlDatabase db, qint64 snapshotId);
bool setClientsIncluded(QSqlDatabase db, const QStringList &clientKeys, bool included, QString *error);

} // namespace StagingStore

} // namespace Cutover
