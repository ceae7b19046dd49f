#include "ImportFixture.h"
#include "ReviewPdf.h"
#include "importing/ImportEngine.h"
#include "review/ReviewReport.h"
#include "targets/ClioConnector.h"

#include <QApplication>
#include <QChart>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Cutover;
using namespace Cutover::TestImport;

// The review report: its HTML, its CSV forms and the PDF, read back with
// poppler's pdfinfo and pdftotext, page by page.
class TestReviewReport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    static QDateTime utc(const char *iso) { return QDateTime::fromString(QLatin1String(iso), Qt::ISODate); }

    // A small review with one difference of each kind the report shows a
    // figure for, a flagged and an accepted spot check, an approval.
    static ReviewReportData handMade()
    {
        ReviewReportData d;
        d.firmName = QStringLiteral("Able & Co");
        d.sourceSystem = QStringLiteral("Bill4Time");
        d.targetName = QStringLiteral("Clio (http://127.0.0.1:1234)");
        d.targetKey = QStringLiteral("clio:http://127.0.0.1:1234");
        d.timeZone = QStringLiteral("America/New_York");
        d.holidayRegion = QStringLiteral("US");
        d.cutoffUtc = utc("2026-11-30T22:00:00Z");
        d.importFinishedUtc = utc("2026-12-01T15:00:00Z");
        d.deadlineUtc = utc("2026-12-04T05:00:00Z");
        d.generatedUtc = utc("2026-12-02T14:00:00Z");
        d.generatedBy = QStringLiteral("reviewer@host");
        d.clock.state = ReviewClock::State::Open;
        d.clock.finishedUtc = d.importFinishedUtc;
        d.clock.deadlineUtc = d.deadlineUtc;
        d.clock.zone = QTimeZone("America/New_York");
        d.clock.businessDaysLeft = 2;
        d.clock.businessSecondsLeft = 2 * 86400;

        Reconciliation &r = d.reconciliation;
        r.targetKey = d.targetKey;
        r.runId = 4;
        r.readUtc = utc("2026-12-02T13:55:00Z");
        r.snapshotId = 1;
        auto count = [](const char *entity, qint64 source, qint64 target, qint64 missing, qint64 changed) {
            ReviewCount c;
            c.entity = QLatin1String(entity);
            c.source = source;
            c.target = target;
            c.missing = missing;
            c.changed = changed;
            c.matched = source - missing - changed;
            return c;
        };
        r.counts = { count("contact", 3, 3, 0, 0), count("matter", 4, 4, 0, 0), count("time_entry", 5, 4, 1, 1),
                     count("expense", 2, 2, 0, 0), count("balance_forward", 2, 2, 0, 0) };

        ReviewMoneyLine c1;
        c1.clientKey = QStringLiteral("C1");
        c1.clientName = QStringLiteral("Able Holdings");
        c1.sourceSeconds = c1.targetSeconds = 5400;
        c1.sourceTimeCents = c1.targetTimeCents = 37500;
        c1.sourceReceivableCents = c1.targetReceivableCents = 60000;
        c1.sourceTrustCents = c1.targetTrustCents = 380000;
        c1.trustEntered = true;
        ReviewMoneyLine c2;
        c2.clientKey = QStringLiteral("C2");
        c2.clientName = QStringLiteral("Dana <b>Fox</b>");
        c2.sourceSeconds = 7200;
        c2.targetSeconds = 6840;
        c2.sourceTimeCents = 123456;
        c2.targetTimeCents = 123455;
        c2.sourceExpenseCents = c2.targetExpenseCents = 4550;
        c2.sourceTrustCents = 30001;
        c2.trustEntered = false;
        r.clients = { c1, c2 };
        ReviewMoneyLine m1 = c1;
        m1.matterKey = QStringLiteral("M1");
        m1.matterName = QStringLiteral("Lease review");
        r.matters = { m1 };
        ReviewUserHours u;
        u.userKey = QStringLiteral("U1");
        u.userName = QStringLiteral("Ann Lee");
        u.targetUserId = QStringLiteral("101");
        u.sourceEntries = u.targetEntries = 2;
        u.sourceSeconds = u.targetSeconds = 5400;
        r.users = { u };

        ReviewDifference missing;
        missing.key = QStringLiteral("missing:time_entry:T5");
        missing.kind = ReviewDifference::Kind::Missing;
        missing.entity = QStringLiteral("time_entry");
        missing.sourceKey = QStringLiteral("T5");
        missing.clientKey = QStringLiteral("C2");
        missing.clientName = c2.clientName;
        missing.matterKey = QStringLiteral("M2");
        missing.label = QStringLiteral("Entry T5 by Bob");
        missing.explanation = QStringLiteral("Deleted in Clio by mistake, re-entered Monday");
        missing.explainedBy = QStringLiteral("ann@host");
        missing.explainedUtc = utc("2026-12-02T10:00:00Z");
        ReviewDifference cent;
        cent.key = QStringLiteral("changed:time_entry:T2:amount");
        cent.kind = ReviewDifference::Kind::Changed;
        cent.entity = QStringLiteral("time_entry");
        cent.sourceKey = QStringLiteral("T2");
        cent.targetId = QStringLiteral("77");
        cent.clientKey = QStringLiteral("C2");
        cent.clientName = c2.clientName;
        cent.label = QStringLiteral("Entry T2 by Ann");
        cent.field = QStringLiteral("amount");
        cent.sourceValue = QStringLiteral("1234.56");
        cent.targetValue = QStringLiteral("1234.55");
        cent.centsDelta = -1;
        r.differences = { missing, cent };
        r.notes = { QStringLiteral("Billed history is left out of the comparison.") };

        SpotCheck accepted;
        accepted.entity = QStringLiteral("contact");
        accepted.sourceKey = QStringLiteral("C1");
        accepted.targetId = QStringLiteral("11");
        accepted.label = QStringLiteral("Client Able Holdings");
        accepted.clientName = QStringLiteral("Able Holdings");
        accepted.verdict = SpotCheck::Verdict::Accepted;
        accepted.decidedBy = QStringLiteral("ann@host");
        accepted.decidedUtc = utc("2026-12-02T11:00:00Z");
        accepted.fields = { { QStringLiteral("name"), QStringLiteral("Name"), QStringLiteral("Able Holdings"),
                              QStringLiteral("Able Holdings"), false } };
        SpotCheck flagged;
        flagged.entity = QStringLiteral("time_entry");
        flagged.sourceKey = QStringLiteral("T2");
        flagged.targetId = QStringLiteral("77");
        flagged.label = QStringLiteral("Entry T2 by Ann");
        flagged.clientName = c2.clientName;
        flagged.verdict = SpotCheck::Verdict::Flagged;
        flagged.note = QStringLiteral("Rate wrong in Clio");
        flagged.decidedBy = QStringLiteral("ann@host");
        flagged.decidedUtc = utc("2026-12-02T11:05:00Z");
        flagged.fields = { { QStringLiteral("amount"), QStringLiteral("Amount"), QStringLiteral("1,234.56"),
                             QStringLiteral("1,234.55"), true } };
        SpotCheck pending;
        pending.entity = QStringLiteral("expense");
        pending.sourceKey = QStringLiteral("E1");
        pending.label = QStringLiteral("Expense E1");
        d.sample = { accepted, flagged, pending };

        ReportApproval a;
        a.name = QStringLiteral("Carol Billing");
        a.role = QStringLiteral("Billing contact");
        a.method = QStringLiteral("E-mail");
        a.recordedBy = QStringLiteral("ann@host");
        a.approvedUtc = utc("2026-11-29T15:00:00Z");
        d.approvals = { a };

        d.worksheet = { { QStringLiteral("C1"), QStringLiteral("Able Holdings"), QStringLiteral("M1"),
                          QStringLiteral("Lease review"), 380000, 60000 },
                        { QStringLiteral("C2"), QStringLiteral("Dana <b>Fox</b>"), QStringLiteral("M2"),
                          QStringLiteral("Estate plan"), 30001, 8005 } };
        return d;
    }

    static QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
    {
        QProcess p;
        p.start(program, arguments);
        if (!p.waitForFinished(60000)) {
            if (exitCode)
                *exitCode = -1;
            return {};
        }
        if (exitCode)
            *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    static int pdfPages(const QString &file)
    {
        const QString info = run(QStringLiteral("pdfinfo"), { file });
        const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }

    static QString pageText(const QString &file, int page)
    {
        return run(QStringLiteral("pdftotext"),
                   { QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                     QStringLiteral("-layout"), file, QStringLiteral("-") });
    }

    static QStringList csvLines(const QString &file, QByteArray *raw = nullptr)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QByteArray bytes = f.readAll();
        if (raw)
            *raw = bytes;
        return QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_dir->setAutoRemove(false);
        QVERIFY(m_dir->isValid());
    }

    void htmlEscapesAndStartsEachSectionOnAPage()
    {
        const QString h = ReviewReport::html(handMade());
        QVERIFY(h.contains(QStringLiteral("Able &amp; Co")));
        QVERIFY(!h.contains(QStringLiteral("Dana <b>Fox")));
        QVERIFY(h.contains(QStringLiteral("Dana &lt;b&gt;Fox&lt;/b&gt;")));
        QCOMPARE(h.count(QStringLiteral("page-break-before: always")), 6);
        QVERIFY(h.contains(QStringLiteral("<img src=\"chart:entities\"")));
        QVERIFY(h.contains(QStringLiteral("2 differences (1 unexplained)")));
        // Exact cents, the one-cent difference included.
        QVERIFY(h.contains(QStringLiteral(">1234.56<")));
        QVERIFY(h.contains(QStringLiteral(">-0.01<")));
        // Trust not entered in the target is said, not shown as 0.00.
        QVERIFY(h.contains(QStringLiteral("not entered")));
        // A reconciling review says so.
        ReviewReportData clean = handMade();
        clean.reconciliation.differences.clear();
        QVERIFY(ReviewReport::html(clean).contains(QStringLiteral("Reconciles")));
    }

    void chartIsDrawn()
    {
        const ReviewReportData d = handMade();
        const QImage image = ReviewPdf::chartImage(d.reconciliation, QSize(800, 450));
        QCOMPARE(image.size(), QSize(800, 450));
        qint64 coloured = 0, sourceBar = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb p = image.pixel(x, y);
                coloured += p != qRgb(255, 255, 255) ? 1 : 0;
                sourceBar += p == qRgb(0x3b, 0x6e, 0xa8) ? 1 : 0;
            }
        }
        // Bars, axes and labels: a real share of the picture, and the source's bars in their colour.
        QVERIFY2(coloured > image.width() * image.height() / 50, qPrintable(QString::number(coloured)));
        QVERIFY2(sourceBar > 500, qPrintable(QString::number(sourceBar)));
        std::unique_ptr<QChart> chart(ReviewPdf::entityChart(d.reconciliation));
        QVERIFY(chart);
        QCOMPARE(chart->title(), QStringLiteral("Records per entity: source and target"));
    }

    void pdfHasOneSectionPerPageWithFootersAndFigures()
    {
        const QString file = path(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(ReviewPdf::write(handMade(), file, &error), qPrintable(error));
        const QString info = run(QStringLiteral("pdfinfo"), { file });
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Title:\\s+Review report: Able & Co\n"))),
                 qPrintable(info));
        // US firm: Letter.
        QVERIFY2(info.contains(QStringLiteral("612 x 792 pts")), qPrintable(info));
        const int pages = pdfPages(file);
        QVERIFY2(pages >= 7, qPrintable(info));

        const QList<QStringList> expected = {
            { QStringLiteral("Review report: Able & Co"), QStringLiteral("2 differences (1 unexplained)"),
              QStringLiteral("Bill4Time"), QStringLiteral("2026-11-30 17:00 EST") },
            { QStringLiteral("Records per entity"), QStringLiteral("Time entries"), QStringLiteral("Ann Lee") },
            { QStringLiteral("Money per client"), QStringLiteral("1234.56"), QStringLiteral("1234.55"),
              QStringLiteral("-0.01"), QStringLiteral("3800.00"), QStringLiteral("not entered") },
            { QStringLiteral("Differences"), QStringLiteral("Entry T5 by Bob"),
              QStringLiteral("Deleted in Clio by mistake"), QStringLiteral("Unexplained") },
            { QStringLiteral("Spot checks"), QStringLiteral("Rate wrong in Clio"), QStringLiteral("1,234.55"),
              QStringLiteral("(1 accepted, 1 flagged, 1 not decided)") },
            { QStringLiteral("Approvals and sign-off"), QStringLiteral("Carol Billing"),
              QStringLiteral("Not signed off yet.") },
            { QStringLiteral("Trust and receivable worksheet"), QStringLiteral("3800.00"), QStringLiteral("80.05"),
              QStringLiteral("4100.01") },
        };
        for (int i = 0; i < expected.size(); ++i) {
            const QString text = pageText(file, i + 1);
            for (const QString &s : expected.at(i))
                QVERIFY2(text.contains(s),
                         qPrintable(QStringLiteral("page %1 lacks “%2”:\n%3").arg(i + 1).arg(s, text)));
            QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages)), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("Able & Co")), qPrintable(text));
        }
        // The first page is the summary only: the next section's title is not on it.
        QVERIFY(!pageText(file, 1).contains(QStringLiteral("Records per entity")));
    }

    // The long tables are painted page by page: nothing is lost at a page
    // break, the header repeats, a client's lines stay together.
    void longTablesKeepEveryRow()
    {
        ReviewReportData d = handMade();
        const ReviewMoneyLine model = d.reconciliation.clients.at(0);
        d.reconciliation.clients.clear();
        d.worksheet.clear();
        for (int i = 1; i <= 400; ++i) {
            ReviewMoneyLine m = model;
            m.clientKey = QStringLiteral("K%1").arg(i, 4, 10, QLatin1Char('0'));
            m.clientName = QStringLiteral("Client number %1 with a long enough name to wrap in its column").arg(i);
            m.sourceTimeCents = 100000 + i;
            m.targetTimeCents = i == 399 ? m.sourceTimeCents - 1 : m.sourceTimeCents;
            d.reconciliation.clients.append(m);
            d.worksheet.append({ m.clientKey, m.clientName, QStringLiteral("M%1").arg(i), QString(), 1000 + i, 0 });
        }
        const QString file = path(QStringLiteral("long.pdf"));
        QString error;
        QVERIFY2(ReviewPdf::write(d, file, &error), qPrintable(error));
        const int pages = pdfPages(file);
        QVERIFY2(pages > 12, qPrintable(QString::number(pages)));
        QString all;
        int headers = 0;
        for (int p = 1; p <= pages; ++p) {
            const QString text = pageText(file, p);
            QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages)));
            headers += text.contains(QStringLiteral("Receivable")) ? 1 : 0;
            all += text;
        }
        // Every client's time value (money table) and trust (worksheet), to the cent.
        for (int i = 1; i <= 400; ++i) {
            QVERIFY2(all.contains(Reconciler::formatCents(100000 + i)), qPrintable(QString::number(i)));
            QVERIFY2(all.contains(QLatin1Char(' ') + Reconciler::formatCents(1000 + i)),
                     qPrintable(QString::number(i)));
        }
        QVERIFY(all.contains(QStringLiteral("K0400")));
        // The one-cent difference of client 399, on its own line.
        QVERIFY(all.contains(QStringLiteral("Difference")));
        QVERIFY(all.contains(QStringLiteral("-0.01")));
        // The header is on every page of the money and worksheet tables.
        QVERIFY2(headers > pages / 2, qPrintable(QString::number(headers)));
    }

    void pdfPaperFollowsTheFirm()
    {
        ReviewReportData d = handMade();
        d.holidayRegion = QStringLiteral("GB-EAW");
        const QString file = path(QStringLiteral("a4.pdf"));
        QString error;
        QVERIFY2(ReviewPdf::write(d, file, &error), qPrintable(error));
        QVERIFY(run(QStringLiteral("pdfinfo"), { file }).contains(QStringLiteral("(A4)")));
    }

    void pdfRefusesAnUnwritablePlace()
    {
        QString error;
        QVERIFY(!ReviewPdf::write(handMade(), path(QStringLiteral("no/such/dir/report.pdf")), &error));
        QVERIFY2(error.contains(QStringLiteral("report.pdf")), qPrintable(error));
        QVERIFY(!QFile::exists(path(QStringLiteral("no/such/dir/report.pdf"))));
    }

    void csvHasEverySectionAndExactCents()
    {
        const QString file = path(QStringLiteral("report.csv"));
        QString error;
        QVERIFY2(ReviewReport::writeCsv(handMade(), file, &error), qPrintable(error));
        QByteArray raw;
        const QStringList lines = csvLines(file, &raw);
        QVERIFY(raw.startsWith("\xEF\xBB\xBF"));
        QVERIFY(raw.contains("\r\n"));
        QCOMPARE(raw.count("\n"), raw.count("\r\n"));
        QSet<QString> sections;
        for (qsizetype i = 1; i < lines.size(); ++i)
            sections.insert(lines.at(i).section(QLatin1Char(','), 0, 0));
        for (const char *s :
             { "summary", "count", "client", "matter", "user", "difference", "spot_check", "sign_off", "worksheet" })
            QVERIFY2(sections.contains(QLatin1String(s)), s);
        // Dana Fox's time value, to the cent, with its one-cent difference.
        QVERIFY(
            lines.contains(QStringLiteral("client,C2,C2,Dana <b>Fox</b>,,Dana <b>Fox</b>,time_value,1234.56,1234.55,"
                                          "-0.01,differs,Unbilled time's value,,")));
        QVERIFY(lines.contains(
            QStringLiteral("difference,changed:time_entry:T2:amount,C2,Dana <b>Fox</b>,,Entry T2 by Ann,amount,1234.56,"
                           "1234.55,-0.01,changed,,,")));
        QVERIFY(lines.contains(QStringLiteral("worksheet,C2/M2,C2,Dana <b>Fox</b>,M2,Estate plan,trust,300.01,,,,,,")));
        // The trust of a client not entered in the target is marked, with no target figure.
        QVERIFY(
            lines.contains(QStringLiteral("client,C2,C2,Dana <b>Fox</b>,,Dana <b>Fox</b>,trust,300.01,,,not_entered,"
                                          "Opening trust balance: not entered in the target,,")));
    }

    // gather on a real project: the fixture imported into the sandbox through
    // the real connector, read back, trust entered, a sample decided, an
    // approval recorded, signed off; then the PDF of it.
    void gatherReadsTheProject()
    {
        auto store = makeProject(m_dir->path());
        QVERIFY(store);
        Sandbox sandbox;
        QVERIFY(sandbox.start(path(QStringLiteral("sandbox.sqlite")), writeSandboxUsers(m_dir->path())));
        const QUrl url = sandbox.baseUrl();
        const ConnectorFactory factory = [url]() -> std::unique_ptr<TargetConnector> {
            return std::make_unique<ClioConnector>(url, QByteArray(Sandbox::kToken));
        };
        TargetChoice target;
        target.kind = TargetChoice::Kind::Clio;
        target.baseUrl = url;
        const QString key = target.key();
        QString error;
        {
            QList<IncomingRecord> users;
            TargetError listError;
            QVERIFY(TargetCalls::listAll(factory().get(), RecordKind::User, {}, &users, &listError));
            QVERIFY(UserMappings::save(store->database(), key,
                                       UserMappings::suggest(UserMappings::load(store->database(), key, &error), users),
                                       &error));
            ImportRequest request;
            request.projectPath = store->filePath();
            request.target = target;
            request.target.outDir = path(QStringLiteral("worksheets"));
            request.connector = factory;
            ImportJob job(request);
            QCOMPARE(job.run(), Job::Outcome::Succeeded);
            TargetReadJob read({ store->filePath(), target, factory });
            QCOMPARE(read.run(), Job::Outcome::Succeeded);
        }
        QVERIFY(ReviewTrust::enter(store->database(), key, QStringLiteral("C1"), QStringLiteral("M1"), 380000, &error));
        QVERIFY(ReviewTrust::enter(store->database(), key, QStringLiteral("C2"), QStringLiteral("M2"), 30001, &error));
        QVERIFY2(SpotChecks::draw(store->database(), key, 1, 7, &error), qPrintable(error));
        const QList<SpotCheck> drawn = SpotChecks::load(store->database(), key, 0, &error);
        QVERIFY(!drawn.isEmpty());
        for (const SpotCheck &c : drawn)
            QVERIFY2(SpotChecks::decide(store->database(), key, c.entity, c.sourceKey, SpotCheck::Verdict::Accepted, {},
                                        &error),
                     qPrintable(error));
        const auto approver = CloseOutRecords::addApprover(store->database(), QStringLiteral("Carol Billing"),
                                                           ApproverRole::BillingContact, QString(), QString(), &error);
        QVERIFY(approver);
        QVERIFY(CloseOutRecords::recordApproval(store->database(), *approver, QStringLiteral("email"),
                                                QStringLiteral("Filed under Migration"),
                                                QDateTime::currentDateTimeUtc(), &error));
        QVERIFY2(ReviewSignOff::sign(store->database(), key, QStringLiteral("Dana Partner"),
                                     QStringLiteral("Managing partner"), &error),
                 qPrintable(error));

        ReviewReportData d;
        QVERIFY2(ReviewReport::gather(store->filePath(), key, QDateTime::currentDateTimeUtc(), &d, &error),
                 qPrintable(error));
        QCOMPARE(d.firmName, QStringLiteral("Able & Co"));
        QCOMPARE(d.sourceSystem, QStringLiteral("Bill4Time"));
        QCOMPARE(d.targetName, QStringLiteral("Clio (%1)").arg(url.toString()));
        QCOMPARE(d.timeZone, QStringLiteral("America/New_York"));
        QVERIFY(d.importFinishedUtc.isValid());
        QVERIFY(d.deadlineUtc > d.importFinishedUtc);
        QVERIFY(d.reconciliation.reconciles());
        QCOMPARE(d.reconciliation.totals().sourceTimeCents, 46950);
        QCOMPARE(d.sample.size(), drawn.size());
        QCOMPARE(d.clock.state, ReviewClock::State::SignedOff);
        QVERIFY(d.signOff);
        QCOMPARE(d.signOff->name, QStringLiteral("Dana Partner"));
        QCOMPARE(d.approvals.size(), 1);
        QCOMPARE(d.approvals.at(0).name, QStringLiteral("Carol Billing"));
        QVERIFY(d.approvals.at(0).approvedUtc.isValid());
        QCOMPARE(d.worksheet.size(), 2);
        QCOMPARE(ImportWorksheet::totalTrust(d.worksheet), 410001);
        QCOMPARE(ReviewReport::correctionCount(d), 0);

        const QString file = path(QStringLiteral("gathered.pdf"));
        QVERIFY2(ReviewPdf::write(d, file, &error), qPrintable(error));
        QVERIFY(pageText(file, 1).contains(QStringLiteral("Reconciles")));
        QVERIFY(pageText(file, 3).contains(QStringLiteral("469.50")));
        const QString signOff = pageText(file, 6);
        QVERIFY2(signOff.contains(QStringLiteral("Carol Billing")) && signOff.contains(QStringLiteral("Dana Partner")),
                 qPrintable(signOff));
        QVERIFY(pageText(file, 7).contains(QStringLiteral("4100.01")));
    }

    void correctionsListEveryFlagAndDifference()
    {
        const ReviewReportData d = handMade();
        QCOMPARE(ReviewReport::correctionCount(d), qint64(3));
        const QString file = path(QStringLiteral("corrections.csv"));
        QString error;
        QVERIFY2(ReviewReport::writeCorrections(d, file, &error), qPrintable(error));
        const QStringList lines = csvLines(file);
        QCOMPARE(lines.size(), 1 + 3);
        QVERIFY(lines.at(1).startsWith(QStringLiteral("spot_check,time_entry:T2,flagged,Entry T2 by Ann,")));
        QVERIFY(lines.at(1).contains(QStringLiteral("Rate wrong in Clio")));
        QVERIFY(lines.at(2).startsWith(QStringLiteral("difference,missing:time_entry:T5,missing,Entry T5 by Bob,C2,")));
        QVERIFY(lines.at(2).contains(QStringLiteral("Create the record in the target")));
        QVERIFY(lines.at(3).contains(QStringLiteral(",1234.56,1234.55,-0.01,Set amount in the target to 1234.56,")));
        // Nothing to correct: a header only.
        ReviewReportData clean = d;
        clean.reconciliation.differences.clear();
        clean.sample.clear();
        QCOMPARE(ReviewReport::correctionCount(clean), qint64(0));
        QVERIFY(ReviewReport::writeCorrections(clean, file, &error));
        QCOMPARE(csvLines(file).size(), 1);
    }
};

QTEST_MAIN(TestReviewReport)
#include "TestReviewReport.moc"
