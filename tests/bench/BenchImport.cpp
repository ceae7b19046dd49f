// cutover-bench-import: how fast ClioConnector writes into cutover-sandbox, against a
// one-request-at-a-time client, (a) under a rate limit of 600 requests a minute and
// (b) with 50 ms of latency and no limit. See tests/bench/README.md.

#include "targets/ClioConnector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace Cutover;

namespace {

struct Run
{
    qint64 records = 0;
    qint64 failed = 0;
    qint64 requests = 0; // by the connector, retries included
    qint64 refused429 = 0;
    double seconds = 0;
    double perMinute() const { return seconds > 0 ? double(requests) * 60.0 / seconds : 0; }
};

bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

TargetResult call(const std::function<void(TargetConnector::Callback)> &f)
{
    std::optional<TargetResult> result;
    f([&](const TargetResult &r) { result = r; });
    waitFor([&] { return result.has_value(); }, 120000);
    return result.value_or(TargetResult {});
}

// One sandbox with the given switches; `records` time entries on one matter at `concurrency`.
std::optional<Run> measure(const QStringList &switches, int records, int concurrency, QString *error)
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("sandbox.sqlite"));
    QProcess sandbox;
    sandbox.start(QStringLiteral(CUTOVER_SANDBOX_PATH),
                  QStringList { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"), data }
                      + switches);
    if (!sandbox.waitForStarted(10000) || !sandbox.waitForReadyRead(10000)) {
        *error = QStringLiteral("cutover-sandbox did not start");
        return std::nullopt;
    }
    const QString line = QString::fromUtf8(sandbox.readLine()).trimmed();
    const QUrl url(line.mid(line.indexOf(QLatin1String("http://"))));

    Run run;
    {
        ClioConnector c(url, QByteArrayLiteral("sandbox-token"));
        c.setConcurrency(concurrency);
        OutgoingRecord client;
        client.kind = RecordKind::Contact;
        client.reference = QStringLiteral("CUT-bench:contact:C1");
        client.fields = { { QStringLiteral("kind"), QStringLiteral("company") },
                          { QStringLiteral("name"), QStringLiteral("Bench Holdings") } };
        const TargetResult contact = call([&](auto done) { c.create(client, done); });
        OutgoingRecord matter;
        matter.kind = RecordKind::Matter;
        matter.reference = QStringLiteral("CUT-bench:matter:M1");
        matter.fields = { { QStringLiteral("description"), QStringLiteral("Bench matter") },
                          { QStringLiteral("status"), QStringLiteral("open") } };
        matter.links.insert(QStringLiteral("client"), contact.record.id);
        const TargetResult m = call([&](auto done) { c.create(matter, done); });
        if (!m.ok()) {
            *error = m.error.message;
            return std::nullopt;
        }

        const qint64 sentBefore = c.rateStatus().requestsSent;
        const qint64 refusedBefore = c.rateStatus().rateLimitedResponses;
        qint64 answered = 0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < records; ++i) {
            OutgoingRecord e;
            e.kind = RecordKind::TimeEntry;
            e.reference = QStringLiteral("CUT-bench:time_entry:%1").arg(i);
            e.fields = { { QStringLiteral("date"), QStringLiteral("2024-05-02") },
                         { QStringLiteral("duration"), 360 * (i % 20 + 1) },
                         { QStringLiteral("rate"), 25000 },
                         { QStringLiteral("description"), QStringLiteral("Bench entry %1").arg(i) } };
            e.links.insert(QStringLiteral("matter"), m.record.id);
            c.create(e, [&](const TargetResult &r) {
                ++answered;
                run.failed += r.ok() ? 0 : 1;
            });
        }
        waitFor([&] { return answered == records; }, 3600000);
        run.seconds = double(timer.nsecsElapsed()) / 1e9;
        run.records = answered;
        run.requests = c.rateStatus().requestsSent - sentBefore;
        run.refused429 = c.rateStatus().rateLimitedResponses - refusedBefore;
    }
    sandbox.terminate();
    sandbox.waitForFinished(5000);
    return run;
}

void print(const char *name, const Run &r)
{
    std::printf("  %-22s %6lld records  %6lld requests  %8.1f s  %8.0f requests/min  %4lld 429s  %lld failed\n", name,
                static_cast<long long>(r.records), static_cast<long long>(r.requests), r.seconds, r.perMinute(),
                static_cast<long long>(r.refused429), static_cast<long long>(r.failed));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ClioConnector against cutover-sandbox: throughput."));
    parser.addHelpOption();
    const QCommandLineOption recordsOption(QStringLiteral("records"), QStringLiteral("Records per run (2000)."),
                                           QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"),
                                               QStringLiteral("Requests in flight for the connector (4)."),
                                               QStringLiteral("N"), QStringLiteral("4"));
    parser.addOptions({ recordsOption, concurrencyOption });
    parser.process(app);
    const int records = qMax(1, parser.value(recordsOption).toInt());
    const int concurrency = qMax(1, parser.value(concurrencyOption).toInt());

    struct Scenario
    {
        const char *title;
        QStringList switches;
        int limit;
    };
    const QList<Scenario> scenarios = {
        { "(a) --rate-limit 600", { QStringLiteral("--rate-limit"), QStringLiteral("600") }, 600 },
        { "(b) --latency-ms 50, no limit", { QStringLiteral("--latency-ms"), QStringLiteral("50") }, 0 },
    };
    std::printf("cutover-bench-import: %d time entries per run, connector concurrency %d\n", records, concurrency);
    for (const Scenario &s : scenarios) {
        QString error;
        std::printf("%s\n", s.title);
        const auto sequential = measure(s.switches, records, 1, &error);
        const auto concurrent = sequential ? measure(s.switches, records, concurrency, &error) : std::nullopt;
        if (!sequential || !concurrent) {
            std::fprintf(stderr, "failed: %s\n", qPrintable(error));
            return 1;
        }
        print("sequential (1 at once)", *sequential);
        const QByteArray name = QStringLiteral("connector (%1 at once)").arg(concurrency).toUtf8();
        print(name.constData(), *concurrent);
        std::printf("  ratio connector/sequential: %.2f", concurrent->perMinute() / sequential->perMinute());
        if (s.limit > 0)
            std::printf("; of the limit: connector %.0f%%, sequential %.0f%%",
                        100.0 * concurrent->perMinute() / s.limit, 100.0 * sequential->perMinute() / s.limit);
        std::printf("\n");
        std::fflush(stdout);
    }
    return 0;
}
