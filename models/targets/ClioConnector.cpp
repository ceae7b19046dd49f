#include "ClioConnector.h"

#include "domain/Entity.h"
#include "domain/Money.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaObject>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>

#include <cmath>

namespace Cutover {

namespace {

constexpr int kPageSize = 200;
constexpr int kMaxRateLimitedRetries = 30;
const auto kReferenceProperty = QLatin1String("cutover_reference");
const auto kNoteReferencePrefix = QLatin1String("Cutover reference: ");

QString text(const QVariantMap &fields, const QString &key)
{
    const QVariant v = fields.value(key);
    if (!v.isValid() || v.isNull())
        return {};
    if (v.metaType().id() == QMetaType::QDate)
        return v.toDate().toString(Qt::ISODate);
    if (v.metaType().id() == QMetaType::QDateTime)
        return v.toDateTime().toUTC().toString(Qt::ISODate);
    return v.toString().trimmed();
}

std::optional<qint64> integer(const QVariantMap &fields, const QString &key)
{
    const QVariant v = fields.value(key);
    if (!v.isValid() || v.isNull() || (v.metaType().id() == QMetaType::QString && v.toString().trimmed().isEmpty()))
        return std::nullopt;
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return n;
}

std::optional<bool> flag(const QVariantMap &fields, const QString &key)
{
    const QVariant v = fields.value(key);
    if (!v.isValid() || v.isNull())
        return std::nullopt;
    if (v.metaType().id() == QMetaType::Bool)
        return v.toBool();
    const QString s = v.toString().trimmed().toLower();
    if (s == u"1" || s == u"true" || s == u"yes")
        return true;
    if (s == u"0" || s == u"false" || s == u"no")
        return false;
    return std::nullopt;
}

// A date column: ISO text ("2024-05-02"), a QDate, or an instant whose date part is taken.
QString isoDate(const QVariantMap &fields, const QString &key)
{
    const QString t = text(fields, key);
    return t.size() > 10 ? t.left(10) : t;
}

// Money crosses into Clio's JSON as currency units, and back as exact cents.
QJsonValue units(qint64 cents)
{
    return QJsonValue(double(cents) / 100.0);
}

qint64 cents(const QJsonValue &units)
{
    return std::llround(units.toDouble() * 100.0);
}

QJsonObject ref(const QString &id)
{
    bool ok = false;
    const qint64 n = id.toLongLong(&ok);
    return QJsonObject { { QStringLiteral("id"), ok ? QJsonValue(n) : QJsonValue(id) } };
}

QString idOf(const QJsonValue &v)
{
    if (v.isObject())
        return idOf(v.toObject().value(QLatin1String("id")));
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return v.toString();
}

QString withoutReferenceLine(const QString &detail)
{
    const qsizetype at = detail.lastIndexOf(kNoteReferencePrefix);
    if (at < 0)
        return detail;
    QString rest = detail.left(at);
    while (rest.endsWith(QLatin1Char('\n')))
        rest.chop(1);
    return rest;
}

QString noteReference(const QString &detail)
{
    const qsizetype at = detail.lastIndexOf(kNoteReferencePrefix);
    if (at < 0)
        return {};
    return detail.mid(at + kNoteReferencePrefix.size()).section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace

ClioConnector::ClioConnector(const QUrl &baseUrl, const QByteArray &accessToken, QObject *parent)
    : TargetConnector(parent)
    , m_base(baseUrl)
    , m_token(accessToken)
{
    QString path = m_base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_base.setPath(path);
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &ClioConnector::pump);
    // Each answer is read whole; Clio's are small. No cookies, no cache.
    m_nam.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

ClioConnector::~ClioConnector()
{
    ++m_generation;
    m_queue.clear();
    for (const QPointer<QNetworkReply> &r : std::as_const(m_inFlight)) {
        if (r) {
            r->disconnect(this);
            r->abort();
        }
    }
}

QString ClioConnector::referenceFieldName()
{
    return QStringLiteral("Cutover reference");
}

QString ClioConnector::regionOf(const QUrl &baseUrl)
{
    const QString host = baseUrl.host().toLower();
    if (host == u"app.clio.com")
        return QStringLiteral("US");
    if (host == u"eu.app.clio.com")
        return QStringLiteral("EU");
    if (host == u"ca.app.clio.com")
        return QStringLiteral("CA");
    if (host == u"au.app.clio.com")
        return QStringLiteral("AU");
    return {};
}

QString ClioConnector::displayName() const
{
    const QString region = regionOf(m_base);
    if (!region.isEmpty())
        return tr("Clio (%1)").arg(region);
    return tr("Clio at %1").arg(m_base.toString(QUrl::RemoveUserInfo));
}

TargetCapabilities ClioConnector::capabilities() const
{
    TargetCapabilities c;
    c.create = { RecordKind::Contact,        RecordKind::Matter, RecordKind::TimeEntry, RecordKind::Expense,
                 RecordKind::BalanceForward, RecordKind::Note,   RecordKind::Folder,    RecordKind::Document };
    // Notes and folders have no PATCH in what the connector uses; documents only complete uploads.
    c.update = { RecordKind::Contact, RecordKind::Matter, RecordKind::TimeEntry, RecordKind::Expense,
                 RecordKind::BalanceForward };
    c.remove = c.create;
    c.readBack = c.create;
    c.readBack.insert(RecordKind::User);
    return c;
}

void ClioConnector::setConcurrency(int requests)
{
    m_concurrency = qMax(1, requests);
    pump();
}

RateStatus ClioConnector::rateStatus() const
{
    return m_rate;
}

void ClioConnector::setAccessToken(const QByteArray &accessToken)
{
    m_token = accessToken;
}

void ClioConnector::setRetryPolicy(int maxAttempts, int firstDelayMs)
{
    m_maxAttempts = qMax(1, maxAttempts);
    m_firstDelayMs = qMax(0, firstDelayMs);
}

void ClioConnector::setTransferTimeout(int ms)
{
    m_timeoutMs = qMax(1, ms);
}

void ClioConnector::setSendMatterNumbers(bool on)
{
    m_sendMatterNumbers = on;
}

void ClioConnector::setSourceSystemName(const QString &name)
{
    m_sourceSystem = name;
}

// ---------------------------------------------------------------------------
// The queue: concurrency, pacing inside the rate limit, retries.

void ClioConnector::send(Call call)
{
    call.generation = m_generation;
    m_queue.push_back(std::move(call));
    // Never inside the caller's call: answers stay asynchronous.
    QMetaObject::invokeMethod(this, &ClioConnector::pump, Qt::QueuedConnection);
}

qint64 ClioConnector::msUntilAllowed() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_pausedUntilUtc.isValid() && now < m_pausedUntilUtc)
        return now.msecsTo(m_pausedUntilUtc);
    if (m_rate.limitPerMinute <= 0 || !m_resetUtc.isValid())
        return 0;
    // Reset is whole seconds: a little margin so the window has really ended.
    const QDateTime windowEnd = m_resetUtc.addMSecs(250);
    if (now >= windowEnd)
        return 0;
    if (m_remainingEstimate <= 0)
        return now.msecsTo(windowEnd);
    // Plenty left: no wait. Running low: spread what is left of the window's
    // budget over what is left of the window, so the last requests do not meet a 429.
    const int reserve = qMax(m_concurrency * 2, m_rate.limitPerMinute / 5);
    if (m_remainingEstimate > reserve || !m_lastSendUtc.isValid())
        return 0;
    const qint64 interval = now.msecsTo(windowEnd) / m_remainingEstimate;
    const qint64 wait = interval - m_lastSendUtc.msecsTo(now);
    return qMax<qint64>(0, wait);
}

void ClioConnector::pump()
{
    while (!m_queue.empty() && m_inFlight.size() < m_concurrency) {
        // The upload PUT goes to the storage host: no Clio rate limit there.
        auto it = m_queue.begin();
        if (it->clio) {
            const qint64 wait = msUntilAllowed();
            if (wait > 0) {
                auto nonClio = std::find_if(m_queue.begin(), m_queue.end(), [](const Call &c) { return !c.clio; });
                if (nonClio == m_queue.end()) {
                    if (!m_pumpTimer.isActive() || m_pumpTimer.remainingTime() > wait)
                        m_pumpTimer.start(int(qMin<qint64>(wait, 120000)));
                    return;
                }
                it = nonClio;
            }
        }
        Call call = std::move(*it);
        m_queue.erase(it);
        start(std::move(call));
    }
}

void ClioConnector::start(Call call)
{
    QNetworkRequest request(call.url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (call.clio) {
        request.setRawHeader("Authorization", QByteArray("Bearer ") + m_token);
        request.setRawHeader("X-API-VERSION", apiVersion);
        request.setRawHeader("Accept", "application/json");
        if (!call.body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    for (const auto &[name, value] : std::as_const(call.headers))
        request.setRawHeader(name, value);

    QNetworkReply *reply = nullptr;
    if (call.verb == "GET")
        reply = m_nam.get(request);
    else if (call.verb == "DELETE")
        reply = m_nam.deleteResource(request);
    else
        reply = m_nam.sendCustomRequest(request, call.verb, call.body);

    m_inFlight.append(reply);
    ++m_rate.requestsSent;
    if (call.clio) {
        m_lastSendUtc = QDateTime::currentDateTimeUtc();
        if (m_remainingEstimate > 0)
            --m_remainingEstimate;
    }
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, c = std::move(call)]() mutable { finished(reply, std::move(c)); });
}

void ClioConnector::updateRate(QNetworkReply *reply)
{
    if (!reply->hasRawHeader("X-RateLimit-Limit"))
        return;
    bool okLimit = false, okRemaining = false, okReset = false;
    const int limit = reply->rawHeader("X-RateLimit-Limit").trimmed().toInt(&okLimit);
    const int remaining = reply->rawHeader("X-RateLimit-Remaining").trimmed().toInt(&okRemaining);
    const qint64 reset = reply->rawHeader("X-RateLimit-Reset").trimmed().toLongLong(&okReset);
    if (okLimit)
        m_rate.limitPerMinute = limit;
    if (okReset) {
        // Unix time; a small number would be seconds from now (some proxies send that).
        const QDateTime when = reset > 1000000000 ? QDateTime::fromSecsSinceEpoch(reset, Qt::UTC)
                                                  : QDateTime::currentDateTimeUtc().addSecs(reset);
        if (when != m_resetUtc) {
            m_resetUtc = when;
            m_remainingEstimate = -1;
        }
        m_rate.resetUtc = when;
    }
    if (okRemaining) {
        m_rate.remaining = remaining;
        // Requests still in flight may not be counted in it yet.
        const int estimate = qMax(0, remaining - int(m_inFlight.size()));
        m_remainingEstimate = m_remainingEstimate < 0 ? estimate : qMin(m_remainingEstimate, estimate);
    }
}

int ClioConnector::backoffMs(int attempt) const
{
    const double base = double(m_firstDelayMs) * std::pow(2.0, qMax(0, attempt - 1));
    const double capped = qMin(base, 30000.0);
    // Full jitter around the step, so parallel retries do not arrive together.
    const double jitter = 0.5 + QRandomGenerator::global()->generateDouble();
    return int(capped * jitter);
}

void ClioConnector::later(int ms, std::function<void()> what, std::function<void()> cancelled)
{
    // abortAll() in between answers the waiting work as cancelled instead.
    const quint64 generation = m_generation;
    QTimer::singleShot(ms, this, [this, generation, what = std::move(what), cancelled = std::move(cancelled)] {
        if (generation == m_generation)
            what();
        else if (cancelled)
            cancelled();
    });
}

void ClioConnector::finished(QNetworkReply *reply, Call call)
{
    m_inFlight.removeAll(reply);
    reply->deleteLater();

    Reply r;
    r.url = call.url;
    r.attempts = call.attempt;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.network = reply->error();
    r.networkText = reply->errorString();
    if (reply->isOpen())
        r.body = reply->readAll();
    if (reply->property("cutoverCancelled").toBool() || call.generation != m_generation) {
        r.cancelled = true;
    } else if (r.network == QNetworkReply::OperationCanceledError || r.network == QNetworkReply::TimeoutError) {
        // Our own abort is marked above; any other is the transfer time-out.
        r.timedOut = true;
    } else if (r.network != QNetworkReply::NoError
               && (r.status == 0 || int(r.network) < 200 || r.network == QNetworkReply::ProtocolFailure)) {
        r.dropped = true;
    }
    if (call.clio)
        updateRate(reply);

    if (!r.body.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        if (doc.isObject())
            r.json = doc.object();
    }
    // A connection closed mid-answer can reach us as a "successful" short body:
    // fewer bytes than announced, or a Clio answer that is not whole JSON.
    if (!r.dropped && !r.timedOut && !r.cancelled && r.status >= 200 && r.status < 300) {
        bool known = false;
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        const bool encoded = reply->hasRawHeader("Content-Encoding");
        if (known && !encoded && announced > r.body.size())
            r.dropped = true;
        else if (call.clio && r.status != 204 && r.json.isEmpty())
            r.dropped = true;
        if (r.dropped)
            r.networkText = tr("the answer was cut off");
    }

    if (r.cancelled) {
        call.done(r);
        pump();
        return;
    }

    if (r.status == 429 && !r.dropped && !r.timedOut) {
        ++m_rate.rateLimitedResponses;
        bool ok = false;
        int seconds = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
        if (!ok || seconds < 1)
            seconds = 1;
        const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(seconds);
        if (!m_pausedUntilUtc.isValid() || until > m_pausedUntilUtc)
            m_pausedUntilUtc = until;
        m_remainingEstimate = 0;
        emit rateStatusChanged();
        // Not applied, whatever the verb: safe to send again.
        if (call.rateLimited < kMaxRateLimitedRetries) {
            ++call.rateLimited;
            ++m_rate.retries;
            m_queue.push_front(std::move(call));
            pump();
            return;
        }
        call.done(r);
        pump();
        return;
    }
    if (call.clio)
        emit rateStatusChanged();

    const bool transient = r.unsure() || r.status == 408;
    if (transient && call.retryUnsure && call.attempt < m_maxAttempts) {
        ++m_rate.retries;
        ++call.attempt;
        const int delay = backoffMs(call.attempt - 1);
        auto shared = std::make_shared<Call>(std::move(call));
        later(
            delay,
            [this, shared] {
                shared->generation = m_generation;
                m_queue.push_back(std::move(*shared));
                pump();
            },
            [shared] {
                Reply cancelled;
                cancelled.cancelled = true;
                cancelled.url = shared->url;
                shared->done(cancelled);
            });
        pump();
        return;
    }
    // A DELETE retried after an unknown outcome: gone is done.
    if (call.deleteCall && call.attempt > 1 && r.status == 404) {
        r.status = 204;
        r.network = QNetworkReply::NoError;
    }
    call.done(r);
    pump();
}

void ClioConnector::abortAll()
{
    ++m_generation;
    std::deque<Call> queued;
    queued.swap(m_queue);
    m_pumpTimer.stop();
    for (Call &c : queued) {
        Reply r;
        r.cancelled = true;
        r.url = c.url;
        c.done(r);
    }
    const QList<QPointer<QNetworkReply>> running = m_inFlight;
    for (const QPointer<QNetworkReply> &reply : running) {
        if (reply) {
            reply->setProperty("cutoverCancelled", true);
            reply->abort();
        }
    }
}

TargetResult ClioConnector::cancelledResult(const QString &what) const
{
    Reply r;
    r.cancelled = true;
    TargetResult result;
    result.error = errorOf(r, what);
    return result;
}

void ClioConnector::answer(Callback done, const TargetResult &result)
{
    // Exactly once, later, on this thread.
    QMetaObject::invokeMethod(
        this, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
}

// ---------------------------------------------------------------------------
// Requests

QUrl ClioConnector::apiUrl(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QUrl url = m_base;
    url.setPath(m_base.path() + QStringLiteral("/api/v4/") + path);
    QUrlQuery q;
    for (const auto &[key, value] : query)
        q.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value, "{}(),")));
    url.setQuery(q);
    return url;
}

void ClioConnector::get(const QUrl &url, ReplyCallback done)
{
    Call call;
    call.verb = "GET";
    call.url = url;
    call.done = std::move(done);
    send(std::move(call));
}

void ClioConnector::sendJson(const QByteArray &verb, const QUrl &url, const QJsonObject &data, bool retryUnsure,
                             ReplyCallback done)
{
    Call call;
    call.verb = verb;
    call.url = url;
    call.body = QJsonDocument(QJsonObject { { QStringLiteral("data"), data } }).toJson(QJsonDocument::Compact);
    call.retryUnsure = retryUnsure;
    call.done = std::move(done);
    send(std::move(call));
}

// ---------------------------------------------------------------------------
// Errors

QString ClioConnector::kindNoun(RecordKind kind)
{
    switch (kind) {
    case RecordKind::User:
        return tr("user");
    case RecordKind::Contact:
        return tr("contact");
    case RecordKind::Matter:
        return tr("matter");
    case RecordKind::TimeEntry:
        return tr("time entry");
    case RecordKind::Expense:
        return tr("expense");
    case RecordKind::BalanceForward:
        return tr("balance carried forward");
    case RecordKind::Note:
        return tr("note");
    case RecordKind::Folder:
        return tr("folder");
    case RecordKind::Document:
        return tr("document");
    }
    return {};
}

// "contact “Harbor & Pine LLP” (CUT-…)": what the user recognises.
QString ClioConnector::describe(const OutgoingRecord &record)
{
    const QVariantMap &f = record.fields;
    QString label;
    switch (record.kind) {
    case RecordKind::Contact: {
        label = text(f, QStringLiteral("name"));
        if (label.isEmpty())
            label = (text(f, QStringLiteral("first_name")) + QLatin1Char(' ') + text(f, QStringLiteral("last_name")))
                        .trimmed();
        if (label.isEmpty())
            label = text(f, QStringLiteral("company"));
        break;
    }
    case RecordKind::Matter:
        label = text(f, QStringLiteral("source_key"));
        if (!text(f, QStringLiteral("description")).isEmpty())
            label = label.isEmpty() ? text(f, QStringLiteral("description"))
                                    : tr("%1 %2").arg(label, text(f, QStringLiteral("description")));
        break;
    case RecordKind::TimeEntry:
    case RecordKind::Expense:
    case RecordKind::BalanceForward:
        label = isoDate(f, QStringLiteral("date"));
        if (!text(f, QStringLiteral("description")).isEmpty())
            label = tr("%1 %2").arg(label, text(f, QStringLiteral("description")).left(40)).trimmed();
        break;
    case RecordKind::Note:
        label = text(f, QStringLiteral("subject"));
        if (label.isEmpty())
            label = isoDate(f, QStringLiteral("date"));
        break;
    case RecordKind::Folder:
    case RecordKind::Document:
    case RecordKind::User:
        label = text(f, QStringLiteral("name"));
        break;
    }
    if (label.isEmpty())
        label = text(f, QStringLiteral("source_key"));
    if (record.reference.isEmpty())
        return tr("%1 “%2”").arg(kindNoun(record.kind), label);
    return tr("%1 “%2” (%3)").arg(kindNoun(record.kind), label, record.reference);
}

TargetError ClioConnector::errorOf(const Reply &reply, const QString &what) const
{
    TargetError e;
    e.httpStatus = reply.status;
    if (reply.cancelled) {
        e.kind = TargetError::Kind::Cancelled;
        e.message = tr("Cancelled before Clio answered about %1.").arg(what);
        return e;
    }
    if (reply.timedOut) {
        e.kind = TargetError::Kind::Timeout;
        e.message =
            tr("Clio did not answer in time about %1 (after %n attempt(s)).", nullptr, reply.attempts).arg(what);
        return e;
    }
    if (reply.dropped) {
        e.kind = TargetError::Kind::Network;
        e.message =
            tr("The connection to Clio failed while sending %1 (after %n attempt(s)): %2.", nullptr, reply.attempts)
                .arg(what, reply.networkText);
        return e;
    }

    // What Clio said: {"error":{"type","message"}}, the OAuth form, or an HTML page.
    QString said;
    const QJsonValue err = reply.json.value(QLatin1String("error"));
    if (err.isObject()) {
        e.type = err.toObject().value(QLatin1String("type")).toString();
        said = err.toObject().value(QLatin1String("message")).toString();
    } else if (err.isString()) {
        e.type = err.toString();
        said = reply.json.value(QLatin1String("error_description")).toString();
        if (said.isEmpty())
            said = e.type;
    } else if (!reply.body.isEmpty()) {
        QString body = QString::fromUtf8(reply.body.left(4000));
        static const QRegularExpression title(QStringLiteral("<title>([^<]*)</title>"),
                                              QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        const auto m = title.match(body);
        if (m.hasMatch())
            body = m.captured(1);
        else
            body.replace(tags, QStringLiteral(" "));
        said = body.simplified().left(200);
    }
    if (said.isEmpty())
        said = tr("HTTP %1").arg(reply.status);
    if (!said.endsWith(QLatin1Char('.')))
        said += QLatin1Char('.');

    switch (reply.status) {
    case 400:
    case 422:
        e.kind = TargetError::Kind::Invalid;
        e.message = tr("Clio refused %1: %2").arg(what, said);
        break;
    case 401:
        e.kind = TargetError::Kind::Unauthorized;
        e.message = tr("Clio did not accept the access token while handling %1: it is invalid or has expired, or it "
                       "belongs to another Clio region than %2. Connect to Clio again. (Clio said: %3)")
                        .arg(what, m_base.host(), said);
        break;
    case 403:
        e.kind = TargetError::Kind::Forbidden;
        e.message = tr("Clio did not allow %1: the connection lacks the permission (scope) for it, or your Clio "
                       "user's role does not allow it. Check the developer application's permissions, then connect "
                       "again. (Clio said: %2)")
                        .arg(what, said);
        break;
    case 404:
        e.kind = TargetError::Kind::NotFound;
        e.message = tr("Clio does not know %1 (not found): %2").arg(what, said);
        break;
    case 410:
        e.kind = TargetError::Kind::Gone;
        e.message = tr("Clio no longer supports API version %1 that this version of Cutover speaks; update Cutover. "
                       "(Clio said: %2)")
                        .arg(QLatin1String(apiVersion), said);
        break;
    case 412:
        e.kind = TargetError::Kind::Conflict;
        e.message = tr("%1 was changed in Clio since it was read: %2").arg(what, said);
        break;
    case 429:
        e.kind = TargetError::Kind::RateLimited;
        e.message = tr("Clio kept refusing requests over its rate limit while sending %1: %2").arg(what, said);
        break;
    default:
        if (reply.status >= 500) {
            e.kind = TargetError::Kind::Server;
            e.message =
                tr("Clio had a server error (HTTP %1) with %2, after %n attempt(s): %3", nullptr, reply.attempts)
                    .arg(QString::number(reply.status), what, said);
        } else {
            e.kind = TargetError::Kind::Other;
            e.message = tr("Clio answered HTTP %1 to %2: %3").arg(QString::number(reply.status), what, said);
        }
        break;
    }
    return e;
}

// ---------------------------------------------------------------------------
// Translation

QString ClioConnector::resourcePath(RecordKind kind) const
{
    switch (kind) {
    case RecordKind::User:
        return QStringLiteral("users");
    case RecordKind::Contact:
        return QStringLiteral("contacts");
    case RecordKind::Matter:
        return QStringLiteral("matters");
    case RecordKind::TimeEntry:
    case RecordKind::Expense:
    case RecordKind::BalanceForward:
        return QStringLiteral("activities");
    case RecordKind::Note:
        return QStringLiteral("notes");
    case RecordKind::Folder:
        return QStringLiteral("folders");
    case RecordKind::Document:
        return QStringLiteral("documents");
    }
    return {};
}

QString ClioConnector::fieldsFor(RecordKind kind) const
{
    switch (kind) {
    case RecordKind::User:
        return QStringLiteral("id,name,first_name,last_name,email,enabled,subscription_type");
    case RecordKind::Contact:
        return QStringLiteral(
            "id,etag,type,name,first_name,last_name,email_addresses{address},phone_numbers{number},"
            "addresses{street,city,province,postal_code,country},custom_field_values{id,value,custom_field}");
    case RecordKind::Matter:
        return QStringLiteral("id,etag,display_number,description,status,open_date,close_date,client_reference,"
                              "billable,client{id,name}");
    case RecordKind::TimeEntry:
    case RecordKind::Expense:
    case RecordKind::BalanceForward:
        return QStringLiteral(
            "id,etag,type,date,quantity,price,total,note,reference,non_billable,billed,matter{id},user{id}");
    case RecordKind::Note:
        return QStringLiteral("id,etag,type,subject,detail,date,matter{id},contact{id}");
    case RecordKind::Folder:
        return QStringLiteral("id,etag,name,parent{id,type}");
    case RecordKind::Document:
        return QStringLiteral("id,etag,name,parent{id,type},external_properties{name,value},"
                              "latest_document_version{size,content_type,fully_uploaded}");
    }
    return {};
}

QJsonObject ClioConnector::toClio(const OutgoingRecord &record, QString *problem) const
{
    const QVariantMap &f = record.fields;
    QJsonObject d;
    auto put = [&d](const char *key, const QString &value) {
        if (!value.isEmpty())
            d.insert(QLatin1String(key), value);
    };
    auto link = [&](const char *role, const char *key) {
        const QString id = record.links.value(QLatin1String(role));
        if (!id.isEmpty())
            d.insert(QLatin1String(key), ref(id));
        return !id.isEmpty();
    };

    // Every activity: its matter (required), its user, its type and date.
    auto activity = [&](const QString &type) {
        if (!link("matter", "matter")) {
            *problem = tr("it has no matter in Clio yet (its matter was not imported)");
            return false;
        }
        link("user", "user");
        d.insert(QStringLiteral("type"), type);
        put("date", isoDate(f, QStringLiteral("date")));
        return true;
    };

    switch (record.kind) {
    case RecordKind::User:
        *problem = tr("Users cannot be created through Clio's API; invite them in Clio.");
        return {};
    case RecordKind::Contact: {
        const QString kind = text(f, QStringLiteral("kind")).toLower();
        const QString first = text(f, QStringLiteral("first_name"));
        const QString last = text(f, QStringLiteral("last_name"));
        const QString company = text(f, QStringLiteral("company"));
        const QString name = text(f, QStringLiteral("name"));
        bool isCompany = kind == u"company";
        if (kind.isEmpty())
            isCompany = first.isEmpty() && last.isEmpty();
        if (isCompany) {
            d.insert(QStringLiteral("type"), QStringLiteral("Company"));
            put("name", company.isEmpty() ? name : company);
        } else {
            // A person's name is sent in its parts; Clio's guess from a full name fails too often.
            // Exports that keep only the full name are split (Entities::splitPersonName).
            d.insert(QStringLiteral("type"), QStringLiteral("Person"));
            const auto [firstPart, lastPart] =
                first.isEmpty() && last.isEmpty() ? Entities::splitPersonName(name) : std::pair { first, last };
            put("first_name", firstPart);
            put("last_name", lastPart);
        }
        const QString email = text(f, QStringLiteral("email"));
        if (!email.isEmpty())
            d.insert(QStringLiteral("email_addresses"),
                     QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("Work") },
                                                { QStringLiteral("address"), email },
                                                { QStringLiteral("default_email"), true } } });
        const QString phone = text(f, QStringLiteral("phone"));
        if (!phone.isEmpty())
            d.insert(QStringLiteral("phone_numbers"),
                     QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("Work") },
                                                { QStringLiteral("number"), phone },
                                                { QStringLiteral("default_number"), true } } });
        QJsonObject address;
        const QList<QPair<const char *, const char *>> parts = {
            { "street", "street" },           { "city", "city" },       { "region", "province" },
            { "postal_code", "postal_code" }, { "country", "country" },
        };
        for (const auto &[from, to] : parts) {
            const QString v = text(f, QLatin1String(from));
            if (!v.isEmpty())
                address.insert(QLatin1String(to), v);
        }
        if (!address.isEmpty()) {
            address.insert(QStringLiteral("name"), QStringLiteral("Work"));
            d.insert(QStringLiteral("addresses"), QJsonArray { address });
        }
        if (!record.reference.isEmpty() && !m_referenceFieldId.isEmpty())
            d.insert(QStringLiteral("custom_field_values"),
                     QJsonArray { QJsonObject { { QStringLiteral("custom_field"), ref(m_referenceFieldId) },
                                                { QStringLiteral("value"), record.reference } } });
        break;
    }
    case RecordKind::Matter: {
        if (!link("client", "client")) {
            *problem = tr("it has no client in Clio yet (its client was not imported)");
            return {};
        }
        put("description", text(f, QStringLiteral("description")));
        const QString status = text(f, QStringLiteral("status")).toLower();
        if (status == u"open" || status == u"pending" || status == u"closed")
            d.insert(QStringLiteral("status"), status);
        else if (!status.isEmpty())
            d.insert(QStringLiteral("status"), QStringLiteral("open"));
        put("open_date", isoDate(f, QStringLiteral("open_date")));
        put("close_date", isoDate(f, QStringLiteral("close_date")));
        put("client_reference", record.reference);
        if (m_sendMatterNumbers)
            put("display_number", text(f, QStringLiteral("source_key")));
        // Clio's own attribute; sent only when the record says (the placeholder matter is not billable).
        if (const auto billable = flag(f, QStringLiteral("billable")))
            d.insert(QStringLiteral("billable"), *billable);
        link("user", "responsible_attorney");
        break;
    }
    case RecordKind::TimeEntry: {
        if (!activity(QStringLiteral("TimeEntry")))
            return {};
        const qint64 seconds = integer(f, QStringLiteral("duration")).value_or(0);
        d.insert(QStringLiteral("quantity"), seconds);
        // Always sent: without it Clio takes a rate from its own hierarchy; only
        // a record that asks for that ("target_rate", no rate, no amount) leaves it out.
        std::optional<qint64> rate = integer(f, QStringLiteral("rate"));
        const auto amount = integer(f, QStringLiteral("amount"));
        if (!rate && !amount && flag(f, QStringLiteral("target_rate")).value_or(false)) {
            // Clio's rate hierarchy applies.
        } else {
            if (!rate)
                rate = amount && seconds > 0 ? Money::mulDivRounded(*amount, 3600, seconds) : 0;
            d.insert(QStringLiteral("price"), units(*rate));
        }
        put("note", text(f, QStringLiteral("description")));
        if (const auto billable = flag(f, QStringLiteral("billable")))
            d.insert(QStringLiteral("non_billable"), !*billable);
        put("reference", record.reference);
        break;
    }
    case RecordKind::Expense: {
        if (!activity(QStringLiteral("ExpenseEntry")))
            return {};
        qint64 quantity = qMax<qint64>(1, integer(f, QStringLiteral("quantity")).value_or(1));
        const auto unitPrice = integer(f, QStringLiteral("unit_price"));
        const qint64 amount = integer(f, QStringLiteral("amount")).value_or(0);
        qint64 price = 0;
        if (unitPrice) {
            price = *unitPrice;
        } else if (quantity > 1 && amount % quantity == 0) {
            price = amount / quantity;
        } else {
            // Keeps the total exact: one unit of the whole amount.
            quantity = 1;
            price = amount;
        }
        d.insert(QStringLiteral("quantity"), quantity);
        d.insert(QStringLiteral("price"), units(price));
        put("note", text(f, QStringLiteral("description")));
        if (const auto billable = flag(f, QStringLiteral("billable")))
            d.insert(QStringLiteral("non_billable"), !*billable);
        put("reference", record.reference);
        break;
    }
    case RecordKind::BalanceForward: {
        // Clio's own recipe: one unbilled hour at the balance's amount.
        if (!activity(QStringLiteral("TimeEntry")))
            return {};
        d.insert(QStringLiteral("quantity"), 3600);
        auto amount = integer(f, QStringLiteral("amount"));
        if (!amount)
            amount = integer(f, QStringLiteral("balance"));
        d.insert(QStringLiteral("price"), units(amount.value_or(0)));
        QString note = text(f, QStringLiteral("description"));
        if (note.isEmpty()) {
            const QString from = text(f, QStringLiteral("source_system")).isEmpty()
                ? m_sourceSystem
                : text(f, QStringLiteral("source_system"));
            note = from.isEmpty() ? tr("Balance brought forward from previous software")
                                  : tr("Balance brought forward from %1").arg(from);
        }
        d.insert(QStringLiteral("note"), note);
        d.insert(QStringLiteral("non_billable"), false);
        put("reference", record.reference);
        break;
    }
    case RecordKind::Note: {
        if (link("matter", "matter")) {
            d.insert(QStringLiteral("type"), QStringLiteral("Matter"));
        } else if (link("client", "contact")) {
            d.insert(QStringLiteral("type"), QStringLiteral("Contact"));
        } else {
            *problem = tr("it belongs to no matter or contact in Clio");
            return {};
        }
        put("subject", text(f, QStringLiteral("subject")));
        QString detail =
            f.contains(QStringLiteral("body")) ? text(f, QStringLiteral("body")) : text(f, QStringLiteral("detail"));
        // Notes have no custom field: the reference is the detail's last line.
        if (!record.reference.isEmpty())
            detail = (detail.isEmpty() ? QString() : detail + QLatin1String("\n\n")) + kNoteReferencePrefix
                + record.reference;
        put("detail", detail);
        put("date", isoDate(f, QStringLiteral("date")));
        break;
    }
    case RecordKind::Folder:
    case RecordKind::Document: {
        const QString parent = record.links.value(QStringLiteral("parent"));
        const QString parentType = text(f, QStringLiteral("parent_type"));
        if (parent.isEmpty() || parentType.isEmpty()) {
            *problem = tr("it has no folder, matter or contact to go into in Clio");
            return {};
        }
        QJsonObject p = ref(parent);
        p.insert(QStringLiteral("type"), parentType);
        d.insert(QStringLiteral("parent"), p);
        put("name", text(f, QStringLiteral("name")));
        if (record.kind == RecordKind::Document) {
            put("content_type", text(f, QStringLiteral("content_type")));
            if (!record.reference.isEmpty())
                d.insert(QStringLiteral("external_properties"),
                         QJsonArray { QJsonObject { { QStringLiteral("name"), QString(kReferenceProperty) },
                                                    { QStringLiteral("value"), record.reference } } });
        }
        break;
    }
    }
    return d;
}

QString ClioConnector::referenceIn(RecordKind kind, const QJsonObject &data) const
{
    switch (kind) {
    case RecordKind::Contact: {
        const QJsonArray values = data.value(QLatin1String("custom_field_values")).toArray();
        QString fallback;
        for (const QJsonValue &v : values) {
            const QJsonObject o = v.toObject();
            const QString fieldId = idOf(o.value(QLatin1String("custom_field")));
            const QString value = o.value(QLatin1String("value")).toString();
            if (!fieldId.isEmpty() && fieldId == m_referenceFieldId)
                return value;
            // Read-back ids may be composite ("text_line-12"): then the value's form tells.
            if (fallback.isEmpty() && value.startsWith(QLatin1String("CUT-")))
                fallback = value;
        }
        return fallback;
    }
    case RecordKind::Matter:
        return data.value(QLatin1String("client_reference")).toString();
    case RecordKind::TimeEntry:
    case RecordKind::Expense:
    case RecordKind::BalanceForward:
        return data.value(QLatin1String("reference")).toString();
    case RecordKind::Note:
        return noteReference(data.value(QLatin1String("detail")).toString());
    case RecordKind::Document: {
        const QJsonArray props = data.value(QLatin1String("external_properties")).toArray();
        for (const QJsonValue &v : props) {
            if (v.toObject().value(QLatin1String("name")).toString() == kReferenceProperty)
                return v.toObject().value(QLatin1String("value")).toString();
        }
        return {};
    }
    case RecordKind::User:
    case RecordKind::Folder:
        return {};
    }
    return {};
}

IncomingRecord ClioConnector::fromClio(RecordKind kind, const QJsonObject &data) const
{
    IncomingRecord r;
    r.kind = kind;
    r.id = idOf(data.value(QLatin1String("id")));
    r.raw = data;
    r.reference = referenceIn(kind, data);
    QVariantMap &f = r.fields;
    auto take = [&](const char *from, const char *to) {
        const QJsonValue v = data.value(QLatin1String(from));
        if (!v.isUndefined() && !v.isNull())
            f.insert(QLatin1String(to), v.toVariant());
    };
    auto linkOf = [&](const char *from, const char *role) {
        const QString id = idOf(data.value(QLatin1String(from)));
        if (!id.isEmpty())
            r.links.insert(QLatin1String(role), id);
    };

    switch (kind) {
    case RecordKind::User:
        take("name", "name");
        take("first_name", "first_name");
        take("last_name", "last_name");
        take("email", "email");
        take("enabled", "active");
        take("subscription_type", "role");
        break;
    case RecordKind::Contact: {
        const bool company = data.value(QLatin1String("type")).toString() == u"Company";
        f.insert(QStringLiteral("kind"), company ? QStringLiteral("company") : QStringLiteral("person"));
        take("name", "name");
        if (company)
            take("name", "company");
        take("first_name", "first_name");
        take("last_name", "last_name");
        const QJsonArray emails = data.value(QLatin1String("email_addresses")).toArray();
        if (!emails.isEmpty())
            f.insert(QStringLiteral("email"), emails.first().toObject().value(QLatin1String("address")).toString());
        const QJsonArray phones = data.value(QLatin1String("phone_numbers")).toArray();
        if (!phones.isEmpty())
            f.insert(QStringLiteral("phone"), phones.first().toObject().value(QLatin1String("number")).toString());
        const QJsonArray addresses = data.value(QLatin1String("addresses")).toArray();
        if (!addresses.isEmpty()) {
            const QJsonObject a = addresses.first().toObject();
            const QList<QPair<const char *, const char *>> parts = {
                { "street", "street" },           { "city", "city" },       { "province", "region" },
                { "postal_code", "postal_code" }, { "country", "country" },
            };
            for (const auto &[from, to] : parts) {
                const QString v = a.value(QLatin1String(from)).toString();
                if (!v.isEmpty())
                    f.insert(QLatin1String(to), v);
            }
        }
        break;
    }
    case RecordKind::Matter:
        take("description", "description");
        f.insert(QStringLiteral("status"), data.value(QLatin1String("status")).toString().toLower());
        take("open_date", "open_date");
        take("close_date", "close_date");
        take("display_number", "display_number");
        take("billable", "billable");
        linkOf("client", "client");
        if (const QJsonObject client = data.value(QLatin1String("client")).toObject();
            client.contains(QLatin1String("name")))
            f.insert(QStringLiteral("client_name"), client.value(QLatin1String("name")).toString());
        break;
    case RecordKind::TimeEntry:
    case RecordKind::Expense:
    case RecordKind::BalanceForward: {
        take("date", "date");
        take("note", "description");
        const qint64 price = cents(data.value(QLatin1String("price")));
        const qint64 quantity = qint64(std::llround(data.value(QLatin1String("quantity")).toDouble()));
        const QJsonValue total = data.value(QLatin1String("total"));
        if (kind == RecordKind::TimeEntry) {
            f.insert(QStringLiteral("duration"), quantity);
            f.insert(QStringLiteral("rate"), price);
        } else if (kind == RecordKind::Expense) {
            f.insert(QStringLiteral("quantity"), quantity);
            f.insert(QStringLiteral("unit_price"), price);
        }
        if (kind == RecordKind::BalanceForward)
            f.insert(QStringLiteral("amount"), total.isDouble() ? cents(total) : price);
        else if (total.isDouble())
            f.insert(QStringLiteral("amount"), cents(total));
        const QJsonValue nonBillable = data.value(QLatin1String("non_billable"));
        if (nonBillable.isBool())
            f.insert(QStringLiteral("billable"), !nonBillable.toBool());
        take("billed", "billed");
        linkOf("matter", "matter");
        linkOf("user", "user");
        break;
    }
    case RecordKind::Note:
        take("subject", "subject");
        f.insert(QStringLiteral("body"), withoutReferenceLine(data.value(QLatin1String("detail")).toString()));
        take("date", "date");
        linkOf("matter", "matter");
        linkOf("contact", "client");
        break;
    case RecordKind::Folder:
    case RecordKind::Document: {
        take("name", "name");
        const QJsonObject parent = data.value(QLatin1String("parent")).toObject();
        if (!parent.isEmpty()) {
            r.links.insert(QStringLiteral("parent"), idOf(parent.value(QLatin1String("id"))));
            f.insert(QStringLiteral("parent_type"), parent.value(QLatin1String("type")).toString());
        }
        if (kind == RecordKind::Document) {
            const QJsonObject version = data.value(QLatin1String("latest_document_version")).toObject();
            if (version.contains(QLatin1String("size")))
                f.insert(QStringLiteral("size"), qint64(version.value(QLatin1String("size")).toDouble()));
            if (version.contains(QLatin1String("content_type")))
                f.insert(QStringLiteral("content_type"), version.value(QLatin1String("content_type")).toString());
            if (version.contains(QLatin1String("fully_uploaded")))
                f.insert(QStringLiteral("fully_uploaded"), version.value(QLatin1String("fully_uploaded")).toBool());
        }
        break;
    }
    }
    return r;
}

// ---------------------------------------------------------------------------
// Operations

void ClioConnector::testConnection(Callback done)
{
    auto handle = [this, done](const Reply &reply, bool withAccount, auto &&self) -> void {
        if (!reply.ok()) {
            // An account that does not offer account{name}: ask again without it.
            if (withAccount && reply.status == 400) {
                get(apiUrl(QStringLiteral("users/who_am_i.json"),
                           { { QStringLiteral("fields"), QStringLiteral("id,name,email") } }),
                    [self](const Reply &r) { self(r, false, self); });
                return;
            }
            TargetResult result;
            result.error = errorOf(reply, tr("the connection test"));
            done(result);
            return;
        }
        const QJsonObject data = reply.json.value(QLatin1String("data")).toObject();
        TargetResult result;
        result.record = fromClio(RecordKind::User, data);
        result.record.fields.insert(
            QStringLiteral("account"),
            data.value(QLatin1String("account")).toObject().value(QLatin1String("name")).toString());
        done(result);
    };
    get(apiUrl(QStringLiteral("users/who_am_i.json"),
               { { QStringLiteral("fields"), QStringLiteral("id,name,email,account{name}") } }),
        [handle](const Reply &r) { handle(r, true, handle); });
}

void ClioConnector::withReferenceField(std::function<void(const TargetError &)> then)
{
    if (!m_referenceFieldId.isEmpty()) {
        then({});
        return;
    }
    m_referenceFieldWaiters.append(std::move(then));
    if (m_referenceFieldPending)
        return;
    m_referenceFieldPending = true;

    auto finish = [this](const TargetError &error) {
        m_referenceFieldPending = false;
        const auto waiters = std::exchange(m_referenceFieldWaiters, {});
        for (const auto &w : waiters)
            w(error);
    };
    const QUrl url = apiUrl(QStringLiteral("custom_fields.json"),
                            { { QStringLiteral("fields"), QStringLiteral("id,name,parent_type,field_type") },
                              { QStringLiteral("parent_type"), QStringLiteral("Contact") },
                              { QStringLiteral("limit"), QString::number(kPageSize) } });
    auto lookPage = std::make_shared<std::function<void(const Reply &)>>();
    *lookPage = [this, finish, lookPage](const Reply &reply) {
        const QString what = tr("the contact custom field “%1”").arg(referenceFieldName());
        if (!reply.ok()) {
            finish(errorOf(reply, what));
            return;
        }
        const QJsonArray data = reply.json.value(QLatin1String("data")).toArray();
        for (const QJsonValue &v : data) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("name")).toString() == referenceFieldName()
                && o.value(QLatin1String("parent_type")).toString() == u"Contact") {
                m_referenceFieldId = idOf(o.value(QLatin1String("id")));
                finish({});
                return;
            }
        }
        const QString next = reply.json.value(QLatin1String("meta"))
                                 .toObject()
                                 .value(QLatin1String("paging"))
                                 .toObject()
                                 .value(QLatin1String("next"))
                                 .toString();
        if (!next.isEmpty()) {
            get(QUrl(next), *lookPage);
            return;
        }
        // Not there: made once. Nothing else writes it, so a retry cannot make two that matter
        // (and a second one would be found first next time all the same).
        const QJsonObject field { { QStringLiteral("name"), referenceFieldName() },
                                  { QStringLiteral("parent_type"), QStringLiteral("Contact") },
                                  { QStringLiteral("field_type"), QStringLiteral("text_line") },
                                  { QStringLiteral("displayed"), true } };
        sendJson("POST",
                 apiUrl(QStringLiteral("custom_fields.json"),
                        { { QStringLiteral("fields"), QStringLiteral("id,name,parent_type,field_type") } }),
                 field, false, [this, finish, what](const Reply &created) {
                     if (!created.ok()) {
                         finish(errorOf(created, what));
                         return;
                     }
                     m_referenceFieldId =
                         idOf(created.json.value(QLatin1String("data")).toObject().value(QLatin1String("id")));
                     finish({});
                 });
    };
    get(url, *lookPage);
}

void ClioConnector::create(const OutgoingRecord &record, Callback done)
{
    if (record.kind == RecordKind::Contact && !record.reference.isEmpty()) {
        withReferenceField([this, record, done](const TargetError &error) {
            if (error.kind != TargetError::Kind::None) {
                TargetResult result;
                result.error = error;
                answer(done, result);
                return;
            }
            createWith(record, 1, done);
        });
        return;
    }
    createWith(record, 1, done);
}

void ClioConnector::createWith(const OutgoingRecord &record, int attempt, Callback done)
{
    QString problem;
    const QJsonObject data = toClio(record, &problem);
    if (!problem.isEmpty()) {
        TargetResult result;
        result.error.kind = TargetError::Kind::Invalid;
        result.error.message = tr("Cannot send %1 to Clio: %2.").arg(describe(record), problem);
        answer(done, result);
        return;
    }
    QString fields = fieldsFor(record.kind);
    if (record.kind == RecordKind::Document)
        fields = QStringLiteral("id,etag,name,parent{id,type},external_properties{name,value},"
                                "latest_document_version{uuid,put_url,put_headers}");
    const QUrl url =
        apiUrl(resourcePath(record.kind) + QStringLiteral(".json"), { { QStringLiteral("fields"), fields } });
    sendJson("POST", url, data, false, [this, record, attempt, done](const Reply &reply) {
        if (reply.ok()) {
            const QJsonObject created = reply.json.value(QLatin1String("data")).toObject();
            if (record.kind == RecordKind::Document) {
                uploadDocument(record, created, done);
                return;
            }
            TargetResult result;
            result.record = fromClio(record.kind, created);
            done(result);
            return;
        }
        if (reply.unsure() && !reply.cancelled && attempt < m_maxAttempts) {
            // Clio may have made it: look for it before sending it again.
            ++m_rate.retries;
            later(
                backoffMs(attempt),
                [this, record, attempt, done] {
                    findByReference(record, [this, record, attempt, done](const TargetResult &found) {
                        if (found.ok() && !found.record.id.isEmpty()) {
                            done(found);
                            return;
                        }
                        if (!found.ok() && !found.error.transient()) {
                            done(found);
                            return;
                        }
                        createWith(record, attempt + 1, done);
                    });
                },
                [this, record, done] { done(cancelledResult(describe(record))); });
            return;
        }
        TargetResult result;
        Reply counted = reply;
        counted.attempts = attempt;
        result.error = errorOf(counted, describe(record));
        done(result);
    });
}

void ClioConnector::uploadDocument(const OutgoingRecord &record, const QJsonObject &created, Callback done)
{
    const QString id = idOf(created.value(QLatin1String("id")));
    const QJsonObject version = created.value(QLatin1String("latest_document_version")).toObject();
    const QString uuid = version.value(QLatin1String("uuid")).toString();
    const QUrl putUrl(version.value(QLatin1String("put_url")).toString());
    if (uuid.isEmpty() || !putUrl.isValid()) {
        TargetResult result;
        result.error.kind = TargetError::Kind::Other;
        result.error.message = tr("Clio gave no upload address for %1.").arg(describe(record));
        done(result);
        return;
    }
    Call put;
    put.verb = "PUT";
    put.url = putUrl;
    put.body = record.content;
    put.clio = false; // the storage host: exactly its headers, and never the bearer token
    const QJsonValue headers = version.value(QLatin1String("put_headers"));
    if (headers.isArray()) {
        for (const QJsonValue &h : headers.toArray())
            put.headers.append({ h.toObject().value(QLatin1String("name")).toString().toUtf8(),
                                 h.toObject().value(QLatin1String("value")).toString().toUtf8() });
    } else if (headers.isObject()) {
        const QJsonObject o = headers.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            put.headers.append({ it.key().toUtf8(), it.value().toString().toUtf8() });
    }
    put.done = [this, record, id, uuid, done](const Reply &reply) {
        if (!reply.ok()) {
            TargetResult result;
            result.error = errorOf(reply, tr("the file of %1").arg(describe(record)));
            done(result);
            return;
        }
        completeUpload(record, id, uuid, 1, done);
    };
    send(std::move(put));
}

void ClioConnector::completeUpload(const OutgoingRecord &record, const QString &id, const QString &uuid, int attempt,
                                   Callback done)
{
    const QUrl url = apiUrl(QStringLiteral("documents/%1.json").arg(id),
                            { { QStringLiteral("fields"), fieldsFor(RecordKind::Document) } });
    const QJsonObject data { { QStringLiteral("uuid"), uuid }, { QStringLiteral("fully_uploaded"), true } };
    sendJson("PATCH", url, data, true, [this, record, id, uuid, attempt, done](const Reply &reply) {
        if (reply.ok()) {
            TargetResult result;
            result.record = fromClio(RecordKind::Document, reply.json.value(QLatin1String("data")).toObject());
            if (result.record.reference.isEmpty())
                result.record.reference = record.reference;
            done(result);
            return;
        }
        const TargetError e = errorOf(reply, describe(record));
        // Clio's check of the stored bytes timed out: asking again is the documented cure.
        if (e.type == u"UploadTimeoutError" && attempt < m_maxAttempts) {
            later(
                backoffMs(attempt), [=, this] { completeUpload(record, id, uuid, attempt + 1, done); },
                [this, record, done] { done(cancelledResult(describe(record))); });
            return;
        }
        TargetResult result;
        result.error = e;
        done(result);
    });
}

// A partial change of an activity: only what the record gives (a move to
// another matter is {"matter":{"id":N}}, with "non_billable" when it says).
QJsonObject ClioConnector::partialActivity(const OutgoingRecord &record) const
{
    const QVariantMap &f = record.fields;
    QJsonObject d;
    for (const auto &[role, key] : { std::pair { "matter", "matter" }, std::pair { "user", "user" } }) {
        const QString id = record.links.value(QLatin1String(role));
        if (!id.isEmpty())
            d.insert(QLatin1String(key), ref(id));
    }
    if (const auto billable = flag(f, QStringLiteral("billable")))
        d.insert(QStringLiteral("non_billable"), !*billable);
    if (f.contains(QStringLiteral("description")))
        d.insert(QStringLiteral("note"), text(f, QStringLiteral("description")));
    const QString date = isoDate(f, QStringLiteral("date"));
    if (!date.isEmpty())
        d.insert(QStringLiteral("date"), date);
    if (const auto rate = integer(f, QStringLiteral("rate")))
        d.insert(QStringLiteral("price"), units(*rate));
    return d;
}

void ClioConnector::update(RecordKind kind, const QString &id, const OutgoingRecord &record, Callback done)
{
    OutgoingRecord r = record;
    r.kind = kind;
    const bool partial = flag(record.fields, QStringLiteral("partial")).value_or(false)
        && (kind == RecordKind::TimeEntry || kind == RecordKind::Expense);
    auto go = [this, kind, id, r, partial, done] {
        QString problem;
        QJsonObject data = partial ? partialActivity(r) : toClio(r, &problem);
        if (!problem.isEmpty()) {
            TargetResult result;
            result.error.kind = TargetError::Kind::Invalid;
            result.error.message = tr("Cannot send %1 to Clio: %2.").arg(describe(r), problem);
            answer(done, result);
            return;
        }
        if (kind == RecordKind::Contact) {
            // Nested lists without ids would be added, not replaced: a PATCH sends the names only.
            data.remove(QStringLiteral("email_addresses"));
            data.remove(QStringLiteral("phone_numbers"));
            data.remove(QStringLiteral("addresses"));
            data.remove(QStringLiteral("custom_field_values"));
        }
        data.remove(QStringLiteral("type"));
        const QUrl url = apiUrl(resourcePath(kind) + QLatin1Char('/') + id + QStringLiteral(".json"),
                                { { QStringLiteral("fields"), fieldsFor(kind) } });
        sendJson("PATCH", url, data, true, [this, kind, r, done](const Reply &reply) {
            TargetResult result;
            if (reply.ok())
                result.record = fromClio(kind, reply.json.value(QLatin1String("data")).toObject());
            else
                result.error = errorOf(reply, describe(r));
            done(result);
        });
    };
    if (kind == RecordKind::Contact)
        withReferenceField([go](const TargetError &) { go(); });
    else
        go();
}

void ClioConnector::remove(RecordKind kind, const QString &id, Callback done)
{
    Call call;
    call.verb = "DELETE";
    call.url = apiUrl(resourcePath(kind) + QLatin1Char('/') + id + QStringLiteral(".json"));
    call.deleteCall = true;
    call.done = [this, kind, id, done](const Reply &reply) {
        TargetResult result;
        result.record.kind = kind;
        result.record.id = id;
        if (!reply.ok())
            result.error = errorOf(reply, tr("%1 %2").arg(kindNoun(kind), id));
        done(result);
    };
    send(std::move(call));
}

void ClioConnector::searchPages(const QUrl &url, RecordKind kind, std::function<bool(const IncomingRecord &)> match,
                                Callback done)
{
    get(url, [this, kind, match, done](const Reply &reply) {
        if (!reply.ok()) {
            TargetResult result;
            result.error = errorOf(reply, tr("the search for a %1").arg(kindNoun(kind)));
            done(result);
            return;
        }
        const QJsonArray data = reply.json.value(QLatin1String("data")).toArray();
        for (const QJsonValue &v : data) {
            const IncomingRecord r = fromClio(kind, v.toObject());
            if (match(r)) {
                TargetResult result;
                result.record = r;
                done(result);
                return;
            }
        }
        const QString next = reply.json.value(QLatin1String("meta"))
                                 .toObject()
                                 .value(QLatin1String("paging"))
                                 .toObject()
                                 .value(QLatin1String("next"))
                                 .toString();
        if (next.isEmpty()) {
            TargetResult none;
            none.record.kind = kind;
            done(none);
            return;
        }
        searchPages(QUrl(next), kind, match, done);
    });
}

void ClioConnector::findByReference(const OutgoingRecord &record, Callback done)
{
    const RecordKind kind = record.kind;
    const QString reference = record.reference;
    QList<QPair<QString, QString>> query { { QStringLiteral("fields"), fieldsFor(kind) },
                                           { QStringLiteral("order"), QStringLiteral("id(asc)") },
                                           { QStringLiteral("limit"), QString::number(kPageSize) } };
    auto byReference = [reference](const IncomingRecord &r) {
        return !reference.isEmpty() && r.reference == reference;
    };
    const QString matter = record.links.value(QStringLiteral("matter"));
    const QString client = record.links.value(QStringLiteral("client"));
    const QString parent = record.links.value(QStringLiteral("parent"));
    const QString parentType = text(record.fields, QStringLiteral("parent_type"));

    switch (kind) {
    case RecordKind::User: {
        const QString email = text(record.fields, QStringLiteral("email"));
        searchPages(
            apiUrl(QStringLiteral("users.json"), query), kind,
            [email](const IncomingRecord &r) {
                return !email.isEmpty()
                    && r.fields.value(QStringLiteral("email")).toString().compare(email, Qt::CaseInsensitive) == 0;
            },
            done);
        return;
    }
    case RecordKind::Contact:
        withReferenceField([=, this](const TargetError &) {
            QList<QPair<QString, QString>> q = query;
            q.append({ QStringLiteral("query"), reference });
            searchPages(apiUrl(QStringLiteral("contacts.json"), q), kind, byReference, done);
        });
        return;
    case RecordKind::Matter:
        // client_reference is not among what query= searches: list the client's matters.
        if (!client.isEmpty())
            query.append({ QStringLiteral("client_id"), client });
        searchPages(apiUrl(QStringLiteral("matters.json"), query), kind, byReference, done);
        return;
    case RecordKind::TimeEntry:
    case RecordKind::Expense:
    case RecordKind::BalanceForward:
        if (!matter.isEmpty())
            query.append({ QStringLiteral("matter_id"), matter });
        query.append({ QStringLiteral("type"),
                       kind == RecordKind::Expense ? QStringLiteral("ExpenseEntry") : QStringLiteral("TimeEntry") });
        searchPages(apiUrl(QStringLiteral("activities.json"), query), kind, byReference, done);
        return;
    case RecordKind::Note:
        if (!matter.isEmpty()) {
            query.append({ QStringLiteral("matter_id"), matter });
            query.append({ QStringLiteral("type"), QStringLiteral("Matter") });
        } else if (!client.isEmpty()) {
            query.append({ QStringLiteral("contact_id"), client });
            query.append({ QStringLiteral("type"), QStringLiteral("Contact") });
        }
        searchPages(apiUrl(QStringLiteral("notes.json"), query), kind, byReference, done);
        return;
    case RecordKind::Folder: {
        const QString name = text(record.fields, QStringLiteral("name"));
        if (!parent.isEmpty()) {
            query.append({ QStringLiteral("parent_id"), parent });
            if (!parentType.isEmpty())
                query.append({ QStringLiteral("parent_type"), parentType });
        }
        searchPages(
            apiUrl(QStringLiteral("folders.json"), query), kind,
            [name, parent](const IncomingRecord &r) {
                return r.fields.value(QStringLiteral("name")).toString() == name
                    && (parent.isEmpty() || r.links.value(QStringLiteral("parent")) == parent);
            },
            done);
        return;
    }
    case RecordKind::Document:
        if (!parent.isEmpty()) {
            query.append({ QStringLiteral("parent_id"), parent });
            if (!parentType.isEmpty())
                query.append({ QStringLiteral("parent_type"), parentType });
        }
        searchPages(apiUrl(QStringLiteral("documents.json"), query), kind, byReference, done);
        return;
    }
}

void ClioConnector::read(RecordKind kind, const QString &id, Callback done)
{
    const QUrl url = apiUrl(resourcePath(kind) + QLatin1Char('/') + id + QStringLiteral(".json"),
                            { { QStringLiteral("fields"), fieldsFor(kind) } });
    auto handle = [this, kind, id, done](const Reply &reply) {
        TargetResult result;
        if (reply.ok())
            result.record = fromClio(kind, reply.json.value(QLatin1String("data")).toObject());
        else
            result.error = errorOf(reply, tr("%1 %2").arg(kindNoun(kind), id));
        done(result);
    };
    if (kind == RecordKind::Contact) // the reference field's id tells our custom field from others
        withReferenceField([this, url, handle](const TargetError &) { get(url, handle); });
    else
        get(url, handle);
}

void ClioConnector::listPages(const QUrl &url, RecordKind kind, PageCallback page)
{
    get(url, [this, kind, page](const Reply &reply) {
        TargetPage p;
        if (!reply.ok()) {
            p.error = errorOf(reply, tr("the list of %1").arg(RecordKinds::title(kind)));
            page(p);
            return;
        }
        const QJsonArray data = reply.json.value(QLatin1String("data")).toArray();
        for (const QJsonValue &v : data) {
            IncomingRecord r = fromClio(kind, v.toObject());
            // Balances carried forward are time entries: told apart by their reference.
            const bool balance = r.reference.contains(QLatin1String(":balance_forward:"));
            if (kind == RecordKind::BalanceForward && !balance)
                continue;
            if (kind == RecordKind::TimeEntry && balance)
                continue;
            p.records.append(r);
        }
        const QString next = reply.json.value(QLatin1String("meta"))
                                 .toObject()
                                 .value(QLatin1String("paging"))
                                 .toObject()
                                 .value(QLatin1String("next"))
                                 .toString();
        p.last = next.isEmpty();
        page(p);
        if (!p.last)
            listPages(QUrl(next), kind, page);
    });
}

void ClioConnector::list(RecordKind kind, const QVariantMap &filter, PageCallback page)
{
    QList<QPair<QString, QString>> query { { QStringLiteral("fields"), fieldsFor(kind) },
                                           { QStringLiteral("order"), QStringLiteral("id(asc)") },
                                           { QStringLiteral("limit"), QString::number(kPageSize) } };
    auto add = [&](const char *from, const char *to) {
        const QString v = filter.value(QLatin1String(from)).toString();
        if (!v.isEmpty())
            query.append({ QLatin1String(to), v });
    };
    add("updated_since", "updated_since");
    switch (kind) {
    case RecordKind::User:
    case RecordKind::Contact:
        break;
    case RecordKind::Matter:
        add("client", "client_id");
        break;
    case RecordKind::TimeEntry:
    case RecordKind::BalanceForward:
    case RecordKind::Expense:
        add("matter", "matter_id");
        add("user", "user_id");
        query.append({ QStringLiteral("type"),
                       kind == RecordKind::Expense ? QStringLiteral("ExpenseEntry") : QStringLiteral("TimeEntry") });
        break;
    case RecordKind::Note:
        add("matter", "matter_id");
        add("client", "contact_id");
        break;
    case RecordKind::Folder:
    case RecordKind::Document:
        add("parent", "parent_id");
        add("parent_type", "parent_type");
        if (kind == RecordKind::Document)
            add("matter", "matter_id");
        break;
    }
    if (kind == RecordKind::Contact) {
        // The reference field's id tells our custom field from others.
        withReferenceField([this, kind, query, page](const TargetError &) {
            listPages(apiUrl(resourcePath(kind) + QStringLiteral(".json"), query), kind, page);
        });
        return;
    }
    listPages(apiUrl(resourcePath(kind) + QStringLiteral(".json"), query), kind, page);
}

} // namespace Cutover
