#pragma once

#include "domain/Entity.h"
#include "sources/ImportMap.h"
#include "sources/SourceReader.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace Cutover {

enum class SnapshotKind { Trial, Final, Delta };

namespace SnapshotKinds {
QString key(SnapshotKind kind); // "trial"
std::optional<SnapshotKind> fromKey(const QString &key);
QString title(SnapshotKind kind); // translated
} // namespace SnapshotKinds

enum class IssueSeverity { Error, Warning, Info };

namespace IssueSeverities {
QString key(IssueSeverity severity); // "error"
std::optional<IssueSeverity> fromKey(const QString &key);
QString title(IssueSeverity severity); // translated
} // namespace IssueSeverities

// One problem found while staging, as stored in staging_issue.
struct StagingIssue
{
    qint64 id = 0;
    qint64 snapshotId = 0;
    qint64 fileId = 0;
    QString file; // path of the source file
    QString sheet;
    QString entity; // entity key
    qint64 row = 0;
    int column = 0;
    QString columnName;
    IssueSeverity severity = IssueSeverity::Error;
    QString code;
    QString message;
    QString rawValue;
    bool resolved = false;
};

// One file (or one sheet of a workbook) to load.
struct StagingSource
{
    QString path;
    ReaderOptions reader;
    // The map to apply; empty means auto: the file is placed by its headers and
    // refused (with the candidates) when it cannot be placed with confidence.
    std::optional<ImportMap> map;
};

struct SnapshotInfo
{
    qint64 id = 0;
    SnapshotKind kind = SnapshotKind::Trial;
    bool complete = false;
    QDateTime startedUtc;
    QDateTime completedUtc;
    QString timeZone;
    QDateTime cutoffUtc; // invalid when no cutoff was set at load time
    QString createdBy;
};

struct SourceFileInfo
{
    qint64 id = 0;
    qint64 snapshotId = 0;
    bool complete = false;
    QString path;
    QString sheet;
    qint64 size = 0;
    QString sha256;
    QString format;
    QString encoding;
    QString delimiter;
    Entity entity = Entity::Client;
    QString mapId;
    QString mapName;
    qint64 rowsRead = 0;
    qint64 rowsStaged = 0;
    qint64 rowsRejected = 0;
};

struct IssueCounts
{
    qint64 errors = 0;
    qint64 warnings = 0;
    qint64 infos = 0;
    qint64 total() const { return errors + warnings + infos; }
};

} // namespace Cutover
