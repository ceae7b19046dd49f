#include "StageCommand.h"

#include "sources/MapSuggester.h"
#include "staging/StagingJob.h"
#include "staging/StagingStore.h"
#include "store/ProjectLock.h"
#include "store/ProjectStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace Cutover::Cli {

StageCommand::StageCommand()
    : Command(QStringLiteral("stage"), tr("Load export files into a snapshot of the project, validating every row."))
{
}

void StageCommand::describe(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("files"),
                                 tr("Export files, folders of them, or a backup .zip of CSV files."),
                                 QStringLiteral("FILE..."));
    parser.addOption({ QStringLiteral("map"),
                       tr("The import map: a built-in or saved map's id, a map file (.json), or auto (default) to "
                          "recognise each file by its headers."),
                       tr("map"), QStringLiteral("auto") });
    parser.addOption(
        { QStringLiteral("snapshot"), tr("trial (default), final or delta."), tr("kind"), QStringLiteral("trial") });
    parser.addOption({ QStringLiteral("append-to"),
                       tr("Add the files to this existing snapshot (e.g. a corrected fix list)."), tr("id") });
    parser.addOption({ QStringLiteral("sheet"), tr("The workbook sheet to read."), tr("name") });
    parser.addOption(
        { QStringLiteral("encoding"), tr("The text encoding of CSV files (default: detected)."), tr("encoding") });
    parser.addOption({ QStringLiteral("json"), tr("Print the result as JSON.") });
}

int StageCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return fail(tr("stage: give a project file and at least one export file."), UsageError);
    const auto kind = SnapshotKinds::fromKey(parser.value(QStringLiteral("snapshot")));
    if (!kind)
        return fail(tr("stage: --snapshot is trial, final or delta."), UsageError);

    QString error;
    const QString projectPath = positional.at(0);
    const auto lock = ProjectLock::acquire(projectPath, &error);
    if (!lock)
        return fail(tr("stage: %1").arg(error));
    // Opening brings an older project file up to date before anything is staged.
    auto store = ProjectStore::open(projectPath, &error);
    if (!store)
        return fail(tr("stage: %1").arg(error));

    std::optional<ImportMap> map;
    const QString mapArg = parser.value(QStringLiteral("map"));
    if (mapArg != QLatin1String("auto")) {
        if (QFileInfo(mapArg).isFile()) {
            map = ImportMap::load(mapArg, &error);
            if (!map)
                return fail(tr("stage: %1").arg(error));
        } else {
            for (const ImportMap &saved : StagingStore::savedMaps(store->database())) {
                if (saved.id == mapArg)
                    map = saved;
            }
            if (!map)
                map = BuiltInMaps::find(mapArg);
            if (!map)
                return fail(tr("stage: there is no map “%1”; `cutover-cli maps` lists them.").arg(mapArg), UsageError);
        }
    }

    StagingRequest request;
    request.projectPath = store->filePath();
    request.kind = *kind;
    if (parser.isSet(QStringLiteral("append-to"))) {
        bool ok = false;
        request.appendToSnapshot = parser.value(QStringLiteral("append-to")).toLongLong(&ok);
        if (!ok || request.appendToSnapshot <= 0)
            return fail(tr("stage: --append-to takes a snapshot number."), UsageError);
    }
    for (const QString &path : positional.mid(1)) {
        StagingSource source;
        source.path = path;
        source.map = map;
        source.reader.sheet = parser.value(QStringLiteral("sheet"));
        source.reader.encoding = parser.value(QStringLiteral("encoding"));
        request.sources.append(source);
    }

    StagingJob job(request);
    const bool tty = isatty(fileno(stderr));
    if (tty) {
        QObject::connect(&job, &Job::progressChanged, [](const JobProgress &p) {
            const int percent = p.total > 0 ? int(p.done * 100 / p.total) : 0;
            const QString eta = p.etaSeconds >= 0 ? tr(", %1 s left").arg(p.etaSeconds) : QString();
            std::fprintf(stderr, "\r%s",
                         qPrintable(tr("%1: %2% · %3 rows · %4 rows/s%5   ")
                                        .arg(p.stage)
                                        .arg(percent)
                                        .arg(p.items)
                                        .arg(qint64(p.itemsPerSecond))
                                        .arg(eta)));
        });
    }
    const Job::Outcome outcome = job.run();
    if (tty)
        std::fprintf(stderr, "\n");
    if (outcome != Job::Outcome::Succeeded)
        return fail(tr("stage: %1").arg(outcome == Job::Outcome::Cancelled ? tr("cancelled") : job.errorString()));

    const StagingResult result = job.result();
    const auto counts = StagingStore::entityCounts(store->database(), result.snapshotId);
    const IssueCounts issues = StagingStore::issueCounts(store->database(), result.snapshotId);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject entities;
        for (auto it = counts.begin(); it != counts.end(); ++it)
            entities.insert(Entities::key(it.key()), it.value());
        QJsonArray files;
        for (const StagedFile &f : result.files) {
            files.append(QJsonObject { { QStringLiteral("path"), f.path },
                                       { QStringLiteral("sheet"), f.sheet },
                                       { QStringLiteral("entity"), Entities::key(f.entity) },
                                       { QStringLiteral("map"), f.mapName },
                                       { QStringLiteral("rowsRead"), f.rowsRead },
                                       { QStringLiteral("rowsStaged"), f.rowsStaged },
                                       { QStringLiteral("rowsRejected"), f.rowsRejected } });
        }
        const QJsonObject json {
            { QStringLiteral("snapshot"), result.snapshotId },
            { QStringLiteral("kind"), SnapshotKinds::key(*kind) },
            { QStringLiteral("files"), files },
            { QStringLiteral("entities"), entities },
            { QStringLiteral("rejected"), result.rejected },
            { QStringLiteral("issues"),
              QJsonObject { { QStringLiteral("errors"), issues.errors },
                            { QStringLiteral("warnings"), issues.warnings },
                            { QStringLiteral("notes"), issues.infos } } },
        };
        out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return Success;
    }
    out() << job.summary() << '\n';
    for (const StagedFile &f : result.files) {
        out() << tr("  %1%2: %3 via “%4”, %5 staged, %6 rejected\n")
                     .arg(f.path, f.sheet.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(f.sheet),
                          Entities::title(f.entity), f.mapName)
                     .arg(f.rowsStaged)
                     .arg(f.rowsRejected);
    }
    out() << tr("In snapshot %1:").arg(result.snapshotId) << '\n';
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it.value() > 0)
            out() << QStringLiteral("  %1 %2\n").arg(Entities::title(it.key()).leftJustified(24)).arg(it.value());
    }
    out() << tr("Issues: %1 errors, %2 warnings, %3 notes").arg(issues.errors).arg(issues.warnings).arg(issues.infos)
          << '\n';
    return Success;
}

} // namespace Cutover::Cli
