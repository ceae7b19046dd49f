#include "TestMaps.h"
#include "closeout/CloseOutAnalysis.h"
#include "staging/StagingJob.h"
#include "staging/StagingStore.h"
#include "store/ProjectStore.h"
#include "targets/CsvPackageTarget.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace Cutover;

namespace {

// A small firm's final export. What each row is there for is said beside it;
// the expected files below are worked out by hand from these rows.
const char *const kUsers = "User ID,Name,Email,Rate\n"
                           "U1,Ann Able,ann@firm.test,300.00\n"
                           "U2,Bob Baker,bob@firm.test,250.00\n";

const char *const kClients = "Client ID,Name,Type,First,Last,Company,Street,City,State,Zip,Email,Phone\n"
                             "C1,Acme Corp,company,,,,1 Main St,Springfield,IL,62701,ap@acme.test,555-0100\n"
                             "C2,Jane Doe,person,Jane,Doe,Doe Holdings,2 Elm St,Shelbyville,IL,62565,jane@doe.test,\n"
                             "C3,Echo Ltd,company,,,,,,,,,\n" // deselected: nothing of it moves
                             "C4,Sam Smith,person,,,,,,,,,\n"; // a person with only a name: split at the last space

const char *const kMatters = "Matter ID,Client ID,Description,Status,Opened,Closed\n"
                             "M1,C1,Lease dispute,open,2026-01-15,\n"
                             "M2,C2,\"Estate plan, revised\",closed,2025-02-01,2026-03-01\n"
                             "M3,C3,Excluded matter,open,2025-06-01,\n"
                             "M4,C4,Smith purchase,,,\n"; // no status: Open

const char *const kTime = "Entry ID,Matter ID,User,Date,Hours,Rate,Amount,Billable,Billed,Invoice Number,Description\n"
                          "T1,M1,U1,2026-03-02,1.5,200.00,,,,,\"Call, long\"\n" // 5400 s -> 1.5 h, 300.00
                          "T2,M1,U2,2026-03-03,0.1,,,,,,Note\n" // the user's rate 250.00: 25.00
                          "T3,M2,U1,2026-03-04,1.0,300.00,,,yes,,Billed\n" // billed: left out
                          "T4,M2,U1,2026-03-04,1.0,300.00,,,,INV-1,On an invoice\n" // on an invoice: left out
                          "T5,M3,U1,2026-03-05,2.0,300.00,,,,,Excluded\n" // deselected client: left out
                          "T6,M2,U2,2026-03-06,0.25,100.00,,no,,,Courtesy\n" // non-billable: kept, 25.00
                          "T7,M1,U1,2026-03-07,0:20:00,300.00,,,,,Twenty minutes\n" // 1200 s -> 0.3333, 100.00
                          "T8,M4,bob baker,2026-03-09,0:00:10,360.00,,,,,Ten seconds\n" // 10 s -> 0.0028, 1.00
                          "T9,M4,U1,2026-03-09,2.0,250.00,480.00,,,,Discounted\n"; // amount wins: 480.00

const char *const kExpenses = "Expense ID,Matter ID,User,Date,Quantity,Unit Price,Amount,Billable,Billed,Description\n"
                              "E1,M1,U1,2026-03-05,,,45.00,,,Courier\n"
                              "E2,M1,U1,2026-03-05,,,12.50,,yes,Billed copies\n" // billed: left out
                              "E3,M3,U1,2026-03-06,,,99.00,,,Excluded\n" // deselected client: left out
                              "E4,M2,U2,2026-03-06,3,5.00,15.00,,,Copies\n"; // 3 x 5.00

const char *const kInvoices = "Invoice Number,Client ID,Matter ID,Date,Total,Paid,Balance,Status\n"
                              "INV-1,C2,M2,2026-02-01,800.00,300.00,,open\n" // 500.00 open
                              "INV-2,C1,,2026-02-10,\"1,234.56\",,,sent\n" // no matter: M1, the client's first
                              "INV-3,C1,M1,2026-01-10,100.00,100.00,,paid\n"
                              "INV-4,C3,M3,2026-02-11,999.00,,,open\n" // deselected client
                              "INV-5,C1,M1,2026-03-01,75.00,,,draft\n";

const char *const kPayments = "Payment ID,Client ID,Matter ID,Date,Amount,Unapplied,Type\n"
                              "P1,C2,M2,2026-02-21,25.00,25.00,credit\n";

const char *const kTrust = "Transaction ID,Client ID,Matter ID,Date,Amount,Type\n"
                           "R1,C1,M1,2026-01-05,2000.00,deposit\n"
                           "R2,C1,M1,2026-02-05,500.00,withdrawal\n"
                           "R3,C3,M3,2026-02-08,1000.00,deposit\n"; // deselected client

// RFC 4180, as CsvWriter writes it (BOM, CRLF, quoted fields).
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << cell;
            cell.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty())
        rows << (row << cell);
    return rows;
}

QStringList split(const char *commaSeparated)
{
    return QString::fromUtf8(commaSeparated).split(QLatin1Char(','));
}

} // namespace

class TestCsvPackage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    qint64 m_snapshot = 0;
    CsvPackageManifest m_manifest;
    QString m_out;

    QString write(const QString &name, const char *text)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text);
        return f.fileName();
    }

    QByteArray bytes(const QString &name) const
    {
        QFile f(QDir(m_out).filePath(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QList<QStringList> rows(const QString &name) const { return parseCsv(bytes(name)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString project = m_dir.filePath(QStringLiteral("package.cutover"));
        ProjectSettings settings = ProjectSettings::defaultsForThisMachine();
        settings.firmName = QStringLiteral("Harbor & Pine LLP");
        settings.timeZone = QStringLiteral("America/New_York");
        QString error;
        m_store = ProjectStore::create(project, settings, &error);
        QVERIFY2(m_store, qPrintable(error));
        // The cutoff the load records in its snapshot.
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(
            QStringLiteral("INSERT OR REPLACE INTO step_state (step, state, data, updated_at_utc) VALUES ('cutoff', "
                           "'done', '{\"cutoffUtc\": \"2026-03-31T22:00:00Z\"}', '2026-03-31T22:00:00Z')")));

        using TestMaps::make;
        ImportMap users =
            make(Entity::User,
                 { { "source_key", "User ID" }, { "name", "Name" }, { "email", "Email" }, { "rate", "Rate" } });
        ImportMap clients = make(Entity::Client,
                                 { { "source_key", "Client ID" },
                                   { "name", "Name" },
                                   { "kind", "Type" },
                                   { "first_name", "First" },
                                   { "last_name", "Last" },
                                   { "company", "Company" },
                                   { "street", "Street" },
                                   { "city", "City" },
                                   { "region", "State" },
                                   { "postal_code", "Zip" },
                                   { "email", "Email" },
                                   { "phone", "Phone" } });
        ImportMap matters = make(Entity::Matter,
                                 { { "source_key", "Matter ID" },
                                   { "client_key", "Client ID" },
                                   { "description", "Description" },
                                   { "status", "Status" },
                                   { "open_date", "Opened" },
                                   { "close_date", "Closed" } });
        ImportMap time = make(Entity::TimeEntry,
                              { { "source_key", "Entry ID" },
                                { "matter_key", "Matter ID" },
                                { "user_key", "User" },
                                { "date", "Date" },
                                { "duration", "Hours" },
                                { "rate", "Rate" },
                                { "amount", "Amount" },
                                { "billable", "Billable" },
                                { "billed", "Billed" },
                                { "invoice_number", "Invoice Number" },
                                { "description", "Description" } });
        ImportMap expenses = make(Entity::Expense,
                                  { { "source_key", "Expense ID" },
                                    { "matter_key", "Matter ID" },
                                    { "user_key", "User" },
                                    { "date", "Date" },
                                    { "quantity", "Quantity" },
                                    { "unit_price", "Unit Price" },
                                    { "amount", "Amount" },
                                    { "billable", "Billable" },
                                    { "billed", "Billed" },
                                    { "description", "Description" } });
        ImportMap invoices = make(Entity::Invoice,
                                  { { "source_key", "Invoice Number" },
                                    { "client_key", "Client ID" },
                                    { "matter_key", "Matter ID" },
                                    { "issue_date", "Date" },
                                    { "total", "Total" },
                                    { "paid", "Paid" },
                                    { "balance", "Balance" },
                                    { "status", "Status" } });
        ImportMap payments = make(Entity::Payment,
                                  { { "source_key", "Payment ID" },
                                    { "client_key", "Client ID" },
                                    { "matter_key", "Matter ID" },
                                    { "date", "Date" },
                                    { "amount", "Amount" },
                                    { "unapplied", "Unapplied" },
                                    { "kind", "Type" } });
        ImportMap trust = make(Entity::TrustTransaction,
                               { { "source_key", "Transaction ID" },
                                 { "client_key", "Client ID" },
                                 { "matter_key", "Matter ID" },
                                 { "date", "Date" },
                                 { "amount", "Amount" },
                                 { "kind", "Type" } });

        StagingRequest request;
        request.projectPath = project;
        request.kind = SnapshotKind::Final;
        const QList<std::pair<QString, ImportMap>> files = {
            { write("users.csv", kUsers), users },          { write("clients.csv", kClients), clients },
            { write("matters.csv", kMatters), matters },    { write("time.csv", kTime), time },
            { write("expenses.csv", kExpenses), expenses }, { write("invoices.csv", kInvoices), invoices },
            { write("payments.csv", kPayments), payments }, { write("trust.csv", kTrust), trust },
        };
        for (const auto &[path, map] : files) {
            StagingSource s;
            s.path = path;
            s.map = map;
            request.sources.append(s);
        }
        StagingJob job(request);
        QVERIFY2(job.run() == Job::Outcome::Succeeded, qPrintable(job.errorString()));
        m_snapshot = job.result().snapshotId;
        QVERIFY(m_snapshot > 0);
        const auto counts = StagingStore::entityCounts(m_store->database(), m_snapshot);
        QCOMPARE(counts.value(Entity::TimeEntry), 9);
        QCOMPARE(counts.value(Entity::Invoice), 5);
        QVERIFY(StagingStore::setClientsIncluded(m_store->database(), { "C3" }, false, &error));

        m_out = m_dir.filePath(QStringLiteral("package"));
        QVERIFY2(CsvPackageTarget::write(m_store->database(), m_snapshot, m_out, &m_manifest, &error),
                 qPrintable(error));
    }

    void formatsHoursAndMoney()
    {
        QCOMPARE(CsvPackageTarget::formatHours(5400), QStringLiteral("1.5"));
        QCOMPARE(CsvPackageTarget::formatHours(3600), QStringLiteral("1"));
        QCOMPARE(CsvPackageTarget::formatHours(360), QStringLiteral("0.1"));
        QCOMPARE(CsvPackageTarget::formatHours(9), QStringLiteral("0.0025"));
        QCOMPARE(CsvPackageTarget::formatHours(1200), QStringLiteral("0.3333"));
        QCOMPARE(CsvPackageTarget::formatHours(2400), QStringLiteral("0.6667"));
        QCOMPARE(CsvPackageTarget::formatHours(0), QStringLiteral("0"));
        // Every whole second in a day comes back from its 4 decimals.
        for (qint64 s = 0; s <= 86400; ++s) {
            const double hours = CsvPackageTarget::formatHours(s).toDouble();
            QCOMPARE(qRound64(hours * 3600), s);
            if (s % 9 == 0) // exact: the decimals are the duration itself
                QCOMPARE(qRound64(hours * 10000) * 9, s * 25);
        }
        QCOMPARE(CsvPackageTarget::formatCents(123456), QStringLiteral("1234.56"));
        QCOMPARE(CsvPackageTarget::formatCents(-5), QStringLiteral("-0.05"));
        QCOMPARE(CsvPackageTarget::formatCents(0), QStringLiteral("0.00"));
    }

    void contactsFile()
    {
        const auto r = rows(QStringLiteral("contacts.csv"));
        QCOMPARE(r.value(0),
                 split("title,job_title,first_name,last_name,company,business_street,business_city,"
                       "business_state,business_postal_code,email_address,primary_phone"));
        QCOMPARE(r.size(), 4);
        QCOMPARE(r.at(1), split(",,,,Acme Corp,1 Main St,Springfield,IL,62701,ap@acme.test,555-0100"));
        QCOMPARE(r.at(2), split(",,Jane,Doe,Doe Holdings,2 Elm St,Shelbyville,IL,62565,jane@doe.test,"));
        QCOMPARE(r.at(3), split(",,Sam,Smith,,,,,,,"));
        QCOMPARE(m_manifest.file(QStringLiteral("contacts.csv"))->rows, 3);
    }

    void mattersFile()
    {
        const auto r = rows(QStringLiteral("matters.csv"));
        QCOMPARE(r.value(0),
                 split("status,location,client_reference,description,open_date,close_date,pending_date,"
                       "custom_number,note,client_first_name,client_last_name,client_company_name"));
        QCOMPARE(r.size(), 4);
        QCOMPARE(r.at(1), split("Open,,C1,Lease dispute,01/15/2026,,,M1,,,,Acme Corp"));
        QStringList m2 = split("Closed,,C2,X,02/01/2025,03/01/2026,,M2,,Jane,Doe,");
        m2[3] = QStringLiteral("Estate plan, revised");
        QCOMPARE(r.at(2), m2);
        QCOMPARE(r.at(3), split("Open,,C4,Smith purchase,,,,M4,,Sam,Smith,"));
        // The comma in the description is quoted, as Clio's CSV import expects.
        QVERIFY(bytes(QStringLiteral("matters.csv")).contains("\"Estate plan, revised\""));
    }

    void activitiesFile()
    {
        const auto r = rows(QStringLiteral("activities.csv"));
        QCOMPARE(r.value(0),
                 split("matter,date,activity_description,note,price,quantity,type,activity_user,non_billable"));
        QStringList t1 = split("M1,03/02/2026,,X,200.00,1.5,,Ann Able,");
        t1[3] = QStringLiteral("Call, long");
        const QList<QStringList> expected = {
            t1,
            split("M1,03/03/2026,,Note,250.00,0.1,,Bob Baker,"), // the user's default rate
            split("M2,03/06/2026,,Courtesy,100.00,0.25,,Bob Baker,yes"),
            split("M1,03/07/2026,,Twenty minutes,300.00,0.3333,,Ann Able,"),
            split("M4,03/09/2026,,Ten seconds,360.00,0.0028,,Bob Baker,"), // user found by name
            split("M4,03/09/2026,,Discounted,250.00,2,,Ann Able,"),
            split("M1,03/05/2026,,Courier,45.00,1,ExpenseEntry,Ann Able,"),
            split("M2,03/06/2026,,Copies,5.00,3,ExpenseEntry,Bob Baker,"),
        };
        QCOMPARE(r.mid(1), expected);

        const CsvPackageFile *f = m_manifest.file(QStringLiteral("activities.csv"));
        QVERIFY(f);
        QCOMPARE(f->rows, 8);
        QCOMPARE(f->moneyCents.value(QStringLiteral("price")),
                 20000 + 25000 + 10000 + 30000 + 36000 + 25000 + 4500 + 500);
        QCOMPARE(f->figures.value(QStringLiteral("seconds")), 5400 + 360 + 900 + 1200 + 10 + 7200);
        QCOMPARE(f->figures.value(QStringLiteral("time_value")), 30000 + 2500 + 2500 + 10000 + 100 + 48000);
        QCOMPARE(f->figures.value(QStringLiteral("expense_value")), 4500 + 1500);
        QCOMPARE(f->figures.value(QStringLiteral("non_billable_value")), 2500);
        // The discounted entry will be valued differently by the target: said, naming it.
        bool warned = false;
        for (const QString &w : m_manifest.warnings)
            warned = warned || (w.contains(QLatin1String("T9")) && w.contains(QLatin1String("480.00")));
        QVERIFY2(warned, qPrintable(m_manifest.warnings.join(QLatin1Char('\n'))));
    }

    void balancesForwardFile()
    {
        const auto r = rows(QStringLiteral("balances_forward.csv"));
        QCOMPARE(r.value(0),
                 split("matter,date,activity_description,note,price,quantity,type,activity_user,non_billable"));
        const QList<QStringList> expected = {
            split("M2,02/01/2026,Balance Brought Forward from Previous Software,Invoice INV-1,500.00,1,,,"),
            split("M1,02/10/2026,Balance Brought Forward from Previous Software,Invoice INV-2,1234.56,1,,,"),
        };
        QCOMPARE(r.mid(1), expected);
        QCOMPARE(m_manifest.file(QStringLiteral("balances_forward.csv"))->moneyCents.value(QStringLiteral("price")),
                 50000 + 123456);
    }

    // The engine's worksheet (ImportWorksheet), with its sums in the manifest.
    void worksheetFile()
    {
        const auto r = rows(QStringLiteral("trust_ar_worksheet.csv"));
        const CsvPackageFile *f = m_manifest.file(QStringLiteral("trust_ar_worksheet.csv"));
        QVERIFY(f);
        QCOMPARE(f->rows, 3); // C1/M1 trust, C1 client-level receivable, C2/M2 receivable
        QCOMPARE(r.size(), 1 + 1 + 3 + 1); // the firm's line, the columns, the rows, the totals
        QCOMPARE(r.at(2).mid(0, 3), split("C1,Acme Corp,")); // the client level first
        QCOMPARE(r.at(2).mid(4), split("0.00,1234.56"));
        QCOMPARE(r.at(3).mid(0, 3), split("C1,Acme Corp,M1"));
        QCOMPARE(r.at(3).mid(4), split("1500.00,0.00"));
        QCOMPARE(f->moneyCents.value(QStringLiteral("opening_trust_balance")), 150000);
        QCOMPARE(f->moneyCents.value(QStringLiteral("receivable_carried_forward")), 173456);
        QVERIFY(r.at(0).value(0).contains(QLatin1String("Harbor & Pine LLP")));
        // Nothing of the deselected client.
        for (const QStringList &row : r)
            QVERIFY(!row.contains(QStringLiteral("C3")));
    }

    // The manifest's money equals what the staging tables hold for the clients
    // that move, as the close-out analysis (a separate implementation) sums it.
    void manifestReconcilesWithStaging()
    {
        QString error;
        const auto report = CloseOutAnalysis::analyse(m_store->database(), m_snapshot, &error);
        QVERIFY2(report, qPrintable(error));
        const CsvPackageFile *activities = m_manifest.file(QStringLiteral("activities.csv"));
        const CsvPackageFile *balances = m_manifest.file(QStringLiteral("balances_forward.csv"));
        const CsvPackageFile *worksheet = m_manifest.file(QStringLiteral("trust_ar_worksheet.csv"));
        QCOMPARE(activities->figures.value(QStringLiteral("time_value"))
                     - activities->figures.value(QStringLiteral("non_billable_value")),
                 report->totals.unbilledTimeCents);
        QCOMPARE(activities->figures.value(QStringLiteral("expense_value")), report->totals.unbilledExpenseCents);
        QCOMPARE(balances->figures.value(QStringLiteral("value")), report->totals.receivableCents);
        QCOMPARE(worksheet->moneyCents.value(QStringLiteral("opening_trust_balance")), report->totals.trustCents);
        QCOMPARE(worksheet->moneyCents.value(QStringLiteral("receivable_carried_forward")),
                 report->totals.receivableCents);

        // And straight from the staging table: the open balances of the clients that move.
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT sum(coalesce(balance, total - coalesce(paid, 0))) FROM stg_invoice "
                                      "WHERE status NOT IN ('draft', 'paid', 'void') AND client_key <> 'C3'")));
        QVERIFY(q.next());
        QCOMPARE(balances->moneyCents.value(QStringLiteral("price")), q.value(0).toLongLong());
    }

    void manifestFile()
    {
        const QJsonObject json = QJsonDocument::fromJson(bytes(QStringLiteral("manifest.json"))).object();
        QCOMPARE(json.value(QLatin1String("firm")).toString(), QStringLiteral("Harbor & Pine LLP"));
        QCOMPARE(json.value(QLatin1String("snapshot_id")).toInteger(), m_snapshot);
        QCOMPARE(json.value(QLatin1String("cutoff_utc")).toString(), QStringLiteral("2026-03-31T22:00:00Z"));
        const QDateTime created =
            QDateTime::fromString(json.value(QLatin1String("created_utc")).toString(), Qt::ISODate);
        QVERIFY(created.isValid());
        QVERIFY(qAbs(created.secsTo(QDateTime::currentDateTimeUtc())) < 3600);

        const QJsonArray files = json.value(QLatin1String("files")).toArray();
        QCOMPARE(files.size(), 5);
        qint64 rowsTotal = 0;
        qint64 priceTotal = 0;
        for (const QJsonValue &v : files) {
            const QJsonObject f = v.toObject();
            const QString name = f.value(QLatin1String("name")).toString();
            const QByteArray content = bytes(name);
            QVERIFY2(!content.isEmpty(), qPrintable(name));
            // The hash is the file's real one, and the rows are its data lines.
            QCOMPARE(f.value(QLatin1String("sha256")).toString(),
                     QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
            // The rows are its data lines (the worksheet adds a title line and a totals line).
            const qint64 extra = name == QLatin1String("trust_ar_worksheet.csv") ? 3 : 1;
            QCOMPARE(f.value(QLatin1String("rows")).toInteger(), parseCsv(content).size() - extra);
            rowsTotal += f.value(QLatin1String("rows")).toInteger();
            priceTotal += f.value(QLatin1String("money_cents")).toObject().value(QLatin1String("price")).toInteger();
        }
        const QJsonObject totals = json.value(QLatin1String("totals")).toObject();
        QCOMPARE(totals.value(QLatin1String("rows")).toInteger(), rowsTotal);
        QCOMPARE(totals.value(QLatin1String("money_cents")).toObject().value(QLatin1String("price")).toInteger(),
                 priceTotal);
        QCOMPARE(json, m_manifest.toJson());
    }

    void zipHoldsEveryFileUnchanged()
    {
        QCOMPARE(m_manifest.zipPath, QDir(m_out).filePath(CsvPackageTarget::zipFileName()));
        QuaZip zip(m_manifest.zipPath);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        QStringList names = zip.getFileNameList();
        names.sort();
        QStringList expected = CsvPackageTarget::fileNames();
        expected.sort();
        QCOMPARE(names, expected);
        for (const QString &name : expected) {
            QVERIFY(zip.setCurrentFile(name));
            QuaZipFile entry(&zip);
            QVERIFY(entry.open(QIODevice::ReadOnly));
            QCOMPARE(entry.readAll(), bytes(name));
        }
        QVERIFY(!QFile::exists(m_manifest.zipPath + QStringLiteral(".part")));
    }

    void writingAgainReplacesThePackage()
    {
        CsvPackageManifest again;
        QString error;
        QVERIFY2(CsvPackageTarget::write(m_store->database(), m_snapshot, m_out, &again, &error), qPrintable(error));
        QCOMPARE(again.files.size(), m_manifest.files.size());
        for (qsizetype i = 0; i < again.files.size(); ++i)
            QCOMPARE(again.files.at(i).sha256, m_manifest.files.at(i).sha256);
    }

    void refusesAMissingSnapshot()
    {
        CsvPackageManifest manifest;
        QString error;
        QVERIFY(!CsvPackageTarget::write(m_store->database(), 999, m_dir.filePath(QStringLiteral("none")), &manifest,
                                         &error));
        QVERIFY2(error.contains(QLatin1String("999")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCsvPackage)
#include "TestCsvPackage.moc"
