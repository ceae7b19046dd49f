#include "StepPage.h"

#include "DeadlineBanner.h"
#include "ProjectSession.h"

#include <QCheckBox>
#include <QFrame>
#include <QLabel>
#include <QMessageBox>
#include <QVBoxLayout>

namespace Cutover {

StepPage::StepPage(WizardStep step, ProjectSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_step(step)
    , m_session(session)
{
    setObjectName(Steps::key(step) + QStringLiteral("Page"));
    setTitle(Steps::title(step));

    auto *layout = new QVBoxLayout(this);

    m_banner = new DeadlineBanner(session, this);
    layout->addWidget(m_banner);
    connect(m_banner, &DeadlineBanner::reviewRequested, this, &StepPage::reviewRequested);

    auto *helpFrame = new QFrame(this);
    helpFrame->setObjectName(QStringLiteral("helpFrame"));
    helpFrame->setFrameShape(QFrame::StyledPanel);
    auto *helpLayout = new QVBoxLayout(helpFrame);
    auto *helpHeading = new QLabel(tr("<b>What this step is for</b>"), helpFrame);
    m_help = new QLabel(helpFrame);
    m_help->setObjectName(QStringLiteral("helpText"));
    m_help->setWordWrap(true);
    m_help->setTextFormat(Qt::RichText);
    m_help->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_help->setOpenExternalLinks(true);
    helpHeading->setBuddy(m_help);
    helpLayout->addWidget(helpHeading);
    helpLayout->addWidget(m_help);
    layout->addWidget(helpFrame);

    // The help keeps its natural height; the step's own tools get the rest.
    helpFrame->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *contentArea = new QWidget(this);
    contentArea->setObjectName(QStringLiteral("stepContent"));
    contentArea->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_content = new QVBoxLayout(contentArea);
    m_content->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(contentArea, 1);

    // Until a step's own checks decide it, the user says when it is finished.
    m_done = new QCheckBox(tr("I have finished this step"), this);
    m_done->setObjectName(QStringLiteral("stepDone"));
    m_done->setToolTip(tr("Marks the step as done in the side panel and in the project's audit log."));
    layout->addWidget(m_done);
    connect(m_done, &QCheckBox::toggled, this, [this](bool checked) {
        ProjectStore *store = m_session->store();
        if (!store || store->setStepState(m_step, checked ? StepState::Done : StepState::InProgress))
            return;
        const QSignalBlocker block(m_done);
        m_done->setChecked(!checked);
        QMessageBox::warning(this, tr("Not saved"),
                             tr("The step could not be marked in the project file: %1").arg(store->lastError()));
    });
    connect(m_session, &ProjectSession::projectChanged, this, &StepPage::syncDone);
    syncDone();
}

void StepPage::initializePage()
{
    // The "done" box sits below the step's own controls but was made before them:
    // Tab reaches it last on the page.
    QWidget *last = nullptr;
    for (QWidget *w = nextInFocusChain(); w != this; w = w->nextInFocusChain()) {
        if (isAncestorOf(w) && w != m_done && (w->focusPolicy() & Qt::TabFocus))
            last = w;
    }
    if (last)
        setTabOrder(last, m_done);
    syncDone();
    m_banner->refresh();
}

void StepPage::syncDone()
{
    ProjectStore *store = m_session->store();
    const QSignalBlocker block(m_done);
    m_done->setEnabled(store != nullptr);
    m_done->setChecked(store && store->stepState(m_step) == StepState::Done);
}

QString StepPage::helpText() const
{
    return m_help->text();
}

void StepPage::setHelpText(const QString &text)
{
    m_help->setText(text);
    m_help->setAccessibleDescription(text);
}

} // namespace Cutover
