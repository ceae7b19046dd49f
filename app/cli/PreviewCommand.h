#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Cutover::Cli {

// cutover-cli preview FILE — the cells exactly as the reader parsed them.
class PreviewCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Cli::PreviewCommand)

public:
    PreviewCommand();

protected:
    void describe(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Cutover::Cli
