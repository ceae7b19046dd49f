#pragma once

#include <QDateTime>
#include <QStringList>
#include <QUuid>

namespace Cutover {

// What a migration project is about. Kept in the project file's `project` row;
// never holds a secret.
struct ProjectSettings
{
    QUuid id;
    QString firmName;
    QString sourceSystem = QStringLiteral("generic");
    QString targetSystem = QStringLiteral("clio");
    QString timeZone; // IANA id, e.g. America/New_York
    QString holidayRegion = QStringLiteral("US");
    QDateTime createdUtc;
    QString createdBy;

    // Settings for a new project on this machine: the system time zone and a
    // holiday region guessed from it.
    static ProjectSettings defaultsForThisMachine();

    // One sentence per problem, naming the field; empty when the settings can be saved.
    QStringList problems() const;

    bool operator==(const ProjectSettings &) const = default;
};

} // namespace Cutover
