#include "DemoProject.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
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

QString exportFolder()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("Harbor & Pine LLP (demo) - Bill4Time export"));
}

QStringList writeExportFiles(QString *error)
{
    const QDir target(exportFolder());
    if (!QDir().mkpath(target.path())) {
        *error = QCoreApplication::translate("Cutover::DemoProject", "The folder %1 cannot be created.")
                     .arg(QDir::toNativeSeparators(target.path()));
        return {};
    }
    QStringList written;
    const QDir source(QStringLiteral(":/demo"));
    for (const QString &name : source.entryList(QDir::Files, QDir::Name)) {
        const QString to = target.filePath(name);
        QFile::remove(to);
        if (!QFile::copy(source.filePath(name), to)) {
            *error = QCoreApplication::translate("Cutover::DemoProject", "The demo file %1 cannot be written.")
                         .arg(QDir::toNativeSeparators(to));
            return {};
        }
        QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        written << to;
    }
    return written;
}

} // namespace Cutover::DemoProject
