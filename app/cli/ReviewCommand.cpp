#include "ReviewCommand.h"

#include "ReviewPdf.h"
#include "TargetOptions.h"
#include "review/Reconciliation.h"
#include "review/ReviewJson.h"
#include "review/ReviewReport.h"
#include "review/ReviewState.h"
#include "store/ProjectLock.h"
#include "store/ProjectStore.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimeZone>

namespace Cutover::Cli {

using namespace TargetOptions;

namespace {

const QString kDefaultBaseUrl = QStringLiteral("https://app.clio.com");

QString cents(qint64 value)
{
    return Reconciler::formatCents(value);
}

QString hm(qint64 seconds)
{
    return ReviewReport::formatDuration(seconds);
}

QString entityTitle(const QString &key)
{
    return ReviewReport::entityTitle(key);
}

QString clockStateKey(ReviewClock::State s)
{
    switch (s) {
    case ReviewClock::State::NoImport:
        return QStringLiteral("no_import");
    case ReviewClock::State::Open:
        return QStringLiteral("open");
    case ReviewClock::State::LastDay:
        return QStringLiteral("last_day");
    case ReviewClock::State::Closed:
        return QStringLiteral("closed");
    case ReviewClock::State::SignedOff:
        break;
    }
    return QStringLiteral("signed_off");
}

// One money figure: source, target and, when they differ, the difference.
QString moneyLine(const QString &title, const QString &source, const QString &target, const QString &delta,
                  bool differs)
{
    QString line =
        QStringLiteral("  %1 %2 %3").arg(title.leftJustified(26), source.rightJustified(14), target.rightJustified(14));
    if (differs)
        line += QLatin1Char(' ') + delta.rightJustified(12);
    return line + QLatin1Char('\n');
}

} // namespace

ReviewCommand::ReviewCommand()
    : Command(QStringLiteral("review"),
              tr("Reconcile the target with the source to the cent, draw spot checks, write the review report."))
{
}

bool ReviewCommand::needsGui(const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.constFirst() != QLatin1String("review"))
        return false;
    for (const QString &a : arguments) {
        if (a == QLatin1String("--report") || a.startsWith(QLatin1String("--report=")))
            return true;
    }
    return false;
}

void ReviewCommand::describe(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file."));
    addClioOptions(parser);
    parser.addOption(
        { QStringLiteral("package"), tr("Review a CSV import package in this folder instead of Clio."), tr("folder") });
    parser.addOption(
        { QStringLiteral("offline"), tr("Do not read the target again: compare against its newest reading.") });
    parser.addOption({ QStringLiteral("report"), tr("Write the review report as PDF."), tr("file.pdf") });
    parser.addOption({ QStringLiteral("csv"), tr("Write the review report as CSV."), tr("file") });
    parser.addOption({ QStringLiteral("corrections"),
                       tr("Write the correction list (CSV): flagged checks and differences."), tr("file") });
    parser.addOption({ QStringLiteral("sample"), tr("Draw a new spot-check sample of this many records per entity."),
                       tr("number") });
    parser.addOption({ QStringLiteral("seed"),
                       tr("The sample's seed (default: a random one, printed so the draw can be repeated)."),
                       tr("number") });
    parser.addOption({ QStringLiteral("json"), tr("Print JSON.") });
}

int ReviewCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(tr("review: give exactly one project file."), UsageError);
    const bool offline = parser.isSet(QStringLiteral("offline"));
    const bool json = parser.isSet(QStringLiteral("json"));

    TargetReadRequest read;
    QString error;
    if (parser.isSet(QStringLiteral("package"))) {
        if (parser.isSet(QStringLiteral("base-url")))
            return fail(tr("review: give either --package or --base-url, not both."), UsageError);
        read.target.kind = TargetChoice::Kind::CsvPackage;
        read.target.outDir = parser.value(QStringLiteral("package"));
    } else if (offline) {
        // No token needed: nothing is read from Clio, only the target's key.
        read.target.kind = TargetChoice::Kind::Clio;
        read.target.baseUrl =
            QUrl(parser.isSet(QStringLiteral("base-url")) ? parser.value(QStringLiteral("base-url")) : kDefaultBaseUrl);
    } else {
        read.target.kind = TargetChoice::Kind::Clio;
        QByteArray token;
        if (!clioAccess(parser, QStringLiteral("review"), &read.target.baseUrl, &token, &error))
            return fail(error);
        read.connector = clioFactory(read.target.baseUrl, token);
    }
    const QString targetKey = read.target.key();

    int perEntity = 0;
    quint64 seed = 0;
    const bool drawSample = parser.isSet(QStringLiteral("sample"));
    if (drawSample) {
        bool ok = false;
        perEntity = parser.value(QStringLiteral("sample")).toInt(&ok);
        if (!ok || perEntity < 1 || perEntity > 1000)
            return fail(tr("review: --sample takes a number from 1 to 1000."), UsageError);
        if (parser.isSet(QStringLiteral("seed"))) {
            seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
            if (!ok)
                return fail(tr("review: --seed takes a whole number."), UsageError);
        } else {
            seed = QRandomGenerator::system()->bounded(1u, 1000000000u);
        }
    } else if (parser.isSet(QStringLiteral("seed"))) {
        return fail(tr("review: --seed goes with --sample."), UsageError);
    }
    const QString reportPath = parser.value(QStringLiteral("report"));
    if (!reportPath.isEmpty() && !qobject_cast<QApplication *>(QCoreApplication::instance()))
        return fail(tr("review: the PDF report cannot be drawn without a graphical application object."));

    const auto lock = ProjectLock::acquire(positional.constFirst(), &error);
    if (!lock)
        return fail(tr("review: %1").arg(error));
    auto store = ProjectStore::open(positional.constFirst(), &error);
    if (!store)
        return fail(tr("review: %1").arg(error));
    read.projectPath = store->filePath();

    if (!offline) {
        TargetReadJob job(read);
        showProgress(job);
        const Job::Outcome outcome = job.run();
        endProgress();
        if (outcome != Job::Outcome::Succeeded)
            return fail(tr("review: reading %1: %2").arg(targetKey, job.errorString()));
    }
    if (drawSample && !SpotChecks::draw(store->database(), targetKey, perEntity, seed, &error))
        return fail(tr("review: %1").arg(error));

    ReviewReportData data;
    if (!ReviewReport::gather(store->database(), targetKey, QDateTime::currentDateTimeUtc(), &data, &error))
        return fail(tr("review: %1").arg(error));
    const Reconciliation &r = data.reconciliation;

    QJsonObject files;
    if (!reportPath.isEmpty()) {
        if (!ReviewPdf::write(data, reportPath, &error))
            return fail(tr("review: %1").arg(error));
        files.insert(QStringLiteral("report"), reportPath);
    }
    if (parser.isSet(QStringLiteral("csv"))) {
        const QString csv = parser.value(QStringLiteral("csv"));
        if (!ReviewReport::writeCsv(data, csv, &error))
            return fail(tr("review: %1").arg(error));
        files.insert(QStringLiteral("csv"), csv);
    }
    if (parser.isSet(QStringLiteral("corrections"))) {
        const QString corrections = parser.value(QStringLiteral("corrections"));
        if (!ReviewReport::writeCorrections(data, corrections, &error))
            return fail(tr("review: %1").arg(error));
        files.insert(QStringLiteral("corrections"), corrections);
    }
    const int code = r.reconciles() ? Success : Differences;

    if (json) {
        QJsonArray counts, clients, matters, users, differences, checks;
        for (const ReviewCount &c : r.counts) {
            counts.append(ReviewJson::count(c));
        }
        for (const ReviewMoneyLine &m : r.clients)
            clients.append(ReviewJson::money(m));
        for (const ReviewMoneyLine &m : r.matters)
            matters.append(ReviewJson::money(m));
        for (const ReviewUserHours &u : r.users) {
            users.append(ReviewJson::user(u));
        }
        for (const ReviewDifference &d : r.differences)
            differences.append(ReviewJson::difference(d));
        for (const SpotCheck &c : data.sample)
            checks.append(ReviewJson::spotCheck(c));
        QJsonObject sample { { QStringLiteral("checks"), checks } };
        if (drawSample) {
            sample.insert(QStringLiteral("seed"), QString::number(seed));
            sample.insert(QStringLiteral("per_entity"), perEntity);
        }
        QJsonObject review { { QStringLiteral("target"), targetKey },
                             { QStringLiteral("run_id"), r.runId },
                             { QStringLiteral("read_utc"), ReviewJson::utc(r.readUtc) },
                             { QStringLiteral("reconciles"), r.reconciles() },
                             { QStringLiteral("differences_count"), r.differences.size() },
                             { QStringLiteral("unexplained"), r.unexplained() },
                             { QStringLiteral("counts"), counts },
                             { QStringLiteral("totals"), ReviewJson::money(r.totals()) },
                             { QStringLiteral("clients"), clients },
                             { QStringLiteral("matters"), matters },
                             { QStringLiteral("users"), users },
                             { QStringLiteral("differences"), differences },
                             { QStringLiteral("notes"), QJsonArray::fromStringList(r.notes) },
                             { QStringLiteral("sample"), sample },
                             { QStringLiteral("corrections"), ReviewReport::correctionCount(data) },
                             { QStringLiteral("files"), files },
                             { QStringLiteral("clock"),
                               QJsonObject {
                                   { QStringLiteral("state"), clockStateKey(data.clock.state) },
                                   { QStringLiteral("finished_utc"), ReviewJson::utc(data.clock.finishedUtc) },
                                   { QStringLiteral("deadline_utc"), ReviewJson::utc(data.clock.deadlineUtc) },
                                   { QStringLiteral("business_days_left"), data.clock.businessDaysLeft },
                                   { QStringLiteral("business_seconds_left"), data.clock.businessSecondsLeft },
                                   { QStringLiteral("text"), data.clock.text() } } } };
        if (data.signOff) {
            review.insert(QStringLiteral("signed_off"),
                          QJsonObject { { QStringLiteral("name"), data.signOff->name },
                                        { QStringLiteral("role"), data.signOff->role },
                                        { QStringLiteral("signed_utc"), ReviewJson::utc(data.signOff->signedUtc) },
                                        { QStringLiteral("recorded_by"), data.signOff->recordedBy },
                                        { QStringLiteral("run_id"), data.signOff->runId } });
        }
        printJson({ { QStringLiteral("review"), review } });
        return code;
    }

    QTextStream &o = out();
    const QTimeZone zone(data.timeZone.toUtf8());
    const QDateTime readLocal = r.readUtc.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    o << tr("Review of %1 (%2), target read %3 (reading %4)")
             .arg(data.firmName, targetKey, readLocal.toString(QStringLiteral("yyyy-MM-dd HH:mm t")))
             .arg(r.runId)
      << '\n';
    if (r.reconciles())
        o << tr("Result: reconciles.") << "\n\n";
    else if (r.differences.size() == 1)
        o << tr("Result: 1 difference, %1 unexplained.").arg(r.unexplained()) << "\n\n";
    else
        o << tr("Result: %1 differences, %2 unexplained.").arg(r.differences.size()).arg(r.unexplained()) << "\n\n";
    o << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
             .arg(tr("Records").leftJustified(26), tr("Source").rightJustified(8), tr("Target").rightJustified(8),
                  tr("Matched").rightJustified(8), tr("Missing").rightJustified(8), tr("Extra").rightJustified(8),
                  tr("Changed").rightJustified(8));
    for (const ReviewCount &c : r.counts) {
        o << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                 .arg(entityTitle(c.entity).leftJustified(26))
                 .arg(c.source, 8)
                 .arg(c.target, 8)
                 .arg(c.matched, 8)
                 .arg(c.missing, 8)
                 .arg(c.extra, 8)
                 .arg(c.changed, 8);
    }
    const ReviewMoneyLine t = r.totals();
    o << '\n'
      << QStringLiteral("  %1 %2 %3 %4\n")
             .arg(tr("Money (all clients)").leftJustified(26), tr("Source").rightJustified(14),
                  tr("Target").rightJustified(14), tr("Difference").rightJustified(12));
    o << moneyLine(tr("Unbilled hours"), hm(t.sourceSeconds), hm(t.targetSeconds),
                   hm(t.targetSeconds - t.sourceSeconds), t.sourceSeconds != t.targetSeconds);
    o << moneyLine(tr("Unbilled time value"), cents(t.sourceTimeCents), cents(t.targetTimeCents),
                   cents(t.targetTimeCents - t.sourceTimeCents), t.sourceTimeCents != t.targetTimeCents);
    o << moneyLine(tr("Unbilled expenses"), cents(t.sourceExpenseCents), cents(t.targetExpenseCents),
                   cents(t.targetExpenseCents - t.sourceExpenseCents), t.sourceExpenseCents != t.targetExpenseCents);
    o << moneyLine(tr("Receivable carried over"), cents(t.sourceReceivableCents), cents(t.targetReceivableCents),
                   cents(t.targetReceivableCents - t.sourceReceivableCents),
                   t.sourceReceivableCents != t.targetReceivableCents);
    o << moneyLine(tr("Opening trust balance"), cents(t.sourceTrustCents), cents(t.targetTrustCents),
                   cents(t.targetTrustCents - t.sourceTrustCents), t.sourceTrustCents != t.targetTrustCents);
    for (const ReviewMoneyLine &m : r.clients) {
        if (!m.differs())
            continue;
        QStringList parts;
        if (m.sourceSeconds != m.targetSeconds)
            parts << tr("hours %1 → %2").arg(hm(m.sourceSeconds), hm(m.targetSeconds));
        if (m.sourceTimeCents != m.targetTimeCents)
            parts << tr("time value %1 → %2 (%3)")
                         .arg(cents(m.sourceTimeCents), cents(m.targetTimeCents),
                              cents(m.targetTimeCents - m.sourceTimeCents));
        if (m.sourceExpenseCents != m.targetExpenseCents)
            parts << tr("expenses %1 → %2 (%3)")
                         .arg(cents(m.sourceExpenseCents), cents(m.targetExpenseCents),
                              cents(m.targetExpenseCents - m.sourceExpenseCents));
        if (m.sourceReceivableCents != m.targetReceivableCents)
            parts << tr("receivable %1 → %2 (%3)")
                         .arg(cents(m.sourceReceivableCents), cents(m.targetReceivableCents),
                              cents(m.targetReceivableCents - m.sourceReceivableCents));
        if (!m.trustEntered)
            parts << tr("trust %1 not entered in the target").arg(cents(m.sourceTrustCents));
        else if (m.sourceTrustCents != m.targetTrustCents)
            parts << tr("trust %1 → %2 (%3)")
                         .arg(cents(m.sourceTrustCents), cents(m.targetTrustCents),
                              cents(m.targetTrustCents - m.sourceTrustCents));
        o << tr("Client %1 %2: %3").arg(m.clientKey, m.clientName, parts.join(QStringLiteral("; "))) << '\n';
    }
    if (!r.differences.isEmpty()) {
        o << '\n' << tr("Differences:") << '\n';
        for (const ReviewDifference &d : r.differences) {
            QString line = QStringLiteral("  [%1] %2").arg(ReviewDifference::kindKey(d.kind), d.label);
            if (!d.field.isEmpty())
                line += tr(": %1 %2 → %3").arg(d.field, d.sourceValue, d.targetValue);
            if (d.centsDelta != 0)
                line += tr(" (%1)").arg(cents(d.centsDelta));
            else if (d.secondsDelta != 0)
                line += tr(" (%1)").arg(hm(d.secondsDelta));
            line += d.explanation.isEmpty() ? tr(" — unexplained") : tr(" — explained: %1").arg(d.explanation);
            o << line << "  {" << d.key << "}\n";
        }
    }
    for (const QString &n : r.notes)
        o << tr("Note: %1").arg(n) << '\n';
    if (drawSample || !data.sample.isEmpty()) {
        o << '\n';
        if (drawSample)
            o << tr("Spot checks drawn with seed %1 (%2 per entity; repeat with --sample %2 --seed %1):")
                     .arg(seed)
                     .arg(perEntity)
              << '\n';
        else
            o << tr("Spot checks:") << '\n';
        for (const SpotCheck &c : data.sample) {
            o << QStringLiteral("  %1 %2 %3 — %4")
                     .arg(c.entity.leftJustified(16), c.sourceKey.leftJustified(12), c.label,
                          SpotCheck::verdictTitle(c.verdict));
            if (!c.note.isEmpty())
                o << QStringLiteral(": ") << c.note;
            o << '\n';
        }
    }
    o << '\n' << data.clock.text() << '\n';
    if (data.signOff)
        o << tr("Signed off by %1 on %2.").arg(data.signOff->name, ReviewJson::utc(data.signOff->signedUtc)) << '\n';
    if (const qint64 n = ReviewReport::correctionCount(data); n > 0)
        o << tr("%n correction(s) to make.", nullptr, int(n)) << '\n';
    for (auto it = files.constBegin(); it != files.constEnd(); ++it)
        o << tr("Wrote %1: %2").arg(it.key(), it.value().toString()) << '\n';
    return code;
}

} // namespace Cutover::Cli
