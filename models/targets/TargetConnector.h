#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QVariantMap>

#include <functional>

namespace Cutover {

// The kinds of record the import writes, in neutral terms. A connector turns
// them into its own system's records (Clio: contacts, matters, activities...).
enum class RecordKind {
    User, // read only: users cannot be created through Clio's API
    Contact, // a client: person or company
    Matter,
    TimeEntry,
    Expense,
    BalanceForward, // the receivable carried over: one unbilled entry per matter
    Note,
    Folder,
    Document,
};

namespace RecordKinds {
QString key(RecordKind kind); // "time_entry"; also the ledger's entity key
QString title(RecordKind kind); // translated, "Time entries"
} // namespace RecordKinds

// One record on its way to the target. `fields` are the staging columns of the
// source row (see Entities::fields), with money in integer cents and durations
// in integer seconds; the connector converts them at its boundary. `links`
// holds the target ids of the records this one refers to, by role: "client",
// "matter", "user", "parent" (with "parent_type": "Folder" | "Matter" |
// "Contact" in fields for folders and documents).
struct OutgoingRecord
{
    RecordKind kind = RecordKind::Contact;
    QString reference; // the migration reference written into the record (see Ledger::reference)
    QVariantMap fields;
    QHash<QString, QString> links;
    QByteArray content; // documents only: the file's bytes
};

// A record read back from the target, in the same neutral terms.
struct IncomingRecord
{
    RecordKind kind = RecordKind::Contact;
    QString id; // the target's id (opaque text)
    QString reference; // empty when the record carries none
    QVariantMap fields; // same keys as OutgoingRecord::fields, where the target has them
    QHash<QString, QString> links; // target ids by role
    QJsonObject raw; // the record as the target returned it
};

struct TargetError
{
    enum class Kind {
        None,
        Network, // refused, reset, dropped mid-response, TLS
        Timeout,
        RateLimited, // 429 after the retries allowed
        Server, // 5xx after the retries allowed
        Unauthorized, // 401: token missing, expired, revoked, or another region's
        Forbidden, // 403: scope or role
        NotFound, // 404
        Invalid, // 400 / 422: the record was refused; the message says why
        Conflict, // 412: changed in the target since it was read
        Gone, // 410: API version retired
        Cancelled,
        Other,
    };
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString type; // the target's own error type, e.g. "ArgumentError"
    QString message; // translated sentence for the user, quoting the target's message

    // Worth trying again later (network, timeout, 429, 5xx).
    bool transient() const;
};

struct TargetResult
{
    TargetError error;
    IncomingRecord record; // create/update/find: the record; find: empty id when none
    bool ok() const { return error.kind == TargetError::Kind::None; }
};

struct TargetPage
{
    QList<IncomingRecord> records;
    bool last = true;
    TargetError error;
};

struct TargetCapabilities
{
    QSet<RecordKind> create;
    QSet<RecordKind> update;
    QSet<RecordKind> remove;
    QSet<RecordKind> readBack;
};

// What the target said about its rate limit in its last response.
struct RateStatus
{
    int limitPerMinute = 0; // 0 when unknown
    int remaining = -1; // -1 when unknown
    QDateTime resetUtc;
    qint64 requestsSent = 0; // since the connector was made, retries included
    qint64 rateLimitedResponses = 0; // 429s seen
    qint64 retries = 0;
};

// One target system's API. Every call is asynchronous over Qt Network: `done`
// runs later on the connector's thread (never inside the call), exactly once,
// unless the connector is destroyed first. The connector paces itself within
// the target's rate limit and retries what is safe to retry; a create is made
// idempotent by searching for the record's reference before sending it again.
class TargetConnector : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const TargetResult &)>;
    // Called once per page; the last call has `last` set (or an error).
    using PageCallback = std::function<void(const TargetPage &)>;

    ~TargetConnector() override;

    virtual QString displayName() const = 0; // translated, "Clio (US)"
    virtual TargetCapabilities capabilities() const = 0;

    // Requests at once (at most); the rate limit still applies.
    virtual void setConcurrency(int requests) = 0;
    virtual RateStatus rateStatus() const = 0;

    // Who the token belongs to: record.fields "name", "email", "account" (firm).
    virtual void testConnection(Callback done) = 0;
    virtual void create(const OutgoingRecord &record, Callback done) = 0;
    // A record with fields["partial"] = true changes only what it gives (time
    // entries and expenses: the "matter" and "user" links, "billable",
    // "description", "date", "rate"); otherwise the record is sent whole.
    virtual void update(RecordKind kind, const QString &id, const OutgoingRecord &record, Callback done) = 0;
    virtual void remove(RecordKind kind, const QString &id, Callback done) = 0;
    // The record that carries `record.reference`, using record.links as a hint
    // (a matter's client, an entry's matter); result.record.id empty when none.
    virtual void findByReference(const OutgoingRecord &record, Callback done) = 0;
    // Reads every record of a kind, page by page. `filter` keys: "matter",
    // "client", "user", "parent", "parent_type" (target ids), "updated_since".
    virtual void list(RecordKind kind, const QVariantMap &filter, PageCallback page) = 0;
    // One record by its id, as list() would give it; Kind::NotFound when the
    // target has none (deleted). The default answers Kind::Other: not offered.
    virtual void read(RecordKind kind, const QString &id, Callback done);
    // Drops everything queued and answers it with Kind::Cancelled.
    virtual void abortAll() = 0;

signals:
    void rateStatusChanged();

protected:
    explicit TargetConnector(QObject *parent = nullptr);
};

// For work on a job's thread, which waits for the connector on a local event loop.
namespace TargetCalls {
// Runs one asynchronous call (`call` passes the callback on) and returns its answer.
TargetResult wait(const std::function<void(const TargetConnector::Callback &)> &call);
// Every page of a kind; false with `error` when a page failed. `cancelled`,
// when given, is polled: once it is true the connector's requests are dropped.
bool listAll(TargetConnector *connector, RecordKind kind, const QVariantMap &filter, QList<IncomingRecord> *records,
             TargetError *error, const std::function<bool()> &cancelled = {});
// The same, handing each page to `onPage` as it comes (the review writes each
// page to the project file before the next); `onPage` returns false to stop
// (then `error` is left as it is and the result is false).
bool forEachPage(TargetConnector *connector, RecordKind kind, const QVariantMap &filter,
                 const std::function<bool(const TargetPage &)> &onPage, TargetError *error,
                 const std::function<bool()> &cancelled = {});
} // namespace TargetCalls

} // namespace Cutover
