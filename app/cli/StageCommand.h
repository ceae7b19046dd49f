#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Cutover::Cli {

// cutover-cli stage PROJECT FILE... — loads export files into a snapshot.
class StageCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Cli::StageCommand)

public:
    StageCommand();

protected:
    void describe(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Cutover::Cli
