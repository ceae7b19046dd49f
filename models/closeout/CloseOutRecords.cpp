#include "CloseOutRecords.h"

#include "staging/SqliteStatement.h"
#include "staging/StagingStore.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <sqlite3.h>

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::CloseOutRecords)
};

struct ItemSpec
{
    const char *key;
    const char *title;
    const char *help;
    bool required;
};

// In the order the work is done in the old system.
constexpr ItemSpec kItems[] = {
    { "invoices_generated", QT_TRANSLATE_NOOP("Cutover::CloseOutRecords", "Invoices generated"),
      QT_TRANSLATE_NOOP("Cutover::CloseOutRecords",
                        "Every unbilled time entry and expense that should be billed is on an invoice, and draft "
                        "invoices are finalised or deleted."),
      true },
    { "credits_applied", QT_TRANSLATE_NOOP("Cutover::CloseOutRecords", "Credits and payments applied"),
      QT_TRANSLATE_NOOP("Cutover::CloseOutRecords",
                        "Unapplied payments and credits are applied to open invoices, or refunded."),
      true },
    { "trust_applied", QT_TRANSLATE_NOOP("Cutover::CloseOutRecords", "Trust applied to open bills"),
      QT_TRANSLATE_NOOP("Cutover::CloseOutRecords",
                        "Trust funds the clients agreed to are applied to their open invoices; what remains carries "
                        "over as an opening trust balance."),
      true },
    { "reports_saved", QT_TRANSLATE_NOOP("Cutover::CloseOutRecords", "Banking and trust reports saved"),
      QT_TRANSLATE_NOOP("Cutover::CloseOutRecords",
                        "The trust ledger, the bank reconciliation and the aged receivables are saved from the old "
                        "system and attached below."),
      true },
    { "syncs_off", QT_TRANSLATE_NOOP("Cutover::CloseOutRecords", "Calendar and contact syncs left off"),
      QT_TRANSLATE_NOOP("Cutover::CloseOutRecords",
                        "Office 365 and Google calendar and contact syncs stay off in the new system until the "
                        "migration is reviewed, so nothing is copied twice."),
      true },
    { "staff_told", QT_TRANSLATE_NOOP("Cutover::CloseOutRecords", "Staff told"),
      QT_TRANSLATE_NOOP("Cutover::CloseOutRecords",
                        "Everyone knows that new clients and matters go into the new system only, from now on."),
      true },
    { "users_reviewed", QT_TRANSLATE_NOOP("Cutover::CloseOutRecords", "Users reviewed"),
      QT_TRANSLATE_NOOP("Cutover::CloseOutRecords",
                        "The users who move, and the e-mail addresses they will sign in with, are agreed."),
      false },
};

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime parseUtc(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(v.toString(), Qt::ISODate);
    return dt.toUTC();
}

// Qt binds a null QString as NULL; these columns are NOT NULL with '' for "none".
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

bool failed(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Runs `work` and its audit entry (with `detail`) in one transaction.
bool audited(QSqlDatabase db, const QString &action, const QJsonObject &detail, QString *error,
             const std::function<bool(QSqlQuery &)> &work)
{
    return ProjectStore::auditedChange(db, action, error, [&](QJsonObject *entry, QString *why) {
        QSqlQuery q(db);
        *entry = detail;
        if (work(q))
            return true;
        *why = q.lastError().text();
        return false;
    });
}

bool execOr(QSqlQuery &q, QString *error)
{
    return q.exec() || failed(error, q.lastError().text());
}

} // namespace

QString ApproverRoles::key(ApproverRole role)
{
    return role == ApproverRole::BillingContact ? QStringLiteral("billing_contact") : QStringLiteral("admin");
}

std::optional<ApproverRole> ApproverRoles::fromKey(const QString &key)
{
    if (key == QLatin1String("billing_contact"))
        return ApproverRole::BillingContact;
    if (key == QLatin1String("admin"))
        return ApproverRole::Admin;
    return std::nullopt;
}

QString ApproverRoles::title(ApproverRole role)
{
    return role == ApproverRole::BillingContact ? Tr::tr("Billing contact") : Tr::tr("System administrator");
}

QStringList ApprovalMethods::keys()
{
    return { QStringLiteral("email"), QStringLiteral("signed_letter"), QStringLiteral("phone"),
             QStringLiteral("in_person"), QStringLiteral("other") };
}

QString ApprovalMethods::title(const QString &key)
{
    if (key == QLatin1String("email"))
        return Tr::tr("By e-mail");
    if (key == QLatin1String("signed_letter"))
        return Tr::tr("Signed letter");
    if (key == QLatin1String("phone"))
        return Tr::tr("By phone");
    if (key == QLatin1String("in_person"))
        return Tr::tr("In person");
    if (key == QLatin1String("other"))
        return Tr::tr("Other");
    return key;
}

QList<ChecklistItem> CloseOutRecords::checklist(const QSqlDatabase &db)
{
    QHash<QString, ChecklistItem> stored;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT key, done, done_by, done_at_utc, note FROM checklist_item"))) {
        while (q.next()) {
            ChecklistItem item;
            item.done = q.value(1).toInt() != 0;
            item.doneBy = q.value(2).toString();
            item.doneAtUtc = parseUtc(q.value(3));
            item.note = q.value(4).toString();
            stored.insert(q.value(0).toString(), item);
        }
    }
    QList<ChecklistItem> out;
    for (const ItemSpec &spec : kItems) {
        ChecklistItem item = stored.value(QString::fromLatin1(spec.key));
        item.key = QString::fromLatin1(spec.key);
        item.title = Tr::tr(spec.title);
        item.help = Tr::tr(spec.help);
        item.required = spec.required;
        out.append(item);
    }
    return out;
}

bool CloseOutRecords::setChecked(QSqlDatabase db, const QString &key, bool done, const QString &note, QString *error)
{
    bool known = false;
    for (const ItemSpec &spec : kItems)
        known = known || key == QLatin1String(spec.key);
    if (!known)
        return failed(error, Tr::tr("“%1” is not an item of the close-out checklist.").arg(key));
    const QString actor = ProjectStore::currentActor();
    return audited(db, done ? QStringLiteral("closeout.checked") : QStringLiteral("closeout.unchecked"),
                   { { QStringLiteral("item"), key }, { QStringLiteral("note"), note } }, error, [&](QSqlQuery &q) {
                       q.prepare(QStringLiteral(
                           "INSERT INTO checklist_item (key, done, done_by, done_at_utc, note) VALUES (?, ?, ?, ?, ?) "
                           "ON CONFLICT(key) DO UPDATE SET done = excluded.done, done_by = excluded.done_by, "
                           "done_at_utc = excluded.done_at_utc, note = excluded.note"));
                       q.addBindValue(key);
                       q.addBindValue(done ? 1 : 0);
                       q.addBindValue(done ? actor : text({}));
                       q.addBindValue(done ? QVariant(nowText()) : QVariant(QMetaType(QMetaType::QString)));
                       q.addBindValue(text(note));
                       return execOr(q, error);
                   });
}

QList<Approver> CloseOutRecords::approvers(const QSqlDatabase &db)
{
    QList<Approver> out;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, name, role, email, source_user_key, added_at_utc, approved_at_utc, method, "
                               "recorded_by, note FROM approver "
                               "ORDER BY CASE role WHEN 'billing_contact' THEN 0 ELSE 1 END, name COLLATE NOCASE, id")))
        return out;
    while (q.next()) {
        Approver a;
        a.id = q.value(0).toLongLong();
        a.name = q.value(1).toString();
        a.role = ApproverRoles::fromKey(q.value(2).toString()).value_or(ApproverRole::Admin);
        a.email = q.value(3).toString();
        a.sourceUserKey = q.value(4).toString();
        a.addedUtc = parseUtc(q.value(5));
        a.approvedUtc = parseUtc(q.value(6));
        a.method = q.value(7).toString();
        a.recordedBy = q.value(8).toString();
        a.note = q.value(9).toString();
        out.append(a);
    }
    return out;
}

std::optional<qint64> CloseOutRecords::addApprover(QSqlDatabase db, const QString &name, ApproverRole role,
                                                   const QString &email, const QString &sourceUserKey, QString *error)
{
    if (name.trimmed().isEmpty()) {
        failed(error, Tr::tr("Give the approver's name."));
        return std::nullopt;
    }
    const QString mail = email.trimmed();
    if (!mail.isEmpty() && (!mail.contains(QLatin1Char('@')) || mail.contains(QLatin1Char(' ')))) {
        failed(error, Tr::tr("“%1” is not an e-mail address.").arg(mail));
        return std::nullopt;
    }
    for (const Approver &a : approvers(db)) {
        if (a.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0 && a.role == role) {
            failed(error, Tr::tr("%1 is already listed as %2.").arg(a.name, ApproverRoles::title(role).toLower()));
            return std::nullopt;
        }
    }
    qint64 id = 0;
    const bool ok = audited(db, QStringLiteral("closeout.approver_added"),
                            { { QStringLiteral("name"), name.trimmed() },
                              { QStringLiteral("role"), ApproverRoles::key(role) },
                              { QStringLiteral("email"), mail } },
                            error, [&](QSqlQuery &q) {
                                q.prepare(QStringLiteral("INSERT INTO approver (name, role, email, source_user_key, "
                                                         "added_at_utc) VALUES (?, ?, ?, ?, ?)"));
                                q.addBindValue(name.trimmed());
                                q.addBindValue(ApproverRoles::key(role));
                                q.addBindValue(text(mail));
                                q.addBindValue(text(sourceUserKey));
                                q.addBindValue(nowText());
                                if (!execOr(q, error))
                                    return false;
                                id = q.lastInsertId().toLongLong();
                                return true;
                            });
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

namespace {

std::optional<Approver> findApprover(const QSqlDatabase &db, qint64 id)
{
    for (const Approver &a : CloseOutRecords::approvers(db)) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
}

} // namespace

bool CloseOutRecords::removeApprover(QSqlDatabase db, qint64 id, QString *error)
{
    const auto a = findApprover(db, id);
    if (!a)
        return failed(error, Tr::tr("That approver is no longer listed."));
    return audited(db, QStringLiteral("closeout.approver_removed"),
                   { { QStringLiteral("name"), a->name },
                     { QStringLiteral("role"), ApproverRoles::key(a->role) },
                     { QStringLiteral("was_approved"), a->approved() } },
                   error, [&](QSqlQuery &q) {
                       q.prepare(QStringLiteral("DELETE FROM approver WHERE id = ?"));
                       q.addBindValue(id);
                       return execOr(q, error);
                   });
}

bool CloseOutRecords::recordApproval(QSqlDatabase db, qint64 id, const QString &method, const QString &note,
                                     const QDateTime &whenUtc, QString *error)
{
    const auto a = findApprover(db, id);
    if (!a)
        return failed(error, Tr::tr("That approver is no longer listed."));
    if (!ApprovalMethods::keys().contains(method))
        return failed(error, Tr::tr("Say how the approval was given."));
    const QDateTime when = whenUtc.isValid() ? whenUtc.toUTC() : QDateTime::currentDateTimeUtc();
    if (when > QDateTime::currentDateTimeUtc().addSecs(300))
        return failed(error, Tr::tr("An approval cannot be dated in the future."));
    const QString whenText = when.toString(Qt::ISODateWithMs);
    return audited(db, QStringLiteral("closeout.approved"),
                   { { QStringLiteral("name"), a->name },
                     { QStringLiteral("role"), ApproverRoles::key(a->role) },
                     { QStringLiteral("email"), a->email },
                     { QStringLiteral("method"), method },
                     { QStringLiteral("when"), whenText },
                     { QStringLiteral("note"), note } },
                   error, [&](QSqlQuery &q) {
                       q.prepare(QStringLiteral("UPDATE approver SET approved_at_utc = ?, method = ?, recorded_by = ?, "
                                                "note = ? WHERE id = ?"));
                       q.addBindValue(whenText);
                       q.addBindValue(method);
                       q.addBindValue(ProjectStore::currentActor());
                       q.addBindValue(text(note));
                       q.addBindValue(id);
                       return execOr(q, error);
                   });
}

bool CloseOutRecords::withdrawApproval(QSqlDatabase db, qint64 id, const QString &reason, QString *error)
{
    const auto a = findApprover(db, id);
    if (!a)
        return failed(error, Tr::tr("That approver is no longer listed."));
    return audited(db, QStringLiteral("closeout.approval_withdrawn"),
                   { { QStringLiteral("name"), a->name },
                     { QStringLiteral("role"), ApproverRoles::key(a->role) },
                     { QStringLiteral("reason"), reason } },
                   error, [&](QSqlQuery &q) {
                       q.prepare(QStringLiteral("UPDATE approver SET approved_at_utc = NULL, method = '', "
                                                "recorded_by = '', note = ? WHERE id = ?"));
                       q.addBindValue(text(reason));
                       q.addBindValue(id);
                       return execOr(q, error);
                   });
}

QList<Approver> CloseOutRecords::suggestedApprovers(const QSqlDatabase &db)
{
    QList<Approver> out;
    const auto snapshot = StagingStore::latestSnapshot(db);
    if (!snapshot)
        return out;
    QSet<QString> listed;
    for (const Approver &a : approvers(db))
        listed.insert(a.sourceUserKey.isEmpty() ? a.name.toLower() : a.sourceUserKey);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT source_key, coalesce(name, trim(coalesce(first_name, '') || ' ' || "
                             "coalesce(last_name, ''))), coalesce(email, '') FROM stg_user "
                             "WHERE snapshot_id = ? AND lower(coalesce(role, '')) LIKE '%admin%' "
                             "AND coalesce(active, 1) = 1 ORDER BY 2"));
    q.addBindValue(snapshot->id);
    if (!q.exec())
        return out;
    while (q.next()) {
        Approver a;
        a.sourceUserKey = q.value(0).toString();
        a.name = q.value(1).toString();
        a.email = q.value(2).toString();
        a.role = ApproverRole::Admin;
        if (!listed.contains(a.sourceUserKey) && !listed.contains(a.name.toLower()))
            out.append(a);
    }
    return out;
}

QList<HistoricalDocument> CloseOutRecords::documents(const QSqlDatabase &db)
{
    QList<HistoricalDocument> out;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, name, source_path, size, sha256, added_at_utc, added_by "
                               "FROM historical_document WHERE state = 'complete' ORDER BY name COLLATE NOCASE, id")))
        return out;
    while (q.next()) {
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                     q.value(4).toString(), parseUtc(q.value(5)), q.value(6).toString() });
    }
    return out;
}

bool CloseOutRecords::removeDocument(QSqlDatabase db, qint64 id, QString *error)
{
    HistoricalDocument doc;
    for (const HistoricalDocument &d : documents(db)) {
        if (d.id == id)
            doc = d;
    }
    if (doc.id == 0)
        return failed(error, Tr::tr("That document is no longer in the project."));
    return audited(db, QStringLiteral("closeout.document_removed"),
                   { { QStringLiteral("name"), doc.name }, { QStringLiteral("sha256"), doc.sha256 } }, error,
                   [&](QSqlQuery &q) {
                       q.prepare(QStringLiteral("DELETE FROM historical_document WHERE id = ?"));
                       q.addBindValue(id);
                       return execOr(q, error);
                   });
}

bool CloseOutRecords::extractDocument(const QSqlDatabase &db, qint64 id, const QString &path, QString *error)
{
    sqlite3 *handle = SqliteStatement::handleOf(db);
    if (!handle)
        return failed(error, Tr::tr("The project connection is not an SQLite connection."));
    sqlite3_blob *blob = nullptr;
    if (sqlite3_blob_open(handle, "main", "historical_document", "content", id, 0, &blob) != SQLITE_OK)
        return failed(error,
                      Tr::tr("The document could not be read from the project: %1")
                          .arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    QSaveFile out(path);
    bool ok = out.open(QIODevice::WriteOnly);
    const int size = sqlite3_blob_bytes(blob);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (int offset = 0; ok && offset < size;) {
        const int n = qMin(int(chunk.size()), size - offset);
        ok = sqlite3_blob_read(blob, chunk.data(), n, offset) == SQLITE_OK && out.write(chunk.constData(), n) == n;
        offset += n;
    }
    sqlite3_blob_close(blob);
    if (!ok || !out.commit())
        return failed(error, Tr::tr("%1 could not be written: %2").arg(path, out.errorString()));
    return true;
}

ImportGateStatus CloseOutRecords::importGate(const QSqlDatabase &db)
{
    ImportGateStatus s;
    s.checklistComplete = true;
    for (const ChecklistItem &item : checklist(db)) {
        if (item.required && !item.done) {
            s.checklistComplete = false;
            s.missing.append(Tr::tr("Checklist: “%1” is not ticked.").arg(item.title));
        }
    }
    const QList<Approver> list = approvers(db);
    bool billing = false, admin = false;
    s.approvalsComplete = true;
    for (const Approver &a : list) {
        billing = billing || a.role == ApproverRole::BillingContact;
        admin = admin || a.role == ApproverRole::Admin;
        if (!a.approved()) {
            s.approvalsComplete = false;
            s.missing.append(
                Tr::tr("Approval: %1 (%2) has not approved yet.").arg(a.name, ApproverRoles::title(a.role).toLower()));
        }
    }
    if (!billing) {
        s.approvalsComplete = false;
        s.missing.append(Tr::tr("Approval: the billing contact of the old system's account is not listed."));
    }
    if (!admin) {
        s.approvalsComplete = false;
        s.missing.append(Tr::tr("Approval: no system administrator is listed."));
    }
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT json_extract(data, '$.importOverride.reason'), "
                              "json_extract(data, '$.importOverride.by'), json_extract(data, '$.importOverride.atUtc') "
                              "FROM step_state WHERE step = 'closeout'"))
        && q.next() && !q.value(0).isNull()) {
        s.overridden = true;
        s.overrideReason = q.value(0).toString();
        s.overrideBy = q.value(1).toString();
        s.overrideAtUtc = parseUtc(q.value(2));
    }
    return s;
}

bool CloseOutRecords::overrideImportGate(QSqlDatabase db, const QString &reason, QString *error)
{
    const QString text = reason.simplified();
    if (text.size() < 10 || !text.contains(QLatin1Char(' ')))
        return failed(error,
                      Tr::tr("Say why the import may start without the checklist and the approvals, in a few "
                             "words: the reason is kept in the audit log."));
    const ImportGateStatus before = importGate(db);
    QJsonArray open;
    for (const QString &m : before.missing)
        open.append(m);
    const QJsonObject value { { QStringLiteral("reason"), text },
                              { QStringLiteral("by"), ProjectStore::currentActor() },
                              { QStringLiteral("atUtc"), nowText() } };
    return audited(db, QStringLiteral("closeout.import_gate_overridden"),
                   { { QStringLiteral("reason"), text }, { QStringLiteral("open"), open } }, error, [&](QSqlQuery &q) {
                       q.prepare(QStringLiteral(
                           "INSERT INTO step_state (step, data, updated_at_utc) VALUES ('closeout', json_object("
                           "'importOverride', json(?)), ?) ON CONFLICT(step) DO UPDATE SET data = "
                           "json_set(data, '$.importOverride', json_extract(excluded.data, '$.importOverride')), "
                           "updated_at_utc = excluded.updated_at_utc"));
                       q.addBindValue(QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
                       q.addBindValue(nowText());
                       return execOr(q, error);
                   });
}

bool CloseOutRecords::clearImportGateOverride(QSqlDatabase db, QString *error)
{
    return audited(db, QStringLiteral("closeout.import_gate_override_cleared"), {}, error, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("UPDATE step_state SET data = json_remove(data, '$.importOverride'), "
                                 "updated_at_utc = ? WHERE step = 'closeout'"));
        q.addBindValue(nowText());
        return execOr(q, error);
    });
}

AttachDocumentsJob::AttachDocumentsJob(QString projectPath, QStringList files, QObject *parent)
    : Job(parent)
    , m_projectPath(std::move(projectPath))
    , m_files(std::move(files))
{
}

bool AttachDocumentsJob::recover(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("DELETE FROM historical_document WHERE state = 'copying'"))
        || failed(error, q.lastError().text());
}

Job::Outcome AttachDocumentsJob::execute()
{
    const QString name = QStringLiteral("cutover-attach-%1").arg(quintptr(this));
    Outcome outcome = Outcome::Succeeded;
    {
        QString error;
        QSqlDatabase db = ProjectStore::openConnection(m_projectPath, name, &error);
        sqlite3 *handle = db.isOpen() ? SqliteStatement::handleOf(db) : nullptr;
        if (!handle)
            outcome = failWith(error.isEmpty() ? Tr::tr("The project connection is not an SQLite connection.") : error);

        qint64 total = 0;
        for (const QString &path : std::as_const(m_files))
            total += QFileInfo(path).size();
        qint64 done = 0;
        QByteArray chunk(1 << 20, Qt::Uninitialized);
        for (const QString &path : std::as_const(m_files)) {
            if (outcome != Outcome::Succeeded)
                break;
            const QFileInfo info(path);
            QFile file(path);
            if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
                outcome = failWith(Tr::tr("%1 could not be read: %2")
                                       .arg(QDir::toNativeSeparators(path),
                                            info.isFile() ? file.errorString() : Tr::tr("it is not a file")));
                break;
            }
            const qint64 size = file.size();
            if (size > qint64(1) << 31) {
                outcome = failWith(
                    Tr::tr("%1 is larger than 2 GB; save the report in parts.").arg(QDir::toNativeSeparators(path)));
                break;
            }
            // The row exists from the start (state 'copying') so the content can
            // be written in place; the commit at the end makes it count.
            if (!db.transaction()) {
                outcome = failWith(db.lastError().text());
                break;
            }
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO historical_document (state, name, source_path, size, content, "
                                     "added_at_utc, added_by) VALUES ('copying', ?, ?, ?, zeroblob(?), ?, ?)"));
            q.addBindValue(info.fileName());
            q.addBindValue(info.absoluteFilePath());
            q.addBindValue(size);
            q.addBindValue(size);
            q.addBindValue(nowText());
            q.addBindValue(ProjectStore::currentActor());
            if (!q.exec()) {
                db.rollback();
                outcome = failWith(q.lastError().text());
                break;
            }
            const qint64 id = q.lastInsertId().toLongLong();
            sqlite3_blob *blob = nullptr;
            bool ok = sqlite3_blob_open(handle, "main", "historical_document", "content", id, 1, &blob) == SQLITE_OK;
            QCryptographicHash hash(QCryptographicHash::Sha256);
            qint64 offset = 0;
            while (ok && offset < size) {
                if (isCancelled())
                    break;
                const qint64 n = file.read(chunk.data(), qMin<qint64>(chunk.size(), size - offset));
                if (n <= 0) {
                    ok = false;
                    break;
                }
                hash.addData(QByteArrayView(chunk.constData(), n));
                ok = sqlite3_blob_write(blob, chunk.constData(), int(n), int(offset)) == SQLITE_OK;
                offset += n;
                done += n;
                reportProgress(done, total, m_added.size(), Tr::tr("Copying %1").arg(info.fileName()));
            }
            // A file still growing (or shrunk) while it was read is not the report the user saw.
            const bool changed = ok && !isCancelled() && (!file.atEnd() || file.size() != size);
            if (blob)
                sqlite3_blob_close(blob);
            if (isCancelled() || !ok || changed) {
                db.rollback();
                if (isCancelled())
                    outcome = Outcome::Cancelled;
                else if (changed)
                    outcome = failWith(Tr::tr("%1 changed while it was being copied; attach it again once it is "
                                              "saved.")
                                           .arg(QDir::toNativeSeparators(path)));
                else
                    outcome = failWith(
                        Tr::tr("%1 could not be copied into the project: %2")
                            .arg(QDir::toNativeSeparators(path),
                                 offset < size ? file.errorString() : QString::fromUtf8(sqlite3_errmsg(handle))));
                break;
            }
            const QString digest = QString::fromLatin1(hash.result().toHex());
            q.prepare(QStringLiteral("UPDATE historical_document SET state = 'complete', sha256 = ? WHERE id = ?"));
            q.addBindValue(digest);
            q.addBindValue(id);
            QString auditError;
            if (!q.exec()
                || !ProjectStore::appendAudit(db, QStringLiteral("closeout.document_attached"),
                                              { { QStringLiteral("name"), info.fileName() },
                                                { QStringLiteral("size"), size },
                                                { QStringLiteral("sha256"), digest } },
                                              &auditError)
                || !db.commit()) {
                db.rollback();
                outcome = failWith(auditError.isEmpty() ? q.lastError().text() : auditError);
                break;
            }
            m_added.append(id);
        }
        if (outcome == Outcome::Succeeded)
            setSummary(Tr::tr("%n report(s) copied into the project for the Historical Data folder.", nullptr,
                              int(m_added.size())));
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

} // namespace Cutover
