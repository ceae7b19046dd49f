#include "ClientsCommand.h"

#include "staging/StagingStore.h"
#include "store/ProjectLock.h"
#include "store/ProjectStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>

namespace Cutover::Cli {

ClientsCommand::ClientsCommand()
    : Command(QStringLiteral("clients"),
              tr("List the clients of the newest snapshot and choose which move; a client left out takes its "
                 "matters, entries and notes with it."))
{
}

void ClientsCommand::describe(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    parser.addOption(
        { QStringLiteral("exclude"), tr("Leave this client (by client number) out; repeat for more."), tr("number") });
    parser.addOption({ QStringLiteral("include"), tr("Move this client again; repeat for more."), tr("number") });
    parser.addOption({ QStringLiteral("json"), tr("Print JSON.") });
}

int ClientsCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(tr("clients: give exactly one project file."), UsageError);
    const QStringList exclude = parser.values(QStringLiteral("exclude"));
    const QStringList include = parser.values(QStringLiteral("include"));
    const bool changing = !exclude.isEmpty() || !include.isEmpty();
    QString error;
    std::unique_ptr<ProjectLock> lock;
    if (changing) {
        lock = ProjectLock::acquire(positional.constFirst(), &error);
        if (!lock)
            return fail(tr("clients: %1").arg(error));
    }
    auto store = ProjectStore::open(positional.constFirst(), &error,
                                    changing ? ProjectStore::OpenMode::ReadWrite : ProjectStore::OpenMode::ReadOnly);
    if (!store)
        return fail(tr("clients: %1").arg(error));
    QSqlDatabase db = store->database();
    const auto snapshot = StagingStore::latestSnapshot(db);
    if (!snapshot)
        return fail(tr("clients: nothing has been loaded into this project yet."));
    QList<ClientChoice> list = StagingStore::clients(db, snapshot->id);
    QSet<QString> known;
    for (const ClientChoice &c : list)
        known.insert(c.key);
    for (const QString &key : exclude + include) {
        if (!known.contains(key))
            return fail(tr("clients: there is no client “%1” in snapshot %2.").arg(key).arg(snapshot->id), UsageError);
    }
    for (const auto &[keys, included] : { std::pair { exclude, false }, std::pair { include, true } }) {
        if (keys.isEmpty())
            continue;
        if (!StagingStore::setClientsIncluded(db, keys, included, &error))
            return fail(tr("clients: %1").arg(error));
        store->appendAudit(included ? QStringLiteral("clients.included") : QStringLiteral("clients.excluded"),
                           { { QStringLiteral("clients"), QJsonArray::fromStringList(keys) } });
    }
    if (changing)
        list = StagingStore::clients(db, snapshot->id);

    const auto moving = StagingStore::entityCounts(db, snapshot->id, true);
    const auto all = StagingStore::entityCounts(db, snapshot->id);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ClientChoice &c : list) {
            array.append(QJsonObject { { QStringLiteral("key"), c.key },
                                       { QStringLiteral("name"), c.name },
                                       { QStringLiteral("matters"), c.matters },
                                       { QStringLiteral("included"), c.included } });
        }
        QJsonObject counts;
        for (auto it = moving.begin(); it != moving.end(); ++it)
            counts.insert(Entities::key(it.key()), it.value());
        out() << QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("snapshot"), snapshot->id },
                                                               { QStringLiteral("clients"), array },
                                                               { QStringLiteral("moving"), counts } })
                                       .toJson(QJsonDocument::Indented));
        return Success;
    }
    int included = 0;
    for (const ClientChoice &c : list) {
        included += c.included ? 1 : 0;
        out() << QStringLiteral("%1 %2 %3\n")
                     .arg(c.included ? QStringLiteral("[x]") : QStringLiteral("[ ]"), c.key.leftJustified(12), c.name);
    }
    out() << tr("%1 of %2 clients move, with %3 of %4 matters and %5 of %6 time entries.")
                 .arg(included)
                 .arg(list.size())
                 .arg(moving.value(Entity::Matter))
                 .arg(all.value(Entity::Matter))
                 .arg(moving.value(Entity::TimeEntry))
                 .arg(all.value(Entity::TimeEntry))
          << '\n';
    return Success;
}

} // namespace Cutover::Cli
