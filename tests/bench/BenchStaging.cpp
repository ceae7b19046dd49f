// Staging benchmark: writes N time entries in a typical export layout (a
// Bill4Time-style time export, with its users, clients and projects), then
// times, in the same run:
//   baseline  the sqlite3 shell's `.import --csv` of the same files into
//             untyped tables (no parsing of values, no validation);
//   cutover   StagingJob in auto mode: read, recognise, map, type, validate and
//             insert into the project's staging tables.
// Prints both times, the ratio and Cutover's peak memory. Not a test: figures
// vary by machine; the README keeps the latest ones.
//
//   cutover-bench-staging [--rows N] [--dir DIR] [--keep]

#include "staging/StagingJob.h"
#include "staging/StagingStore.h"
#include "store/ProjectStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <random>

using namespace Cutover;

namespace {

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

void resetPeakRss()
{
    // Linux: writing 5 to clear_refs resets VmHWM, so generation does not count.
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

struct Files
{
    QString users, clients, projects, time;
    qint64 bytes = 0;
};

Files generate(const QString &dir, qint64 rows)
{
    std::mt19937_64 rng(20261123);
    auto pick = [&](int lo, int hi) {
        return int(std::uniform_int_distribution<int>(lo, hi)(rng));
    };
    const int users = 40, clients = 5000, projects = 20000;
    Files f;
    f.users = dir + QStringLiteral("/Users.csv");
    f.clients = dir + QStringLiteral("/Clients.csv");
    f.projects = dir + QStringLiteral("/Project.csv");
    f.time = dir + QStringLiteral("/Time Entries.csv");
    auto open = [](const QString &path, QFile &file) {
        file.setFileName(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
    };
    QFile out;
    open(f.users, out);
    out.write("User ID,Name,Email,Role\n");
    for (int u = 1; u <= users; ++u)
        out.write(QStringLiteral("U%1,User %1,user%1@firm.test,Attorney\n").arg(u).toUtf8());
    out.close();
    open(f.clients, out);
    out.write("Client ID,Client Name,Email,Phone,Address 1,City,State,Zip\n");
    for (int c = 1; c <= clients; ++c)
        out.write(QStringLiteral("C%1,\"Client %1, LLC\",client%1@mail.test,555-%2,%1 Main St,Springfield,IL,62701\n")
                      .arg(c, 5, 10, QLatin1Char('0'))
                      .arg(1000000 + c)
                      .toUtf8());
    out.close();
    open(f.projects, out);
    out.write("Project ID,Client ID,Project Name,Status,Billing Method\n");
    for (int p = 1; p <= projects; ++p)
        out.write(QStringLiteral("P%1,C%2,Matter %1,Open,Hourly\n")
                      .arg(p, 6, 10, QLatin1Char('0'))
                      .arg((p % clients) + 1, 5, 10, QLatin1Char('0'))
                      .toUtf8());
    out.close();
    open(f.time, out);
    out.write("Time Entry ID,Date of Work,Client ID,Project ID,User ID,Billable Hours,Override Rate,Amount,Billable,"
              "Public Description,Private Description,Status\n");
    QByteArray batch;
    for (qint64 i = 1; i <= rows; ++i) {
        const int p = pick(1, projects);
        const int tenths = pick(1, 80);
        const int rate = pick(150, 450);
        batch += QStringLiteral("%1,%2/%3/2026,C%4,P%5,U%6,%7.%8,\"$%9.00\",\"%10.00\",True,"
                                "\"Reviewed correspondence, drafted reply and updated the file (%1)\","
                                "Internal note %1,Ready for Billing\n")
                     .arg(i)
                     .arg(pick(1, 12))
                     .arg(pick(1, 28))
                     .arg((p % clients) + 1, 5, 10, QLatin1Char('0'))
                     .arg(p, 6, 10, QLatin1Char('0'))
                     .arg(pick(1, users))
                     .arg(tenths / 10)
                     .arg(tenths % 10)
                     .arg(rate)
                     .arg(rate * tenths / 10)
                     .toUtf8();
        if (batch.size() > (1 << 20)) {
            out.write(batch);
            batch.clear();
        }
    }
    out.write(batch);
    out.close();
    for (const QString &p : { f.users, f.clients, f.projects, f.time })
        f.bytes += QFileInfo(p).size();
    return f;
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
    parser.addOption({ QStringLiteral("keep"), QStringLiteral("Keep the generated files.") });
    parser.process(app);
    QTextStream out(stdout);

    QTemporaryDir temp;
    temp.setAutoRemove(!parser.isSet(QStringLiteral("keep")));
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temp.path();
    QDir().mkpath(dir);
    const qint64 rows = parser.value(QStringLiteral("rows")).toLongLong();

    QElapsedTimer clock;
    clock.start();
    const Files files = generate(dir, rows);
    out << QStringLiteral("generated %1 time entries, %2 MB in 4 files (%3 s)\n")
               .arg(rows)
               .arg(double(files.bytes) / 1e6, 0, 'f', 1)
               .arg(double(clock.elapsed()) / 1000, 0, 'f', 2);
    out.flush();

    // Baseline: the sqlite3 shell's .import into untyped tables, same files.
    const QString baselineDb = dir + QStringLiteral("/baseline.sqlite");
    QFile::remove(baselineDb);
    QProcess sqlite;
    const QString script = QStringLiteral(".import --csv '%1' users\n.import --csv '%2' clients\n"
                                          ".import --csv '%3' projects\n.import --csv '%4' time_entries\n")
                               .arg(files.users, files.clients, files.projects, files.time);
    clock.restart();
    sqlite.start(QStringLiteral("sqlite3"), { baselineDb });
    if (!sqlite.waitForStarted()) {
        std::fprintf(stderr, "sqlite3 is not installed: the baseline cannot run\n");
        return 1;
    }
    sqlite.write(script.toUtf8());
    sqlite.closeWriteChannel();
    sqlite.waitForFinished(-1);
    const qint64 baselineMs = clock.elapsed();
    if (sqlite.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", sqlite.readAllStandardError().constData());
        return 1;
    }

    // Cutover: a new project, then one StagingJob in auto mode over the folder.
    const QString project = dir + QStringLiteral("/bench.cutover");
    QFile::remove(project);
    ProjectSettings settings = ProjectSettings::defaultsForThisMachine();
    settings.firmName = QStringLiteral("Benchmark LLP");
    settings.timeZone = QStringLiteral("America/Chicago");
    QString error;
    {
        auto store = ProjectStore::create(project, settings, &error);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    StagingRequest request;
    request.projectPath = project;
    for (const QString &p : { files.users, files.clients, files.projects, files.time }) {
        StagingSource s;
        s.path = p;
        request.sources.append(s);
    }
    StagingJob job(request);
    resetPeakRss();
    clock.restart();
    const Job::Outcome outcome = job.run();
    const qint64 cutoverMs = clock.elapsed();
    const qint64 peak = peakRssKiB();
    if (outcome != Job::Outcome::Succeeded) {
        std::fprintf(stderr, "staging failed: %s\n", qPrintable(job.errorString()));
        return 1;
    }
    const StagingResult result = job.result();
    out << QStringLiteral("baseline  sqlite3 .import (untyped):   %1 s\n").arg(double(baselineMs) / 1000, 0, 'f', 2);
    out << QStringLiteral("cutover   StagingJob (typed, checked): %1 s, %2 rows/s, peak memory %3 MB\n")
               .arg(double(cutoverMs) / 1000, 0, 'f', 2)
               .arg(qint64(double(rows) * 1000 / qMax<qint64>(1, cutoverMs)))
               .arg(double(peak) / 1024, 0, 'f', 1);
    out << QStringLiteral("ratio     cutover / baseline = %1\n")
               .arg(double(cutoverMs) / double(qMax<qint64>(1, baselineMs)), 0, 'f', 2);
    out << QStringLiteral("staged    %1 time entries, %2 rejected, %3 errors, %4 warnings\n")
               .arg(result.staged.value(Entity::TimeEntry))
               .arg(result.rejected)
               .arg(result.issues.errors)
               .arg(result.issues.warnings);
    return 0;
}
