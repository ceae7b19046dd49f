#include "Placeholder.h"
#include "importing/LedgerStore.h"
#include "importing/RequestPump.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::PlaceholderJobs)
};

const auto kInterimEntity = QLatin1String("interim_entry");

struct Project
{
    QUuid id;
    QString firmName;
};

bool readProject(const QSqlDatabase &db, Project *project, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT uuid, firm_name FROM project WHERE id = 1")) || !q.next()) {
        *error = Tr::tr("The project file cannot be read: %1").arg(q.lastError().text());
        return false;
    }
    project->id = QUuid::fromString(q.value(0).toString());
    project->firmName = q.value(1).toString();
    return true;
}

// The work on a connection of the job's own to the project; Failed when the
// file cannot be opened.
template<typename Work> Job::Outcome onProject(const QString &path, QString *error, Work work)
{
    Job::Outcome outcome = Job::Outcome::Failed;
    ProjectStore::withConnection(
        path, [&](QSqlDatabase &db) { outcome = work(db); }, error);
    return outcome;
}

std::unique_ptr<TargetConnector> makeConnector(const PlaceholderRequest &request, QString *error)
{
    if (request.target.kind != TargetChoice::Kind::Clio) {
        *error = Tr::tr("The placeholder matter lives in Clio: a CSV package has none.");
        return nullptr;
    }
    if (!request.connector) {
        *error = Tr::tr("No connection to the target was given.");
        return nullptr;
    }
    auto connector = request.connector();
    if (!connector) {
        *error = Tr::tr("The connection to the target could not be made.");
        return nullptr;
    }
    connector->setConcurrency(qMax(1, request.concurrency));
    return connector;
}

// The imported matters of the target: source matter number -> target id.
QHash<QString, QString> importedMatters(const QSqlDatabase &db, const QString &targetKey)
{
    QHash<QString, QString> map;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT source_key, target_id FROM id_map WHERE target_key = ? AND entity = 'matter' "
                             "AND state = 'created' AND coalesce(target_id, '') <> ''"));
    q.addBindValue(targetKey);
    if (q.exec()) {
        while (q.next())
            map.insert(q.value(0).toString(), q.value(1).toString());
    }
    return map;
}

} // namespace

// ---------------------------------------------------------------------------
// PlaceholderCreateJob

PlaceholderCreateJob::PlaceholderCreateJob(PlaceholderRequest request, QObject *parent)
    : Job(parent)
    , m_request(std::move(request))
{
}

PlaceholderInfo PlaceholderCreateJob::info() const
{
    return m_info;
}

Job::Outcome PlaceholderCreateJob::execute()
{
    QString error;
    QString sentence;
    const QString key = m_request.target.key();
    const Outcome outcome = onProject(m_request.projectPath, &error, [&](QSqlDatabase &db) {
        Project project;
        if (!readProject(db, &project, &error))
            return Outcome::Failed;
        auto connector = makeConnector(m_request, &error);
        if (!connector)
            return Outcome::Failed;
        PlaceholderInfo info = Placeholders::load(db, key, &error);
        if (!error.isEmpty())
            return Outcome::Failed;
        // The names the user gave (the page), until the records exist.
        if (!info.exists()) {
            if (!m_request.clientName.trimmed().isEmpty())
                info.clientName = m_request.clientName.trimmed();
            if (!m_request.matterDescription.trimmed().isEmpty())
                info.matterDescription = m_request.matterDescription.trimmed();
        }
        // The row first (committed): what is being made, for which target.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO placeholder (target_key, client_name, matter_description) "
                                 "VALUES (?, ?, ?) ON CONFLICT (target_key) DO UPDATE SET "
                                 "client_name = excluded.client_name, "
                                 "matter_description = excluded.matter_description WHERE state = 'creating'"));
        q.addBindValue(key);
        q.addBindValue(info.clientName);
        q.addBindValue(info.matterDescription);
        if (!q.exec()) {
            error = Tr::tr("The placeholder matter cannot be recorded: %1").arg(q.lastError().text());
            return Outcome::Failed;
        }

        bool madeAny = false;
        // Found by its reference, else created: running this twice makes nothing new.
        auto findOrCreate = [&](const OutgoingRecord &record, IncomingRecord *found) {
            const TargetResult existing =
                TargetCalls::wait([&](const auto &cb) { connector->findByReference(record, cb); });
            if (!existing.ok()) {
                error = existing.error.message;
                return false;
            }
            if (!existing.record.id.isEmpty()) {
                *found = existing.record;
                return true;
            }
            const TargetResult created = TargetCalls::wait([&](const auto &cb) { connector->create(record, cb); });
            if (!created.ok() || created.record.id.isEmpty()) {
                error = created.ok() ? Tr::tr("The target answered without an id.") : created.error.message;
                return false;
            }
            madeAny = true;
            *found = created.record;
            return true;
        };

        reportProgress(0, 2, 0, Tr::tr("Finding or creating the contact “%1”").arg(info.clientName), true);
        OutgoingRecord contact;
        contact.kind = RecordKind::Contact;
        contact.reference = Placeholders::clientReference(project.id);
        contact.fields = { { QStringLiteral("name"), info.clientName },
                           { QStringLiteral("company"), info.clientName },
                           { QStringLiteral("kind"), QStringLiteral("company") } };
        IncomingRecord client;
        if (!findOrCreate(contact, &client))
            return Outcome::Failed;
        q.prepare(QStringLiteral("UPDATE placeholder SET client_id = ? WHERE target_key = ?"));
        q.addBindValue(client.id);
        q.addBindValue(key);
        q.exec();
        if (isCancelled()) {
            error = Tr::tr("Cancelled; run it again to finish the placeholder matter.");
            return Outcome::Cancelled;
        }

        reportProgress(1, 2, 1, Tr::tr("Finding or creating the matter “%1”").arg(info.matterDescription), true);
        OutgoingRecord matter;
        matter.kind = RecordKind::Matter;
        matter.reference = Placeholders::matterReference(project.id);
        matter.fields = { { QStringLiteral("description"), info.matterDescription },
                          { QStringLiteral("status"), QStringLiteral("open") },
                          { QStringLiteral("billable"), false } };
        matter.links.insert(QStringLiteral("client"), client.id);
        IncomingRecord placeholder;
        if (!findOrCreate(matter, &placeholder))
            return Outcome::Failed;
        // One found from before that is billable (made by hand, or changed since): not billable again.
        if (placeholder.fields.value(QStringLiteral("billable"), false).toBool()) {
            OutgoingRecord change = matter;
            const TargetResult patched = TargetCalls::wait(
                [&](const auto &cb) { connector->update(RecordKind::Matter, placeholder.id, change, cb); });
            if (!patched.ok()) {
                error = patched.error.message;
                return Outcome::Failed;
            }
        }

        info.clientId = client.id;
        info.matterId = placeholder.id;
        info.displayNumber = placeholder.fields.value(QStringLiteral("display_number")).toString();
        q.prepare(QStringLiteral(
            "UPDATE placeholder SET client_id = ?, matter_id = ?, display_number = ?, state = 'created', "
            "created_at_utc = coalesce(created_at_utc, ?), created_by = CASE WHEN created_by = '' THEN ? "
            "ELSE created_by END WHERE target_key = ?"));
        q.addBindValue(info.clientId);
        q.addBindValue(info.matterId);
        q.addBindValue(info.displayNumber.isNull() ? QStringLiteral("") : info.displayNumber);
        q.addBindValue(LedgerStore::nowUtc());
        q.addBindValue(ProjectStore::currentActor());
        q.addBindValue(key);
        if (!q.exec()) {
            error = Tr::tr("The placeholder matter cannot be recorded: %1").arg(q.lastError().text());
            return Outcome::Failed;
        }
        m_info = Placeholders::load(db, key, &error);
        QString auditError;
        ProjectStore::appendAudit(db, QStringLiteral("placeholder.created"),
                                  { { QStringLiteral("target"), key },
                                    { QStringLiteral("client_id"), info.clientId },
                                    { QStringLiteral("matter_id"), info.matterId },
                                    { QStringLiteral("new"), madeAny } },
                                  &auditError);
        reportProgress(2, 2, 2, Tr::tr("Done"), true);
        sentence = (madeAny ? Tr::tr("The placeholder matter %1 “%2” was created for “%3”; it is not billable.")
                            : Tr::tr("The placeholder matter %1 “%2” of “%3” was there already; nothing new was "
                                     "created."))
                       .arg(info.displayNumber, info.matterDescription, info.clientName);
        return Outcome::Succeeded;
    });
    setSummary(sentence);
    if (outcome != Outcome::Succeeded)
        failWith(error);
    return outcome;
}

// ---------------------------------------------------------------------------
// InterimUploadJob

InterimUploadJob::InterimUploadJob(PlaceholderRequest request, QObject *parent)
    : Job(parent)
    , m_request(std::move(request))
{
}

InterimUploadSummary InterimUploadJob::uploadSummary() const
{
    return m_summary;
}

namespace {

struct Interim
{
    QString entryKey;
    QString fileName;
    qint64 row = 0;
    QString date;
    QString userKey;
    QString userName;
    QString matterKey;
    QString matterLabel;
    qint64 seconds = 0;
    qint64 rateCents = -1;
    QString description;
    bool billable = true;

    QString matterText() const { return matterLabel.isEmpty() ? matterKey : matterLabel; }
    QString label() const
    {
        return QStringLiteral("%1 · %2 · %3").arg(date, userName.isEmpty() ? userKey : userName, matterText());
    }
    // "the entry of 2026-11-02 by Ann Lee (time.xlsx, row 5)"
    QString describe() const
    {
        return Tr::tr("The interim entry of %1 by %2 (%3, row %4)")
            .arg(date, userName.isEmpty() ? userKey : userName, fileName)
            .arg(row);
    }
};

} // namespace

Job::Outcome InterimUploadJob::execute()
{
    QString error;
    QString sentence;
    const QString key = m_request.target.key();
    const Outcome outcome = onProject(m_request.projectPath, &error, [&](QSqlDatabase &db) {
        Project project;
        if (!readProject(db, &project, &error))
            return Outcome::Failed;
        auto connector = makeConnector(m_request, &error);
        if (!connector)
            return Outcome::Failed;
        const PlaceholderInfo placeholder = Placeholders::load(db, key, &error);
        if (!error.isEmpty())
            return Outcome::Failed;
        const QHash<QString, QString> users = UserMappings::targetIds(db, key, &error);
        if (!error.isEmpty())
            return Outcome::Failed;
        const QHash<QString, QString> matters = importedMatters(db, key);

        QList<Interim> entries;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral(
                "SELECT e.entry_key, coalesce(f.name, ''), e.source_row, e.date, e.user_key, e.user_name, "
                "e.matter_key, e.matter_label, e.seconds, e.rate_cents, e.description, e.billable FROM "
                "interim_entry e "
                "LEFT JOIN interim_file f ON f.id = e.file_id ORDER BY e.id"))) {
            error = Tr::tr("The interim entries cannot be read: %1").arg(q.lastError().text());
            return Outcome::Failed;
        }
        while (q.next()) {
            Interim e;
            e.entryKey = q.value(0).toString();
            e.fileName = q.value(1).toString();
            e.row = q.value(2).toLongLong();
            e.date = q.value(3).toString();
            e.userKey = q.value(4).toString();
            e.userName = q.value(5).toString();
            e.matterKey = q.value(6).toString();
            e.matterLabel = q.value(7).toString();
            e.seconds = q.value(8).toLongLong();
            e.rateCents = q.value(9).isNull() ? -1 : q.value(9).toLongLong();
            e.description = q.value(10).toString();
            e.billable = q.value(11).toInt() != 0;
            entries.append(e);
        }

        LedgerStore ledger(db, key);
        QList<LedgerRow> planned;
        for (const Interim &e : std::as_const(entries)) {
            LedgerRow row;
            row.entity = kInterimEntity;
            row.sourceKey = e.entryKey;
            row.reference = ImportLedger::reference(project.id, kInterimEntity, e.entryKey);
            row.label = e.label();
            planned.append(row);
        }
        QHash<QString, LedgerRow> rows;
        if (!ledger.plan(planned) || !ledger.load(&rows)) {
            error = Tr::tr("The import ledger cannot be written: %1").arg(ledger.lastError());
            return Outcome::Failed;
        }

        InterimUploadSummary summary;
        QString ledgerError;
        qint64 total = 0, done = 0, sent = 0;
        const QString stage = Tr::tr("Uploading interim time");
        auto land = [&](const Interim &e, const QString &state, const QString &targetId, const QString &message,
                        bool bump = false) {
            if (!ledger.set(kInterimEntity, e.entryKey, state, targetId, message, bump) && ledgerError.isEmpty())
                ledgerError = ledger.lastError();
        };
        QList<const Interim *> toSend;
        for (const Interim &e : std::as_const(entries)) {
            if (rows.value(LedgerStore::rowKey(kInterimEntity, e.entryKey)).state == QLatin1String("created"))
                ++summary.alreadySent;
            else
                toSend.append(&e);
        }
        total = toSend.size();
        reportProgress(0, total, 0, stage, true);

        QList<RequestPump::Task> tasks;
        for (const Interim *entry : std::as_const(toSend)) {
            tasks.append([&, entry](const RequestPump::Done &pumpDone) {
                const Interim &e = *entry;
                auto finish = [&, pumpDone] {
                    ++done;
                    reportProgress(done, total, sent, stage);
                    pumpDone();
                };
                const LedgerRow row = rows.value(LedgerStore::rowKey(kInterimEntity, e.entryKey));
                const QString userId = users.value(e.userKey);
                if (userId.isEmpty()) {
                    land(e, QStringLiteral("failed"), QString(),
                         Tr::tr("%1: the user %2 is not mapped to a user in the target (map them in the users step).")
                             .arg(e.describe(), e.userName.isEmpty() ? e.userKey : e.userName));
                    finish();
                    return;
                }
                QString matterId = matters.value(e.matterKey);
                const bool toPlaceholder = matterId.isEmpty();
                if (toPlaceholder) {
                    if (!placeholder.exists()) {
                        land(e, QStringLiteral("failed"), QString(),
                             Tr::tr("%1: its matter %2 is not in the target yet and there is no placeholder matter to "
                                    "hold it; create the placeholder matter first.")
                                 .arg(e.describe(), e.matterText()));
                        finish();
                        return;
                    }
                    matterId = placeholder.matterId;
                }
                OutgoingRecord out;
                out.kind = RecordKind::TimeEntry;
                out.reference = row.reference;
                out.links.insert(QStringLiteral("matter"), matterId);
                out.links.insert(QStringLiteral("user"), userId);
                out.fields.insert(QStringLiteral("date"), e.date);
                out.fields.insert(QStringLiteral("duration"), e.seconds);
                if (e.rateCents >= 0)
                    out.fields.insert(QStringLiteral("rate"), e.rateCents);
                else
                    out.fields.insert(QStringLiteral("target_rate"), true);
                // On the placeholder: not billable, and the note says where it belongs.
                out.fields.insert(QStringLiteral("description"),
                                  toPlaceholder ? Tr::tr("[for %1] %2").arg(e.matterText(), e.description).trimmed()
                                                : e.description);
                out.fields.insert(QStringLiteral("billable"), toPlaceholder ? false : e.billable);
                auto landed = [&, toPlaceholder](const Interim &sentEntry, const QString &id) {
                    land(sentEntry, QStringLiteral("created"), id, QString());
                    if (toPlaceholder)
                        ++summary.toPlaceholder;
                    else
                        ++summary.toMatter;
                };
                auto send = [&, entry, out, landed, finish] {
                    // Announced and committed before the request leaves: a crash
                    // from here on leaves 'sending', looked up by the next run.
                    land(*entry, QStringLiteral("sending"), QString(), QString(), true);
                    if (!ledgerError.isEmpty()) {
                        finish();
                        return;
                    }
                    ++sent;
                    connector->create(out, [&, entry, landed, finish](const TargetResult &r) {
                        if (r.ok() && !r.record.id.isEmpty())
                            landed(*entry, r.record.id);
                        else if (r.error.kind == TargetError::Kind::Cancelled)
                            ; // unknown whether it arrived: stays 'sending' for the next run to look up
                        else
                            land(*entry, QStringLiteral("failed"), QString(),
                                 Tr::tr("%1 was refused: %2")
                                     .arg(entry->describe(),
                                          r.ok() ? Tr::tr("the target answered without an id") : r.error.message));
                        finish();
                    });
                };
                // Sent before: it may be there. Looked up by its reference first.
                if (row.attempts > 0 || row.state == QLatin1String("sending")) {
                    connector->findByReference(out, [&, entry, send, landed, finish](const TargetResult &r) {
                        if (r.ok() && !r.record.id.isEmpty()) {
                            landed(*entry, r.record.id);
                            finish();
                        } else if (r.ok()) {
                            send();
                        } else {
                            land(*entry, QStringLiteral("failed"), QString(),
                                 Tr::tr("%1: could not check whether it was sent before: %2")
                                     .arg(entry->describe(), r.error.message));
                            finish();
                        }
                    });
                    return;
                }
                send();
            });
        }
        RequestPump pump(
            m_request.concurrency, [&] { return isCancelled() || !ledgerError.isEmpty(); }, [] { return false; });
        const bool complete = pump.run(tasks);

        QSqlQuery f(db);
        f.prepare(QStringLiteral("SELECT source_key, label, attempts, last_error FROM id_map WHERE target_key = ? "
                                 "AND entity = 'interim_entry' AND state = 'failed' ORDER BY label, source_key"));
        f.addBindValue(key);
        if (f.exec()) {
            while (f.next())
                summary.failures.append({ kInterimEntity, f.value(0).toString(), f.value(1).toString(),
                                          f.value(2).toInt(), f.value(3).toString() });
        }
        summary.failed = summary.failures.size();
        m_summary = summary;
        QString auditError;
        ProjectStore::appendAudit(db, QStringLiteral("placeholder.upload"),
                                  { { QStringLiteral("target"), key },
                                    { QStringLiteral("to_matter"), summary.toMatter },
                                    { QStringLiteral("to_placeholder"), summary.toPlaceholder },
                                    { QStringLiteral("failed"), summary.failed } },
                                  &auditError);
        sentence = Tr::tr("%n interim entry(s) sent to their matters", nullptr, int(summary.toMatter))
            + QStringLiteral(", ") + Tr::tr("%n to the placeholder matter", nullptr, int(summary.toPlaceholder))
            + QStringLiteral(", ") + Tr::tr("%n sent before", nullptr, int(summary.alreadySent)) + QStringLiteral(", ")
            + Tr::tr("%n failed", nullptr, int(summary.failed)) + QLatin1Char('.');
        if (!ledgerError.isEmpty()) {
            error = Tr::tr("The import ledger cannot be written, so the upload stopped: %1").arg(ledgerError);
            return Outcome::Failed;
        }
        if (!complete) {
            error = Tr::tr("The upload was cancelled; run it again to continue where it stopped.");
            return Outcome::Cancelled;
        }
        return Outcome::Succeeded;
    });
    setSummary(sentence);
    if (outcome != Outcome::Succeeded)
        failWith(error);
    return outcome;
}

// ---------------------------------------------------------------------------
// ReassignListJob

ReassignListJob::ReassignListJob(PlaceholderRequest request, QObject *parent)
    : Job(parent)
    , m_request(std::move(request))
{
}

qint64 ReassignListJob::listed() const
{
    return m_listed;
}

namespace {

// Per target user, the target matters of their time in the final snapshot
// (else the newest complete one), most recent first.
QHash<QString, QStringList> recentMatters(const QSqlDatabase &db, const QHash<QString, QString> &users,
                                          const QHash<QString, QString> &matters)
{
    QHash<QString, QStringList> recent;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT coalesce((SELECT id FROM snapshot WHERE kind = 'final' AND state = 'complete' ORDER BY id DESC "
            "LIMIT 1), (SELECT id FROM snapshot WHERE kind <> 'delta' AND state = 'complete' ORDER BY id DESC "
            "LIMIT 1))"))
        || !q.next() || q.value(0).isNull())
        return recent;
    const qint64 snapshot = q.value(0).toLongLong();
    q.prepare(QStringLiteral("SELECT user_key, matter_key FROM stg_time_entry WHERE snapshot_id = ? AND "
                             "user_key IS NOT NULL AND matter_key IS NOT NULL ORDER BY date DESC, id DESC"));
    q.addBindValue(snapshot);
    if (!q.exec())
        return recent;
    while (q.next()) {
        const QString user = users.value(q.value(0).toString());
        const QString matter = matters.value(q.value(1).toString());
        if (user.isEmpty() || matter.isEmpty())
            continue;
        QStringList &list = recent[user];
        if (!list.contains(matter))
            list.append(matter);
    }
    return recent;
}

} // namespace

Job::Outcome ReassignListJob::execute()
{
    QString error;
    QString sentence;
    const QString key = m_request.target.key();
    const Outcome outcome = onProject(m_request.projectPath, &error, [&](QSqlDatabase &db) {
        Project project;
        if (!readProject(db, &project, &error))
            return Outcome::Failed;
        const PlaceholderInfo placeholder = Placeholders::load(db, key, &error);
        if (!error.isEmpty())
            return Outcome::Failed;
        if (!placeholder.exists()) {
            error = Tr::tr("There is no placeholder matter in this target yet, so there is nothing to reassign.");
            return Outcome::Failed;
        }
        auto connector = makeConnector(m_request, &error);
        if (!connector)
            return Outcome::Failed;
        auto cancelled = [this] {
            return isCancelled();
        };
        auto stop = [&](const TargetError &e) {
            if (e.kind == TargetError::Kind::Cancelled || isCancelled()) {
                error = Tr::tr("The listing was cancelled; nothing was changed.");
                return Outcome::Cancelled;
            }
            error = e.message;
            return Outcome::Failed;
        };

        TargetError listError;
        QList<IncomingRecord> targetUsers, entries, targetMatters;
        reportProgress(0, 3, 0, Tr::tr("Reading the target's users"), true);
        if (!TargetCalls::listAll(connector.get(), RecordKind::User, {}, &targetUsers, &listError, cancelled))
            return stop(listError);
        reportProgress(1, 3, 0, Tr::tr("Reading the entries on the placeholder matter"), true);
        if (!TargetCalls::listAll(connector.get(), RecordKind::TimeEntry,
                                  { { QStringLiteral("matter"), placeholder.matterId } }, &entries, &listError,
                                  cancelled))
            return stop(listError);
        reportProgress(2, 3, entries.size(), Tr::tr("Reading the target's matters"), true);
        if (!TargetCalls::listAll(connector.get(), RecordKind::Matter, {}, &targetMatters, &listError, cancelled))
            return stop(listError);

        QHash<QString, QString> userNames;
        for (const IncomingRecord &u : std::as_const(targetUsers))
            userNames.insert(u.id, u.fields.value(QStringLiteral("name")).toString());
        const QHash<QString, QString> users = UserMappings::targetIds(db, key, &error);
        if (!error.isEmpty())
            return Outcome::Failed;
        const QHash<QString, QString> imported = importedMatters(db, key);
        QHash<QString, QString> sourceNumberOf; // target id -> source matter number
        for (auto it = imported.constBegin(); it != imported.constEnd(); ++it)
            sourceNumberOf.insert(it.value(), it.key());

        QList<MatterCandidate> candidates;
        for (const IncomingRecord &m : std::as_const(targetMatters)) {
            if (m.id == placeholder.matterId)
                continue;
            MatterCandidate c;
            c.id = m.id;
            c.displayNumber = m.fields.value(QStringLiteral("display_number")).toString();
            c.sourceNumber = sourceNumberOf.value(m.id);
            c.description = m.fields.value(QStringLiteral("description")).toString();
            c.clientName = m.fields.value(QStringLiteral("client_name")).toString();
            candidates.append(c);
        }
        QHash<QString, QString> labels;
        for (const MatterCandidate &c : std::as_const(candidates))
            labels.insert(c.id, c.label());

        // Interim entries uploaded by Cutover: the matter chosen in the template, and its billable flag.
        struct Intended
        {
            QString matterId;
            bool billable = true;
        };
        QHash<QString, Intended> intended; // by reference
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT m.reference, e.matter_key, e.billable FROM id_map m JOIN interim_entry e ON "
                                 "e.entry_key = m.source_key WHERE m.target_key = ? AND m.entity = 'interim_entry'"));
        q.addBindValue(key);
        if (!q.exec()) {
            error = Tr::tr("The interim entries cannot be read: %1").arg(q.lastError().text());
            return Outcome::Failed;
        }
        while (q.next())
            intended.insert(q.value(0).toString(), { imported.value(q.value(1).toString()), q.value(2).toInt() != 0 });

        const ReassignSuggester suggester(candidates, recentMatters(db, users, imported));
        const QString now = LedgerStore::nowUtc();
        if (!db.transaction()) {
            error = Tr::tr("The entries to reassign cannot be saved: %1").arg(db.lastError().text());
            return Outcome::Failed;
        }
        auto fail = [&](const QSqlQuery &failed) {
            error = Tr::tr("The entries to reassign cannot be saved: %1").arg(failed.lastError().text());
            db.rollback();
            return Outcome::Failed;
        };
        // Decisions and chosen matters are kept; a chosen matter the user never
        // changed follows the new suggestion.
        QSqlQuery up(db);
        up.prepare(QStringLiteral(
            "INSERT INTO reassignment (target_key, activity_id, date, user_id, user_name, seconds, total_cents, "
            "note, "
            "reference, billed, make_billable, suggested_matter_id, suggested_matter_label, confidence, reason, "
            "chosen_matter_id, chosen_matter_label, state, last_error, listed_at_utc, updated_at_utc) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (target_key, activity_id) DO UPDATE SET date = excluded.date, user_id = excluded.user_id, "
            "user_name = excluded.user_name, seconds = excluded.seconds, total_cents = excluded.total_cents, "
            "note = excluded.note, reference = excluded.reference, billed = excluded.billed, "
            "make_billable = excluded.make_billable, "
            "chosen_matter_id = CASE WHEN decision = 'undecided' AND chosen_matter_id = suggested_matter_id "
            "THEN excluded.chosen_matter_id ELSE chosen_matter_id END, "
            "chosen_matter_label = CASE WHEN decision = 'undecided' AND chosen_matter_id = suggested_matter_id "
            "THEN excluded.chosen_matter_label ELSE chosen_matter_label END, "
            "suggested_matter_id = excluded.suggested_matter_id, "
            "suggested_matter_label = excluded.suggested_matter_label, confidence = excluded.confidence, "
            "reason = excluded.reason, "
            "state = CASE WHEN state = 'sending' THEN 'sending' WHEN excluded.state = 'refused' THEN 'refused' "
            "WHEN state IN ('listed', 'failed') THEN state ELSE 'listed' END, "
            "last_error = CASE WHEN state IN ('sending', 'failed') AND excluded.state <> 'refused' THEN last_error "
            "ELSE excluded.last_error END, listed_at_utc = excluded.listed_at_utc, "
            "updated_at_utc = excluded.updated_at_utc"));
        QSet<QString> onPlaceholder;
        qint64 suggested = 0;
        for (const IncomingRecord &e : std::as_const(entries)) {
            onPlaceholder.insert(e.id);
            const Intended in = intended.value(e.reference);
            SuggestionInput input;
            input.note = e.fields.value(QStringLiteral("description")).toString();
            input.userId = e.links.value(QStringLiteral("user"));
            input.date = QDate::fromString(e.fields.value(QStringLiteral("date")).toString(), Qt::ISODate);
            input.intendedMatterId = in.matterId;
            const Suggestion s = suggester.suggest(input);
            if (!s.matterId.isEmpty())
                ++suggested;
            const bool billed = e.fields.value(QStringLiteral("billed")).toBool();
            const bool interim = intended.contains(e.reference);
            const QString label = labels.value(s.matterId);
            const QVariantList values {
                key,
                e.id,
                e.fields.value(QStringLiteral("date")).toString(),
                input.userId,
                userNames.value(input.userId),
                e.fields.value(QStringLiteral("duration")).toLongLong(),
                e.fields.value(QStringLiteral("amount")).toLongLong(),
                input.note,
                e.reference,
                billed ? 1 : 0,
                interim && !in.billable ? 0 : 1,
                s.matterId,
                label,
                qBound(0, s.confidence, 100),
                s.reason,
                s.matterId,
                label,
                billed ? QStringLiteral("refused") : QStringLiteral("listed"),
                billed ? Tr::tr("Billed in the target: a billed entry cannot be moved.") : QString(),
                now,
                now,
            };
            for (qsizetype i = 0; i < values.size(); ++i) {
                const QVariant &v = values.at(i);
                up.bindValue(int(i),
                             v.metaType().id() == QMetaType::QString && v.toString().isNull() ? QStringLiteral("") : v);
            }
            if (!up.exec())
                return fail(up);
        }
        // Rows no longer on the placeholder that were not moved by Cutover.
        QSqlQuery old(db);
        old.prepare(QStringLiteral("SELECT activity_id FROM reassignment WHERE target_key = ? AND state NOT IN "
                                   "('moved', 'sending', 'gone')"));
        old.addBindValue(key);
        if (!old.exec())
            return fail(old);
        QStringList gone;
        while (old.next()) {
            if (!onPlaceholder.contains(old.value(0).toString()))
                gone.append(old.value(0).toString());
        }
        QSqlQuery mark(db);
        mark.prepare(QStringLiteral("UPDATE reassignment SET state = 'gone', updated_at_utc = ? WHERE target_key = ? "
                                    "AND activity_id = ?"));
        for (const QString &id : std::as_const(gone)) {
            mark.addBindValue(now);
            mark.addBindValue(key);
            mark.addBindValue(id);
            if (!mark.exec())
                return fail(mark);
        }
        // The matters, for "change matter".
        QSqlQuery m(db);
        m.prepare(QStringLiteral("DELETE FROM reassign_matter WHERE target_key = ?"));
        m.addBindValue(key);
        if (!m.exec())
            return fail(m);
        m.prepare(QStringLiteral("INSERT INTO reassign_matter (target_key, id, display_number, source_number, "
                                 "description, client_name) VALUES (?, ?, ?, ?, ?, ?)"));
        auto text = [](const QString &s) {
            return s.isNull() ? QStringLiteral("") : s;
        };
        for (const MatterCandidate &c : std::as_const(candidates)) {
            m.addBindValue(key);
            m.addBindValue(c.id);
            m.addBindValue(text(c.displayNumber));
            m.addBindValue(text(c.sourceNumber));
            m.addBindValue(text(c.description));
            m.addBindValue(text(c.clientName));
            if (!m.exec())
                return fail(m);
        }
        if (!db.commit()) {
            error = Tr::tr("The entries to reassign cannot be saved: %1").arg(db.lastError().text());
            db.rollback();
            return Outcome::Failed;
        }
        m_listed = entries.size();
        reportProgress(3, 3, entries.size(), Tr::tr("Done"), true);
        sentence = Tr::tr("%n entry(s) on the placeholder matter", nullptr, int(entries.size())) + QStringLiteral(", ")
            + Tr::tr("%n with a suggestion", nullptr, int(suggested)) + QStringLiteral(", ")
            + Tr::tr("%n matter(s) to choose from", nullptr, int(candidates.size())) + QLatin1Char('.');
        if (!gone.isEmpty())
            sentence +=
                QLatin1Char(' ') + Tr::tr("%n entry(s) listed before are no longer on it.", nullptr, int(gone.size()));
        return Outcome::Succeeded;
    });
    setSummary(sentence);
    if (outcome != Outcome::Succeeded)
        failWith(error);
    return outcome;
}

// ---------------------------------------------------------------------------
// ReassignMoveJob

ReassignMoveJob::ReassignMoveJob(PlaceholderRequest request, QObject *parent)
    : Job(parent)
    , m_request(std::move(request))
{
}

ReassignMoveSummary ReassignMoveJob::moveSummary() const
{
    return m_summary;
}

namespace {

struct Move
{
    QString activityId;
    QString matterId;
    QString matterLabel;
    bool makeBillable = true;
    QString state;
    qint64 rateCents = -1; // the template's rate of an interim entry, kept on the new matter
};

} // namespace

Job::Outcome ReassignMoveJob::execute()
{
    QString error;
    QString sentence;
    const QString key = m_request.target.key();
    const Outcome outcome = onProject(m_request.projectPath, &error, [&](QSqlDatabase &db) {
        auto connector = makeConnector(m_request, &error);
        if (!connector)
            return Outcome::Failed;
        QList<Move> moves;
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT r.activity_id, r.chosen_matter_id, r.chosen_matter_label, r.make_billable, r.state, "
            "(SELECT e.rate_cents FROM id_map m JOIN interim_entry e ON e.entry_key = m.source_key WHERE "
            "m.target_key = r.target_key AND m.entity = 'interim_entry' AND m.reference = r.reference AND "
            "r.reference <> '') FROM reassignment r WHERE r.target_key = ? AND r.decision = 'accept' AND "
            "r.state IN ('listed', 'failed', 'sending') AND r.chosen_matter_id <> '' "
            "ORDER BY r.date, CAST(r.activity_id AS INTEGER)"));
        q.addBindValue(key);
        if (!q.exec()) {
            error = Tr::tr("The entries to move cannot be read: %1").arg(q.lastError().text());
            return Outcome::Failed;
        }
        while (q.next()) {
            Move m;
            m.activityId = q.value(0).toString();
            m.matterId = q.value(1).toString();
            m.matterLabel = q.value(2).toString();
            m.makeBillable = q.value(3).toInt() != 0;
            m.state = q.value(4).toString();
            m.rateCents = q.value(5).isNull() ? -1 : q.value(5).toLongLong();
            moves.append(m);
        }

        ReassignMoveSummary summary;
        QString storeError;
        QSqlQuery set(db);
        // Autocommit: each change is durable before the request it announces.
        set.prepare(QStringLiteral("UPDATE reassignment SET state = ?, last_error = ?, attempts = attempts + ?, "
                                   "updated_at_utc = ? WHERE target_key = ? AND activity_id = ?"));
        auto land = [&](const Move &m, const QString &state, const QString &message, bool bump = false) {
            set.bindValue(0, state);
            set.bindValue(1, message.isNull() ? QStringLiteral("") : message);
            set.bindValue(2, bump ? 1 : 0);
            set.bindValue(3, LedgerStore::nowUtc());
            set.bindValue(4, key);
            set.bindValue(5, m.activityId);
            if (!set.exec() && storeError.isEmpty())
                storeError = set.lastError().text();
        };
        const QString target = connector->displayName();
        auto describe = [](const Move &m) {
            return Tr::tr("Entry %1 (to %2)").arg(m.activityId, m.matterLabel.isEmpty() ? m.matterId : m.matterLabel);
        };
        // What the target answered about an entry (moved, read back): where it is now.
        auto outcomeOf = [&](const Move &m, const TargetResult &r, bool readBack) {
            if (r.ok()) {
                const QString now = r.record.links.value(QStringLiteral("matter"));
                if (now == m.matterId) {
                    land(m, QStringLiteral("moved"), QString());
                    ++(readBack ? summary.alreadyMoved : summary.moved);
                } else {
                    land(m, QStringLiteral("failed"),
                         Tr::tr("%1: %2 answered, but the entry is on matter %3.").arg(describe(m), target, now));
                    ++summary.failed;
                }
                return;
            }
            switch (r.error.kind) {
            case TargetError::Kind::Cancelled:
                return; // unknown whether it arrived: stays 'sending', read back by the next run
            case TargetError::Kind::Invalid:
            case TargetError::Kind::Conflict:
                land(m, QStringLiteral("refused"), Tr::tr("%1 refused to move it: %2").arg(target, r.error.message));
                ++summary.refused;
                return;
            case TargetError::Kind::NotFound:
                land(m, QStringLiteral("gone"), Tr::tr("%1 no longer has this entry.").arg(target));
                ++summary.failed;
                return;
            default:
                land(m, QStringLiteral("failed"), Tr::tr("%1: %2").arg(describe(m), r.error.message));
                ++summary.failed;
                return;
            }
        };

        const qint64 total = moves.size();
        qint64 done = 0, sent = 0;
        const QString stage = Tr::tr("Moving entries to their matters");
        reportProgress(0, total, 0, stage, true);
        QList<RequestPump::Task> tasks;
        for (const Move &move : std::as_const(moves)) {
            tasks.append([&, move](const RequestPump::Done &pumpDone) {
                auto finish = [&, pumpDone] {
                    ++done;
                    reportProgress(done, total, sent, stage);
                    pumpDone();
                };
                auto send = [&, move, finish] {
                    land(move, QStringLiteral("sending"), QString(), true);
                    if (!storeError.isEmpty()) {
                        finish();
                        return;
                    }
                    ++sent;
                    OutgoingRecord patch;
                    patch.kind = RecordKind::TimeEntry;
                    patch.fields.insert(QStringLiteral("partial"), true);
                    patch.links.insert(QStringLiteral("matter"), move.matterId);
                    if (move.makeBillable)
                        patch.fields.insert(QStringLiteral("billable"), true);
                    // Without a price Clio may take the new matter's rate: an
                    // interim entry keeps the rate its template gave.
                    if (move.rateCents >= 0)
                        patch.fields.insert(QStringLiteral("rate"), move.rateCents);
                    connector->update(RecordKind::TimeEntry, move.activityId, patch,
                                      [&, move, finish](const TargetResult &r) {
                                          outcomeOf(move, r, false);
                                          finish();
                                      });
                };
                if (move.state != QLatin1String("sending")) {
                    send();
                    return;
                }
                // Left 'sending' by an interruption: it may have moved. Read it back first.
                connector->read(RecordKind::TimeEntry, move.activityId, [&, move, send, finish](const TargetResult &r) {
                    if (r.ok() && r.record.links.value(QStringLiteral("matter")) != move.matterId) {
                        send();
                        return;
                    }
                    if (!r.ok() && r.error.kind != TargetError::Kind::NotFound
                        && r.error.kind != TargetError::Kind::Cancelled) {
                        land(move, QStringLiteral("failed"),
                             Tr::tr("%1: could not check whether it was moved before: %2")
                                 .arg(describe(move), r.error.message));
                        ++summary.failed;
                    } else {
                        outcomeOf(move, r, true);
                    }
                    finish();
                });
            });
        }
        RequestPump pump(
            m_request.concurrency, [&] { return isCancelled() || !storeError.isEmpty(); }, [] { return false; });
        const bool complete = pump.run(tasks);
        m_summary = summary;
        QString auditError;
        ProjectStore::appendAudit(db, QStringLiteral("placeholder.reassign"),
                                  { { QStringLiteral("target"), key },
                                    { QStringLiteral("moved"), summary.moved },
                                    { QStringLiteral("already_moved"), summary.alreadyMoved },
                                    { QStringLiteral("refused"), summary.refused },
                                    { QStringLiteral("failed"), summary.failed } },
                                  &auditError);
        sentence = Tr::tr("%n entry(s) moved", nullptr, int(summary.moved + summary.alreadyMoved))
            + QStringLiteral(", ") + Tr::tr("%n refused by the target", nullptr, int(summary.refused))
            + QStringLiteral(", ") + Tr::tr("%n failed (tried again next time)", nullptr, int(summary.failed))
            + QLatin1Char('.');
        if (!storeError.isEmpty()) {
            error = Tr::tr("The project file cannot be written, so the moves stopped: %1").arg(storeError);
            return Outcome::Failed;
        }
        if (!complete) {
            error = Tr::tr("The moves were cancelled; run them again to continue where they stopped.");
            return Outcome::Cancelled;
        }
        return Outcome::Succeeded;
    });
    setSummary(sentence);
    if (outcome != Outcome::Succeeded)
        failWith(error);
    return outcome;
}

} // namespace Cutover
