#include "SandboxServer.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

namespace Sandbox {

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QStringLiteral("TRACE");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

ApiReply jsonError(int status, const QString &type, const QString &message)
{
    ApiReply r;
    r.status = status;
    r.headers.append(Header { "Content-Type", "application/json; charset=utf-8" });
    r.body = QJsonDocument(QJsonObject { { QStringLiteral("error"),
                                           QJsonObject { { QStringLiteral("type"), type },
                                                         { QStringLiteral("message"), message } } } })
                 .toJson(QJsonDocument::Compact);
    return r;
}

using Status = QHttpServerResponder::StatusCode;

void writeReply(QHttpServerResponder &responder, const ApiReply &reply)
{
    responder.writeStatusLine(static_cast<Status>(reply.status));
    for (const auto &header : reply.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
}

// --drop-rate: the status line, the headers with the full Content-Length and
// part of the body, then the connection closes. The client sees a broken answer
// (never a complete 2xx), while the write has happened. A body-less answer (204)
// is announced as a 200 with a body that never comes, so the client cannot take
// the close for a complete answer either.
void writeDropped(QHttpServerResponder &responder, QTcpSocket *socket, const ApiReply &reply)
{
    const bool hasBody = !reply.body.isEmpty();
    responder.writeStatusLine(hasBody ? static_cast<Status>(reply.status) : Status::Ok);
    for (const auto &header : reply.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeHeader("Content-Length", QByteArray::number(hasBody ? reply.body.size() : 64));
    responder.writeBody(reply.body.left(reply.body.size() / 2));
    socket->flush();
    socket->disconnectFromHost();
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(std::move(options))
    , m_api(m_store, m_options)
    , m_dice(m_options.seed ? *m_options.seed : QRandomGenerator::system()->generate())
{
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(QString *error)
{
    m_dataFile = m_options.dataFile;
    if (m_dataFile.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        if (!m_tempDir->isValid()) {
            *error = QStringLiteral("cannot create a temporary directory: %1").arg(m_tempDir->errorString());
            return false;
        }
        m_dataFile = m_tempDir->filePath(QStringLiteral("sandbox.sqlite"));
    }
    if (!m_store.open(m_dataFile, error))
        return false;
    if (!m_api.loadUsers(error))
        return false;
    m_port = listen(QHostAddress::LocalHost, m_options.port);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(m_options.port);
        return false;
    }
    return true;
}

bool SandboxServer::roll(double probability)
{
    return probability > 0.0 && m_dice.generateDouble() < probability;
}

ApiReply SandboxServer::injectedFailure()
{
    static const int statuses[] = { 500, 502, 503 };
    const int status = statuses[m_dice.bounded(3)];
    if (status == 502) {
        // What a proxy in front of Clio answers: HTML, not the error envelope.
        ApiReply r;
        r.status = 502;
        r.headers.append(Header { "Content-Type", "text/html" });
        r.body = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>";
        return r;
    }
    return jsonError(status,
                     status == 500 ? QStringLiteral("InternalServerError") : QStringLiteral("ServiceUnavailable"),
                     QStringLiteral("injected by --fail-rate: nothing was done"));
}

ApiReply SandboxServer::rateLimited(const QString &token, QList<QPair<QByteArray, QByteArray>> *headers)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Window &w = m_windows[token];
    const qint64 windowMs = qint64(m_options.rateWindowSeconds) * 1000;
    if (w.count == 0 || now >= w.startMs + windowMs) {
        w.startMs = now;
        w.count = 0;
    }
    const qint64 resetMs = w.startMs + windowMs;
    const bool over = w.count >= m_options.rateLimit;
    if (!over)
        ++w.count;
    headers->append(Header { "X-RateLimit-Limit", QByteArray::number(m_options.rateLimit) });
    headers->append(Header { "X-RateLimit-Remaining", QByteArray::number(m_options.rateLimit - w.count) });
    headers->append(Header { "X-RateLimit-Reset", QByteArray::number((resetMs + 999) / 1000) });
    if (!over)
        return ApiReply { 0, {}, {}, false };
    const qint64 retryAfter = std::max<qint64>(1, (resetMs - now + 999) / 1000);
    ApiReply r = jsonError(429, QStringLiteral("RateLimited"),
                           QStringLiteral("more than %1 requests in %2 seconds; retry in %3 s")
                               .arg(m_options.rateLimit)
                               .arg(m_options.rateWindowSeconds)
                               .arg(retryAfter));
    r.headers.append(Header { "Retry-After", QByteArray::number(retryAfter) });
    return r;
}

ApiReply SandboxServer::apiReply(const ApiRequest &request, QString *fault)
{
    const QByteArray authorization = request.headers.value("authorization");
    if (authorization != "Bearer " + m_options.token.toUtf8()) {
        ApiReply r;
        r.status = 401;
        r.headers.append(Header { "Content-Type", "application/json; charset=utf-8" });
        r.headers.append(Header { "WWW-Authenticate", "Bearer" });
        r.body =
            QJsonDocument(QJsonObject { { QStringLiteral("error"), QStringLiteral("invalid_token") },
                                        { QStringLiteral("error_description"),
                                          authorization.isEmpty()
                                              ? QStringLiteral("no Authorization: Bearer header was sent")
                                              : QStringLiteral("the access token is expired, revoked, malformed or "
                                                               "invalid for other reasons") } })
                .toJson(QJsonDocument::Compact);
        return r;
    }
    const QByteArray version = request.headers.value("x-api-version");
    static const QRegularExpression versionPattern(QStringLiteral("^4\\.0\\.\\d+$"));
    if (!version.isEmpty() && !versionPattern.match(QString::fromLatin1(version)).hasMatch())
        return jsonError(
            410, QStringLiteral("Gone"),
            QStringLiteral("X-API-VERSION %1 is not a valid API version (4.0.x)").arg(QString::fromLatin1(version)));

    QList<QPair<QByteArray, QByteArray>> limitHeaders;
    ApiReply reply;
    if (m_options.rateLimit > 0) {
        reply = rateLimited(m_options.token, &limitHeaders);
        if (reply.status == 429) {
            reply.headers += limitHeaders;
            return reply;
        }
    }
    if (roll(m_options.failRate)) {
        *fault = QStringLiteral("fail");
        reply = injectedFailure();
    } else {
        reply = m_api.api(request);
        if (reply.status >= 200 && reply.status < 300)
            reply.headers.append(Header { "X-API-VERSION", version.isEmpty() ? QByteArray("4.0.9") : version });
    }
    reply.headers += limitHeaders;
    return reply;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const qint64 atMs = QDateTime::currentMSecsSinceEpoch();
    ApiRequest req;
    req.method = methodName(request.method());
    req.path = request.url().path();
    req.query = request.query().queryItems(QUrl::FullyDecoded);
    for (const auto &header : request.headers())
        req.headers.insert(header.first.toLower(), header.second);
    req.body = request.body();
    const QByteArray host = req.headers.value("host");
    req.origin = QStringLiteral("http://")
        + (host.isEmpty() ? QStringLiteral("127.0.0.1:%1").arg(m_port) : QString::fromLatin1(host));

    QString fault;
    ApiReply reply;
    if (req.path.startsWith(QStringLiteral("/api/v4/"))) {
        reply = apiReply(req, &fault);
    } else if (req.path.startsWith(QStringLiteral("/upload/"))) {
        if (roll(m_options.failRate)) {
            fault = QStringLiteral("fail");
            reply = injectedFailure();
        } else {
            reply = m_api.upload(req);
        }
    } else if (req.path.startsWith(QStringLiteral("/oauth/"))) {
        reply = m_api.oauth(req);
    } else {
        reply = jsonError(404, QStringLiteral("RecordNotFound"), QStringLiteral("no such endpoint: %1").arg(req.path));
    }
    const bool drop = reply.wrote && roll(m_options.dropRate);
    if (drop)
        fault = QStringLiteral("drop");
    m_store.logRequest(atMs, req.method, req.path, reply.status, fault);

    // The responder is kept and written later (--latency-ms) without holding up
    // other connections; if the client has gone by then, nothing is written.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> alive(socket);
    auto answer = [responder, alive, reply = std::move(reply), drop] {
        if (!alive || alive->state() != QAbstractSocket::ConnectedState)
            return;
        if (drop)
            writeDropped(*responder, alive, reply);
        else
            writeReply(*responder, reply);
    };
    if (m_options.latencyMs > 0)
        QTimer::singleShot(m_options.latencyMs, this, answer);
    else
        answer();
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    writeReply(responder, jsonError(404, QStringLiteral("RecordNotFound"), QStringLiteral("no such endpoint")));
}

} // namespace Sandbox
