#include "StepPage.h"

#include "DeadlineBanner.h"
#include "PresenterMode.h"
#include "ProjectSession.h"

#include <QCheckBox>
#include <QFrame>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Cutover {

namespace {
const char *const kHelpCollapsedKey = "view/helpCollapsed";
}

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
    // The help can be folded away once read (remembered on this machine); presenter
    // mode keeps it open so the people watching can read along.
    m_helpToggle = new QToolButton(helpFrame);
    m_helpToggle->setObjectName(QStringLiteral("helpToggle"));
    m_helpToggle->setText(tr("What this step is for"));
    m_helpToggle->setCheckable(true);
    m_helpToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_helpToggle->setAutoRaise(true);
    QFont headingFont = m_helpToggle->font();
    headingFont.setBold(true);
    m_helpToggle->setFont(headingFont);
    m_helpToggle->setAccessibleName(tr("Show what this step is for"));
    m_help = new QLabel(helpFrame);
    m_help->setObjectName(QStringLiteral("helpText"));
    m_help->setWordWrap(true);
    m_help->setTextFormat(Qt::RichText);
    m_help->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_help->setOpenExternalLinks(true);
    m_helpHeading = new QLabel(QStringLiteral("<b>%1</b>").arg(m_helpToggle->text().toHtmlEscaped()), helpFrame);
    m_helpHeading->setObjectName(QStringLiteral("helpHeading"));
    m_helpHeading->setBuddy(m_help);
    helpLayout->addWidget(m_helpToggle, 0, Qt::AlignLeft);
    helpLayout->addWidget(m_helpHeading);
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

    connect(m_helpToggle, &QToolButton::toggled, this, [this](bool expanded) {
        // The button is hidden in presenter mode: only the user's own folding comes here.
        QSettings().setValue(QLatin1String(kHelpCollapsedKey), !expanded);
        syncHelp();
    });
    connect(PresenterMode::instance(), &PresenterMode::enabledChanged, this, &StepPage::syncHelp);
    syncHelp();
}

void StepPage::keepDraft(QLineEdit *edit, const QString &key)
{
    m_drafts.insert(key, edit);
    if (!m_draftTimer) {
        m_draftTimer = new QTimer(this);
        m_draftTimer->setSingleShot(true);
        m_draftTimer->setInterval(400); // one write per pause in typing
        connect(m_draftTimer, &QTimer::timeout, this, &StepPage::saveDrafts);
    }
    connect(edit, &QLineEdit::textEdited, m_draftTimer, qOverload<>(&QTimer::start));
    connect(edit, &QLineEdit::editingFinished, this, &StepPage::saveDrafts);
}

void StepPage::saveDrafts()
{
    m_draftTimer->stop();
    ProjectStore *store = m_session->store();
    if (!store || store->isReadOnly())
        return;
    QJsonObject stepData = store->stepData(m_step);
    QJsonObject drafts = stepData.value(QLatin1String("drafts")).toObject();
    const QJsonObject before = drafts;
    for (auto it = m_drafts.cbegin(); it != m_drafts.cend(); ++it) {
        if (!it.value())
            continue;
        if (it.value()->text().isEmpty())
            drafts.remove(it.key());
        else
            drafts.insert(it.key(), it.value()->text());
    }
    if (drafts == before)
        return;
    stepData.insert(QLatin1String("drafts"), drafts);
    store->setStepData(m_step, stepData);
}

void StepPage::clearDraft(const QString &key)
{
    ProjectStore *store = m_session->store();
    if (!store || store->isReadOnly())
        return;
    QJsonObject stepData = store->stepData(m_step);
    QJsonObject drafts = stepData.value(QLatin1String("drafts")).toObject();
    if (!drafts.contains(key))
        return;
    drafts.remove(key);
    stepData.insert(QLatin1String("drafts"), drafts);
    store->setStepData(m_step, stepData);
}

void StepPage::restoreDrafts()
{
    ProjectStore *store = m_session->store();
    if (!store || m_drafts.isEmpty())
        return;
    const QJsonObject drafts = store->stepData(m_step).value(QLatin1String("drafts")).toObject();
    for (auto it = m_drafts.cbegin(); it != m_drafts.cend(); ++it) {
        const QString text = drafts.value(it.key()).toString();
        if (it.value() && it.value()->text().isEmpty() && !text.isEmpty())
            it.value()->setText(text);
    }
}

bool StepPage::isHelpExpanded() const
{
    return m_help->isVisibleTo(m_help->parentWidget());
}

void StepPage::syncHelp()
{
    const bool presenting = PresenterMode::instance()->isEnabled();
    const bool expanded = presenting || !QSettings().value(QLatin1String(kHelpCollapsedKey), false).toBool();
    {
        const QSignalBlocker block(m_helpToggle);
        m_helpToggle->setChecked(expanded);
    }
    // Presenting, the help is always open: a heading, not a button that does nothing.
    m_helpToggle->setVisible(!presenting);
    m_helpHeading->setVisible(presenting);
    m_helpToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_helpToggle->setToolTip(expanded ? tr("Fold the help away.") : tr("Show what this step is for."));
    m_help->setVisible(expanded);
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
    restoreDrafts();
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
