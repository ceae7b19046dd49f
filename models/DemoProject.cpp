#include "DemoProject.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace Cutover::DemoProject {

QString path()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("Harbor & Pine LLP (demo).cutover"));
}

ProjectSettings settings()
{
    ProjectSettings s;
    s.firmName = QStringLiteral("Harbor & Pine LLP (demo)");
    s.sourceSystem = QStringLiteral("bill4time");
    s.targetSystem = QStringLiteral("clio");
    s.timeZone = QStringLiteral("America/New_York");
    s.holidayRegion = QStringLiteral("US");
    return s;
}

} // namespace Cutover::DemoProject
