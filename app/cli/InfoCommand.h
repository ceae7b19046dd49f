#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Cutover::Cli {

// cutover-cli info PROJECT [--json]
class InfoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Cli::InfoCommand)

public:
    InfoCommand();

protected:
    void describe(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Cutover::Cli
