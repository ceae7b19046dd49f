#pragma once

#include "domain/WizardStep.h"

#include <QHash>
#include <QPointer>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace Cutover {

class DeadlineBanner;
class ProjectSession;

// Base of the six step pages: title, subtitle and a help text saying what the
// step is for, above the area where the step's own tools go.
class StepPage : public QWizardPage
{
    Q_OBJECT

public:
    StepPage(WizardStep step, ProjectSession *session, QWidget *parent = nullptr);

    WizardStep step() const { return m_step; }
    QString helpText() const;
    // Whether the help text is shown (folded away by the user, kept open in presenter mode).
    bool isHelpExpanded() const;
    QToolButton *helpToggle() const { return m_helpToggle; }
    QCheckBox *doneCheckBox() const { return m_done; }
    // The review window, above the help on every page once something is imported.
    DeadlineBanner *deadlineBanner() const { return m_banner; }

    void initializePage() override;

signals:
    // The deadline banner's "Review now" was pressed.
    void reviewRequested();

protected:
    void setHelpText(const QString &text);
    // Where a page adds its own widgets, below the help text.
    QVBoxLayout *contentLayout() const { return m_content; }
    // Keeps what the user types in `edit` in the project file as they type
    // (under `key`, in the step's data), and puts it back when the page is
    // shown with the field empty: a closed window or a crash loses nothing typed
    // before the step's own button records it. `clearDraft` once it is recorded.
    void keepDraft(QLineEdit *edit, const QString &key);
    void clearDraft(const QString &key);
    ProjectSession *session() const { return m_session; }

private:
    void syncDone();
    void syncHelp();
    void restoreDrafts();
    void saveDrafts();

    WizardStep m_step;
    ProjectSession *m_session;
    DeadlineBanner *m_banner = nullptr;
    QLabel *m_help = nullptr;
    QToolButton *m_helpToggle = nullptr;
    QLabel *m_helpHeading = nullptr;
    QHash<QString, QPointer<QLineEdit>> m_drafts;
    QTimer *m_draftTimer = nullptr;
    QVBoxLayout *m_content = nullptr;
    QCheckBox *m_done = nullptr;
};

} // namespace Cutover
