#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QTextStream;

namespace Cutover::Cli {

// Exit codes of cutover-cli.
enum ExitCode {
    Success = 0,
    Failure = 1, // the command ran and could not do what was asked
    UsageError = 2, // the command line was wrong
};

// One cutover-cli subcommand, in a file of its own. A command parses its own
// arguments, prints results on stdout and a one-line error on stderr.
class Command
{
public:
    Command(QString name, QString description);
    virtual ~Command();

    QString name() const { return m_name; }
    QString description() const { return m_description; }

    // `arguments` starts with the command's name, like argv.
    int run(const QStringList &arguments);

    static std::vector<std::unique_ptr<Command>> all();

protected:
    // Adds the command's options and positional arguments to `parser`.
    virtual void describe(QCommandLineParser &parser) = 0;
    virtual int execute(const QCommandLineParser &parser) = 0;

    static QTextStream &out();
    static int fail(const QString &message, int code = Failure);

private:
    QString m_name;
    QString m_description;
};

} // namespace Cutover::Cli
