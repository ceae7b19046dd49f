#include "TestMaps.h"
#include "closeout/CloseOutAnalysis.h"
#include "staging/StagingJob.h"
#include "staging/StagingStore.h"
#include "store/ProjectStore.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Cutover;

namespace Cutover {
// Failed comparisons print the figures.
char *toString(const CloseOutFigures &f)
{
    return QTest::toString(QStringLiteral("time %1 rows %2 s %3 c; expenses %4 rows %5 c; drafts %6 %7 c; open %8 "
                                          "%9 c; unapplied %10 rows %11 c; trust %12 rows %13 c")
                               .arg(f.unbilledTimeRows)
                               .arg(f.unbilledTimeSeconds)
                               .arg(f.unbilledTimeCents)
                               .arg(f.unbilledExpenseRows)
                               .arg(f.unbilledExpenseCents)
                               .arg(f.draftInvoices)
                               .arg(f.draftInvoiceCents)
                               .arg(f.openInvoices)
                               .arg(f.receivableCents)
                               .arg(f.unappliedRows)
                               .arg(f.unappliedCents)
                               .arg(f.trustRows)
                               .arg(f.trustCents));
}
} // namespace Cutover

namespace {

ImportMap makeMap(Entity entity, const QMap<QString, QString> &fieldToColumn)
{
    return TestMaps::make(entity, fieldToColumn);
}

// A small firm's export. The right answers are worked out by hand in the tests
// below; the comments on the rows say what each one is there for.
const char *const kUsers = "User ID,Name,Email,Role,Rate,Active\n"
                           "U1,Ann Able,ann@firm.test,Partner,300.00,yes\n"
                           "U2,Bob Baker,bob@firm.test,Associate,333.33,yes\n"
                           "U3,Cy Crane,cy@firm.test,Paralegal,,no\n" // no default rate
                           "U4,Dee Dorsey,dee@firm.test,Associate,200.00,yes\n"; // no time at all

const char *const kClients =
    "Client ID,Name,Street,City,Zip,Billing Contact,Email,Status\n"
    "C1,Acme Corp,1 Main St,Springfield,62701,Pat Payer,ap@acme.test,active\n" // complete
    "C2,Beta LLC,,Shelbyville,,,beta@beta.test,active\n" // no street, zip, contact
    "C3,Gamma Inc,3 Elm St,Ogdenville,12345,,,active\n" // neither contact nor e-mail, nothing open
    "C4,Delta Co,,,,,,inactive\n" // inactive, nothing open: not asked for billing details
    "C5,Echo Ltd,,,,,,active\n" // excluded from the migration
    "C6,Foxtrot,6 Oak Ave,Capital City,,Sam Fox,,inactive\n" // inactive but holds trust
    "C7,Golf Club,7 Tee Rd,North Haverbrook,55555,Gil Golf,gil@golf.test,active\n"; // all paid

const char *const kMatters = "Matter ID,Client ID,Description\n"
                             "M1,C1,Lease dispute\n"
                             "M2,C1,Contract review\n"
                             "M3,C2,Estate plan\n"
                             "M5,C5,Excluded matter\n"
                             "M6,C6,Old trust\n"
                             "M7,C7,Quiet matter\n";

const char *const kTime =
    "Entry ID,Matter ID,Client ID,User,Date,Hours,Rate,Amount,Billable,Billed,Invoice Number,Description\n"
    "T1,M1,,U1,2026-03-02,1.5,200.00,,,,,Call\n" // 5400 s x 200.00 = 300.00
    "T2,M1,,U2,2026-03-03,0.1,,,,,,Note\n" // the user's 333.33: 33.3333 -> 33.33
    "T3,M1,,U1,2026-03-03,0.1,333.35,,,,,Memo\n" // 33.335 -> 33.34 (half away from zero)
    "T4,M2,C1,U1,2026-03-04,2.0,250.00,480.00,yes,,,Draft\n" // the amount wins over the rate
    "T5,M2,,U1,2026-03-04,1.0,250.00,,,yes,,Billed\n" // billed
    "T6,M2,,U1,2026-03-04,1.0,250.00,,,,INV-0003,On an invoice\n" // on an invoice
    "T7,M2,,U1,2026-03-04,1.0,250.00,,no,,,Not billable\n" // not billable
    "T8,M3,,U3,2026-03-05,0.5,,,,,,No rate anywhere\n" // counted, amount 0, warning
    "T9,M3,,U9,2026-03-05,0.25,100.00,,,,,Contractor\n" // a user missing from the users file
    "T10,M5,,U1,2026-03-05,3.0,300.00,,,,,Excluded\n" // an excluded client's matter
    "T11,M404,,U2,2026-03-06,1.0,150.00,,,,,Lost matter\n" // no client: the (no client) group
    "T12,M2,,bob baker,2026-03-06,0.3,,,,,,By name\n" // user by name: 333.33 x 0.3 = 99.999 -> 100.00
    "T13,M1,,U1,2026-03-07,1.0,100.00,,yes,no,,Explicitly unbilled\n"
    "T14,M7,C8,U1,2026-03-07,0.5,100.00,,,,,Other client\n"; // its client C8 wins over M7's C7

const char *const kExpenses = "Expense ID,Matter ID,Client ID,Date,Amount,Billable,Billed,Invoice Number,Description\n"
                              "E1,M1,,2026-03-05,45.00,,,,Courier\n"
                              "E2,M1,,2026-03-05,12.50,,yes,,Billed copies\n"
                              "E3,M3,,2026-03-06,20.00,,,,Filing fee\n"
                              "E4,M5,,2026-03-06,99.00,,,,Excluded\n"
                              "E5,M2,C1,2026-03-06,30.00,no,,,Lunch\n";

const char *const kInvoices = "Invoice Number,Client ID,Matter ID,Date,Total,Paid,Balance,Status\n"
                              "INV-0001,C1,M1,2026-01-10,1000.00,1000.00,,paid\n"
                              "INV-0002,C1,M1,2026-02-10,500.00,200.00,,open\n" // 300.00 open (total - paid)
                              "INV-0003,C1,M2,2026-02-11,800.00,,800.00,open\n"
                              "INV-0010,C1,,2026-02-12,250.00,,,sent\n" // client level, paid NULL = 0
                              "INV-0011,C1,M2,2026-03-01,300.00,,,draft\n"
                              "INV-0012,C2,M3,2026-03-01,120.00,,,draft\n"
                              "INV-0013,C2,M3,2026-02-01,400.00,400.00,0.00,open\n" // balance 0: not open
                              "INV-0014,C2,M3,2026-02-02,90.00,,,void\n" // void: its number still counts
                              "2019-998,C1,M1,2019-12-01,100.00,100.00,,paid\n"
                              "2019-999,C2,M3,2019-12-02,50.00,,50.00,open\n"
                              "999,C7,M7,2018-05-01,10.00,10.00,,paid\n"
                              "42,C7,M7,2018-01-01,10.00,10.00,,paid\n"
                              "DRAFT-A,C1,M1,2026-03-02,75.00,,,draft\n" // no digits at the end
                              "INV-0099,C5,M5,2026-03-02,999.00,,,open\n"; // excluded, but the number is used

const char *const kPayments = "Payment ID,Client ID,Matter ID,Invoice Number,Date,Amount,Unapplied,Type\n"
                              "P1,C1,M1,INV-0001,2026-01-20,1000.00,0.00,payment\n"
                              "P2,C1,,,2026-02-20,150.00,150.00,credit\n" // client level
                              "P3,C2,M3,INV-0013,2026-02-21,425.00,25.00,payment\n"
                              "P4,C5,M5,,2026-02-22,10.00,10.00,credit\n"; // excluded

const char *const kTrust = "Transaction ID,Client ID,Matter ID,Date,Amount,Type,Description\n"
                           "R1,C1,M1,2026-01-05,2000.00,deposit,Retainer\n"
                           "R2,C1,M1,2026-02-05,500.00,withdrawal,Fees\n"
                           "R3,C1,M2,2026-02-06,-100.00,withdrawal,Overdrawn matter\n" // -abs: -100.00
                           "R4,C6,M6,2016-01-01,300.00,deposit,Old retainer\n"
                           "R5,C6,M6,2016-02-01,50.00,,Interest\n" // no kind: as signed
                           "R6,C2,,2026-02-07,-75.00,,Refund\n" // client level, overdrawn
                           "R7,C5,M5,2026-02-08,1000.00,deposit,Excluded\n";

CloseOutFigures figures(std::initializer_list<std::pair<qint64 CloseOutFigures::*, qint64>> values)
{
    CloseOutFigures f;
    for (const auto &[member, value] : values)
        f.*member = value;
    return f;
}

using F = CloseOutFigures;

} // namespace

class TestCloseOutAnalysis : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<ProjectStore> m_store;
    qint64 m_snapshot = 0;
    CloseOutReport m_report;

    QString write(const QString &name, const char *text)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text);
        return f.fileName();
    }

    qint64 stage(const QList<std::pair<QString, ImportMap>> &files)
    {
        StagingRequest request;
        request.projectPath = m_project;
        for (const auto &[path, map] : files) {
            StagingSource s;
            s.path = path;
            s.map = map;
            request.sources.append(s);
        }
        StagingJob job(request);
        if (job.run() != Job::Outcome::Succeeded) {
            qWarning() << job.errorString();
            return 0;
        }
        return job.result().snapshotId;
    }

    const CloseOutClient *client(const QString &key) const
    {
        for (const CloseOutClient &c : m_report.clients) {
            if (c.clientKey == key)
                return &c;
        }
        return nullptr;
    }

    const CloseOutMatter *matter(const QString &clientKey, const QString &matterKey) const
    {
        for (const CloseOutMatter &m : m_report.matters) {
            if (m.clientKey == clientKey && m.matterKey == matterKey)
                return &m;
        }
        return nullptr;
    }

    // The figures the rows of each category add up to.
    static CloseOutFigures fromRows(const std::function<QList<CloseOutRow>(CloseOutAnalysis::Category)> &rowsOf)
    {
        using C = CloseOutAnalysis::Category;
        CloseOutFigures f;
        for (const CloseOutRow &r : rowsOf(C::UnbilledTime)) {
            ++f.unbilledTimeRows;
            f.unbilledTimeSeconds += r.seconds;
            f.unbilledTimeCents += r.cents;
        }
        for (const CloseOutRow &r : rowsOf(C::UnbilledExpenses)) {
            ++f.unbilledExpenseRows;
            f.unbilledExpenseCents += r.cents;
        }
        for (const CloseOutRow &r : rowsOf(C::DraftInvoices)) {
            ++f.draftInvoices;
            f.draftInvoiceCents += r.cents;
        }
        for (const CloseOutRow &r : rowsOf(C::OpenInvoices)) {
            ++f.openInvoices;
            f.receivableCents += r.cents;
        }
        for (const CloseOutRow &r : rowsOf(C::Unapplied)) {
            ++f.unappliedRows;
            f.unappliedCents += r.cents;
        }
        for (const CloseOutRow &r : rowsOf(C::Trust)) {
            ++f.trustRows;
            f.trustCents += r.cents;
        }
        return f;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("closeout.cutover"));
        ProjectSettings settings = ProjectSettings::defaultsForThisMachine();
        settings.firmName = QStringLiteral("Harbor & Pine LLP");
        settings.timeZone = QStringLiteral("America/New_York");
        QString error;
        m_store = ProjectStore::create(m_project, settings, &error);
        QVERIFY2(m_store, qPrintable(error));

        // Before anything is loaded there is nothing to analyse, and it says so.
        QVERIFY(!CloseOutAnalysis::analyse(m_store->database(), 0, &error));
        QVERIFY2(error.contains(QLatin1String("Nothing has been loaded")), qPrintable(error));

        ImportMap users = makeMap(Entity::User,
                                  { { "source_key", "User ID" },
                                    { "name", "Name" },
                                    { "email", "Email" },
                                    { "role", "Role" },
                                    { "rate", "Rate" },
                                    { "active", "Active" } });
        ImportMap clients = makeMap(Entity::Client,
                                    { { "source_key", "Client ID" },
                                      { "name", "Name" },
                                      { "street", "Street" },
                                      { "city", "City" },
                                      { "postal_code", "Zip" },
                                      { "billing_contact", "Billing Contact" },
                                      { "email", "Email" },
                                      { "status", "Status" } });
        ImportMap matters =
            makeMap(Entity::Matter,
                    { { "source_key", "Matter ID" }, { "client_key", "Client ID" }, { "description", "Description" } });
        ImportMap time = makeMap(Entity::TimeEntry,
                                 { { "source_key", "Entry ID" },
                                   { "matter_key", "Matter ID" },
                                   { "client_key", "Client ID" },
                                   { "user_key", "User" },
                                   { "date", "Date" },
                                   { "duration", "Hours" },
                                   { "rate", "Rate" },
                                   { "amount", "Amount" },
                                   { "billable", "Billable" },
                                   { "billed", "Billed" },
                                   { "invoice_number", "Invoice Number" },
                                   { "description", "Description" } });
        time.fields["duration"].unit = QStringLiteral("hours");
        ImportMap expenses = makeMap(Entity::Expense,
                                     { { "source_key", "Expense ID" },
                                       { "matter_key", "Matter ID" },
                                       { "client_key", "Client ID" },
                                       { "date", "Date" },
                                       { "amount", "Amount" },
                                       { "billable", "Billable" },
                                       { "billed", "Billed" },
                                       { "invoice_number", "Invoice Number" },
                                       { "description", "Description" } });
        ImportMap invoices = makeMap(Entity::Invoice,
                                     { { "source_key", "Invoice Number" },
                                       { "client_key", "Client ID" },
                                       { "matter_key", "Matter ID" },
                                       { "issue_date", "Date" },
                                       { "total", "Total" },
                                       { "paid", "Paid" },
                                       { "balance", "Balance" },
                                       { "status", "Status" } });
        ImportMap payments = makeMap(Entity::Payment,
                                     { { "source_key", "Payment ID" },
                                       { "client_key", "Client ID" },
                                       { "matter_key", "Matter ID" },
                                       { "invoice_number", "Invoice Number" },
                                       { "date", "Date" },
                                       { "amount", "Amount" },
                                       { "unapplied", "Unapplied" },
                                       { "kind", "Type" } });
        ImportMap trust = makeMap(Entity::TrustTransaction,
                                  { { "source_key", "Transaction ID" },
                                    { "client_key", "Client ID" },
                                    { "matter_key", "Matter ID" },
                                    { "date", "Date" },
                                    { "amount", "Amount" },
                                    { "kind", "Type" },
                                    { "description", "Description" } });
        m_snapshot = stage({ { write("users.csv", kUsers), users },
                             { write("clients.csv", kClients), clients },
                             { write("matters.csv", kMatters), matters },
                             { write("time.csv", kTime), time },
                             { write("expenses.csv", kExpenses), expenses },
                             { write("invoices.csv", kInvoices), invoices },
                             { write("payments.csv", kPayments), payments },
                             { write("trust.csv", kTrust), trust } });
        QVERIFY(m_snapshot > 0);
        // Every row is staged (unknown references are issues, not rejections).
        const auto counts = StagingStore::entityCounts(m_store->database(), m_snapshot);
        QCOMPARE(counts.value(Entity::TimeEntry), 14);
        QCOMPARE(counts.value(Entity::Invoice), 14);
        QCOMPARE(counts.value(Entity::TrustTransaction), 7);
        QVERIFY(StagingStore::setClientsIncluded(m_store->database(), { "C5" }, false, &error));

        const auto report = CloseOutAnalysis::analyse(m_store->database(), 0, &error);
        QVERIFY2(report, qPrintable(error));
        m_report = *report;
    }

    void cleanupTestCase() { m_store.reset(); }

    void readsTheNewestSnapshot()
    {
        QCOMPARE(m_report.snapshotId, m_snapshot);
        QCOMPARE(m_report.kind, SnapshotKind::Trial);
        QVERIFY(m_report.snapshotCompletedUtc.isValid());
        QCOMPARE(m_report.entitiesMissing, QStringList());
    }

    void figuresPerMatter()
    {
        // C1 / M1: T1 5400 s 300.00, T2 360 s 33.33, T3 360 s 33.34, T13 3600 s 100.00; E1;
        // DRAFT-A; INV-0002 (500 - 200); trust 2000 - 500.
        const CloseOutMatter *m = matter("C1", "M1");
        QVERIFY(m);
        QCOMPARE(m->description, QStringLiteral("Lease dispute"));
        QCOMPARE(m->figures,
                 figures({ { &F::unbilledTimeRows, 4 },
                           { &F::unbilledTimeSeconds, 9720 },
                           { &F::unbilledTimeCents, 30000 + 3333 + 3334 + 10000 },
                           { &F::unbilledExpenseRows, 1 },
                           { &F::unbilledExpenseCents, 4500 },
                           { &F::draftInvoices, 1 },
                           { &F::draftInvoiceCents, 7500 },
                           { &F::openInvoices, 1 },
                           { &F::receivableCents, 30000 },
                           { &F::trustRows, 2 },
                           { &F::trustCents, 150000 } }));
        // C1 / M2: T4 (its amount, 480.00) and T12 (Bob by name: 1080 s x 333.33 = 99.9999 -> 100.00);
        // T5-T7 billed, invoiced, not billable; E5 not billable. INV-0011 draft, INV-0003 open; R3.
        m = matter("C1", "M2");
        QVERIFY(m);
        QCOMPARE(m->figures,
                 figures({ { &F::unbilledTimeRows, 2 },
                           { &F::unbilledTimeSeconds, 7200 + 1080 },
                           { &F::unbilledTimeCents, 48000 + 10000 },
                           { &F::draftInvoices, 1 },
                           { &F::draftInvoiceCents, 30000 },
                           { &F::openInvoices, 1 },
                           { &F::receivableCents, 80000 },
                           { &F::trustRows, 1 },
                           { &F::trustCents, -10000 } }));
        // C1 at client level: INV-0010 (paid NULL counts as 0) and the credit P2.
        m = matter("C1", "");
        QVERIFY(m);
        QCOMPARE(m->description, QString());
        QCOMPARE(m->figures,
                 figures({ { &F::openInvoices, 1 },
                           { &F::receivableCents, 25000 },
                           { &F::unappliedRows, 1 },
                           { &F::unappliedCents, 15000 } }));
        // C2 / M3: T8 (no rate: 0) and T9 (U9, 25.00); E3; INV-0012 draft, 2019-999 open, INV-0013
        // paid off; P3.
        m = matter("C2", "M3");
        QVERIFY(m);
        QCOMPARE(m->figures,
                 figures({ { &F::unbilledTimeRows, 2 },
                           { &F::unbilledTimeSeconds, 1800 + 900 },
                           { &F::unbilledTimeCents, 2500 },
                           { &F::unbilledExpenseRows, 1 },
                           { &F::unbilledExpenseCents, 2000 },
                           { &F::draftInvoices, 1 },
                           { &F::draftInvoiceCents, 12000 },
                           { &F::openInvoices, 1 },
                           { &F::receivableCents, 5000 },
                           { &F::unappliedRows, 1 },
                           { &F::unappliedCents, 2500 } }));
        m = matter("C2", "");
        QVERIFY(m);
        QCOMPARE(m->figures, figures({ { &F::trustRows, 1 }, { &F::trustCents, -7500 } }));
        // An inactive client's trust: 300.00 deposit + 50.00 with no kind.
        m = matter("C6", "M6");
        QVERIFY(m);
        QCOMPARE(m->figures, figures({ { &F::trustRows, 2 }, { &F::trustCents, 35000 } }));
        // T14 names its client C8: that wins over M7's client.
        m = matter("C8", "M7");
        QVERIFY(m);
        QCOMPARE(m->description, QStringLiteral("Quiet matter"));
        QCOMPARE(
            m->figures,
            figures(
                { { &F::unbilledTimeRows, 1 }, { &F::unbilledTimeSeconds, 1800 }, { &F::unbilledTimeCents, 5000 } }));
        // T11: a matter nobody knows and no client: kept, in the no-client group.
        m = matter("", "M404");
        QVERIFY(m);
        QCOMPARE(
            m->figures,
            figures(
                { { &F::unbilledTimeRows, 1 }, { &F::unbilledTimeSeconds, 3600 }, { &F::unbilledTimeCents, 15000 } }));

        // Only matters with open items, by client name (no client last), then matter key.
        QStringList order;
        for (const CloseOutMatter &mm : m_report.matters)
            order << mm.clientKey + QLatin1Char('/') + mm.matterKey;
        QCOMPARE(order, QStringList({ "C1/", "C1/M1", "C1/M2", "C2/", "C2/M3", "C8/M7", "C6/M6", "/M404" }));
    }

    void figuresPerClientAndTotals()
    {
        const CloseOutClient *c = client("C1");
        QVERIFY(c);
        QCOMPARE(c->name, QStringLiteral("Acme Corp"));
        QCOMPARE(c->figures,
                 figures({ { &F::unbilledTimeRows, 6 },
                           { &F::unbilledTimeSeconds, 9720 + 8280 },
                           { &F::unbilledTimeCents, 46667 + 58000 },
                           { &F::unbilledExpenseRows, 1 },
                           { &F::unbilledExpenseCents, 4500 },
                           { &F::draftInvoices, 2 },
                           { &F::draftInvoiceCents, 37500 },
                           { &F::openInvoices, 3 },
                           { &F::receivableCents, 135000 },
                           { &F::unappliedRows, 1 },
                           { &F::unappliedCents, 15000 },
                           { &F::trustRows, 3 },
                           { &F::trustCents, 140000 } }));
        c = client("C2");
        QVERIFY(c);
        QCOMPARE(c->figures.trustCents, -7500);
        QCOMPARE(c->figures.unbilledTimeRows, 2);
        c = client("");
        QVERIFY(c);
        QCOMPARE(c->name, QStringLiteral("(no client)"));
        QCOMPARE(c->figures.unbilledTimeCents, 15000);

        // The excluded client C5 is in no figure: not its time (T10), expense (E4), invoice
        // (INV-0099), credit (P4) or trust (R7).
        QVERIFY(!client("C5"));
        QVERIFY(!matter("C5", "M5"));
        QCOMPARE(m_report.totals,
                 figures({ { &F::unbilledTimeRows, 10 },
                           { &F::unbilledTimeSeconds, 18000 + 2700 + 1800 + 3600 },
                           { &F::unbilledTimeCents, 104667 + 2500 + 5000 + 15000 },
                           { &F::unbilledExpenseRows, 2 },
                           { &F::unbilledExpenseCents, 6500 },
                           { &F::draftInvoices, 3 },
                           { &F::draftInvoiceCents, 49500 },
                           { &F::openInvoices, 4 },
                           { &F::receivableCents, 140000 },
                           { &F::unappliedRows, 2 },
                           { &F::unappliedCents, 17500 },
                           { &F::trustRows, 6 },
                           { &F::trustCents, 167500 } }));
        // The totals are the sum over the clients and the sum over the matters.
        CloseOutFigures overClients, overMatters;
        for (const CloseOutClient &cc : m_report.clients)
            overClients += cc.figures;
        for (const CloseOutMatter &m : m_report.matters)
            overMatters += m.figures;
        QCOMPARE(overClients, m_report.totals);
        QCOMPARE(overMatters, m_report.totals);
    }

    void clientsMissingBillingDetails()
    {
        // In the list: open items or missing details; by name, no client last. Not C4 (inactive,
        // nothing open), not C5 (excluded), not C7 (complete, nothing open).
        QStringList order;
        for (const CloseOutClient &c : m_report.clients)
            order << c.clientKey;
        QCOMPARE(order, QStringList({ "C1", "C2", "C8", "C6", "C3", "" }));
        QCOMPARE(client("C1")->missingBilling, QStringList());
        QVERIFY(!client("C1")->missingBillingDetails());
        QCOMPARE(client("C2")->missingBilling, QStringList({ "street", "postal_code", "billing_contact" }));
        QVERIFY(client("C2")->missingBillingDetails());
        QCOMPARE(client("C3")->missingBilling, QStringList({ "billing_contact", "email" }));
        QVERIFY(client("C3")->missingBillingDetails());
        QVERIFY(!client("C3")->figures.hasOpenItems());
        // Inactive, but with trust: asked; a contact without e-mail is enough.
        QCOMPARE(client("C6")->missingBilling, QStringList({ "postal_code", "email" }));
        QVERIFY(!client("C6")->missingBillingDetails());
        // Not in the clients file: named by its key, with a warning instead.
        QCOMPARE(client("C8")->name, QStringLiteral("C8"));
        QCOMPARE(client("C8")->missingBilling, QStringList());
        QCOMPARE(m_report.clientsMissingBilling, 2);
    }

    void invoiceSeriesAndNextNumbers()
    {
        QCOMPARE(m_report.invoiceSeries.size(), 4);
        // Plain numbers: 999 -> 1000, growing past the width.
        const InvoiceSeries &plain = m_report.invoiceSeries.at(0);
        QCOMPARE(plain.prefix, QString());
        QCOMPARE(plain.count, 2);
        QCOMPARE(plain.width, 3);
        QCOMPARE(plain.highest, 999);
        QCOMPARE(plain.highestNumber, QStringLiteral("999"));
        QCOMPARE(plain.nextNumber, QStringLiteral("1000"));
        const InvoiceSeries &old = m_report.invoiceSeries.at(1);
        QCOMPARE(old.prefix, QStringLiteral("2019-"));
        QCOMPARE(old.count, 2);
        QCOMPARE(old.highestNumber, QStringLiteral("2019-999"));
        QCOMPARE(old.nextNumber, QStringLiteral("2019-1000"));
        // Zero-padded; the void INV-0014 and the excluded client's INV-0099 count: their numbers are used.
        const InvoiceSeries &inv = m_report.invoiceSeries.at(2);
        QCOMPARE(inv.prefix, QStringLiteral("INV-"));
        QCOMPARE(inv.count, 9);
        QCOMPARE(inv.width, 4);
        QCOMPARE(inv.highest, 99);
        QCOMPARE(inv.highestNumber, QStringLiteral("INV-0099"));
        QCOMPARE(inv.nextNumber, QStringLiteral("INV-0100"));
        // A number with no digits at the end: counted, no next number, a warning.
        const InvoiceSeries &none = m_report.invoiceSeries.at(3);
        QCOMPARE(none.count, 1);
        QCOMPARE(none.width, 0);
        QCOMPARE(none.highestNumber, QStringLiteral("DRAFT-A"));
        QCOMPARE(none.nextNumber, QString());
        bool warned = false;
        for (const QString &w : m_report.warnings)
            warned = warned || w.contains(QStringLiteral("“DRAFT-A”"));
        QVERIFY2(warned, qPrintable(m_report.warnings.join('\n')));
    }

    void usersWithTheirTime()
    {
        QStringList keys;
        for (const CloseOutUser &u : m_report.users)
            keys << u.userKey;
        QCOMPARE(keys, QStringList({ "U1", "U2", "U3", "U4", "U9" })); // by name; U9's name is its key
        const CloseOutUser &ann = m_report.users.at(0);
        QCOMPARE(ann.name, QStringLiteral("Ann Able"));
        QCOMPARE(ann.email, QStringLiteral("ann@firm.test"));
        QCOMPARE(ann.role, QStringLiteral("Partner"));
        QCOMPARE(ann.active.value_or(false), true);
        QCOMPARE(ann.timeRows, 8); // T1 T3-T7 T13 T14; not T10 (excluded client)
        QVERIFY(ann.inUserFile);
        QCOMPARE(m_report.users.at(1).timeRows, 3); // T2, T11 and T12 (by name)
        QCOMPARE(m_report.users.at(2).active.value_or(true), false);
        QCOMPARE(m_report.users.at(2).timeRows, 1);
        QCOMPARE(m_report.users.at(3).timeRows, 0);
        const CloseOutUser &missing = m_report.users.at(4);
        QCOMPARE(missing.name, QStringLiteral("U9"));
        QCOMPARE(missing.timeRows, 1);
        QVERIFY(!missing.inUserFile);
        QVERIFY(!missing.active.has_value());
    }

    void warningsSayWhatNeedsCare()
    {
        const QStringList &w = m_report.warnings;
        QCOMPARE(w.size(), 6);
        QCOMPARE(w.at(0), QStringLiteral("1 unbilled time entry(s) with no rate: their amount is taken as 0."));
        // Overdrawn trust: the client C2 (at client level), the matter M2 of C1 and C2's client level.
        QVERIFY2(w.at(1).contains(QLatin1String("Beta LLC")) && w.at(1).contains(QLatin1String("-75.00")),
                 qPrintable(w.at(1)));
        QVERIFY2(w.at(2).contains(QLatin1String("M2")) && w.at(2).contains(QLatin1String("-100.00")),
                 qPrintable(w.at(2)));
        QVERIFY2(w.at(3).contains(QLatin1String("Beta LLC")) && w.at(3).contains(QLatin1String("-75.00")),
                 qPrintable(w.at(3)));
        QVERIFY(w.at(4).contains(QLatin1String("DRAFT-A")));
        QVERIFY2(w.at(5).contains(QLatin1String("C8")), qPrintable(w.at(5)));
    }

    void rowsAddUpToTheFigures()
    {
        const QSqlDatabase db = m_store->database();
        for (const CloseOutClient &c : m_report.clients) {
            const CloseOutFigures sum = fromRows([&](CloseOutAnalysis::Category category) {
                return CloseOutAnalysis::rows(db, 0, category, c.clientKey);
            });
            QVERIFY2(sum == c.figures, qPrintable(c.clientKey));
        }
        for (const CloseOutMatter &m : m_report.matters) {
            const CloseOutFigures sum = fromRows([&](CloseOutAnalysis::Category category) {
                return CloseOutAnalysis::matterRows(db, m_snapshot, category, m.clientKey, m.matterKey);
            });
            QVERIFY2(sum == m.figures, qPrintable(m.clientKey + '/' + m.matterKey));
        }
        // rows() with a matter: that matter only.
        QCOMPARE(CloseOutAnalysis::rows(db, 0, CloseOutAnalysis::Category::OpenInvoices, "C1", "M2").size(), 1);
        QCOMPARE(CloseOutAnalysis::rows(db, 0, CloseOutAnalysis::Category::OpenInvoices, "C1").size(), 3);
        // An excluded client has no rows.
        QVERIFY(CloseOutAnalysis::rows(db, 0, CloseOutAnalysis::Category::Trust, "C5").isEmpty());
    }

    void rowsCarryWhereTheyCameFrom()
    {
        const QList<CloseOutRow> rows =
            CloseOutAnalysis::matterRows(m_store->database(), 0, CloseOutAnalysis::Category::UnbilledTime, "C1", "M1");
        QCOMPARE(rows.size(), 4);
        // By date, then file and row.
        QCOMPARE(rows.at(0).sourceKey, QStringLiteral("T1"));
        QCOMPARE(rows.at(0).entity, QStringLiteral("time_entry"));
        QVERIFY(rows.at(0).file.endsWith(QLatin1String("time.csv")));
        QCOMPARE(rows.at(0).sourceRow, 2);
        QCOMPARE(rows.at(0).clientKey, QStringLiteral("C1"));
        QCOMPARE(rows.at(0).matterKey, QStringLiteral("M1"));
        QCOMPARE(rows.at(0).date, QDate(2026, 3, 2));
        QCOMPARE(rows.at(0).description, QStringLiteral("Call"));
        QCOMPARE(rows.at(0).seconds, 5400);
        QCOMPARE(rows.at(0).cents, 30000);
        // Rounding per entry, half away from zero: 0.1 h x 333.33 = 33.3333, 0.1 h x 333.35 = 33.335.
        QCOMPARE(rows.at(1).sourceKey, QStringLiteral("T2"));
        QCOMPARE(rows.at(1).cents, 3333);
        QCOMPARE(rows.at(2).sourceKey, QStringLiteral("T3"));
        QCOMPARE(rows.at(2).cents, 3334);
        // The limit.
        QCOMPARE(CloseOutAnalysis::rows(m_store->database(), 0, CloseOutAnalysis::Category::UnbilledTime, "C1", {}, 2)
                     .size(),
                 2);
    }

    void jsonHasStableKeys()
    {
        const QJsonObject json = m_report.toJson();
        QCOMPARE(json.value("snapshot_id").toInteger(), m_snapshot);
        QCOMPARE(json.value("snapshot_kind").toString(), QStringLiteral("trial"));
        QCOMPARE(json.value("totals").toObject().value("receivable_cents").toInteger(), 140000);
        QCOMPARE(json.value("totals").toObject().value("unbilled_time_seconds").toInteger(), 26100);
        QCOMPARE(json.value("clients_missing_billing").toInt(), 2);
        const QJsonObject first = json.value("clients").toArray().at(0).toObject();
        QCOMPARE(first.value("client_key").toString(), QStringLiteral("C1"));
        QCOMPARE(first.value("figures").toObject().value("trust_cents").toInteger(), 140000);
        QCOMPARE(json.value("invoice_series").toArray().at(2).toObject().value("next_number").toString(),
                 QStringLiteral("INV-0100"));
        QCOMPARE(json.value("users").toArray().at(4).toObject().value("in_user_file").toBool(true), false);
        QVERIFY(json.value("users").toArray().at(4).toObject().value("active").isNull());
        QCOMPARE(json.value("warnings").toArray().size(), 6);
        QCOMPARE(json.value("entities_missing").toArray().size(), 0);
    }

    void jobRunsOnItsOwnConnection()
    {
        CloseOutJob job(m_project);
        QSignalSpy progress(&job, &Job::progressChanged);
        QCOMPARE(job.run(), Job::Outcome::Succeeded);
        QVERIFY(job.report());
        QCOMPARE(job.report()->totals, m_report.totals);
        QCOMPARE(job.report()->warnings, m_report.warnings);
        QCOMPARE(progress.size(), 9); // 8 stages and the end
        QCOMPARE(progress.constFirst().constFirst().value<JobProgress>().stage,
                 QStringLiteral("Reading clients, matters and users"));
        QVERIFY2(job.summary().contains(QLatin1String("5 client(s) with open items")), qPrintable(job.summary()));
        QVERIFY2(job.summary().contains(QLatin1String("2 client(s) missing billing details")),
                 qPrintable(job.summary()));
        for (const QString &name : QSqlDatabase::connectionNames())
            QVERIFY2(!name.startsWith(QLatin1String("closeout-")), qPrintable(name));

        // Cancelled before its first stage: nothing analysed, nothing left open.
        CloseOutJob cancelled(m_project);
        cancelled.cancel();
        QCOMPARE(cancelled.run(), Job::Outcome::Cancelled);
        QVERIFY(!cancelled.report());
        QVERIFY(!cancelled.summary().isEmpty());
        // A snapshot that does not exist fails with a sentence.
        CloseOutJob missing(m_project, 999);
        QCOMPARE(missing.run(), Job::Outcome::Failed);
        QVERIFY2(missing.errorString().contains(QLatin1String("999")), qPrintable(missing.errorString()));
        QCOMPARE(QSqlDatabase::connectionNames().size(), 1); // the store's own
    }

    // Last: it adds a newer snapshot.
    void aSnapshotWithoutMoneyFilesSaysWhatIsMissing()
    {
        ImportMap clients = makeMap(Entity::Client, { { "source_key", "Client ID" }, { "name", "Name" } });
        const qint64 newer = stage({ { write("clients-only.csv", "Client ID,Name\nC1,Acme Corp\n"), clients } });
        QVERIFY(newer > m_snapshot);
        QString error;
        const auto latest = CloseOutAnalysis::analyse(m_store->database(), 0, &error);
        QVERIFY2(latest, qPrintable(error));
        QCOMPARE(latest->snapshotId, newer);
        QCOMPARE(latest->entitiesMissing,
                 QStringList({ "time_entry", "expense", "invoice", "payment", "trust_transaction", "user" }));
        QCOMPARE(latest->totals, CloseOutFigures());
        // The older snapshot can still be asked for by number.
        const auto older = CloseOutAnalysis::analyse(m_store->database(), m_snapshot, &error);
        QVERIFY(older);
        QCOMPARE(older->totals, m_report.totals);
    }
};

QTEST_GUILESS_MAIN(TestCloseOutAnalysis)
#include "TestCloseOutAnalysis.moc"
