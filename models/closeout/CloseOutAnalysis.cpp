#include "CloseOutAnalysis.h"

#include "staging/PreviewModel.h"
#include "staging/StagingStore.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <iterator>
#include <map>

// The close-out rules. The same rules feed the figures (analyse) and the rows
// behind them (rows), so the rows of a figure add up to it.
//
// | what                 | rule                                                                                       |
// |----------------------|--------------------------------------------------------------------------------------------|
// | scope                | one complete snapshot (the newest when none is given), any kind; only its files that       |
// |                      | finished loading                                                                           |
// | client of a row      | its client_key if given, else its matter's client_key (the matter's first row), else none: |
// |                      | the row goes to the "(no client)" group, never dropped                                     |
// | excluded clients     | client_selection.included = 0: left out of every figure, the users' time counts too; only  |
// |                      | the invoice series count their numbers (a number used in the old system stays used)        |
// | matter of a row      | its matter_key; none: a matter row with an empty key (the client level)                    |
// | unbilled time        | billed not true (0 or NULL), no invoice_number, billable not false; seconds =              |
// |                      | sum(duration); cents = amount, else duration x rate / 3600 rounded half away from zero per |
// |                      | entry in integers (rate of the entry, else the user's default rate); no amount and no      |
// |                      | rate: counted, amount 0, and a warning                                                     |
// | unbilled expenses    | the same billed/invoice/billable rule; cents = amount                                      |
// | draft invoices       | status 'draft': count, sum(total)                                                          |
// | open invoices        | status not draft, void or paid (no status counts as issued) and balance > 0, balance =     |
// |                      | balance if given, else total - paid (paid NULL = 0); receivable = sum of those balances    |
// | unapplied            | payments and credits with unapplied > 0: sum, count                                        |
// | trust                | deposit +abs(amount), withdrawal -abs(amount), no kind: amount as signed; carries over as  |
// |                      | an opening balance; negative per client or matter: a warning                               |
// | open items           | unbilled time or expenses, draft or open invoices, unapplied money, a trust balance other  |
// |                      | than 0                                                                                     |
// | missing billing      | clients not 'inactive', and inactive ones with open items: the empty fields among street,  |
// |                      | city, postal_code, billing_contact, email; "missing billing details" = no street or no     |
// |                      | city, or neither billing_contact nor email                                                 |
// | invoice series       | every invoice number = prefix + trailing digits (1 to 18); per prefix: count, highest      |
// |                      | value and its text, width of the widest, next = prefix + (highest + 1) zero-padded to the  |
// |                      | width (growing past it); void invoices count; numbers ending in no digit: one series with  |
// |                      | no next number, and a warning                                                              |
// | users                | every user of the users file, plus the user keys of time entries that match no user by     |
// |                      | key, name or e-mail (inUserFile false); time entries counted per user                      |
// | lists                | clients with open items or missing billing details, by name, "(no client)" last; matters   |
// |                      | with open items, by client name then matter key                                            |
// | totals               | the sum over all clients = the sum over all matters                                        |
//
// Speed: one aggregate scan per staging table, grouped in SQL with integer
// arithmetic, and a second one of the time entries for the users' counts; C++
// only sees the groups (client x matter, or user), never the rows.

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::CloseOutAnalysis)
};

// Every query starts with the snapshot (p) and its loaded files (f). Staging
// tables reach their snapshot through source_file; a file still loading into a
// complete snapshot (an append in progress) is not read.
constexpr auto kWith = "WITH p(snapshot) AS (SELECT ?), "
                       "f(id) AS (SELECT id FROM source_file WHERE snapshot_id = (SELECT snapshot FROM p) "
                       "AND state = 'complete') ";

// A time entry or expense still to bill.
constexpr auto kUnbilled =
    "(coalesce(t.billed, 0) = 0 AND coalesce(t.invoice_number, '') = '' AND coalesce(t.billable, 1) <> 0)";

// x / 3600 rounded half away from zero: SQLite's integer division truncates toward zero.
QString perHourRounded(const QString &x)
{
    return QStringLiteral("((%1) + CASE WHEN (%1) < 0 THEN -1800 ELSE 1800 END) / 3600").arg(x);
}

// The cents of a time entry; NULL when it has no amount and no rate (neither its
// own nor its user's). The user is found by key first, then by name or e-mail, as
// staging resolves it; the lookup runs only for entries without amount and rate.
QString timeEntryCents()
{
    const QString user = QStringLiteral("FROM stg_user u WHERE u.snapshot_id = (SELECT snapshot FROM p) "
                                        "AND u.file_id IN f AND ");
    const QString byKey = user + QStringLiteral("u.source_key = t.user_key");
    const QString byAlias = user
        + QStringLiteral("(lower(u.name) = lower(t.user_key) OR lower(u.email) = "
                         "lower(t.user_key))");
    const QString userCents = perHourRounded(QStringLiteral("coalesce(t.duration, 0) * u.rate"));
    return QStringLiteral("CASE WHEN t.amount IS NOT NULL THEN t.amount "
                          "WHEN t.rate IS NOT NULL THEN %1 "
                          "WHEN EXISTS (SELECT 1 %2) THEN (SELECT %3 %2 ORDER BY u.id LIMIT 1) "
                          "ELSE (SELECT %3 %4 ORDER BY u.id LIMIT 1) END")
        .arg(perHourRounded(QStringLiteral("coalesce(t.duration, 0) * t.rate")), byKey, userCents, byAlias);
}

// An invoice's balance, and whether it is an open (issued, unpaid) one.
constexpr auto kBalance = "coalesce(t.balance, coalesce(t.total, 0) - coalesce(t.paid, 0))";
QString invoiceIsOpen()
{
    return QStringLiteral("(coalesce(t.status, '') NOT IN ('draft', 'void', 'paid') AND %1 > 0)")
        .arg(QLatin1String(kBalance));
}

constexpr auto kTrustSigned = "CASE t.kind WHEN 'deposit' THEN abs(coalesce(t.amount, 0)) "
                              "WHEN 'withdrawal' THEN -abs(coalesce(t.amount, 0)) ELSE coalesce(t.amount, 0) END";

// Invoice numbers: the prefix is the number without its trailing digits.
constexpr auto kPrefix = "rtrim(t.source_key, '0123456789')";
QString invoiceDigits()
{
    return QStringLiteral("substr(t.source_key, length(%1) + 1)").arg(QLatin1String(kPrefix));
}

// The client a row belongs to, in SQL (for the drill-down; the analysis does the
// same per group in C++): its own client, else its matter's (first row).
constexpr auto kResolvedClient =
    "coalesce(nullif(t.client_key, ''), (SELECT m.client_key FROM stg_matter m WHERE m.snapshot_id = (SELECT "
    "snapshot FROM p) AND m.source_key = t.matter_key AND m.file_id IN f ORDER BY m.id LIMIT 1), '')";

const QStringList &billingFields()
{
    static const QStringList fields = { QStringLiteral("street"), QStringLiteral("city"), QStringLiteral("postal_code"),
                                        QStringLiteral("billing_contact"), QStringLiteral("email") };
    return fields;
}

QString formatCents(qint64 cents)
{
    return PreviewModel::formatCents(cents, QLocale());
}

struct ClientRow
{
    QString name;
    bool inactive = false;
    QStringList missing;
};

struct MatterRow
{
    QString clientKey;
    QString description;
};

struct SeriesAcc
{
    qint64 count = 0;
    int width = 0;
    QString highestKey; // sortable: significant digits count, digits, tab, number as written
};

// The analysis in stages, so the job can report each and stop between them.
class Analysis
{
public:
    explicit Analysis(const QSqlDatabase &db)
        : m_db(db)
    {
    }

    // The snapshot, the client selection, and the clients, matters and users.
    bool begin(qint64 snapshotId, QString *error);
    bool timeEntries(QString *error);
    bool usersTime(QString *error);
    bool expenses(QString *error);
    bool invoices(QString *error);
    bool payments(QString *error);
    bool trust(QString *error);
    CloseOutReport finish();

private:
    bool clients(QString *error);
    bool matters(QString *error);
    bool users(QString *error);
    // Runs `sql` (after the snapshot's WITH clause) on a new query `q`.
    bool run(QSqlQuery &q, const QString &sql, QString *error);
    // Runs an aggregate whose columns start with client key, matter key and
    // row count, counts the entity's rows, and hands each group to `add` with
    // the figures it belongs to (nullptr for an excluded client).
    bool perClientAndMatter(const QString &entity, const QString &sql, QString *error,
                            const std::function<void(const QSqlQuery &, CloseOutFigures *)> &add);
    QString clientOf(const QString &clientKey, const QString &matterKey) const;
    // The figures of the (client, matter) a group belongs to; nullptr for an excluded client.
    CloseOutFigures *figuresOf(const QString &clientKey, const QString &matterKey);
    int userIndex(const QString &userKey) const;

    QSqlDatabase m_db;
    CloseOutReport m_report;
    QSet<QString> m_excluded;
    QHash<QString, ClientRow> m_clients;
    QHash<QString, MatterRow> m_matters;
    QList<CloseOutUser> m_users;
    QHash<QString, int> m_userByKey;
    QHash<QString, int> m_userByAlias; // lower-case name and e-mail
    QHash<QString, qint64> m_timeByUserKey; // time entries of included clients, per user key as written
    std::map<QString, CloseOutFigures> m_clientFigures;
    std::map<std::pair<QString, QString>, CloseOutFigures> m_matterFigures;
    QHash<QString, qint64> m_rowsPerEntity;
    qint64 m_timeWithoutRate = 0;
    std::map<QString, SeriesAcc> m_series; // by prefix
    SeriesAcc m_seriesWithoutDigits;
};

bool Analysis::run(QSqlQuery &q, const QString &sql, QString *error)
{
    q.setForwardOnly(true);
    if (!q.prepare(QLatin1String(kWith) + sql)) {
        *error = Tr::tr("The close-out analysis cannot read the project file: %1").arg(q.lastError().text());
        return false;
    }
    q.addBindValue(m_report.snapshotId);
    if (!q.exec()) {
        *error = Tr::tr("The close-out analysis cannot read the project file: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

bool Analysis::perClientAndMatter(const QString &entity, const QString &sql, QString *error,
                                  const std::function<void(const QSqlQuery &, CloseOutFigures *)> &add)
{
    QSqlQuery q(m_db);
    if (!run(q, sql, error))
        return false;
    qint64 all = 0;
    while (q.next()) {
        all += q.value(2).toLongLong();
        add(q, figuresOf(q.value(0).toString(), q.value(1).toString()));
    }
    m_rowsPerEntity.insert(entity, all);
    return true;
}

bool Analysis::begin(qint64 snapshotId, QString *error)
{
    const auto snapshot =
        snapshotId == 0 ? StagingStore::latestSnapshot(m_db) : StagingStore::snapshot(m_db, snapshotId);
    if (!snapshot) {
        *error = snapshotId == 0 ? Tr::tr("Nothing has been loaded into this project yet: load a trial export first.")
                                 : Tr::tr("There is no snapshot %1 in this project.").arg(snapshotId);
        return false;
    }
    if (!snapshot->complete) {
        *error = Tr::tr("Snapshot %1 is still loading.").arg(snapshot->id);
        return false;
    }
    m_report.snapshotId = snapshot->id;
    m_report.kind = snapshot->kind;
    m_report.snapshotCompletedUtc = snapshot->completedUtc;

    QSqlQuery selection(m_db);
    if (!selection.exec(QStringLiteral("SELECT client_key FROM client_selection WHERE included = 0"))) {
        *error = Tr::tr("The close-out analysis cannot read the project file: %1").arg(selection.lastError().text());
        return false;
    }
    while (selection.next())
        m_excluded.insert(selection.value(0).toString());
    return clients(error) && matters(error) && users(error);
}

bool Analysis::clients(QString *error)
{
    QSqlQuery q(m_db);

    // Clients: the first row of a key wins (a duplicate is an issue of its own).
    QString sql = QStringLiteral("SELECT t.source_key, coalesce(nullif(t.name, ''), nullif(t.company, ''), "
                                 "nullif(trim(coalesce(t.first_name, '') || ' ' || coalesce(t.last_name, '')), ''), "
                                 "t.source_key), coalesce(t.status, '') = 'inactive'");
    for (const QString &field : billingFields())
        sql += QStringLiteral(", coalesce(trim(t.%1), '') = ''").arg(field);
    sql += QStringLiteral(" FROM stg_client t WHERE t.file_id IN f ORDER BY t.id");
    if (!run(q, sql, error))
        return false;
    qint64 clients = 0;
    while (q.next()) {
        ++clients;
        const QString key = q.value(0).toString();
        if (m_clients.contains(key))
            continue;
        ClientRow c;
        c.name = q.value(1).toString();
        c.inactive = q.value(2).toBool();
        for (int i = 0; i < billingFields().size(); ++i) {
            if (q.value(3 + i).toBool())
                c.missing << billingFields().at(i);
        }
        m_clients.insert(key, c);
    }
    m_rowsPerEntity.insert(QStringLiteral("client"), clients);
    return true;
}

bool Analysis::matters(QString *error)
{
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT t.source_key, coalesce(t.client_key, ''), coalesce(t.description, '') "
                            "FROM stg_matter t WHERE t.file_id IN f ORDER BY t.id"),
             error))
        return false;
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (!m_matters.contains(key))
            m_matters.insert(key, { q.value(1).toString(), q.value(2).toString() });
    }
    return true;
}

bool Analysis::users(QString *error)
{
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT t.source_key, coalesce(nullif(t.name, ''), nullif(trim(coalesce(t.first_name, "
                            "'') || ' ' || coalesce(t.last_name, '')), ''), t.source_key), coalesce(t.email, ''), "
                            "coalesce(t.role, ''), t.active FROM stg_user t WHERE t.file_id IN f ORDER BY t.id"),
             error))
        return false;
    qint64 users = 0;
    while (q.next()) {
        ++users;
        const QString key = q.value(0).toString();
        if (m_userByKey.contains(key))
            continue;
        CloseOutUser u;
        u.userKey = key;
        u.name = q.value(1).toString();
        u.email = q.value(2).toString();
        u.role = q.value(3).toString();
        if (!q.value(4).isNull())
            u.active = q.value(4).toInt() != 0;
        const int index = int(m_users.size());
        m_users.append(u);
        m_userByKey.insert(key, index);
        for (const QString &alias : { u.name, u.email }) {
            if (!alias.isEmpty() && !m_userByAlias.contains(alias.toLower()))
                m_userByAlias.insert(alias.toLower(), index);
        }
    }
    m_rowsPerEntity.insert(QStringLiteral("user"), users);
    return true;
}

QString Analysis::clientOf(const QString &clientKey, const QString &matterKey) const
{
    if (!clientKey.isEmpty())
        return clientKey;
    const auto matter = m_matters.constFind(matterKey);
    return matter == m_matters.constEnd() ? QString() : matter->clientKey;
}

CloseOutFigures *Analysis::figuresOf(const QString &clientKey, const QString &matterKey)
{
    const QString key = clientOf(clientKey, matterKey);
    if (m_excluded.contains(key))
        return nullptr;
    m_clientFigures[key]; // the client exists even when the matter row is all it has
    return &m_matterFigures[{ key, matterKey }];
}

int Analysis::userIndex(const QString &userKey) const
{
    if (const auto it = m_userByKey.constFind(userKey); it != m_userByKey.constEnd())
        return *it;
    if (const auto it = m_userByAlias.constFind(userKey.toLower()); it != m_userByAlias.constEnd())
        return *it;
    return -1;
}

bool Analysis::timeEntries(QString *error)
{
    // Per client and matter only: grouping by the user too would multiply the
    // groups by the users (600,000 groups for a million entries in the
    // benchmark); the users' counts are a second, small aggregate (usersTime).
    // The rate lookups run for the entries with neither amount nor rate only
    // (SQLite stops an AND at its first false term).
    const QString sql =
        QStringLiteral("SELECT coalesce(t.client_key, ''), coalesce(t.matter_key, ''), count(*), "
                       "sum(%1), sum(CASE WHEN %1 THEN coalesce(t.duration, 0) ELSE 0 END), "
                       "sum(CASE WHEN %1 THEN coalesce(%2, 0) ELSE 0 END), "
                       "sum(CASE WHEN t.amount IS NULL AND t.rate IS NULL AND %1 AND (%2) IS NULL THEN 1 ELSE 0 END) "
                       "FROM stg_time_entry t WHERE t.file_id IN f GROUP BY 1, 2")
            .arg(QLatin1String(kUnbilled), timeEntryCents());
    return perClientAndMatter(QStringLiteral("time_entry"), sql, error,
                              [this](const QSqlQuery &q, CloseOutFigures *figures) {
                                  if (!figures)
                                      return;
                                  figures->unbilledTimeRows += q.value(3).toLongLong();
                                  figures->unbilledTimeSeconds += q.value(4).toLongLong();
                                  figures->unbilledTimeCents += q.value(5).toLongLong();
                                  m_timeWithoutRate += q.value(6).toLongLong();
                              });
}

bool Analysis::usersTime(QString *error)
{
    // The clients are left out in SQL here, by the same rule as clientOf(): the
    // entry's own client, else its matter's (the first row of that matter).
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral(", xc(k) AS (SELECT client_key FROM client_selection WHERE included = 0), "
                            "xm(k) AS (SELECT source_key FROM (SELECT source_key, client_key, min(id) FROM stg_matter "
                            "WHERE file_id IN f GROUP BY source_key) WHERE client_key IN xc) "
                            "SELECT coalesce(t.user_key, ''), count(*) FROM stg_time_entry t WHERE t.file_id IN f "
                            "AND NOT CASE WHEN coalesce(t.client_key, '') <> '' THEN t.client_key IN xc "
                            "ELSE coalesce(t.matter_key, '') IN xm END GROUP BY 1"),
             error))
        return false;
    while (q.next())
        m_timeByUserKey[q.value(0).toString()] += q.value(1).toLongLong();
    return true;
}

bool Analysis::expenses(QString *error)
{
    const QString sql = QStringLiteral("SELECT coalesce(t.client_key, ''), coalesce(t.matter_key, ''), count(*), "
                                       "sum(%1), sum(CASE WHEN %1 THEN coalesce(t.amount, 0) ELSE 0 END) "
                                       "FROM stg_expense t WHERE t.file_id IN f GROUP BY 1, 2")
                            .arg(QLatin1String(kUnbilled));
    return perClientAndMatter(QStringLiteral("expense"), sql, error, [](const QSqlQuery &q, CloseOutFigures *figures) {
        if (!figures)
            return;
        figures->unbilledExpenseRows += q.value(3).toLongLong();
        figures->unbilledExpenseCents += q.value(4).toLongLong();
    });
}

bool Analysis::invoices(QString *error)
{
    // Grouped by prefix too: the series are merged across clients in C++. A
    // number's sort key puts more significant digits first, then the digits,
    // then the number as written, so max() finds the highest at any length.
    QSqlQuery q(m_db);
    const QString digits = invoiceDigits();
    const QString hasDigits = QStringLiteral("(length(%1) BETWEEN 1 AND 18)").arg(digits);
    const QString sql =
        QStringLiteral("SELECT coalesce(t.client_key, ''), coalesce(t.matter_key, ''), %1, %2, count(*), "
                       "sum(coalesce(t.status, '') = 'draft'), "
                       "sum(CASE WHEN coalesce(t.status, '') = 'draft' THEN coalesce(t.total, 0) ELSE 0 END), "
                       "sum(%3), sum(CASE WHEN %3 THEN %4 ELSE 0 END), "
                       "max(length(%5)), "
                       "max(substr('0' || length(ltrim(%5, '0')), -2) || ltrim(%5, '0') || char(9) || t.source_key) "
                       "FROM stg_invoice t WHERE t.file_id IN f GROUP BY 1, 2, 3, 4")
            .arg(QStringLiteral("CASE WHEN %1 THEN %2 ELSE '' END").arg(hasDigits, QLatin1String(kPrefix)), hasDigits,
                 invoiceIsOpen(), QLatin1String(kBalance), digits);
    if (!run(q, sql, error))
        return false;
    qint64 all = 0;
    while (q.next()) {
        const qint64 rows = q.value(4).toLongLong();
        all += rows;
        // Every number counts in its series, an excluded client's too.
        SeriesAcc &series = q.value(3).toBool() ? m_series[q.value(2).toString()] : m_seriesWithoutDigits;
        series.count += rows;
        series.width = std::max(series.width, q.value(9).toInt());
        series.highestKey = std::max(series.highestKey, q.value(10).toString());
        if (CloseOutFigures *figures = figuresOf(q.value(0).toString(), q.value(1).toString())) {
            figures->draftInvoices += q.value(5).toLongLong();
            figures->draftInvoiceCents += q.value(6).toLongLong();
            figures->openInvoices += q.value(7).toLongLong();
            figures->receivableCents += q.value(8).toLongLong();
        }
    }
    m_rowsPerEntity.insert(QStringLiteral("invoice"), all);
    return true;
}

bool Analysis::payments(QString *error)
{
    const QString sql = QStringLiteral("SELECT coalesce(t.client_key, ''), coalesce(t.matter_key, ''), count(*), "
                                       "sum(coalesce(t.unapplied, 0) > 0), "
                                       "sum(CASE WHEN coalesce(t.unapplied, 0) > 0 THEN t.unapplied ELSE 0 END) "
                                       "FROM stg_payment t WHERE t.file_id IN f GROUP BY 1, 2");
    return perClientAndMatter(QStringLiteral("payment"), sql, error, [](const QSqlQuery &q, CloseOutFigures *figures) {
        if (!figures)
            return;
        figures->unappliedRows += q.value(3).toLongLong();
        figures->unappliedCents += q.value(4).toLongLong();
    });
}

bool Analysis::trust(QString *error)
{
    const QString sql =
        QStringLiteral("SELECT coalesce(t.client_key, ''), coalesce(t.matter_key, ''), count(*), sum(%1) "
                       "FROM stg_trust_transaction t WHERE t.file_id IN f GROUP BY 1, 2")
            .arg(QLatin1String(kTrustSigned));
    return perClientAndMatter(QStringLiteral("trust_transaction"), sql, error,
                              [](const QSqlQuery &q, CloseOutFigures *figures) {
                                  if (!figures)
                                      return;
                                  figures->trustRows += q.value(2).toLongLong();
                                  figures->trustCents += q.value(3).toLongLong();
                              });
}

CloseOutReport Analysis::finish()
{
    CloseOutReport &r = m_report;

    // Clients: figures from the matter rows, then every client of the file.
    for (const auto &[key, figures] : m_matterFigures)
        m_clientFigures[key.first] += figures;
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        if (!m_excluded.contains(it.key()))
            m_clientFigures[it.key()];
    }
    QHash<QString, QString> names;
    QStringList notInFile;
    for (const auto &[key, figures] : m_clientFigures) {
        r.totals += figures;
        CloseOutClient c;
        c.clientKey = key;
        c.figures = figures;
        const auto row = m_clients.constFind(key);
        if (key.isEmpty()) {
            c.name = Tr::tr("(no client)");
        } else if (row == m_clients.constEnd()) {
            c.name = key;
            if (figures.hasOpenItems())
                notInFile << key;
        } else {
            c.name = row->name;
            // Inactive clients need billing details only when they still have something open.
            if (!row->inactive || figures.hasOpenItems())
                c.missingBilling = row->missing;
        }
        names.insert(key, c.name);
        if (c.missingBillingDetails())
            ++r.clientsMissingBilling;
        if (figures.hasOpenItems() || c.missingBillingDetails())
            r.clients.append(c);
    }
    const auto byName = [](const QString &aKey, const QString &aName, const QString &bKey, const QString &bName) {
        if (aKey.isEmpty() != bKey.isEmpty())
            return bKey.isEmpty(); // "(no client)" last
        const int c = QString::compare(aName, bName, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : aKey < bKey;
    };
    std::sort(r.clients.begin(), r.clients.end(), [&](const CloseOutClient &a, const CloseOutClient &b) {
        return byName(a.clientKey, a.name, b.clientKey, b.name);
    });

    for (const auto &[key, figures] : m_matterFigures) {
        if (!figures.hasOpenItems())
            continue;
        CloseOutMatter m;
        m.clientKey = key.first;
        m.matterKey = key.second;
        m.description = m_matters.value(key.second).description;
        m.figures = figures;
        r.matters.append(m);
    }
    std::sort(r.matters.begin(), r.matters.end(), [&](const CloseOutMatter &a, const CloseOutMatter &b) {
        if (a.clientKey != b.clientKey)
            return byName(a.clientKey, names.value(a.clientKey), b.clientKey, names.value(b.clientKey));
        return a.matterKey < b.matterKey;
    });

    // Invoice series.
    const auto split = [](const QString &highestKey, QString *number) {
        const qsizetype tab = highestKey.indexOf(QLatin1Char('\t'));
        *number = highestKey.mid(tab + 1);
        return highestKey.mid(2, tab - 2).toLongLong(); // after the two-digit length
    };
    for (const auto &[prefix, acc] : m_series) {
        InvoiceSeries s;
        s.prefix = prefix;
        s.count = acc.count;
        s.width = acc.width;
        s.highest = split(acc.highestKey, &s.highestNumber);
        s.nextNumber = prefix + QStringLiteral("%1").arg(s.highest + 1, s.width, 10, QLatin1Char('0'));
        r.invoiceSeries.append(s);
    }
    if (m_seriesWithoutDigits.count > 0) {
        InvoiceSeries s;
        s.count = m_seriesWithoutDigits.count;
        split(m_seriesWithoutDigits.highestKey, &s.highestNumber);
        r.invoiceSeries.append(s);
    }

    // Users: those of the file, then keys only seen on time entries.
    QHash<QString, qint64> unknownUsers;
    for (auto it = m_timeByUserKey.cbegin(); it != m_timeByUserKey.cend(); ++it) {
        const int index = userIndex(it.key());
        if (index >= 0)
            m_users[index].timeRows += it.value();
        else if (!it.key().isEmpty())
            unknownUsers[it.key()] += it.value();
    }
    r.users = m_users;
    for (auto it = unknownUsers.cbegin(); it != unknownUsers.cend(); ++it) {
        CloseOutUser u;
        u.userKey = it.key();
        u.name = it.key();
        u.timeRows = it.value();
        u.inUserFile = false;
        r.users.append(u);
    }
    std::sort(r.users.begin(), r.users.end(), [](const CloseOutUser &a, const CloseOutUser &b) {
        const int c = QString::compare(a.name, b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.userKey < b.userKey;
    });

    for (const char *entity :
         { "time_entry", "expense", "invoice", "payment", "trust_transaction", "client", "user" }) {
        if (m_rowsPerEntity.value(QLatin1String(entity)) == 0)
            r.entitiesMissing << QLatin1String(entity);
    }

    // Warnings, in the order a reader acts on them.
    if (m_timeWithoutRate > 0)
        r.warnings << Tr::tr("%n unbilled time entry(s) with no rate: their amount is taken as 0.", nullptr,
                             int(m_timeWithoutRate));
    for (const CloseOutClient &c : std::as_const(r.clients)) {
        if (c.figures.trustCents < 0)
            r.warnings
                << Tr::tr("The trust balance of %1 is overdrawn: %2.").arg(c.name, formatCents(c.figures.trustCents));
    }
    for (const CloseOutMatter &m : std::as_const(r.matters)) {
        if (m.figures.trustCents >= 0)
            continue;
        if (m.matterKey.isEmpty())
            r.warnings << Tr::tr("The trust balance %1 holds outside any matter is overdrawn: %2.")
                              .arg(names.value(m.clientKey), formatCents(m.figures.trustCents));
        else
            r.warnings << Tr::tr("The trust balance of matter %1 (%2) is overdrawn: %3.")
                              .arg(m.matterKey, names.value(m.clientKey), formatCents(m.figures.trustCents));
    }
    if (m_seriesWithoutDigits.count > 0)
        r.warnings << Tr::tr("%n invoice number(s) do not end in digits (such as “%1”); no next number can be given "
                             "for them.",
                             nullptr, int(m_seriesWithoutDigits.count))
                          .arg(r.invoiceSeries.constLast().highestNumber);
    if (!notInFile.isEmpty())
        r.warnings << Tr::tr("%n client(s) with open items are not in the clients file: %1.", nullptr,
                             int(notInFile.size()))
                          .arg(notInFile.join(QStringLiteral(", ")));
    return r;
}

// Stages of the analysis, for the job's progress.
struct Stage
{
    const char *title;
    bool (Analysis::*run)(QString *);
};

const Stage kStages[] = {
    { QT_TRANSLATE_NOOP("Cutover::CloseOutAnalysis", "Adding up unbilled time"), &Analysis::timeEntries },
    { QT_TRANSLATE_NOOP("Cutover::CloseOutAnalysis", "Counting the users' time entries"), &Analysis::usersTime },
    { QT_TRANSLATE_NOOP("Cutover::CloseOutAnalysis", "Adding up unbilled expenses"), &Analysis::expenses },
    { QT_TRANSLATE_NOOP("Cutover::CloseOutAnalysis", "Adding up invoices"), &Analysis::invoices },
    { QT_TRANSLATE_NOOP("Cutover::CloseOutAnalysis", "Adding up payments and credits"), &Analysis::payments },
    { QT_TRANSLATE_NOOP("Cutover::CloseOutAnalysis", "Adding up trust"), &Analysis::trust },
};

// Runs every stage; `onStage(done, total, title)` is called before each and
// stops the analysis when it returns false.
std::optional<CloseOutReport> analyseInStages(const QSqlDatabase &db, qint64 snapshotId, QString *error,
                                              const std::function<bool(int, int, const QString &)> &onStage)
{
    QString ignored;
    QString *err = error ? error : &ignored;
    constexpr int total = int(std::size(kStages)) + 2;
    // Stage timings on stderr when CUTOVER_CLOSEOUT_PROFILE is set (benchmarks).
    const bool profile = qEnvironmentVariableIsSet("CUTOVER_CLOSEOUT_PROFILE");
    QElapsedTimer clock;
    clock.start();
    auto lap = [&](const char *what) {
        if (profile)
            std::fprintf(stderr, "closeout: %-40s %7lld ms\n", what, static_cast<long long>(clock.restart()));
    };
    Analysis analysis(db);
    if (onStage && !onStage(0, total, Tr::tr("Reading clients, matters and users")))
        return std::nullopt;
    if (!analysis.begin(snapshotId, err))
        return std::nullopt;
    lap("clients, matters and users");
    int done = 1;
    for (const Stage &stage : kStages) {
        if (onStage && !onStage(done, total, Tr::tr(stage.title)))
            return std::nullopt;
        if (!(analysis.*stage.run)(err))
            return std::nullopt;
        lap(stage.title);
        ++done;
    }
    if (onStage && !onStage(done, total, Tr::tr("Putting the report together")))
        return std::nullopt;
    CloseOutReport report = analysis.finish();
    lap("report");
    return report;
}

QJsonObject figuresJson(const CloseOutFigures &f)
{
    return {
        { QStringLiteral("unbilled_time_seconds"), f.unbilledTimeSeconds },
        { QStringLiteral("unbilled_time_cents"), f.unbilledTimeCents },
        { QStringLiteral("unbilled_time_rows"), f.unbilledTimeRows },
        { QStringLiteral("unbilled_expense_cents"), f.unbilledExpenseCents },
        { QStringLiteral("unbilled_expense_rows"), f.unbilledExpenseRows },
        { QStringLiteral("draft_invoices"), f.draftInvoices },
        { QStringLiteral("draft_invoice_cents"), f.draftInvoiceCents },
        { QStringLiteral("open_invoices"), f.openInvoices },
        { QStringLiteral("receivable_cents"), f.receivableCents },
        { QStringLiteral("unapplied_cents"), f.unappliedCents },
        { QStringLiteral("unapplied_rows"), f.unappliedRows },
        { QStringLiteral("trust_cents"), f.trustCents },
        { QStringLiteral("trust_rows"), f.trustRows },
    };
}

// The rows of one category. `matterKey` null: every matter of the client;
// otherwise exactly that matter ("" = the rows with no matter).
QList<CloseOutRow> categoryRows(const QSqlDatabase &db, qint64 snapshotId, CloseOutAnalysis::Category category,
                                const QString &clientKey, const QString *matterKey, int limit)
{
    using Category = CloseOutAnalysis::Category;
    QList<CloseOutRow> list;
    const auto snapshot = snapshotId == 0 ? StagingStore::latestSnapshot(db) : StagingStore::snapshot(db, snapshotId);
    if (!snapshot || !snapshot->complete)
        return list;
    // A key read back as "" may be a null QString, which binds as NULL: hence coalesce(?, '').
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT count(*) FROM client_selection WHERE client_key = ? AND included = 0"));
        q.addBindValue(clientKey);
        if (!q.exec() || !q.next() || q.value(0).toLongLong() > 0)
            return list;
    }
    QString entity, table, date, description, seconds = QStringLiteral("0"), cents, where;
    switch (category) {
    case Category::UnbilledTime:
        entity = QStringLiteral("time_entry");
        date = QStringLiteral("t.date");
        description = QStringLiteral("t.description");
        seconds = QStringLiteral("coalesce(t.duration, 0)");
        cents = QStringLiteral("coalesce(%1, 0)").arg(timeEntryCents());
        where = QLatin1String(kUnbilled);
        break;
    case Category::UnbilledExpenses:
        entity = QStringLiteral("expense");
        date = QStringLiteral("t.date");
        description = QStringLiteral("t.description");
        cents = QStringLiteral("coalesce(t.amount, 0)");
        where = QLatin1String(kUnbilled);
        break;
    case Category::DraftInvoices:
        entity = QStringLiteral("invoice");
        date = QStringLiteral("t.issue_date");
        description = QStringLiteral("t.status");
        cents = QStringLiteral("coalesce(t.total, 0)");
        where = QStringLiteral("coalesce(t.status, '') = 'draft'");
        break;
    case Category::OpenInvoices:
        entity = QStringLiteral("invoice");
        date = QStringLiteral("t.issue_date");
        description = QStringLiteral("t.status");
        cents = QLatin1String(kBalance);
        where = invoiceIsOpen();
        break;
    case Category::Unapplied:
        entity = QStringLiteral("payment");
        date = QStringLiteral("t.date");
        description = QStringLiteral("coalesce(t.kind, '') || CASE WHEN coalesce(t.method, '') = '' THEN '' "
                                     "ELSE ' ' || t.method END");
        cents = QStringLiteral("t.unapplied");
        where = QStringLiteral("coalesce(t.unapplied, 0) > 0");
        break;
    case Category::Trust:
        entity = QStringLiteral("trust_transaction");
        date = QStringLiteral("t.date");
        description = QStringLiteral("t.description");
        cents = QLatin1String(kTrustSigned);
        where = QStringLiteral("1");
        break;
    }
    table = QStringLiteral("stg_") + entity;
    QString sql = QLatin1String(kWith)
        + QStringLiteral("SELECT t.source_key, sf.path, t.source_row, %1, coalesce(t.matter_key, ''), %2, "
                         "coalesce(%3, ''), %4, %5 FROM %6 t JOIN source_file sf ON sf.id = t.file_id "
                         "WHERE t.file_id IN f AND %7 AND %1 = coalesce(?, '')")
              .arg(QLatin1String(kResolvedClient), date, description, seconds, cents, table, where);
    if (matterKey)
        sql += QStringLiteral(" AND coalesce(t.matter_key, '') = coalesce(?, '')");
    sql += QStringLiteral(" ORDER BY %1, t.file_id, t.source_row LIMIT ?").arg(date);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        qWarning("close-out rows: %s", qPrintable(q.lastError().text()));
        return list;
    }
    q.addBindValue(snapshot->id);
    q.addBindValue(clientKey);
    if (matterKey)
        q.addBindValue(*matterKey);
    q.addBindValue(limit);
    if (!q.exec()) {
        qWarning("close-out rows: %s", qPrintable(q.lastError().text()));
        return list;
    }
    while (q.next()) {
        CloseOutRow r;
        r.entity = entity;
        r.sourceKey = q.value(0).toString();
        r.file = q.value(1).toString();
        r.sourceRow = q.value(2).toLongLong();
        r.clientKey = q.value(3).toString();
        r.matterKey = q.value(4).toString();
        r.date = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        r.description = q.value(6).toString();
        r.seconds = q.value(7).toLongLong();
        r.cents = q.value(8).toLongLong();
        list.append(r);
    }
    return list;
}

} // namespace

bool CloseOutFigures::hasOpenItems() const
{
    return unbilledTimeRows > 0 || unbilledExpenseRows > 0 || draftInvoices > 0 || openInvoices > 0 || unappliedRows > 0
        || trustCents != 0;
}

CloseOutFigures &CloseOutFigures::operator+=(const CloseOutFigures &o)
{
    unbilledTimeSeconds += o.unbilledTimeSeconds;
    unbilledTimeCents += o.unbilledTimeCents;
    unbilledTimeRows += o.unbilledTimeRows;
    unbilledExpenseCents += o.unbilledExpenseCents;
    unbilledExpenseRows += o.unbilledExpenseRows;
    draftInvoices += o.draftInvoices;
    draftInvoiceCents += o.draftInvoiceCents;
    openInvoices += o.openInvoices;
    receivableCents += o.receivableCents;
    unappliedCents += o.unappliedCents;
    unappliedRows += o.unappliedRows;
    trustCents += o.trustCents;
    trustRows += o.trustRows;
    return *this;
}

bool CloseOutClient::missingBillingDetails() const
{
    const auto missing = [this](const char *field) {
        return missingBilling.contains(QLatin1String(field));
    };
    return missing("street") || missing("city") || (missing("billing_contact") && missing("email"));
}

QJsonObject CloseOutReport::toJson() const
{
    QJsonArray clientArray;
    for (const CloseOutClient &c : clients) {
        clientArray.append(
            QJsonObject { { QStringLiteral("client_key"), c.clientKey },
                          { QStringLiteral("name"), c.name },
                          { QStringLiteral("figures"), figuresJson(c.figures) },
                          { QStringLiteral("missing_billing"), QJsonArray::fromStringList(c.missingBilling) },
                          { QStringLiteral("missing_billing_details"), c.missingBillingDetails() } });
    }
    QJsonArray matterArray;
    for (const CloseOutMatter &m : matters) {
        matterArray.append(QJsonObject { { QStringLiteral("client_key"), m.clientKey },
                                         { QStringLiteral("matter_key"), m.matterKey },
                                         { QStringLiteral("description"), m.description },
                                         { QStringLiteral("figures"), figuresJson(m.figures) } });
    }
    QJsonArray seriesArray;
    for (const InvoiceSeries &s : invoiceSeries) {
        seriesArray.append(QJsonObject { { QStringLiteral("prefix"), s.prefix },
                                         { QStringLiteral("width"), s.width },
                                         { QStringLiteral("count"), s.count },
                                         { QStringLiteral("highest"), s.highest },
                                         { QStringLiteral("highest_number"), s.highestNumber },
                                         { QStringLiteral("next_number"), s.nextNumber } });
    }
    QJsonArray userArray;
    for (const CloseOutUser &u : users) {
        userArray.append(QJsonObject { { QStringLiteral("user_key"), u.userKey },
                                       { QStringLiteral("name"), u.name },
                                       { QStringLiteral("email"), u.email },
                                       { QStringLiteral("role"), u.role },
                                       { QStringLiteral("active"), u.active ? QJsonValue(*u.active) : QJsonValue() },
                                       { QStringLiteral("time_rows"), u.timeRows },
                                       { QStringLiteral("in_user_file"), u.inUserFile } });
    }
    return {
        { QStringLiteral("snapshot_id"), snapshotId },
        { QStringLiteral("snapshot_kind"), SnapshotKinds::key(kind) },
        { QStringLiteral("snapshot_completed_utc"), snapshotCompletedUtc.toString(Qt::ISODate) },
        { QStringLiteral("totals"), figuresJson(totals) },
        { QStringLiteral("clients_missing_billing"), clientsMissingBilling },
        { QStringLiteral("clients"), clientArray },
        { QStringLiteral("matters"), matterArray },
        { QStringLiteral("invoice_series"), seriesArray },
        { QStringLiteral("users"), userArray },
        { QStringLiteral("entities_missing"), QJsonArray::fromStringList(entitiesMissing) },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) },
    };
}

namespace CloseOutAnalysis {

std::optional<CloseOutReport> analyse(const QSqlDatabase &db, qint64 snapshotId, QString *error)
{
    return analyseInStages(db, snapshotId, error, {});
}

QList<CloseOutRow> rows(const QSqlDatabase &db, qint64 snapshotId, Category category, const QString &clientKey,
                        const QString &matterKey, int limit)
{
    return categoryRows(db, snapshotId, category, clientKey, matterKey.isEmpty() ? nullptr : &matterKey, limit);
}

QList<CloseOutRow> matterRows(const QSqlDatabase &db, qint64 snapshotId, Category category, const QString &clientKey,
                              const QString &matterKey, int limit)
{
    return categoryRows(db, snapshotId, category, clientKey, &matterKey, limit);
}

} // namespace CloseOutAnalysis

CloseOutJob::CloseOutJob(QString projectPath, qint64 snapshotId, QObject *parent)
    : Job(parent)
    , m_projectPath(std::move(projectPath))
    , m_snapshotId(snapshotId)
{
}

Job::Outcome CloseOutJob::execute()
{
    m_report.reset();
    const QString connection = QStringLiteral("closeout-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    Outcome outcome = Outcome::Succeeded;
    QString error;
    {
        QSqlDatabase db = ProjectStore::openConnection(m_projectPath, connection, &error);
        if (!db.isOpen()) {
            outcome = failWith(Tr::tr("The project file cannot be opened for the close-out analysis: %1").arg(error));
        } else {
            m_report = analyseInStages(db, m_snapshotId, &error, [this](int done, int total, const QString &stage) {
                if (isCancelled())
                    return false;
                reportProgress(done, total, 0, stage, true);
                return true;
            });
            if (isCancelled() && !m_report) {
                setSummary(Tr::tr("Cancelled; nothing was analysed."));
                outcome = Outcome::Cancelled;
            } else if (!m_report) {
                outcome = failWith(error);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (outcome != Outcome::Succeeded)
        return outcome;

    const CloseOutReport &r = *m_report;
    qint64 withOpenItems = 0;
    for (const CloseOutClient &c : r.clients)
        withOpenItems += c.figures.hasOpenItems() ? 1 : 0;
    reportProgress(int(std::size(kStages)) + 2, int(std::size(kStages)) + 2, 0, Tr::tr("Done"), true);
    setSummary(
        Tr::tr("Snapshot %1: %n client(s) with open items; %2 unbilled, %3 receivable, %4 in trust.", nullptr,
               int(withOpenItems))
            .arg(QString::number(r.snapshotId), formatCents(r.totals.unbilledTimeCents + r.totals.unbilledExpenseCents),
                 formatCents(r.totals.receivableCents), formatCents(r.totals.trustCents))
        + QLatin1Char(' ') + Tr::tr("%n client(s) missing billing details.", nullptr, int(r.clientsMissingBilling)));
    return Outcome::Succeeded;
}

} // namespace Cutover
