#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Cutover::Cli {

// cutover-cli closeout PROJECT — what is still open in the old system, per
// client, as the newest snapshot (or a given one) shows it.
class CloseOutCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Cli::CloseOutCommand)

public:
    CloseOutCommand();

protected:
    void describe(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Cutover::Cli
