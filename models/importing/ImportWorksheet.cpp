#include "ImportWorksheet.h"

#include "sources/CsvWriter.h"
#include "staging/StagingStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <map>

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::ImportWorksheet)
};

// The same rules as the close-out analysis (CloseOutAnalysis.cpp), so the
// worksheet's totals equal the close-out report's for the clients that move.
constexpr auto kWith = "WITH p(snapshot) AS (SELECT ?), "
                       "f(id) AS (SELECT id FROM source_file WHERE snapshot_id = (SELECT snapshot FROM p) "
                       "AND state = 'complete') ";
constexpr auto kTrustSigned = "CASE t.kind WHEN 'deposit' THEN abs(coalesce(t.amount, 0)) "
                              "WHEN 'withdrawal' THEN -abs(coalesce(t.amount, 0)) ELSE coalesce(t.amount, 0) END";
constexpr auto kBalance = "coalesce(t.balance, coalesce(t.total, 0) - coalesce(t.paid, 0))";

} // namespace

QList<WorksheetRow> ImportWorksheet::compute(const QSqlDatabase &db, qint64 snapshotId, QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    error->clear();
    if (snapshotId == 0) {
        auto s = StagingStore::latestSnapshot(db, SnapshotKind::Final);
        if (!s)
            s = StagingStore::latestSnapshot(db);
        if (!s) {
            *error = Tr::tr("Nothing has been loaded into this project yet.");
            return {};
        }
        snapshotId = s->id;
    }
    auto failed = [&](const QSqlQuery &q) {
        *error = Tr::tr("The worksheet cannot read the project file: %1").arg(q.lastError().text());
        return QList<WorksheetRow> {};
    };

    QSet<QString> excluded;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT client_key FROM client_selection WHERE included = 0")))
        return failed(q);
    while (q.next())
        excluded.insert(q.value(0).toString());

    // Names: the first row of a key wins, as everywhere else.
    QHash<QString, QString> clientNames;
    q.prepare(QLatin1String(kWith)
              + QStringLiteral("SELECT t.source_key, coalesce(nullif(t.name, ''), nullif(t.company, ''), "
                               "nullif(trim(coalesce(t.first_name, '') || ' ' || coalesce(t.last_name, '')), ''), "
                               "t.source_key) FROM stg_client t WHERE t.file_id IN f ORDER BY t.id"));
    q.addBindValue(snapshotId);
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        if (!clientNames.contains(q.value(0).toString()))
            clientNames.insert(q.value(0).toString(), q.value(1).toString());
    }
    struct MatterInfo
    {
        QString clientKey;
        QString name;
    };
    QHash<QString, MatterInfo> matters;
    q.prepare(QLatin1String(kWith)
              + QStringLiteral("SELECT t.source_key, coalesce(t.client_key, ''), coalesce(t.description, '') "
                               "FROM stg_matter t WHERE t.file_id IN f ORDER BY t.id"));
    q.addBindValue(snapshotId);
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        if (!matters.contains(q.value(0).toString()))
            matters.insert(q.value(0).toString(), { q.value(1).toString(), q.value(2).toString() });
    }

    // (client, matter) -> row; std::map keeps a stable order before sorting by name.
    std::map<std::pair<QString, QString>, WorksheetRow> rows;
    auto rowOf = [&](const QString &clientKey, const QString &matterKey) -> WorksheetRow * {
        QString client = clientKey;
        if (client.isEmpty())
            client = matters.value(matterKey).clientKey;
        if (excluded.contains(client))
            return nullptr;
        WorksheetRow &r = rows[{ client, matterKey }];
        r.clientKey = client;
        r.clientName = client.isEmpty() ? Tr::tr("(no client)") : clientNames.value(client, client);
        r.matterKey = matterKey;
        r.matterName = matters.value(matterKey).name;
        return &r;
    };

    q.prepare(QLatin1String(kWith)
              + QStringLiteral("SELECT coalesce(t.client_key, ''), coalesce(t.matter_key, ''), sum(%1) "
                               "FROM stg_trust_transaction t WHERE t.file_id IN f GROUP BY 1, 2")
                    .arg(QLatin1String(kTrustSigned)));
    q.addBindValue(snapshotId);
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        if (WorksheetRow *r = rowOf(q.value(0).toString(), q.value(1).toString()))
            r->trustCents += q.value(2).toLongLong();
    }
    q.prepare(QLatin1String(kWith)
              + QStringLiteral("SELECT coalesce(t.client_key, ''), coalesce(t.matter_key, ''), sum(%1) "
                               "FROM stg_invoice t WHERE t.file_id IN f "
                               "AND coalesce(t.status, '') NOT IN ('draft', 'void', 'paid') AND %1 > 0 GROUP BY 1, 2")
                    .arg(QLatin1String(kBalance)));
    q.addBindValue(snapshotId);
    if (!q.exec())
        return failed(q);
    while (q.next()) {
        if (WorksheetRow *r = rowOf(q.value(0).toString(), q.value(1).toString()))
            r->receivableCents += q.value(2).toLongLong();
    }

    QList<WorksheetRow> list;
    for (const auto &[key, row] : rows) {
        if (row.trustCents != 0 || row.receivableCents != 0)
            list.append(row);
    }
    std::stable_sort(list.begin(), list.end(), [](const WorksheetRow &a, const WorksheetRow &b) {
        const int byName = QString::localeAwareCompare(a.clientName, b.clientName);
        if (byName != 0)
            return byName < 0;
        if (a.clientKey != b.clientKey)
            return a.clientKey < b.clientKey;
        return a.matterKey < b.matterKey;
    });
    return list;
}

qint64 ImportWorksheet::totalTrust(const QList<WorksheetRow> &rows)
{
    qint64 sum = 0;
    for (const WorksheetRow &r : rows)
        sum += r.trustCents;
    return sum;
}

qint64 ImportWorksheet::totalReceivable(const QList<WorksheetRow> &rows)
{
    qint64 sum = 0;
    for (const WorksheetRow &r : rows)
        sum += r.receivableCents;
    return sum;
}

QString ImportWorksheet::formatCents(qint64 cents)
{
    const bool negative = cents < 0;
    const quint64 magnitude = negative ? quint64(-(cents + 1)) + 1 : quint64(cents);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

bool ImportWorksheet::writeCsv(const QList<WorksheetRow> &rows, const QString &path, QString *error,
                               const WorksheetHeader &header)
{
    CsvWriter w(path);
    if (!w.open(error))
        return false;
    QString cutoff = Tr::tr("no cutoff set");
    if (header.cutoffUtc.isValid()) {
        const QTimeZone zone(header.zone.toUtf8());
        cutoff = zone.isValid() ? header.cutoffUtc.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                + QLatin1Char(' ') + header.zone
                                : header.cutoffUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    }
    w.writeRow({ Tr::tr("Opening balances of %1 at the cutoff (%2): trust %3, receivable %4. Enter the trust "
                        "balances in Clio by hand; the receivables were imported as balance-forward entries.")
                     .arg(header.firmName.isEmpty() ? Tr::tr("the firm") : header.firmName, cutoff,
                          formatCents(totalTrust(rows)), formatCents(totalReceivable(rows))) });
    w.writeRow({ Tr::tr("Client number"), Tr::tr("Client"), Tr::tr("Matter number"), Tr::tr("Matter"),
                 Tr::tr("Opening trust balance"), Tr::tr("Receivable carried forward") });
    for (const WorksheetRow &r : rows) {
        w.writeRow({ r.clientKey, r.clientName, r.matterKey, r.matterName, formatCents(r.trustCents),
                     formatCents(r.receivableCents) });
    }
    w.writeRow({ Tr::tr("Total"), QString(), QString(), QString(), formatCents(totalTrust(rows)),
                 formatCents(totalReceivable(rows)) });
    return w.commit(error);
}

} // namespace Cutover
