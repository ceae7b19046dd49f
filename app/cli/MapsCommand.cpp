#include "MapsCommand.h"

#include "sources/MapSuggester.h"
#include "staging/StagingStore.h"
#include "store/ProjectLock.h"
#include "store/ProjectStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Cutover::Cli {

MapsCommand::MapsCommand()
    : Command(QStringLiteral("maps"), tr("List import maps: the built-in ones and those saved in a project."))
{
}

void MapsCommand::describe(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("project"), tr("Also list the maps saved in this project."), tr("file") });
    parser.addOption({ QStringLiteral("show"), tr("Print one map as JSON (to save it as a file)."), tr("id") });
    parser.addOption(
        { QStringLiteral("import"), tr("Save a map file into the project given with --project."), tr("file") });
    parser.addOption({ QStringLiteral("json"), tr("Print JSON.") });
}

int MapsCommand::execute(const QCommandLineParser &parser)
{
    QString error;
    QList<ImportMap> maps = BuiltInMaps::all();
    QList<ImportMap> saved;
    std::unique_ptr<ProjectLock> lock;
    std::unique_ptr<ProjectStore> store;
    if (parser.isSet(QStringLiteral("project"))) {
        const QString path = parser.value(QStringLiteral("project"));
        if (parser.isSet(QStringLiteral("import"))) {
            lock = ProjectLock::acquire(path, &error);
            if (!lock)
                return fail(tr("maps: %1").arg(error));
            store = ProjectStore::open(path, &error);
        } else {
            store = ProjectStore::open(path, &error, ProjectStore::OpenMode::ReadOnly);
        }
        if (!store)
            return fail(tr("maps: %1").arg(error));
        saved = StagingStore::savedMaps(store->database());
    } else if (parser.isSet(QStringLiteral("import"))) {
        return fail(tr("maps: --import needs --project."), UsageError);
    }

    if (parser.isSet(QStringLiteral("import"))) {
        const auto map = ImportMap::load(parser.value(QStringLiteral("import")), &error);
        if (!map)
            return fail(tr("maps: %1").arg(error));
        if (!StagingStore::saveMap(store->database(), *map, &error))
            return fail(tr("maps: %1").arg(error));
        store->appendAudit(QStringLiteral("map.imported"), { { QStringLiteral("id"), map->id } });
        out() << tr("Saved the map “%1” (%2) in the project.").arg(map->name, map->id) << '\n';
        return Success;
    }

    if (parser.isSet(QStringLiteral("show"))) {
        const QString id = parser.value(QStringLiteral("show"));
        for (const ImportMap &m : saved + maps) {
            if (m.id == id) {
                out() << QString::fromUtf8(QJsonDocument(m.toJson()).toJson(QJsonDocument::Indented));
                return Success;
            }
        }
        return fail(tr("maps: there is no map “%1”.").arg(id));
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ImportMap &m : saved) {
            QJsonObject o = m.toJson();
            o.insert(QStringLiteral("origin"), QStringLiteral("project"));
            array.append(o);
        }
        for (const ImportMap &m : maps) {
            QJsonObject o = m.toJson();
            o.insert(QStringLiteral("origin"), QStringLiteral("built-in"));
            array.append(o);
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    auto print = [](const ImportMap &m) {
        out() << QStringLiteral("%1  %2 — %3\n").arg(m.id.leftJustified(28), m.name, Entities::title(m.entity));
    };
    if (!saved.isEmpty()) {
        out() << tr("Saved in the project:") << '\n';
        for (const ImportMap &m : saved)
            print(m);
        out() << '\n';
    }
    out() << tr("Built in:") << '\n';
    for (const ImportMap &m : maps)
        print(m);
    return Success;
}

} // namespace Cutover::Cli
