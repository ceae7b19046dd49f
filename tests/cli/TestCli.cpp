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
#include "TestCli.moc"
