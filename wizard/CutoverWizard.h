#pragma once

#include "domain/WizardStep.h"

#include <QWizard>

namespace Cutover {

class ProjectPage;
class ProjectSession;
class StepListModel;
class StepSidePanel;

// The Cutover wizard: the Project page and the six steps, page ids equal to
// WizardStep values, with a side panel of every step and its state. The step the
// user is on is saved in the project, so reopening it resumes there.
class CutoverWizard : public QWizard
{
    Q_OBJECT

public:
    explicit CutoverWizard(ProjectSession *session, QWidget *parent = nullptr);

    WizardStep currentStep() const { return static_cast<WizardStep>(currentId()); }
    StepSidePanel *sidePanel() const { return m_sidePanel; }
    ProjectPage *projectPage() const { return m_projectPage; }

    // Shows `step`, keeping Back meaningful: the history becomes every step before it.
    void goToStep(WizardStep step);

private:
    void onCurrentIdChanged(int id);
    void resumeProject();
    void updateWindowTitle();

    ProjectSession *m_session;
    StepListModel *m_steps;
    StepSidePanel *m_sidePanel;
    ProjectPage *m_projectPage;
    bool m_walking = false;
};

} // namespace Cutover
