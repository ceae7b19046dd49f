#include "ImportPlan.h"

#include "ImportEngine.h"
#include "PlannedEntries.h"
#include "closeout/CutoffStore.h"
#include "staging/StagingStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

// How the import chooses its records.
//
// | what              | rule                                                                                        |
// |-------------------|---------------------------------------------------------------------------------------------|
// | snapshot          | the newest complete 'final' snapshot; none: the newest complete one (a trial run, said so)  |
// | delta             | complete delta snapshots based on it: their rows marked import (new/changed) replace or add |
// | per key           | the first row of a key in a snapshot (a later duplicate is an error issue, reported)        |
// | excluded clients  | client_selection.included = 0: the client, its matters and all their rows stay behind       |
// | unusable rows     | rows with an unresolved error issue (unknown reference, duplicate key): refused, reported   |
// | time and expenses | billed (billed = 1 or an invoice number) are skipped: billed history stays in the old       |
// |                   | system's reports; the rest go with their matter and their user's mapped target user         |
// | balance forward   | one per matter with a receivable (open invoices, balance > 0), dated the cutoff day         |
// | documents         | the close-out reports (historical_document) into "Historical Data" of a firm matter        |

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::ImportPlan)
};

constexpr auto kFiles = "(SELECT id FROM source_file WHERE snapshot_id = ? AND state = 'complete')";

const QString kFirmKey = QStringLiteral("firm");
const QString kFolderKey = QStringLiteral("historical-data");

// Staging columns that are bookkeeping, not the record's data.
bool isBookkeeping(const QString &column)
{
    static const QSet<QString> names = { QStringLiteral("id"),         QStringLiteral("snapshot_id"),
                                         QStringLiteral("file_id"),    QStringLiteral("source_row"),
                                         QStringLiteral("row_hash"),   QStringLiteral("after_cutoff"),
                                         QStringLiteral("norm_email"), QStringLiteral("norm_phone"),
                                         QStringLiteral("norm_name") };
    return names.contains(column);
}

QString text(const QSqlQuery &q, const char *column)
{
    return q.value(QLatin1String(column)).toString().trimmed();
}

// The rows of one staging table for the plan: the snapshot's (first row of a
// key wins), then the delta rows marked for import, which replace or add.
class RowReader
{
public:
    RowReader(const QSqlDatabase &db, const ImportPlan &plan, const QHash<QPair<qint64, qint64>, QString> &issues)
        : m_db(db)
        , m_plan(plan)
        , m_issues(issues)
    {
    }

    // `fn(query, issue, changed)`: issue holds the error issue of the row, if any;
    // changed is set for a delta row marked 'changed'.
    bool forEach(const QString &entity, const QString &columns,
                 const std::function<void(const QSqlQuery &, const QString &issue, bool changed)> &fn, QString *error)
    {
        const QString table = QStringLiteral("stg_") + entity;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT t.id, t.file_id, t.source_row, t.source_key, %1 FROM %2 t "
                                 "WHERE t.file_id IN %3 ORDER BY t.id")
                      .arg(columns, table, QLatin1String(kFiles)));
        q.addBindValue(m_plan.snapshotId);
        if (!q.exec()) {
            *error = Tr::tr("The import cannot read %1: %2").arg(table, q.lastError().text());
            return false;
        }
        QSet<QString> seen;
        while (q.next()) {
            const QString key = q.value(3).toString();
            const QString issue = m_issues.value({ q.value(1).toLongLong(), q.value(2).toLongLong() });
            if (seen.contains(key))
                continue; // a duplicate: its error issue is reported by the staging step
            seen.insert(key);
            fn(q, issue, false);
        }
        for (qint64 delta : m_plan.deltaIds) {
            QSqlQuery d(m_db);
            d.setForwardOnly(true);
            d.prepare(QStringLiteral("SELECT t.id, t.file_id, t.source_row, t.source_key, %1, "
                                     "(SELECT max(change = 'changed') FROM delta_row r WHERE r.snapshot_id = ? AND "
                                     "r.entity = ? AND r.staging_id = t.id) AS delta_changed FROM %2 t "
                                     "WHERE t.id IN (SELECT staging_id FROM delta_row WHERE snapshot_id = ? AND "
                                     "entity = ? AND import = 1 AND change IN ('new', 'changed')) ORDER BY t.id")
                          .arg(columns, table));
            d.addBindValue(delta);
            d.addBindValue(entity);
            d.addBindValue(delta);
            d.addBindValue(entity);
            if (!d.exec()) {
                *error = Tr::tr("The import cannot read %1: %2").arg(table, d.lastError().text());
                return false;
            }
            while (d.next())
                fn(d, m_issues.value({ d.value(1).toLongLong(), d.value(2).toLongLong() }),
                   d.value(QLatin1String("delta_changed")).toInt() == 1);
        }
        return true;
    }

private:
    const QSqlDatabase &m_db;
    const ImportPlan &m_plan;
    const QHash<QPair<qint64, qint64>, QString> &m_issues;
};

// Adds or (for a delta row) replaces a record of the plan by key.
void put(QList<PlannedRecord> *list, QHash<QString, qsizetype> *index, PlannedRecord r)
{
    const auto it = index->constFind(r.sourceKey);
    if (it != index->constEnd()) {
        (*list)[*it] = std::move(r);
        return;
    }
    index->insert(r.sourceKey, list->size());
    list->append(std::move(r));
}

} // namespace

qint64 ImportPlan::count(RecordKind kind) const
{
    qint64 n = 0;
    for (const PlannedRecord &r : records)
        n += r.kind == kind ? 1 : 0;
    return n;
}

bool ImportPlanner::build(const QSqlDatabase &db, ImportPlan *plan, QString *error)
{
    return build(db, plan, nullptr, error);
}

bool ImportPlanner::build(const QSqlDatabase &db, ImportPlan *plan, PlannedEntries *entries, QString *error)
{
    *plan = ImportPlan();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT uuid, firm_name, source_system, time_zone, holiday_region FROM project "
                               "WHERE id = 1"))
        || !q.next()) {
        *error = Tr::tr("The project file cannot be read: %1").arg(q.lastError().text());
        return false;
    }
    plan->projectId = QUuid::fromString(q.value(0).toString());
    plan->firmName = q.value(1).toString();
    plan->sourceSystem = q.value(2).toString();
    plan->timeZone = q.value(3).toString();
    plan->holidayRegion = q.value(4).toString();

    // The snapshot.
    auto snapshot = StagingStore::latestSnapshot(db, SnapshotKind::Final);
    if (!snapshot) {
        snapshot = StagingStore::latestSnapshot(db);
        while (snapshot && snapshot->kind == SnapshotKind::Delta)
            snapshot.reset(); // a delta alone is no base
        if (!snapshot) {
            *error = Tr::tr("Nothing has been loaded into this project yet: load the final export first.");
            return false;
        }
        plan->trialRun = true;
        plan->notes << Tr::tr("No final export has been loaded: this imports snapshot %1 (a %2 export) as a trial "
                              "run. Load the final export before the real import.")
                           .arg(snapshot->id)
                           .arg(SnapshotKinds::title(snapshot->kind).toLower());
    }
    plan->snapshotId = snapshot->id;
    if (!plan->trialRun) {
        q.prepare(QStringLiteral("SELECT id FROM snapshot WHERE kind = 'delta' AND state = 'complete' AND "
                                 "base_snapshot_id = ? AND id > ? ORDER BY id"));
        q.addBindValue(plan->snapshotId);
        q.addBindValue(plan->snapshotId);
        if (q.exec()) {
            while (q.next())
                plan->deltaIds << q.value(0).toLongLong();
        }
        if (!plan->deltaIds.isEmpty())
            plan->notes << Tr::tr("%n re-export(s) after the final export add the rows marked for import.", nullptr,
                                  int(plan->deltaIds.size()));
    }

    // The cutoff day: the firm's calendar day of the cutoff, else of the snapshot.
    const QTimeZone zone(plan->timeZone.toUtf8());
    if (const auto cutoff = CutoffStore::load(db); cutoff && cutoff->isValid()) {
        plan->cutoffUtc = cutoff->utc;
        plan->cutoffDay = cutoff->localDate;
    } else {
        const QDateTime at = snapshot->cutoffUtc.isValid() ? snapshot->cutoffUtc : snapshot->completedUtc;
        plan->cutoffUtc = snapshot->cutoffUtc;
        plan->cutoffDay = (zone.isValid() ? at.toTimeZone(zone) : at.toUTC()).date();
    }

    // Excluded clients and unusable rows.
    QSet<QString> excluded;
    if (!q.exec(QStringLiteral("SELECT client_key FROM client_selection WHERE included = 0"))) {
        *error = Tr::tr("The project file cannot be read: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next())
        excluded.insert(q.value(0).toString());
    QHash<QPair<qint64, qint64>, QString> issues;
    {
        QList<qint64> snapshots = plan->deltaIds;
        snapshots.prepend(plan->snapshotId);
        for (qint64 s : snapshots) {
            q.prepare(QStringLiteral("SELECT file_id, row, message FROM staging_issue WHERE snapshot_id = ? AND "
                                     "severity = 'error' AND resolved = 0 AND file_id IS NOT NULL AND row > 0 "
                                     "ORDER BY id"));
            q.addBindValue(s);
            if (!q.exec()) {
                *error = Tr::tr("The project file cannot be read: %1").arg(q.lastError().text());
                return false;
            }
            while (q.next()) {
                const QPair<qint64, qint64> at { q.value(0).toLongLong(), q.value(1).toLongLong() };
                if (!issues.contains(at))
                    issues.insert(at, q.value(2).toString());
            }
        }
    }
    RowReader reader(db, *plan, issues);

    // Users: by key, then by name or e-mail (as staging and the close-out resolve them).
    QHash<QString, QString> userAlias;
    if (!reader.forEach(
            QStringLiteral("user"), QStringLiteral("t.name, t.first_name, t.last_name, t.email"),
            [&](const QSqlQuery &r, const QString &, bool) {
                const QString key = r.value(3).toString();
                QString name = text(r, "name");
                if (name.isEmpty())
                    name = (text(r, "first_name") + QLatin1Char(' ') + text(r, "last_name")).trimmed();
                if (!plan->users.contains(key))
                    plan->userOrder << key;
                plan->users.insert(key, { name.isEmpty() ? key : name, text(r, "email") });
                for (const QString &alias : { name, text(r, "email") }) {
                    if (!alias.isEmpty() && !userAlias.contains(alias.toLower()))
                        userAlias.insert(alias.toLower(), key);
                }
            },
            error))
        return false;
    auto resolveUser = [&](const QString &userKey) {
        if (userKey.isEmpty() || plan->users.contains(userKey))
            return userKey;
        const QString byAlias = userAlias.value(userKey.toLower());
        if (!byAlias.isEmpty())
            return byAlias;
        plan->users.insert(userKey, { userKey, QString() });
        plan->userOrder << userKey;
        return userKey;
    };

    // Contacts.
    QList<PlannedRecord> contacts, matters, notes;
    QHash<QString, qsizetype> contactIndex, matterIndex, noteIndex;
    QHash<QString, QString> clientByName;
    if (!reader.forEach(
            QStringLiteral("client"), QStringLiteral("t.name, t.company, t.first_name, t.last_name"),
            [&](const QSqlQuery &r, const QString &issue, bool changed) {
                PlannedRecord p;
                p.kind = RecordKind::Contact;
                p.changedInDelta = changed;
                p.sourceKey = r.value(3).toString();
                if (excluded.contains(p.sourceKey))
                    return;
                p.table = QStringLiteral("stg_client");
                p.rowId = r.value(0).toLongLong();
                QString name = text(r, "name");
                if (name.isEmpty())
                    name = text(r, "company");
                if (name.isEmpty())
                    name = (text(r, "first_name") + QLatin1Char(' ') + text(r, "last_name")).trimmed();
                p.label = name.isEmpty() ? p.sourceKey : QStringLiteral("%1 (%2)").arg(name, p.sourceKey);
                if (!issue.isEmpty())
                    p.problem = Tr::tr("Client %1: %2").arg(p.sourceKey, issue);
                else if (p.sourceKey == kFirmKey)
                    p.problem = Tr::tr("Client number “%1” is the one the import keeps for the firm's own contact; "
                                       "renumber this client in the export.")
                                    .arg(p.sourceKey);
                if (!name.isEmpty() && !clientByName.contains(name.toLower()))
                    clientByName.insert(name.toLower(), p.sourceKey);
                put(&contacts, &contactIndex, p);
            },
            error))
        return false;

    // Matters.
    QHash<QString, QString> matterClient;
    QHash<QString, QString> matterName;
    if (!reader.forEach(
            QStringLiteral("matter"), QStringLiteral("t.client_key, t.client_name, t.description"),
            [&](const QSqlQuery &r, const QString &issue, bool changed) {
                PlannedRecord p;
                p.kind = RecordKind::Matter;
                p.changedInDelta = changed;
                p.sourceKey = r.value(3).toString();
                QString client = text(r, "client_key");
                if (client.isEmpty() && !text(r, "client_name").isEmpty())
                    client = clientByName.value(text(r, "client_name").toLower());
                // Known even when excluded: the matter's entries follow its client.
                matterClient.insert(p.sourceKey, client);
                if (excluded.contains(client))
                    return;
                p.table = QStringLiteral("stg_matter");
                p.rowId = r.value(0).toLongLong();
                const QString description = text(r, "description");
                p.label = description.isEmpty() ? p.sourceKey : QStringLiteral("%1 (%2)").arg(p.sourceKey, description);
                matterName.insert(p.sourceKey, description);
                if (!issue.isEmpty())
                    p.problem = Tr::tr("Matter %1: %2").arg(p.sourceKey, issue);
                else if (client.isEmpty())
                    p.problem = Tr::tr("Matter %1 has no client; Clio needs one for every matter.").arg(p.sourceKey);
                else if (!contactIndex.contains(client))
                    p.problem =
                        Tr::tr("Matter %1 belongs to client %2, who is not in the export.").arg(p.sourceKey, client);
                else if (p.sourceKey == kFirmKey)
                    p.problem = Tr::tr("Matter number “%1” is the one the import keeps for the firm's own matter; "
                                       "renumber this matter in the export.")
                                    .arg(p.sourceKey);
                p.dependsOn.append({ RecordKind::Contact, client });
                put(&matters, &matterIndex, p);
            },
            error))
        return false;

    // Time entries and expenses: same shape, read through SQLite's API into compact entries (a million of them
    // as QSqlQuery values and PlannedRecords cost seconds), turned into records below unless the caller wants
    // them compact.
    PlannedEntries ownEntries;
    PlannedEntries &compact = entries ? *entries : ownEntries;
    compact = PlannedEntries();
    compact.billedReason = Tr::tr("Billed: billed history stays in the old system's reports.");
    StringPool &pool = compact.strings;
    IdMemo matterClientOf, matterPlanned, clientExcluded, userResolved; // per id in the pool
    auto planEntries = [&](RecordKind kind) {
        const bool time = kind == RecordKind::TimeEntry;
        const QString table = time ? QStringLiteral("stg_time_entry") : QStringLiteral("stg_expense");
        const QString entity = time ? QStringLiteral("time_entry") : QStringLiteral("expense");
        const QString columns =
            QStringLiteral("t.id, t.file_id, t.source_row, t.source_key, t.matter_key, t.client_key, t.user_key, "
                           "t.date, t.billed, t.invoice_number, %1, t.amount")
                .arg(time ? QStringLiteral("t.duration, t.rate") : QStringLiteral("NULL, NULL"));
        {
            // Room for every row of the table (the snapshot's are fewer): no rehashing or copying as they come.
            QSqlQuery count(db);
            if (count.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(table)) && count.next()) {
                const qint64 rows = qMin<qint64>(count.value(0).toLongLong(), 50'000'000);
                compact.keys.reserve(compact.keys.size() + rows);
                compact.entries.reserve(compact.entries.size() + size_t(rows));
            }
        }
        // Per key id: -1 not seen, -2 seen and not planned (its client is left behind), else its index.
        std::vector<qint32> slot;
        auto row = [&](SqliteRows &r, bool delta, bool changed) {
            // The key's slot is fetched while the matter and client are looked up (the key table is big).
            const QStringView keyText = r.text(3);
            const quint32 keyHash = compact.keys.prefetch(keyText);
            PlannedEntries::Entry e;
            e.kind = kind;
            e.changedInDelta = changed;
            e.matter = pool.intern(r.text(4).trimmed());
            e.client = pool.intern(r.text(5).trimmed());
            e.clientOfMatter = e.client == 0;
            if (e.clientOfMatter)
                e.client = matterClientOf.get(e.matter,
                                              [&] { return pool.intern(matterClient.value(pool.string(e.matter))); });
            const bool leftBehind =
                clientExcluded.get(e.client, [&] { return excluded.contains(pool.string(e.client)) ? 1 : 0; });
            const qint32 key = compact.keys.intern(keyText, keyHash);
            if (size_t(key) >= slot.size())
                slot.resize(size_t(compact.keys.size()), -1);
            if (!delta) {
                if (slot[size_t(key)] != -1)
                    return; // a duplicate: its error issue is reported by the staging step
                slot[size_t(key)] = -2; // the first row of its key, even when left behind
            }
            if (leftBehind)
                return;
            e.key = key;
            e.rowId = r.integer(0);
            e.user = userResolved.get(pool.intern(r.text(6).trimmed()),
                                      [&] { return pool.intern(resolveUser(r.text(6).trimmed().toString())); });
            e.date = pool.intern(r.text(7).trimmed());
            e.billed = r.toInt(8) == 1 || !r.text(9).trimmed().isEmpty();
            e.duration = r.integer(10);
            e.hasRate = !r.isNull(11);
            e.rate = r.integer(11);
            e.hasAmount = !r.isNull(12);
            e.amount = r.integer(12);
            const QString issue = issues.isEmpty() ? QString() : issues.value({ r.integer(1), r.integer(2) });
            QString problem;
            if (!issue.isEmpty()) {
                problem = (time ? Tr::tr("Time entry %1: %2") : Tr::tr("Expense %1: %2"))
                              .arg(compact.keys.string(key), issue);
                e.billed = false;
            } else if (e.billed) {
            } else if (e.matter == 0) {
                problem = (time ? Tr::tr("Time entry %1 has no matter; Clio keeps time on matters.")
                                : Tr::tr("Expense %1 has no matter; Clio keeps expenses on matters."))
                              .arg(compact.keys.string(key));
            } else if (!matterPlanned.get(e.matter,
                                          [&] { return matterIndex.contains(pool.string(e.matter)) ? 1 : 0; })) {
                problem = (time ? Tr::tr("Time entry %1 is on matter %2, which is not in the export.")
                                : Tr::tr("Expense %1 is on matter %2, which is not in the export."))
                              .arg(compact.keys.string(key), pool.string(e.matter));
            } else if (e.user == 0) {
                problem = (time ? Tr::tr("Time entry %1 has no user.") : Tr::tr("Expense %1 has no user."))
                              .arg(compact.keys.string(key));
            }
            if (!problem.isEmpty()) {
                e.problem = qint32(compact.problems.size());
                compact.problems << problem;
            }
            // Adds, or (a delta row) replaces the entry of the same key.
            qint32 &at = slot[size_t(key)];
            if (at >= 0) {
                compact.entries[size_t(at)] = e;
            } else {
                at = qint32(compact.entries.size());
                compact.entries.push_back(e);
            }
        };
        SqliteRows rows(db,
                        QStringLiteral("SELECT %1 FROM %2 t WHERE t.file_id IN %3 ORDER BY t.id")
                            .arg(columns, table, QLatin1String(kFiles)));
        rows.bind(0, plan->snapshotId);
        while (rows.next())
            row(rows, false, false);
        if (!rows.ok()) {
            *error = Tr::tr("The import cannot read %1: %2").arg(table, rows.errorString());
            return false;
        }
        for (qint64 delta : std::as_const(plan->deltaIds)) {
            SqliteRows d(db,
                         QStringLiteral("SELECT %1, (SELECT max(change = 'changed') FROM delta_row r WHERE "
                                        "r.snapshot_id = ? AND r.entity = ? AND r.staging_id = t.id) FROM %2 t "
                                        "WHERE t.id IN (SELECT staging_id FROM delta_row WHERE snapshot_id = ? AND "
                                        "entity = ? AND import = 1 AND change IN ('new', 'changed')) ORDER BY t.id")
                             .arg(columns, table));
            d.bind(0, delta);
            d.bind(1, entity);
            d.bind(2, delta);
            d.bind(3, entity);
            while (d.next())
                row(d, true, d.toInt(13) == 1);
            if (!d.ok()) {
                *error = Tr::tr("The import cannot read %1: %2").arg(table, d.errorString());
                return false;
            }
        }
        return true;
    };
    if (!planEntries(RecordKind::TimeEntry) || !planEntries(RecordKind::Expense))
        return false;
    {
        std::vector<qint64> perUser(size_t(pool.size()), 0);
        for (const PlannedEntries::Entry &e : compact.entries) {
            if (!e.billed && e.user != 0)
                ++perUser[size_t(e.user)];
        }
        for (qint32 id = 1; id < qint32(perUser.size()); ++id) {
            if (perUser[size_t(id)] > 0)
                plan->entriesPerUser.insert(pool.string(id), perUser[size_t(id)]);
        }
    }
    QList<PlannedRecord> times, expenses;
    if (!entries) {
        const QString timeTable = QStringLiteral("stg_time_entry");
        const QString expenseTable = QStringLiteral("stg_expense");
        const QString separator = QStringLiteral(", ");
        for (const PlannedEntries::Entry &e : compact.entries) {
            PlannedRecord p;
            p.kind = e.kind;
            p.changedInDelta = e.changedInDelta;
            p.sourceKey = compact.keys.string(e.key);
            p.table = e.kind == RecordKind::TimeEntry ? timeTable : expenseTable;
            p.rowId = e.rowId;
            p.userKey = pool.string(e.user);
            const QStringView where = pool.view(e.matter == 0 ? e.client : e.matter);
            p.label.reserve(pool.view(e.date).size() + pool.view(e.user).size() + where.size() + 4);
            p.label.append(pool.view(e.date))
                .append(separator)
                .append(pool.view(e.user))
                .append(separator)
                .append(where);
            p.problem = compact.problem(e);
            if (e.billed)
                p.skipReason = compact.billedReason;
            if (e.matter != 0)
                p.dependsOn.append({ RecordKind::Matter, pool.string(e.matter) });
            (e.kind == RecordKind::TimeEntry ? times : expenses).append(std::move(p));
        }
        compact = PlannedEntries();
    }

    // Notes: on their matter, else on their client.
    if (!reader.forEach(
            QStringLiteral("note"), QStringLiteral("t.client_key, t.matter_key, t.date, t.subject"),
            [&](const QSqlQuery &r, const QString &issue, bool changed) {
                PlannedRecord p;
                p.kind = RecordKind::Note;
                p.changedInDelta = changed;
                p.sourceKey = r.value(3).toString();
                const QString matter = text(r, "matter_key");
                QString client = text(r, "client_key");
                if (client.isEmpty())
                    client = matterClient.value(matter);
                if (excluded.contains(client))
                    return;
                p.table = QStringLiteral("stg_note");
                p.rowId = r.value(0).toLongLong();
                p.label = QStringLiteral("%1, %2").arg(text(r, "date"), text(r, "subject"));
                if (!issue.isEmpty())
                    p.problem = Tr::tr("Note %1: %2").arg(p.sourceKey, issue);
                if (!matter.isEmpty()) {
                    if (!matterIndex.contains(matter) && p.problem.isEmpty())
                        p.problem =
                            Tr::tr("Note %1 is on matter %2, which is not in the export.").arg(p.sourceKey, matter);
                    p.dependsOn.append({ RecordKind::Matter, matter });
                } else if (!client.isEmpty()) {
                    if (!contactIndex.contains(client) && p.problem.isEmpty())
                        p.problem =
                            Tr::tr("Note %1 is on client %2, who is not in the export.").arg(p.sourceKey, client);
                    p.dependsOn.append({ RecordKind::Contact, client });
                } else if (p.problem.isEmpty()) {
                    p.problem = Tr::tr("Note %1 belongs to no matter and no client.").arg(p.sourceKey);
                }
                put(&notes, &noteIndex, p);
            },
            error))
        return false;

    // Balances carried forward, from the worksheet's receivables.
    plan->worksheet = ImportWorksheet::compute(db, plan->snapshotId, error);
    if (!error->isEmpty())
        return false;
    QList<PlannedRecord> balances;
    for (const WorksheetRow &w : std::as_const(plan->worksheet)) {
        if (w.receivableCents <= 0)
            continue;
        if (w.matterKey.isEmpty()) {
            plan->problems << Tr::tr("%1 has %2 receivable outside any matter; Clio keeps balances forward on "
                                     "matters, so enter it by hand (it is on the worksheet).")
                                  .arg(w.clientName, ImportWorksheet::formatCents(w.receivableCents));
            continue;
        }
        PlannedRecord p;
        p.kind = RecordKind::BalanceForward;
        p.sourceKey = w.matterKey;
        p.cents = w.receivableCents;
        p.label = QStringLiteral("%1: %2").arg(w.matterKey, ImportWorksheet::formatCents(w.receivableCents));
        if (!matterIndex.contains(w.matterKey))
            p.problem = Tr::tr("Matter %1 has %2 receivable but is not in the export.")
                            .arg(w.matterKey, ImportWorksheet::formatCents(w.receivableCents));
        p.dependsOn.append({ RecordKind::Matter, w.matterKey });
        balances.append(p);
    }

    // The close-out reports: into "Historical Data" under the firm's own matter.
    QList<PlannedRecord> documents;
    if (!q.exec(
            QStringLiteral("SELECT id, name, size FROM historical_document WHERE state = 'complete' ORDER BY id"))) {
        *error = Tr::tr("The project file cannot be read: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        PlannedRecord p;
        p.kind = RecordKind::Document;
        p.sourceKey = q.value(0).toString();
        p.rowId = q.value(0).toLongLong();
        p.table = QStringLiteral("historical_document");
        p.label = q.value(1).toString();
        p.dependsOn.append({ RecordKind::Folder, kFolderKey });
        documents.append(p);
    }
    if (!documents.isEmpty()) {
        PlannedRecord firm;
        firm.kind = RecordKind::Contact;
        firm.sourceKey = kFirmKey;
        firm.label = plan->firmName;
        contacts.append(firm);
        PlannedRecord firmMatter;
        firmMatter.kind = RecordKind::Matter;
        firmMatter.sourceKey = kFirmKey;
        firmMatter.label = Tr::tr("Historical data from %1").arg(plan->sourceSystem);
        firmMatter.dependsOn.append({ RecordKind::Contact, kFirmKey });
        matters.append(firmMatter);
    }
    QList<PlannedRecord> folders;
    if (!documents.isEmpty()) {
        PlannedRecord folder;
        folder.kind = RecordKind::Folder;
        folder.sourceKey = kFolderKey;
        folder.label = QStringLiteral("Historical Data");
        folder.dependsOn.append({ RecordKind::Matter, kFirmKey });
        folders.append(folder);
    }

    for (const QList<PlannedRecord> *list :
         { &contacts, &matters, &times, &expenses, &balances, &notes, &folders, &documents }) {
        if (list == &balances && entries) {
            for (const PlannedEntries::Entry &e : entries->entries) {
                if (e.problem >= 0)
                    plan->problems << entries->problems.at(e.problem);
            }
        }
        for (const PlannedRecord &p : *list) {
            plan->records.append(p);
            if (!p.problem.isEmpty())
                plan->problems << p.problem;
        }
    }
    return true;
}

QString ImportPlanner::contentHash(const OutgoingRecord &record)
{
    // QJsonObject keeps its keys sorted, so the text is canonical.
    QJsonObject links;
    for (auto it = record.links.cbegin(); it != record.links.cend(); ++it)
        links.insert(it.key(), it.value());
    QJsonObject fields;
    for (auto it = record.fields.cbegin(); it != record.fields.cend(); ++it) {
        // Integers as text: exact beyond 2^53, and no float formatting involved.
        const QVariant &v = it.value();
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            fields.insert(it.key(), QStringLiteral("i:") + v.toString());
            break;
        case QMetaType::QByteArray:
            fields.insert(it.key(), QStringLiteral("b:") + QString::fromLatin1(v.toByteArray().toHex()));
            break;
        default:
            fields.insert(it.key(), QStringLiteral("s:") + v.toString());
            break;
        }
    }
    const QJsonObject all { { QStringLiteral("kind"), RecordKinds::key(record.kind) },
                            { QStringLiteral("fields"), fields },
                            { QStringLiteral("links"), links },
                            { QStringLiteral("content"),
                              record.content.isEmpty()
                                  ? QString()
                                  : QString::fromLatin1(
                                      QCryptographicHash::hash(record.content, QCryptographicHash::Sha256).toHex()) } };
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(all).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

QString ImportPlanner::describe(const ImportPlan &plan, RecordKind kind, const QString &sourceKey)
{
    Q_UNUSED(plan)
    switch (kind) {
    case RecordKind::Contact:
        return Tr::tr("client %1").arg(sourceKey);
    case RecordKind::Matter:
        return Tr::tr("matter %1").arg(sourceKey);
    case RecordKind::TimeEntry:
        return Tr::tr("time entry %1").arg(sourceKey);
    case RecordKind::Expense:
        return Tr::tr("expense %1").arg(sourceKey);
    case RecordKind::BalanceForward:
        return Tr::tr("the balance carried forward of matter %1").arg(sourceKey);
    case RecordKind::Note:
        return Tr::tr("note %1").arg(sourceKey);
    case RecordKind::Folder:
        return Tr::tr("the folder “Historical Data”");
    case RecordKind::Document:
        return Tr::tr("report %1").arg(sourceKey);
    case RecordKind::User:
        return Tr::tr("user %1").arg(sourceKey);
    }
    return sourceKey;
}

namespace {

// "time entry T2 …" at the start of a sentence.
QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

bool ImportPlanner::outgoing(const QSqlDatabase &db, const ImportPlan &plan, const PlannedRecord &record,
                             const TargetIdOf &targetIdOf, const QHash<QString, QString> &userTargets,
                             OutgoingRecord *out, QString *problem)
{
    *out = OutgoingRecord();
    out->kind = record.kind;
    out->reference = ImportLedger::reference(plan.projectId, RecordKinds::key(record.kind), record.sourceKey);
    if (!record.problem.isEmpty()) {
        *problem = record.problem;
        return false;
    }

    // Links first: a record whose dependency is not in the target cannot go.
    for (qsizetype i = 0; i < record.dependsOn.size(); ++i) {
        const auto &[kind, key] = record.dependsOn.at(i);
        const QString id = targetIdOf(kind, key);
        if (id.isEmpty()) {
            *problem = Tr::tr("%1 depends on %2, which was not created.")
                           .arg(capitalised(describe(plan, record.kind, record.sourceKey)), describe(plan, kind, key));
            return false;
        }
        if (i == 0 && (record.kind == RecordKind::Folder || record.kind == RecordKind::Document)) {
            out->links.insert(QStringLiteral("parent"), id);
        } else if (i == 0) {
            switch (kind) {
            case RecordKind::Contact:
                out->links.insert(QStringLiteral("client"), id);
                break;
            case RecordKind::Matter:
                out->links.insert(QStringLiteral("matter"), id);
                break;
            default:
                out->links.insert(QStringLiteral("parent"), id);
                break;
            }
        }
    }

    // Fields: the staging row as it is.
    if (record.table.startsWith(QLatin1String("stg_"))) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(record.table));
        q.addBindValue(record.rowId);
        if (!q.exec() || !q.next()) {
            *problem = Tr::tr("%1 cannot be read from the project file: %2")
                           .arg(capitalised(describe(plan, record.kind, record.sourceKey)), q.lastError().text());
            return false;
        }
        const QSqlRecord columns = q.record();
        for (int i = 0; i < columns.count(); ++i) {
            const QString name = columns.fieldName(i);
            if (!isBookkeeping(name) && !q.value(i).isNull())
                out->fields.insert(name, q.value(i));
        }
    }
    auto field = [&](const char *name) {
        return out->fields.value(QLatin1String(name)).toString().trimmed();
    };

    switch (record.kind) {
    case RecordKind::Contact:
        if (record.sourceKey == kFirmKey && record.table.isEmpty()) {
            out->fields.insert(QStringLiteral("source_key"), record.sourceKey);
            out->fields.insert(QStringLiteral("name"), plan.firmName);
            out->fields.insert(QStringLiteral("company"), plan.firmName);
            out->fields.insert(QStringLiteral("kind"), QStringLiteral("company"));
            break;
        }
        if (field("name").isEmpty() && field("company").isEmpty() && field("first_name").isEmpty()
            && field("last_name").isEmpty()) {
            *problem = Tr::tr("Client %1 has neither a name nor a company.").arg(record.sourceKey);
            return false;
        }
        break;
    case RecordKind::Matter:
        if (record.sourceKey == kFirmKey && record.table.isEmpty()) {
            out->fields.insert(QStringLiteral("source_key"), record.sourceKey);
            out->fields.insert(QStringLiteral("description"), record.label);
            out->fields.insert(QStringLiteral("status"), QStringLiteral("closed"));
            out->fields.insert(QStringLiteral("client_key"), kFirmKey);
        }
        break;
    case RecordKind::TimeEntry:
    case RecordKind::Expense: {
        const QString target = userTargets.value(record.userKey);
        if (target.isEmpty()) {
            *problem =
                Tr::tr("%1 is by %2, who is not mapped to a user in the target.")
                    .arg(capitalised(describe(plan, record.kind, record.sourceKey)),
                         plan.users.value(record.userKey).name.isEmpty() ? record.userKey
                                                                         : plan.users.value(record.userKey).name);
            return false;
        }
        out->links.insert(QStringLiteral("user"), target);
        if (field("date").isEmpty()) {
            *problem = Tr::tr("%1 has no date.").arg(capitalised(describe(plan, record.kind, record.sourceKey)));
            return false;
        }
        if (record.kind == RecordKind::TimeEntry) {
            // The connector sends the rate as the price: give it one when the
            // export has only the amount (amount per hour, in whole cents).
            const qint64 seconds = out->fields.value(QStringLiteral("duration")).toLongLong();
            if (!out->fields.contains(QStringLiteral("rate")) && out->fields.contains(QStringLiteral("amount"))
                && seconds > 0) {
                const qint64 amount = out->fields.value(QStringLiteral("amount")).toLongLong();
                out->fields.insert(QStringLiteral("rate"), (amount * 3600 + seconds / 2) / seconds);
            }
        } else if (!out->fields.contains(QStringLiteral("amount"))) {
            *problem = Tr::tr("%1 has no amount.").arg(capitalised(describe(plan, record.kind, record.sourceKey)));
            return false;
        }
        break;
    }
    case RecordKind::BalanceForward:
        out->fields.insert(QStringLiteral("source_key"), record.sourceKey);
        out->fields.insert(QStringLiteral("matter_key"), record.sourceKey);
        out->fields.insert(QStringLiteral("amount"), record.cents);
        out->fields.insert(QStringLiteral("date"), plan.cutoffDay.toString(Qt::ISODate));
        out->fields.insert(QStringLiteral("description"),
                           Tr::tr("Balance carried forward from %1").arg(plan.sourceSystem));
        break;
    case RecordKind::Note:
        if (field("subject").isEmpty() && field("body").isEmpty()) {
            *problem = Tr::tr("Note %1 has neither a subject nor a text.").arg(record.sourceKey);
            return false;
        }
        out->fields.insert(QStringLiteral("parent_type"),
                           record.dependsOn.value(0).first == RecordKind::Matter ? QStringLiteral("Matter")
                                                                                 : QStringLiteral("Contact"));
        break;
    case RecordKind::Folder:
        out->fields.insert(QStringLiteral("source_key"), record.sourceKey);
        out->fields.insert(QStringLiteral("name"), record.label);
        out->fields.insert(QStringLiteral("parent_type"), QStringLiteral("Matter"));
        break;
    case RecordKind::Document: {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT name, size, sha256, content FROM historical_document WHERE id = ?"));
        q.addBindValue(record.rowId);
        if (!q.exec() || !q.next()) {
            *problem = Tr::tr("The report “%1” cannot be read from the project file: %2")
                           .arg(record.label, q.lastError().text());
            return false;
        }
        out->fields.insert(QStringLiteral("source_key"), record.sourceKey);
        out->fields.insert(QStringLiteral("name"), q.value(0).toString());
        out->fields.insert(QStringLiteral("size"), q.value(1).toLongLong());
        out->fields.insert(QStringLiteral("sha256"), q.value(2).toString());
        out->fields.insert(QStringLiteral("parent_type"), QStringLiteral("Folder"));
        out->content = q.value(3).toByteArray();
        if (out->content.size() != q.value(1).toLongLong()) {
            *problem = Tr::tr("The report “%1” in the project file is incomplete.").arg(record.label);
            return false;
        }
        break;
    }
    case RecordKind::User:
        break;
    }
    return true;
}

} // namespace Cutover
