// The review report for a large firm: 5,000 clients with 3 matters each (by
// default), a worksheet line per matter, differences and a sample, written as
// PDF (ReviewPdf::write: chart, layout, pages painted one by one with their
// footers) and as CSV (ReviewReport::writeCsv). The target is under 5 s for
// the report of 5,000 clients.
//
// Baseline, in the same run: poppler's `pdftotext -layout` reading the very
// PDF written back as text — a program made for speed doing the least one can
// do with those pages, on the machine as loaded at that moment. With --qt-print
// also Qt's own QTextDocument::print of the same HTML (no chart, no footers):
// what the report cost before its long tables were painted directly (slow:
// minutes at 5,000 clients).
//
//   cutover-bench-report [--clients N] [--matters M] [--qt-print] [--dir DIR] [--keep]

#include "ReviewPdf.h"
#include "review/ReviewReport.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTimeZone>

#include <cstdio>

using namespace Cutover;

namespace {

ReviewReportData makeData(int clients, int mattersPerClient)
{
    ReviewReportData d;
    d.firmName = QStringLiteral("Bench & Partners LLP");
    d.sourceSystem = QStringLiteral("Bill4Time");
    d.targetName = QStringLiteral("Clio (https://app.clio.com)");
    d.targetKey = QStringLiteral("clio:https://app.clio.com");
    d.timeZone = QStringLiteral("America/Chicago");
    d.holidayRegion = QStringLiteral("US");
    d.cutoffUtc = QDateTime(QDate(2026, 11, 30), QTime(23, 0), QTimeZone::utc());
    d.importFinishedUtc = QDateTime(QDate(2026, 12, 1), QTime(18, 0), QTimeZone::utc());
    d.deadlineUtc = QDateTime(QDate(2026, 12, 4), QTime(6, 0), QTimeZone::utc());
    d.generatedUtc = QDateTime(QDate(2026, 12, 2), QTime(15, 0), QTimeZone::utc());
    d.generatedBy = QStringLiteral("bench@host");
    d.clock.state = ReviewClock::State::Open;
    d.clock.finishedUtc = d.importFinishedUtc;
    d.clock.deadlineUtc = d.deadlineUtc;
    d.clock.zone = QTimeZone("America/Chicago");
    d.clock.businessDaysLeft = 2;

    Reconciliation &r = d.reconciliation;
    r.targetKey = d.targetKey;
    r.runId = 1;
    r.readUtc = d.generatedUtc;
    const qint64 matters = qint64(clients) * mattersPerClient;
    const qint64 entries = matters * 20;
    auto count = [](const char *entity, qint64 n, qint64 missing) {
        ReviewCount c;
        c.entity = QLatin1String(entity);
        c.source = n;
        c.target = n - missing;
        c.matched = n - missing;
        c.missing = missing;
        return c;
    };
    r.counts = { count("contact", clients, 0), count("matter", matters, 0), count("time_entry", entries, 25),
                 count("expense", matters * 3, 0), count("balance_forward", matters / 2, 0) };
    quint32 x = 12345;
    auto next = [&x]() {
        x = x * 1664525u + 1013904223u;
        return x >> 8;
    };
    for (int c = 0; c < clients; ++c) {
        ReviewMoneyLine client;
        client.clientKey = QStringLiteral("C%1").arg(c + 1, 5, 10, QLatin1Char('0'));
        client.clientName = QStringLiteral("Client %1 Holdings, Inc.").arg(c + 1);
        client.trustEntered = true;
        for (int m = 0; m < mattersPerClient; ++m) {
            ReviewMoneyLine matter;
            matter.clientKey = client.clientKey;
            matter.clientName = client.clientName;
            matter.matterKey = QStringLiteral("%1-%2").arg(client.clientKey).arg(m + 1);
            matter.matterName = QStringLiteral("Matter %1 of client %2").arg(m + 1).arg(c + 1);
            matter.sourceSeconds = matter.targetSeconds = qint64(next() % 200) * 360;
            matter.sourceTimeCents = matter.targetTimeCents = qint64(next() % 5000000);
            matter.sourceExpenseCents = matter.targetExpenseCents = qint64(next() % 100000);
            matter.sourceReceivableCents = matter.targetReceivableCents = qint64(next() % 2000000);
            matter.sourceTrustCents = matter.targetTrustCents = qint64(next() % 3000000);
            matter.trustEntered = true;
            if (c % 200 == 7 && m == 0)
                matter.targetTimeCents -= 1; // one cent off now and then
            client.sourceSeconds += matter.sourceSeconds;
            client.targetSeconds += matter.targetSeconds;
            client.sourceTimeCents += matter.sourceTimeCents;
            client.targetTimeCents += matter.targetTimeCents;
            client.sourceExpenseCents += matter.sourceExpenseCents;
            client.targetExpenseCents += matter.targetExpenseCents;
            client.sourceReceivableCents += matter.sourceReceivableCents;
            client.targetReceivableCents += matter.targetReceivableCents;
            client.sourceTrustCents += matter.sourceTrustCents;
            client.targetTrustCents += matter.targetTrustCents;
            r.matters.append(matter);
            d.worksheet.append({ matter.clientKey, matter.clientName, matter.matterKey, matter.matterName,
                                 matter.sourceTrustCents, matter.sourceReceivableCents });
            if (c % 200 == 7 && m == 0) {
                ReviewDifference diff;
                diff.key = QStringLiteral("changed:time_entry:T%1:amount").arg(c);
                diff.kind = ReviewDifference::Kind::Changed;
                diff.entity = QStringLiteral("time_entry");
                diff.sourceKey = QStringLiteral("T%1").arg(c);
                diff.targetId = QString::number(100000 + c);
                diff.clientKey = client.clientKey;
                diff.clientName = client.clientName;
                diff.matterKey = matter.matterKey;
                diff.label =
                    QStringLiteral("time entry T%1 of 2026-11-02 by Ann Lee on %2").arg(c).arg(matter.matterKey);
                diff.field = QStringLiteral("amount");
                diff.sourceValue = Reconciler::formatCents(matter.sourceTimeCents);
                diff.targetValue = Reconciler::formatCents(matter.targetTimeCents);
                diff.centsDelta = -1;
                r.differences.append(diff);
            }
        }
        r.clients.append(client);
    }
    for (int i = 0; i < 10; ++i) {
        ReviewUserHours u;
        u.userKey = QStringLiteral("U%1").arg(i);
        u.userName = QStringLiteral("User %1").arg(i);
        u.targetUserId = QString::number(i + 1);
        u.sourceEntries = u.targetEntries = entries / 10;
        u.sourceSeconds = u.targetSeconds = entries * 360 / 10;
        r.users.append(u);
    }
    for (const char *entity : { "contact", "matter", "time_entry", "expense", "balance_forward" }) {
        for (int i = 0; i < 10; ++i) {
            SpotCheck s;
            s.entity = QLatin1String(entity);
            s.sourceKey = QStringLiteral("K%1").arg(i);
            s.targetId = QString::number(i);
            s.label = QStringLiteral("%1 K%2").arg(QLatin1String(entity)).arg(i);
            s.verdict = i == 3 ? SpotCheck::Verdict::Flagged : SpotCheck::Verdict::Accepted;
            s.note = i == 3 ? QStringLiteral("Wrong rate") : QString();
            s.fields = { { QStringLiteral("amount"), QStringLiteral("Amount"), QStringLiteral("1,234.56"),
                           QStringLiteral("1,234.56"), false },
                         { QStringLiteral("date"), QStringLiteral("Date"), QStringLiteral("2026-11-02"),
                           QStringLiteral("2026-11-02"), false } };
            d.sample.append(s);
        }
    }
    ReportApproval a;
    a.name = QStringLiteral("Billing Contact");
    a.role = QStringLiteral("Billing contact");
    a.approvedUtc = d.cutoffUtc;
    d.approvals = { a };
    return d;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("clients"), QStringLiteral("Clients (default 5000)."), QStringLiteral("n") });
    parser.addOption(
        { QStringLiteral("matters"), QStringLiteral("Matters per client (default 3)."), QStringLiteral("n") });
    parser.addOption({ QStringLiteral("dir"), QStringLiteral("Where to write the files."), QStringLiteral("dir") });
    parser.addOption({ QStringLiteral("keep"), QStringLiteral("Keep the files.") });
    parser.addOption(
        { QStringLiteral("qt-print"), QStringLiteral("Also time QTextDocument::print of the same HTML.") });
    parser.process(app);
    const int clients =
        parser.isSet(QStringLiteral("clients")) ? parser.value(QStringLiteral("clients")).toInt() : 5000;
    const int matters = parser.isSet(QStringLiteral("matters")) ? parser.value(QStringLiteral("matters")).toInt() : 3;
    QTemporaryDir temporary;
    temporary.setAutoRemove(!parser.isSet(QStringLiteral("keep")));
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temporary.path();

    QElapsedTimer t;
    t.start();
    const ReviewReportData data = makeData(clients, matters);
    std::printf("data: %d clients, %lld matters, %lld differences, %lld worksheet lines (made in %lld ms)\n", clients,
                qint64(data.reconciliation.matters.size()), qint64(data.reconciliation.differences.size()),
                qint64(data.worksheet.size()), t.elapsed());

    t.restart();
    const QString html = ReviewReport::html(data);
    const qint64 htmlMs = t.elapsed();
    qint64 qtPrintMs = -1;
    const QString qtPrintPath = dir + QStringLiteral("/qt-print.pdf");
    if (parser.isSet(QStringLiteral("qt-print"))) {
        t.restart();
        QPdfWriter writer(qtPrintPath);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait, QMarginsF(18, 18, 18, 24),
                                         QPageLayout::Millimeter));
        QTextDocument doc;
        doc.setHtml(html);
        doc.print(&writer);
        qtPrintMs = t.elapsed();
    }

    const QString pdfPath = dir + QStringLiteral("/report.pdf");
    QString error;
    t.restart();
    if (!ReviewPdf::write(data, pdfPath, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const qint64 pdfMs = t.elapsed();

    const QString csvPath = dir + QStringLiteral("/report.csv");
    t.restart();
    if (!ReviewReport::writeCsv(data, csvPath, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const qint64 csvMs = t.elapsed();

    t.restart();
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    { QStringLiteral("-layout"), pdfPath, dir + QStringLiteral("/report.txt") });
    const bool read = pdftotext.waitForFinished(600000) && pdftotext.exitCode() == 0;
    const qint64 baselineMs = t.elapsed();

    std::printf("html (ReviewReport::html alone)        %7lld ms  %lld kB\n", htmlMs, qint64(html.size() / 512));
    std::printf("ReviewPdf::write (chart, footers)      %7lld ms  %lld kB PDF\n", pdfMs,
                QFileInfo(pdfPath).size() / 1024);
    std::printf("ReviewReport::writeCsv                 %7lld ms  %lld kB CSV\n", csvMs,
                QFileInfo(csvPath).size() / 1024);
    std::printf("report total (PDF + CSV)               %7lld ms  (target < 5000 ms)\n", pdfMs + csvMs);
    if (read)
        std::printf("baseline: pdftotext -layout of the PDF %7lld ms  (report / baseline %.2f)\n", baselineMs,
                    baselineMs > 0 ? double(pdfMs + csvMs) / double(baselineMs) : 0.0);
    else
        std::printf("baseline: pdftotext could not read the PDF (is poppler-utils installed?)\n");
    if (qtPrintMs >= 0)
        std::printf("QTextDocument::print of the same HTML  %7lld ms  %lld kB PDF\n", qtPrintMs,
                    QFileInfo(qtPrintPath).size() / 1024);
    if (parser.isSet(QStringLiteral("keep")))
        std::printf("files in %s\n", qPrintable(dir));
    return 0;
}
