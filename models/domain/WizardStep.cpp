#include "WizardStep.h"

#include <QCoreApplication>

namespace Cutover::Steps {

namespace {

struct StepInfo
{
    WizardStep step;
    const char *key;
    const char *title;
};

// Titles are marked here and translated where they are shown, so the CLI and the
// wizard use one wording.
constexpr StepInfo kSteps[] = {
    { WizardStep::Project, "project", QT_TRANSLATE_NOOP("Cutover::Steps", "Project") },
    { WizardStep::CloseOut, "closeout", QT_TRANSLATE_NOOP("Cutover::Steps", "Close out") },
    { WizardStep::Cutoff, "cutoff", QT_TRANSLATE_NOOP("Cutover::Steps", "Cutoff") },
    { WizardStep::Export, "export", QT_TRANSLATE_NOOP("Cutover::Steps", "Export") },
    { WizardStep::Placeholder, "placeholder", QT_TRANSLATE_NOOP("Cutover::Steps", "Placeholder") },
    { WizardStep::Import, "import", QT_TRANSLATE_NOOP("Cutover::Steps", "Import") },
    { WizardStep::Review, "review", QT_TRANSLATE_NOOP("Cutover::Steps", "Review") },
};

struct StateInfo
{
    StepState state;
    const char *key;
    const char *title;
};

constexpr StateInfo kStates[] = {
    { StepState::NotStarted, "not_started", QT_TRANSLATE_NOOP("Cutover::Steps", "Not started") },
    { StepState::InProgress, "in_progress", QT_TRANSLATE_NOOP("Cutover::Steps", "In progress") },
    { StepState::Done, "done", QT_TRANSLATE_NOOP("Cutover::Steps", "Done") },
};

const StepInfo &info(WizardStep step)
{
    return kSteps[static_cast<int>(step)];
}

} // namespace

QList<WizardStep> all()
{
    QList<WizardStep> steps;
    for (const auto &s : kSteps)
        steps.append(s.step);
    return steps;
}

int count()
{
    return static_cast<int>(std::size(kSteps));
}

QString key(WizardStep step)
{
    return QString::fromLatin1(info(step).key);
}

std::optional<WizardStep> fromKey(const QString &key)
{
    for (const auto &s : kSteps) {
        if (key == QLatin1String(s.key))
            return s.step;
    }
    return std::nullopt;
}

QString stateKey(StepState state)
{
    return QString::fromLatin1(kStates[static_cast<int>(state)].key);
}

std::optional<StepState> stateFromKey(const QString &key)
{
    for (const auto &s : kStates) {
        if (key == QLatin1String(s.key))
            return s.state;
    }
    return std::nullopt;
}

QString title(WizardStep step)
{
    return QCoreApplication::translate("Cutover::Steps", info(step).title);
}

QString stateTitle(StepState state)
{
    return QCoreApplication::translate("Cutover::Steps", kStates[static_cast<int>(state)].title);
}

} // namespace Cutover::Steps
