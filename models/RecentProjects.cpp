#include "RecentProjects.h"

#include <QFileInfo>
#include <QSettings>

namespace Cutover {

namespace {
const QString kKey = QStringLiteral("recentProjects");
}

QStringList RecentProjects::list() const
{
    QStringList out;
    const QStringList stored = QSettings().value(kKey).toStringList();
    for (const QString &path : stored) {
        if (QFileInfo(path).isFile())
            out.append(path);
    }
    return out;
}

void RecentProjects::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QSettings settings;
    QStringList stored = settings.value(kKey).toStringList();
    stored.removeAll(absolute);
    stored.prepend(absolute);
    while (stored.size() > kMaxEntries)
        stored.removeLast();
    settings.setValue(kKey, stored);
}

void RecentProjects::remove(const QString &path)
{
    QSettings settings;
    QStringList stored = settings.value(kKey).toStringList();
    stored.removeAll(QFileInfo(path).absoluteFilePath());
    settings.setValue(kKey, stored);
}

void RecentProjects::clear()
{
    QSettings().remove(kKey);
}

} // namespace Cutover
