// Close-out benchmark: stages N time entries in a typical export layout (a
// Bill4Time-style time export with its users, clients and projects; a third of
// the entries billed, one in ten without a rate of its own, so the user's rate
// is looked up), then times, in the same run and on the same project file:
//   baseline  the sqlite3 C API running `SELECT count(*), sum(duration) FROM
//             stg_time_entry`: one plain scan of the time entries;
//   cutover   CloseOutAnalysis::analyse() on the snapshot: every figure of every
//             client and matter, the invoice series and the users.
// Each is run three times after a warm-up run; the best time counts. Prints the
// times, the ratio and the figures. Not a test: figures vary by machine; the
// README keeps the latest ones.
//
//   cutover-bench-closeout [--rows N] [--dir DIR] [--keep]
//   cutover-bench-closeout --project FILE   (times an existing project's newest snapshot)

#include "closeout/CloseOutAnalysis.h"
#include "staging/StagingJob.h"
#include "store/ProjectStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <random>
#include <sqlite3.h>

using namespace Cutover;

namespace {

struct Files
{
    QStringList paths;
    qint64 bytes = 0;
};

Files generate(const QString &dir, qint64 rows)
{
    std::mt19937_64 rng(20261124);
    auto pick = [&](int lo, int hi) {
        return int(std::uniform_int_distribution<int>(lo, hi)(rng));
    };
    const int users = 40, clients = 5000, projects = 20000;
    Files f;
    auto open = [&](const QString &name, QFile &file) {
        file.setFileName(dir + QLatin1Char('/') + name);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file.fileName()));
        f.paths << file.fileName();
    };
    QFile out;
    open(QStringLiteral("Users.csv"), out);
    out.write("User ID,Name,Email,Role,Rate\n");
    for (int u = 1; u <= users; ++u)
        out.write(QStringLiteral("U%1,User %1,user%1@firm.test,Attorney,$%2.00\n").arg(u).arg(150 + 5 * u).toUtf8());
    out.close();
    open(QStringLiteral("Clients.csv"), out);
    out.write("Client ID,Client Name,Email,Phone,Address 1,City,State,Zip\n");
    for (int c = 1; c <= clients; ++c)
        // One client in ten has no street: missing billing details.
        out.write(QStringLiteral("C%1,\"Client %1, LLC\",client%1@mail.test,555-%2,%3,Springfield,IL,62701\n")
                      .arg(c, 5, 10, QLatin1Char('0'))
                      .arg(1000000 + c)
                      .arg(c % 10 == 0 ? QString() : QStringLiteral("%1 Main St").arg(c))
                      .toUtf8());
    out.close();
    open(QStringLiteral("Project.csv"), out);
    out.write("Project ID,Client ID,Project Name,Status,Billing Method\n");
    for (int p = 1; p <= projects; ++p)
        out.write(QStringLiteral("P%1,C%2,Matter %1,Open,Hourly\n")
                      .arg(p, 6, 10, QLatin1Char('0'))
                      .arg((p % clients) + 1, 5, 10, QLatin1Char('0'))
                      .toUtf8());
    out.close();
    open(QStringLiteral("Time Entries.csv"), out);
    out.write("Time Entry ID,Date of Work,Client ID,Project ID,User ID,Billable Hours,Override Rate,Billable,"
              "Public Description,Private Description,Status\n");
    QByteArray batch;
    for (qint64 i = 1; i <= rows; ++i) {
        const int p = pick(1, projects);
        const int tenths = pick(1, 80);
        const int rate = pick(150, 450);
        const int kind = pick(0, 29);
        batch +=
            QStringLiteral("%1,%2/%3/2026,C%4,P%5,U%6,%7.%8,%9,%10,"
                           "\"Reviewed correspondence, drafted reply and updated the file (%1)\","
                           "Internal note %1,%11\n")
                .arg(i)
                .arg(pick(1, 12))
                .arg(pick(1, 28))
                .arg((p % clients) + 1, 5, 10, QLatin1Char('0'))
                .arg(p, 6, 10, QLatin1Char('0'))
                .arg(pick(1, users))
                .arg(tenths / 10)
                .arg(tenths % 10)
                .arg(kind < 3 ? QString() : QStringLiteral("\"$%1.00\"").arg(rate))
                .arg(kind == 29 ? QStringLiteral("False") : QStringLiteral("True"))
                .arg(kind >= 3 && kind < 13 ? QStringLiteral("Billing Complete") : QStringLiteral("Ready for Billing"))
                .toUtf8();
        if (batch.size() > (1 << 20)) {
            out.write(batch);
            batch.clear();
        }
    }
    out.write(batch);
    out.close();
    for (const QString &p : std::as_const(f.paths))
        f.bytes += QFileInfo(p).size();
    return f;
}

// The baseline: one plain scan with SQLite's own API, nothing else.
qint64 baselineScan(const QString &project, qint64 *count, qint64 *seconds)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(project).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        qFatal("sqlite3_open_v2: %s", sqlite3_errmsg(db));
    sqlite3_stmt *stmt = nullptr;
    QElapsedTimer clock;
    clock.start();
    if (sqlite3_prepare_v2(db, "SELECT count(*), sum(duration) FROM stg_time_entry", -1, &stmt, nullptr) != SQLITE_OK)
        qFatal("sqlite3_prepare_v2: %s", sqlite3_errmsg(db));
    if (sqlite3_step(stmt) != SQLITE_ROW)
        qFatal("sqlite3_step: %s", sqlite3_errmsg(db));
    *count = sqlite3_column_int64(stmt, 0);
    *seconds = sqlite3_column_int64(stmt, 1);
    sqlite3_finalize(stmt);
    const qint64 ms = clock.elapsed();
    sqlite3_close(db);
    return ms;
}

// Generates the files, creates a project and stages them; returns the project's path.
QString stageGenerated(const QString &dir, qint64 rows, QTextStream &out, QString *error)
{
    QElapsedTimer clock;
    clock.start();
    const Files files = generate(dir, rows);
    const QString project = dir + QStringLiteral("/bench.cutover");
    QFile::remove(project);
    ProjectSettings settings = ProjectSettings::defaultsForThisMachine();
    settings.firmName = QStringLiteral("Benchmark LLP");
    settings.timeZone = QStringLiteral("America/Chicago");
    if (!ProjectStore::create(project, settings, error))
        return {};
    StagingRequest request;
    request.projectPath = project;
    for (const QString &p : files.paths) {
        StagingSource s;
        s.path = p;
        request.sources.append(s);
    }
    StagingJob job(request);
    if (job.run() != Job::Outcome::Succeeded) {
        *error = QStringLiteral("staging failed: ") + job.errorString();
        return {};
    }
    out << QStringLiteral("staged    %1 time entries (%2 MB of CSV) in %3 s\n")
               .arg(job.result().staged.value(Entity::TimeEntry))
               .arg(double(files.bytes) / 1e6, 0, 'f', 1)
               .arg(double(clock.elapsed()) / 1000, 0, 'f', 2);
    out.flush();
    return project;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("rows"), QStringLiteral("Time entries to generate (default 1000000)."),
                       QStringLiteral("n"), QStringLiteral("1000000") });
    parser.addOption(
        { QStringLiteral("dir"), QStringLiteral("Work folder (default: a temporary one)."), QStringLiteral("dir") });
    parser.addOption({ QStringLiteral("keep"), QStringLiteral("Keep the generated files and the project.") });
    parser.addOption({ QStringLiteral("project"),
                       QStringLiteral("Time this project instead (e.g. one kept by --keep)."),
                       QStringLiteral("file") });
    parser.process(app);
    QTextStream out(stdout);

    QTemporaryDir temp;
    temp.setAutoRemove(!parser.isSet(QStringLiteral("keep")));
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temp.path();
    QDir().mkpath(dir);
    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();

    QString error;
    QString project = parser.value(QStringLiteral("project"));
    if (project.isEmpty()) {
        project = stageGenerated(dir, rows, out, &error);
        if (project.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    auto store = ProjectStore::open(project, &error, ProjectStore::OpenMode::ReadOnly);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    // A warm-up run of each, then the best of three, alternating.
    qint64 count = 0, seconds = 0;
    baselineScan(project, &count, &seconds);
    std::optional<CloseOutReport> report = CloseOutAnalysis::analyse(store->database(), 0, &error);
    if (!report) {
        std::fprintf(stderr, "analysis failed: %s\n", qPrintable(error));
        return 1;
    }
    qint64 cutoverMs = -1, baselineMs = -1;
    QElapsedTimer clock;
    for (int run = 0; run < 3; ++run) {
        const qint64 b = baselineScan(project, &count, &seconds);
        baselineMs = baselineMs < 0 ? b : std::min(baselineMs, b);
        clock.restart();
        report = CloseOutAnalysis::analyse(store->database(), 0, &error);
        const qint64 c = clock.elapsed();
        cutoverMs = cutoverMs < 0 ? c : std::min(cutoverMs, c);
    }

    const CloseOutFigures &t = report->totals;
    out << QStringLiteral("baseline  sqlite3 count(*), sum(duration): %1 s (%2 rows, %3 h)\n")
               .arg(double(baselineMs) / 1000, 0, 'f', 3)
               .arg(count)
               .arg(seconds / 3600);
    out << QStringLiteral("cutover   CloseOutAnalysis::analyse:       %1 s, %2 rows/s\n")
               .arg(double(cutoverMs) / 1000, 0, 'f', 3)
               .arg(qint64(double(count) * 1000 / double(qMax<qint64>(1, cutoverMs))));
    out << QStringLiteral("ratio     cutover / baseline = %1\n")
               .arg(double(cutoverMs) / double(qMax<qint64>(1, baselineMs)), 0, 'f', 2);
    out << QStringLiteral("figures   %1 unbilled entries, %2 h, %3 cents; %4 clients listed (%5 missing billing "
                          "details), %6 matters with open items, %7 users; warnings: %8\n")
               .arg(t.unbilledTimeRows)
               .arg(t.unbilledTimeSeconds / 3600)
               .arg(t.unbilledTimeCents)
               .arg(report->clients.size())
               .arg(report->clientsMissingBilling)
               .arg(report->matters.size())
               .arg(report->users.size())
               .arg(report->warnings.isEmpty() ? QStringLiteral("none") : report->warnings.join(QStringLiteral("; ")));
    return 0;
}
