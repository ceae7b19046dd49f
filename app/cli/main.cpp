#include "ApplicationSetup.h"
#include "Command.h"
#include "ReviewCommand.h"
#include "Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

void printUsage(const std::vector<std::unique_ptr<Cutover::Cli::Command>> &commands, FILE *stream)
{
    QTextStream out(stream);
    out << QCoreApplication::translate("Cutover::Cli",
                                       "Usage: cutover-cli [--lang CODE] COMMAND [options]\n\n"
                                       "Cutover's engine without the wizard: anything the wizard does to a project "
                                       "can be done from here.\n\nCommands:\n");
    for (const auto &c : commands)
        out << "  " << c->name().leftJustified(10) << c->description() << '\n';
    out << '\n'
        << QCoreApplication::translate("Cutover::Cli", "Run cutover-cli COMMAND --help for a command's options.")
        << '\n';
}

// The command's arguments as main() will pass them (--lang taken out).
QStringList commandArguments(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == QLatin1String("--lang") && i + 1 < argc)
            ++i;
        else if (!a.startsWith(QLatin1String("--lang=")))
            args << a;
    }
    return args;
}

// Only the review's PDF (Qt Charts draws through the graphics view) needs a
// QApplication; every other command stays a console program. With no display
// set up, it draws offscreen.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    if (Cutover::Cli::ReviewCommand::needsGui(commandArguments(argc, argv))) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication &app = *application;
    Cutover::configureApplication(app);

    QStringList args = app.arguments();
    QString languageProblem;
    if (!Cutover::Translations::install(&app, Cutover::Translations::languageFromArguments(args), &languageProblem))
        std::fprintf(stderr, "cutover-cli: %s\n", qPrintable(languageProblem));
    // --lang applies to every command; take it out before the command parses its own options.
    for (qsizetype i = 1; i < args.size();) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            args.remove(i, 2);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            args.remove(i);
        else
            ++i;
    }

    const auto commands = Cutover::Cli::Command::all();
    if (args.size() < 2) {
        printUsage(commands, stderr);
        return Cutover::Cli::UsageError;
    }
    const QString name = args.at(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        printUsage(commands, stdout);
        return Cutover::Cli::Success;
    }
    if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
        std::printf("cutover-cli %s\n", qPrintable(QCoreApplication::applicationVersion()));
        return Cutover::Cli::Success;
    }
    for (const auto &c : commands) {
        if (c->name() == name)
            return c->run(args.mid(1));
    }
    std::fprintf(stderr, "cutover-cli: %s\n",
                 qPrintable(QCoreApplication::translate("Cutover::Cli",
                                                        "“%1” is not a command. Run cutover-cli --help for the list.")
                                .arg(name)));
    return Cutover::Cli::UsageError;
}
