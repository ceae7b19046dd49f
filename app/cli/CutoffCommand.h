#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Cutover::Cli {

// cutover-cli cutoff PROJECT [--at LOCAL [--zone IANA] [--earlier|--later] [--reason TEXT]] [--json]
class CutoffCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Cli::CutoffCommand)

public:
    CutoffCommand();

protected:
    void describe(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

// cutover-cli delta PROJECT [--snapshot N] [--rows] [--json]
class DeltaCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Cli::DeltaCommand)

public:
    DeltaCommand();

protected:
    void describe(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Cutover::Cli
