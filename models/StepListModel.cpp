#include "StepListModel.h"

#include "ProjectSession.h"

namespace Cutover {

StepListModel::StepListModel(ProjectSession *session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
{
    connect(session, &ProjectSession::projectChanged, this, [this] {
        beginResetModel();
        attach();
        endResetModel();
    });
    attach();
}

void StepListModel::attach()
{
    ProjectStore *store = m_session ? m_session->store() : nullptr;
    m_states.fill(StepState::NotStarted, Steps::count());
    if (!store)
        return;
    for (WizardStep step : Steps::all())
        m_states[static_cast<int>(step)] = store->stepState(step);
    connect(store, &ProjectStore::stepStateChanged, this, [this](WizardStep step, StepState state) {
        m_states[static_cast<int>(step)] = state;
        const QModelIndex i = index(static_cast<int>(step));
        emit dataChanged(i, i);
    });
    // Both the step left and the step entered change their IsCurrentRole.
    connect(store, &ProjectStore::currentStepChanged, this, [this](WizardStep) {
        emit dataChanged(index(0), index(rowCount() - 1), { IsCurrentRole, Qt::ToolTipRole });
    });
}

int StepListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Steps::count();
}

StepState StepListModel::state(WizardStep step) const
{
    return m_states.value(static_cast<int>(step), StepState::NotStarted);
}

QVariant StepListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto step = static_cast<WizardStep>(index.row());
    ProjectStore *store = m_session ? m_session->store() : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        return Steps::title(step);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return tr("Step %1 of %2: %3 — %4")
            .arg(index.row())
            .arg(Steps::count() - 1)
            .arg(Steps::title(step), Steps::stateTitle(state(step)));
    case StepRole:
        return static_cast<int>(step);
    case StateRole:
        return static_cast<int>(state(step));
    case IsCurrentRole:
        return store ? store->currentStep() == step : step == WizardStep::Project;
    default:
        return {};
    }
}

QHash<int, QByteArray> StepListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(StepRole, "step");
    names.insert(StateRole, "state");
    names.insert(IsCurrentRole, "isCurrent");
    return names;
}

} // namespace Cutover
