// The time-tracking templates, round trip: a small project staged as the final
// snapshot, the templates written, the workbook's XML checked, rows added to
// it the way a spreadsheet program writes them (QuaZip), loaded back and
// compared to the cent and the second; the CSV version likewise; bad cells
// refused with file, row and column; a second load adds nothing.

#include "TestMaps.h"
#include "closeout/CutoffStore.h"
#include "placeholder/InterimTime.h"
#include "staging/StagingJob.h"
#include "store/ProjectStore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace Cutover;

namespace {

constexpr auto kTarget = "clio";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

struct Part
{
    QString name;
    QByteArray data;
};

QList<Part> readZip(const QString &path)
{
    QList<Part> parts;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return parts;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        parts.append({ zip.getCurrentFileName(), file.readAll() });
    }
    return parts;
}

bool writeZip(const QString &path, const QList<Part> &parts)
{
    QFile::remove(path);
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const Part &part : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(part.name)))
            return false;
        file.write(part.data);
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

QByteArray part(const QList<Part> &parts, const QString &name)
{
    for (const Part &p : parts) {
        if (p.name == name)
            return p.data;
    }
    return {};
}

QByteArray xmlEscape(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

// One cell the script types into the Time sheet.
struct Cell
{
    enum Kind { Empty, Number, Date, Shared, Inline } kind = Empty;
    QString text; // strings; numbers as their XML text
    QDate date;
};

Cell num(const char *text)
{
    return { Cell::Number, QString::fromLatin1(text), {} };
}
Cell day(QDate d)
{
    return { Cell::Date, {}, d };
}
Cell shared(const QString &text)
{
    return { Cell::Shared, text, {} };
}
Cell inl(const QString &text)
{
    return { Cell::Inline, text, {} };
}

// Fills the workbook's Time sheet (sheet1) the way a spreadsheet program
// saves it: dates as serial numbers with the column's date style, numbers,
// shared strings (added to the table) and inline strings.
bool fillWorkbook(const QString &path, const QList<QList<Cell>> &rows, int firstRow = 2)
{
    QList<Part> parts = readZip(path);
    QByteArray sheet = part(parts, QStringLiteral("xl/worksheets/sheet1.xml"));
    QByteArray strings = part(parts, QStringLiteral("xl/sharedStrings.xml"));
    if (sheet.isEmpty() || strings.isEmpty())
        return false;
    // The date column's style, from its <col> definition.
    const QRegularExpression dateCol(QStringLiteral("<col min=\"1\" max=\"1\"[^>]*style=\"(\\d+)\""));
    const auto m = dateCol.match(QString::fromUtf8(sheet));
    if (!m.hasMatch())
        return false;
    const QByteArray dateStyle = m.captured(1).toLatin1();
    const QRegularExpression unique(QStringLiteral("uniqueCount=\"(\\d+)\""));
    int nextString = unique.match(QString::fromUtf8(strings)).captured(1).toInt();

    QByteArray added;
    QByteArray newStrings;
    for (int r = 0; r < rows.size(); ++r) {
        const QByteArray rowNumber = QByteArray::number(firstRow + r);
        added += "<row r=\"" + rowNumber + "\">";
        for (int c = 0; c < rows.at(r).size(); ++c) {
            const Cell &cell = rows.at(r).at(c);
            const QByteArray ref = QByteArray(1, char('A' + c)) + rowNumber;
            switch (cell.kind) {
            case Cell::Empty:
                break;
            case Cell::Number:
                added += "<c r=\"" + ref + "\"><v>" + cell.text.toLatin1() + "</v></c>";
                break;
            case Cell::Date:
                added += "<c r=\"" + ref + "\" s=\"" + dateStyle + "\"><v>"
                    + QByteArray::number(QDate(1899, 12, 30).daysTo(cell.date)) + "</v></c>";
                break;
            case Cell::Shared:
                newStrings += "<si><t>" + xmlEscape(cell.text) + "</t></si>";
                added += "<c r=\"" + ref + "\" t=\"s\"><v>" + QByteArray::number(nextString++) + "</v></c>";
                break;
            case Cell::Inline:
                added += "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + xmlEscape(cell.text) + "</t></is></c>";
                break;
            }
        }
        added += "</row>";
    }
    sheet.replace("</sheetData>", added + "</sheetData>");
    strings.replace("</sst>", newStrings + "</sst>");
    strings.replace(QRegularExpression(QStringLiteral("uniqueCount=\"\\d+\""))
                        .match(QString::fromUtf8(strings))
                        .captured(0)
                        .toLatin1(),
                    "uniqueCount=\"" + QByteArray::number(nextString) + "\"");
    for (Part &p : parts) {
        if (p.name == QLatin1String("xl/worksheets/sheet1.xml"))
            p.data = sheet;
        else if (p.name == QLatin1String("xl/sharedStrings.xml"))
            p.data = strings;
    }
    return writeZip(path, parts);
}

struct Expected
{
    QDate date;
    QString userKey;
    QString matterKey;
    qint64 seconds;
    qint64 rateCents;
    QString description;
    bool billable;
};

} // namespace

class TestTimeTemplates : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void lists();
    void workbookStructure();
    void workbookRoundTrip();
    void badCellsRefused();
    void csvRoundTrip();
    void perUser();
    void removeRefusesSent();
    void missingHeaderReported();

private:
    QList<InterimEntry> loadFiles(const QStringList &files, InterimLoadSummary *summary);
    void compare(const QList<Expected> &expected);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    QString m_path;
    const QDate m_cutoffDay { 2026, 11, 30 };
};

void TestTimeTemplates::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("Harbor.cutover"));
    ProjectSettings settings = ProjectSettings::defaultsForThisMachine();
    settings.firmName = QStringLiteral("Harbor & Pine LLP");
    settings.sourceSystem = QStringLiteral("bill4time");
    settings.timeZone = QStringLiteral("America/New_York");
    settings.holidayRegion = QStringLiteral("US");
    QString error;
    m_store = ProjectStore::create(m_path, settings, &error);
    QVERIFY2(m_store, qPrintable(error));

    const Cutoff cutoff = Cutoffs::make(m_cutoffDay, QTime(17, 0), "America/New_York");
    QVERIFY(cutoff.isValid());
    QVERIFY2(CutoffStore::save(*m_store, cutoff, QString(), &error), qPrintable(error));

    struct File
    {
        const char *name;
        QByteArray bytes;
        Entity entity;
        QMap<QString, QString> fields;
    };
    const QList<File> files = {
        { "users.csv",
          "User ID,Name,Email\nU1,Ann Lee,ann@harbor.test\nU2,José Núñez,jose@harbor.test\n",
          Entity::User,
          { { "source_key", "User ID" }, { "name", "Name" }, { "email", "Email" } } },
        { "clients.csv",
          "Client ID,Name\nC1,Able Holdings\nC2,\"Fox, Dana\"\nC3,Excluded Co\n",
          Entity::Client,
          { { "source_key", "Client ID" }, { "name", "Name" } } },
        { "matters.csv",
          "Matter ID,Client ID,Description,Status\n"
          "2019-0042,C1,Lease review,open\n"
          "2019-004,C1,Old lease,closed\n"
          "2020-0007,C2,Estate plan,open\n"
          "2020-0009,C3,Not moving,open\n",
          Entity::Matter,
          { { "source_key", "Matter ID" },
            { "client_key", "Client ID" },
            { "description", "Description" },
            { "status", "Status" } } },
    };
    StagingRequest request;
    request.projectPath = m_path;
    request.kind = SnapshotKind::Final;
    for (const File &f : files) {
        const QString path = m_dir->filePath(QLatin1String(f.name));
        QVERIFY(writeFile(path, f.bytes));
        StagingSource source;
        source.path = path;
        source.map = TestMaps::make(f.entity, f.fields);
        request.sources.append(source);
    }
    StagingJob job(request);
    QCOMPARE(job.run(), Job::Outcome::Succeeded);
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO client_selection (client_key, included, changed_at_utc) "
                                  "VALUES ('C3', 0, '2026-11-30T00:00:00Z')")));
}

void TestTimeTemplates::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QList<InterimEntry> TestTimeTemplates::loadFiles(const QStringList &files, InterimLoadSummary *summary)
{
    InterimLoadJob job(m_path, files);
    if (job.run() != Job::Outcome::Succeeded) {
        qWarning() << job.errorString();
        return {};
    }
    *summary = job.loadSummary();
    QString error;
    const QList<InterimEntry> entries = InterimEntries::load(m_store->database(), QLatin1String(kTarget), &error);
    if (!error.isEmpty())
        qWarning() << error;
    return entries;
}

void TestTimeTemplates::compare(const QList<Expected> &expected)
{
    QString error;
    QList<InterimEntry> entries = InterimEntries::load(m_store->database(), QLatin1String(kTarget), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(entries.size(), expected.size());
    std::sort(entries.begin(), entries.end(),
              [](const InterimEntry &a, const InterimEntry &b) { return a.row < b.row; });
    for (int i = 0; i < expected.size(); ++i) {
        const InterimEntry &e = entries.at(i);
        const Expected &x = expected.at(i);
        QCOMPARE(e.date, x.date);
        QCOMPARE(e.userKey, x.userKey);
        QCOMPARE(e.matterKey, x.matterKey);
        QCOMPARE(e.seconds, x.seconds);
        QCOMPARE(e.rateCents, x.rateCents);
        QCOMPARE(e.description, x.description);
        QCOMPARE(e.billable, x.billable);
        QCOMPARE(e.state, QString()); // never sent
        QVERIFY(!e.entryKey.isEmpty());
    }
}

void TestTimeTemplates::lists()
{
    QString error;
    const TemplateLists l = TimeTemplates::lists(m_store->database(), &error);
    QVERIFY2(l.snapshotId > 0, qPrintable(error));
    QCOMPARE(l.firstDate, m_cutoffDay);
    QCOMPARE(l.users.size(), 2);
    QCOMPARE(l.users.at(0).name, QStringLiteral("Ann Lee"));
    QCOMPARE(l.users.at(1).key, QStringLiteral("U2"));
    // The excluded client and its matter are not offered.
    QCOMPARE(l.clients, (QStringList { QStringLiteral("Able Holdings"), QStringLiteral("Fox, Dana") }));
    QCOMPARE(l.matters.size(), 3);
    // Open matters first.
    QCOMPARE(l.matters.at(0).label, QStringLiteral("2019-0042 · Lease review"));
    QCOMPARE(l.matters.at(1).key, QStringLiteral("2020-0007"));
    QCOMPARE(l.matters.at(1).clientName, QStringLiteral("Fox, Dana"));
    QCOMPARE(l.matters.at(2).key, QStringLiteral("2019-004"));
    QVERIFY(!l.matters.at(2).open);
}

void TestTimeTemplates::workbookStructure()
{
    QString error;
    const TemplateLists l = TimeTemplates::lists(m_store->database(), &error);
    TemplateOptions options;
    options.outDir = m_dir->filePath(QStringLiteral("out"));
    const QStringList files = TimeTemplates::write(l, options, QStringLiteral("Harbor & Pine LLP"), &error);
    QVERIFY2(!files.isEmpty(), qPrintable(error));
    QCOMPARE(files.size(), 3);
    QVERIFY(files.at(0).endsWith(QLatin1String("time-tracking.xlsx")));
    QVERIFY(files.at(1).endsWith(QLatin1String("time-tracking.csv")));
    QVERIFY(files.at(2).endsWith(QLatin1String("time-tracking - matters.csv")));

    const QList<Part> parts = readZip(files.at(0));
    QVERIFY(!parts.isEmpty());
    const QString workbook = QString::fromUtf8(part(parts, QStringLiteral("xl/workbook.xml")));
    QVERIFY2(workbook.contains(QLatin1String("<sheet name=\"Time\" sheetId=\"1\"")), qPrintable(workbook));
    QVERIFY(workbook.contains(QLatin1String("<sheet name=\"Instructions\" sheetId=\"2\"")));
    QVERIFY(workbook.contains(QLatin1String("<sheet name=\"Lists\" sheetId=\"3\" state=\"hidden\"")));
    QVERIFY2(workbook.contains(QLatin1String("<definedName name=\"CutoverUsers\">'Lists'!$A$2:$A$3</definedName>")),
             qPrintable(workbook));
    QVERIFY(workbook.contains(QLatin1String("<definedName name=\"CutoverClients\">'Lists'!$B$2:$B$3</definedName>")));
    QVERIFY(workbook.contains(QLatin1String("<definedName name=\"CutoverMatters\">'Lists'!$C$2:$C$4</definedName>")));
    QVERIFY(workbook.contains(QLatin1String("<definedName name=\"CutoverBillable\">'Lists'!$D$2:$D$3</definedName>")));

    const QString sheet = QString::fromUtf8(part(parts, QStringLiteral("xl/worksheets/sheet1.xml")));
    QVERIFY(sheet.contains(QLatin1String("<sheetProtection ")));
    QVERIFY(sheet.contains(QLatin1String("ySplit=\"1\"")) && sheet.contains(QLatin1String("state=\"frozen\"")));
    const auto validation = [&](const QString &sqref) {
        const QRegularExpression re(QStringLiteral("<dataValidation [^>]*sqref=\"%1\">(.*?)</dataValidation>")
                                        .arg(QRegularExpression::escape(sqref)));
        const auto m = re.match(sheet);
        return m.hasMatch() ? m.captured(0) : QString();
    };
    const int first = int(QDate(1899, 12, 30).daysTo(m_cutoffDay));
    const int last = int(QDate(1899, 12, 30).daysTo(m_cutoffDay.addYears(1)));
    const QString date = validation(QStringLiteral("A2:A2001"));
    QVERIFY2(date.contains(QLatin1String("type=\"date\"")), qPrintable(sheet));
    QVERIFY(date.contains(QStringLiteral("<formula1>%1</formula1><formula2>%2</formula2>").arg(first).arg(last)));
    QVERIFY(validation(QStringLiteral("B2:B2001")).contains(QLatin1String("<formula1>CutoverUsers</formula1>")));
    QVERIFY(validation(QStringLiteral("C2:C2001")).contains(QLatin1String("<formula1>CutoverClients</formula1>")));
    QVERIFY(validation(QStringLiteral("D2:D2001")).contains(QLatin1String("<formula1>CutoverMatters</formula1>")));
    const QString hours = validation(QStringLiteral("E2:E2001"));
    QVERIFY(hours.contains(QLatin1String("type=\"decimal\"")));
    QVERIFY(hours.contains(QLatin1String("<formula1>0.1</formula1><formula2>24</formula2>")));
    const QString rate = validation(QStringLiteral("F2:F2001"));
    QVERIFY(rate.contains(QLatin1String("operator=\"greaterThanOrEqual\"")));
    QVERIFY(validation(QStringLiteral("H2:H2001")).contains(QLatin1String("<formula1>CutoverBillable</formula1>")));

    // The header is written, the lists hold the snapshot's values, the
    // instructions name the firm, the cutoff day and the step.
    const QString strings = QString::fromUtf8(part(parts, QStringLiteral("xl/sharedStrings.xml")));
    for (const QString &h : TimeTemplates::columns())
        QVERIFY(strings.contains(QStringLiteral("<t>%1</t>").arg(h)));
    QVERIFY(strings.contains(QStringLiteral("José Núñez")));
    QVERIFY(strings.contains(QStringLiteral("2020-0007 · Estate plan")));
    QVERIFY(!strings.contains(QLatin1String("Not moving")));
    QVERIFY(strings.contains(QLatin1String("Harbor &amp; Pine LLP")));
    QVERIFY(strings.contains(QLatin1String("2026-11-30")));
    QVERIFY(strings.contains(QLatin1String("Placeholder step")));

    // The CSV reference of the matters.
    QFile matters(files.at(2));
    QVERIFY(matters.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(matters.readAll());
    QVERIFY(csv.contains(QLatin1String("Matter,Client\r\n")));
    QVERIFY(csv.contains(QStringLiteral("2020-0007 · Estate plan,\"Fox, Dana\"\r\n")));
}

void TestTimeTemplates::workbookRoundTrip()
{
    QString error;
    const TemplateLists l = TimeTemplates::lists(m_store->database(), &error);
    TemplateOptions options;
    options.outDir = m_dir->filePath(QStringLiteral("out"));
    options.csv = false;
    const QStringList files = TimeTemplates::write(l, options, QStringLiteral("Harbor"), &error);
    QCOMPARE(files.size(), 1);

    const QString lease = QStringLiteral("2019-0042 · Lease review");
    const QString estate = QStringLiteral("2020-0007 · Estate plan");
    QVERIFY(fillWorkbook(files.at(0),
                         {
                             { day({ 2026, 12, 1 }), shared(QStringLiteral("Ann Lee")),
                               shared(QStringLiteral("Able Holdings")), shared(lease), num("1.5"), num("250"),
                               shared(QStringLiteral("Drafting the renewal")), shared(QStringLiteral("Yes")) },
                             { day(m_cutoffDay), inl(QStringLiteral("José Núñez")), inl(QStringLiteral("Fox, Dana")),
                               inl(estate), num("0.1"), num("195.5"),
                               inl(QStringLiteral("Call with Dana & her brother")), inl(QStringLiteral("No")) },
                             // No rate, billable left empty, no client: the matter decides.
                             { day({ 2026, 12, 2 }),
                               shared(QStringLiteral("Ann Lee")),
                               {},
                               shared(lease),
                               num("0.25"),
                               {},
                               shared(QStringLiteral("Short call")) },
                             // Identical to the first row: a second entry, not a duplicate.
                             { day({ 2026, 12, 1 }), shared(QStringLiteral("Ann Lee")),
                               shared(QStringLiteral("Able Holdings")), shared(lease), num("1.5"), num("250"),
                               shared(QStringLiteral("Drafting the renewal")), shared(QStringLiteral("Yes")) },
                             // Hours as a fraction a spreadsheet stores in binary: 1/3 hour = 1200 s.
                             { day({ 2026, 12, 3 }),
                               shared(QStringLiteral("jose@harbor.test")),
                               {},
                               shared(QStringLiteral("2019-004")),
                               num("0.33333333333333298"),
                               num("300.01"),
                               shared(QStringLiteral("Old lease: final letter")),
                               {} },
                         }));

    InterimLoadSummary summary;
    loadFiles(files, &summary);
    QCOMPARE(summary.files, 1);
    QCOMPARE(summary.rows, 5);
    QCOMPARE(summary.added, 5);
    QCOMPARE(summary.rejected, 0);
    QCOMPARE(summary.issues.size(), 0);
    const QList<Expected> expected {
        { { 2026, 12, 1 }, "U1", "2019-0042", 5400, 25000, "Drafting the renewal", true },
        { m_cutoffDay, "U2", "2020-0007", 360, 19550, "Call with Dana & her brother", false },
        { { 2026, 12, 2 }, "U1", "2019-0042", 900, -1, "Short call", true },
        { { 2026, 12, 1 }, "U1", "2019-0042", 5400, 25000, "Drafting the renewal", true },
        { { 2026, 12, 3 }, "U2", "2019-004", 1200, 30001, "Old lease: final letter", true },
    };
    compare(expected);

    // Loading the same file again adds nothing.
    loadFiles(files, &summary);
    QCOMPARE(summary.added, 0);
    QCOMPARE(summary.alreadyLoaded, 5);
    compare(expected);
}

void TestTimeTemplates::badCellsRefused()
{
    QString error;
    const TemplateLists l = TimeTemplates::lists(m_store->database(), &error);
    TemplateOptions options;
    options.outDir = m_dir->filePath(QStringLiteral("out"));
    options.csv = false;
    const QStringList files = TimeTemplates::write(l, options, QStringLiteral("Harbor"), &error);
    const QString lease = QStringLiteral("2019-0042 · Lease review");
    const auto good = [&](const char *description) {
        return QList<Cell> { day({ 2026, 12, 1 }), shared(QStringLiteral("Ann Lee")),       {}, shared(lease), num("1"),
                             num("250"),           shared(QString::fromLatin1(description)) };
    };
    QList<Cell> unknownUser = good("unknown user");
    unknownUser[1] = shared(QStringLiteral("Zed Nobody"));
    QList<Cell> unknownMatter = good("unknown matter");
    unknownMatter[3] = shared(QStringLiteral("2099-0001 · Nothing"));
    QList<Cell> tooLong = good("thirty hours");
    tooLong[4] = num("30");
    QList<Cell> early = good("before the cutoff");
    early[0] = day(m_cutoffDay.addDays(-1));
    QList<Cell> textRate = good("text rate");
    textRate[5] = shared(QStringLiteral("two fifty"));
    QList<Cell> wrongClient = good("wrong client");
    wrongClient[2] = shared(QStringLiteral("Fox, Dana"));
    QVERIFY(fillWorkbook(
        files.at(0),
        { good("first good"), unknownUser, unknownMatter, tooLong, early, textRate, wrongClient, good("last good") }));

    InterimLoadSummary summary;
    const QList<InterimEntry> entries = loadFiles(files, &summary);
    QCOMPARE(summary.rows, 8);
    QCOMPARE(summary.rejected, 5);
    QCOMPARE(summary.added, 3);
    QStringList kept;
    for (const InterimEntry &e : entries)
        kept.append(e.description);
    kept.sort();
    QCOMPARE(
        kept,
        (QStringList { QStringLiteral("first good"), QStringLiteral("last good"), QStringLiteral("wrong client") }));

    // Every refused cell is named by file, row and column (and its header);
    // the wrong client is a warning on a kept row.
    const QList<InterimIssue> stored = InterimEntries::issues(m_store->database(), &error);
    QCOMPARE(stored.size(), 6);
    struct Want
    {
        qint64 row;
        int column;
        bool error;
        const char *header;
        const char *value;
    };
    const QList<Want> wants { { 3, 2, true, "User", "Zed Nobody" }, { 4, 4, true, "Matter", "2099-0001" },
                              { 5, 5, true, "Hours", "30" },        { 6, 1, true, "Date", "2026-11-29" },
                              { 7, 6, true, "Rate", "two fifty" },  { 8, 3, false, "Client", "Fox, Dana" } };
    for (int i = 0; i < wants.size(); ++i) {
        const InterimIssue &got = stored.at(i);
        QCOMPARE(got.fileName, QStringLiteral("time-tracking.xlsx"));
        QCOMPARE(got.row, wants.at(i).row);
        QCOMPARE(got.column, wants.at(i).column);
        QCOMPARE(got.error, wants.at(i).error);
        QVERIFY2(got.message.startsWith(QLatin1String(wants.at(i).header)), qPrintable(got.message));
        QVERIFY2(got.message.contains(QString::fromUtf8(wants.at(i).value)), qPrintable(got.message));
    }
    QCOMPARE(summary.issues.size(), 6);
}

void TestTimeTemplates::csvRoundTrip()
{
    QString error;
    const TemplateLists l = TimeTemplates::lists(m_store->database(), &error);
    TemplateOptions options;
    options.outDir = m_dir->filePath(QStringLiteral("out"));
    options.xlsx = false;
    const QStringList files = TimeTemplates::write(l, options, QStringLiteral("Harbor"), &error);
    QCOMPARE(files.size(), 2);
    QFile csv(files.at(0));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QByteArray bytes = csv.readAll();
    csv.close();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "Date,User,Client,Matter,Hours,Rate,Description,Billable\r\n"));
    // Typed the way people type: US dates, h:mm, a dollar sign.
    bytes += "2026-12-01,Ann Lee,Able Holdings,2019-0042 · Lease review,1.75,$250.00,\"Lease, second draft\",Yes\r\n"
             ",,,,,,,\r\n"
             "12/2/2026,ann@harbor.test,,2020-0007,1:30,,Estate call,no\r\n"
             "2026-12-03,U2,Fox Dana,2020-0007,2,99.99,Will,\r\n";
    QVERIFY(writeFile(files.at(0), bytes));

    InterimLoadSummary summary;
    loadFiles({ files.at(0) }, &summary);
    QCOMPARE(summary.rows, 3);
    QCOMPARE(summary.added, 3);
    QCOMPARE(summary.rejected, 0);
    QCOMPARE(summary.issues.size(), 1); // "Fox Dana" is not "Fox, Dana": a warning
    QVERIFY(!summary.issues.at(0).error);
    QCOMPARE(summary.issues.at(0).row, 5);
    QCOMPARE(summary.issues.at(0).column, 3);
    const QList<Expected> expected {
        { { 2026, 12, 1 }, "U1", "2019-0042", 6300, 25000, "Lease, second draft", true },
        { { 2026, 12, 2 }, "U1", "2020-0007", 5400, -1, "Estate call", false },
        { { 2026, 12, 3 }, "U2", "2020-0007", 7200, 9999, "Will", true },
    };
    compare(expected);
    loadFiles({ files.at(0) }, &summary);
    QCOMPARE(summary.added, 0);
    QCOMPARE(summary.alreadyLoaded, 3);
    compare(expected);
}

void TestTimeTemplates::perUser()
{
    QString error;
    const TemplateLists l = TimeTemplates::lists(m_store->database(), &error);
    TemplateOptions options;
    options.outDir = m_dir->filePath(QStringLiteral("out"));
    options.perUser = true;
    const QStringList files = TimeTemplates::write(l, options, QStringLiteral("Harbor"), &error);
    QVERIFY2(files.size() == 5, qPrintable(files.join(u'\n')));
    const QString jose = options.outDir + QStringLiteral("/time-tracking - José Núñez.xlsx");
    QVERIFY(files.contains(jose));
    QVERIFY(files.contains(options.outDir + QStringLiteral("/time-tracking - Ann Lee.csv")));

    // The user column is prefilled (and has no drop-down): the script fills the
    // other cells of row 2 only; the prefilled rows below are not entries.
    const QList<Part> parts = readZip(jose);
    const QString sheet = QString::fromUtf8(part(parts, QStringLiteral("xl/worksheets/sheet1.xml")));
    // The user column is unlocked for entries; the prefilled cells have a style of their own (locked).
    const QString columnStyle =
        QRegularExpression(QStringLiteral("<col min=\"2\" max=\"2\"[^>]*style=\"(\\d+)\"")).match(sheet).captured(1);
    const QString cellStyle =
        QRegularExpression(QStringLiteral("<c r=\"B2001\" s=\"(\\d+)\" t=\"s\">")).match(sheet).captured(1);
    QVERIFY(!columnStyle.isEmpty());
    QVERIFY2(!cellStyle.isEmpty() && cellStyle != columnStyle, qPrintable(sheet.right(300)));
    const QString styles = QString::fromUtf8(part(parts, QStringLiteral("xl/styles.xml")));
    const QString cellXfs = styles.mid(styles.indexOf(QLatin1String("<cellXfs")));
    const QStringList xfs = cellXfs.split(QStringLiteral("<xf "));
    QVERIFY(xfs.value(columnStyle.toInt() + 1).contains(QLatin1String("locked=\"0\"")));
    QVERIFY(!xfs.value(cellStyle.toInt() + 1).contains(QLatin1String("locked=\"0\"")));
    QVERIFY(!sheet.contains(QLatin1String("sqref=\"B2:B2001\"")));
    // Rewrite row 2 with the user kept as the workbook has it.
    QList<Part> edited = parts;
    for (Part &p : edited) {
        if (p.name == QLatin1String("xl/worksheets/sheet1.xml")) {
            const QRegularExpression row2(QStringLiteral("<row r=\"2\"[^>]*>(<c r=\"B2\"[^>]*>.*?</c>)</row>"));
            const auto m = row2.match(QString::fromUtf8(p.data));
            QVERIFY(m.hasMatch());
            const QString filled =
                QStringLiteral("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>2026-12-04</t></is></c>%1"
                               "<c r=\"D2\" t=\"inlineStr\"><is><t>2020-0007</t></is></c>"
                               "<c r=\"E2\"><v>3</v></c></row>")
                    .arg(m.captured(1));
            p.data = QString::fromUtf8(p.data).replace(m.captured(0), filled).toUtf8();
        }
    }
    QVERIFY(writeZip(jose, edited));
    InterimLoadSummary summary;
    const QList<InterimEntry> entries = loadFiles({ jose }, &summary);
    QCOMPARE(summary.rows, 1);
    QCOMPARE(summary.issues.size(), 0);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).userKey, QStringLiteral("U2"));
    QCOMPARE(entries.at(0).seconds, 10800);
    QCOMPARE(entries.at(0).date, QDate(2026, 12, 4));
}

void TestTimeTemplates::removeRefusesSent()
{
    QString error;
    const QString path = m_dir->filePath(QStringLiteral("time.csv"));
    QVERIFY(
        writeFile(path, "Date,User,Matter,Hours\n2026-12-01,Ann Lee,2019-0042,1\n2026-12-02,Ann Lee,2019-0042,2\n"));
    InterimLoadSummary summary;
    const QList<InterimEntry> entries = loadFiles({ path }, &summary);
    QCOMPARE(entries.size(), 2);
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("INSERT INTO id_map (target_key, entity, source_key, reference, target_id, state, "
                             "updated_at_utc) VALUES (?, 'interim_entry', ?, 'ref', '991', 'created', '2026-12-05')"));
    q.addBindValue(QLatin1String(kTarget));
    q.addBindValue(entries.at(0).entryKey);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    const QList<InterimEntry> reread = InterimEntries::load(m_store->database(), QLatin1String(kTarget), &error);
    QCOMPARE(reread.at(0).state, QStringLiteral("created"));
    QCOMPARE(reread.at(0).targetId, QStringLiteral("991"));

    QVERIFY(!InterimEntries::remove(m_store->database(), entries.at(0).id, &error));
    QVERIFY2(error.contains(QLatin1String("row 2")), qPrintable(error));
    QVERIFY2(InterimEntries::remove(m_store->database(), entries.at(1).id, &error), qPrintable(error));
    QCOMPARE(InterimEntries::load(m_store->database(), QLatin1String(kTarget)).size(), 1);
}

void TestTimeTemplates::missingHeaderReported()
{
    const QString path = m_dir->filePath(QStringLiteral("other.csv"));
    QVERIFY(writeFile(path, "Day,Who,Hours\n2026-12-01,Ann Lee,1\n"));
    InterimLoadSummary summary;
    loadFiles({ path }, &summary);
    QCOMPARE(summary.added, 0);
    QCOMPARE(summary.issues.size(), 1);
    QCOMPARE(summary.issues.at(0).row, 1);
    QVERIFY2(summary.issues.at(0).message.contains(QLatin1String("Date, User, Matter")),
             qPrintable(summary.issues.at(0).message));
}

QTEST_GUILESS_MAIN(TestTimeTemplates)
#include "TestTimeTemplates.moc"
