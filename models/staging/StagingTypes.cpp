#include "StagingTypes.h"

#include <QCoreApplication>

namespace Cutover {

namespace SnapshotKinds {

QString key(SnapshotKind kind)
{
    switch (kind) {
    case SnapshotKind::Trial:
        return QStringLiteral("trial");
    case SnapshotKind::Final:
        return QStringLiteral("final");
    case SnapshotKind::Delta:
        return QStringLiteral("delta");
    }
    return {};
}

std::optional<SnapshotKind> fromKey(const QString &key)
{
    for (SnapshotKind k : { SnapshotKind::Trial, SnapshotKind::Final, SnapshotKind::Delta }) {
        if (SnapshotKinds::key(k) == key)
            return k;
    }
    return std::nullopt;
}

QString title(SnapshotKind kind)
{
    switch (kind) {
    case SnapshotKind::Trial:
        return QCoreApplication::translate("Cutover::SnapshotKinds", "Trial");
    case SnapshotKind::Final:
        return QCoreApplication::translate("Cutover::SnapshotKinds", "Final");
    case SnapshotKind::Delta:
        return QCoreApplication::translate("Cutover::SnapshotKinds", "Delta");
    }
    return {};
}

} // namespace SnapshotKinds

namespace IssueSeverities {

QString key(IssueSeverity severity)
{
    switch (severity) {
    case IssueSeverity::Error:
        return QStringLiteral("error");
    case IssueSeverity::Warning:
        return QStringLiteral("warning");
    case IssueSeverity::Info:
        return QStringLiteral("info");
    }
    return {};
}

std::optional<IssueSeverity> fromKey(const QString &key)
{
    for (IssueSeverity s : { IssueSeverity::Error, IssueSeverity::Warning, IssueSeverity::Info }) {
        if (IssueSeverities::key(s) == key)
            return s;
    }
    return std::nullopt;
}

QString title(IssueSeverity severity)
{
    switch (severity) {
    case IssueSeverity::Error:
        return QCoreApplication::translate("Cutover::IssueSeverities", "Error");
    case IssueSeverity::Warning:
        return QCoreApplication::translate("Cutover::IssueSeverities", "Warning");
    case IssueSeverity::Info:
        return QCoreApplication::translate("Cutover::IssueSeverities", "Note");
    }
    return {};
}

} // namespace IssueSeverities

} // namespace Cutover
