#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Cutover::Cli {

// cutover-cli calendar --region CODE ... — business days without a project:
// a date N business days on, the business days between two dates, or a year's
// holidays, for a holiday region plus any iCalendar files given.
class CalendarCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Cli::CalendarCommand)

public:
    CalendarCommand();

protected:
    void describe(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Cutover::Cli
