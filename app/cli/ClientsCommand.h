#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Cutover::Cli {

// cutover-cli clients PROJECT — which clients move (selective migration).
class ClientsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Cli::ClientsCommand)

public:
    ClientsCommand();

protected:
    void describe(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Cutover::Cli
