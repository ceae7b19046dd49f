#include "Reconciliation.h"
#include "ReviewState.h"
#include "domain/Money.h"
#include "importing/ImportPlan.h"
#include "importing/PlannedEntries.h"
#include "staging/SqliteStatement.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaType>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <sqlite3.h>
#include <thread>

// How the source and the target are compared (Reconciler::compute).
//
// | what            | rule                                                                                          |
// |-----------------|-----------------------------------------------------------------------------------------------|
// | source          | ImportPlanner::build: contacts, matters, time entries, expenses and balances forward without  |
// |                 | skipReason are expected in the target; one with a problem was refused before sending (absent:|
// |                 | Missing, its label says why). Values from the staging row: time = duration, amount = staged  |
// |                 | amount else rate (the entry's, else its user's) x seconds / 3600 half away from zero (the    |
// |                 | close-out and package rule); expense = amount; balance = the plan's cents, dated the cutoff  |
// |                 | day; contact = name, else company, else first and last; matter = description and client     |
// | CSV package     | the package holds neither the firm's own contact and matter (documents go with the API only) |
// |                 | nor references: those two are left out (noted) and records are matched by content: contacts |
// |                 | by client number, else name; matters by number; entries within their matter by date,        |
// |                 | seconds and cents (then date and seconds: amount changed; date and cents: duration changed;  |
// |                 | seconds and cents: date changed); balances forward summed per matter                         |
// | Clio            | matched by the source key in the reference; target links compared with the ledger's target  |
// |                 | ids (matter, client) and the user mapping (user)                                              |
// | left out        | Clio records without our reference on the placeholder matter or client, and the interim      |
// |                 | entries (reference entity interim_entry, or the ledger's interim_entry target ids): noted    |
// | differences     | Missing, Extra, Changed (one per field: name, client, matter, user, date, duration, amount), |
// |                 | Trust (per worksheet line: Clio against ReviewTrust, the package against its worksheet). A   |
// |                 | receivable held outside any matter is a Missing balance_forward keyed by the client          |
// | keys            | "missing:<entity>:<source key>", "extra:<entity>:<target id>",                                |
// |                 | "changed:<entity>:<source key>:<field>", "trust:<client>:<matter>" ("trust:<client>" at the   |
// |                 | client level), "missing:balance_forward:client:<client>"                                     |
// | money lines     | per matter and per client (the client's line = its matters + what is outside any matter);   |
// |                 | left-out target records count nowhere; target records on matters the migration does not     |
// |                 | know go to one line without client                                                           |
// | in bulk (Clio)  | the time entries and expenses (a million) are not made records: the plan hands them compact |
// |                 | (PlannedEntries), the target's are read on a connection and thread of their own while the   |
// |                 | source is planned (the caller's inside a transaction), and a source entry with exactly one   |
// |                 | target record of its key, no problem and every field above equal is counted matched in      |
// |                 | bulk (counts, money lines, hours per user); every other entry and target record is made a   |
// |                 | record and compared as above. CUTOVER_REVIEW_ONE_BY_ONE=1 compares all one by one (tests)     |

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Reconciliation)
};

const QString kContact = QStringLiteral("contact");
const QString kMatter = QStringLiteral("matter");
const QString kTime = QStringLiteral("time_entry");
const QString kExpense = QStringLiteral("expense");
const QString kBalance = QStringLiteral("balance_forward");
const QString kTrust = QStringLiteral("trust");
const QString kFirm = QStringLiteral("firm");

const QStringList &entityOrder()
{
    static const QStringList order = { kContact, kMatter, kTime, kExpense, kBalance };
    return order;
}

// One source record expected in the target.
struct Src
{
    QString entity;
    QString key;
    QString clientKey, matterKey, userKey, date, name;
    qint64 seconds = 0, cents = 0;
    QString problem;
    QString table;
    qint64 rowId = 0;
};

// One record read back.
struct Tgt
{
    QString entity, targetId, reference, sourceKey, clientId, matterId, userId, date, label, fields;
    qint64 seconds = 0, cents = 0;
    qint64 order = 0; // numeric order of the id, for content matching
    qint32 readIndex = 0; // where the reading had it (the order among equal ids)
};

// A time entry or expense of the source kept compact (Clio: compared in bulk, made a Src only when it differs).
// Ids in the plan's string pool.
struct SrcEntry
{
    qint64 rowId = 0;
    qint64 seconds = 0, cents = 0;
    qint32 key = 0, matter = 0, client = 0, user = 0, date = 0;
    qint32 problem = -1;
    qint32 target = -1; // its compact target record: -1 none, -2 several
    bool time = true;
    bool matched = false; // found equal: counted in bulk
};

// A time entry or expense read back with a source key, kept compact: read on a thread of its own while the source
// is planned, then compared with its source (Comparison::readBulk).
struct TgtEntry
{
    qint64 seconds = 0, cents = 0;
    qint32 readIndex = 0;
    qint32 matter = 0, user = 0, date = 0; // as read: ids in Target::strings; when `equal`: in the plan's pool
    qint32 source = -1; // index in Source::bulk, -1 none
    bool time = true;
    bool equal = false; // every field compareFields() compares equals its source's
    bool matched = false;
};

struct Target
{
    QList<Tgt> records; // everything not kept compact
    qint32 nextReadIndex = 0;
    LargeVector<TgtEntry> entries;
    StringPool strings; // the entries' matter ids, user ids and dates
    // The entries' source keys and target ids (to read one again in full): chars and where each starts.
    LargeVector<char16_t> keyChars, idChars;
    LargeVector<qint64> keyStart { 0 }, idStart { 0 };
    static QStringView at(const LargeVector<char16_t> &chars, const LargeVector<qint64> &start, size_t i)
    {
        return QStringView(chars.data() + start[i], qsizetype(start[i + 1] - start[i]));
    }
    QStringView keyOf(size_t entry) const { return at(keyChars, keyStart, entry); }
    QStringView idOf(size_t entry) const { return at(idChars, idStart, entry); }
    static void append(LargeVector<char16_t> &chars, LargeVector<qint64> &start, QStringView text)
    {
        chars.insert(chars.end(), reinterpret_cast<const char16_t *>(text.utf16()),
                     reinterpret_cast<const char16_t *>(text.utf16()) + text.size());
        start.push_back(qint64(chars.size()));
    }
};

struct Source
{
    ImportPlan plan;
    PlannedEntries entries; // the plan's time entries and expenses (its string pool stays for the ids)
    bool inBulk = false; // Clio: entries kept compact in `bulk`, else all made records
    LargeVector<SrcEntry> bulk;
    std::vector<qint32> timeOfKey, expenseOfKey; // key id -> index in `bulk` (-1)
    QList<Src> records;
    qint64 billed = 0; // time and expenses left out as billed
    qint64 skippedOther = 0;
    qint64 firmLeftOut = 0; // package: the firm's contact and matter
    QHash<QString, QString> clientNames; // client key -> name
    QHash<QString, QString> matterNames; // matter key -> description
    QHash<QString, QString> matterClient; // matter key -> client key
};

QString kindWord(const QString &entity)
{
    if (entity == kContact)
        return Tr::tr("client");
    if (entity == kMatter)
        return Tr::tr("matter");
    if (entity == kTime)
        return Tr::tr("time entry");
    if (entity == kExpense)
        return Tr::tr("expense");
    if (entity == kBalance)
        return Tr::tr("balance carried forward");
    return entity;
}

// Phase timings on stderr when CUTOVER_REVIEW_PROFILE is set (benchmarks).
class Lap
{
public:
    Lap()
        : m_on(qEnvironmentVariableIsSet("CUTOVER_REVIEW_PROFILE"))
    {
        m_clock.start();
    }
    void operator()(const char *what)
    {
        if (m_on)
            std::fprintf(stderr, "reconcile: %-32s %7lld ms\n", what, static_cast<long long>(m_clock.restart()));
    }

private:
    bool m_on;
    QElapsedTimer m_clock;
};

bool rawError(const SqliteRows &q, QString *error)
{
    *error = Tr::tr("The reconciliation cannot read the project file: %1").arg(q.errorString());
    return false;
}

bool readError(const QSqlQuery &q, QString *error)
{
    *error = Tr::tr("The reconciliation cannot read the project file: %1").arg(q.lastError().text());
    return false;
}

// --- The source ---------------------------------------------------------------------------------------------

Src recordOf(const Source &source, const SrcEntry &e)
{
    const StringPool &pool = source.entries.strings;
    Src s;
    s.entity = e.time ? kTime : kExpense;
    s.key = source.entries.keys.string(e.key);
    s.clientKey = pool.string(e.client);
    s.matterKey = pool.string(e.matter);
    s.userKey = pool.string(e.user);
    s.date = pool.string(e.date);
    s.seconds = e.seconds;
    s.cents = e.cents;
    s.problem = e.problem < 0 ? QString() : source.entries.problems.at(e.problem);
    s.table = e.time ? QStringLiteral("stg_time_entry") : QStringLiteral("stg_expense");
    s.rowId = e.rowId;
    return s;
}

bool loadSource(const QSqlDatabase &db, bool package, bool bulk, Source *out, QString *error)
{
    Lap lap;
    if (!ImportPlanner::build(db, &out->plan, &out->entries, error))
        return false;
    lap("ImportPlanner::build");
    const ImportPlan &plan = out->plan;
    out->inBulk = bulk && !package;
    QHash<QString, QHash<qint64, qsizetype>> byRow; // table -> staging id -> index
    for (const PlannedRecord &p : plan.records) {
        QString entity;
        switch (p.kind) {
        case RecordKind::Contact:
        case RecordKind::Matter:
        case RecordKind::BalanceForward:
            entity = RecordKinds::key(p.kind);
            break;
        default:
            continue;
        }
        if (!p.skipReason.isEmpty()) {
            ++out->skippedOther; // the planner skips only billed time and expenses (counted below)
            continue;
        }
        if (package && p.sourceKey == kFirm && p.table.isEmpty()) {
            ++out->firmLeftOut;
            continue;
        }
        Src s;
        s.entity = entity;
        s.key = p.sourceKey;
        s.problem = p.problem;
        s.table = p.table;
        s.rowId = p.rowId;
        s.userKey = p.userKey;
        if (!p.dependsOn.isEmpty()) {
            if (p.kind == RecordKind::Matter)
                s.clientKey = p.dependsOn.first().second;
            else
                s.matterKey = p.dependsOn.first().second;
        }
        if (p.kind == RecordKind::BalanceForward) {
            s.cents = p.cents;
            s.matterKey = p.sourceKey;
            s.date = plan.cutoffDay.toString(Qt::ISODate);
        } else if (p.kind == RecordKind::Contact && p.table.isEmpty()) {
            s.name = plan.firmName; // the firm's own contact
        } else if (p.kind == RecordKind::Matter && p.table.isEmpty()) {
            s.name = p.label; // the firm's "Historical data" matter, as the import names it
        }
        if (!p.table.isEmpty())
            byRow[p.table].insert(p.rowId, out->records.size());
        out->records.append(s);
    }

    QList<qint64> snapshots = plan.deltaIds;
    snapshots.prepend(plan.snapshotId);
    QStringList ids;
    for (qint64 id : std::as_const(snapshots))
        ids << QString::number(id);
    const QString inSnapshots = QStringLiteral("snapshot_id IN (%1)").arg(ids.join(QLatin1Char(',')));

    // Users' default rates, by key (first row of a key).
    QHash<QString, std::optional<qint64>> userRate;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT source_key, rate FROM stg_user WHERE %1 ORDER BY id").arg(inSnapshots)))
        return readError(q, error);
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (!userRate.contains(key))
            userRate.insert(key, q.value(1).isNull() ? std::nullopt : std::optional<qint64>(q.value(1).toLongLong()));
    }

    auto each = [&](const QString &table, const QString &columns, const std::function<void(Src &, SqliteRows &)> &fn) {
        const auto rows = byRow.value(table);
        if (rows.isEmpty())
            return true;
        SqliteRows r(db, QStringLiteral("SELECT id, %1 FROM %2 WHERE %3").arg(columns, table, inSnapshots));
        while (r.next()) {
            const auto it = rows.constFind(r.integer(0));
            if (it != rows.constEnd())
                fn(out->records[*it], r);
        }
        return r.ok() || rawError(r, error);
    };
    if (!each(QStringLiteral("stg_client"), QStringLiteral("name, company, first_name, last_name"),
              [&](Src &s, SqliteRows &r) {
                  QString name = r.string(1).trimmed();
                  if (name.isEmpty())
                      name = r.string(2).trimmed();
                  if (name.isEmpty())
                      name = (r.string(3).trimmed() + QLatin1Char(' ') + r.string(4).trimmed()).trimmed();
                  s.name = name;
              })
        || !each(QStringLiteral("stg_matter"), QStringLiteral("description, open_date"), [&](Src &s, SqliteRows &r) {
               s.name = r.string(1).trimmed();
               s.date = r.string(2).trimmed().left(10);
           }))
        return false;

    for (const Src &s : std::as_const(out->records)) {
        if (s.entity == kContact)
            out->clientNames.insert(s.key, s.name);
        else if (s.entity == kMatter) {
            out->matterNames.insert(s.key, s.name);
            out->matterClient.insert(s.key, s.clientKey);
        }
    }
    for (const WorksheetRow &w : plan.worksheet) {
        if (!out->clientNames.contains(w.clientKey))
            out->clientNames.insert(w.clientKey, w.clientName);
    }
    // A balance's client is its matter's.
    for (Src &s : out->records) {
        if (s.entity == kBalance && s.clientKey.isEmpty())
            s.clientKey = out->matterClient.value(s.matterKey);
    }

    // Time entries and expenses, from the plan's compact entries: time = duration, amount = the staged amount,
    // else the rate (the entry's, else its user's) x seconds / 3600, half away from zero; expense = amount. An
    // entry's client is its own, else its matter's (as planned).
    StringPool &pool = out->entries.strings;
    IdMemo dateOf, matterClientOf; // per id in the pool
    std::vector<std::optional<qint64>> rateOf;
    std::vector<bool> rateKnown;
    out->bulk.reserve(out->entries.entries.size());
    for (const PlannedEntries::Entry &p : out->entries.entries) {
        if (p.billed) {
            ++out->billed;
            continue;
        }
        SrcEntry e;
        e.time = p.kind == RecordKind::TimeEntry;
        e.rowId = p.rowId;
        e.key = p.key;
        e.matter = p.matter;
        e.user = p.user;
        e.problem = p.problem;
        e.date = dateOf.get(p.date, [&] { return pool.intern(pool.view(p.date).left(10)); });
        e.client = !p.clientOfMatter
            ? p.client
            : matterClientOf.get(p.matter, [&] { return pool.intern(out->matterClient.value(pool.string(p.matter))); });
        if (e.time) {
            e.seconds = p.duration;
            std::optional<qint64> rate;
            if (p.hasRate) {
                rate = p.rate;
            } else {
                if (size_t(p.user) >= rateKnown.size()) {
                    rateKnown.resize(size_t(p.user) + 1, false);
                    rateOf.resize(size_t(p.user) + 1);
                }
                if (!rateKnown[size_t(p.user)]) {
                    rateOf[size_t(p.user)] = userRate.value(pool.string(p.user));
                    rateKnown[size_t(p.user)] = true;
                }
                rate = rateOf[size_t(p.user)];
            }
            if (p.hasAmount)
                e.cents = p.amount;
            else if (rate)
                e.cents = Money::mulDivRounded(e.seconds, *rate, 3600);
        } else {
            e.cents = p.amount;
        }
        out->bulk.push_back(e);
    }
    out->entries.entries = {}; // all in `bulk` now
    if (out->inBulk) {
        out->timeOfKey.assign(size_t(out->entries.keys.size()), -1);
        out->expenseOfKey.assign(size_t(out->entries.keys.size()), -1);
        for (size_t i = 0; i < out->bulk.size(); ++i)
            (out->bulk[i].time ? out->timeOfKey : out->expenseOfKey)[size_t(out->bulk[i].key)] = qint32(i);
    } else {
        // One record each, after the matters (where the plan lists them; content matching takes sources in order).
        qsizetype at = 0;
        while (at < out->records.size()
               && (out->records.at(at).entity == kContact || out->records.at(at).entity == kMatter))
            ++at;
        QList<Src> entries;
        entries.reserve(qsizetype(out->bulk.size()));
        for (const SrcEntry &e : out->bulk)
            entries.append(recordOf(*out, e));
        out->records.insert(at, entries.size(), Src());
        std::move(entries.begin(), entries.end(), out->records.begin() + at);
        out->bulk.clear();
    }
    lap("staging values");
    return true;
}

// --- The target ---------------------------------------------------------------------------------------------

// fields only where the comparison reads them (a matter's description).
const QString kTargetColumns =
    QStringLiteral("entity, target_id, reference, source_key, client_id, matter_id, user_id, "
                   "date, seconds, cents, label, CASE entity WHEN 'matter' THEN fields ELSE "
                   "'' END");

Tgt recordOf(SqliteRows &q, qint32 readIndex)
{
    Tgt t;
    t.entity = q.string(0);
    t.targetId = q.string(1);
    t.reference = q.string(2);
    t.sourceKey = q.string(3);
    t.clientId = q.string(4);
    t.matterId = q.string(5);
    t.userId = q.string(6);
    t.date = q.string(7);
    t.seconds = q.integer(8);
    t.cents = q.integer(9);
    t.label = q.string(10);
    t.fields = q.string(11);
    // "activities.csv:12" or "300001": ordered by the number at the end.
    const qsizetype colon = t.targetId.lastIndexOf(QLatin1Char(':'));
    t.order = QStringView(t.targetId).mid(colon + 1).toLongLong();
    t.readIndex = readIndex;
    return t;
}

// The run's records. With the source in bulk, a time entry or expense carrying the source key of one of the
// source's is kept compact (its values as ids in the plan's pool); everything else is read in full.
// The run's records in full; in bulk, the time entries and expenses carrying a source key compactly (their
// columns compared only). On the connection given: the caller's, or a reader thread's own.
bool loadTarget(sqlite3 *handle, qint64 runId, bool bulk, Target *out, QString *error)
{
    // In the order of the run's key (entity, target id): ties of the numeric order keep it (Tgt::readIndex).
    SqliteRows q(
        handle,
        QStringLiteral("SELECT %1 FROM review_target_record WHERE run_id = ?%2 ORDER BY entity, target_id")
            .arg(kTargetColumns, bulk ? QStringLiteral(" AND entity NOT IN ('time_entry', 'expense')") : QString()));
    q.bind(0, runId);
    while (q.next())
        out->records.append(recordOf(q, out->nextReadIndex++));
    if (!q.ok())
        return rawError(q, error);
    if (!bulk)
        return true;
    SqliteRows e(handle,
                 QStringLiteral("SELECT entity, source_key, matter_id, user_id, date, seconds, cents, "
                                "target_id FROM review_target_record WHERE run_id = ? AND entity IN "
                                "('time_entry', 'expense') ORDER BY entity, target_id"));
    e.bind(0, runId);
    SqliteRows one(handle,
                   QStringLiteral("SELECT %1 FROM review_target_record WHERE run_id = ? AND entity = ? AND "
                                  "target_id = ?")
                       .arg(kTargetColumns));
    while (e.next()) {
        const qint32 index = out->nextReadIndex++;
        const bool time = e.text(0) == kTime;
        const QStringView key = e.text(1);
        if (key.isEmpty()) { // not ours (or an interim entry): in full
            one.reset();
            one.bind(0, runId);
            one.bind(1, time ? kTime : kExpense);
            one.bind(2, e.string(7));
            if (!one.next())
                return rawError(one.ok() ? e : one, error);
            out->records.append(recordOf(one, index));
            continue;
        }
        TgtEntry t;
        t.time = time;
        t.readIndex = index;
        t.matter = out->strings.intern(e.text(2));
        t.user = out->strings.intern(e.text(3));
        t.date = out->strings.intern(e.text(4));
        t.seconds = e.integer(5);
        t.cents = e.integer(6);
        out->entries.push_back(t);
        Target::append(out->keyChars, out->keyStart, e.text(1));
        Target::append(out->idChars, out->idStart, e.text(7));
    }
    return e.ok() || rawError(e, error);
}

// Reads the target on a connection and a thread of its own while the source is planned (the two are independent
// reads of the project file). On the caller's connection after all when it is inside a transaction (a second
// connection would not see what the transaction wrote) or has no file.
class TargetReading
{
public:
    TargetReading(const QSqlDatabase &db, qint64 runId, bool bulk)
        : m_runId(runId)
        , m_bulk(bulk)
    {
        sqlite3 *handle = SqliteStatement::handleOf(db);
        const char *file = handle ? sqlite3_db_filename(handle, "main") : nullptr;
        if (!handle || !file || !*file || !sqlite3_get_autocommit(handle))
            return;
        const QByteArray path(file);
        m_thread = std::thread([this, path] {
            sqlite3 *own = nullptr;
            if (sqlite3_open_v2(path.constData(), &own, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr)
                == SQLITE_OK) {
                sqlite3_busy_timeout(own, 10000);
                m_ok = loadTarget(own, m_runId, m_bulk, &m_target, &m_error);
                m_done = true;
            }
            sqlite3_close_v2(own);
        });
    }
    ~TargetReading()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    TargetReading(const TargetReading &) = delete;
    TargetReading &operator=(const TargetReading &) = delete;

    bool finish(const QSqlDatabase &db, Target *out, QString *error)
    {
        if (m_thread.joinable())
            m_thread.join();
        if (!m_done) { // no thread, or its connection did not open: here
            m_target = Target();
            m_ok = loadTarget(SqliteStatement::handleOf(db), m_runId, m_bulk, &m_target, &m_error);
        }
        *out = std::move(m_target);
        if (!m_ok)
            *error = m_error;
        return m_ok;
    }

private:
    qint64 m_runId;
    bool m_bulk;
    std::thread m_thread;
    Target m_target;
    bool m_done = false, m_ok = false;
    QString m_error;
};

QString fieldOf(const Tgt &t, const QString &name)
{
    return QJsonDocument::fromJson(t.fields.toUtf8()).object().value(name).toString().trimmed();
}

// --- The comparison -----------------------------------------------------------------------------------------

class Comparison
{
public:
    Comparison(const QSqlDatabase &db, const QString &targetKey, bool package, Source &source, Target &target,
               Reconciliation *out)
        : m_db(db)
        , m_targetKey(targetKey)
        , m_package(package)
        , m_source(source)
        , m_targetSet(target)
        , m_target(target.records)
        , m_out(out)
    {
    }

    bool run(QString *error);

private:
    bool loadLedger(QString *error);
    bool readBulk(QString *error);
    bool matchBulk(QString *error);
    void match();
    void matchByContent(const QString &entity, const QList<qsizetype> &sources, const QList<qsizetype> &targets);
    void compareFields(const Src &s, const Tgt &t);
    void difference(ReviewDifference d);
    void addMissing(const Src &s);
    void addExtra(const Tgt &t);
    void changed(const Src &s, const Tgt &t, const QString &field, const QString &sourceValue,
                 const QString &targetValue, qint64 centsDelta = 0, qint64 secondsDelta = 0);
    QString label(const Src &s) const;
    QString targetLabel(const Tgt &t) const;
    QString userName(const QString &userKey) const;
    // The source matter and client a target record belongs to.
    QString matterOf(const Tgt &t) const;
    QString clientOf(const Tgt &t) const;
    QString expectedMatter(const Src &s) const;
    QString expectedClient(const Src &s) const;
    QString expectedUser(const Src &s) const;
    void money();
    void trust();
    void users();
    void notes();

    const QSqlDatabase &m_db;
    QString m_targetKey;
    bool m_package;
    Source &m_source;
    Target &m_targetSet;
    QList<Tgt> &m_target; // m_targetSet.records: those compared one by one
    Reconciliation *m_out;

    // Time entries and expenses found equal in bulk (matchBulk): counted here, not in m_source or m_target.
    struct Sums
    {
        qint64 count = 0, seconds = 0, timeCents = 0, expenseCents = 0;
        void add(bool time, qint64 s, qint64 cents)
        {
            ++count;
            if (time) {
                seconds += s;
                timeCents += cents;
            } else {
                expenseCents += cents;
            }
        }
    };
    QHash<QPair<qint32, qint32>, Sums> m_bulkSourceLines; // (client, matter) ids -> the source's
    QHash<qint32, Sums> m_bulkTargetMatters; // the target's matter id -> the target's
    QHash<qint32, Sums> m_bulkSourceUsers, m_bulkTargetUsers; // time entries only: source user / target user id

    // Ledger.
    QHash<QString, QString> m_contactId, m_matterId; // source key -> target id
    QHash<QString, QString> m_matterById, m_clientById; // target id -> source key
    QSet<QString> m_interimIds;
    QString m_placeholderMatter, m_placeholderClient;
    QHash<QString, QString> m_userTarget; // source user -> target user id (package: name)

    // Results of matching.
    QList<qsizetype> m_pairOfSource; // source index -> target index, -1 when missing
    QList<qsizetype> m_pairOfTarget; // target index -> source index, -1 extra, -2 left out
    QHash<QString, ReviewCount> m_counts;
    qint64 m_leftOutInterim = 0, m_leftOutPlaceholder = 0;
};

bool Comparison::loadLedger(QString *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT entity, source_key, target_id FROM id_map WHERE target_key = ? AND entity IN "
                             "('contact', 'matter', 'interim_entry') AND coalesce(target_id, '') <> '' AND state "
                             "NOT IN ('deleted')"));
    q.addBindValue(m_targetKey);
    if (!q.exec())
        return readError(q, error);
    while (q.next()) {
        const QString entity = q.value(0).toString();
        const QString key = q.value(1).toString();
        const QString id = q.value(2).toString();
        if (entity == kContact) {
            m_contactId.insert(key, id);
            m_clientById.insert(id, key);
        } else if (entity == kMatter) {
            m_matterId.insert(key, id);
            m_matterById.insert(id, key);
        } else {
            m_interimIds.insert(id);
        }
    }
    q.prepare(QStringLiteral("SELECT client_id, matter_id FROM placeholder WHERE target_key = ?"));
    q.addBindValue(m_targetKey);
    if (!q.exec())
        return readError(q, error);
    if (q.next()) {
        m_placeholderClient = q.value(0).toString();
        m_placeholderMatter = q.value(1).toString();
    }
    if (m_package) {
        // The package names users: the target user chosen for the package, else the source user's name.
        q.prepare(QStringLiteral("SELECT source_user_key, target_user_name FROM user_map WHERE target_key = ? AND "
                                 "target_user_name <> ''"));
        q.addBindValue(m_targetKey);
        if (!q.exec())
            return readError(q, error);
        while (q.next())
            m_userTarget.insert(q.value(0).toString(), q.value(1).toString());
        for (auto it = m_source.plan.users.cbegin(); it != m_source.plan.users.cend(); ++it) {
            if (!m_userTarget.contains(it.key()))
                m_userTarget.insert(it.key(), it->name);
        }
    } else {
        QString why;
        m_userTarget = UserMappings::targetIds(m_db, m_targetKey, &why);
        if (!why.isEmpty()) {
            *error = why;
            return false;
        }
    }
    return true;
}

QString Comparison::userName(const QString &userKey) const
{
    const auto it = m_source.plan.users.constFind(userKey);
    return it == m_source.plan.users.constEnd() || it->name.isEmpty() ? userKey : it->name;
}

QString Comparison::label(const Src &s) const
{
    QString text;
    if (s.entity == kTime || s.entity == kExpense) {
        text = (s.entity == kTime ? Tr::tr("time entry %1 of %2 by %3 on %4") : Tr::tr("expense %1 of %2 by %3 on %4"))
                   .arg(s.key, s.date, userName(s.userKey), s.matterKey);
    } else if (s.entity == kBalance) {
        text = Tr::tr("balance carried forward of matter %1").arg(s.key);
    } else if (s.entity == kMatter) {
        text = Tr::tr("matter %1 (%2)").arg(s.key, s.name);
    } else {
        text = Tr::tr("client %1 (%2)").arg(s.key, s.name);
    }
    if (!s.problem.isEmpty())
        text = Tr::tr("%1, refused before sending: %2").arg(text, s.problem);
    return text;
}

QString Comparison::targetLabel(const Tgt &t) const
{
    const QString matter = matterOf(t);
    const QString where = matter.isEmpty() ? t.matterId : matter;
    if (t.entity == kTime || t.entity == kExpense || t.entity == kBalance)
        return Tr::tr("%1 %2 in the target of %3 on %4 (%5)")
            .arg(kindWord(t.entity), t.targetId, t.date, where, t.label);
    return Tr::tr("%1 %2 in the target (%3)").arg(kindWord(t.entity), t.targetId, t.label);
}

QString Comparison::matterOf(const Tgt &t) const
{
    if (t.entity == kMatter)
        return m_package ? t.matterId : m_matterById.value(t.targetId, t.sourceKey);
    return m_package ? t.matterId : m_matterById.value(t.matterId);
}

QString Comparison::clientOf(const Tgt &t) const
{
    if (t.entity == kContact)
        return m_package ? t.clientId : m_clientById.value(t.targetId, t.sourceKey);
    if (t.entity == kMatter && m_package)
        return t.clientId;
    if (t.entity == kMatter)
        return m_clientById.value(t.clientId, m_source.matterClient.value(matterOf(t)));
    return m_source.matterClient.value(matterOf(t));
}

QString Comparison::expectedMatter(const Src &s) const
{
    return m_package ? s.matterKey : m_matterId.value(s.matterKey);
}

QString Comparison::expectedClient(const Src &s) const
{
    return m_package ? s.clientKey : m_contactId.value(s.clientKey);
}

QString Comparison::expectedUser(const Src &s) const
{
    return m_userTarget.value(s.userKey);
}

void Comparison::difference(ReviewDifference d)
{
    d.clientName = m_source.clientNames.value(d.clientKey);
    m_out->differences.append(std::move(d));
}

void Comparison::addMissing(const Src &s)
{
    ReviewDifference d;
    d.kind = ReviewDifference::Kind::Missing;
    d.key = QStringLiteral("missing:%1:%2").arg(s.entity, s.key);
    d.entity = s.entity;
    d.sourceKey = s.key;
    d.clientKey = s.entity == kContact ? s.key : s.clientKey;
    d.matterKey = s.entity == kMatter ? s.key : s.matterKey;
    d.label = label(s);
    if (s.entity == kTime || s.entity == kExpense || s.entity == kBalance) {
        d.sourceValue = Reconciler::formatCents(s.cents);
        d.centsDelta = -s.cents;
        d.secondsDelta = -s.seconds;
    } else {
        d.sourceValue = s.name;
    }
    ++m_counts[s.entity].missing;
    difference(std::move(d));
}

void Comparison::addExtra(const Tgt &t)
{
    ReviewDifference d;
    d.kind = ReviewDifference::Kind::Extra;
    d.key = QStringLiteral("extra:%1:%2").arg(t.entity, t.targetId);
    d.entity = t.entity;
    d.targetId = t.targetId;
    d.clientKey = clientOf(t);
    d.matterKey = t.entity == kContact ? QString() : matterOf(t);
    d.label = targetLabel(t);
    if (t.entity == kTime || t.entity == kExpense || t.entity == kBalance) {
        d.targetValue = Reconciler::formatCents(t.cents);
        d.centsDelta = t.cents;
        d.secondsDelta = t.seconds;
    } else {
        d.targetValue = t.label;
    }
    ++m_counts[t.entity].extra;
    difference(std::move(d));
}

void Comparison::changed(const Src &s, const Tgt &t, const QString &field, const QString &sourceValue,
                         const QString &targetValue, qint64 centsDelta, qint64 secondsDelta)
{
    ReviewDifference d;
    d.kind = ReviewDifference::Kind::Changed;
    d.key = QStringLiteral("changed:%1:%2:%3").arg(s.entity, s.key, field);
    d.entity = s.entity;
    d.sourceKey = s.key;
    d.targetId = t.targetId;
    d.clientKey = s.entity == kContact ? s.key : s.clientKey;
    d.matterKey = s.entity == kMatter ? s.key : s.matterKey;
    d.label = label(s);
    d.field = field;
    d.sourceValue = sourceValue;
    d.targetValue = targetValue;
    d.centsDelta = centsDelta;
    d.secondsDelta = secondsDelta;
    difference(std::move(d));
}

void Comparison::compareFields(const Src &s, const Tgt &t)
{
    const qsizetype before = m_out->differences.size();
    auto link = [&](const QString &field, const QString &expected, const QString &actual, const QString &sourceKey,
                    const QString &targetKey) {
        if (expected != actual)
            changed(s, t, field, sourceKey, targetKey.isEmpty() ? actual : targetKey);
    };
    if (s.entity == kContact) {
        if (s.name != t.label.trimmed())
            changed(s, t, QStringLiteral("name"), s.name, t.label.trimmed());
    } else if (s.entity == kMatter) {
        const QString description =
            m_package ? fieldOf(t, QStringLiteral("description")) : fieldOf(t, QStringLiteral("description"));
        if (s.name != description)
            changed(s, t, QStringLiteral("name"), s.name, description);
        link(QStringLiteral("client"), expectedClient(s), t.clientId, s.clientKey, clientOf(t));
    } else {
        if (!(m_package && s.entity == kBalance) && s.date != t.date)
            changed(s, t, QStringLiteral("date"), s.date, t.date);
        if (s.entity == kTime && s.seconds != t.seconds)
            changed(s, t, QStringLiteral("duration"), QString::number(s.seconds), QString::number(t.seconds), 0,
                    t.seconds - s.seconds);
        if (s.cents != t.cents)
            changed(s, t, QStringLiteral("amount"), Reconciler::formatCents(s.cents), Reconciler::formatCents(t.cents),
                    t.cents - s.cents);
        link(QStringLiteral("matter"), expectedMatter(s), t.matterId, s.matterKey, matterOf(t));
        if (s.entity != kBalance)
            link(QStringLiteral("user"), expectedUser(s), t.userId, userName(s.userKey), QString());
    }
    if (m_out->differences.size() > before)
        ++m_counts[s.entity].changed;
    else
        ++m_counts[s.entity].matched;
}

void Comparison::matchByContent(const QString &entity, const QList<qsizetype> &sources, const QList<qsizetype> &targets)
{
    // Passes from the exact content to looser ones, each pairing what is left.
    using KeyFn = std::function<QString(const QString &matter, const QString &date, qint64 seconds, qint64 cents)>;
    QList<KeyFn> passes;
    auto number = [](qint64 v) {
        return QString::number(v);
    };
    const QChar sep(0x1f);
    if (entity == kContact) {
        passes << KeyFn([](const QString &m, const QString &, qint64, qint64) { return m; });
    } else if (entity == kMatter || entity == kBalance) {
        passes << KeyFn([](const QString &m, const QString &, qint64, qint64) { return m; });
    } else {
        passes << KeyFn([&](const QString &m, const QString &d, qint64 s, qint64 c) {
            return m + sep + d + sep + number(s) + sep + number(c);
        }) << KeyFn([&](const QString &m, const QString &d, qint64 s, qint64) {
            return m + sep + d + sep + number(s);
        }) << KeyFn([&](const QString &m, const QString &d, qint64, qint64 c) { return m + sep + d + sep + number(c); })
               << KeyFn([&](const QString &m, const QString &, qint64 s, qint64 c) {
                      return m + sep + number(s) + sep + number(c);
                  });
    }
    for (const KeyFn &key : std::as_const(passes)) {
        QHash<QString, QList<qsizetype>> open; // key -> unmatched targets, in order
        for (qsizetype ti : targets) {
            if (m_pairOfTarget.at(ti) != -1)
                continue;
            const Tgt &t = m_target.at(ti);
            const QString k = entity == kContact ? (t.clientId.isEmpty() ? QStringLiteral("name:") + t.label.trimmed()
                                                                         : QStringLiteral("key:") + t.clientId)
                                                 : key(t.matterId, t.date, t.seconds, t.cents);
            open[k].append(ti);
        }
        for (qsizetype si : sources) {
            if (m_pairOfSource.at(si) != -1)
                continue;
            const Src &s = m_source.records.at(si);
            QStringList keys;
            if (entity == kContact)
                keys << QStringLiteral("key:") + s.key << QStringLiteral("name:") + s.name;
            else if (entity == kMatter)
                keys << s.key;
            else
                keys << key(s.matterKey, s.date, s.seconds, s.cents);
            for (const QString &k : std::as_const(keys)) {
                auto it = open.find(k);
                if (it == open.end() || it->isEmpty())
                    continue;
                const qsizetype ti = it->takeFirst();
                m_pairOfSource[si] = ti;
                m_pairOfTarget[ti] = si;
                break;
            }
        }
    }
}

// Time entries and expenses of the target carrying the source key of one of the source's, in bulk: compared
// with their source as they are read (the fields compareFields() compares, in the same way), only the columns
// compared. The others (not ours, or interim entries) are read in full.
bool Comparison::readBulk(QString *error)
{
    if (!m_source.inBulk)
        return true;
    StringPool &pool = m_source.entries.strings;
    Target &target = m_targetSet;
    // Per id: what the target should hold (the ledger's matter, the mapped user) in the plan's pool; the target's
    // values in the plan's pool (-2 when not in it: equal to nothing of the source's).
    IdMemo matterOfSource, userOfSource, inPlanPool;
    auto planned = [&](qint32 id) {
        return inPlanPool.get(id, [&] {
            const qint32 found = pool.find(target.strings.view(id));
            return found < 0 ? -2 : found;
        });
    };
    // The key table is big: each key's slot is fetched a few records ahead.
    const StringPool &keys = m_source.entries.keys;
    constexpr size_t kAhead = 8;
    std::array<quint32, kAhead> ahead {};
    for (size_t i = 0; i < kAhead && i < target.entries.size(); ++i)
        ahead[i] = keys.prefetch(target.keyOf(i));
    for (size_t i = 0; i < target.entries.size(); ++i) {
        TgtEntry &t = target.entries[i];
        const quint32 hash = ahead[i % kAhead];
        if (i + kAhead < target.entries.size())
            ahead[i % kAhead] = keys.prefetch(target.keyOf(i + kAhead));
        const qint32 key = keys.find(target.keyOf(i), hash);
        const std::vector<qint32> &ofKey = t.time ? m_source.timeOfKey : m_source.expenseOfKey;
        t.source = key > 0 && size_t(key) < ofKey.size() ? ofKey[size_t(key)] : -1;
        if (t.source < 0)
            continue; // extra: read in full in matchBulk
        const SrcEntry &s = m_source.bulk[size_t(t.source)];
        const qint32 matter =
            matterOfSource.get(s.matter, [&] { return pool.intern(m_matterId.value(pool.string(s.matter))); });
        const qint32 user =
            userOfSource.get(s.user, [&] { return pool.intern(m_userTarget.value(pool.string(s.user))); });
        // The fields compareFields() compares, in the same way (equal text, equal numbers).
        t.equal = planned(t.date) == s.date && (!t.time || t.seconds == s.seconds) && t.cents == s.cents
            && planned(t.matter) == matter && planned(t.user) == user;
        if (t.equal) {
            t.matter = matter;
            t.user = user;
        }
    }
    Q_UNUSED(error)
    return true;
}

bool Comparison::matchBulk(QString *error)
{
    LargeVector<SrcEntry> &bulk = m_source.bulk;
    LargeVector<TgtEntry> &entries = m_targetSet.entries;
    if (m_source.inBulk) {
        for (size_t i = 0; i < entries.size(); ++i) {
            if (entries[i].source < 0)
                continue;
            SrcEntry &s = bulk[size_t(entries[i].source)];
            s.target = s.target == -1 ? qint32(i) : -2;
        }
        for (size_t i = 0; i < bulk.size(); ++i) {
            SrcEntry &s = bulk[i];
            if (s.problem < 0 && s.target >= 0 && entries[size_t(s.target)].equal) {
                TgtEntry &t = entries[size_t(s.target)];
                s.matched = t.matched = true;
                ReviewCount &c = m_counts[s.time ? kTime : kExpense];
                ++c.source;
                ++c.target;
                ++c.matched;
                m_bulkSourceLines[{ s.client, s.matter }].add(s.time, s.seconds, s.cents);
                m_bulkTargetMatters[t.matter].add(t.time, t.seconds, t.cents);
                if (s.time) {
                    m_bulkSourceUsers[s.user].add(true, s.seconds, s.cents);
                    m_bulkTargetUsers[t.user].add(true, t.seconds, t.cents);
                }
                continue;
            }
            // Compared one by one: missing, refused, changed, or with several records of its key (each of
            // those is read in full below, and the first is its pair, as for any record).
            m_source.records.append(recordOf(m_source, s));
        }

        // The target's records not found equal: read in full, by their key in the run.
        SqliteRows one(m_db,
                       QStringLiteral("SELECT %1 FROM review_target_record WHERE run_id = ? AND entity = ? AND "
                                      "target_id = ?")
                           .arg(kTargetColumns));
        for (size_t i = 0; i < entries.size(); ++i) {
            if (entries[i].matched)
                continue;
            one.reset();
            one.bind(0, m_out->runId);
            one.bind(1, entries[i].time ? kTime : kExpense);
            one.bind(2, m_targetSet.idOf(i).toString());
            if (!one.next()) {
                if (!one.ok())
                    return rawError(one, error);
                *error =
                    Tr::tr("Reading %1 of the target changed while it was compared: compare again.").arg(m_out->runId);
                return false;
            }
            m_target.append(recordOf(one, entries[i].readIndex));
        }
        bulk = {};
        entries = {};
    }
    std::sort(m_target.begin(), m_target.end(), [](const Tgt &a, const Tgt &b) {
        if (a.entity != b.entity)
            return a.entity < b.entity;
        return a.order != b.order ? a.order < b.order : a.readIndex < b.readIndex;
    });
    return true;
}

void Comparison::match()
{
    const QList<Src> &src = m_source.records;
    m_pairOfSource = QList<qsizetype>(src.size(), -1);
    m_pairOfTarget = QList<qsizetype>(m_target.size(), -1);

    // Left out: the placeholder and the interim entries (Clio only).
    const QString interimPrefix = QStringLiteral(":interim_entry:");
    for (qsizetype i = 0; i < m_target.size(); ++i) {
        const Tgt &t = m_target.at(i);
        if (t.entity == kTrust) {
            m_pairOfTarget[i] = -2;
            continue;
        }
        if (m_package || !t.sourceKey.isEmpty()) {
            ++m_counts[t.entity].target;
            continue;
        }
        const bool interim = t.reference.contains(interimPrefix) || m_interimIds.contains(t.targetId);
        const bool placeholder = (!m_placeholderMatter.isEmpty()
                                  && ((t.entity == kMatter && t.targetId == m_placeholderMatter)
                                      || (t.entity != kMatter && t.matterId == m_placeholderMatter)))
            || (!m_placeholderClient.isEmpty() && t.entity == kContact && t.targetId == m_placeholderClient);
        if (interim && (t.entity == kTime || t.entity == kExpense)) {
            m_pairOfTarget[i] = -2;
            ++m_leftOutInterim;
        } else if (placeholder) {
            m_pairOfTarget[i] = -2;
            ++m_leftOutPlaceholder;
        } else {
            ++m_counts[t.entity].target; // left-out records are not counted: the notes say how many
        }
    }

    if (!m_package) {
        QHash<QString, qsizetype> byKey; // entity + key -> first target
        for (qsizetype i = 0; i < m_target.size(); ++i) {
            const Tgt &t = m_target.at(i);
            if (t.sourceKey.isEmpty() || m_pairOfTarget.at(i) != -1)
                continue;
            const QString k = t.entity + QChar(0x1f) + t.sourceKey;
            if (!byKey.contains(k))
                byKey.insert(k, i); // a second record of the same key stays Extra (a duplicate)
        }
        for (qsizetype si = 0; si < src.size(); ++si) {
            const auto it = byKey.constFind(src.at(si).entity + QChar(0x1f) + src.at(si).key);
            if (it != byKey.constEnd()) {
                m_pairOfSource[si] = *it;
                m_pairOfTarget[*it] = si;
            }
        }
    } else {
        // Balances forward: the package has one row per open invoice; summed per matter.
        QHash<QString, qsizetype> firstBalance;
        for (qsizetype i = 0; i < m_target.size(); ++i) {
            Tgt &t = m_target[i];
            if (t.entity != kBalance)
                continue;
            const auto it = firstBalance.constFind(t.matterId);
            if (it == firstBalance.constEnd()) {
                firstBalance.insert(t.matterId, i);
                continue;
            }
            Tgt &first = m_target[*it];
            first.cents += t.cents;
            first.targetId += QLatin1Char('+') + t.targetId.section(QLatin1Char(':'), -1);
            if (t.date > first.date)
                first.date = t.date;
            m_pairOfTarget[i] = -3; // folded into the first row of its matter
        }
        for (const QString &entity : entityOrder()) {
            QList<qsizetype> sources, targets;
            for (qsizetype si = 0; si < src.size(); ++si) {
                if (src.at(si).entity == entity)
                    sources << si;
            }
            for (qsizetype ti = 0; ti < m_target.size(); ++ti) {
                if (m_target.at(ti).entity == entity && m_pairOfTarget.at(ti) == -1)
                    targets << ti;
            }
            matchByContent(entity, sources, targets);
        }
    }

    for (qsizetype si = 0; si < src.size(); ++si) {
        const Src &s = src.at(si);
        ++m_counts[s.entity].source;
        const qsizetype ti = m_pairOfSource.at(si);
        if (ti < 0)
            addMissing(s);
        else
            compareFields(s, m_target.at(ti));
    }
    for (qsizetype ti = 0; ti < m_target.size(); ++ti) {
        if (m_pairOfTarget.at(ti) == -1)
            addExtra(m_target.at(ti));
    }
}

void Comparison::trust()
{
    // Source: the worksheet's trust per line; target: entered by hand (Clio) or the package's sheet.
    QHash<QString, qint64> target;
    if (m_package) {
        for (const Tgt &t : std::as_const(m_target)) {
            if (t.entity == kTrust)
                target.insert(ReviewTrust::lineKey(t.clientId, t.matterId),
                              target.value(ReviewTrust::lineKey(t.clientId, t.matterId)) + t.cents);
        }
    } else {
        target = ReviewTrust::load(m_db, m_targetKey);
    }
    struct Line
    {
        QString clientKey, matterKey, clientName, matterName;
        qint64 source = 0;
    };
    std::map<QString, Line> lines;
    for (const WorksheetRow &w : std::as_const(m_source.plan.worksheet)) {
        if (w.trustCents == 0)
            continue;
        Line &l = lines[ReviewTrust::lineKey(w.clientKey, w.matterKey)];
        l.clientKey = w.clientKey;
        l.matterKey = w.matterKey;
        l.clientName = w.clientName;
        l.matterName = w.matterName;
        l.source += w.trustCents;
    }
    for (auto it = target.cbegin(); it != target.cend(); ++it) {
        if (lines.count(it.key()) || it.value() == 0)
            continue;
        Line &l = lines[it.key()];
        l.clientKey = it.key().section(QChar(0x1f), 0, 0);
        l.matterKey = it.key().section(QChar(0x1f), 1);
    }
    for (const auto &[lineKey, l] : lines) {
        const auto entered = target.constFind(lineKey);
        if (entered != target.constEnd() && *entered == l.source)
            continue;
        ReviewDifference d;
        d.kind = ReviewDifference::Kind::Trust;
        d.key = l.matterKey.isEmpty() ? QStringLiteral("trust:%1").arg(l.clientKey)
                                      : QStringLiteral("trust:%1:%2").arg(l.clientKey, l.matterKey);
        d.entity = kTrust;
        d.sourceKey = l.matterKey.isEmpty() ? l.clientKey : l.matterKey;
        d.clientKey = l.clientKey;
        d.matterKey = l.matterKey;
        d.field = kTrust;
        d.sourceValue = Reconciler::formatCents(l.source);
        const QString where = l.matterKey.isEmpty() ? Tr::tr("client %1").arg(l.clientKey)
                                                    : Tr::tr("matter %1 of client %2").arg(l.matterKey, l.clientKey);
        if (entered == target.constEnd()) {
            d.label = m_package ? Tr::tr("opening trust balance of %1: not on the package's worksheet").arg(where)
                                : Tr::tr("opening trust balance of %1: not entered").arg(where);
            d.centsDelta = -l.source;
        } else {
            d.targetValue = Reconciler::formatCents(*entered);
            d.label = Tr::tr("opening trust balance of %1").arg(where);
            d.centsDelta = *entered - l.source;
        }
        difference(std::move(d));
    }
}

void Comparison::money()
{
    // matter key -> line; client key -> line (its own, "" matter).
    std::map<QString, ReviewMoneyLine> matters;
    std::map<QString, ReviewMoneyLine> clients;
    // Looked up once per record: hashed, without building a key (the map's nodes stay put).
    QHash<QString, QHash<QString, ReviewMoneyLine *>> lineOf;
    auto matterLine = [&](const QString &clientKey, const QString &matterKey) -> ReviewMoneyLine & {
        ReviewMoneyLine *&cached = lineOf[clientKey][matterKey];
        if (!cached) {
            cached = &matters[clientKey + QChar(0x1f) + matterKey];
            cached->clientKey = clientKey;
            cached->matterKey = matterKey;
        }
        return *cached;
    };
    auto clientLine = [&](const QString &clientKey) -> ReviewMoneyLine & {
        ReviewMoneyLine &l = clients[clientKey];
        l.clientKey = clientKey;
        return l;
    };
    const QList<Src> &src = m_source.records;
    for (const Src &s : src) {
        if (s.entity == kMatter) {
            matterLine(s.clientKey, s.key);
            continue;
        }
        if (s.entity == kContact) {
            clientLine(s.key);
            continue;
        }
        ReviewMoneyLine &l = s.matterKey.isEmpty() ? clientLine(s.clientKey) : matterLine(s.clientKey, s.matterKey);
        if (s.entity == kTime) {
            l.sourceSeconds += s.seconds;
            l.sourceTimeCents += s.cents;
        } else if (s.entity == kExpense) {
            l.sourceExpenseCents += s.cents;
        } else if (s.entity == kBalance) {
            l.sourceReceivableCents += s.cents;
        }
    }
    const StringPool &pool = m_source.entries.strings;
    for (auto it = m_bulkSourceLines.cbegin(); it != m_bulkSourceLines.cend(); ++it) {
        const QString clientKey = pool.string(it.key().first);
        const QString matterKey = pool.string(it.key().second);
        ReviewMoneyLine &l = matterKey.isEmpty() ? clientLine(clientKey) : matterLine(clientKey, matterKey);
        l.sourceSeconds += it->seconds;
        l.sourceTimeCents += it->timeCents;
        l.sourceExpenseCents += it->expenseCents;
    }
    for (auto it = m_bulkTargetMatters.cbegin(); it != m_bulkTargetMatters.cend(); ++it) {
        const QString matter = m_matterById.value(pool.string(it.key())); // matterOf() of such a record
        ReviewMoneyLine &l =
            matter.isEmpty() ? clientLine(QString()) : matterLine(m_source.matterClient.value(matter), matter);
        l.targetSeconds += it->seconds;
        l.targetTimeCents += it->timeCents;
        l.targetExpenseCents += it->expenseCents;
    }
    for (qsizetype ti = 0; ti < m_target.size(); ++ti) {
        const Tgt &t = m_target.at(ti);
        if (m_pairOfTarget.at(ti) == -2 || m_pairOfTarget.at(ti) == -3
            || (t.entity != kTime && t.entity != kExpense && t.entity != kBalance))
            continue;
        const QString matter = matterOf(t);
        const QString client = m_source.matterClient.value(matter);
        ReviewMoneyLine &l = matter.isEmpty() ? clientLine(QString()) : matterLine(client, matter);
        if (t.entity == kTime) {
            l.targetSeconds += t.seconds;
            l.targetTimeCents += t.cents;
        } else if (t.entity == kExpense) {
            l.targetExpenseCents += t.cents;
        } else {
            l.targetReceivableCents += t.cents;
        }
    }
    // Receivable and trust of the worksheet.
    QHash<QString, qint64> entered;
    if (m_package) {
        for (const Tgt &t : std::as_const(m_target)) {
            if (t.entity == kTrust)
                entered[ReviewTrust::lineKey(t.clientId, t.matterId)] += t.cents;
        }
    } else {
        entered = ReviewTrust::load(m_db, m_targetKey);
    }
    for (const WorksheetRow &w : std::as_const(m_source.plan.worksheet)) {
        ReviewMoneyLine &l = w.matterKey.isEmpty() ? clientLine(w.clientKey) : matterLine(w.clientKey, w.matterKey);
        l.sourceTrustCents += w.trustCents;
        if (w.matterKey.isEmpty())
            l.sourceReceivableCents += w.receivableCents; // not imported: Clio keeps balances on matters
    }
    for (auto it = entered.cbegin(); it != entered.cend(); ++it) {
        const QString clientKey = it.key().section(QChar(0x1f), 0, 0);
        const QString matterKey = it.key().section(QChar(0x1f), 1);
        ReviewMoneyLine &l = matterKey.isEmpty() ? clientLine(clientKey) : matterLine(clientKey, matterKey);
        l.targetTrustCents += it.value();
        l.trustEntered = true;
    }
    for (auto &[key, l] : matters) {
        if (l.sourceTrustCents == 0 && !l.trustEntered)
            l.trustEntered = true; // nothing to enter
    }
    for (auto &[key, l] : clients) {
        if (l.sourceTrustCents == 0 && !l.trustEntered)
            l.trustEntered = true;
    }

    // Client lines: their own plus their matters.
    for (auto &[key, m] : matters) {
        m.clientName = m_source.clientNames.value(m.clientKey);
        m.matterName = m_source.matterNames.value(m.matterKey);
        ReviewMoneyLine &c = clientLine(m.clientKey);
        c.sourceSeconds += m.sourceSeconds;
        c.targetSeconds += m.targetSeconds;
        c.sourceTimeCents += m.sourceTimeCents;
        c.targetTimeCents += m.targetTimeCents;
        c.sourceExpenseCents += m.sourceExpenseCents;
        c.targetExpenseCents += m.targetExpenseCents;
        c.sourceReceivableCents += m.sourceReceivableCents;
        c.targetReceivableCents += m.targetReceivableCents;
        c.sourceTrustCents += m.sourceTrustCents;
        c.targetTrustCents += m.targetTrustCents;
    }
    QSet<QString> trustNotEntered; // clients with a matter whose trust is not entered
    for (const auto &[key, m] : matters) {
        if (!m.trustEntered)
            trustNotEntered.insert(m.clientKey);
    }
    for (auto &[key, c] : clients) {
        c.clientName =
            key.isEmpty() ? Tr::tr("Records on matters outside the migration") : m_source.clientNames.value(key, key);
        c.trustEntered = c.trustEntered && !trustNotEntered.contains(key);
        if (c.sourceTrustCents == 0 && c.targetTrustCents == 0)
            c.trustEntered = true;
        m_out->clients.append(c);
    }
    for (auto &[key, m] : matters)
        m_out->matters.append(m);
    auto byName = [](const ReviewMoneyLine &a, const ReviewMoneyLine &b) {
        const int c = QString::localeAwareCompare(a.clientName, b.clientName);
        if (c != 0)
            return c < 0;
        if (a.clientKey != b.clientKey)
            return a.clientKey < b.clientKey;
        return a.matterKey < b.matterKey;
    };
    std::stable_sort(m_out->clients.begin(), m_out->clients.end(), byName);
    std::stable_sort(m_out->matters.begin(), m_out->matters.end(), byName);

    // A receivable outside any matter is not imported (Clio keeps balances on matters): a difference.
    for (const WorksheetRow &w : std::as_const(m_source.plan.worksheet)) {
        if (!w.matterKey.isEmpty() || w.receivableCents <= 0)
            continue;
        ReviewDifference d;
        d.kind = ReviewDifference::Kind::Missing;
        d.key = QStringLiteral("missing:balance_forward:client:%1").arg(w.clientKey);
        d.entity = kBalance;
        d.sourceKey = w.clientKey;
        d.clientKey = w.clientKey;
        d.label =
            Tr::tr("receivable of client %1 outside any matter: not imported, to be entered by hand").arg(w.clientKey);
        d.sourceValue = Reconciler::formatCents(w.receivableCents);
        d.centsDelta = -w.receivableCents;
        difference(std::move(d));
    }
}

void Comparison::users()
{
    QHash<QString, ReviewUserHours> byUser;
    QSet<QString> mappedTargets;
    for (const Src &s : std::as_const(m_source.records)) {
        if (s.entity != kTime)
            continue;
        ReviewUserHours &u = byUser[s.userKey];
        u.userKey = s.userKey;
        u.userName = userName(s.userKey);
        u.targetUserId = m_userTarget.value(s.userKey);
        ++u.sourceEntries;
        u.sourceSeconds += s.seconds;
    }
    const StringPool &pool = m_source.entries.strings;
    for (auto it = m_bulkSourceUsers.cbegin(); it != m_bulkSourceUsers.cend(); ++it) {
        const QString userKey = pool.string(it.key());
        ReviewUserHours &u = byUser[userKey];
        u.userKey = userKey;
        u.userName = userName(userKey);
        u.targetUserId = m_userTarget.value(userKey);
        u.sourceEntries += it->count;
        u.sourceSeconds += it->seconds;
    }
    QHash<QString, QPair<qint64, qint64>> targetByUser; // target user -> entries, seconds
    for (auto it = m_bulkTargetUsers.cbegin(); it != m_bulkTargetUsers.cend(); ++it) {
        auto &[entries, seconds] = targetByUser[pool.string(it.key())];
        entries += it->count;
        seconds += it->seconds;
    }
    for (qsizetype ti = 0; ti < m_target.size(); ++ti) {
        const Tgt &t = m_target.at(ti);
        if (t.entity != kTime || m_pairOfTarget.at(ti) == -2)
            continue;
        auto &[entries, seconds] = targetByUser[t.userId];
        ++entries;
        seconds += t.seconds;
    }
    for (auto it = byUser.begin(); it != byUser.end(); ++it) {
        if (it->targetUserId.isEmpty())
            continue;
        mappedTargets.insert(it->targetUserId);
        const auto t = targetByUser.value(it->targetUserId);
        it->targetEntries = t.first;
        it->targetSeconds = t.second;
    }
    for (auto it = targetByUser.cbegin(); it != targetByUser.cend(); ++it) {
        if (mappedTargets.contains(it.key()))
            continue;
        ReviewUserHours u;
        u.userName = it.key().isEmpty() ? Tr::tr("No user in the target") : Tr::tr("Target user %1").arg(it.key());
        u.targetUserId = it.key();
        u.targetEntries = it->first;
        u.targetSeconds = it->second;
        byUser.insert(QStringLiteral("\x1f") + it.key(), u);
    }
    m_out->users = byUser.values();
    std::sort(m_out->users.begin(), m_out->users.end(), [](const ReviewUserHours &a, const ReviewUserHours &b) {
        const int c = QString::localeAwareCompare(a.userName, b.userName);
        return c != 0 ? c < 0 : a.targetUserId < b.targetUserId;
    });
}

void Comparison::notes()
{
    QStringList &n = m_out->notes;
    if (m_out->readUtc.isValid()) {
        n << Tr::tr("The target was read back on %1 (UTC), reading %2.")
                 .arg(m_out->readUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                 .arg(m_out->runId);
    }
    if (m_source.billed > 0)
        n << Tr::tr("%n billed time or expense entries are left out: billed history stays in the old system's "
                    "reports.",
                    nullptr, int(qMin<qint64>(m_source.billed, INT_MAX)));
    if (m_source.skippedOther > 0)
        n << Tr::tr("%n record(s) the import skipped are left out.", nullptr,
                    int(qMin<qint64>(m_source.skippedOther, INT_MAX)));
    if (m_source.firmLeftOut > 0)
        n << Tr::tr("The firm's own contact and matter (for the close-out reports) are not part of a CSV package; "
                    "they are left out.");
    if (m_leftOutPlaceholder > 0)
        n << Tr::tr("%n record(s) of the placeholder matter are left out.", nullptr, int(m_leftOutPlaceholder));
    if (m_leftOutInterim > 0)
        n << Tr::tr("%n interim entries (time recorded during the migration) are left out.", nullptr,
                    int(qMin<qint64>(m_leftOutInterim, INT_MAX)));
    qint64 refused = 0;
    for (const Src &s : std::as_const(m_source.records))
        refused += s.problem.isEmpty() ? 0 : 1;
    if (refused > 0)
        n << Tr::tr("%n record(s) were refused before sending; each is listed as missing with the reason.", nullptr,
                    int(qMin<qint64>(refused, INT_MAX)));
    if (m_package)
        n << Tr::tr("The CSV package carries no references: its records were matched by content (client number or "
                    "name, matter number, then date, duration and amount within each matter).");
}

bool Comparison::run(QString *error)
{
    Lap lap;
    if (!loadLedger(error))
        return false;
    lap("ledger");
    for (const QString &e : entityOrder())
        m_counts[e].entity = e;
    if (!readBulk(error) || !matchBulk(error))
        return false;
    match();
    lap("match and compare");
    trust();
    money();
    lap("trust and money");
    users();
    lap("users");
    for (const QString &e : entityOrder())
        m_out->counts.append(m_counts.value(e));
    ReviewExplanations::apply(m_db, m_targetKey, &m_out->differences);
    auto kindRank = [](ReviewDifference::Kind k) {
        return int(k);
    };
    std::stable_sort(m_out->differences.begin(), m_out->differences.end(),
                     [&](const ReviewDifference &a, const ReviewDifference &b) {
                         const int c = QString::localeAwareCompare(a.clientName, b.clientName);
                         if (c != 0)
                             return c < 0;
                         if (a.kind != b.kind)
                             return kindRank(a.kind) < kindRank(b.kind);
                         return a.key < b.key;
                     });
    notes();
    return true;
}

} // namespace

QString ReviewDifference::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Missing:
        return QStringLiteral("missing");
    case Kind::Extra:
        return QStringLiteral("extra");
    case Kind::Changed:
        return QStringLiteral("changed");
    case Kind::Trust:
        return QStringLiteral("trust");
    }
    return {};
}

QString ReviewDifference::kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::Missing:
        return Tr::tr("Missing in the target");
    case Kind::Extra:
        return Tr::tr("Extra in the target");
    case Kind::Changed:
        return Tr::tr("Changed");
    case Kind::Trust:
        return Tr::tr("Trust balance");
    }
    return {};
}

bool ReviewMoneyLine::differs() const
{
    return sourceSeconds != targetSeconds || sourceTimeCents != targetTimeCents
        || sourceExpenseCents != targetExpenseCents || sourceReceivableCents != targetReceivableCents
        || sourceTrustCents != targetTrustCents;
}

qint64 Reconciliation::unexplained() const
{
    qint64 n = 0;
    for (const ReviewDifference &d : differences)
        n += d.explanation.trimmed().isEmpty() ? 1 : 0;
    return n;
}

ReviewMoneyLine Reconciliation::totals() const
{
    ReviewMoneyLine t;
    t.clientName = Tr::tr("Total");
    t.trustEntered = true;
    for (const ReviewMoneyLine &c : clients) {
        t.sourceSeconds += c.sourceSeconds;
        t.targetSeconds += c.targetSeconds;
        t.sourceTimeCents += c.sourceTimeCents;
        t.targetTimeCents += c.targetTimeCents;
        t.sourceExpenseCents += c.sourceExpenseCents;
        t.targetExpenseCents += c.targetExpenseCents;
        t.sourceReceivableCents += c.sourceReceivableCents;
        t.targetReceivableCents += c.targetReceivableCents;
        t.sourceTrustCents += c.sourceTrustCents;
        t.targetTrustCents += c.targetTrustCents;
        t.trustEntered = t.trustEntered && c.trustEntered;
    }
    return t;
}

qint64 Reconciler::latestRun(const QSqlDatabase &db, const QString &targetKey)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT max(id) FROM review_run WHERE target_key = ? AND state = 'complete'"));
    q.addBindValue(targetKey);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QString Reconciler::formatCents(qint64 cents)
{
    return ImportWorksheet::formatCents(cents); // one exact spelling of cents for the import and the review
}

bool Reconciler::compute(const QSqlDatabase &db, const QString &targetKey, qint64 runId, Reconciliation *out,
                         QString *error)
{
    static const int registered = qRegisterMetaType<Cutover::Reconciliation>();
    Q_UNUSED(registered)
    *out = Reconciliation();
    out->targetKey = targetKey;
    QString ignored;
    QString *e = error ? error : &ignored;
    e->clear();
    const qint64 run = runId > 0 ? runId : latestRun(db, targetKey);
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT id, finished_at_utc FROM review_run WHERE id = ? AND target_key = ? AND state = 'complete'"));
        q.addBindValue(run);
        q.addBindValue(targetKey);
        if (!q.exec())
            return readError(q, e);
        if (!q.next()) {
            *e = runId > 0
                ? Tr::tr("Reading %1 of the target is not a complete reading of %2.").arg(runId).arg(targetKey)
                : Tr::tr("The target has not been read back yet: read it before reconciling.");
            return false;
        }
        out->runId = run;
        out->readUtc = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        out->readUtc.setTimeZone(QTimeZone::utc());
    }
    const bool package = targetKey == QLatin1String("csv-package");
    const bool bulk = !package && !qEnvironmentVariableIsSet("CUTOVER_REVIEW_ONE_BY_ONE");
    TargetReading reading(db, run, bulk);
    Source source;
    if (!loadSource(db, package, bulk, &source, e))
        return false;
    out->snapshotId = source.plan.snapshotId;
    Target target;
    Lap lap;
    if (!reading.finish(db, &target, e))
        return false;
    lap("target records (waited)");
    Comparison comparison(db, targetKey, package, source, target, out);
    return comparison.run(e);
}

bool Reconciler::compute(const QString &projectPath, const QString &targetKey, qint64 runId, Reconciliation *out,
                         QString *error)
{
    bool ok = false;
    QString openError;
    if (!ProjectStore::withConnection(
            projectPath, [&](QSqlDatabase &db) { ok = compute(db, targetKey, runId, out, error); }, &openError)) {
        if (error)
            *error = openError;
        return false;
    }
    return ok;
}

// --- The job ------------------------------------------------------------------------------------------------

ReconcileJob::ReconcileJob(Request request, QObject *parent)
    : Job(parent)
    , m_request(std::move(request))
{
    qRegisterMetaType<Cutover::Reconciliation>();
}

ReconcileJob::~ReconcileJob() = default;

Reconciliation ReconcileJob::result() const
{
    return m_result;
}

Job::Outcome ReconcileJob::execute()
{
    m_result = Reconciliation();
    const QString targetKey = m_request.read.target.key();
    qint64 runId = 0;
    qint64 recordsRead = 0; // the progress panel keeps showing them while the comparison runs
    if (!m_request.offline) {
        TargetReadJob read(m_request.read);
        connect(&read, &Job::progressChanged, this, [this, &recordsRead](const JobProgress &p) {
            recordsRead = p.items;
            reportProgress(p.done, p.total + 1, p.items, p.stage);
        });
        // The reading runs on this thread: pass a cancel on while it waits for the target.
        QTimer forward;
        forward.setInterval(100);
        connect(&forward, &QTimer::timeout, this, [this, &read] {
            if (isCancelled())
                read.cancel();
        });
        forward.start();
        const Outcome o = read.run();
        if (o == Outcome::Cancelled)
            return Outcome::Cancelled;
        if (o == Outcome::Failed)
            return failWith(read.errorString());
        runId = read.runId();
    }
    if (isCancelled())
        return Outcome::Cancelled;
    reportProgress(0, 1, recordsRead, Tr::tr("Comparing the source with the target"), true);
    Reconciliation result;
    QString error;
    if (!Reconciler::compute(m_request.read.projectPath, targetKey, runId, &result, &error))
        return failWith(error);
    m_result = result;
    reportProgress(1, 1, recordsRead, Tr::tr("Done"), true);
    setSummary(result.reconciles() ? Tr::tr("Everything reconciles.")
                                   : Tr::tr("%n difference(s) between the source and the target.", nullptr,
                                            int(qMin<qint64>(result.differences.size(), INT_MAX))));
    return Outcome::Succeeded;
}

} // namespace Cutover
