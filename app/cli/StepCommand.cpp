#include "StepCommand.h"

#include "store/ProjectLock.h"
#include "store/ProjectStore.h"

#include <QTextStream>

namespace Cutover::Cli {

namespace {

QString stepKeys()
{
    QStringList keys;
    for (WizardStep step : Steps::all())
        keys << Steps::key(step);
    return keys.join(QLatin1String(", "));
}

QString stateKeys()
{
    return QStringList { Steps::stateKey(StepState::NotStarted), Steps::stateKey(StepState::InProgress),
                         Steps::stateKey(StepState::Done) }
        .join(QLatin1String(", "));
}

} // namespace

StepCommand::StepCommand()
    : Command(QStringLiteral("step"), tr("Mark a step not started, in progress or done."))
{
}

void StepCommand::describe(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("step"), tr("One of: %1.").arg(stepKeys()));
    parser.addPositionalArgument(QStringLiteral("state"), tr("One of: %1.").arg(stateKeys()));
}

int StepCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return fail(tr("step: give the project, the step and its state, e.g. cutover-cli step x.cutover closeout "
                       "done."),
                    UsageError);
    const auto step = Steps::fromKey(positional.at(1));
    if (!step)
        return fail(tr("step: “%1” is not a step; use one of %2.").arg(positional.at(1), stepKeys()), UsageError);
    const auto state = Steps::stateFromKey(positional.at(2));
    if (!state)
        return fail(tr("step: “%1” is not a state; use one of %2.").arg(positional.at(2), stateKeys()), UsageError);

    QString error;
    // The same rule as the wizard's: one program changes a project at a time.
    const auto lock = ProjectLock::acquire(positional.at(0), &error);
    if (!lock)
        return fail(tr("step: %1").arg(error));
    auto store = ProjectStore::open(positional.at(0), &error);
    if (!store)
        return fail(tr("step: %1").arg(error));
    if (!store->setStepState(*step, *state))
        return fail(tr("step: %1").arg(store->lastError()));
    out() << tr("%1: %2").arg(Steps::title(*step), Steps::stateTitle(*state)) << Qt::endl;
    return Success;
}

} // namespace Cutover::Cli
