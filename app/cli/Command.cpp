#include "Command.h"

#include "CalendarCommand.h"
#include "ClientsCommand.h"
#include "CloseOutCommand.h"
#include "CutoffCommand.h"
#include "ImportCommand.h"
#include "InfoCommand.h"
#include "IssuesCommand.h"
#include "MapsCommand.h"
#include "NewCommand.h"
#include "PlaceholderCommand.h"
#include "PreviewCommand.h"
#include "ReviewCommand.h"
#include "StageCommand.h"
#include "StepCommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace Cutover::Cli {

Command::Command(QString name, QString description)
    : m_name(std::move(name))
    , m_description(std::move(description))
{
}

Command::~Command() = default;

std::vector<std::unique_ptr<Command>> Command::all()
{
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(std::make_unique<NewCommand>());
    list.push_back(std::make_unique<InfoCommand>());
    list.push_back(std::make_unique<StepCommand>());
    list.push_back(std::make_unique<PreviewCommand>());
    list.push_back(std::make_unique<MapsCommand>());
    list.push_back(std::make_unique<StageCommand>());
    list.push_back(std::make_unique<IssuesCommand>());
    list.push_back(std::make_unique<ClientsCommand>());
    // closeout command
    list.push_back(std::make_unique<CloseOutCommand>());
    // calendar command
    list.push_back(std::make_unique<CalendarCommand>());
    // cutoff and delta commands
    list.push_back(std::make_unique<CutoffCommand>());
    list.push_back(std::make_unique<DeltaCommand>());
    // placeholder command (the interim period)
    list.push_back(std::make_unique<PlaceholderCommand>());
    // import, users, ledger and rollback commands
    list.push_back(std::make_unique<ImportCommand>());
    list.push_back(std::make_unique<UsersCommand>());
    list.push_back(std::make_unique<LedgerCommand>());
    list.push_back(std::make_unique<RollbackCommand>());
    // review command
    list.push_back(std::make_unique<ReviewCommand>());
    return list;
}

QTextStream &Command::out()
{
    static QTextStream stream(stdout);
    return stream;
}

int Command::fail(const QString &message, int code)
{
    // One line, so scripts can show it as is.
    QString line = message.simplified();
    std::fprintf(stderr, "cutover-cli: %s\n", qPrintable(line));
    return code;
}

int Command::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(m_description);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
                                  QCoreApplication::translate("Cutover::Cli", "Show this help."));
    parser.addOption(help);
    describe(parser);
    if (!parser.parse(arguments))
        return fail(parser.errorText(), UsageError);
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // The parser's first line names the program; name the subcommand too.
        const QString program = QCoreApplication::applicationFilePath().section(QLatin1Char('/'), -1);
        const qsizetype at = text.indexOf(program);
        if (at >= 0 && at < text.indexOf(QLatin1Char('\n')))
            text.replace(at, program.size(), QLatin1String("cutover-cli ") + m_name);
        out() << text;
        out().flush();
        return Success;
    }
    const int code = execute(parser);
    out().flush();
    return code;
}

} // namespace Cutover::Cli
