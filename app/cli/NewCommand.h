#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Cutover::Cli {

// cutover-cli new PROJECT --firm NAME [--source S] [--target T] [--zone IANA] [--region CODE]
class NewCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Cli::NewCommand)

public:
    NewCommand();

protected:
    void describe(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Cutover::Cli
