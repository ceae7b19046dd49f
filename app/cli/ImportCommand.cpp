#include "ImportCommand.h"

#include "TargetOptions.h"
#include "importing/ImportEngine.h"
#include "store/ProjectLock.h"
#include "store/ProjectStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace Cutover::Cli {

using namespace TargetOptions;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Cli::ImportCommand)
};

QString isoUtc(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

void printCounts(QTextStream &out, const QList<EntityLedgerCounts> &counts)
{
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(Tr::tr("Records").leftJustified(26), Tr::tr("Total").rightJustified(7),
                    Tr::tr("Created").rightJustified(8), Tr::tr("Failed").rightJustified(7),
                    Tr::tr("Skipped").rightJustified(8), Tr::tr("Pending").rightJustified(8),
                    Tr::tr("Deleted").rightJustified(8));
    for (const EntityLedgerCounts &c : counts) {
        QString title = c.entity;
        for (RecordKind kind :
             { RecordKind::Contact, RecordKind::Matter, RecordKind::TimeEntry, RecordKind::Expense,
               RecordKind::BalanceForward, RecordKind::Note, RecordKind::Folder, RecordKind::Document }) {
            if (RecordKinds::key(kind) == c.entity)
                title = RecordKinds::title(kind);
        }
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(title.leftJustified(26))
                   .arg(c.total, 7)
                   .arg(c.created, 8)
                   .arg(c.failed, 7)
                   .arg(c.skipped, 8)
                   .arg(c.pending + c.sending, 8)
                   .arg(c.deleted, 8);
    }
}

} // namespace

// --- import ---

ImportCommand::ImportCommand()
    : Command(QStringLiteral("import"),
              tr("Import the project's records into Clio (or write a CSV package): resumable, with a ledger of "
                 "every record."))
{
}

void ImportCommand::describe(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    parser.addOption({ QStringLiteral("target"), tr("clio or csv-package (default clio)."), tr("target") });
    addClioOptions(parser);
    parser.addOption(
        { QStringLiteral("out"), tr("Folder for the CSV package or the opening-balance worksheet."), tr("folder") });
    parser.addOption(
        { QStringLiteral("dry-run"), tr("Check and count everything, estimate the time; send and write nothing.") });
    parser.addOption({ QStringLiteral("retry-failed"), tr("Send only the records that failed before.") });
    parser.addOption({ QStringLiteral("concurrency"), tr("Requests in flight at once (default 2)."), tr("number") });
    parser.addOption({ QStringLiteral("json"), tr("Print JSON.") });
}

int ImportCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(tr("import: give exactly one project file."), UsageError);
    const QString targetName =
        parser.isSet(QStringLiteral("target")) ? parser.value(QStringLiteral("target")) : QStringLiteral("clio");
    ImportRequest request;
    if (targetName == QLatin1String("clio"))
        request.target.kind = TargetChoice::Kind::Clio;
    else if (targetName == QLatin1String("csv-package"))
        request.target.kind = TargetChoice::Kind::CsvPackage;
    else
        return fail(tr("import: --target is clio or csv-package."), UsageError);
    int concurrency = 2;
    if (parser.isSet(QStringLiteral("concurrency"))) {
        bool ok = false;
        concurrency = parser.value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || concurrency < 1 || concurrency > 16)
            return fail(tr("import: --concurrency takes a number from 1 to 16."), UsageError);
    }
    QString error;
    if (request.target.kind == TargetChoice::Kind::Clio) {
        QByteArray token;
        if (!clioAccess(parser, QStringLiteral("import"), &request.target.baseUrl, &token, &error))
            return fail(error);
        request.connector = clioFactory(request.target.baseUrl, token);
    }
    request.target.outDir = parser.value(QStringLiteral("out"));
    request.dryRun = parser.isSet(QStringLiteral("dry-run"));
    request.retryFailedOnly = parser.isSet(QStringLiteral("retry-failed"));
    request.concurrency = concurrency;

    const auto lock = ProjectLock::acquire(positional.constFirst(), &error);
    if (!lock)
        return fail(tr("import: %1").arg(error));
    auto store = ProjectStore::open(positional.constFirst(), &error);
    if (!store)
        return fail(tr("import: %1").arg(error));
    request.projectPath = store->filePath();

    ImportJob job(request);
    showProgress(job);
    const Job::Outcome outcome = job.run();
    endProgress();
    const bool json = parser.isSet(QStringLiteral("json"));
    if (outcome == Job::Outcome::Failed) {
        if (json) {
            printJson({ { QStringLiteral("import"),
                          QJsonObject { { QStringLiteral("outcome"), QStringLiteral("failed") },
                                        { QStringLiteral("error"), job.errorString() } } } });
        }
        return fail(tr("import: %1").arg(job.errorString()));
    }
    QJsonObject summary = job.runSummary();
    summary.insert(QStringLiteral("outcome"),
                   outcome == Job::Outcome::Cancelled ? QStringLiteral("cancelled") : QStringLiteral("succeeded"));
    if (request.dryRun) {
        if (json) {
            printJson({ { QStringLiteral("import"), summary } });
            return Success;
        }
        const DryRunSummary d = job.dryRunSummary();
        out() << tr("Dry run against %1: nothing was sent or written.").arg(request.target.key()) << '\n';
        printCounts(out(), d.planned);
        out() << tr("Requests: %1").arg(d.requests) << '\n';
        out() << tr("Updates: %1 (records changed in the old system since they were imported)").arg(d.updates) << '\n';
        if (d.rateLimitPerMinute > 0)
            out() << tr("Rate limit: %1 per minute").arg(d.rateLimitPerMinute) << '\n';
        if (d.estimatedSeconds >= 0)
            out() << tr("Estimated time: %1 min %2 s").arg(d.estimatedSeconds / 60).arg(d.estimatedSeconds % 60)
                  << '\n';
        for (const QString &u : d.unmappedUsers)
            out() << tr("Not mapped: %1").arg(u) << '\n';
        for (const QString &p : d.problems)
            out() << tr("Problem: %1").arg(p) << '\n';
        return Success;
    }
    const qint64 failed = summary.value(QStringLiteral("failed")).toInteger();
    const qint64 notSent = summary.value(QStringLiteral("not_sent")).toInteger();
    if (json) {
        printJson({ { QStringLiteral("import"), summary } });
    } else {
        out() << tr("Import into %1: %2").arg(request.target.key(), job.summary()) << '\n';
        printCounts(out(), job.counts());
        if (const qint64 updated = summary.value(QStringLiteral("updated")).toInteger(); updated > 0)
            out() << tr("Updated: %1 (records changed in the old system since they were imported)").arg(updated)
                  << '\n';
        // The first failures, so the cause shows; the ledger command lists them all.
        const QJsonArray failures = summary.value(QStringLiteral("failures")).toArray();
        constexpr qsizetype shown = 20;
        for (qsizetype i = 0; i < std::min(failures.size(), shown); ++i) {
            const QJsonObject o = failures.at(i).toObject();
            out() << tr("Failed: %1 %2 (%3): %4")
                         .arg(o.value(QStringLiteral("entity")).toString(),
                              o.value(QStringLiteral("source_key")).toString(),
                              o.value(QStringLiteral("label")).toString(), o.value(QStringLiteral("error")).toString())
                  << '\n';
        }
        if (failures.size() > shown)
            out() << tr("… and %n more failed record(s): cutover-cli ledger lists them all.", nullptr,
                        int(failures.size() - shown))
                  << '\n';
        for (const QJsonValue &p : summary.value(QStringLiteral("problems")).toArray())
            out() << tr("Problem: %1").arg(p.toString()) << '\n';
        if (!summary.value(QStringLiteral("worksheet")).toString().isEmpty())
            out() << tr("Opening-balance worksheet: %1").arg(summary.value(QStringLiteral("worksheet")).toString())
                  << '\n';
    }
    if (outcome == Job::Outcome::Cancelled)
        return fail(tr("import: %1").arg(job.errorString()));
    return failed > 0 || notSent > 0 ? SomeRecordsFailed : Success;
}

// --- users ---

UsersCommand::UsersCommand()
    : Command(QStringLiteral("users"),
              tr("Show or set which Clio user each source user's time goes to (suggested from Clio's users)."))
{
}

void UsersCommand::describe(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    addClioOptions(parser);
    parser.addOption(
        { QStringLiteral("map"), tr("Map a source user to a Clio user id (repeatable)."), tr("source=target") });
    parser.addOption({ QStringLiteral("json"), tr("Print JSON.") });
}

int UsersCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(tr("users: give exactly one project file."), UsageError);
    QHash<QString, QString> manual;
    for (const QString &m : parser.values(QStringLiteral("map"))) {
        const qsizetype eq = m.lastIndexOf(QLatin1Char('='));
        if (eq <= 0 || eq == m.size() - 1)
            return fail(tr("users: --map takes SOURCE=TARGETID, not “%1”.").arg(m), UsageError);
        manual.insert(m.left(eq), m.mid(eq + 1));
    }
    TargetChoice target;
    QByteArray token;
    QString error;
    if (!clioAccess(parser, QStringLiteral("users"), &target.baseUrl, &token, &error))
        return fail(error);
    const auto lock = ProjectLock::acquire(positional.constFirst(), &error);
    if (!lock)
        return fail(tr("users: %1").arg(error));
    auto store = ProjectStore::open(positional.constFirst(), &error);
    if (!store)
        return fail(tr("users: %1").arg(error));
    QList<UserMapping> mappings = UserMappings::load(store->database(), target.key(), &error);
    if (!error.isEmpty())
        return fail(tr("users: %1").arg(error));

    // The target's users.
    std::unique_ptr<TargetConnector> connector = clioFactory(target.baseUrl, token)();
    if (!connector)
        return fail(tr("users: the connection to Clio could not be made."));
    QList<IncomingRecord> targetUsers;
    TargetError listError;
    TargetCalls::listAll(connector.get(), RecordKind::User, {}, &targetUsers, &listError);
    if (listError.kind != TargetError::Kind::None)
        return fail(tr("users: %1").arg(listError.message));

    mappings = UserMappings::suggest(mappings, targetUsers);
    for (auto it = manual.cbegin(); it != manual.cend(); ++it) {
        auto m = std::find_if(mappings.begin(), mappings.end(),
                              [&](const UserMapping &u) { return u.sourceKey == it.key(); });
        if (m == mappings.end())
            return fail(tr("users: there is no source user “%1”.").arg(it.key()), UsageError);
        auto t = std::find_if(targetUsers.cbegin(), targetUsers.cend(),
                              [&](const IncomingRecord &u) { return u.id == it.value(); });
        if (t == targetUsers.cend())
            return fail(tr("users: Clio has no user with id “%1”.").arg(it.value()), UsageError);
        m->targetId = t->id;
        m->targetName = t->fields.value(QStringLiteral("name")).toString();
        m->targetEmail = t->fields.value(QStringLiteral("email")).toString();
        m->how = QStringLiteral("manual");
    }
    if (!UserMappings::save(store->database(), target.key(), mappings, &error))
        return fail(tr("users: %1").arg(error));

    qint64 missing = 0;
    for (const UserMapping &m : std::as_const(mappings))
        missing += m.entries > 0 && m.targetId.isEmpty() ? 1 : 0;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray users;
        for (const UserMapping &m : std::as_const(mappings)) {
            users.append(QJsonObject { { QStringLiteral("source_key"), m.sourceKey },
                                       { QStringLiteral("name"), m.sourceName },
                                       { QStringLiteral("email"), m.sourceEmail },
                                       { QStringLiteral("entries"), m.entries },
                                       { QStringLiteral("target_id"), m.targetId },
                                       { QStringLiteral("target_name"), m.targetName },
                                       { QStringLiteral("target_email"), m.targetEmail },
                                       { QStringLiteral("how"), m.how } });
        }
        QJsonArray available;
        for (const IncomingRecord &u : std::as_const(targetUsers)) {
            available.append(
                QJsonObject { { QStringLiteral("id"), u.id },
                              { QStringLiteral("name"), u.fields.value(QStringLiteral("name")).toString() },
                              { QStringLiteral("email"), u.fields.value(QStringLiteral("email")).toString() } });
        }
        printJson({ { QStringLiteral("users"), users },
                    { QStringLiteral("target_users"), available },
                    { QStringLiteral("unmapped_with_entries"), missing } });
        return Success;
    }
    for (const UserMapping &m : std::as_const(mappings)) {
        out() << QStringLiteral("%1 %2 %3 -> %4\n")
                     .arg(m.sourceKey.leftJustified(12),
                          (m.sourceName + QStringLiteral(" <") + m.sourceEmail + QStringLiteral(">")).leftJustified(36),
                          tr("%n entry(s)", nullptr, int(m.entries)).leftJustified(12),
                          m.targetId.isEmpty() ? tr("(not mapped)")
                                               : QStringLiteral("%1 %2 (%3)").arg(m.targetId, m.targetName, m.how));
    }
    if (missing > 0)
        out() << tr("%n user(s) with entries to import have no Clio user yet; map them with --map SOURCE=ID.", nullptr,
                    int(missing))
              << '\n';
    return Success;
}

// --- ledger ---

LedgerCommand::LedgerCommand()
    : Command(QStringLiteral("ledger"), tr("Show the import ledger: records per kind and state, and the failures."))
{
}

void LedgerCommand::describe(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    parser.addOption({ QStringLiteral("target-key"), tr("Which target's ledger (the newest by default)."), tr("key") });
    parser.addOption({ QStringLiteral("json"), tr("Print JSON.") });
}

int LedgerCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(tr("ledger: give exactly one project file."), UsageError);
    QString error;
    auto store = ProjectStore::open(positional.constFirst(), &error, ProjectStore::OpenMode::ReadOnly);
    if (!store)
        return fail(tr("ledger: %1").arg(error));
    const QSqlDatabase db = store->database();
    const QStringList targets = ImportLedger::targets(db);
    QString key = parser.value(QStringLiteral("target-key"));
    if (key.isEmpty() && !targets.isEmpty())
        key = targets.constFirst();
    if (!key.isEmpty() && !targets.contains(key))
        return fail(tr("ledger: there is no ledger for “%1”; the project has: %2")
                        .arg(key, targets.isEmpty() ? tr("none") : targets.join(QStringLiteral(", "))),
                    UsageError);
    const QList<EntityLedgerCounts> counts =
        key.isEmpty() ? QList<EntityLedgerCounts>() : ImportLedger::counts(db, key);
    const QList<LedgerFailure> failures = key.isEmpty() ? QList<LedgerFailure>() : ImportLedger::failures(db, key);
    const QDateTime finished = key.isEmpty() ? QDateTime() : ImportLedger::importFinishedUtc(db, key);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({ { QStringLiteral("ledger"),
                      QJsonObject { { QStringLiteral("target_key"), key },
                                    { QStringLiteral("targets"), QJsonArray::fromStringList(targets) },
                                    { QStringLiteral("import_finished_utc"),
                                      finished.isValid() ? QJsonValue(isoUtc(finished)) : QJsonValue() },
                                    { QStringLiteral("entities"), ImportLedger::toJson(counts) },
                                    { QStringLiteral("failures"), ImportLedger::toJson(failures) } } } });
        return Success;
    }
    if (key.isEmpty()) {
        out() << tr("Nothing has been imported from this project yet.") << '\n';
        return Success;
    }
    out() << tr("Ledger of %1").arg(key) << '\n';
    if (finished.isValid())
        out() << tr("Last import finished %1 UTC").arg(finished.toString(QStringLiteral("yyyy-MM-dd HH:mm"))) << '\n';
    printCounts(out(), counts);
    for (const LedgerFailure &f : failures)
        out() << tr("Failed: %1 %2 (%3), %n attempt(s): %4", nullptr, f.attempts)
                     .arg(f.entity, f.sourceKey, f.label, f.error)
              << '\n';
    return Success;
}

// --- rollback ---

RollbackCommand::RollbackCommand()
    : Command(QStringLiteral("rollback"),
              tr("Delete everything the import created in Clio, while the review window is open."))
{
}

void RollbackCommand::describe(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    addClioOptions(parser);
    parser.addOption({ QStringLiteral("json"), tr("Print JSON.") });
}

int RollbackCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(tr("rollback: give exactly one project file."), UsageError);
    ImportRequest request;
    QByteArray token;
    QString error;
    if (!clioAccess(parser, QStringLiteral("rollback"), &request.target.baseUrl, &token, &error))
        return fail(error);
    request.connector = clioFactory(request.target.baseUrl, token);
    const auto lock = ProjectLock::acquire(positional.constFirst(), &error);
    if (!lock)
        return fail(tr("rollback: %1").arg(error));
    auto store = ProjectStore::open(positional.constFirst(), &error);
    if (!store)
        return fail(tr("rollback: %1").arg(error));
    request.projectPath = store->filePath();
    RollbackJob job(request);
    showProgress(job);
    const Job::Outcome outcome = job.run();
    endProgress();
    const QList<EntityLedgerCounts> counts = ImportLedger::counts(store->database(), request.target.key());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({ { QStringLiteral("rollback"),
                      QJsonObject { { QStringLiteral("target_key"), request.target.key() },
                                    { QStringLiteral("outcome"),
                                      outcome == Job::Outcome::Succeeded       ? QStringLiteral("succeeded")
                                          : outcome == Job::Outcome::Cancelled ? QStringLiteral("cancelled")
                                                                               : QStringLiteral("failed") },
                                    { QStringLiteral("summary"), job.summary() },
                                    { QStringLiteral("error"), job.errorString() },
                                    { QStringLiteral("entities"), ImportLedger::toJson(counts) } } } });
    } else if (outcome == Job::Outcome::Succeeded) {
        out() << tr("Rollback of %1: %2").arg(request.target.key(), job.summary()) << '\n';
        printCounts(out(), counts);
    }
    if (outcome != Job::Outcome::Succeeded)
        return fail(tr("rollback: %1").arg(job.errorString()));
    return Success;
}

} // namespace Cutover::Cli
