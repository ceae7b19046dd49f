#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Cutover::Cli {

// cutover-cli issues PROJECT — the problems found in the newest snapshot.
class IssuesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Cli::IssuesCommand)

public:
    IssuesCommand();

protected:
    void describe(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Cutover::Cli
