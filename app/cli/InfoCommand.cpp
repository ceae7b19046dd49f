#include "InfoCommand.h"

#include "domain/Catalogs.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Cutover::Cli {

namespace {

QJsonObject toJson(const ProjectStore &store)
{
    const ProjectSettings &s = store.settings();
    QJsonArray steps;
    for (WizardStep step : Steps::all()) {
        steps.append(QJsonObject { { QStringLiteral("step"), Steps::key(step) },
                                   { QStringLiteral("state"), Steps::stateKey(store.stepState(step)) } });
    }
    return {
        { QStringLiteral("file"), store.filePath() },
        { QStringLiteral("id"), s.id.toString(QUuid::WithoutBraces) },
        { QStringLiteral("firmName"), s.firmName },
        { QStringLiteral("sourceSystem"), s.sourceSystem },
        { QStringLiteral("targetSystem"), s.targetSystem },
        { QStringLiteral("timeZone"), s.timeZone },
        { QStringLiteral("holidayRegion"), s.holidayRegion },
        { QStringLiteral("createdUtc"), s.createdUtc.toString(Qt::ISODateWithMs) },
        { QStringLiteral("createdBy"), s.createdBy },
        { QStringLiteral("schemaVersion"), store.schemaVersion() },
        { QStringLiteral("currentStep"), Steps::key(store.currentStep()) },
        { QStringLiteral("steps"), steps },
    };
}

} // namespace

InfoCommand::InfoCommand()
    : Command(QStringLiteral("info"), tr("Show a project's settings and the state of each step."))
{
}

void InfoCommand::describe(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    parser.addOption({ QStringLiteral("json"), tr("Print JSON instead of text.") });
}

int InfoCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(tr("info: give exactly one project file."), UsageError);
    QString error;
    // Reading changes nothing: no upgrade, no audit entry, no -wal left behind.
    auto store = ProjectStore::open(positional.constFirst(), &error, ProjectStore::OpenMode::ReadOnly);
    if (!store)
        return fail(tr("info: %1").arg(error));

    if (parser.isSet(QStringLiteral("json"))) {
        out() << QString::fromUtf8(QJsonDocument(toJson(*store)).toJson(QJsonDocument::Indented));
        return Success;
    }

    const ProjectSettings &s = store->settings();
    const QString createdText = s.createdUtc.toString(Qt::ISODate);
    QList<std::pair<QString, QString>> rows = {
        { tr("Firm"), s.firmName },
        { tr("File"), QDir::toNativeSeparators(store->filePath()) },
        { tr("Project id"), s.id.toString(QUuid::WithoutBraces) },
        { tr("Moving from"), QStringLiteral("%1 (%2)").arg(SourceSystems::title(s.sourceSystem), s.sourceSystem) },
        { tr("Moving to"), QStringLiteral("%1 (%2)").arg(TargetSystems::title(s.targetSystem), s.targetSystem) },
        { tr("Time zone"), s.timeZone },
        { tr("Holidays"), QStringLiteral("%1 (%2)").arg(HolidayRegions::title(s.holidayRegion), s.holidayRegion) },
        { tr("Created"), tr("%1 by %2").arg(createdText, s.createdBy) },
        { tr("Schema version"), QString::number(store->schemaVersion()) },
        { tr("Current step"), Steps::title(store->currentStep()) },
    };
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    for (const auto &row : rows)
        out() << (row.first + QLatin1Char(':')).leftJustified(width + 2) << row.second << '\n';
    out() << tr("Steps:") << '\n';
    for (WizardStep step : Steps::all())
        out() << QStringLiteral("  %1 %2\n")
                     .arg(Steps::title(step).leftJustified(14), Steps::stateTitle(store->stepState(step)));
    return Success;
}

} // namespace Cutover::Cli
