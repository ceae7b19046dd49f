#include "domain/Money.h"
#include "importing/ImportEngine.h"
#include "importing/ImportPlan.h"
#include "importing/PlannedEntries.h"
#include "review/Reconciliation.h"
#include "store/ProjectStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Cutover;

// The reconciliation of time entries and expenses in bulk (the compact plan,
// the target's records compared as they are read, records made only for those
// that differ) against the same comparison record by record
// (CUTOVER_REVIEW_ONE_BY_ONE), on a project that exercises every rule of the
// plan: billed (flag and invoice number), deselected clients (by the entry's
// client and by its matter's), unknown matter, no matter, no user, a user
// found by name, a user only seen on entries, a staging issue (over billed), a
// duplicate key, delta rows replacing a key, adding one, reviving a key whose
// first row was left behind, left behind themselves, not marked for import;
// entries valued from their own rate, their user's rate, their amount, no rate
// at all, rounding half away from zero both ways; whitespace and non-ASCII keys.
class TestReconcileBulk : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    QString m_target;
    QUuid m_projectId;

    QSqlDatabase db() const { return m_store->database(); }

    void exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(db());
        QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text() + QStringLiteral(": ") + sql));
        for (const QVariant &v : values)
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text() + QStringLiteral(": ") + sql));
    }

    // snapshot, file, row, key, matter, client, user, date, duration, rate, amount, billed, invoice
    void time(qint64 snapshot, qint64 file, qint64 row, const QString &key, const QVariant &matter,
              const QVariant &client, const QVariant &user, const QVariant &date, qint64 duration, const QVariant &rate,
              const QVariant &amount, int billed = 0, const QVariant &invoice = {})
    {
        exec(QStringLiteral("INSERT INTO stg_time_entry (snapshot_id, file_id, source_row, row_hash, source_key, "
                            "matter_key, client_key, user_key, date, duration, rate, amount, billed, invoice_number) "
                            "VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             { snapshot, file, row, key, matter, client, user, date, duration, rate, amount, billed, invoice });
    }

    void expense(qint64 row, const QString &key, const QVariant &matter, const QVariant &user, const QVariant &amount,
                 int billed = 0)
    {
        exec(QStringLiteral("INSERT INTO stg_expense (snapshot_id, file_id, source_row, row_hash, source_key, "
                            "matter_key, user_key, date, amount, billed) VALUES (1, 5, ?, 0, ?, ?, ?, '2026-03-02', "
                            "?, ?)"),
             { row, key, matter, user, amount, billed });
    }

    static QString notNull(const QString &text) { return text.isNull() ? QStringLiteral("") : text; }

    void record(const QString &entity, const QString &targetId, const QString &sourceKey, const QString &matterId,
                const QString &userId, const QString &date, qint64 seconds, qint64 cents,
                const QString &reference = QString())
    {
        exec(QStringLiteral("INSERT INTO review_target_record (run_id, entity, target_id, reference, source_key, "
                            "matter_id, user_id, date, seconds, cents, label) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                            "'')"),
             { entity, targetId,
               reference.isEmpty() ? ImportLedger::reference(m_projectId, entity, sourceKey) : reference,
               notNull(sourceKey), matterId, notNull(userId), date, seconds, cents });
    }

    Reconciliation reconcile(bool oneByOne)
    {
        if (oneByOne)
            qputenv("CUTOVER_REVIEW_ONE_BY_ONE", "1");
        else
            qunsetenv("CUTOVER_REVIEW_ONE_BY_ONE");
        Reconciliation r;
        QString error;
        const bool ok = Reconciler::compute(db(), m_target, 0, &r, &error);
        qunsetenv("CUTOVER_REVIEW_ONE_BY_ONE");
        if (!ok)
            qWarning() << "reconcile failed:" << error;
        return r;
    }

    // Everything a reconciliation says, one line per fact.
    static QStringList facts(const Reconciliation &r)
    {
        QStringList f;
        auto number = [](qint64 v) {
            return QString::number(v);
        };
        for (const ReviewCount &c : r.counts)
            f << QStringList { QStringLiteral("count"), c.entity,          number(c.source), number(c.target),
                               number(c.matched),       number(c.missing), number(c.extra),  number(c.changed) }
                     .join(QLatin1Char('|'));
        for (const QList<ReviewMoneyLine> *lines : { &r.clients, &r.matters }) {
            for (const ReviewMoneyLine &l : *lines)
                f << QStringList { QStringLiteral("money"),
                                   l.clientKey,
                                   l.clientName,
                                   l.matterKey,
                                   l.matterName,
                                   number(l.sourceSeconds),
                                   number(l.targetSeconds),
                                   number(l.sourceTimeCents),
                                   number(l.targetTimeCents),
                                   number(l.sourceExpenseCents),
                                   number(l.targetExpenseCents),
                                   number(l.sourceReceivableCents),
                                   number(l.targetReceivableCents),
                                   number(l.sourceTrustCents),
                                   number(l.targetTrustCents),
                                   l.trustEntered ? QStringLiteral("entered") : QStringLiteral("-") }
                         .join(QLatin1Char('|'));
        }
        for (const ReviewUserHours &u : r.users)
            f << QStringList { QStringLiteral("user"),
                               u.userKey,
                               u.userName,
                               u.targetUserId,
                               number(u.sourceEntries),
                               number(u.targetEntries),
                               number(u.sourceSeconds),
                               number(u.targetSeconds) }
                     .join(QLatin1Char('|'));
        for (const ReviewDifference &d : r.differences)
            f << QStringList { QStringLiteral("difference"),
                               d.key,
                               ReviewDifference::kindKey(d.kind),
                               d.entity,
                               d.sourceKey,
                               d.targetId,
                               d.clientKey,
                               d.clientName,
                               d.matterKey,
                               d.label,
                               d.field,
                               d.sourceValue,
                               d.targetValue,
                               number(d.centsDelta),
                               number(d.secondsDelta) }
                     .join(QLatin1Char('|'));
        f << r.notes;
        return f;
    }

    static const ReviewDifference *find(const Reconciliation &r, const QString &key)
    {
        for (const ReviewDifference &d : r.differences) {
            if (d.key == key)
                return &d;
        }
        return nullptr;
    }

    static QStringList keys(const Reconciliation &r)
    {
        QStringList k;
        for (const ReviewDifference &d : r.differences)
            k << d.key;
        k.sort();
        return k;
    }

    void clearTarget()
    {
        exec(QStringLiteral("DELETE FROM review_target_record WHERE entity IN ('time_entry', 'expense')"));
    }

    // The target as the import would leave it: every unbilled, unrefused entry equal to its source.
    void fillEqualTarget()
    {
        clearTarget();
        const QString m1 = QStringLiteral("201"), m3 = QStringLiteral("203"), m4 = QStringLiteral("204"),
                      m5 = QStringLiteral("205");
        const QString t = QStringLiteral("time_entry");
        record(t, QStringLiteral("301"), QStringLiteral("T1"), m1, QStringLiteral("501"), QStringLiteral("2026-03-02"),
               3600, 25000);
        record(t, QStringLiteral("302"), QStringLiteral("T2"), m1, QStringLiteral("501"), QStringLiteral("2026-03-13"),
               2700, 15000);
        record(t, QStringLiteral("303"), QStringLiteral("T3"), m3, QStringLiteral("502"), QStringLiteral("2026-03-04"),
               900, 0);
        record(t, QStringLiteral("304"), QStringLiteral("T4"), m3, QStringLiteral("503"), QStringLiteral("2026-03-05"),
               1200, 4321);
        record(t, QStringLiteral("312"), QStringLiteral("T12"), m1, QStringLiteral("501"), QStringLiteral("2026-03-08"),
               1801, 10006);
        record(t, QStringLiteral("313"), QStringLiteral("T13"), m1, QString(), QStringLiteral("2026-03-09"), 600, 0);
        record(t, QStringLiteral("314"), QStringLiteral("T 14"), m3, QStringLiteral("503"),
               QStringLiteral("2026-03-07"), 1800, 5001);
        record(t, QStringLiteral("315"), QStringLiteral("T15"), m3, QStringLiteral("503"), QStringLiteral("2026-03-07"),
               -1800, -5001);
        record(t, QStringLiteral("316"), QStringLiteral("T16"), m4, QStringLiteral("502"), QStringLiteral("2026-03-10"),
               600, 5000);
        record(t, QStringLiteral("318"), QStringLiteral("T18é"), m5, QStringLiteral("503"),
               QStringLiteral("2026-03-11"), 3600, 15000);
        record(t, QStringLiteral("320"), QStringLiteral("T20"), m3, QStringLiteral("501"), QStringLiteral("2026-03-12"),
               7200, 40000);
        record(t, QStringLiteral("307"), QStringLiteral("T7"), m1, QStringLiteral("501"), QStringLiteral("2026-03-12"),
               360, 2000);
        record(QStringLiteral("expense"), QStringLiteral("401"), QStringLiteral("E1"), m1, QStringLiteral("501"),
               QStringLiteral("2026-03-02"), 0, 1234);
        record(QStringLiteral("expense"), QStringLiteral("403"), QStringLiteral("E3"), m3, QStringLiteral("502"),
               QStringLiteral("2026-03-02"), 0, 0);
    }

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        ProjectSettings settings = ProjectSettings::defaultsForThisMachine();
        settings.firmName = QStringLiteral("Rules & Co");
        settings.sourceSystem = QStringLiteral("bill4time");
        settings.timeZone = QStringLiteral("America/New_York");
        QString error;
        m_store = ProjectStore::create(m_dir->filePath(QStringLiteral("rules.cutover")), settings, &error);
        QVERIFY2(m_store, qPrintable(error));
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT uuid FROM project WHERE id = 1")) && q.next());
        m_projectId = QUuid::fromString(q.value(0).toString());
        TargetChoice target;
        target.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        m_target = target.key();

        const QString now = QStringLiteral("2026-03-20T12:00:00Z");
        exec(QStringLiteral("INSERT INTO snapshot (id, kind, state, started_at_utc, completed_at_utc, time_zone, "
                            "created_by) VALUES (1, 'final', 'complete', ?, ?, 'America/New_York', 'test')"),
             { now, now });
        exec(QStringLiteral("INSERT INTO snapshot (id, kind, state, started_at_utc, completed_at_utc, time_zone, "
                            "created_by, base_snapshot_id) VALUES (2, 'delta', 'complete', ?, ?, 'America/New_York', "
                            "'test', 1)"),
             { now, now });
        const QList<QPair<int, QString>> files = {
            { 1, QStringLiteral("user") },       { 1, QStringLiteral("client") },  { 1, QStringLiteral("matter") },
            { 1, QStringLiteral("time_entry") }, { 1, QStringLiteral("expense") }, { 2, QStringLiteral("time_entry") }
        };
        for (int i = 0; i < files.size(); ++i)
            exec(QStringLiteral("INSERT INTO source_file (id, snapshot_id, state, path, size, format, entity, "
                                "map_json) VALUES (?, ?, 'complete', ?, 0, 'csv', ?, '{}')"),
                 { i + 1, files.at(i).first, files.at(i).second + QStringLiteral(".csv"), files.at(i).second });

        auto user = [&](int row, const QString &key, const QString &name, const QString &email, const QVariant &rate) {
            exec(QStringLiteral("INSERT INTO stg_user (snapshot_id, file_id, source_row, row_hash, source_key, name, "
                                "email, rate) VALUES (1, 1, ?, 0, ?, ?, ?, ?)"),
                 { row, key, name, email, rate });
        };
        user(2, QStringLiteral("U1"), QStringLiteral("Ann Lee"), QStringLiteral("ann@firm.test"), 20000);
        user(3, QStringLiteral("U2"), QStringLiteral("Bob Roe"), QStringLiteral("bob@firm.test"), QVariant());
        user(4, QStringLiteral("U3"), QStringLiteral("Zoë Ünal"), QStringLiteral("zoe@firm.test"), 15000);
        auto client = [&](int row, const QString &key, const QString &name) {
            exec(QStringLiteral("INSERT INTO stg_client (snapshot_id, file_id, source_row, row_hash, source_key, name, "
                                "kind) VALUES (1, 2, ?, 0, ?, ?, 'company')"),
                 { row, key, name });
        };
        client(2, QStringLiteral("C1"), QStringLiteral("Acme"));
        client(3, QStringLiteral("C2"), QStringLiteral("Beta"));
        client(4, QStringLiteral("C3"), QStringLiteral("Gamma"));
        exec(QStringLiteral("INSERT INTO client_selection (client_key, included, changed_at_utc) VALUES ('C2', 0, ?)"),
             { now });
        auto matter = [&](int row, const QString &key, const QVariant &clientKey, const QVariant &clientName) {
            exec(QStringLiteral("INSERT INTO stg_matter (snapshot_id, file_id, source_row, row_hash, source_key, "
                                "client_key, client_name, description, status) VALUES (1, 3, ?, 0, ?, ?, ?, ?, "
                                "'open')"),
                 { row, key, clientKey, clientName, QStringLiteral("Matter ") + key });
        };
        matter(2, QStringLiteral("M1"), QStringLiteral("C1"), QVariant());
        matter(3, QStringLiteral("M2"), QStringLiteral("C2"), QVariant());
        matter(4, QStringLiteral("M3"), QStringLiteral("C3"), QVariant());
        matter(5, QStringLiteral("M4"), QVariant(), QStringLiteral("gamma")); // its client found by name
        matter(6, QStringLiteral("M5é"), QStringLiteral("C1"), QVariant());

        const QVariant none;
        // The snapshot's time entries (file 4).
        time(1, 4, 2, QStringLiteral("T1"), QStringLiteral("M1"), none, QStringLiteral("U1"),
             QStringLiteral("2026-03-02"), 3600, 25000, none); // its own rate
        time(1, 4, 3, QStringLiteral("T2"), QStringLiteral("M1"), none, QStringLiteral("U1"),
             QStringLiteral("2026-03-03"), 1800, none, none); // replaced by the delta
        time(1, 4, 4, QStringLiteral("T3"), QStringLiteral("M3"), none, QStringLiteral("U2"),
             QStringLiteral("2026-03-04"), 900, none, none); // no rate anywhere: 0
        time(1, 4, 5, QStringLiteral("T4"), QStringLiteral("M3"), none, QStringLiteral("U3"),
             QStringLiteral("2026-03-05"), 1200, none, 4321); // its amount
        time(1, 4, 6, QStringLiteral("T5"), QStringLiteral("M1"), none, QStringLiteral("U1"),
             QStringLiteral("2026-03-06"), 3600, 25000, none, 1); // billed
        time(1, 4, 7, QStringLiteral("T6"), QStringLiteral("M1"), none, QStringLiteral("U1"),
             QStringLiteral("2026-03-06"), 3600, 25000, none, 0, QStringLiteral(" INV-9 ")); // invoiced
        time(1, 4, 8, QStringLiteral("T7"), QStringLiteral("M2"), none, QStringLiteral("U1"),
             QStringLiteral("2026-03-06"), 3600, 25000, none); // its matter's client is deselected
        time(1, 4, 9, QStringLiteral("T8"), QStringLiteral("M1"), QStringLiteral("C2"), QStringLiteral("U1"),
             QStringLiteral("2026-03-06"), 3600, 25000, none); // its own client is deselected
        time(1, 4, 10, QStringLiteral("T9"), QStringLiteral("M9"), none, QStringLiteral("U1"),
             QStringLiteral("2026-03-06"), 3600, 25000, none); // unknown matter
        time(1, 4, 11, QStringLiteral("T10"), none, QStringLiteral("C1"), QStringLiteral("U1"),
             QStringLiteral("2026-03-06"), 3600, 25000, none); // no matter
        time(1, 4, 12, QStringLiteral("T11"), QStringLiteral("M1"), none, none, QStringLiteral("2026-03-06"), 3600,
             25000, none); // no user
        time(1, 4, 13, QStringLiteral("T12"), QStringLiteral("M1"), none, QStringLiteral("ann lee"),
             QStringLiteral("2026-03-08"), 1801, none, none); // by name: U1's rate, 10005.55 -> 10006
        time(1, 4, 14, QStringLiteral("T13"), QStringLiteral("M1"), none, QStringLiteral("ghost"),
             QStringLiteral("2026-03-09"), 600, none, none); // a user only seen here
        time(1, 4, 15, QStringLiteral("T 14"), QStringLiteral(" M3 "), none, QStringLiteral(" U3 "),
             QStringLiteral(" 2026-03-07 "), 1800, 10001, none); // 5000.5 -> 5001
        time(1, 4, 16, QStringLiteral("T15"), QStringLiteral("M3"), none, QStringLiteral("U3"),
             QStringLiteral("2026-03-07"), -1800, 10001, none); // -5000.5 -> -5001
        time(1, 4, 17, QStringLiteral("T1"), QStringLiteral("M3"), none, QStringLiteral("U2"),
             QStringLiteral("2026-03-30"), 60, 1, none); // a duplicate key: the first row stands
        time(1, 4, 18, QStringLiteral("T16"), QStringLiteral("M4"), none, QStringLiteral("U2"),
             QStringLiteral("2026-03-10"), 600, 30000, none);
        time(1, 4, 19, QStringLiteral("T17"), QStringLiteral("M1"), none, QStringLiteral("U1"),
             QStringLiteral("2026-03-10"), 600, 30000, none); // a staging issue
        time(1, 4, 20, QStringLiteral("T18é"), QStringLiteral("M5é"), none, QStringLiteral("U3"),
             QStringLiteral("2026-03-11"), 3600, none, none);
        time(1, 4, 21, QStringLiteral("T19"), QStringLiteral("M1"), none, QStringLiteral("U1"),
             QStringLiteral("2026-03-10"), 600, 30000, none, 1); // billed, with an issue: refused, not skipped
        exec(QStringLiteral("INSERT INTO staging_issue (snapshot_id, file_id, entity, row, severity, code, message) "
                            "VALUES (1, 4, 'time_entry', 19, 'error', 'unknown_user', 'Unknown activity code.'), "
                            "(1, 4, 'time_entry', 21, 'error', 'bad_date', 'The date is not a date.'), "
                            "(1, 4, 'time_entry', 2, 'error', 'resolved', 'Resolved since.')"));
        exec(QStringLiteral("UPDATE staging_issue SET resolved = 1 WHERE code = 'resolved'"));
        // The delta (file 6): T2 changed, T20 new, T21 on a deselected client, T7 (left behind in the
        // snapshot) now on M1, T22 not marked for import.
        time(2, 6, 2, QStringLiteral("T2"), QStringLiteral("M1"), none, QStringLiteral("U1"),
             QStringLiteral("2026-03-13"), 2700, none, none);
        time(2, 6, 3, QStringLiteral("T20"), QStringLiteral("M3"), none, QStringLiteral("U1"),
             QStringLiteral("2026-03-12"), 7200, none, none);
        time(2, 6, 4, QStringLiteral("T21"), QStringLiteral("M2"), none, QStringLiteral("U1"),
             QStringLiteral("2026-03-12"), 7200, none, none);
        time(2, 6, 5, QStringLiteral("T7"), QStringLiteral("M1"), none, QStringLiteral("U1"),
             QStringLiteral("2026-03-12"), 360, none, none);
        time(2, 6, 6, QStringLiteral("T22"), QStringLiteral("M1"), none, QStringLiteral("U1"),
             QStringLiteral("2026-03-12"), 360, none, none);
        exec(QStringLiteral(
            "INSERT INTO delta_row (snapshot_id, entity, source_key, change, staging_id, import) SELECT 2, "
            "'time_entry', source_key, CASE source_key WHEN 'T2' THEN 'changed' ELSE 'new' END, id, "
            "CASE source_key WHEN 'T22' THEN 0 ELSE 1 END FROM stg_time_entry WHERE snapshot_id = 2"));
        expense(2, QStringLiteral("E1"), QStringLiteral("M1"), QStringLiteral("U1"), 1234);
        expense(3, QStringLiteral("E2"), QStringLiteral("M1"), QStringLiteral("U1"), 999, 1); // billed
        expense(4, QStringLiteral("E3"), QStringLiteral("M3"), QStringLiteral("U2"), QVariant()); // no amount: 0

        // The ledger, the user mapping and a complete reading with the contacts and matters as imported.
        exec(QStringLiteral("INSERT INTO review_run (id, target_key, state, started_at_utc, finished_at_utc, "
                            "started_by) VALUES (1, ?, 'complete', ?, ?, 'test')"),
             { m_target, now, now });
        auto ledger = [&](const QString &entity, const QString &key, const QString &id) {
            exec(QStringLiteral("INSERT INTO id_map (target_key, entity, source_key, reference, target_id, state, "
                                "updated_at_utc) VALUES (?, ?, ?, ?, ?, 'created', ?)"),
                 { m_target, entity, key, ImportLedger::reference(m_projectId, entity, key), id, now });
        };
        for (const auto &[key, id] : { std::pair { QStringLiteral("C1"), QStringLiteral("101") },
                                       std::pair { QStringLiteral("C3"), QStringLiteral("103") } }) {
            ledger(QStringLiteral("contact"), key, id);
            exec(QStringLiteral("INSERT INTO review_target_record (run_id, entity, target_id, reference, source_key, "
                                "label) VALUES (1, 'contact', ?, ?, ?, ?)"),
                 { id, ImportLedger::reference(m_projectId, QStringLiteral("contact"), key), key,
                   key == QLatin1String("C1") ? QStringLiteral("Acme") : QStringLiteral("Gamma") });
        }
        for (const auto &[key, id] : { std::pair { QStringLiteral("M1"), QStringLiteral("201") },
                                       std::pair { QStringLiteral("M3"), QStringLiteral("203") },
                                       std::pair { QStringLiteral("M4"), QStringLiteral("204") },
                                       std::pair { QStringLiteral("M5é"), QStringLiteral("205") } }) {
            ledger(QStringLiteral("matter"), key, id);
            exec(QStringLiteral("INSERT INTO review_target_record (run_id, entity, target_id, reference, source_key, "
                                "client_id, label, fields) VALUES (1, 'matter', ?, ?, ?, ?, ?, json_object("
                                "'description', ?))"),
                 { id, ImportLedger::reference(m_projectId, QStringLiteral("matter"), key), key,
                   key == QLatin1String("M1") || key == QStringLiteral("M5é") ? QStringLiteral("101")
                                                                              : QStringLiteral("103"),
                   key, QStringLiteral("Matter ") + key });
        }
        for (const auto &[key, id] : { std::pair { QStringLiteral("U1"), QStringLiteral("501") },
                                       std::pair { QStringLiteral("U2"), QStringLiteral("502") },
                                       std::pair { QStringLiteral("U3"), QStringLiteral("503") } })
            exec(QStringLiteral("INSERT INTO user_map (target_key, source_user_key, target_user_id, how) VALUES (?, "
                                "?, ?, 'email')"),
                 { m_target, key, id });
    }

    // The planner's rules, entry by entry: the records build() lists and the compact entries agree.
    void planRules()
    {
        ImportPlan plan;
        QString error;
        QVERIFY2(ImportPlanner::build(db(), &plan, &error), qPrintable(error));
        QStringList got;
        for (const PlannedRecord &p : std::as_const(plan.records)) {
            if (p.kind != RecordKind::TimeEntry && p.kind != RecordKind::Expense)
                continue;
            got << QStringList { RecordKinds::key(p.kind),
                                 p.sourceKey,
                                 p.userKey,
                                 p.label,
                                 p.dependsOn.isEmpty() ? QString() : p.dependsOn.first().second,
                                 p.skipReason.isEmpty() ? QString() : QStringLiteral("billed"),
                                 p.problem,
                                 p.changedInDelta ? QStringLiteral("changed") : QString() }
                       .join(QLatin1Char('|'));
        }
        const QStringList expected = {
            QStringLiteral("time_entry|T1|U1|2026-03-02, U1, M1|M1|||"),
            QStringLiteral("time_entry|T2|U1|2026-03-13, U1, M1|M1|||changed"),
            QStringLiteral("time_entry|T3|U2|2026-03-04, U2, M3|M3|||"),
            QStringLiteral("time_entry|T4|U3|2026-03-05, U3, M3|M3|||"),
            QStringLiteral("time_entry|T5|U1|2026-03-06, U1, M1|M1|billed||"),
            QStringLiteral("time_entry|T6|U1|2026-03-06, U1, M1|M1|billed||"),
            QStringLiteral("time_entry|T9|U1|2026-03-06, U1, M9|M9||Time entry T9 is on matter M9, which is not in "
                           "the export.|"),
            QStringLiteral("time_entry|T10|U1|2026-03-06, U1, C1|||Time entry T10 has no matter; Clio keeps time on "
                           "matters.|"),
            QStringLiteral("time_entry|T11||2026-03-06, , M1|M1||Time entry T11 has no user.|"),
            QStringLiteral("time_entry|T12|U1|2026-03-08, U1, M1|M1|||"),
            QStringLiteral("time_entry|T13|ghost|2026-03-09, ghost, M1|M1|||"),
            QStringLiteral("time_entry|T 14|U3|2026-03-07, U3, M3|M3|||"),
            QStringLiteral("time_entry|T15|U3|2026-03-07, U3, M3|M3|||"),
            QStringLiteral("time_entry|T16|U2|2026-03-10, U2, M4|M4|||"),
            QStringLiteral("time_entry|T17|U1|2026-03-10, U1, M1|M1||Time entry T17: Unknown activity code.|"),
            QStringLiteral("time_entry|T18é|U3|2026-03-11, U3, M5é|M5é|||"),
            QStringLiteral("time_entry|T19|U1|2026-03-10, U1, M1|M1||Time entry T19: The date is not a date.|"),
            QStringLiteral("time_entry|T20|U1|2026-03-12, U1, M3|M3|||"),
            QStringLiteral("time_entry|T7|U1|2026-03-12, U1, M1|M1|||"),
            QStringLiteral("expense|E1|U1|2026-03-02, U1, M1|M1|||"),
            QStringLiteral("expense|E2|U1|2026-03-02, U1, M1|M1|billed||"),
            QStringLiteral("expense|E3|U2|2026-03-02, U2, M3|M3|||"),
        };
        QCOMPARE(got, expected);
        QCOMPARE(plan.users.value(QStringLiteral("ghost")).name, QStringLiteral("ghost"));
        QCOMPARE(plan.entriesPerUser.value(QStringLiteral("U1")), 10); // T1 T2 T7 T9 T10 T12 T17 T19 T20 E1
        QCOMPARE(plan.entriesPerUser.value(QStringLiteral("ghost")), 1);

        // The compact plan: the same entries, the same problems, nothing else in its records.
        ImportPlan lean;
        PlannedEntries entries;
        QVERIFY2(ImportPlanner::build(db(), &lean, &entries, &error), qPrintable(error));
        QCOMPARE(lean.problems, plan.problems);
        QCOMPARE(lean.entriesPerUser, plan.entriesPerUser);
        QCOMPARE(lean.userOrder, plan.userOrder);
        for (const PlannedRecord &p : std::as_const(lean.records))
            QVERIFY(p.kind != RecordKind::TimeEntry && p.kind != RecordKind::Expense);
        QCOMPARE(qsizetype(entries.entries.size()), expected.size());
        for (size_t i = 0; i < entries.entries.size(); ++i) {
            const PlannedEntries::Entry &e = entries.entries[i];
            QCOMPARE(entries.keys.string(e.key), expected.at(qsizetype(i)).section(QLatin1Char('|'), 1, 1));
            QCOMPARE(e.billed, expected.at(qsizetype(i)).section(QLatin1Char('|'), 5, 5) == QLatin1String("billed"));
            QCOMPARE(entries.problem(e), expected.at(qsizetype(i)).section(QLatin1Char('|'), 6, 6));
        }
    }

    // Money::mulDivRounded: its 64-bit path (small operands) and its 128-bit one round the same, half away from
    // zero, on both sides of where one hands over to the other.
    void moneyRounding()
    {
        __extension__ typedef __int128 Wide;
        const qint64 edge = qint64(1) << 30;
        const QList<qint64> values = { 0,         1,         -1,    1799,        1800,           1801,      -1800,
                                       -1801,     5000,      10001, edge - 1,    edge,           -edge + 1, -edge,
                                       edge * 64, -edge * 7, 3600,  999'999'999, 123'456'789'012 };
        const QList<qint64> dens = { 1, 2, 3, 3600, 10000, -3600, edge - 1, edge };
        for (qint64 x : values) {
            for (qint64 num : values) {
                for (qint64 den : dens) {
                    const Wide p = Wide(x) * num;
                    const Wide a = p < 0 ? -p : p;
                    const Wide d = den < 0 ? -Wide(den) : Wide(den);
                    Wide q = a / d;
                    if ((a % d) * 2 >= d)
                        ++q; // half away from zero
                    const qint64 expected = qint64(((p < 0) != (den < 0)) ? -q : q);
                    QCOMPARE(Money::mulDivRounded(x, num, den), expected);
                }
            }
        }
    }

    // Against an empty target every entry is missing: its value is the source's, computed by the rules.
    void sourceValues()
    {
        clearTarget();
        for (const bool oneByOne : { false, true }) {
            const Reconciliation r = reconcile(oneByOne);
            QStringList got;
            for (const ReviewDifference &d : r.differences) {
                if (d.entity == QLatin1String("time_entry") || d.entity == QLatin1String("expense"))
                    got << QStringList { d.key, d.clientKey, d.matterKey, d.sourceValue,
                                         QString::number(d.secondsDelta) }
                               .join(QLatin1Char('|'));
            }
            got.sort();
            QStringList expected = {
                QStringLiteral("missing:time_entry:T1|C1|M1|250.00|-3600"),
                QStringLiteral("missing:time_entry:T2|C1|M1|150.00|-2700"), // the delta's row, at U1's rate
                QStringLiteral("missing:time_entry:T3|C3|M3|0.00|-900"),
                QStringLiteral("missing:time_entry:T4|C3|M3|43.21|-1200"),
                QStringLiteral("missing:time_entry:T9||M9|250.00|-3600"), // no client: its matter is unknown
                QStringLiteral("missing:time_entry:T10|C1||250.00|-3600"),
                QStringLiteral("missing:time_entry:T11|C1|M1|250.00|-3600"),
                QStringLiteral("missing:time_entry:T12|C1|M1|100.06|-1801"),
                QStringLiteral("missing:time_entry:T13|C1|M1|0.00|-600"),
                QStringLiteral("missing:time_entry:T 14|C3|M3|50.01|-1800"),
                QStringLiteral("missing:time_entry:T15|C3|M3|-50.01|1800"),
                QStringLiteral("missing:time_entry:T16|C3|M4|50.00|-600"),
                QStringLiteral("missing:time_entry:T17|C1|M1|50.00|-600"),
                QStringLiteral("missing:time_entry:T18é|C1|M5é|150.00|-3600"),
                QStringLiteral("missing:time_entry:T19|C1|M1|50.00|-600"),
                QStringLiteral("missing:time_entry:T20|C3|M3|400.00|-7200"),
                QStringLiteral("missing:time_entry:T7|C1|M1|20.00|-360"),
                QStringLiteral("missing:expense:E1|C1|M1|12.34|0"),
                QStringLiteral("missing:expense:E3|C3|M3|0.00|0"),
            };
            expected.sort();
            QCOMPARE(got, expected);
            const ReviewDifference *refused = find(r, QStringLiteral("missing:time_entry:T17"));
            QVERIFY(refused);
            QCOMPARE(refused->label,
                     QStringLiteral("time entry T17 of 2026-03-10 by Ann Lee on M1, refused before "
                                    "sending: Time entry T17: Unknown activity code."));
            QCOMPARE(find(r, QStringLiteral("missing:time_entry:T 14"))->label,
                     QStringLiteral("time entry T 14 of 2026-03-07 by Zoë Ünal on M3"));
        }
        QCOMPARE(facts(reconcile(false)), facts(reconcile(true)));
    }

    // A target holding the same: nothing but the refused entries differs, in bulk and one by one.
    void equalTarget()
    {
        fillEqualTarget();
        const Reconciliation bulk = reconcile(false);
        QCOMPARE(keys(bulk),
                 QStringList({ QStringLiteral("missing:time_entry:T10"), QStringLiteral("missing:time_entry:T11"),
                               QStringLiteral("missing:time_entry:T17"), QStringLiteral("missing:time_entry:T19"),
                               QStringLiteral("missing:time_entry:T9") }));
        const QStringList f = facts(bulk);
        QCOMPARE(f, facts(reconcile(true)));
        QVERIFY(f.contains(QStringLiteral("count|time_entry|17|12|12|5|0|0")));
        QVERIFY(f.contains(QStringLiteral("count|expense|2|2|2|0|0|0")));
        QVERIFY(f.contains(QStringLiteral("user|U1|Ann Lee|501|9|5|24061|15661")));
    }

    // Planted differences: found the same in bulk and one by one, each with its key.
    void plantedDifferences()
    {
        fillEqualTarget();
        exec(QStringLiteral("UPDATE review_target_record SET cents = cents + 1 WHERE source_key = 'T1'"));
        // One field each, so each comparison of the bulk path is needed to find it.
        exec(QStringLiteral("UPDATE review_target_record SET date = '2026-03-14' WHERE source_key = 'T3'"));
        exec(QStringLiteral("UPDATE review_target_record SET user_id = '501' WHERE source_key = 'T18é'"));
        exec(QStringLiteral("UPDATE review_target_record SET matter_id = '203' WHERE source_key = 'T12'"));
        exec(QStringLiteral("UPDATE review_target_record SET seconds = 1860 WHERE source_key = 'T 14'"));
        exec(QStringLiteral("UPDATE review_target_record SET user_id = '777' WHERE source_key = 'T13'"));
        exec(QStringLiteral("UPDATE review_target_record SET cents = 1 WHERE source_key = 'E3'"));
        exec(QStringLiteral("DELETE FROM review_target_record WHERE source_key = 'T16'"));
        const QString t = QStringLiteral("time_entry");
        // Second records of T4 and T20 (duplicates: the lower id stays the pair, by number: 320 before 1000
        // though "1000" sorts first as text), a billed entry's, one nobody knows, an expense carrying a time
        // entry's key and an interim entry (left out).
        record(t, QStringLiteral("3040"), QStringLiteral("T4"), QStringLiteral("203"), QStringLiteral("503"),
               QStringLiteral("2026-03-05"), 1200, 4321);
        record(t, QStringLiteral("1000"), QStringLiteral("T20"), QStringLiteral("203"), QStringLiteral("501"),
               QStringLiteral("2026-03-12"), 7200, 40001);
        record(t, QStringLiteral("305"), QStringLiteral("T5"), QStringLiteral("201"), QStringLiteral("501"),
               QStringLiteral("2026-03-06"), 3600, 25000);
        record(t, QStringLiteral("399"), QStringLiteral("T999"), QStringLiteral("201"), QStringLiteral("501"),
               QStringLiteral("2026-03-06"), 60, 100);
        record(QStringLiteral("expense"), QStringLiteral("499"), QStringLiteral("T1"), QStringLiteral("201"),
               QStringLiteral("501"), QStringLiteral("2026-03-06"), 0, 100);
        record(t, QStringLiteral("398"), QString(), QStringLiteral("201"), QStringLiteral("501"),
               QStringLiteral("2026-03-06"), 60, 100, QStringLiteral("CUT-1:interim_entry:I1"));
        const Reconciliation bulk = reconcile(false);
        QStringList planted = {
            QStringLiteral("changed:expense:E3:amount"),    QStringLiteral("changed:time_entry:T 14:duration"),
            QStringLiteral("changed:time_entry:T1:amount"), QStringLiteral("changed:time_entry:T12:matter"),
            QStringLiteral("changed:time_entry:T13:user"),  QStringLiteral("changed:time_entry:T3:date"),
            QStringLiteral("changed:time_entry:T18é:user"), QStringLiteral("extra:expense:499"),
            QStringLiteral("extra:time_entry:305"),         QStringLiteral("extra:time_entry:3040"),
            QStringLiteral("extra:time_entry:1000"),        QStringLiteral("extra:time_entry:399"),
            QStringLiteral("missing:time_entry:T10"),       QStringLiteral("missing:time_entry:T11"),
            QStringLiteral("missing:time_entry:T16"),       QStringLiteral("missing:time_entry:T17"),
            QStringLiteral("missing:time_entry:T19"),       QStringLiteral("missing:time_entry:T9")
        };
        planted.sort();
        QCOMPARE(keys(bulk), planted);
        const ReviewDifference *amount = find(bulk, QStringLiteral("changed:time_entry:T1:amount"));
        QVERIFY(amount);
        QCOMPARE(amount->sourceValue, QStringLiteral("250.00"));
        QCOMPARE(amount->targetValue, QStringLiteral("250.01"));
        QCOMPARE(amount->centsDelta, 1);
        QCOMPARE(amount->targetId, QStringLiteral("301"));
        QCOMPARE(find(bulk, QStringLiteral("changed:time_entry:T12:matter"))->targetValue, QStringLiteral("M3"));
        QCOMPARE(find(bulk, QStringLiteral("changed:time_entry:T 14:duration"))->secondsDelta, 60);
        QVERIFY(bulk.notes.join(QLatin1Char(' ')).contains(QStringLiteral("1 interim entries")));
        QCOMPARE(facts(bulk), facts(reconcile(true)));
        // Inside a transaction the target is read on the caller's connection (a reader of its own would not see
        // what the transaction wrote): the same result.
        QVERIFY(db().transaction());
        QCOMPARE(facts(reconcile(false)), facts(bulk));
        exec(QStringLiteral("UPDATE review_target_record SET cents = cents + 2 WHERE source_key = 'E1'"));
        const Reconciliation inTransaction = reconcile(false);
        QVERIFY(db().rollback());
        QVERIFY(find(inTransaction, QStringLiteral("changed:expense:E1:amount")));
        QCOMPARE(find(inTransaction, QStringLiteral("changed:expense:E1:amount"))->centsDelta, 2);
        QVERIFY(!find(bulk, QStringLiteral("changed:expense:E1:amount")));
    }
};

QTEST_GUILESS_MAIN(TestReconcileBulk)
#include "TestReconcileBulk.moc"
