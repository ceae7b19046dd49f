#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Cutover {

// The wizard's steps in the order a migration walks them. The numeric values are
// the QWizard page ids and are never stored: the project file keeps the key().
enum class WizardStep {
    Project = 0,
    CloseOut,
    Cutoff,
    Export,
    Placeholder,
    Import,
    Review,
};

enum class StepState {
    NotStarted,
    InProgress,
    Done,
};

namespace Steps {

QList<WizardStep> all();
int count();

// Stable, untranslated identifiers used in the project file, the CLI and JSON.
QString key(WizardStep step);
std::optional<WizardStep> fromKey(const QString &key);
QString stateKey(StepState state);
std::optional<StepState> stateFromKey(const QString &key);

// Translated, user-facing names.
QString title(WizardStep step);
QString stateTitle(StepState state);

} // namespace Steps

} // namespace Cutover
