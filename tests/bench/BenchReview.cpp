// Review benchmarks. One executable, a mode per part of the review step:
//
//   cutover-bench-review reconcile [--entries N] [--read N] [--dir DIR] [--keep] [--project FILE]
//
// reconcile: generates a project with N staged time entries (default 1,000,000;
// 40 users, 5,000 clients, 20,000 matters, one entry in five billed) with
// direct SQL (prepared inserts in one transaction), the ledger as if they had
// been imported, and a complete review_run whose records equal the source: the
// target as a reading of it would leave it. Reading 800,000 entries back through
// the sandbox would take 4,000 pages of 200, minutes of HTTP that say nothing
// about the local part the issue times, so the run is filled directly; the
// reading itself is timed separately (--read N entries, default 20,000, put
// into the real sandbox program's store and read back by TargetReadJob through
// the real Clio connector) to give its rate per record. Then times, on the same
// file and in the same run:
//   baseline  Qt Sql running `SELECT matter_key, sum(duration), sum(amount)
//             FROM stg_time_entry GROUP BY matter_key`: one grouped scan of
//             the entries, nothing compared;
//   cutover   Reconciler::compute: the source as the import plans it, the
//             ledger and the target's records, compared record by record.
// Each is run three times after a warm-up; the best counts. Not a test.

#include "importing/ImportEngine.h"
#include "review/Reconciliation.h"
#include "staging/SqliteStatement.h"
#include "store/ProjectStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <cstdio>
#include <functional>
#include <random>

#ifdef CUTOVER_SANDBOX_PATH
#include "targets/ClioConnector.h"
#endif

using namespace Cutover;

namespace {

void out(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

[[noreturn]] void die(const QString &why)
{
    std::fputs(qPrintable(why + QLatin1Char('\n')), stderr);
    std::exit(2);
}

void exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        die(QStringLiteral("%1: %2").arg(sql, q.lastError().text()));
}

struct Statement
{
    SqliteStatement s;
    Statement(const QSqlDatabase &db, const QString &sql)
        : s(db, sql)
    {
        if (!s.isValid())
            die(s.errorString());
    }
    void row(std::initializer_list<QVariant> values)
    {
        int i = 0;
        for (const QVariant &v : values)
            s.bind(i++, v);
        if (!s.exec())
            die(s.errorString());
    }
};

struct Generated
{
    QString path;
    QString targetKey;
    qint64 entries = 0, unbilled = 0;
};

// The project, the ledger and a complete reading equal to the source.
Generated generate(const QString &dir, qint64 entries)
{
    Generated g;
    g.path = QDir(dir).filePath(QStringLiteral("bench-review.cutover"));
    QFile::remove(g.path);
    ProjectSettings settings = ProjectSettings::defaultsForThisMachine();
    settings.firmName = QStringLiteral("Bench & Co");
    settings.sourceSystem = QStringLiteral("bill4time");
    settings.timeZone = QStringLiteral("America/New_York");
    settings.holidayRegion = QStringLiteral("US");
    QString error;
    auto store = ProjectStore::create(g.path, settings, &error);
    if (!store)
        die(error);
    QSqlDatabase db = store->database();
    TargetChoice target;
    target.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
    g.targetKey = target.key();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT uuid FROM project WHERE id = 1")) || !q.next())
        die(q.lastError().text());
    const QUuid projectId = QUuid::fromString(q.value(0).toString());

    std::mt19937_64 rng(20261206);
    auto pick = [&](int lo, int hi) {
        return int(std::uniform_int_distribution<int>(lo, hi)(rng));
    };
    const int users = 40, clients = 5000, matters = 20000;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);

    if (!db.transaction())
        die(db.lastError().text());
    exec(db,
         QStringLiteral("INSERT INTO snapshot (id, kind, state, started_at_utc, completed_at_utc, time_zone, "
                        "created_by) VALUES (1, 'final', 'complete', '%1', '%1', 'America/New_York', 'bench')")
             .arg(now));
    const QStringList entities = { QStringLiteral("user"), QStringLiteral("client"), QStringLiteral("matter"),
                                   QStringLiteral("time_entry") };
    for (int i = 0; i < entities.size(); ++i)
        exec(db,
             QStringLiteral("INSERT INTO source_file (id, snapshot_id, state, path, size, format, entity, map_json) "
                            "VALUES (%1, 1, 'complete', '%2.csv', 0, 'csv', '%2', '{}')")
                 .arg(i + 1)
                 .arg(entities.at(i)));
    exec(db,
         QStringLiteral("INSERT INTO review_run (id, target_key, state, started_at_utc, finished_at_utc, "
                        "started_by) VALUES (1, '%1', 'complete', '%2', '%2', 'bench')")
             .arg(g.targetKey, now));

    Statement user(db,
                   QStringLiteral("INSERT INTO stg_user (snapshot_id, file_id, source_row, row_hash, source_key, "
                                  "name, email, rate) VALUES (1, 1, ?, 0, ?, ?, ?, ?)"));
    Statement client(db,
                     QStringLiteral("INSERT INTO stg_client (snapshot_id, file_id, source_row, row_hash, "
                                    "source_key, name, kind) VALUES (1, 2, ?, 0, ?, ?, 'company')"));
    Statement matter(db,
                     QStringLiteral("INSERT INTO stg_matter (snapshot_id, file_id, source_row, row_hash, "
                                    "source_key, client_key, description, status) VALUES (1, 3, ?, 0, ?, ?, ?, "
                                    "'open')"));
    Statement time(db,
                   QStringLiteral("INSERT INTO stg_time_entry (snapshot_id, file_id, source_row, row_hash, "
                                  "source_key, matter_key, user_key, date, duration, rate, amount, description, "
                                  "billed) VALUES (1, 4, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Statement ledger(db,
                     QStringLiteral("INSERT INTO id_map (target_key, entity, source_key, reference, target_id, "
                                    "state, updated_at_utc) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    Statement userMap(db,
                      QStringLiteral("INSERT INTO user_map (target_key, source_user_key, target_user_id, "
                                     "target_user_name, how) VALUES (?, ?, ?, ?, 'email')"));
    Statement record(db,
                     QStringLiteral("INSERT INTO review_target_record (run_id, entity, target_id, reference, "
                                    "source_key, client_id, matter_id, user_id, date, seconds, cents, label, "
                                    "fields) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}')"));
    const QString created = QStringLiteral("created");
    const QString empty;
    QList<qint64> rates;
    for (int u = 1; u <= users; ++u) {
        const QString key = QStringLiteral("U%1").arg(u);
        rates << 15000 + 500 * u;
        user.row(
            { u + 1, key, QStringLiteral("User %1").arg(u), QStringLiteral("user%1@firm.test").arg(u), rates.last() });
        userMap.row({ g.targetKey, key, QString::number(u), QStringLiteral("User %1").arg(u) });
    }
    for (int c = 1; c <= clients; ++c) {
        const QString key = QStringLiteral("C%1").arg(c, 5, 10, QLatin1Char('0'));
        const QString name = QStringLiteral("Client %1, LLC").arg(c);
        const QString id = QString::number(100000 + c);
        const QString reference = ImportLedger::reference(projectId, QStringLiteral("contact"), key);
        client.row({ c + 1, key, name });
        ledger.row({ g.targetKey, QStringLiteral("contact"), key, reference, id, created, now });
        record.row({ QStringLiteral("contact"), id, reference, key, empty, empty, empty, empty, 0, 0, name });
    }
    QStringList matterIds;
    for (int m = 1; m <= matters; ++m) {
        const QString key = QStringLiteral("P%1").arg(m, 6, 10, QLatin1Char('0'));
        const QString clientKey = QStringLiteral("C%1").arg((m % clients) + 1, 5, 10, QLatin1Char('0'));
        const QString description = QStringLiteral("Matter %1").arg(m);
        const QString id = QString::number(200000 + m);
        const QString reference = ImportLedger::reference(projectId, QStringLiteral("matter"), key);
        matterIds << id;
        matter.row({ m + 1, key, clientKey, description });
        ledger.row({ g.targetKey, QStringLiteral("matter"), key, reference, id, created, now });
        record.row({ QStringLiteral("matter"), id, reference, key, QString::number(100000 + (m % clients) + 1), empty,
                     empty, empty, 0, 0, key });
    }
    // The matters' fields as the connector writes them (their description).
    exec(db,
         QStringLiteral("UPDATE review_target_record SET fields = json_object('description', 'Matter ' || "
                        "CAST(substr(source_key, 2) AS INTEGER)) WHERE entity = 'matter'"));
    for (qint64 t = 1; t <= entries; ++t) {
        const QString key = QStringLiteral("T%1").arg(t);
        const int m = pick(1, matters);
        const int u = pick(1, users);
        const QString date = QDate(2026, 1, 1).addDays(pick(0, 330)).toString(Qt::ISODate);
        const qint64 seconds = 360 * pick(1, 40);
        const bool billed = pick(0, 4) == 0;
        const bool ownAmount = pick(0, 9) == 0; // one in ten has its amount, the rest a rate
        const qint64 rate = rates.at(u - 1);
        const qint64 cents = (seconds * rate + 1800) / 3600;
        const QString matterKey = QStringLiteral("P%1").arg(m, 6, 10, QLatin1Char('0'));
        time.row({ qint64(t + 1), key, matterKey, QStringLiteral("U%1").arg(u), date, seconds,
                   ownAmount ? QVariant() : QVariant(rate), ownAmount ? QVariant(cents) : QVariant(),
                   QStringLiteral("Work on %1").arg(matterKey), billed ? 1 : 0 });
        if (billed)
            continue;
        ++g.unbilled;
        const QString id = QString::number(300000 + t);
        const QString reference = ImportLedger::reference(projectId, QStringLiteral("time_entry"), key);
        ledger.row({ g.targetKey, QStringLiteral("time_entry"), key, reference, id, created, now });
        record.row({ QStringLiteral("time_entry"), id, reference, key, empty, matterIds.at(m - 1), QString::number(u),
                     date, seconds, cents, QStringLiteral("Work on %1").arg(matterKey) });
    }
    if (!db.commit())
        die(db.lastError().text());
    g.entries = entries;
    return g;
}

qint64 best(int runs, const std::function<void()> &fn)
{
    fn(); // warm-up
    qint64 bestMs = -1;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        const qint64 ms = t.elapsed();
        if (bestMs < 0 || ms < bestMs)
            bestMs = ms;
    }
    return bestMs;
}

#ifdef CUTOVER_SANDBOX_PATH
// Reads `entries` activities back from the real sandbox; records per second.
void timeReading(const QString &dir, qint64 entries)
{
    const QString data = QDir(dir).filePath(QStringLiteral("bench-sandbox.sqlite"));
    QFile::remove(data);
    QProcess sandbox;
    sandbox.start(QStringLiteral(CUTOVER_SANDBOX_PATH),
                  { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), data,
                    QStringLiteral("--token"), QStringLiteral("bench-token") });
    if (!sandbox.waitForStarted(10000) || !sandbox.waitForReadyRead(10000))
        die(QStringLiteral("the sandbox did not start"));
    const QByteArray line = sandbox.readAllStandardOutput();
    const QByteArray prefix = "cutover-sandbox listening on ";
    const QUrl url(QString::fromUtf8(line.mid(line.indexOf(prefix) + prefix.size()).trimmed()));

    // The project that reads, and the sandbox's store filled directly (it reads its file on every request).
    const QString projectPath = QDir(dir).filePath(QStringLiteral("bench-read.cutover"));
    QFile::remove(projectPath);
    QString error;
    ProjectSettings settings = ProjectSettings::defaultsForThisMachine();
    settings.firmName = QStringLiteral("Bench & Co");
    auto store = ProjectStore::create(projectPath, settings, &error);
    if (!store)
        die(error);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-sandbox"));
        db.setDatabaseName(data);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            die(db.lastError().text());
        db.transaction();
        Statement insert(db, QStringLiteral("INSERT INTO record (resource, id, json, deleted) VALUES (?, ?, ?, 0)"));
        insert.row(
            { QStringLiteral("contacts"), 100001,
              QStringLiteral("{\"id\":100001,\"etag\":\"\\\"1\\\"\",\"type\":\"Company\",\"name\":\"Bench\"}") });
        insert.row({ QStringLiteral("matters"), 200001,
                     QStringLiteral("{\"id\":200001,\"etag\":\"\\\"1\\\"\",\"description\":\"Bench\",\"status\":"
                                    "\"Open\",\"display_number\":\"00001-Bench\",\"client\":{\"id\":100001}}") });
        for (qint64 i = 1; i <= entries; ++i) {
            const QJsonObject a { { QStringLiteral("id"), 300000 + i },
                                  { QStringLiteral("etag"), QStringLiteral("\"1\"") },
                                  { QStringLiteral("type"), QStringLiteral("TimeEntry") },
                                  { QStringLiteral("date"), QStringLiteral("2026-11-02") },
                                  { QStringLiteral("quantity"), 3600 },
                                  { QStringLiteral("price"), 250.0 },
                                  { QStringLiteral("total"), 250.0 },
                                  { QStringLiteral("note"), QStringLiteral("Drafting") },
                                  { QStringLiteral("reference"), QStringLiteral("CUT-00000000:time_entry:T%1").arg(i) },
                                  { QStringLiteral("matter"), QJsonObject { { QStringLiteral("id"), 200001 } } },
                                  { QStringLiteral("user"), QJsonObject { { QStringLiteral("id"), 1 } } },
                                  { QStringLiteral("non_billable"), false },
                                  { QStringLiteral("billed"), false } };
            insert.row({ QStringLiteral("activities"), 300000 + i,
                         QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)) });
        }
        db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-sandbox"));

    TargetReadRequest request;
    request.projectPath = projectPath;
    request.target.kind = TargetChoice::Kind::Clio;
    request.target.baseUrl = url;
    request.connector = [url]() -> std::unique_ptr<TargetConnector> {
        auto c = std::make_unique<ClioConnector>(url, QByteArray("bench-token"));
        return c;
    };
    TargetReadJob job(request);
    QElapsedTimer t;
    t.start();
    if (job.run() != Job::Outcome::Succeeded)
        die(job.errorString());
    const qint64 ms = qMax<qint64>(1, t.elapsed());
    out(QStringLiteral("read back    %1 entries through the sandbox in %2 s: %3 records/s (%4 pages of 200)")
            .arg(entries)
            .arg(ms / 1000.0, 0, 'f', 2)
            .arg(entries * 1000 / ms)
            .arg((entries + 199) / 200));
    sandbox.terminate();
    sandbox.waitForFinished(10000);
}
#endif

int reconcile(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("entries"), QStringLiteral("Staged time entries."), QStringLiteral("N"),
                       QStringLiteral("1000000") });
    parser.addOption({ QStringLiteral("read"), QStringLiteral("Entries read back through the sandbox (0: none)."),
                       QStringLiteral("N"), QStringLiteral("20000") });
    parser.addOption({ QStringLiteral("dir"), QStringLiteral("Where the files go."), QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("keep"), QStringLiteral("Keep the files.") });
    parser.addOption({ QStringLiteral("project"), QStringLiteral("A project kept by --keep: timed without generating."),
                       QStringLiteral("FILE") });
    parser.process(args);
    QTemporaryDir temp;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temp.path();
    QDir().mkpath(dir);
    temp.setAutoRemove(!parser.isSet(QStringLiteral("keep")));
    const qint64 entries = parser.value(QStringLiteral("entries")).toLongLong();

    QElapsedTimer t;
    t.start();
    Generated g;
    if (parser.isSet(QStringLiteral("project"))) {
        g.path = parser.value(QStringLiteral("project"));
    } else {
        g = generate(dir, entries);
        out(QStringLiteral("generated    %1 entries (%2 unbilled), ledger and reading in %3 s: %4")
                .arg(g.entries)
                .arg(g.unbilled)
                .arg(t.elapsed() / 1000.0, 0, 'f', 2)
                .arg(g.path));
    }

    QString error;
    QSqlDatabase db = ProjectStore::openConnection(g.path, QStringLiteral("bench-review"), &error);
    if (!db.isOpen())
        die(error);
    if (g.targetKey.isEmpty()) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT target_key FROM review_run ORDER BY id DESC LIMIT 1")) || !q.next())
            die(QStringLiteral("%1 holds no reading of a target").arg(g.path));
        g.targetKey = q.value(0).toString();
        out(QStringLiteral("project      %1 (target %2)").arg(g.path, g.targetKey));
    }
    qint64 groups = 0;
    const qint64 baselineMs = best(3, [&] {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral(
                "SELECT matter_key, sum(duration), sum(amount) FROM stg_time_entry GROUP BY matter_key")))
            die(q.lastError().text());
        groups = 0;
        while (q.next())
            ++groups;
    });
    Reconciliation r;
    const qint64 cutoverMs = best(3, [&] {
        if (!Reconciler::compute(db, g.targetKey, 0, &r, &error))
            die(error);
    });
    qint64 matched = 0;
    for (const ReviewCount &c : r.counts)
        matched += c.matched;
    out(QStringLiteral("baseline     Qt Sql GROUP BY matter_key over stg_time_entry (%1 groups): %2 s")
            .arg(groups)
            .arg(baselineMs / 1000.0, 0, 'f', 3));
    out(QStringLiteral("cutover      Reconciler::compute (%1 records matched, %2 differences): %3 s")
            .arg(matched)
            .arg(r.differences.size())
            .arg(cutoverMs / 1000.0, 0, 'f', 3));
    out(QStringLiteral("ratio        %1 x the baseline; goal < 2 s for 1,000,000 entries")
            .arg(double(cutoverMs) / qMax<qint64>(1, baselineMs), 0, 'f', 2));
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bench-review"));

#ifdef CUTOVER_SANDBOX_PATH
    const qint64 read = parser.value(QStringLiteral("read")).toLongLong();
    if (read > 0)
        timeReading(dir, read);
#endif
    return r.differences.isEmpty() ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    const QString mode = args.value(1);
    if (mode == QLatin1String("reconcile")) {
        args.removeAt(1);
        return reconcile(args);
    }
    // (helper C adds "report" here.)
    std::fputs("usage: cutover-bench-review reconcile [--entries N] [--read N] [--dir DIR] [--keep] [--project FILE]\n",
               stderr);
    return 2;
}
