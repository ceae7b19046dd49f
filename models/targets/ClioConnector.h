#pragma once

#include "targets/TargetConnector.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <functional>
#include <optional>

namespace Cutover {

// Clio Manage API v4 (see shared/reference/clio-api-v4.md and tests/sandbox/README.md).
//
// Every request is pinned to X-API-VERSION 4.0.9, asks for the fields the
// translation needs, pages with Clio's cursor (order=id(asc), limit=200,
// meta.paging.next followed verbatim) and goes through one queue that keeps
// at most `concurrency` requests in flight and paces them inside the rate
// limit Clio announces in its X-RateLimit-* headers (429 + Retry-After
// honoured). Reads, updates and deletes are retried with exponential backoff
// and jitter on 5xx, time-outs and dropped connections; a create whose outcome
// is unknown is never re-sent blindly: the record is first looked for by its
// migration reference.
//
// Where the reference goes: contacts into the contact custom field
// "Cutover reference" (text_line; found or created once), matters into
// client_reference, activities into reference, notes as a last line of the
// detail ("Cutover reference: CUT-..."), documents as the external property
// cutover_reference. Folders carry none: they are found by name under their
// parent.
//
// The access token is never logged or shown.
class ClioConnector : public TargetConnector
{
    Q_OBJECT

public:
    static constexpr auto apiVersion = "4.0.9";

    // `baseUrl` is the region host (https://app.clio.com) or the sandbox's
    // http://127.0.0.1:PORT; the API lives under /api/v4/.
    ClioConnector(const QUrl &baseUrl, const QByteArray &accessToken, QObject *parent = nullptr);
    ~ClioConnector() override;

    // "Cutover reference": the contact custom field that holds the reference.
    static QString referenceFieldName();
    // The region name of a Clio host ("US"), empty for any other host.
    static QString regionOf(const QUrl &baseUrl);

    QString displayName() const override;
    TargetCapabilities capabilities() const override;
    void setConcurrency(int requests) override;
    RateStatus rateStatus() const override;

    void testConnection(Callback done) override;
    void create(const OutgoingRecord &record, Callback done) override;
    void update(RecordKind kind, const QString &id, const OutgoingRecord &record, Callback done) override;
    void remove(RecordKind kind, const QString &id, Callback done) override;
    void findByReference(const OutgoingRecord &record, Callback done) override;
    void list(RecordKind kind, const QVariantMap &filter, PageCallback page) override;
    void read(RecordKind kind, const QString &id, Callback done) override;
    void abortAll() override;

    // A refreshed token for the requests still to come.
    void setAccessToken(const QByteArray &accessToken);
    // Attempts per request on 5xx, time-outs and dropped connections (default
    // 6) and the first backoff delay (default 500 ms, doubled each time, with
    // jitter, at most 30 s).
    void setRetryPolicy(int maxAttempts, int firstDelayMs);
    // A request that transfers nothing for this long is abandoned (default 60 s).
    void setTransferTimeout(int ms);
    // Matter numbers: Clio generates display numbers unless the firm switched
    // to manual numbering. When on, a matter's source_key is sent as its
    // display_number (default off).
    void setSendMatterNumbers(bool on);
    // "Balance brought forward from <name>" when a balance has no description.
    void setSourceSystemName(const QString &name);
    int concurrency() const { return m_concurrency; }

private:
    struct Reply
    {
        int status = 0; // HTTP status; 0 when none arrived
        QNetworkReply::NetworkError network = QNetworkReply::NoError;
        QString networkText;
        bool dropped = false; // connection failed or closed before a complete answer
        bool timedOut = false;
        bool cancelled = false;
        QByteArray body;
        QJsonObject json;
        QUrl url;
        int attempts = 1;

        bool ok() const { return !dropped && !timedOut && !cancelled && status >= 200 && status < 300; }
        // The server may have acted (or we cannot tell).
        bool unsure() const { return dropped || timedOut || status >= 500; }
    };
    using ReplyCallback = std::function<void(const Reply &)>;

    struct Call
    {
        QByteArray verb;
        QUrl url;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool clio = true; // false: the upload PUT (no bearer, no API headers, no rate limit)
        bool retryUnsure = true; // false for creates: the caller looks before sending again
        bool deleteCall = false;
        int attempt = 1;
        int rateLimited = 0;
        quint64 generation = 0;
        ReplyCallback done;
    };

    // The queue.
    void send(Call call);
    void pump();
    void start(Call call);
    void finished(QNetworkReply *reply, Call call);
    void updateRate(QNetworkReply *reply);
    qint64 msUntilAllowed() const;
    int backoffMs(int attempt) const;
    void later(int ms, std::function<void()> what, std::function<void()> cancelled);
    TargetResult cancelledResult(const QString &what) const;
    void answer(Callback done, const TargetResult &result);

    // Requests.
    QUrl apiUrl(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;
    void get(const QUrl &url, ReplyCallback done);
    void sendJson(const QByteArray &verb, const QUrl &url, const QJsonObject &data, bool retryUnsure,
                  ReplyCallback done);

    // Records.
    void withReferenceField(std::function<void(const TargetError &)> then);
    void createWith(const OutgoingRecord &record, int attempt, Callback done);
    void uploadDocument(const OutgoingRecord &record, const QJsonObject &created, Callback done);
    void completeUpload(const OutgoingRecord &record, const QString &id, const QString &uuid, int attempt,
                        Callback done);
    void searchPages(const QUrl &url, RecordKind kind, std::function<bool(const IncomingRecord &)> match,
                     Callback done);
    void listPages(const QUrl &url, RecordKind kind, PageCallback page);

    QString resourcePath(RecordKind kind) const;
    QString fieldsFor(RecordKind kind) const;
    QJsonObject toClio(const OutgoingRecord &record, QString *problem) const;
    QJsonObject partialActivity(const OutgoingRecord &record) const;
    IncomingRecord fromClio(RecordKind kind, const QJsonObject &data) const;
    QString referenceIn(RecordKind kind, const QJsonObject &data) const;

    TargetError errorOf(const Reply &reply, const QString &what) const;
    static QString describe(const OutgoingRecord &record);
    static QString kindNoun(RecordKind kind);

    QUrl m_base;
    QByteArray m_token;
    QNetworkAccessManager m_nam;
    int m_concurrency = 2;
    int m_maxAttempts = 6;
    int m_firstDelayMs = 500;
    int m_timeoutMs = 60000;
    bool m_sendMatterNumbers = false;
    QString m_sourceSystem;

    std::deque<Call> m_queue;
    QList<QPointer<QNetworkReply>> m_inFlight;
    QTimer m_pumpTimer;
    quint64 m_generation = 1;

    // Rate limit, as the last answer told it.
    RateStatus m_rate;
    int m_remainingEstimate = -1;
    QDateTime m_resetUtc;
    QDateTime m_pausedUntilUtc; // after a 429
    QDateTime m_lastSendUtc;

    // The contact custom field holding the reference.
    QString m_referenceFieldId;
    bool m_referenceFieldPending = false;
    QList<std::function<void(const TargetError &)>> m_referenceFieldWaiters;
};

} // namespace Cutover
