#include "NewCommand.h"

#include "domain/Catalogs.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace Cutover::Cli {

namespace {

QString keys(const QList<CatalogEntry> &entries)
{
    QStringList list;
    for (const CatalogEntry &e : entries)
        list << e.key;
    return list.join(QLatin1String(", "));
}

} // namespace

NewCommand::NewCommand()
    : Command(QStringLiteral("new"), tr("Create a migration project file."))
{
}

void NewCommand::describe(QCommandLineParser &parser)
{
    const ProjectSettings defaults = ProjectSettings::defaultsForThisMachine();
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file to create (Firm name.cutover)."));
    parser.addOption({ QStringLiteral("firm"), tr("The firm's name."), tr("name") });
    parser.addOption(
        { QStringLiteral("source"),
          tr("The system the firm leaves: %1. Default: %2.").arg(keys(SourceSystems::all()), defaults.sourceSystem),
          tr("system"), defaults.sourceSystem });
    parser.addOption(
        { QStringLiteral("target"),
          tr("The system the firm moves to: %1. Default: %2.").arg(keys(TargetSystems::all()), defaults.targetSystem),
          tr("system"), defaults.targetSystem });
    parser.addOption({ QStringLiteral("zone"),
                       tr("The firm's IANA time zone. Default: this machine's (%1).").arg(defaults.timeZone),
                       tr("zone"), defaults.timeZone });
    parser.addOption({ QStringLiteral("region"),
                       tr("Holiday region for business days: %1. Default: %2.")
                           .arg(keys(HolidayRegions::all()), defaults.holidayRegion),
                       tr("code"), defaults.holidayRegion });
}

int NewCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(tr("new: give exactly one project file, e.g. cutover-cli new \"Harbor & Pine.cutover\" --firm "
                       "\"Harbor & Pine LLP\"."),
                    UsageError);
    if (!parser.isSet(QStringLiteral("firm")))
        return fail(tr("new: --firm NAME is required."), UsageError);

    ProjectSettings settings;
    settings.firmName = parser.value(QStringLiteral("firm"));
    settings.sourceSystem = parser.value(QStringLiteral("source"));
    settings.targetSystem = parser.value(QStringLiteral("target"));
    settings.timeZone = parser.value(QStringLiteral("zone"));
    settings.holidayRegion = parser.value(QStringLiteral("region")).toUpper();
    if (const QStringList problems = settings.problems(); !problems.isEmpty())
        return fail(tr("new: %1").arg(problems.join(QLatin1Char(' '))), UsageError);

    QString error;
    auto store = ProjectStore::create(positional.constFirst(), settings, &error);
    if (!store)
        return fail(tr("new: %1").arg(error));
    out() << tr("Created %1 for %2.").arg(QDir::toNativeSeparators(store->filePath()), store->settings().firmName)
          << Qt::endl;
    return Success;
}

} // namespace Cutover::Cli
