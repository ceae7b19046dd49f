#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Cutover::Cli {

// Exit code of `review` when the target does not reconcile with the source
// (the same number as SomeRecordsFailed: the command ran, the data is not right).
constexpr int Differences = 3;

// cutover-cli review PROJECT [--base-url URL --token-env VAR | --package DIR] [--offline] [--json]
//     [--report FILE.pdf] [--csv FILE] [--corrections FILE] [--sample N [--seed S]]
// Reads the target back (unless --offline), reconciles it with the source to
// the cent, draws a spot-check sample, writes the report files asked for.
class ReviewCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Cli::ReviewCommand)

public:
    ReviewCommand();

    // Whether these arguments (argv, the command's name first) write a PDF,
    // which needs a QApplication (main() makes one only then).
    static bool needsGui(const QStringList &arguments);

protected:
    void describe(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Cutover::Cli
