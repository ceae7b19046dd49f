#pragma once

#include "Command.h"

namespace Cutover::Cli {

// cutover-cli info PROJECT [--json]
class InfoCommand : public Command
{
public:
    InfoCommand();

protected:
    void describe(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Cutover::Cli
