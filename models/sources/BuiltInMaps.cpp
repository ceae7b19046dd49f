#include "MapSuggester.h"

#include <QDir>
#include <QSet>
#include <QtDebug>

namespace Cutover::BuiltInMaps {

// Loaded once from the resources compiled in by models/CMakeLists.txt. A map
// that does not load is left out with a warning; TestImportMap makes sure none
// does.
QList<ImportMap> all()
{
    static const QList<ImportMap> maps = [] {
        QList<ImportMap> list;
        QSet<QString> ids;
        const QDir dir(QStringLiteral(":/maps"));
        const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            QString error;
            std::optional<ImportMap> map = ImportMap::load(dir.filePath(file), &error);
            if (!map) {
                qWarning("Built-in import map %s left out: %s", qUtf8Printable(file), qUtf8Printable(error));
                continue;
            }
            if (ids.contains(map->id)) {
                qWarning("Built-in import map %s left out: its id %s is taken", qUtf8Printable(file),
                         qUtf8Printable(map->id));
                continue;
            }
            ids.insert(map->id);
            list.append(std::move(*map));
        }
        return list;
    }();
    return maps;
}

std::optional<ImportMap> find(const QString &id)
{
    for (const ImportMap &map : all()) {
        if (map.id == id)
            return map;
    }
    return std::nullopt;
}

} // namespace Cutover::BuiltInMaps
