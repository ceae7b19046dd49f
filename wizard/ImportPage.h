#pragma once

#include "StepPage.h"
#include "importing/ImportEngine.h"

#include <QElapsedTimer>
#include <QPointer>

class QGroupBox;
class QLabel;
class QTabWidget;
class QPushButton;
class QTableView;

namespace Cutover {

class ImportProgressModel;
class JobProgressPanel;
class LedgerFailureModel;
class TargetConnectionBox;
class UserMappingModel;

// Import: pushes the data into the new system. Starts only once the close-out
// is complete (checklist and approvals) or overridden with a reason.
//
// Choose the target (a Clio region, a custom address for the sandbox or a
// rehearsal, or a CSV import package), connect (sign in with Clio, or paste an
// access token kept in the keychain), test the connection, map the users, dry
// run, then import with progress per kind of record; failures can be retried
// and the import rolled back while the review window is open. Everything that
// touches the project file or the network runs in models/ jobs.
class ImportPage : public StepPage
{
    Q_OBJECT

public:
    explicit ImportPage(ProjectSession *session, QWidget *parent = nullptr);
    ~ImportPage() override;

    void initializePage() override;
    // Whether the close-out lets the import start.
    bool importAllowed() const { return m_allowed; }
    // Where the import goes, as chosen on the page.
    TargetChoice targetChoice() const;
    bool isRunning() const;

signals:
    // "Go to Close out" was pressed.
    void closeOutRequested();

private:
    enum class RunKind { None, DryRun, Import, Retry, Rollback };

    void refreshGate();
    void onTargetChanged();
    void updateButtons();
    void showMessage(const QString &text);

    ConnectorFactory connectorFactory() const;

    // Users.
    void loadUsers();
    void saveUsers();
    void showMissingUsers();

    // Runs.
    void start(RunKind kind);
    void togglePause();
    void cancelRun();
    void rollBack();
    void onRunFinished(RunKind kind);
    void refreshLedger(bool bringFailuresForward = false);

    bool m_allowed = false;
    QLabel *m_gate = nullptr;
    QPushButton *m_goToCloseOut = nullptr;

    TargetConnectionBox *m_targetBox = nullptr;
    QTabWidget *m_tabs = nullptr;

    QGroupBox *m_usersBox = nullptr;
    QTableView *m_usersView = nullptr;
    QLabel *m_missing = nullptr;
    QPushButton *m_suggest = nullptr;

    QPushButton *m_dryRun = nullptr;
    QLabel *m_dryResult = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_cancel = nullptr;
    QTableView *m_progressView = nullptr;
    JobProgressPanel *m_panel = nullptr;
    QTableView *m_failuresView = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_rollback = nullptr;
    QLabel *m_message = nullptr;

    ImportProgressModel *m_progress = nullptr;
    UserMappingModel *m_users = nullptr;
    LedgerFailureModel *m_failures = nullptr;

    QPointer<Job> m_job;
    RunKind m_running = RunKind::None;
    QElapsedTimer m_clock;
};

} // namespace Cutover
