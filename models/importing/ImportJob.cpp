#include "ImportEngine.h"
#include "ImportPlan.h"
#include "ImportWorksheet.h"
#include "LedgerStore.h"
#include "RequestPump.h"
#include "closeout/CloseOutRecords.h"
#include "domain/LocaleFormat.h"
#include "store/ProjectStore.h"
#include "targets/CsvPackageTarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <atomic>

namespace Cutover {

struct ImportJob::Run
{
    mutable QMutex mutex;
    std::atomic<bool> paused { false };
    DryRunSummary dryRun;
    QList<EntityLedgerCounts> counts;
    QJsonObject summary;
};

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::ImportJob)
};

QString stageTitle(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Contact:
        return Tr::tr("Creating contacts");
    case RecordKind::Matter:
        return Tr::tr("Creating matters");
    case RecordKind::TimeEntry:
        return Tr::tr("Creating time entries");
    case RecordKind::Expense:
        return Tr::tr("Creating expenses");
    case RecordKind::BalanceForward:
        return Tr::tr("Carrying balances forward");
    case RecordKind::Note:
        return Tr::tr("Creating notes");
    case RecordKind::Folder:
        return Tr::tr("Creating the “Historical Data” folder");
    case RecordKind::Document:
        return Tr::tr("Uploading the close-out reports");
    case RecordKind::User:
        break;
    }
    return {};
}

// The import on the job's thread: everything execute() does, with the job's
// protected reporting passed in as hooks.
class Importer
{
public:
    struct Hooks
    {
        std::function<void(qint64 done, qint64 total, qint64 items, const QString &stage, bool force)> progress;
        std::function<void(const QList<EntityLedgerCounts> &)> counts;
        std::function<bool()> cancelled;
        std::function<bool()> paused;
    };

    Importer(const ImportRequest &request, QSqlDatabase db, Hooks hooks)
        : m_request(request)
        , m_db(std::move(db))
        , m_hooks(std::move(hooks))
        , m_ledger(m_db, request.target.key())
    {
    }

    Job::Outcome run(QString *error, DryRunSummary *dry, QList<EntityLedgerCounts> *counts, QJsonObject *summary,
                     QString *sentence);

private:
    bool prepare(QString *error);
    bool checkUsers(QStringList *unmapped, QString *error);
    Job::Outcome dryRun(DryRunSummary *dry, QJsonObject *summary, QString *sentence, QString *error);
    Job::Outcome import(QList<EntityLedgerCounts> *counts, QJsonObject *summary, QString *sentence, QString *error);
    RequestPump::Task taskFor(const PlannedRecord &record);
    void land(const PlannedRecord &record, const QString &state, const QString &targetId, const QString &message,
              bool bump = false, const QString &sentHash = QString());
    void sendUpdate(const PlannedRecord &record, const QString &targetId, const OutgoingRecord &out,
                    const std::function<void()> &finish);
    bool changedSinceSent(const PlannedRecord &record, const LedgerRow &row, QString *problem) const;
    QString cannotUpdate(const PlannedRecord &record) const;
    QString targetIdOf(RecordKind kind, const QString &key) const;
    void progress(bool force);
    bool writeWorksheet(QString *path, QString *error);
    QString outDir(const QString &suffix) const;
    Job::Outcome csvPackage(QJsonObject *summary, QString *sentence, QString *error);

    const ImportRequest &m_request;
    QSqlDatabase m_db;
    Hooks m_hooks;
    LedgerStore m_ledger;
    ImportPlan m_plan;
    std::unique_ptr<TargetConnector> m_connector;
    QHash<QString, QString> m_userTargets; // source user key -> target user id
    QHash<QString, LedgerRow> m_rows;
    QString m_ledgerError; // the first ledger write that failed: the run stops
    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_sent = 0;
    qint64 m_updated = 0; // records updated in this run
    QStringList m_updateProblems; // changed records this run cannot update
    QString m_stage;
    QElapsedTimer m_countsClock;
};

// The record is in the target: created, or being updated (a row 'sending' or
// 'failed' that kept its target id is an update that has not landed yet).
bool inTarget(const LedgerRow &row)
{
    if (row.state == QLatin1String("created"))
        return true;
    return (row.state == QLatin1String("sending") || row.state == QLatin1String("failed")) && !row.targetId.isEmpty();
}

QString Importer::targetIdOf(RecordKind kind, const QString &key) const
{
    const auto it = m_rows.constFind(LedgerStore::rowKey(RecordKinds::key(kind), key));
    return it != m_rows.constEnd() && inTarget(*it) ? it->targetId : QString();
}

// A created record whose source changed after it was sent: what would be sent
// now hashes differently from what was. Rows created before the ledger kept
// the hash (sent_hash '') count as changed only when a delta marks their row
// changed. False with `problem` set when the record cannot be built now.
bool Importer::changedSinceSent(const PlannedRecord &record, const LedgerRow &row, QString *problem) const
{
    if (row.state != QLatin1String("created") || !record.skipReason.isEmpty() || !record.problem.isEmpty())
        return false;
    if (row.sentHash.isEmpty() && !record.changedInDelta)
        return false;
    OutgoingRecord out;
    QString why;
    if (!ImportPlanner::outgoing(
            m_db, m_plan, record, [this](RecordKind kind, const QString &key) { return targetIdOf(kind, key); },
            m_userTargets, &out, &why)) {
        *problem = Tr::tr("%1 is in the target, but whether it changed since cannot be checked: %2")
                       .arg(ImportPlanner::describe(m_plan, record.kind, record.sourceKey), why);
        return false;
    }
    return ImportPlanner::contentHash(out) != row.sentHash;
}

QString Importer::cannotUpdate(const PlannedRecord &record) const
{
    QString what = ImportPlanner::describe(m_plan, record.kind, record.sourceKey);
    if (!what.isEmpty())
        what[0] = what.at(0).toUpper();
    return Tr::tr("%1 changed in the old system after it was imported; %2 cannot update %3 through its API — change "
                  "it by hand.")
        .arg(what, m_connector->displayName(), RecordKinds::title(record.kind).toLower());
}

bool Importer::prepare(QString *error)
{
    if (!ImportPlanner::build(m_db, &m_plan, error))
        return false;
    if (!m_request.dryRun && m_request.requireCloseOutGate) {
        const ImportGateStatus gate = CloseOutRecords::importGate(m_db);
        if (!gate.ready()) {
            *error = Tr::tr("The close-out is not finished, so the import cannot start: %1")
                         .arg(gate.missing.join(QLatin1Char(' ')));
            return false;
        }
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM id_map WHERE target_key = ? AND state = 'deleting'"));
    q.addBindValue(m_ledger.targetKey());
    if (q.exec() && q.next() && q.value(0).toLongLong() > 0 && !m_request.dryRun) {
        *error = Tr::tr("A rollback of this target did not finish (%n record(s) still being deleted). Run the "
                        "rollback again before importing.",
                        nullptr, q.value(0).toInt());
        return false;
    }
    QString mappingError;
    m_userTargets = UserMappings::targetIds(m_db, m_ledger.targetKey(), &mappingError);
    if (!mappingError.isEmpty()) {
        *error = mappingError;
        return false;
    }
    return true;
}

// Users cannot be created through Clio's API: every user whose time or
// expenses go over needs a target user first.
bool Importer::checkUsers(QStringList *unmapped, QString *error)
{
    Q_UNUSED(error)
    QStringList keys = m_plan.entriesPerUser.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : std::as_const(keys)) {
        if (m_userTargets.value(key).isEmpty()) {
            const ImportPlan::User u = m_plan.users.value(key);
            const QString who = u.email.isEmpty() ? u.name : QStringLiteral("%1 <%2>").arg(u.name, u.email);
            unmapped->append(Tr::tr("%1 (%n entry(s))", nullptr, int(m_plan.entriesPerUser.value(key))).arg(who));
        }
    }
    return unmapped->isEmpty();
}

Job::Outcome Importer::run(QString *error, DryRunSummary *dry, QList<EntityLedgerCounts> *counts, QJsonObject *summary,
                           QString *sentence)
{
    if (!prepare(error))
        return Job::Outcome::Failed;
    if (m_request.target.kind == TargetChoice::Kind::CsvPackage)
        return csvPackage(summary, sentence, error);
    if (!m_request.connector) {
        *error = Tr::tr("No connection to the target was given.");
        return Job::Outcome::Failed;
    }
    m_connector = m_request.connector();
    if (!m_connector) {
        *error = Tr::tr("The connection to the target could not be made.");
        return Job::Outcome::Failed;
    }
    m_connector->setConcurrency(qMax(1, m_request.concurrency));
    const Job::Outcome outcome =
        m_request.dryRun ? dryRun(dry, summary, sentence, error) : import(counts, summary, sentence, error);
    m_connector.reset();
    return outcome;
}

Job::Outcome Importer::dryRun(DryRunSummary *dry, QJsonObject *summary, QString *sentence, QString *error)
{
    m_hooks.progress(0, 0, 0, Tr::tr("Checking the connection"), true);
    QElapsedTimer latency;
    latency.start();
    const TargetResult who =
        TargetCalls::wait([&](const TargetConnector::Callback &cb) { m_connector->testConnection(cb); });
    const qint64 latencyMs = latency.elapsed();
    if (!who.ok()) {
        *error = who.error.message;
        return Job::Outcome::Failed;
    }
    if (!m_ledger.load(&m_rows)) {
        *error = m_ledger.lastError();
        return Job::Outcome::Failed;
    }
    DryRunSummary d;
    checkUsers(&d.unmappedUsers, error);
    d.problems = m_plan.notes + m_plan.problems;
    // The same record building as the import, with the records that would be
    // created standing in for their target ids.
    QSet<QString> wouldExist;
    auto idOf = [&](RecordKind kind, const QString &key) {
        const QString real = targetIdOf(kind, key);
        if (!real.isEmpty())
            return real;
        return wouldExist.contains(LedgerStore::rowKey(RecordKinds::key(kind), key)) ? QStringLiteral("(dry run)")
                                                                                     : QString();
    };
    QHash<QString, EntityLedgerCounts> planned;
    qint64 creates = 0, lookups = 0;
    const TargetCapabilities capabilities = m_connector->capabilities();
    for (const PlannedRecord &r : std::as_const(m_plan.records)) {
        const QString entity = RecordKinds::key(r.kind);
        EntityLedgerCounts &c = planned[entity];
        c.entity = entity;
        ++c.total;
        const LedgerRow row = m_rows.value(LedgerStore::rowKey(entity, r.sourceKey));
        if (row.state == QLatin1String("created")) {
            ++c.created;
            QString problem;
            if (m_request.retryFailedOnly)
                continue;
            if (changedSinceSent(r, row, &problem)) {
                if (capabilities.update.contains(r.kind))
                    ++d.updates;
                else
                    d.problems << cannotUpdate(r);
            } else if (!problem.isEmpty()) {
                d.problems << problem;
            }
            continue;
        }
        if (!r.skipReason.isEmpty()) {
            ++c.skipped;
            continue;
        }
        if (m_request.retryFailedOnly && row.state != QLatin1String("failed") && row.state != QLatin1String("sending"))
            continue;
        OutgoingRecord out;
        QString problem;
        if (!ImportPlanner::outgoing(m_db, m_plan, r, idOf, m_userTargets, &out, &problem)) {
            ++c.failed;
            if (r.problem.isEmpty()) // plan problems are listed already
                d.problems << problem;
            continue;
        }
        ++c.pending;
        wouldExist.insert(LedgerStore::rowKey(entity, r.sourceKey));
        if (inTarget(row)) { // an update that did not land: sent again as an update
            if (capabilities.update.contains(r.kind))
                ++d.updates;
            else
                d.problems << cannotUpdate(r);
            continue;
        }
        creates += r.kind == RecordKind::Document ? 3 : 1;
        if (row.attempts > 0)
            ++lookups;
    }
    for (RecordKind kind : LedgerStore::importOrder()) {
        if (planned.contains(RecordKinds::key(kind)))
            d.planned.append(planned.value(RecordKinds::key(kind)));
    }
    // Setup: who am I, the users, the reference custom field (look up, create).
    const qint64 setup = 4;
    d.requests = creates + d.updates + lookups + setup;
    const RateStatus rate = m_connector->rateStatus();
    d.rateLimitPerMinute = rate.limitPerMinute;
    if (rate.limitPerMinute > 0)
        d.estimatedSeconds = (d.requests * 60 + rate.limitPerMinute - 1) / rate.limitPerMinute;
    else
        d.estimatedSeconds = (d.requests * latencyMs / qMax(1, m_request.concurrency) + 999) / 1000;
    *dry = d;

    QJsonArray planArray = ImportLedger::toJson(d.planned);
    *summary = QJsonObject { { QStringLiteral("dry_run"), true },
                             { QStringLiteral("target_key"), m_ledger.targetKey() },
                             { QStringLiteral("snapshot_id"), m_plan.snapshotId },
                             { QStringLiteral("trial_run"), m_plan.trialRun },
                             { QStringLiteral("planned"), planArray },
                             { QStringLiteral("requests"), d.requests },
                             { QStringLiteral("updates"), d.updates },
                             { QStringLiteral("rate_limit_per_minute"), d.rateLimitPerMinute },
                             { QStringLiteral("estimated_seconds"), d.estimatedSeconds },
                             { QStringLiteral("problems"), QJsonArray::fromStringList(d.problems) },
                             { QStringLiteral("unmapped_users"), QJsonArray::fromStringList(d.unmappedUsers) } };
    // A record of the dry run; nothing in the ledger, nothing in the target.
    LedgerStore runs(m_db, m_ledger.targetKey());
    if (runs.startRun(QStringLiteral("clio"), m_request.target.baseUrl.toString(), m_plan.snapshotId,
                      QStringLiteral("dry_run")))
        runs.finishRun(QStringLiteral("complete"), *summary);
    const qint64 minutes = (d.estimatedSeconds + 59) / 60;
    *sentence =
        Tr::tr("Dry run: %1, about %2; %3.")
            .arg(
                Tr::tr("%Ln request(s)", nullptr, int(d.requests)),
                Tr::tr("%1 minute(s)", nullptr, int(qMin<qint64>(minutes, INT_MAX))).arg(LocaleFormat::number(minutes)),
                Tr::tr("%Ln problem(s)", nullptr, int(d.problems.size() + d.unmappedUsers.size())));
    return Job::Outcome::Succeeded;
}

void Importer::land(const PlannedRecord &record, const QString &state, const QString &targetId, const QString &message,
                    bool bump, const QString &sentHash)
{
    const QString entity = RecordKinds::key(record.kind);
    if (!m_ledger.set(entity, record.sourceKey, state, targetId, message, bump, sentHash) && m_ledgerError.isEmpty())
        m_ledgerError = m_ledger.lastError();
    LedgerRow &row = m_rows[LedgerStore::rowKey(entity, record.sourceKey)];
    row.state = state;
    row.targetId = targetId;
    row.lastError = message;
    if (!sentHash.isNull())
        row.sentHash = sentHash;
    if (bump)
        ++row.attempts;
}

// A record already in the target whose source changed: sent as an update to
// the same target id. The ledger says 'sending' (committed) while it is out,
// 'created' with the new hash after; a failure keeps the target id, so a retry
// updates again instead of creating a second record.
void Importer::sendUpdate(const PlannedRecord &record, const QString &targetId, const OutgoingRecord &out,
                          const std::function<void()> &finish)
{
    if (!m_connector->capabilities().update.contains(record.kind)) {
        land(record, QStringLiteral("failed"), targetId, cannotUpdate(record));
        finish();
        return;
    }
    const QString hash = ImportPlanner::contentHash(out);
    land(record, QStringLiteral("sending"), targetId, QString(), true);
    if (!m_ledgerError.isEmpty()) {
        finish();
        return;
    }
    ++m_sent;
    m_connector->update(record.kind, targetId, out, [this, &record, targetId, hash, finish](const TargetResult &r) {
        if (r.ok()) {
            land(record, QStringLiteral("created"), r.record.id.isEmpty() ? targetId : r.record.id, QString(), false,
                 hash);
            ++m_updated;
        } else if (r.error.kind == TargetError::Kind::Cancelled) {
            ; // stays 'sending' with its target id: the next run updates it again
        } else {
            land(record, QStringLiteral("failed"), targetId,
                 Tr::tr("Changed in the old system after it was imported, but the update was refused: %1")
                     .arg(r.error.message));
        }
        finish();
    });
}

void Importer::progress(bool force)
{
    m_hooks.progress(m_done, m_total, m_sent, m_stage, force);
    if (force || !m_countsClock.isValid() || m_countsClock.elapsed() >= 250) {
        m_countsClock.start();
        m_hooks.counts(ImportLedger::counts(m_db, m_ledger.targetKey()));
    }
}

RequestPump::Task Importer::taskFor(const PlannedRecord &record)
{
    return [this, &record](const RequestPump::Done &done) {
        auto finish = [this, done] {
            ++m_done;
            progress(false);
            done();
        };
        if (!m_ledgerError.isEmpty()) {
            done();
            return;
        }
        const QString entity = RecordKinds::key(record.kind);
        const LedgerRow row = m_rows.value(LedgerStore::rowKey(entity, record.sourceKey));
        OutgoingRecord out;
        QString problem;
        if (!ImportPlanner::outgoing(
                m_db, m_plan, record, [this](RecordKind kind, const QString &key) { return targetIdOf(kind, key); },
                m_userTargets, &out, &problem)) {
            land(record, QStringLiteral("failed"), inTarget(row) ? row.targetId : QString(), problem);
            finish();
            return;
        }
        if (inTarget(row)) {
            sendUpdate(record, row.targetId, out, finish);
            return;
        }
        const QString hash = ImportPlanner::contentHash(out);
        auto send = [this, &record, out, hash, finish] {
            // Announced and committed before the request leaves: a crash from
            // here on leaves 'sending', which the next run looks up first.
            land(record, QStringLiteral("sending"), QString(), QString(), true);
            if (!m_ledgerError.isEmpty()) {
                finish();
                return;
            }
            ++m_sent;
            m_connector->create(out, [this, &record, hash, finish](const TargetResult &r) {
                if (r.ok() && !r.record.id.isEmpty())
                    land(record, QStringLiteral("created"), r.record.id, QString(), false, hash);
                else if (r.error.kind == TargetError::Kind::Cancelled)
                    ; // unknown whether it arrived: stays 'sending' for the next run to look up
                else
                    land(record, QStringLiteral("failed"), QString(),
                         r.ok() ? Tr::tr("The target answered without an id.") : r.error.message);
                finish();
            });
        };
        // Sent before (a crash, or an answer that never came): it may be
        // there. Look it up by its reference before sending it again.
        if (row.attempts > 0 || row.state == QLatin1String("sending")) {
            m_connector->findByReference(out, [this, &record, hash, send, finish](const TargetResult &r) {
                if (r.ok() && !r.record.id.isEmpty()) {
                    land(record, QStringLiteral("created"), r.record.id, QString(), false, hash);
                    finish();
                } else if (r.ok()) {
                    send();
                } else {
                    // Cannot tell whether it is there: keep what the ledger says.
                    land(record, QStringLiteral("failed"), QString(),
                         Tr::tr("Could not check whether it was created before: %1").arg(r.error.message));
                    finish();
                }
            });
            return;
        }
        send();
    };
}

// The folder the user chose, else one next to the project file.
QString Importer::outDir(const QString &suffix) const
{
    if (!m_request.target.outDir.isEmpty())
        return m_request.target.outDir;
    const QFileInfo project(m_request.projectPath);
    return project.absoluteDir().filePath(project.completeBaseName() + suffix);
}

// Targets that take an import request: the package is the import.
Job::Outcome Importer::csvPackage(QJsonObject *summary, QString *sentence, QString *error)
{
    const QString dir = outDir(QStringLiteral(" CSV package"));
    *summary = QJsonObject { { QStringLiteral("dry_run"), m_request.dryRun },
                             { QStringLiteral("target_key"), m_ledger.targetKey() },
                             { QStringLiteral("snapshot_id"), m_plan.snapshotId },
                             { QStringLiteral("trial_run"), m_plan.trialRun },
                             { QStringLiteral("out_dir"), dir },
                             { QStringLiteral("notes"), QJsonArray::fromStringList(m_plan.notes) },
                             { QStringLiteral("problems"), QJsonArray::fromStringList(m_plan.problems) } };
    if (m_request.dryRun) {
        *sentence = Tr::tr("Dry run: the CSV package would be written to %1.").arg(QDir::toNativeSeparators(dir));
        return Job::Outcome::Succeeded;
    }
    if (!QDir().mkpath(dir)) {
        *error = Tr::tr("The folder “%1” could not be created.").arg(QDir::toNativeSeparators(dir));
        return Job::Outcome::Failed;
    }
    m_hooks.progress(0, 0, 0, Tr::tr("Writing the CSV package"), true);
    if (!m_ledger.startRun(QStringLiteral("csv-package"), QString(), m_plan.snapshotId, QStringLiteral("import"))) {
        *error = Tr::tr("The import ledger cannot be written: %1").arg(m_ledger.lastError());
        return Job::Outcome::Failed;
    }
    CsvPackageManifest manifest;
    if (!CsvPackageTarget::write(m_db, m_plan.snapshotId, dir, &manifest, error)) {
        m_ledger.finishRun(QStringLiteral("failed"), *summary);
        return Job::Outcome::Failed;
    }
    summary->insert(QStringLiteral("manifest"), manifest.toJson());
    summary->insert(QStringLiteral("zip"), manifest.zipPath);
    summary->insert(QStringLiteral("state"), QStringLiteral("complete"));
    m_ledger.finishRun(QStringLiteral("complete"), *summary);
    QString auditError;
    ProjectStore::appendAudit(m_db, QStringLiteral("import.csv_package"),
                              { { QStringLiteral("out_dir"), dir },
                                { QStringLiteral("rows"), manifest.totalRows },
                                { QStringLiteral("snapshot"), m_plan.snapshotId } },
                              &auditError);
    *sentence = Tr::tr("CSV package written to %1: %n row(s).", nullptr, int(manifest.totalRows))
                    .arg(QDir::toNativeSeparators(manifest.zipPath.isEmpty() ? dir : manifest.zipPath));
    return Job::Outcome::Succeeded;
}

bool Importer::writeWorksheet(QString *path, QString *error)
{
    const QString dir = outDir(QStringLiteral(" worksheets"));
    if (!QDir().mkpath(dir)) {
        *error = Tr::tr("The folder “%1” could not be created.").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    *path = QDir(dir).filePath(QStringLiteral("opening-balances.csv"));
    WorksheetHeader header;
    header.firmName = m_plan.firmName;
    header.cutoffUtc = m_plan.cutoffUtc;
    header.zone = m_plan.timeZone;
    return ImportWorksheet::writeCsv(m_plan.worksheet, *path, error, header);
}

Job::Outcome Importer::import(QList<EntityLedgerCounts> *counts, QJsonObject *summary, QString *sentence,
                              QString *error)
{
    QStringList unmapped;
    if (!checkUsers(&unmapped, error)) {
        *error = Tr::tr("Users cannot be created through Clio's API, so these users with time or expenses to "
                        "import need a Clio user first (map them with the users step or cutover-cli users): %1")
                     .arg(unmapped.join(QStringLiteral("; ")));
        return Job::Outcome::Failed;
    }
    m_hooks.progress(0, 0, 0, Tr::tr("Checking the connection"), true);
    const TargetResult who =
        TargetCalls::wait([&](const TargetConnector::Callback &cb) { m_connector->testConnection(cb); });
    if (!who.ok()) {
        *error = who.error.message;
        return Job::Outcome::Failed;
    }
    if (!m_ledger.startRun(QStringLiteral("clio"), m_request.target.baseUrl.toString(), m_plan.snapshotId,
                           m_request.retryFailedOnly ? QStringLiteral("retry") : QStringLiteral("import"))) {
        *error = Tr::tr("The import ledger cannot be written: %1").arg(m_ledger.lastError());
        return Job::Outcome::Failed;
    }
    ProjectStore::appendAudit(m_db, QStringLiteral("import.started"),
                              { { QStringLiteral("target"), m_ledger.targetKey() },
                                { QStringLiteral("run"), m_ledger.runId() },
                                { QStringLiteral("snapshot"), m_plan.snapshotId },
                                { QStringLiteral("retry_failed_only"), m_request.retryFailedOnly } },
                              error);
    QList<LedgerRow> planned;
    planned.reserve(m_plan.records.size());
    for (const PlannedRecord &r : std::as_const(m_plan.records)) {
        LedgerRow row;
        row.entity = RecordKinds::key(r.kind);
        row.sourceKey = r.sourceKey;
        row.reference = ImportLedger::reference(m_plan.projectId, row.entity, r.sourceKey);
        row.label = r.label;
        planned.append(row);
    }
    if (!m_ledger.plan(planned) || !m_ledger.load(&m_rows)) {
        *error = Tr::tr("The import ledger cannot be written: %1").arg(m_ledger.lastError());
        m_ledger.finishRun(QStringLiteral("failed"), {});
        return Job::Outcome::Failed;
    }

    // What goes in this run, phase by phase (a phase needs the ids of the one before).
    QHash<RecordKind, QList<const PlannedRecord *>> phases;
    const TargetCapabilities capabilities = m_connector->capabilities();
    for (const PlannedRecord &r : std::as_const(m_plan.records)) {
        const LedgerRow row = m_rows.value(LedgerStore::rowKey(RecordKinds::key(r.kind), r.sourceKey));
        if (row.state == QLatin1String("created")) {
            // Changed in the source since it was sent (a re-export): updated.
            QString problem;
            if (m_request.retryFailedOnly)
                continue;
            if (changedSinceSent(r, row, &problem)) {
                if (capabilities.update.contains(r.kind)) {
                    phases[r.kind].append(&r);
                    ++m_total;
                } else {
                    m_updateProblems << cannotUpdate(r);
                }
            } else if (!problem.isEmpty()) {
                m_updateProblems << problem;
            }
            continue;
        }
        if (!r.skipReason.isEmpty()) {
            if (row.state != QLatin1String("skipped") || row.lastError != r.skipReason)
                land(r, QStringLiteral("skipped"), QString(), r.skipReason);
            continue;
        }
        if (m_request.retryFailedOnly && row.state != QLatin1String("failed") && row.state != QLatin1String("sending"))
            continue;
        phases[r.kind].append(&r);
        ++m_total;
    }

    RequestPump pump(
        m_request.concurrency, [this] { return m_hooks.cancelled() || !m_ledgerError.isEmpty(); }, m_hooks.paused);
    bool stopped = false;
    for (RecordKind kind : LedgerStore::importOrder()) {
        const QList<const PlannedRecord *> records = phases.value(kind);
        if (records.isEmpty())
            continue;
        m_stage = stageTitle(kind);
        progress(true);
        QList<RequestPump::Task> tasks;
        tasks.reserve(records.size());
        for (const PlannedRecord *r : records)
            tasks.append(taskFor(*r));
        if (!pump.run(tasks)) {
            stopped = true;
            break;
        }
    }

    QString worksheet;
    QString worksheetError;
    if (!stopped && m_ledgerError.isEmpty()) {
        m_stage = Tr::tr("Writing the opening-balance worksheet");
        progress(true);
        if (!writeWorksheet(&worksheet, &worksheetError))
            worksheet.clear();
    }

    *counts = ImportLedger::counts(m_db, m_ledger.targetKey());
    m_hooks.counts(*counts);
    const QList<LedgerFailure> failures = ImportLedger::failures(m_db, m_ledger.targetKey());
    qint64 created = 0, failed = 0, skipped = 0, left = 0;
    for (const EntityLedgerCounts &c : std::as_const(*counts)) {
        created += c.created;
        failed += c.failed;
        skipped += c.skipped;
        left += c.pending + c.sending;
    }
    const bool cancelled = stopped && m_ledgerError.isEmpty();
    *summary =
        QJsonObject { { QStringLiteral("dry_run"), false },
                      { QStringLiteral("target_key"), m_ledger.targetKey() },
                      { QStringLiteral("run_id"), m_ledger.runId() },
                      { QStringLiteral("snapshot_id"), m_plan.snapshotId },
                      { QStringLiteral("trial_run"), m_plan.trialRun },
                      { QStringLiteral("retry_failed_only"), m_request.retryFailedOnly },
                      { QStringLiteral("state"),
                        cancelled                     ? QStringLiteral("cancelled")
                            : m_ledgerError.isEmpty() ? QStringLiteral("complete")
                                                      : QStringLiteral("failed") },
                      { QStringLiteral("sent"), m_sent },
                      { QStringLiteral("created"), created },
                      { QStringLiteral("updated"), m_updated },
                      { QStringLiteral("failed"), failed },
                      { QStringLiteral("skipped"), skipped },
                      { QStringLiteral("not_sent"), left },
                      { QStringLiteral("entities"), ImportLedger::toJson(*counts) },
                      { QStringLiteral("failures"), ImportLedger::toJson(failures) },
                      { QStringLiteral("notes"), QJsonArray::fromStringList(m_plan.notes) },
                      { QStringLiteral("problems"), QJsonArray::fromStringList(m_plan.problems + m_updateProblems) },
                      { QStringLiteral("worksheet"), worksheet },
                      { QStringLiteral("trust_cents"), ImportWorksheet::totalTrust(m_plan.worksheet) },
                      { QStringLiteral("receivable_cents"), ImportWorksheet::totalReceivable(m_plan.worksheet) } };
    if (!worksheetError.isEmpty())
        summary->insert(QStringLiteral("worksheet_error"), worksheetError);
    const RateStatus rate = m_connector->rateStatus();
    summary->insert(QStringLiteral("requests"), rate.requestsSent);
    summary->insert(QStringLiteral("rate_limited"), rate.rateLimitedResponses);

    if (!m_ledgerError.isEmpty()) {
        m_ledger.finishRun(QStringLiteral("failed"), *summary);
        *error = Tr::tr("The import ledger cannot be written, so the import stopped: %1").arg(m_ledgerError);
        return Job::Outcome::Failed;
    }
    m_ledger.finishRun(cancelled ? QStringLiteral("cancelled") : QStringLiteral("complete"), *summary);
    QString auditError;
    ProjectStore::appendAudit(m_db, cancelled ? QStringLiteral("import.cancelled") : QStringLiteral("import.finished"),
                              { { QStringLiteral("target"), m_ledger.targetKey() },
                                { QStringLiteral("run"), m_ledger.runId() },
                                { QStringLiteral("created"), created },
                                { QStringLiteral("updated"), m_updated },
                                { QStringLiteral("failed"), failed } },
                              &auditError);
    *sentence = Tr::tr("%n record(s) in the target", nullptr, int(created)) + QStringLiteral(", ")
        + (m_updated > 0 ? Tr::tr("%n updated", nullptr, int(m_updated)) + QStringLiteral(", ") : QString())
        + Tr::tr("%n failed", nullptr, int(failed)) + QStringLiteral(", ") + Tr::tr("%n skipped", nullptr, int(skipped))
        + QLatin1Char('.');
    if (!worksheetError.isEmpty())
        *sentence += QLatin1Char(' ') + Tr::tr("The worksheet could not be written: %1").arg(worksheetError);
    if (cancelled) {
        *error = Tr::tr("The import was cancelled; run it again to continue where it stopped.");
        return Job::Outcome::Cancelled;
    }
    return Job::Outcome::Succeeded;
}

} // namespace

ImportJob::ImportJob(ImportRequest request, QObject *parent)
    : Job(parent)
    , m_request(std::move(request))
    , m_run(std::make_unique<Run>())
{
    qRegisterMetaType<Cutover::EntityLedgerCounts>();
    qRegisterMetaType<QList<Cutover::EntityLedgerCounts>>();
}

ImportJob::~ImportJob() = default;

void ImportJob::setPaused(bool paused)
{
    m_run->paused.store(paused);
}

bool ImportJob::isPaused() const
{
    return m_run->paused.load();
}

DryRunSummary ImportJob::dryRunSummary() const
{
    QMutexLocker lock(&m_run->mutex);
    return m_run->dryRun;
}

QList<EntityLedgerCounts> ImportJob::counts() const
{
    QMutexLocker lock(&m_run->mutex);
    return m_run->counts;
}

QJsonObject ImportJob::runSummary() const
{
    QMutexLocker lock(&m_run->mutex);
    return m_run->summary;
}

Job::Outcome ImportJob::execute()
{
    const QString connection =
        QStringLiteral("cutover-import-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    Outcome outcome = Outcome::Failed;
    QString error;
    {
        QSqlDatabase db = ProjectStore::openConnection(m_request.projectPath, connection, &error);
        if (db.isOpen()) {
            Importer::Hooks hooks;
            hooks.progress = [this](qint64 done, qint64 total, qint64 items, const QString &stage, bool force) {
                reportProgress(done, total, items, stage, force);
            };
            hooks.counts = [this](const QList<EntityLedgerCounts> &counts) {
                {
                    QMutexLocker lock(&m_run->mutex);
                    m_run->counts = counts;
                }
                emit entityCountsChanged(counts);
            };
            hooks.cancelled = [this] {
                return isCancelled();
            };
            hooks.paused = [this] {
                return isPaused();
            };
            Importer importer(m_request, db, hooks);
            DryRunSummary dry;
            QList<EntityLedgerCounts> counts;
            QJsonObject summary;
            QString sentence;
            outcome = importer.run(&error, &dry, &counts, &summary, &sentence);
            {
                QMutexLocker lock(&m_run->mutex);
                m_run->dryRun = dry;
                if (!m_request.dryRun)
                    m_run->counts = counts;
                m_run->summary = summary;
            }
            setSummary(sentence);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (outcome == Outcome::Failed)
        return failWith(error);
    if (outcome == Outcome::Cancelled)
        failWith(error);
    return outcome;
}

} // namespace Cutover
