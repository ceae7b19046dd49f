#include "sources/MapSuggester.h"
#include "sources/RowConverter.h"

#include <QTest>

using namespace Cutover;

namespace {

QStringList header(const char *commaSeparated)
{
    QStringList out;
    for (const QString &h : QString::fromUtf8(commaSeparated).split(QLatin1Char(',')))
        out.append(h.trimmed());
    return out;
}

QString describe(const Placement &p)
{
    QStringList parts;
    for (const PlacementCandidate &c : p.candidates)
        parts << QStringLiteral("%1/%2=%3").arg(Entities::key(c.entity), c.mapId).arg(c.score, 0, 'f', 3);
    return (p.chosen ? QStringLiteral("chosen %1 %2; ").arg(Entities::key(p.chosen->map.entity), p.chosen->builtInId)
                     : QStringLiteral("none (%1); ").arg(p.reason))
        + parts.join(QStringLiteral(", "));
}

const ColumnSuggestion *column(const MapSuggestion &s, const char *field)
{
    for (const ColumnSuggestion &c : s.columns) {
        if (c.field == QLatin1String(field))
            return &c;
    }
    return nullptr;
}

} // namespace

class TestMapSuggester : public QObject
{
    Q_OBJECT

private slots:
    void placesEachKnownLayout_data();
    void placesEachKnownLayout();
    void placesGenericLayouts_data();
    void placesGenericLayouts();
    void placesALooseHeaderByItsWords();
    void reportsAnAmbiguousHeader();
    void reportsAnUnknownHeader();
    void suggestRanksHowNamesMatch();
    void suggestUsesEachColumnOnce();
    void suggestScoresFit();
};

void TestMapSuggester::placesEachKnownLayout_data()
{
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QString>("mapId");

    // The layouts in shared/reference/source-exports.md, header for header.
    QTest::newRow("Clio activities") << header(
        "matter,date,activity_description,note,price,quantity,type,activity_user,non_billable")
                                     << "clio-activities";
    QTest::newRow("Clio activities, no type")
        << header("matter,date,activity_description,note,price,quantity,activity_user,non_billable")
        << "clio-activities";
    QTest::newRow("Clio contacts") << header("title,job_title,first_name,last_name,company,business_street,"
                                             "business_city,business_state,business_postal_code,email_address,"
                                             "primary_phone")
                                   << "clio-contacts";
    QTest::newRow("Clio matters") << header("status,location,client_reference,description,open_date,close_date,"
                                            "pending_date,custom_number,note,client_first_name,client_last_name,"
                                            "client_company_name")
                                  << "clio-matters";
    QTest::newRow("Bill4Time time") << header(
        "Client ID,Client Name,Project ID,Project Name,User,User ID,Billable Hours,Date of Work,Private Description,"
        "Public Description,Status,Billable,Override Rate,Hourly,Flat Fee")
                                    << "bill4time-time";
    QTest::newRow("Bill4Time clients") << header(
        "Client Name,Account Manager,Account Manager ID,Status,Client ID,Custom Client ID,Billing Name,Type,"
        "Address 1,Address 2,Address 3,City,State,Zip,Country,Phone,Mobile,Fax,Email,Currency Code,Currency Symbol,"
        "Invoice Attention,Creation Date")
                                       << "bill4time-clients";
    QTest::newRow("Bill4Time projects") << header(
        "Client Name,Matter ID from Previous Software,Custom Project ID,Client ID,Project Type,Description,"
        "Assigned To,Assigned To ID,Status,Billing Method,Percent Rate,Flat Fee Rate,Payment Due Upon,Email")
                                        << "bill4time-projects";
    QTest::newRow("PracticePanther contacts")
        << header("Display Name,Number,CompanyName,First Name,Middle Name,Last Name,Email,Fax,Home Phone,Mobile Phone,"
                  "Office Phone,Address,ContactNotes,CompanyNotes,Website,AssignedTo,Tags,URL")
        << "practicepanther-contacts";
    QTest::newRow("PracticePanther matters") << header("Contact,Name,Number,Notes,Status") << "practicepanther-matters";
    QTest::newRow("MyCase companies") << header(
        "MyCase ID,Company,Business Address,Business Fax,Company Main Phone,E-mail Address,Web Page,"
        "Outstanding Trust Balance,Archived,Private Notes,Notes,Contacts,Cases,Case Link IDs")
                                      << "mycase-companies";
    QTest::newRow("TimeSolv time") << header(
        "Client ID,Project ID,Timekeeper,Date,Hours,Description,Rate,Amount,Billable Type")
                                   << "timesolv-time";
    QTest::newRow("Collect! debtors with a header")
        << header("Client number,Acct,Name,Contact,Address,Addr 1,City,State") << "collect-debtors";
    QTest::newRow("Collect! transactions with a header")
        << header("Client number,Acct,Type,Payment date,Posted date,To us,Direct,Description,Operator")
        << "collect-transactions";
    QTest::newRow("Collect! clients with a header") << header(
        "Client #,Alt Client #,Name,D.B.A.,Contact,Address,Street No,Address 1,Address 2,City,State,Zip,Country,"
        "Phone,Fax,Other,Cell,Email") << "collect-clients";
    QTest::newRow("QuickBooks Online time")
        << header("TxnDate,NameOf,Employee,Customer,Service Item,Class,Billable Status,Taxable,Hourly Rate,Duration,"
                  "Break Duration,Start Time,End Time,Description")
        << "quickbooks-online-time";
    QTest::newRow("Harvest detailed time") << header(
        "Date,Client,Project,Project Code,Task,Notes,Hours,Hours Rounded,Billable?,Invoiced?,Approved?,First Name,"
        "Last Name,Roles,Employee?,Billable Rate,Billable Amount,Cost Rate,Cost Amount,Currency,External Reference URL")
                                           << "harvest-detailed-time";
    QTest::newRow("Harvest, newer") << header(
        "Date,Client,Project,Project Code,Task,Notes,Hours,Hours Rounded,Billable?,Invoiced?,First Name,Last Name,"
        "Employee Id,Teams,Roles,Employee?,Billable Rate,Billable Amount,Cost Rate,Cost Amount,Currency,"
        "External Reference URL") << "harvest-detailed-time";
    QTest::newRow("Toggl detailed") << header("User,Email,Client,Project,Task,Description,Billable,Start date,"
                                              "Start time,End date,End time,Duration,Tags,Amount (USD)")
                                    << "toggl-detailed";
    QTest::newRow("Toggl, no currency, BOM") << header("\xEF\xBB\xBFUser,Email,Client,Project,Task,Description,"
                                                       "Billable,Start date,Start time,End date,End time,Duration,"
                                                       "Tags,Amount ()")
                                             << "toggl-detailed";
    QTest::newRow("Clockify detailed") << header("Project,Client,Description,Task,Email,Tags,Billable,Start Date,"
                                                 "Start Time,End Date,End Time,Duration (h)")
                                       << "clockify-detailed";
}

void TestMapSuggester::placesEachKnownLayout()
{
    QFETCH(QStringList, columns);
    QFETCH(QString, mapId);
    const Placement p = MapSuggester::place(columns);
    QVERIFY2(p.chosen.has_value(), qPrintable(describe(p)));
    QCOMPARE(p.chosen->builtInId, mapId);
    QCOMPARE(p.chosen->map.id, mapId);
    QCOMPARE(p.chosen->score, 1.0);
    QVERIFY(p.reason.isEmpty());
    QVERIFY(!p.candidates.isEmpty());
    QCOMPARE(p.candidates.first().mapId, mapId);
    QCOMPARE(p.candidates.first().entity, p.chosen->map.entity);
    // The file names its columns, so even a map for headerless files reads it by its header.
    QVERIFY(p.chosen->map.options.hasHeader);
    // The chosen map binds to the header.
    QStringList problems;
    const auto converter = RowConverter::create(p.chosen->map, columns, QTimeZone("America/New_York"), &problems);
    QVERIFY2(converter, qPrintable(problems.join(QLatin1Char('\n'))));
    // Every column the suggestion names is in the header.
    for (const ColumnSuggestion &c : p.chosen->columns) {
        if (!c.column.isEmpty())
            QVERIFY2(columns.contains(c.column), qPrintable(c.column));
    }
}

void TestMapSuggester::placesGenericLayouts_data()
{
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("mapId");
    // Each generic map's full header, Cutover's own layout for each kind of data, is
    // placed to that map; the same without its first column (an ID), by scoring.
    for (const ImportMap &map : BuiltInMaps::all()) {
        if (map.source != QLatin1String("generic"))
            continue;
        QStringList columns;
        for (const FieldSpec &spec : Entities::fields(map.entity))
            columns << map.fields.value(spec.key).columns.value(0);
        QTest::newRow(qPrintable(map.id)) << columns << Entities::key(map.entity) << map.id;
        // Without an ID column, a few layouts no longer say what they are (see reportsAnAmbiguousHeader).
        const bool ambiguousWithoutId = map.entity == Entity::TrustTransaction || map.entity == Entity::User;
        QTest::newRow(qPrintable(map.id + QStringLiteral(", no ID")))
            << columns.mid(1) << (ambiguousWithoutId ? QString() : Entities::key(map.entity)) << QString();
    }
    // Shorter hand-made sheets.
    QTest::newRow("time sheet") << header("Matter Number,User,Date,Hours,Description,Rate,Billable") << "time_entry"
                                << QString();
    QTest::newRow("expense sheet") << header("Matter Number,Date,Expense Category,Amount,Description") << "expense"
                                   << QString();
    QTest::newRow("client list") << header("Client Number,Client Name,Email,Phone,City,State,Zip") << "client"
                                 << QString();
    QTest::newRow("matter list") << header("Matter Number,Client Number,Description,Status,Open Date") << "matter"
                                 << QString();
    QTest::newRow("invoice list") << header("Invoice #,Client Number,Invoice Date,Due Date,Total,Balance Due")
                                  << "invoice" << QString();
    QTest::newRow("trust ledger") << header("Client Number,Matter Number,Transaction Date,Deposit,Memo")
                                  << "trust_transaction" << QString();
    QTest::newRow("staff list") << header("User ID,Full Name,Email,Role,Hourly Rate") << "user" << QString();
}

void TestMapSuggester::placesGenericLayouts()
{
    QFETCH(QStringList, columns);
    QFETCH(QString, entity);
    QFETCH(QString, mapId);
    const Placement p = MapSuggester::place(columns);
    if (entity.isEmpty()) { // expected: no choice, with the candidates and a reason
        QVERIFY2(!p.chosen.has_value(), qPrintable(describe(p)));
        QVERIFY2(p.candidates.size() >= 2, qPrintable(describe(p)));
        if (p.candidates.at(0).score >= 0.6) // close to another: "could be A or B"
            QVERIFY(p.reason.contains(QStringLiteral("could be")));
        else // too weak a fit for anything
            QVERIFY(p.reason.contains(QStringLiteral("fit no known kind")));
        return;
    }
    QVERIFY2(p.chosen.has_value(), qPrintable(describe(p)));
    QCOMPARE(Entities::key(p.chosen->map.entity), entity);
    QCOMPARE(p.chosen->builtInId, mapId);
    QCOMPARE(p.candidates.first().entity, p.chosen->map.entity);
    QVERIFY(p.chosen->map.missingRequiredFields().isEmpty());
    QVERIFY(p.chosen->score >= 0.6);
    if (mapId.isEmpty() && p.candidates.size() > 1)
        QVERIFY2(p.candidates.at(0).score - p.candidates.at(1).score >= 0.15, qPrintable(describe(p)));
}

void TestMapSuggester::placesALooseHeaderByItsWords()
{
    // No exact known names: case, punctuation, extra words and a typing slip.
    const QStringList columns = header("matter number (old system),TIMEKEEPER,Work date,hours worked,Descripton");
    const Placement p = MapSuggester::place(columns);
    QVERIFY2(p.chosen.has_value(), qPrintable(describe(p)));
    QCOMPARE(p.chosen->map.entity, Entity::TimeEntry);
    const MapSuggestion &s = *p.chosen;
    QCOMPARE(column(s, "matter_key")->column, QStringLiteral("matter number (old system)"));
    QCOMPARE(column(s, "user_key")->column, QStringLiteral("TIMEKEEPER"));
    QCOMPARE(column(s, "date")->column, QStringLiteral("Work date"));
    QCOMPARE(column(s, "duration")->column, QStringLiteral("hours worked"));
    QCOMPARE(column(s, "description")->column, QStringLiteral("Descripton"));
    QCOMPARE(s.map.fields.value(QStringLiteral("duration")).columns, QStringList { "hours worked" });
}

void TestMapSuggester::reportsAnAmbiguousHeader()
{
    // Clio-like activities without the type column's help: time entries or expenses alike.
    const QStringList columns = header("Matter,User,Date,Quantity,Amount,Description,Category");
    const Placement p = MapSuggester::place(columns);
    QVERIFY2(!p.chosen.has_value(), qPrintable(describe(p)));
    QCOMPARE(p.candidates.size(), 2);
    QList<Entity> both { p.candidates.at(0).entity, p.candidates.at(1).entity };
    std::sort(both.begin(), both.end());
    QCOMPARE(both, (QList<Entity> { Entity::TimeEntry, Entity::Expense }));
    QVERIFY(p.candidates.at(0).mapId.isEmpty());
    QVERIFY(p.candidates.at(0).score >= p.candidates.at(1).score);
    QVERIFY(p.candidates.at(0).score - p.candidates.at(1).score < 0.15);
    QVERIFY2(p.reason.contains(QStringLiteral("Time entries")) && p.reason.contains(QStringLiteral("Expenses")),
             qPrintable(p.reason));
}

void TestMapSuggester::reportsAnUnknownHeader()
{
    const Placement p = MapSuggester::place(header("Latitude,Longitude,Elevation,Sensor"));
    QVERIFY(!p.chosen.has_value());
    QVERIFY2(p.candidates.isEmpty(), qPrintable(describe(p)));
    QVERIFY2(p.reason.contains(QStringLiteral("fit no known kind of data")), qPrintable(p.reason));

    const Placement empty = MapSuggester::place({});
    QVERIFY(!empty.chosen.has_value());
    QVERIFY(!empty.reason.isEmpty());
}

void TestMapSuggester::suggestRanksHowNamesMatch()
{
    const MapSuggestion s = MapSuggester::suggest(
        Entity::TimeEntry, header("Hours,matter number,Billable Rate (USD),Descriptoin,date of work"));
    QCOMPARE(column(s, "duration")->column, QStringLiteral("Hours"));
    QCOMPARE(column(s, "duration")->confidence, 1.0); // a known name
    QCOMPARE(column(s, "matter_key")->column, QStringLiteral("matter number"));
    QCOMPARE(column(s, "matter_key")->confidence, 0.9); // the same, ignoring case
    QCOMPARE(column(s, "rate")->column, QStringLiteral("Billable Rate (USD)"));
    QVERIFY(column(s, "rate")->confidence < 0.9 && column(s, "rate")->confidence >= 0.5); // words inside
    QCOMPARE(column(s, "description")->column, QStringLiteral("Descriptoin"));
    QVERIFY(column(s, "description")->confidence < column(s, "rate")->confidence); // a typing slip
    QCOMPARE(column(s, "date")->column, QStringLiteral("date of work"));
    QCOMPARE(column(s, "user_key")->column, QString());
    QCOMPARE(column(s, "user_key")->confidence, 0.0);
    QCOMPARE(s.columns.size(), Entities::fields(Entity::TimeEntry).size());
    QCOMPARE(s.map.entity, Entity::TimeEntry);
    QVERIFY(s.builtInId.isEmpty());
    QCOMPARE(s.map.missingRequiredFields(), QStringList { "user_key" });
}

void TestMapSuggester::suggestUsesEachColumnOnce()
{
    // "Company" is a known name for both the client's name and its company; it feeds one of them.
    const MapSuggestion s = MapSuggester::suggest(Entity::Client, header("Client ID,Company"));
    QCOMPARE(column(s, "source_key")->column, QStringLiteral("Client ID"));
    QCOMPARE(column(s, "name")->column, QStringLiteral("Company"));
    QCOMPARE(column(s, "company")->column, QString());
    // "Date" fits time entries' date and nothing else then; "Start Date" goes to it only when "Date" is absent.
    const MapSuggestion t = MapSuggester::suggest(Entity::TimeEntry, header("Start time,Date,Start date"));
    QCOMPARE(column(t, "date")->column, QStringLiteral("Date"));
}

void TestMapSuggester::suggestScoresFit()
{
    const double full = MapSuggester::suggest(Entity::TimeEntry, header("Matter Number,User,Date,Hours")).score;
    const double partial = MapSuggester::suggest(Entity::TimeEntry, header("Matter Number,Date,Colour,Shape")).score;
    const double none = MapSuggester::suggest(Entity::TimeEntry, header("Colour,Shape")).score;
    QCOMPARE(full, 1.0);
    QVERIFY(partial > none && partial < full);
    QCOMPARE(none, 0.0);
}

QTEST_GUILESS_MAIN(TestMapSuggester)
#include "TestMapSuggester.moc"
