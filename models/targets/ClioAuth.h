#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QOAuth2AuthorizationCodeFlow;
class QAbstractOAuthReplyHandler;
class QNetworkReply;

namespace Cutover {

class CredentialStore;

// Connecting to Clio with OAuth 2.0 (authorization code), through Qt Network
// Authorization, with the firm's own developer application: its client id and
// secret, and the tokens Clio hands out, live only in the keychain
// (CredentialStore), under "clio/<target key>/<name>": client_id,
// client_secret, access_token, refresh_token, expires_at.
//
// Two ways to get the code: a loopback redirect to 127.0.0.1 (the browser
// comes back to a port this object listens on), or Clio's approval page
// (<host>/oauth/approval) that shows the code for the user to paste in
// (exchangeCode). Tokens are refreshed with the refresh token. Nothing secret is
// logged, shown or written anywhere else.
class ClioAuth : public QObject
{
    Q_OBJECT

public:
    struct Tokens
    {
        QByteArray accessToken;
        QByteArray refreshToken;
        QDateTime expiresUtc; // invalid when Clio did not say
    };
    struct Result
    {
        bool ok = false;
        QString message; // translated, when not ok
        Tokens tokens;
    };
    using Callback = std::function<void(const Result &)>;

    // `targetKey` as TargetChoice::key(); `baseUrl` the region host or the sandbox.
    ClioAuth(CredentialStore *store, const QString &targetKey, const QUrl &baseUrl, QObject *parent = nullptr);
    ~ClioAuth() override;

    // The keychain name of one of this target's secrets: "clio/<target key>/<what>".
    QString secretName(const QString &what) const;
    // Where Clio shows the code to paste: <host>/oauth/approval.
    QUrl approvalRedirectUrl() const;

    // Keeps the firm's developer application's id and secret in the keychain.
    void saveClientCredentials(const QString &clientId, const QByteArray &clientSecret, Callback done);

    // Loopback: listens on 127.0.0.1 (a free port), emits authorizeWithBrowser
    // with Clio's authorize page, and once the browser comes back exchanges the
    // code and stores the tokens. `done` runs once.
    void startLoopback(Callback done);
    // Paste-the-code: emits authorizeWithBrowser with the authorize page that
    // ends on Clio's approval page; then call exchangeCode with what it shows.
    void startPasteCode(Callback ready);
    // Posts the pasted code to /oauth/token and stores the tokens.
    void exchangeCode(const QString &code, Callback done);
    // A new access token from the stored refresh token (kept when Clio sends none).
    void refresh(Callback done);
    // The stored tokens (refreshToken/expiresUtc may be empty).
    void loadTokens(Callback done);
    // Removes the stored tokens (not the client credentials).
    void forgetTokens(Callback done);
    // Stops listening; a pending operation ends with a message.
    void cancel();

signals:
    // Open this in the user's browser (the page does: models has no GUI).
    void authorizeWithBrowser(const QUrl &url);

private:
    class Flow;
    void loadClient(std::function<void(const QString &error)> then);
    void prepareFlow(QAbstractOAuthReplyHandler *handler);
    void granted();
    void tokenRequestFinished(QNetworkReply *reply);
    void finish(const Result &result);
    void fail(const QString &message);
    void storeTokens(const Tokens &tokens, Callback done);

    CredentialStore *m_store;
    QString m_targetKey;
    QUrl m_base;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Flow> m_flow;
    QAbstractOAuthReplyHandler *m_handler = nullptr; // owned by the flow's object tree
    QString m_clientId;
    QByteArray m_clientSecret;
    QByteArray m_previousRefreshToken;
    Callback m_pending;
};

} // namespace Cutover
