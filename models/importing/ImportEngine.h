#pragma once

// The import engine's public face: what the Import page and the CLI use.
// (Implementation: ImportLedger.cpp, UserMapping.cpp, ImportJob.cpp, RollbackJob.cpp.)

#include "jobs/Job.h"
#include "targets/TargetConnector.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <functional>
#include <memory>

namespace Cutover {

// Where the import goes. `key()` names the ledger rows of that target, so a
// rehearsal against the sandbox and the real import keep separate ledgers.
struct TargetChoice
{
    enum class Kind { Clio, CsvPackage };
    Kind kind = Kind::Clio;
    QString region; // Clio: "US", "EU", "CA", "AU", or "" for a custom base URL
    QUrl baseUrl; // Clio: the region host (https://app.clio.com) or the sandbox's
    QString outDir; // CSV package: where the package is written

    QString key() const; // "clio:https://app.clio.com" / "csv-package"
    static QUrl regionBaseUrl(const QString &region); // "US" -> https://app.clio.com
};

// Makes the connector an import talks through; the CLI and the page give one
// that builds a ClioConnector with the token from the keychain or the
// environment. Called on the job's thread.
using ConnectorFactory = std::function<std::unique_ptr<TargetConnector>()>;

struct ImportRequest
{
    QString projectPath;
    TargetChoice target;
    ConnectorFactory connector; // Clio only
    bool dryRun = false; // validate, map, count requests, estimate; write nothing anywhere
    bool retryFailedOnly = false; // send only the ledger's failed rows again
    int concurrency = 2;
    // Refuse to start while the close-out gate is closed (CloseOutRecords::importGate).
    bool requireCloseOutGate = true;
};

// Per entity, for the progress table and `cutover-cli ledger`.
struct EntityLedgerCounts
{
    QString entity; // ledger entity key (RecordKinds::key)
    qint64 total = 0; // records planned for this target
    qint64 pending = 0;
    qint64 sending = 0;
    qint64 created = 0;
    qint64 failed = 0;
    qint64 skipped = 0;
    qint64 deleted = 0;
};

struct LedgerFailure
{
    QString entity;
    QString sourceKey;
    QString label; // what the user recognises: client name, matter number, entry date and user
    int attempts = 0;
    QString error; // translated, names the record and the target's reason
};

struct DryRunSummary
{
    QList<EntityLedgerCounts> planned; // `total` per entity, nothing sent
    qint64 requests = 0; // requests the import will make, lookups and updates included
    qint64 updates = 0; // records in the target whose source changed since they were sent
    int rateLimitPerMinute = 0; // as the target reported it just now (0 when unknown)
    qint64 estimatedSeconds = -1;
    QStringList problems; // translated: records that would be refused, and why
    QStringList unmappedUsers; // source users with entries but no target user
};

// A source user and the target user their work goes to.
struct UserMapping
{
    QString sourceKey;
    QString sourceName;
    QString sourceEmail;
    qint64 entries = 0; // time and expense entries of this user to import
    QString targetId; // empty while unmapped
    QString targetName;
    QString targetEmail;
    QString how; // "email", "name", "manual", ""
};

namespace ImportLedger {
// "CUT-1a2b3c4d:matter:2019-0042": written into every record (contact custom
// field, matter client_reference, entry reference, document external property)
// so the record can be found again.
QString reference(const QUuid &projectId, const QString &entity, const QString &sourceKey);
QList<EntityLedgerCounts> counts(const QSqlDatabase &db, const QString &targetKey);
QList<LedgerFailure> failures(const QSqlDatabase &db, const QString &targetKey);
// The target keys that have ledger rows, newest run first.
QStringList targets(const QSqlDatabase &db);
// When the last complete import into the target finished (invalid when none).
QDateTime importFinishedUtc(const QSqlDatabase &db, const QString &targetKey);
// The end of the review window of the last complete import into the target:
// three business days after it finished, in the firm's zone and holiday
// calendar (invalid when nothing was imported). Rollback is refused after it.
QDateTime reviewDeadlineUtc(const QSqlDatabase &db, const QString &targetKey);
// Counts, failures and when the last import finished, read on a connection of
// its own, so a page can read a large ledger off the GUI thread.
struct View
{
    QList<EntityLedgerCounts> counts;
    QList<LedgerFailure> failures;
    QDateTime finishedUtc;
    QDateTime reviewDeadlineUtc;
    QString error;
};
View read(const QString &projectPath, const QString &targetKey);
// The JSON of counts and failures, one spelling for the run summary and the CLI.
QJsonArray toJson(const QList<EntityLedgerCounts> &counts);
QJsonArray toJson(const QList<LedgerFailure> &failures);
} // namespace ImportLedger

namespace UserMappings {
// Source users with their entry counts, each with its saved target user.
QList<UserMapping> load(const QSqlDatabase &db, const QString &targetKey, QString *error);
// Fills unmapped users from the target's users: same e-mail, then same name.
QList<UserMapping> suggest(QList<UserMapping> mappings, const QList<IncomingRecord> &targetUsers);
bool save(QSqlDatabase db, const QString &targetKey, const QList<UserMapping> &mappings, QString *error);
// Source user key -> target user id, for the users mapped so far.
QHash<QString, QString> targetIds(const QSqlDatabase &db, const QString &targetKey, QString *error);
// load + suggest on a connection of its own, so it can run off the GUI thread
// (the entries per user are counted over the whole snapshot).
QList<UserMapping> loadSuggested(const QString &projectPath, const QString &targetKey,
                                 const QList<IncomingRecord> &targetUsers, QString *error);
} // namespace UserMappings

// The import itself (or its dry run) on a worker thread: user mapping checked,
// then contacts, matters, time and expense entries, balances carried forward,
// notes, documents (the close-out reports into "Historical Data"), worksheets.
class ImportJob : public Job
{
    Q_OBJECT

public:
    explicit ImportJob(ImportRequest request, QObject *parent = nullptr);
    ~ImportJob() override;

    // Thread-safe. While paused no new request is sent; those in flight finish.
    void setPaused(bool paused);
    bool isPaused() const;

    DryRunSummary dryRunSummary() const; // valid after a dry run
    QList<EntityLedgerCounts> counts() const; // valid after the run
    // What the run wrote into import_run.summary (counts, failures, problems,
    // worksheet path); valid after the run, dry runs included.
    QJsonObject runSummary() const;

signals:
    // Per entity, at most a few times a second.
    void entityCountsChanged(const QList<Cutover::EntityLedgerCounts> &counts);

protected:
    Outcome execute() override;

private:
    struct Run;
    ImportRequest m_request;
    std::unique_ptr<Run> m_run;
};

// Deletes everything the import created in the target, newest kind first
// (documents, notes, entries, matters, contacts), while the review window is
// open; the ledger rows become 'deleted'.
class RollbackJob : public Job
{
    Q_OBJECT

public:
    explicit RollbackJob(ImportRequest request, QObject *parent = nullptr);
    ~RollbackJob() override;

protected:
    Outcome execute() override;

private:
    ImportRequest m_request;
};

} // namespace Cutover

Q_DECLARE_METATYPE(Cutover::EntityLedgerCounts)
