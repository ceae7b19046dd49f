#pragma once

#include "domain/WizardStep.h"

#include <QAbstractListModel>
#include <QPointer>

namespace Cutover {

class ProjectSession;

// Every wizard step with its state in the open project, one row per step in
// wizard order. The side panel draws it; the CLI reads the same states from the
// store.
class StepListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        StepRole = Qt::UserRole + 1, // int(WizardStep)
        StateRole, // int(StepState)
        IsCurrentRole, // bool: the step the project was last at
    };

    explicit StepListModel(ProjectSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    StepState state(WizardStep step) const;

private:
    void attach();

    QPointer<ProjectSession> m_session;
    // The states as last read or signalled: painting the panel reads no file.
    QList<StepState> m_states;
};

} // namespace Cutover
