#pragma once

#include "StepPage.h"
#include "importing/ImportEngine.h"

#include <QElapsedTimer>
#include <QPointer>

#include <memory>

class QComboBox;
class QGroupBox;
class QLabel;
class QTabWidget;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Cutover {

class ClioAuth;
class CredentialStore;
class ImportProgressModel;
class JobProgressPanel;
class LedgerFailureModel;
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

    // Connection.
    void resetConnection();
    void signInWithCode();
    void useCode();
    // Refreshes the access token when Clio said it expires within the hour.
    void refreshIfDue(std::function<void()> then);
    void signInWithClio();
    void saveToken();
    void testConnection();
    // Reads this target's token from the keychain, then `then(token)` (empty when none).
    void withToken(std::function<void(const QByteArray &)> then);
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

    QComboBox *m_target = nullptr;
    QLabel *m_customLabel = nullptr;
    QLineEdit *m_customUrl = nullptr;
    QLabel *m_folderLabel = nullptr;
    QLineEdit *m_outDir = nullptr;
    QPushButton *m_browse = nullptr;

    QGroupBox *m_connectionBox = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_signInWithCode = nullptr;
    QWidget *m_codeRow = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_code = nullptr;
    QPushButton *m_useCode = nullptr;
    QLineEdit *m_token = nullptr;
    QPushButton *m_saveToken = nullptr;
    QLabel *m_tokenState = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_connection = nullptr;

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

    CredentialStore *m_credentials = nullptr;
    ClioAuth *m_auth = nullptr;
    std::unique_ptr<TargetConnector> m_probe; // the connector of "Test connection"
    QByteArray m_accessToken; // in memory only, for the connectors of the running job
    bool m_connected = false;
    QList<IncomingRecord> m_targetUsers;

    QPointer<Job> m_job;
    RunKind m_running = RunKind::None;
    QElapsedTimer m_clock;
};

} // namespace Cutover
