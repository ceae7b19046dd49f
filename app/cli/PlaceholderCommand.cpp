#include "PlaceholderCommand.h"

#include "ImportCommand.h"
#include "TargetOptions.h"
#include "placeholder/InterimTime.h"
#include "placeholder/Placeholder.h"
#include "store/ProjectLock.h"
#include "store/ProjectStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace Cutover::Cli {

using namespace TargetOptions;

namespace {

const QStringList kActions = { QStringLiteral("create"), QStringLiteral("templates"), QStringLiteral("load"),
                               QStringLiteral("upload"), QStringLiteral("suggest"),   QStringLiteral("reassign") };

QString outcomeKey(Job::Outcome outcome)
{
    switch (outcome) {
    case Job::Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case Job::Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Job::Outcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QString hours(qint64 seconds)
{
    return QString::number(double(seconds) / 3600.0, 'f', 2);
}

QString decisionKey(Reassignment::Decision d)
{
    switch (d) {
    case Reassignment::Decision::Accept:
        return QStringLiteral("accept");
    case Reassignment::Decision::Skip:
        return QStringLiteral("skip");
    case Reassignment::Decision::Undecided:
        break;
    }
    return QStringLiteral("undecided");
}

QJsonObject toJson(const Reassignment &r)
{
    return { { QStringLiteral("activity_id"), r.activityId },
             { QStringLiteral("date"), r.date.toString(Qt::ISODate) },
             { QStringLiteral("user_id"), r.userId },
             { QStringLiteral("user"), r.userName },
             { QStringLiteral("seconds"), r.seconds },
             { QStringLiteral("total_cents"), r.totalCents },
             { QStringLiteral("note"), r.note },
             { QStringLiteral("billed"), r.billed },
             { QStringLiteral("suggested_matter_id"), r.suggestion.matterId },
             { QStringLiteral("suggested_matter"), r.suggestedMatterLabel },
             { QStringLiteral("confidence"), r.suggestion.confidence },
             { QStringLiteral("reason"), r.suggestion.reason },
             { QStringLiteral("chosen_matter_id"), r.chosenMatterId },
             { QStringLiteral("chosen_matter"), r.chosenMatterLabel },
             { QStringLiteral("decision"), decisionKey(r.decision) },
             { QStringLiteral("state"), r.state },
             { QStringLiteral("attempts"), r.attempts },
             { QStringLiteral("error"), r.lastError } };
}

QString shortened(const QString &text, int width)
{
    QString t = text.simplified();
    if (t.size() > width)
        t = t.left(width - 1) + QChar(0x2026);
    return t;
}

// "80", "80%" or "0.8" -> 80; -1 when it is none of these.
int parseConfidence(const QString &text)
{
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    bool ok = false;
    const double value = t.toDouble(&ok);
    if (!ok || value < 0)
        return -1;
    const double percent = value <= 1.0 && t.contains(QLatin1Char('.')) ? value * 100.0 : value;
    if (percent > 100.0)
        return -1;
    return int(percent + 0.5);
}

} // namespace

PlaceholderCommand::PlaceholderCommand()
    : Command(QStringLiteral("placeholder"),
              tr("The interim period: the placeholder matter, time-tracking templates, interim entries, and moving "
                 "them to the right matters."))
{
}

void PlaceholderCommand::describe(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    parser.addPositionalArgument(QStringLiteral("action"), tr("create, templates, load, upload, suggest or reassign."));
    parser.addPositionalArgument(QStringLiteral("files"), tr("load: the filled templates (CSV or XLSX)."),
                                 QStringLiteral("[FILE...]"));
    addClioOptions(parser);
    parser.addOption({ QStringLiteral("out"), tr("templates: the folder to write them into."), tr("folder") });
    parser.addOption({ QStringLiteral("format"), tr("templates: xlsx, csv or both (default both)."), tr("format") });
    parser.addOption({ QStringLiteral("per-user"), tr("templates: one workbook per user, the user filled in.") });
    parser.addOption({ QStringLiteral("client-name"),
                       tr("create: the firm contact's name (default: the firm's name, marked as the migration's)."),
                       tr("name") });
    parser.addOption(
        { QStringLiteral("matter-name"), tr("create: the placeholder matter's description."), tr("text") });
    parser.addOption(
        { QStringLiteral("accept-above"),
          tr("reassign: accept every undecided suggestion at or above this confidence (80, 80% or 0.8) first."),
          tr("confidence") });
    parser.addOption({ QStringLiteral("concurrency"), tr("Requests in flight at once (default 2)."), tr("number") });
    parser.addOption({ QStringLiteral("json"), tr("Print JSON.") });
}

int PlaceholderCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return fail(tr("placeholder: give a project file and an action (%1).").arg(kActions.join(QStringLiteral(", "))),
                    UsageError);
    const QString project = positional.at(0);
    const QString action = positional.at(1);
    if (!kActions.contains(action))
        return fail(
            tr("placeholder: “%1” is not an action; use one of %2.").arg(action, kActions.join(QStringLiteral(", "))),
            UsageError);
    const QStringList files = positional.mid(2);
    if (action == QLatin1String("load")) {
        if (files.isEmpty())
            return fail(tr("placeholder load: give the filled templates to load."), UsageError);
    } else if (!files.isEmpty()) {
        return fail(tr("placeholder %1: unexpected argument “%2”.").arg(action, files.constFirst()), UsageError);
    }
    if (parser.isSet(QStringLiteral("concurrency"))) {
        bool ok = false;
        const int concurrency = parser.value(QStringLiteral("concurrency")).toInt(&ok);
        if (!ok || concurrency < 1 || concurrency > 16)
            return fail(tr("placeholder: --concurrency takes a number from 1 to 16."), UsageError);
    }
    if (parser.isSet(QStringLiteral("accept-above")) && action != QLatin1String("reassign"))
        return fail(tr("placeholder: --accept-above goes with reassign."), UsageError);
    if (action == QLatin1String("create"))
        return create(parser, project);
    if (action == QLatin1String("templates"))
        return templates(parser, project);
    if (action == QLatin1String("load"))
        return load(parser, project, files);
    if (action == QLatin1String("upload"))
        return upload(parser, project);
    if (action == QLatin1String("suggest"))
        return suggest(parser, project);
    return reassign(parser, project);
}

namespace {

// The project locked and opened (migrated to the current schema) for an
// action; with the Clio request when the action talks to Clio.
struct Session
{
    std::unique_ptr<ProjectLock> lock;
    std::unique_ptr<ProjectStore> store;
    PlaceholderRequest request;
};

// Empty error: ready. Otherwise the message (never the token).
QString open(const QCommandLineParser &parser, const QString &project, const QString &command, bool clio,
             Session *session)
{
    QString error;
    if (clio) {
        session->request.target.kind = TargetChoice::Kind::Clio;
        QByteArray token;
        if (!clioAccess(parser, command, &session->request.target.baseUrl, &token, &error))
            return error;
        session->request.connector = clioFactory(session->request.target.baseUrl, token);
        if (parser.isSet(QStringLiteral("concurrency")))
            session->request.concurrency = parser.value(QStringLiteral("concurrency")).toInt();
    }
    session->lock = ProjectLock::acquire(project, &error);
    if (!session->lock)
        return PlaceholderCommand::tr("%1: %2").arg(command, error);
    session->store = ProjectStore::open(project, &error);
    if (!session->store)
        return PlaceholderCommand::tr("%1: %2").arg(command, error);
    session->request.projectPath = session->store->filePath();
    return {};
}

// Runs a job with progress on a terminal.
Job::Outcome runJob(Job &job)
{
    showProgress(job);
    const Job::Outcome outcome = job.run();
    endProgress();
    return outcome;
}

} // namespace

int PlaceholderCommand::create(const QCommandLineParser &parser, const QString &project)
{
    const QString command = QStringLiteral("placeholder create");
    Session session;
    if (const QString error = open(parser, project, command, true, &session); !error.isEmpty())
        return fail(error);
    session.request.clientName = parser.value(QStringLiteral("client-name")).trimmed();
    session.request.matterDescription = parser.value(QStringLiteral("matter-name")).trimmed();
    PlaceholderCreateJob job(session.request);
    const Job::Outcome outcome = runJob(job);
    const PlaceholderInfo info = job.info();
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({ { QStringLiteral("placeholder"),
                      QJsonObject { { QStringLiteral("outcome"), outcomeKey(outcome) },
                                    { QStringLiteral("target_key"), session.request.target.key() },
                                    { QStringLiteral("client_name"), info.clientName },
                                    { QStringLiteral("client_id"), info.clientId },
                                    { QStringLiteral("matter_description"), info.matterDescription },
                                    { QStringLiteral("matter_id"), info.matterId },
                                    { QStringLiteral("display_number"), info.displayNumber },
                                    { QStringLiteral("error"), job.errorString() } } } });
    }
    if (outcome != Job::Outcome::Succeeded)
        return fail(tr("%1: %2").arg(command, job.errorString()));
    if (!parser.isSet(QStringLiteral("json"))) {
        out() << job.summary() << '\n';
        out() << tr("Client: %1 (id %2)").arg(info.clientName, info.clientId) << '\n';
        out()
            << tr("Matter: %1 %2 (id %3), not billable").arg(info.displayNumber, info.matterDescription, info.matterId)
            << '\n';
    }
    return Success;
}

int PlaceholderCommand::templates(const QCommandLineParser &parser, const QString &project)
{
    const QString command = QStringLiteral("placeholder templates");
    const QString outDir = parser.value(QStringLiteral("out"));
    if (outDir.isEmpty())
        return fail(tr("%1: give the folder to write into with --out.").arg(command), UsageError);
    TemplateOptions options;
    options.outDir = outDir;
    options.perUser = parser.isSet(QStringLiteral("per-user"));
    const QString format =
        parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : QStringLiteral("both");
    if (format == QLatin1String("xlsx"))
        options.csv = false;
    else if (format == QLatin1String("csv"))
        options.xlsx = false;
    else if (format != QLatin1String("both"))
        return fail(tr("%1: --format is xlsx, csv or both.").arg(command), UsageError);
    QString error;
    auto store = ProjectStore::open(project, &error, ProjectStore::OpenMode::ReadOnly);
    if (!store)
        return fail(tr("%1: %2").arg(command, error));
    const TemplateLists lists = TimeTemplates::lists(store->database(), &error);
    if (!error.isEmpty())
        return fail(tr("%1: %2").arg(command, error));
    if (!QDir().mkpath(outDir))
        return fail(tr("%1: the folder “%2” cannot be made.").arg(command, QDir::toNativeSeparators(outDir)));
    const QStringList written = TimeTemplates::write(lists, options, store->settings().firmName, &error);
    if (written.isEmpty())
        return fail(tr("%1: %2").arg(command, error));
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({ { QStringLiteral("templates"),
                      QJsonObject { { QStringLiteral("files"), QJsonArray::fromStringList(written) },
                                    { QStringLiteral("users"), lists.users.size() },
                                    { QStringLiteral("clients"), lists.clients.size() },
                                    { QStringLiteral("matters"), lists.matters.size() },
                                    { QStringLiteral("first_date"), lists.firstDate.toString(Qt::ISODate) } } } });
        return Success;
    }
    out() << tr("Templates for %1 users, %2 clients and %3 matters:")
                 .arg(lists.users.size())
                 .arg(lists.clients.size())
                 .arg(lists.matters.size())
          << '\n';
    for (const QString &f : written)
        out() << "  " << QDir::toNativeSeparators(f) << '\n';
    return Success;
}

int PlaceholderCommand::load(const QCommandLineParser &parser, const QString &project, const QStringList &files)
{
    const QString command = QStringLiteral("placeholder load");
    for (const QString &f : files) {
        if (!QFileInfo(f).isFile())
            return fail(tr("%1: there is no file “%2”.").arg(command, QDir::toNativeSeparators(f)), UsageError);
    }
    Session session;
    if (const QString error = open(parser, project, command, false, &session); !error.isEmpty())
        return fail(error);
    InterimLoadJob job(session.request.projectPath, files);
    const Job::Outcome outcome = runJob(job);
    const InterimLoadSummary s = job.loadSummary();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray issues;
        for (const InterimIssue &i : s.issues) {
            issues.append(QJsonObject {
                { QStringLiteral("file"), i.fileName },
                { QStringLiteral("row"), i.row },
                { QStringLiteral("column"), i.column },
                { QStringLiteral("severity"), i.error ? QStringLiteral("error") : QStringLiteral("warning") },
                { QStringLiteral("message"), i.message } });
        }
        printJson({ { QStringLiteral("load"),
                      QJsonObject { { QStringLiteral("outcome"), outcomeKey(outcome) },
                                    { QStringLiteral("files"), s.files },
                                    { QStringLiteral("rows"), s.rows },
                                    { QStringLiteral("added"), s.added },
                                    { QStringLiteral("already_loaded"), s.alreadyLoaded },
                                    { QStringLiteral("rejected"), s.rejected },
                                    { QStringLiteral("issues"), issues },
                                    { QStringLiteral("error"), job.errorString() } } } });
    }
    if (outcome != Job::Outcome::Succeeded)
        return fail(tr("%1: %2").arg(command, job.errorString()));
    if (!parser.isSet(QStringLiteral("json"))) {
        out() << job.summary() << '\n';
        for (const InterimIssue &i : s.issues) {
            out() << (i.error ? tr("Refused: %1, row %2, column %3: %4") : tr("Warning: %1, row %2, column %3: %4"))
                         .arg(i.fileName)
                         .arg(i.row)
                         .arg(i.column)
                         .arg(i.message)
                  << '\n';
        }
    }
    return s.rejected > 0 ? SomeRecordsFailed : Success;
}

int PlaceholderCommand::upload(const QCommandLineParser &parser, const QString &project)
{
    const QString command = QStringLiteral("placeholder upload");
    Session session;
    if (const QString error = open(parser, project, command, true, &session); !error.isEmpty())
        return fail(error);
    InterimUploadJob job(session.request);
    const Job::Outcome outcome = runJob(job);
    const InterimUploadSummary s = job.uploadSummary();
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({ { QStringLiteral("upload"),
                      QJsonObject { { QStringLiteral("outcome"), outcomeKey(outcome) },
                                    { QStringLiteral("target_key"), session.request.target.key() },
                                    { QStringLiteral("to_matter"), s.toMatter },
                                    { QStringLiteral("to_placeholder"), s.toPlaceholder },
                                    { QStringLiteral("already_sent"), s.alreadySent },
                                    { QStringLiteral("failed"), s.failed },
                                    { QStringLiteral("failures"), ImportLedger::toJson(s.failures) },
                                    { QStringLiteral("error"), job.errorString() } } } });
    }
    if (outcome != Job::Outcome::Succeeded)
        return fail(tr("%1: %2").arg(command, job.errorString()));
    if (!parser.isSet(QStringLiteral("json"))) {
        out() << job.summary() << '\n';
        for (const LedgerFailure &f : s.failures)
            out() << tr("Failed: %1 (%2): %3").arg(f.sourceKey, f.label, f.error) << '\n';
    }
    return s.failed > 0 ? SomeRecordsFailed : Success;
}

int PlaceholderCommand::suggest(const QCommandLineParser &parser, const QString &project)
{
    const QString command = QStringLiteral("placeholder suggest");
    Session session;
    if (const QString error = open(parser, project, command, true, &session); !error.isEmpty())
        return fail(error);
    ReassignListJob job(session.request);
    const Job::Outcome outcome = runJob(job);
    if (outcome != Job::Outcome::Succeeded)
        return fail(tr("%1: %2").arg(command, job.errorString()));
    QString error;
    const QList<Reassignment> rows =
        Reassignments::load(session.store->database(), session.request.target.key(), &error);
    if (!error.isEmpty())
        return fail(tr("%1: %2").arg(command, error));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Reassignment &r : rows)
            list.append(toJson(r));
        printJson({ { QStringLiteral("suggest"),
                      QJsonObject { { QStringLiteral("target_key"), session.request.target.key() },
                                    { QStringLiteral("entries"), list } } } });
        return Success;
    }
    out() << job.summary() << '\n';
    for (const Reassignment &r : rows) {
        if (r.state == QLatin1String("gone"))
            continue;
        out() << QStringLiteral("%1 %2 %3 %4h  %5\n      -> %6 (%7%, %8)%9\n")
                     .arg(r.activityId.leftJustified(8), r.date.toString(Qt::ISODate),
                          shortened(r.userName, 18).leftJustified(18), hours(r.seconds).rightJustified(6),
                          shortened(r.note, 48),
                          r.suggestion.matterId.isEmpty() ? tr("no suggestion") : r.suggestedMatterLabel)
                     .arg(r.suggestion.confidence)
                     .arg(r.suggestion.reason,
                          r.billed                                ? tr(" — billed in Clio: it cannot be moved")
                              : r.state == QLatin1String("moved") ? tr(" — moved")
                                                                  : QString());
    }
    return Success;
}

int PlaceholderCommand::reassign(const QCommandLineParser &parser, const QString &project)
{
    const QString command = QStringLiteral("placeholder reassign");
    int threshold = -1;
    if (parser.isSet(QStringLiteral("accept-above"))) {
        threshold = parseConfidence(parser.value(QStringLiteral("accept-above")));
        if (threshold < 0)
            return fail(tr("%1: --accept-above takes a confidence from 0 to 100 (80, 80% or 0.8), not “%2”.")
                            .arg(command, parser.value(QStringLiteral("accept-above"))),
                        UsageError);
    }
    Session session;
    if (const QString error = open(parser, project, command, true, &session); !error.isEmpty())
        return fail(error);
    const QString key = session.request.target.key();
    QString error;
    QList<Reassignment> rows = Reassignments::load(session.store->database(), key, &error);
    if (!error.isEmpty())
        return fail(tr("%1: %2").arg(command, error));
    if (rows.isEmpty())
        return fail(tr("%1: no entries on the placeholder have been listed yet; run “placeholder suggest” first.")
                        .arg(command));
    qint64 accepted = 0;
    if (threshold >= 0) {
        accepted = Reassignments::acceptAbove(session.store->database(), key, threshold, &error);
        if (accepted < 0)
            return fail(tr("%1: %2").arg(command, error));
    }
    ReassignMoveJob job(session.request);
    const Job::Outcome outcome = runJob(job);
    const ReassignMoveSummary s = job.moveSummary();
    rows = Reassignments::load(session.store->database(), key, &error);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Reassignment &r : std::as_const(rows))
            list.append(toJson(r));
        printJson({ { QStringLiteral("reassign"),
                      QJsonObject { { QStringLiteral("outcome"), outcomeKey(outcome) },
                                    { QStringLiteral("target_key"), key },
                                    { QStringLiteral("accepted_now"), accepted },
                                    { QStringLiteral("moved"), s.moved },
                                    { QStringLiteral("already_moved"), s.alreadyMoved },
                                    { QStringLiteral("refused"), s.refused },
                                    { QStringLiteral("failed"), s.failed },
                                    { QStringLiteral("entries"), list },
                                    { QStringLiteral("error"), job.errorString() } } } });
    }
    if (outcome != Job::Outcome::Succeeded)
        return fail(tr("%1: %2").arg(command, job.errorString()));
    if (!parser.isSet(QStringLiteral("json"))) {
        if (threshold >= 0)
            out() << tr("Accepted %n suggestion(s) at or above %1%.", nullptr, int(accepted)).arg(threshold) << '\n';
        out() << job.summary() << '\n';
        for (const Reassignment &r : std::as_const(rows)) {
            if (r.state == QLatin1String("refused") || r.state == QLatin1String("failed"))
                out() << (r.state == QLatin1String("refused") ? tr("Refused: entry %1 (%2, %3): %4")
                                                              : tr("Failed: entry %1 (%2, %3): %4"))
                             .arg(r.activityId, r.date.toString(Qt::ISODate), shortened(r.note, 40), r.lastError)
                      << '\n';
        }
    }
    // Refused (billed) entries found by the listing count as well as those
    // refused now: either way they stay on the placeholder.
    const bool left = std::any_of(rows.cbegin(), rows.cend(), [](const Reassignment &r) {
        return r.state == QLatin1String("refused") || r.state == QLatin1String("failed");
    });
    return left || s.refused > 0 || s.failed > 0 ? SomeRecordsFailed : Success;
}

} // namespace Cutover::Cli
