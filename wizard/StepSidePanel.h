#pragma once

#include "domain/WizardStep.h"

#include <QWidget>

class QListView;

namespace Cutover {

class StepListModel;

// The wizard's side panel: every step in order with its state (not started, in
// progress, done). Activating a step (click, Enter) asks the wizard to go there.
class StepSidePanel : public QWidget
{
    Q_OBJECT

public:
    explicit StepSidePanel(StepListModel *model, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    void setCurrentStep(WizardStep step);

signals:
    void stepActivated(Cutover::WizardStep step);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(const QModelIndex &index);

    QListView *m_view;
};

} // namespace Cutover
