#include "ClioAuth.h"

#include "credentials/CredentialStore.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QOAuthOobReplyHandler>
#include <QPointer>
#include <QUrlQuery>

namespace Cutover {

namespace {

// Clio's approval page as the redirect: it shows the code for the user to paste.
class ApprovalPageReplyHandler : public QOAuthOobReplyHandler
{
public:
    ApprovalPageReplyHandler(const QUrl &approval, QObject *parent)
        : QOAuthOobReplyHandler(parent)
        , m_approval(approval)
    {
    }
    QString callback() const override { return m_approval.toString(QUrl::FullyEncoded); }

private:
    QUrl m_approval;
};

} // namespace

// The flow with the token request open to the pasted code.
class ClioAuth::Flow : public QOAuth2AuthorizationCodeFlow
{
public:
    using QOAuth2AuthorizationCodeFlow::QOAuth2AuthorizationCodeFlow;
    using QOAuth2AuthorizationCodeFlow::requestAccessToken;
};

ClioAuth::ClioAuth(CredentialStore *store, const QString &targetKey, const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_targetKey(targetKey)
    , m_base(baseUrl)
{
    QString path = m_base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_base.setPath(path);
    // The token endpoint's errors (wrong secret, used code) are read here:
    // Qt's reply handler drops them. peek() leaves the body to the handler.
    connect(&m_nam, &QNetworkAccessManager::finished, this, &ClioAuth::tokenRequestFinished);
}

ClioAuth::~ClioAuth()
{
    m_pending = nullptr;
}

QString ClioAuth::secretName(const QString &what) const
{
    return QStringLiteral("clio/%1/%2").arg(m_targetKey, what);
}

QUrl ClioAuth::approvalRedirectUrl() const
{
    QUrl url = m_base;
    url.setPath(m_base.path() + QStringLiteral("/oauth/approval"));
    return url;
}

void ClioAuth::saveClientCredentials(const QString &clientId, const QByteArray &clientSecret, Callback done)
{
    QPointer<ClioAuth> self(this);
    m_store->write(secretName(QStringLiteral("client_id")), clientId.toUtf8(),
                   [self, clientSecret, done](const CredentialStore::Result &r) {
                       if (!self)
                           return;
                       if (!r.ok()) {
                           done({ false, r.message, {} });
                           return;
                       }
                       self->m_store->write(self->secretName(QStringLiteral("client_secret")), clientSecret,
                                            [done](const CredentialStore::Result &w) {
                                                done({ w.ok(), w.message, {} });
                                            });
                   });
}

void ClioAuth::loadClient(std::function<void(const QString &error)> then)
{
    QPointer<ClioAuth> self(this);
    m_store->read(secretName(QStringLiteral("client_id")), [self, then](const CredentialStore::Result &id) {
        if (!self)
            return;
        if (!id.ok()) {
            then(id.error == CredentialStore::Error::NotFound
                     ? tr("No Clio developer application is saved for this project yet: enter its client id and "
                          "secret first.")
                     : id.message);
            return;
        }
        self->m_clientId = QString::fromUtf8(id.secret);
        self->m_store->read(self->secretName(QStringLiteral("client_secret")),
                            [self, then](const CredentialStore::Result &secret) {
                                if (!self)
                                    return;
                                if (!secret.ok()) {
                                    then(secret.error == CredentialStore::Error::NotFound
                                             ? tr("The Clio developer application's secret is not saved: enter it "
                                                  "again.")
                                             : secret.message);
                                    return;
                                }
                                self->m_clientSecret = secret.secret;
                                then({});
                            });
    });
}

void ClioAuth::prepareFlow(QAbstractOAuthReplyHandler *handler)
{
    QUrl authorize = m_base;
    authorize.setPath(m_base.path() + QStringLiteral("/oauth/authorize"));
    QUrl token = m_base;
    token.setPath(m_base.path() + QStringLiteral("/oauth/token"));

    m_flow = std::make_unique<Flow>(&m_nam);
    m_flow->setAuthorizationUrl(authorize);
    m_flow->setAccessTokenUrl(token);
    m_flow->setClientIdentifier(m_clientId);
    m_flow->setClientIdentifierSharedKey(QString::fromUtf8(m_clientSecret));
    handler->setParent(m_flow.get());
    m_flow->setReplyHandler(handler);
    m_handler = handler;
    connect(m_flow.get(), &QAbstractOAuth::authorizeWithBrowser, this, &ClioAuth::authorizeWithBrowser);
    connect(m_flow.get(), &QAbstractOAuth::granted, this, &ClioAuth::granted);
    connect(m_flow.get(), &QAbstractOAuth2::error, this,
            [this](const QString &error, const QString &description, const QUrl &) {
                fail(tr("Clio did not authorise Cutover: %1").arg(description.isEmpty() ? error : description));
            });
}

void ClioAuth::startLoopback(Callback done)
{
    m_pending = std::move(done);
    loadClient([this](const QString &error) {
        if (!error.isEmpty()) {
            fail(error);
            return;
        }
        auto *handler = new QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, nullptr);
        if (!handler->isListening()) {
            delete handler;
            fail(tr("Cutover could not listen on 127.0.0.1 for Clio's answer; use the code from Clio's approval "
                    "page instead."));
            return;
        }
        handler->setCallbackText(tr("Cutover is connected to Clio. You can close this window."));
        prepareFlow(handler);
        m_flow->grant();
    });
}

void ClioAuth::startPasteCode(Callback ready)
{
    loadClient([this, ready](const QString &error) {
        if (!error.isEmpty()) {
            ready({ false, error, {} });
            return;
        }
        prepareFlow(new ApprovalPageReplyHandler(approvalRedirectUrl(), nullptr));
        m_flow->grant();
        ready({ true, {}, {} });
    });
}

void ClioAuth::exchangeCode(const QString &code, Callback done)
{
    m_pending = std::move(done);
    const QString trimmed = code.trimmed();
    loadClient([this, trimmed](const QString &error) {
        if (!error.isEmpty()) {
            fail(error);
            return;
        }
        if (!m_flow || !qobject_cast<QOAuthOobReplyHandler *>(m_handler))
            prepareFlow(new ApprovalPageReplyHandler(approvalRedirectUrl(), nullptr));
        m_flow->requestAccessToken(trimmed);
    });
}

void ClioAuth::refresh(Callback done)
{
    m_pending = std::move(done);
    loadClient([this](const QString &error) {
        if (!error.isEmpty()) {
            fail(error);
            return;
        }
        QPointer<ClioAuth> self(this);
        m_store->read(secretName(QStringLiteral("refresh_token")), [self](const CredentialStore::Result &r) {
            if (!self)
                return;
            if (!r.ok()) {
                self->fail(r.error == CredentialStore::Error::NotFound
                               ? tr("No Clio refresh token is saved: connect to Clio again.")
                               : r.message);
                return;
            }
            self->m_previousRefreshToken = r.secret;
            self->prepareFlow(new ApprovalPageReplyHandler(self->approvalRedirectUrl(), nullptr));
            self->m_flow->setRefreshToken(QString::fromUtf8(r.secret));
            self->m_flow->refreshAccessToken();
        });
    });
}

void ClioAuth::granted()
{
    if (!m_flow)
        return;
    Tokens tokens;
    tokens.accessToken = m_flow->token().toUtf8();
    tokens.refreshToken = m_flow->refreshToken().toUtf8();
    // Clio's Manage refresh tokens are reusable: an answer without one keeps the old.
    if (tokens.refreshToken.isEmpty())
        tokens.refreshToken = m_previousRefreshToken;
    // From expires_in (Qt computes it when the answer arrives).
    tokens.expiresUtc = m_flow->expirationAt().toUTC();
    QPointer<ClioAuth> self(this);
    storeTokens(tokens, [self](const Result &r) {
        if (self)
            self->finish(r);
    });
}

void ClioAuth::storeTokens(const Tokens &tokens, Callback done)
{
    QPointer<ClioAuth> self(this);
    auto fail = [done, tokens](const CredentialStore::Result &r) {
        done({ false, r.message, tokens });
    };
    m_store->write(secretName(QStringLiteral("access_token")), tokens.accessToken,
                   [self, tokens, done, fail](const CredentialStore::Result &r) {
                       if (!self)
                           return;
                       if (!r.ok())
                           return fail(r);
                       self->m_store->write(self->secretName(QStringLiteral("refresh_token")), tokens.refreshToken,
                                            [self, tokens, done, fail](const CredentialStore::Result &w) {
                                                if (!self)
                                                    return;
                                                if (!w.ok())
                                                    return fail(w);
                                                const QByteArray expires = tokens.expiresUtc.isValid()
                                                    ? tokens.expiresUtc.toString(Qt::ISODate).toUtf8()
                                                    : QByteArray();
                                                self->m_store->write(
                                                    self->secretName(QStringLiteral("expires_at")), expires,
                                                    [tokens, done, fail](const CredentialStore::Result &e) {
                                                        if (!e.ok())
                                                            return fail(e);
                                                        done({ true, {}, tokens });
                                                    });
                                            });
                   });
}

void ClioAuth::loadTokens(Callback done)
{
    QPointer<ClioAuth> self(this);
    m_store->read(secretName(QStringLiteral("access_token")), [self, done](const CredentialStore::Result &a) {
        if (!self)
            return;
        if (!a.ok()) {
            done(
                { false,
                  a.error == CredentialStore::Error::NotFound ? tr("Cutover is not connected to Clio yet.") : a.message,
                  {} });
            return;
        }
        Tokens tokens;
        tokens.accessToken = a.secret;
        self->m_store->read(self->secretName(QStringLiteral("refresh_token")),
                            [self, done, tokens](const CredentialStore::Result &r) mutable {
                                if (!self)
                                    return;
                                if (r.ok())
                                    tokens.refreshToken = r.secret;
                                self->m_store->read(self->secretName(QStringLiteral("expires_at")),
                                                    [done, tokens](const CredentialStore::Result &e) mutable {
                                                        if (e.ok())
                                                            tokens.expiresUtc = QDateTime::fromString(
                                                                QString::fromUtf8(e.secret), Qt::ISODate);
                                                        done({ true, {}, tokens });
                                                    });
                            });
    });
}

void ClioAuth::forgetTokens(Callback done)
{
    QPointer<ClioAuth> self(this);
    auto next = std::make_shared<QStringList>(
        QStringList { QStringLiteral("access_token"), QStringLiteral("refresh_token"), QStringLiteral("expires_at") });
    auto step = std::make_shared<std::function<void()>>();
    *step = [self, next, step, done] {
        if (!self)
            return;
        if (next->isEmpty()) {
            done({ true, {}, {} });
            *step = nullptr; // breaks the cycle
            return;
        }
        const QString name = next->takeFirst();
        self->m_store->remove(self->secretName(name), [self, step, done](const CredentialStore::Result &r) {
            if (!r.ok() && r.error != CredentialStore::Error::NotFound) {
                done({ false, r.message, {} });
                return;
            }
            if (*step)
                (*step)();
        });
    };
    (*step)();
}

void ClioAuth::cancel()
{
    if (m_pending)
        fail(tr("Connecting to Clio was cancelled."));
    m_flow.reset();
    m_handler = nullptr;
}

void ClioAuth::tokenRequestFinished(QNetworkReply *reply)
{
    if (!m_flow || reply->url().adjusted(QUrl::RemoveQuery) != m_flow->accessTokenUrl())
        return;
    if (reply->error() == QNetworkReply::NoError)
        return;
    const QByteArray body = reply->peek(reply->bytesAvailable());
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QString said = o.value(QLatin1String("error_description")).toString();
    if (said.isEmpty())
        said = o.value(QLatin1String("error")).isString()
            ? o.value(QLatin1String("error")).toString()
            : o.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        fail(tr("Cutover could not reach Clio at %1: %2").arg(m_base.host(), reply->errorString()));
        return;
    }
    if (said.isEmpty())
        said = tr("HTTP %1").arg(status);
    if (o.value(QLatin1String("error")).toString() == u"invalid_grant")
        fail(tr("Clio refused the code or refresh token (%1): it may have been used already or expired; connect to "
                "Clio again.")
                 .arg(said));
    else if (o.value(QLatin1String("error")).toString() == u"invalid_client" || status == 401)
        fail(tr("Clio refused the developer application (%1): check its client id and secret, and that it was "
                "made in the same Clio region (%2).")
                 .arg(said, m_base.host()));
    else
        fail(tr("Clio refused to hand out a token: %1").arg(said));
}

void ClioAuth::finish(const Result &result)
{
    if (!m_pending)
        return;
    Callback done = std::exchange(m_pending, nullptr);
    // Listening ends with the answer.
    if (auto *server = qobject_cast<QOAuthHttpServerReplyHandler *>(m_handler))
        server->close();
    done(result);
}

void ClioAuth::fail(const QString &message)
{
    finish({ false, message, {} });
}

} // namespace Cutover
