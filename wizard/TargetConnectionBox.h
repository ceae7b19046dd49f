#pragma once

#include "importing/ImportEngine.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Cutover {

class ClioAuth;
class CredentialStore;
class ProjectSession;

// Where the data goes and the connection to it, shared by the Placeholder and
// Import pages: the target (a Clio region, a custom address for the sandbox or
// a rehearsal, or a CSV import package with its folder), signing in (with Clio
// in the browser, with a pasted code, or with a pasted access token), the token
// refreshed when due, "Test connection" and the target's users read after it.
//
// Secrets live only in the keychain, under the project's id and the target's
// key, so signing in on one page signs in the other too; the access token is
// held in memory for the connectors of the page's jobs.
class TargetConnectionBox : public QWidget
{
    Q_OBJECT

public:
    explicit TargetConnectionBox(ProjectSession *session, QWidget *parent = nullptr);
    ~TargetConnectionBox() override;

    TargetChoice targetChoice() const;
    // A factory of connectors to the connected target (Clio only; empty otherwise).
    ConnectorFactory connectorFactory() const;
    bool isConnected() const { return m_connected; }
    // The target's users read after the last successful connection test.
    const QList<IncomingRecord> &targetUsers() const { return m_targetUsers; }
    // While the page runs a job the target cannot change and nobody signs in.
    void setBusy(bool busy);

public slots:
    // Reads the target's token from the keychain and tries it: the connection
    // label says how it went; connected() follows once the users are read.
    void testConnection();

signals:
    // The target (or the project) changed: any connection is gone.
    void targetChanged(const Cutover::TargetChoice &target);
    // The custom address or the package folder is being edited.
    void inputsEdited();
    // The connection test succeeded and the target's users were read (empty
    // when they could not be; the connection label then says why).
    void connected(const QByteArray &accessToken, const QList<Cutover::IncomingRecord> &targetUsers);

private:
    void onTargetChanged();
    void resetConnection();
    void updateButtons();
    void signInWithClio();
    void signInWithCode();
    void useCode();
    void saveToken();
    // Refreshes the access token when Clio said it expires within the hour.
    void refreshIfDue(std::function<void()> then);
    // Reads this target's token from the keychain, then `then(token)` (empty when none).
    void withToken(std::function<void(const QByteArray &)> then);

    ProjectSession *m_session;
    bool m_busy = false;

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
    QLineEdit *m_code = nullptr;
    QPushButton *m_useCode = nullptr;
    QLineEdit *m_token = nullptr;
    QPushButton *m_saveToken = nullptr;
    QLabel *m_tokenState = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_connection = nullptr;

    CredentialStore *m_credentials = nullptr;
    ClioAuth *m_auth = nullptr;
    std::unique_ptr<TargetConnector> m_probe; // the connector of "Test connection"
    QByteArray m_accessToken; // in memory only, for the connectors of the page's jobs
    bool m_connected = false;
    QList<IncomingRecord> m_targetUsers;
};

} // namespace Cutover
