#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Cutover::Cli {

// cutover-cli maps — the built-in import maps and the columns they read.
class MapsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Cli::MapsCommand)

public:
    MapsCommand();

protected:
    void describe(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Cutover::Cli
