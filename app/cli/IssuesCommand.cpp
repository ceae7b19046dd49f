#include "IssuesCommand.h"

#include "sources/CsvWriter.h"
#include "staging/StagingStore.h"
#include "store/ProjectStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Cutover::Cli {

IssuesCommand::IssuesCommand()
    : Command(QStringLiteral("issues"), tr("List the problems found when the export files were loaded."))
{
}

void IssuesCommand::describe(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    parser.addOption({ QStringLiteral("snapshot"), tr("The snapshot (default: the newest)."), tr("id") });
    parser.addOption({ QStringLiteral("severity"), tr("Only error, warning or info."), tr("severity") });
    parser.addOption({ QStringLiteral("json"), tr("Print JSON.") });
    parser.addOption({ QStringLiteral("csv"), tr("Print CSV.") });
    parser.addOption({ QStringLiteral("fix-list"),
                       tr("Also write the rejected rows, one CSV per file, into this folder, to correct and load "
                          "again."),
                       tr("folder") });
}

int IssuesCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(tr("issues: give exactly one project file."), UsageError);
    QString error;
    auto store = ProjectStore::open(positional.constFirst(), &error, ProjectStore::OpenMode::ReadOnly);
    if (!store)
        return fail(tr("issues: %1").arg(error));
    QSqlDatabase db = store->database();

    std::optional<SnapshotInfo> snapshot;
    if (parser.isSet(QStringLiteral("snapshot"))) {
        snapshot = StagingStore::snapshot(db, parser.value(QStringLiteral("snapshot")).toLongLong());
        if (!snapshot || !snapshot->complete)
            return fail(tr("issues: there is no snapshot %1.").arg(parser.value(QStringLiteral("snapshot"))));
    } else {
        snapshot = StagingStore::latestSnapshot(db);
        if (!snapshot)
            return fail(tr("issues: nothing has been loaded into this project yet."));
    }
    IssueFilter filter;
    if (parser.isSet(QStringLiteral("severity"))) {
        filter.severity = IssueSeverities::fromKey(parser.value(QStringLiteral("severity")));
        if (!filter.severity)
            return fail(tr("issues: --severity is error, warning or info."), UsageError);
    }

    if (parser.isSet(QStringLiteral("fix-list"))) {
        const QStringList written =
            StagingStore::writeFixLists(db, snapshot->id, parser.value(QStringLiteral("fix-list")), &error);
        if (!error.isEmpty())
            return fail(tr("issues: %1").arg(error));
        for (const QString &path : written)
            std::fprintf(stderr, "%s\n", qPrintable(tr("Fix list written: %1").arg(path)));
    }

    const QList<StagingIssue> list = StagingStore::issues(db, snapshot->id, filter);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const StagingIssue &i : list) {
            array.append(QJsonObject { { QStringLiteral("file"), i.file },
                                       { QStringLiteral("sheet"), i.sheet },
                                       { QStringLiteral("entity"), i.entity },
                                       { QStringLiteral("row"), i.row },
                                       { QStringLiteral("column"), i.column },
                                       { QStringLiteral("columnName"), i.columnName },
                                       { QStringLiteral("severity"), IssueSeverities::key(i.severity) },
                                       { QStringLiteral("code"), i.code },
                                       { QStringLiteral("message"), i.message },
                                       { QStringLiteral("rawValue"), i.rawValue } });
        }
        out() << QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("snapshot"), snapshot->id },
                                                               { QStringLiteral("issues"), array } })
                                       .toJson(QJsonDocument::Indented));
    } else if (parser.isSet(QStringLiteral("csv"))) {
        out() << QStringLiteral("file,sheet,row,column,column_name,severity,code,message,raw_value\r\n");
        for (const StagingIssue &i : list) {
            QStringList cells { i.file,
                                i.sheet,
                                QString::number(i.row),
                                QString::number(i.column),
                                i.columnName,
                                IssueSeverities::key(i.severity),
                                i.code,
                                i.message,
                                i.rawValue };
            for (QString &c : cells)
                c = CsvWriter::escape(c);
            out() << cells.join(QLatin1Char(',')) << QStringLiteral("\r\n");
        }
    } else {
        for (const StagingIssue &i : list) {
            SourceLocation where { i.file, i.sheet, i.row, i.column };
            out() << QStringLiteral("%1 [%2] %3: %4\n")
                         .arg(IssueSeverities::title(i.severity), i.code, where.toString(), i.message);
        }
        const IssueCounts c = StagingStore::issueCounts(db, snapshot->id);
        out() << tr("Snapshot %1: %2 errors, %3 warnings, %4 notes")
                     .arg(snapshot->id)
                     .arg(c.errors)
                     .arg(c.warnings)
                     .arg(c.infos)
              << '\n';
    }
    return Success;
}

} // namespace Cutover::Cli
