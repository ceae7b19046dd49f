#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Cutover::Cli {

// cutover-cli step PROJECT STEP STATE — marks a step not started, in progress or
// done, as the wizard's "I have finished this step" does.
class StepCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Cli::StepCommand)

public:
    StepCommand();

protected:
    void describe(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Cutover::Cli
