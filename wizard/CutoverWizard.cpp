#include "CutoverWizard.h"

#include "CloseOutPage.h"
#include "CutoffPage.h"
#include "ExportPage.h"
#include "ImportPage.h"
#include "PlaceholderPage.h"
#include "ProjectPage.h"
#include "ProjectSession.h"
#include "ReviewPage.h"
#include "StepListModel.h"
#include "StepSidePanel.h"

#include <QAbstractButton>
#include <QIcon>
#include <QListView>
#include <QMessageBox>

namespace Cutover {

CutoverWizard::CutoverWizard(ProjectSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_steps(new StepListModel(session, this))
    , m_sidePanel(new StepSidePanel(m_steps, this))
    , m_projectPage(new ProjectPage(session, this))
{
    setObjectName(QStringLiteral("cutoverWizard"));
    setWizardStyle(QWizard::ModernStyle);
    // Pages keep what the user typed when going back; their real state is in the project file.
    setOption(QWizard::IndependentPages, true);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setButtonText(QWizard::CancelButton, tr("&Close"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setMinimumSize(900, 620);
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/icons/cutover.svg")).pixmap(48, 48));

    setPage(static_cast<int>(WizardStep::Project), m_projectPage);
    setPage(static_cast<int>(WizardStep::CloseOut), new CloseOutPage(session, this));
    setPage(static_cast<int>(WizardStep::Cutoff), new CutoffPage(session, this));
    setPage(static_cast<int>(WizardStep::Export), new ExportPage(session, this));
    setPage(static_cast<int>(WizardStep::Placeholder), new PlaceholderPage(session, this));
    auto *importPage = new ImportPage(session, this);
    setPage(static_cast<int>(WizardStep::Import), importPage);
    setPage(static_cast<int>(WizardStep::Review), new ReviewPage(session, this));
    setStartId(static_cast<int>(WizardStep::Project));
    setSideWidget(m_sidePanel);

    connect(this, &QWizard::currentIdChanged, this, &CutoverWizard::onCurrentIdChanged);
    connect(m_sidePanel, &StepSidePanel::stepActivated, this, &CutoverWizard::goToStep);
    connect(m_projectPage, &ProjectPage::projectOpened, this, &CutoverWizard::resumeProject);
    connect(importPage, &ImportPage::closeOutRequested, this, [this] { goToStep(WizardStep::CloseOut); });
    for (int id : pageIds()) {
        if (auto *stepPage = qobject_cast<StepPage *>(page(id)))
            connect(stepPage, &StepPage::reviewRequested, this, [this] { goToStep(WizardStep::Review); });
    }
    connect(m_session, &ProjectSession::projectChanged, this, &CutoverWizard::updateWindowTitle);
    updateWindowTitle();

    if (m_session->isOpen()) {
        // QWizard shows its start page when it is first shown; resume after that.
        restart();
        resumeProject();
    }
}

void CutoverWizard::resumeProject()
{
    if (ProjectStore *store = m_session->store())
        goToStep(store->currentStep());
}

void CutoverWizard::goToStep(WizardStep step)
{
    const int target = static_cast<int>(step);
    if (!m_session->isOpen() && step != WizardStep::Project) {
        m_sidePanel->setCurrentStep(currentStep());
        return;
    }
    if (currentId() < 0)
        restart();
    m_walking = true;
    // Walk rather than jump so the history holds every earlier step and Back
    // goes to the step before, as it would had the user clicked Next each time.
    while (currentId() > target && visitedIds().size() > 1)
        back();
    while (currentId() < target) {
        // A step that is not complete is not walked past, as Next would not be.
        if (!currentPage()->isComplete())
            break;
        const int before = currentId();
        next();
        if (currentId() == before)
            break; // the page refused to be left (validatePage); stay on it
    }
    m_walking = false;
    onCurrentIdChanged(currentId());
}

void CutoverWizard::onCurrentIdChanged(int id)
{
    if (id < 0 || m_walking)
        return;
    const auto step = static_cast<WizardStep>(id);
    m_sidePanel->setCurrentStep(step);
    // Only a step the user settles on is saved as the place to resume; the Project
    // page is where every session starts, so it never overrides that.
    ProjectStore *store = m_session->store();
    if (store && step != WizardStep::Project && !store->setCurrentStep(step)) {
        QMessageBox::warning(this, tr("Not saved"),
                             tr("Cutover could not record in the project file that you are on this step, so it may "
                                "reopen on an earlier one: %1")
                                 .arg(store->lastError()));
    }
}

void CutoverWizard::updateWindowTitle()
{
    if (ProjectStore *store = m_session->store())
        setWindowTitle(tr("%1 — Cutover").arg(store->settings().firmName));
    else
        setWindowTitle(tr("Cutover"));
}

} // namespace Cutover
