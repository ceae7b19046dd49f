#include "store/ProjectStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

// cutover-cli run as a process, as a script or a specialist would run it.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void newThenInfoJson();
    void infoAsText();
    void newRefusesAnExistingFile();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void infoOnAFileThatIsNotAProject();
    void stepMarksAStateAndRespectsTheLock();
    void speaksFrench();
    void previewPrintsCellsExactlyAsParsed();
    void stageThenIssuesThenFixList();
    void mapsListsBuiltInsAndImportsAMapFile();
    void cutoffSetsAndExplainsDst();
    void deltaListsChangesSinceTheFinalExport();
    void calendarAddsBusinessDays();
    void calendarCountsBusinessDaysBetween();
    void calendarListsHolidaysAsJson();
    void closeoutShowsWhatIsStillOpen();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

TestCli::Run TestCli::cli(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir->path()); // keep the user's settings out of it
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CUTOVER_CLI_PATH), arguments);
    Run r;
    if (!p.waitForFinished(30000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestCli::newThenInfoJson()
{
    const QString file = m_dir->filePath(QStringLiteral("x.cutover"));
    Run r = cli({ "new", file, "--firm", "Harbor & Pine LLP", "--zone", "America/New_York", "--region", "US" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.isEmpty());
    QVERIFY(r.out.contains("Harbor & Pine LLP"));
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);

    // info only reads: same bytes before and after, no audit entry, no -wal left.
    QFile project(file);
    QVERIFY(project.open(QIODevice::ReadOnly));
    const QByteArray bytes = project.readAll();
    project.close();
    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files);

    r = cli({ "info", file, "--json" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonParseError parseError;
    const QJsonObject info = QJsonDocument::fromJson(r.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QCOMPARE(info.value("firmName").toString(), QStringLiteral("Harbor & Pine LLP"));
    QCOMPARE(info.value("timeZone").toString(), QStringLiteral("America/New_York"));
    QCOMPARE(info.value("holidayRegion").toString(), QStringLiteral("US"));
    QCOMPARE(info.value("schemaVersion").toInt(), Cutover::ProjectStore::latestSchemaVersion());
    QCOMPARE(info.value("currentStep").toString(), QStringLiteral("project"));
    QCOMPARE(info.value("steps").toArray().size(), 7);
    QCOMPARE(info.value("steps").toArray().at(0).toObject().value("state").toString(), QStringLiteral("done"));
    QVERIFY(!QUuid::fromString(info.value("id").toString()).isNull());
    QVERIFY(project.open(QIODevice::ReadOnly));
    QCOMPARE(project.readAll(), bytes);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), files);
}

void TestCli::infoAsText()
{
    const QString file = m_dir->filePath(QStringLiteral("t.cutover"));
    QCOMPARE(cli({ "new", file, "--firm", "Lakeside Collections", "--source", "collect", "--region", "ca-on", "--zone",
                   "America/Toronto" })
                 .exitCode,
             0);
    const Run r = cli({ "info", file });
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(QLatin1String("Lakeside Collections")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Collect!")), qPrintable(text));
    QVERIFY2(text.contains(QString("Canada — Ontario (CA-ON)")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Close out")), qPrintable(text));
}

void TestCli::newRefusesAnExistingFile()
{
    const QString file = m_dir->filePath(QStringLiteral("x.cutover"));
    QCOMPARE(cli({ "new", file, "--firm", "A" }).exitCode, 0);
    const Run r = cli({ "new", file, "--firm", "B" });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("already exists"));
    QCOMPARE(r.err.count('\n'), 1);
    QCOMPARE(QJsonDocument::fromJson(cli({ "info", file, "--json" }).out).object().value("firmName").toString(),
             QStringLiteral("A"));
}

void TestCli::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no command") << QStringList {} << "Usage";
    QTest::newRow("unknown command") << QStringList { "frobnicate" } << "not a command";
    QTest::newRow("new without --firm") << QStringList { "new", "NEWFILE" } << "--firm";
    QTest::newRow("new without a file") << QStringList { "new", "--firm", "A" } << "exactly one";
    QTest::newRow("bad zone") << QStringList { "new", "NEWFILE", "--firm", "A", "--zone", "Mars/Base" } << "Mars/Base";
    QTest::newRow("bad source") << QStringList { "new", "NEWFILE", "--firm", "A", "--source", "abacus" } << "abacus";
    QTest::newRow("step without a state") << QStringList { "step", "NEWFILE", "closeout" } << "state";
    QTest::newRow("unknown step") << QStringList { "step", "NEWFILE", "lunch", "done" } << "lunch";
    QTest::newRow("unknown state") << QStringList { "step", "NEWFILE", "closeout", "finished" } << "finished";
    QTest::newRow("unknown option") << QStringList { "info", "NEWFILE", "--xml" } << "xml";
    QTest::newRow("calendar: unknown region")
        << QStringList { "calendar", "--region", "CA", "--subregion", "XX", "--from", "2026-01-01", "--add", "1" }
        << "CA-XX";
    QTest::newRow("calendar: bad date") << QStringList { "calendar",   "--region", "US", "--from",
                                                         "2026-02-30", "--add",    "1" }
                                        << "2026-02-30";
    QTest::newRow("calendar: two questions")
        << QStringList { "calendar", "--region", "US", "--from", "2026-01-01", "--add", "1", "--to", "2026-02-01" }
        << "exactly one";
    QTest::newRow("calendar: no --from") << QStringList { "calendar", "--region", "US", "--add", "1" } << "--from";
    QTest::newRow("calendar: no region") << QStringList { "calendar", "--holidays", "2026" } << "--region";
}

void TestCli::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const QString file = m_dir->filePath(QStringLiteral("new.cutover"));
    arguments.replaceInStrings(QStringLiteral("NEWFILE"), file);
    const Run r = cli(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(expected), r.err.constData());
    QVERIFY(!QFile::exists(file));
}

void TestCli::infoOnAFileThatIsNotAProject()
{
    const QString file = m_dir->filePath(QStringLiteral("clients.csv"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Client,Matter\n");
    f.close();
    const Run r = cli({ "info", file });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith("cutover-cli: info: "), r.err.constData());
    QVERIFY(r.err.contains("not a Cutover project"));
    QCOMPARE(r.err.count('\n'), 1);
}

void TestCli::stepMarksAStateAndRespectsTheLock()
{
    const QString file = m_dir->filePath("s.cutover");
    QCOMPARE(cli({ "new", file, "--firm", "Lakeside Collections" }).exitCode, 0);
    Run r = cli({ "step", file, "closeout", "done" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("Close out: Done"));
    const QJsonObject info = QJsonDocument::fromJson(cli({ "info", file, "--json" }).out).object();
    QCOMPARE(info.value("steps").toArray().at(1).toObject().value("state").toString(), QString("done"));

    // While a live process holds the project's lock (as an open wizard does), step refuses.
    QProcess holder;
    holder.start("sleep", { "30" });
    QVERIFY(holder.waitForStarted());
    QFile lock(file + ".lock");
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(holder.processId()) + "\nsleep\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();
    r = cli({ "step", file, "cutoff", "done" });
    holder.kill();
    holder.waitForFinished();
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("open in another Cutover window"), r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(cli({ "info", file, "--json" }).out)
                 .object()
                 .value("steps")
                 .toArray()
                 .at(2)
                 .toObject()
                 .value("state")
                 .toString(),
             QString("not_started"));
}

void TestCli::speaksFrench()
{
    const QString file = m_dir->filePath(QStringLiteral("fr.cutover"));
    QCOMPARE(cli({ "new", file, "--firm", "Cabinet Dupont", "--zone", "Europe/Paris", "--region", "NONE" }).exitCode,
             0);
    Run r = cli({ "--lang", "fr", "info", file });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("Clôture")), r.out.constData());
    r = cli({ "--lang=es", "info", file });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QString::fromUtf8(r.out).contains(QStringLiteral("Cierre")), r.out.constData());
    // A language without a translation says so and falls back to English.
    r = cli({ "--lang", "de", "info", file });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains("no translation"));
    QVERIFY(r.out.contains("Close out"));
}

QTEST_GUILESS_MAIN(TestCli)
void TestCli::previewPrintsCellsExactlyAsParsed()
{
    const QString csv = m_dir->filePath(QStringLiteral("odd.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\xEF\xBB\xBFName;Note\r\n\"Doe; Jane\";\"said \"\"hi\"\"\nthen left\"\r\nRoe;\r\n");
    f.close();
    Run r = cli({ "preview", csv, "--json" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).toArray(), QJsonArray({ "Name", "Note" }));
    QCOMPARE(rows.at(1).toArray(), QJsonArray({ "Doe; Jane", "said \"hi\"\nthen left" }));
    QCOMPARE(rows.at(2).toArray(), QJsonArray({ "Roe", "" }));
    r = cli({ "preview", csv, "--json", "--limit", "2" });
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2);
    r = cli({ "preview", csv, "--delimiter", "x" });
    QCOMPARE(r.exitCode, 2);
    r = cli({ "preview", m_dir->filePath("missing.csv") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("missing.csv"));
}

void TestCli::stageThenIssuesThenFixList()
{
    const QString project = m_dir->filePath(QStringLiteral("s.cutover"));
    QCOMPARE(cli({ "new", project, "--firm", "Harbor & Pine LLP", "--zone", "America/Chicago" }).exitCode, 0);
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(m_dir->filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    write("clients.csv", "Client Number,Client Name,Email\nC1,Acme Corp,ap@acme.test\nC2,Jane Doe,jane@doe.test\n");
    write("matters.csv",
          "Matter Number,Client Number,Matter Description,Status\nM1,C1,Contract review,Open\n"
          "M2,C2,Estate plan,Closed\n");
    // Row 3 has no date: rejected, kept for the fix list.
    write("time.csv",
          "Matter Number,User,Date,Hours,Rate,Description\nM1,Ann,2026-01-05,1.5,200,Review\n"
          "M2,Ann,,2,200,Drafting\n");
    write("users.csv", "User ID,Name,Email\nAnn,Ann Able,ann@firm.test\n");
    Run r = cli({ "stage", project, m_dir->filePath("clients.csv"), m_dir->filePath("matters.csv"),
                  m_dir->filePath("time.csv"), m_dir->filePath("users.csv"), "--json" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject staged = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(staged.value("entities").toObject().value("client").toInt(), 2);
    QCOMPARE(staged.value("entities").toObject().value("matter").toInt(), 2);
    QCOMPARE(staged.value("entities").toObject().value("time_entry").toInt(), 1);
    QCOMPARE(staged.value("rejected").toInt(), 1);
    QVERIFY(staged.value("issues").toObject().value("errors").toInt() >= 1);

    r = cli({ "issues", project, "--json", "--severity", "error", "--fix-list", m_dir->filePath("fix") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray issues = QJsonDocument::fromJson(r.out).object().value("issues").toArray();
    bool found = false;
    for (const QJsonValue &v : issues) {
        const QJsonObject i = v.toObject();
        if (i.value("file").toString().endsWith("time.csv") && i.value("row").toInt() == 3
            && i.value("code").toString() == "required")
            found = true;
    }
    QVERIFY2(found, r.out.constData());
    QVERIFY(QFile::exists(m_dir->filePath("fix/time - fix list.csv")));

    r = cli({ "issues", project, "--csv" });
    QVERIFY(r.out.startsWith("file,sheet,row,column,column_name,severity,code,message,raw_value"));
    // A final snapshot, then a second final is refused.
    r = cli({ "stage", project, m_dir->filePath("clients.csv"), "--snapshot", "final" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({ "stage", project, m_dir->filePath("clients.csv"), "--snapshot", "final" });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("final"));
    QCOMPARE(cli({ "stage", project, m_dir->filePath("clients.csv"), "--snapshot", "weekly" }).exitCode, 2);
    QCOMPARE(cli({ "stage", project, m_dir->filePath("clients.csv"), "--map", "no-such-map" }).exitCode, 2);

    // Selective migration on the newest snapshot (clients only): C2 stays behind.
    r = cli({ "clients", project, "--exclude", "C2", "--json" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject clients = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(clients.value("moving").toObject().value("client").toInt(), 1);
    for (const QJsonValue &v : clients.value("clients").toArray())
        QCOMPARE(v.toObject().value("included").toBool(), v.toObject().value("key").toString() != "C2");
    QCOMPARE(cli({ "clients", project, "--exclude", "C9" }).exitCode, 2);
    r = cli({ "clients", project });
    QVERIFY(r.out.contains("1 of 2 clients move"));
}

void TestCli::mapsListsBuiltInsAndImportsAMapFile()
{
    Run r = cli({ "maps", "--json" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray maps = QJsonDocument::fromJson(r.out).array();
    QVERIFY(maps.size() >= 10);
    QString someId;
    for (const QJsonValue &v : maps) {
        QCOMPARE(v.toObject().value("origin").toString(), QStringLiteral("built-in"));
        if (v.toObject().value("entity").toString() == "time_entry" && someId.isEmpty())
            someId = v.toObject().value("id").toString();
    }
    QVERIFY(!someId.isEmpty());
    r = cli({ "maps", "--show", someId });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject map = QJsonDocument::fromJson(r.out).object();
    map.insert("id", "my-firm-time");
    map.insert("name", "My firm's time sheet");
    QFile f(m_dir->filePath("mine.json"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(map).toJson());
    f.close();
    const QString project = m_dir->filePath(QStringLiteral("m.cutover"));
    QCOMPARE(cli({ "new", project, "--firm", "X", "--zone", "UTC" }).exitCode, 0);
    r = cli({ "maps", "--project", project, "--import", f.fileName() });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({ "maps", "--project", project, "--json" });
    const QJsonArray withSaved = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(withSaved.first().toObject().value("id").toString(), QStringLiteral("my-firm-time"));
    QCOMPARE(withSaved.first().toObject().value("origin").toString(), QStringLiteral("project"));
    QCOMPARE(cli({ "maps", "--import", f.fileName() }).exitCode, 2);
}

void TestCli::cutoffSetsAndExplainsDst()
{
    const QString project = m_dir->filePath(QStringLiteral("c.cutover"));
    QCOMPARE(cli({ "new", project, "--firm", "Able & Co", "--zone", "America/New_York", "--region", "US" }).exitCode,
             0);
    Run r = cli({ "cutoff", project, "--json" });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(r.out).object().value("cutoff").isNull());
    // Happens twice: refused until --earlier or --later says which.
    r = cli({ "cutoff", project, "--at", "2026-11-01T01:30" });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("happens twice"));
    // Does not exist.
    r = cli({ "cutoff", project, "--at", "2026-03-08T02:30" });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("does not exist"));
    r = cli({ "cutoff", project, "--at", "2026-11-01T01:30", "--later", "--json" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject c = QJsonDocument::fromJson(r.out).object().value("cutoff").toObject();
    QCOMPARE(c.value("utc").toString(), QStringLiteral("2026-11-01T06:30:00Z"));
    // Another zone, and the local time kept as typed.
    r = cli({ "cutoff", project, "--at", "2026-12-31 17:00", "--zone", "Europe/London", "--json" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    c = QJsonDocument::fromJson(r.out).object().value("cutoff").toObject();
    QCOMPARE(c.value("utc").toString(), QStringLiteral("2026-12-31T17:00:00Z"));
    QCOMPARE(c.value("zone").toString(), QStringLiteral("Europe/London"));
    QCOMPARE(c.value("local").toString(), QStringLiteral("2026-12-31T17:00"));
    QVERIFY(c.contains("business_days_until"));
    QCOMPARE(cli({ "cutoff", project, "--at", "31/12/2026" }).exitCode, 2);
    QCOMPARE(cli({ "cutoff", project, "--zone", "UTC" }).exitCode, 2);
}

void TestCli::deltaListsChangesSinceTheFinalExport()
{
    const QString project = m_dir->filePath(QStringLiteral("d.cutover"));
    QCOMPARE(cli({ "new", project, "--firm", "Able & Co", "--zone", "America/New_York" }).exitCode, 0);
    const QString clients = m_dir->filePath(QStringLiteral("clients.csv"));
    auto write = [&](const QByteArray &bytes) {
        QFile f(clients);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    };
    QCOMPARE(cli({ "delta", project }).exitCode, 1);
    write("Client Number,Client Name,Email\nC1,Acme Corp,ap@acme.test\nC2,Jane Doe,jane@doe.test\n");
    Run r = cli({ "stage", project, clients, "--snapshot", "final" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({ "delta", project });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("no re-export"));
    write("Client Number,Client Name,Email\nC1,Acme Corporation,ap@acme.test\nC3,Lee Ltd,lee@lee.test\n");
    r = cli({ "stage", project, clients, "--snapshot", "delta" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({ "delta", project, "--json" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonObject counts = o.value("counts").toArray().first().toObject();
    QCOMPARE(counts.value("entity").toString(), QStringLiteral("client"));
    QCOMPARE(counts.value("new").toInt(), 1);
    QCOMPARE(counts.value("changed").toInt(), 1);
    QCOMPARE(counts.value("deleted").toInt(), 1);
    QCOMPARE(counts.value("marked_for_import").toInt(), 2);
    QMap<QString, QString> rows;
    for (const QJsonValue &v : o.value("rows").toArray())
        rows.insert(v.toObject().value("source_key").toString(), v.toObject().value("change").toString());
    QCOMPARE(rows, (QMap<QString, QString> { { "C1", "changed" }, { "C2", "deleted" }, { "C3", "new" } }));
    r = cli({ "delta", project, "--rows" });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Lee Ltd"));
}

void TestCli::calendarAddsBusinessDays()
{
    // Independence Day 2026 is a Saturday, observed on Friday 3 July.
    Run r = cli({ "calendar", "--region", "us", "--from", "2026-07-02", "--add", "1" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray("2026-07-06 Monday\n"));
    r = cli({ "calendar", "--region", "US", "--from", "2026-07-06", "--add", "-1", "--json" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value("date").toString(), QStringLiteral("2026-07-02"));
    QCOMPARE(o.value("weekday").toString(), QStringLiteral("Thursday"));
    QCOMPARE(o.value("add").toInt(), -1);
    QCOMPARE(o.value("region").toString(), QStringLiteral("US"));
    r = cli({ "calendar", "--region", "US", "--from", "2026-07-02", "--add", "three" });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("three"));
}

void TestCli::calendarCountsBusinessDaysBetween()
{
    // Ontario: Christmas, Boxing Day (Saturday, observed Monday 28) and New Year's Day are off.
    Run r = cli(
        { "calendar", "--region", "CA", "--subregion", "ON", "--from", "2026-12-24", "--to", "2027-01-04", "--json" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value("businessDays").toInt(), 4);
    QCOMPARE(o.value("region").toString(), QStringLiteral("CA-ON"));
    r = cli({ "calendar", "--region", "CA-ON", "--from", "2027-01-04", "--to", "2026-12-24" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.startsWith("-4 business day"), r.out.constData());
}

void TestCli::calendarListsHolidaysAsJson()
{
    QFile ics(m_dir->filePath(QStringLiteral("firm.ics")));
    QVERIFY(ics.open(QIODevice::WriteOnly));
    ics.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
              "BEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Firm retreat\r\nDTSTART;VALUE=DATE:20260904\r\nEND:VEVENT\r\n"
              "BEGIN:VEVENT\r\nUID:2\r\nSUMMARY:Lost day\r\nDTSTART;VALUE=DATE:20260231\r\nEND:VEVENT\r\n"
              "END:VCALENDAR\r\n");
    ics.close();
    const Run r = cli({ "calendar", "--region", "GB", "--subregion", "SCT", "--holidays", "2026", "--ics",
                        ics.fileName(), "--json" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // The damaged event is named on stderr, with its file and line; the good one is taken.
    QVERIFY2(r.err.contains("firm.ics, line 12") && r.err.contains("Lost day"), r.err.constData());
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QCOMPARE(o.value("region").toString(), QStringLiteral("GB-SCT"));
    QCOMPARE(o.value("year").toInt(), 2026);
    const QJsonArray days = o.value("holidays").toArray();
    QStringList dates;
    QJsonObject substitute, retreat;
    for (const QJsonValue &v : days) {
        const QJsonObject day = v.toObject();
        dates << day.value("date").toString();
        if (day.value("observed").toBool())
            substitute = day;
        if (day.value("kind").toString() == "icalendar")
            retreat = day;
    }
    QCOMPARE(dates,
             QStringList({ "2026-01-01", "2026-01-02", "2026-04-03", "2026-05-04", "2026-05-25", "2026-06-15",
                           "2026-08-03", "2026-09-04", "2026-11-30", "2026-12-25", "2026-12-26", "2026-12-28" }));
    QCOMPARE(days.first().toObject().value("name").toString(), QStringLiteral("New Year's Day"));
    QCOMPARE(days.first().toObject().value("kind").toString(), QStringLiteral("rule"));
    QCOMPARE(days.first().toObject().value("weekday").toString(), QStringLiteral("Thursday"));
    QCOMPARE(substitute.value("date").toString(), QStringLiteral("2026-12-28"));
    QCOMPARE(substitute.value("kind").toString(), QStringLiteral("observed"));
    QCOMPARE(substitute.value("name").toString(), QStringLiteral("Boxing Day (substitute day)"));
    QCOMPARE(retreat.value("name").toString(), QStringLiteral("Firm retreat"));

    // As text the observed day is marked by its name.
    const Run text = cli({ "calendar", "--region", "GB-SCT", "--holidays", "2026" });
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY(text.out.contains("2026-12-28  Monday      Boxing Day (substitute day)"));
}

void TestCli::closeoutShowsWhatIsStillOpen()
{
    const QString project = m_dir->filePath(QStringLiteral("c.cutover"));
    QCOMPARE(cli({ "new", project, "--firm", "Harbor & Pine LLP", "--zone", "America/Chicago" }).exitCode, 0);
    // Nothing loaded yet: a sentence and exit 1; a bad --snapshot is a usage error.
    Run r = cli({ "closeout", project });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("nothing has been loaded"), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QCOMPARE(cli({ "closeout", project, "--snapshot", "first" }).exitCode, 2);
    QCOMPARE(cli({ "closeout" }).exitCode, 2);

    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(m_dir->filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    write("clients.csv", "Client Number,Client Name,Email\nC1,Acme Corp,ap@acme.test\nC2,Jane Doe,jane@doe.test\n");
    write("matters.csv",
          "Matter Number,Client Number,Matter Description,Status\nM1,C1,Contract review,Open\n"
          "M2,C2,Estate plan,Open\n");
    write("users.csv", "User ID,Name,Email\nAnn,Ann Able,ann@firm.test\n");
    // 1.5 h at 200.00 and 2 h at 1,000.50: 2,301.00 in 3:30.
    write("time.csv",
          "Matter Number,User,Date,Hours,Rate,Description\nM1,Ann,2026-01-05,1.5,200,Review\n"
          "M2,Ann,2026-01-06,2,\"1,000.50\",Drafting\n");
    write("invoices.csv",
          "Invoice Number,Client Number,Matter Number,Invoice Date,Due Date,Total,Paid,Balance,Status\n"
          "INV-0007,C1,M1,2026-01-31,2026-02-28,\"1,500.00\",0.00,\"1,500.00\",Open\n");
    write("trust.csv",
          "Transaction ID,Client Number,Matter Number,Date,Amount,Type,Description\n"
          "T-1,C2,M2,2026-01-02,500.00,Deposit,Retainer\n");
    QStringList stage { "stage", project };
    for (const char *name : { "clients.csv", "matters.csv", "users.csv", "time.csv", "invoices.csv", "trust.csv" })
        stage << m_dir->filePath(QLatin1String(name));
    r = cli(stage);
    QVERIFY2(r.exitCode == 0, r.err.constData());

    r = cli({ "closeout", project, "--json" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report.value("snapshot_id").toInt(), 1);
    QCOMPARE(report.value("snapshot_kind").toString(), QStringLiteral("trial"));
    const QJsonObject totals = report.value("totals").toObject();
    QCOMPARE(totals.value("unbilled_time_rows").toInt(), 2);
    QCOMPARE(totals.value("unbilled_time_seconds").toInt(), 12600);
    QCOMPARE(totals.value("unbilled_time_cents").toInt(), 230100);
    QCOMPARE(totals.value("open_invoices").toInt(), 1);
    QCOMPARE(totals.value("receivable_cents").toInt(), 150000);
    QCOMPARE(totals.value("trust_cents").toInt(), 50000);
    QCOMPARE(report.value("clients_missing_billing").toInt(), 2); // neither has a street or a city
    const QJsonArray clients = report.value("clients").toArray();
    QCOMPARE(clients.size(), 2);
    QCOMPARE(clients.at(0).toObject().value("name").toString(), QStringLiteral("Acme Corp"));
    QCOMPARE(clients.at(0).toObject().value("figures").toObject().value("unbilled_time_cents").toInt(), 30000);
    QCOMPARE(report.value("matters").toArray().size(), 2);
    QCOMPARE(report.value("invoice_series").toArray().at(0).toObject().value("next_number").toString(),
             QStringLiteral("INV-0008"));
    QCOMPARE(report.value("users").toArray().at(0).toObject().value("time_rows").toInt(), 2);
    QCOMPARE(report.value("entities_missing").toArray(), QJsonArray({ "expense", "payment" }));

    r = cli({ "closeout", project, "--snapshot", "1" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    for (const char *expected : { "2,301.00", "3:30", "1,500.00", "500.00", "INV-0008", "Acme Corp", "Ann Able",
                                  "Clients missing billing details: 2" })
        QVERIFY2(text.contains(QLatin1String(expected)), qPrintable(expected + QStringLiteral(" in:\n") + text));
    r = cli({ "closeout", project, "--snapshot", "9" });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no snapshot 9"), r.err.constData());

    // The import gate's override, as the page's Override button: a real reason, audited; and withdrawn.
    r = cli({ "closeout", project, "--override-gate", "ok" });
    QCOMPARE(r.exitCode, 1);
    r = cli({ "closeout", project, "--override-gate", "Rehearsal against the sandbox first" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.startsWith("The import may start."), r.out.constData());
    r = cli({ "closeout", project, "--clear-override" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.startsWith("The import cannot start yet:"), r.out.constData());
    QVERIFY2(r.out.contains("Checklist:"), r.out.constData());
    QCOMPARE(cli({ "closeout", project, "--override-gate", "x y z w", "--clear-override" }).exitCode, 2);
}

#include "TestCli.moc"
