#include "store/ProjectStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Cutover;

class TestProjectStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createsOwnerOnlyProjectAndReopensIt();
    void usesWalAndForeignKeys();
    void refusesToOverwrite();
    void refusesInvalidSettingsAndLeavesNoFile();
    void keepsStepStateAcrossReopen();
    void keepsStepData();
    void auditsSettingChanges();
    void auditLogIsAppendOnly();
    void refusesFilesThatAreNotProjects_data();
    void refusesFilesThatAreNotProjects();
    void upgradesOlderSchemaAfterBackup();
    void failedUpgradeLeavesFileAsItWas();
    void readOnlyOpenChangesNothing();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<ProjectStore> newProject(const QString &name);
    // Runs `sql` on `file` through a plain SQLite connection, outside ProjectStore.
    static void rawExec(const QString &file, const QStringList &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

ProjectSettings harborAndPine()
{
    ProjectSettings s;
    s.firmName = QStringLiteral("Harbor & Pine LLP");
    s.sourceSystem = QStringLiteral("bill4time");
    s.targetSystem = QStringLiteral("clio");
    s.timeZone = QStringLiteral("America/New_York");
    s.holidayRegion = QStringLiteral("US");
    return s;
}

int modeOf(const QString &file)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(file).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

QByteArray sha256(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

} // namespace

void TestProjectStore::init()
{
    // Any Qt warning (a connection left in use, a missing plugin, a bad signal) fails
    // the test; only the notice about an unset XDG_RUNTIME_DIR is the environment's.
    QTest::failOnWarning(QRegularExpression("^(?!QStandardPaths: XDG_RUNTIME_DIR)"));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<ProjectStore> TestProjectStore::newProject(const QString &name)
{
    QString error;
    auto store = ProjectStore::create(path(name), harborAndPine(), &error);
    if (!store)
        qWarning("create failed: %s", qPrintable(error));
    return store;
}

void TestProjectStore::rawExec(const QString &file, const QStringList &sql)
{
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : sql)
            QVERIFY2(q.exec(s), qPrintable(s + QLatin1String(": ") + q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestProjectStore::createsOwnerOnlyProjectAndReopensIt()
{
    const QString file = path(QStringLiteral("Harbor & Pine LLP.cutover"));
    QUuid id;
    {
        auto store = newProject(QStringLiteral("Harbor & Pine LLP.cutover"));
        QVERIFY(store);
        QCOMPARE(modeOf(file), 0600);
        // SQLite gives the write-ahead log the same owner-only mode.
        QVERIFY(QFile::exists(file + QLatin1String("-wal")));
        QCOMPARE(modeOf(file + QLatin1String("-wal")), 0600);
        id = store->settings().id;
        QVERIFY(!id.isNull());
        QVERIFY(store->settings().createdUtc.isValid());
        QVERIFY(!store->settings().createdBy.isEmpty());
    }
    QString error;
    auto store = ProjectStore::open(file, &error);
    QVERIFY2(store, qPrintable(error));
    const ProjectSettings &s = store->settings();
    QCOMPARE(s.id, id);
    QCOMPARE(s.firmName, QStringLiteral("Harbor & Pine LLP"));
    QCOMPARE(s.sourceSystem, QStringLiteral("bill4time"));
    QCOMPARE(s.targetSystem, QStringLiteral("clio"));
    QCOMPARE(s.timeZone, QStringLiteral("America/New_York"));
    QCOMPARE(s.holidayRegion, QStringLiteral("US"));
    QCOMPARE(store->schemaVersion(), ProjectStore::latestSchemaVersion());
    QCOMPARE(store->currentStep(), WizardStep::Project);
    QCOMPARE(store->stepState(WizardStep::Project), StepState::Done);
    QCOMPARE(store->stepState(WizardStep::Review), StepState::NotStarted);
    const QList<AuditEntry> log = store->auditLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().action, QStringLiteral("project.created"));
    QCOMPARE(log.first().detail.value(QStringLiteral("firm")).toString(), s.firmName);
    QCOMPARE(log.first().actor, ProjectStore::currentActor());
    QCOMPARE(modeOf(file), 0600);
}

void TestProjectStore::usesWalAndForeignKeys()
{
    auto store = newProject(QStringLiteral("p.cutover"));
    QVERIFY(store);
    QSqlQuery q(store->database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
    QCOMPARE(q.value(0).toInt(), ProjectStore::kApplicationId);
}

void TestProjectStore::refusesToOverwrite()
{
    const QString file = path(QStringLiteral("existing.cutover"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("client list, not a project");
    f.close();
    QString error;
    QVERIFY(!ProjectStore::create(file, harborAndPine(), &error));
    QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("client list, not a project"));
}

void TestProjectStore::refusesInvalidSettingsAndLeavesNoFile()
{
    ProjectSettings s = harborAndPine();
    s.firmName = QStringLiteral("   ");
    s.timeZone = QStringLiteral("Mars/Olympus_Mons");
    QString error;
    QVERIFY(!ProjectStore::create(path(QStringLiteral("bad.cutover")), s, &error));
    QVERIFY2(error.contains(QLatin1String("firm name")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("Mars/Olympus_Mons")), qPrintable(error));
    QVERIFY(QDir(m_dir->path()).entryList(QDir::Files).isEmpty());
}

void TestProjectStore::keepsStepStateAcrossReopen()
{
    const QString file = path(QStringLiteral("steps.cutover"));
    {
        auto store = newProject(QStringLiteral("steps.cutover"));
        QVERIFY(store);
        QSignalSpy moved(store.get(), &ProjectStore::currentStepChanged);
        QSignalSpy states(store.get(), &ProjectStore::stepStateChanged);
        QVERIFY(store->setCurrentStep(WizardStep::Export));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.first().first().value<WizardStep>(), WizardStep::Export);
        // Arriving at a step starts it.
        QCOMPARE(store->stepState(WizardStep::Export), StepState::InProgress);
        QCOMPARE(states.count(), 1);
        QVERIFY(store->setStepState(WizardStep::CloseOut, StepState::Done));
        QCOMPARE(states.count(), 2);
        // Setting the same state again changes nothing and says nothing.
        QVERIFY(store->setStepState(WizardStep::CloseOut, StepState::Done));
        QCOMPARE(states.count(), 2);
    }
    QString error;
    auto store = ProjectStore::open(file, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->currentStep(), WizardStep::Export);
    QCOMPARE(store->stepState(WizardStep::Export), StepState::InProgress);
    QCOMPARE(store->stepState(WizardStep::CloseOut), StepState::Done);
    QCOMPARE(store->stepState(WizardStep::Cutoff), StepState::NotStarted);
    const QList<AuditEntry> log = store->auditLog(1);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().action, QStringLiteral("step.state_changed"));
    QCOMPARE(log.first().detail.value(QStringLiteral("step")).toString(), QStringLiteral("closeout"));
    QCOMPARE(log.first().detail.value(QStringLiteral("to")).toString(), QStringLiteral("done"));
}

void TestProjectStore::keepsStepData()
{
    const QString file = path(QStringLiteral("data.cutover"));
    {
        auto store = newProject(QStringLiteral("data.cutover"));
        QVERIFY(store);
        QVERIFY(store->stepData(WizardStep::Cutoff).isEmpty());
        QVERIFY(store->setStepData(WizardStep::Cutoff,
                                   { { QStringLiteral("atUtc"), QStringLiteral("2026-12-31T22:00:00Z") },
                                     { QStringLiteral("zone"), QStringLiteral("America/New_York") } }));
    }
    QString error;
    auto store = ProjectStore::open(file, &error);
    QVERIFY2(store, qPrintable(error));
    const QJsonObject data = store->stepData(WizardStep::Cutoff);
    QCOMPARE(data.value(QStringLiteral("atUtc")).toString(), QStringLiteral("2026-12-31T22:00:00Z"));
    QCOMPARE(data.value(QStringLiteral("zone")).toString(), QStringLiteral("America/New_York"));
}

void TestProjectStore::auditsSettingChanges()
{
    auto store = newProject(QStringLiteral("settings.cutover"));
    QVERIFY(store);
    QSignalSpy changed(store.get(), &ProjectStore::settingsChanged);
    ProjectSettings s = store->settings();
    const QUuid id = s.id;
    s.timeZone = QStringLiteral("America/Chicago");
    s.id = QUuid::createUuid(); // identity is not the caller's to change
    QString error;
    QVERIFY2(store->updateSettings(s, &error), qPrintable(error));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(store->settings().timeZone, QStringLiteral("America/Chicago"));
    QCOMPARE(store->settings().id, id);
    const AuditEntry last = store->auditLog(1).first();
    QCOMPARE(last.action, QStringLiteral("project.settings_changed"));
    QCOMPARE(last.detail.value(QStringLiteral("before")).toObject().value(QStringLiteral("zone")).toString(),
             QStringLiteral("America/New_York"));
    QCOMPARE(last.detail.value(QStringLiteral("after")).toObject().value(QStringLiteral("zone")).toString(),
             QStringLiteral("America/Chicago"));
    QVERIFY(!last.detail.value(QStringLiteral("after")).toObject().contains(QStringLiteral("firm")));

    s.holidayRegion = QStringLiteral("XX");
    QVERIFY(!store->updateSettings(s, &error));
    QVERIFY2(error.contains(QLatin1String("XX")), qPrintable(error));
    QCOMPARE(store->settings().holidayRegion, QStringLiteral("US"));
    QCOMPARE(changed.count(), 1);
}

void TestProjectStore::auditLogIsAppendOnly()
{
    auto store = newProject(QStringLiteral("audit.cutover"));
    QVERIFY(store);
    QVERIFY(store->appendAudit(QStringLiteral("test.event"), { { QStringLiteral("n"), 1 } }));
    QSqlQuery q(store->database());
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
    QVERIFY(q.lastError().text().contains(QLatin1String("append-only")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else'")));
    QCOMPARE(store->auditLog().size(), 2);
}

void TestProjectStore::refusesFilesThatAreNotProjects_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << "missing"
                             << "does not exist";
    QTest::newRow("folder") << "folder"
                            << "is a folder";
    QTest::newRow("text file") << "text"
                               << "not an SQLite database";
    QTest::newRow("zero bytes") << "empty"
                                << "not an SQLite database";
    QTest::newRow("empty SQLite database") << "emptydb"
                                           << "empty SQLite database";
    QTest::newRow("another program's database") << "otherdb"
                                                << "another program";
    QTest::newRow("damaged project") << "corrupt"
                                     << "damaged";
    QTest::newRow("project from a newer Cutover") << "newer"
                                                  << "newer version of Cutover";
    QTest::newRow("project without settings") << "nosettings"
                                              << "settings are missing";
}

void TestProjectStore::refusesFilesThatAreNotProjects()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString file = path(kind + QLatin1String(".cutover"));
    if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(file));
    } else if (kind == QLatin1String("text")) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Client,Matter,Hours\nAcme,2024-001,1.5\n");
    } else if (kind == QLatin1String("empty")) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (kind == QLatin1String("emptydb")) {
        rawExec(file, { QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("DROP TABLE t") });
    } else if (kind == QLatin1String("otherdb")) {
        rawExec(file, { QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)") });
    } else if (kind != QLatin1String("missing")) {
        QVERIFY(newProject(kind + QLatin1String(".cutover")));
        if (kind == QLatin1String("newer")) {
            rawExec(file, { QStringLiteral("PRAGMA user_version = %1").arg(ProjectStore::latestSchemaVersion() + 1) });
        } else if (kind == QLatin1String("nosettings")) {
            rawExec(file, { QStringLiteral("DELETE FROM project") });
        } else if (kind == QLatin1String("corrupt")) {
            // Overwrite page 1's b-tree (the schema) after the 100-byte header.
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(100));
            f.write(QByteArray(2000, '\xA5'));
        }
    }

    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    const QByteArray hashBefore = sha256(file);
    QString error;
    auto store = ProjectStore::open(file, &error);
    QVERIFY(!store);
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(file)), qPrintable(error));
    // Refusing a file changes nothing: same bytes, no file added or removed.
    QCOMPARE(sha256(file), hashBefore);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), filesBefore);
}

void TestProjectStore::upgradesOlderSchemaAfterBackup()
{
    const QString file = path(QStringLiteral("old.cutover"));
    QVERIFY(newProject(QStringLiteral("old.cutover")));

    QList<Migration> migrations = projectSchema().migrations();
    const int next = migrations.size() + 1;
    migrations.append(
        { next,
          QStringLiteral("test: a future table"),
          { QStringLiteral("CREATE TABLE future_table (id INTEGER PRIMARY KEY, seconds INTEGER NOT NULL)"),
            QStringLiteral("ALTER TABLE project ADD COLUMN future_column TEXT") } });
    const SchemaMigrator newer(migrations);

    QString error;
    {
        auto store = ProjectStore::open(file, &error, ProjectStore::OpenMode::ReadWrite, newer);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->schemaVersion(), next);
        QCOMPARE(store->settings().firmName, QStringLiteral("Harbor & Pine LLP"));
        QVERIFY(!store->backupPath().isEmpty());
        QVERIFY(QFile::exists(store->backupPath()));
        QCOMPARE(modeOf(store->backupPath()), 0600);
        const AuditEntry last = store->auditLog(1).first();
        QCOMPARE(last.action, QStringLiteral("project.schema_upgraded"));
        QCOMPARE(last.detail.value(QStringLiteral("from")).toInt(), next - 1);
        QCOMPARE(last.detail.value(QStringLiteral("to")).toInt(), next);

        // The backup is the project as it was: today's Cutover opens it.
        auto backup = ProjectStore::open(store->backupPath(), &error);
        QVERIFY2(backup, qPrintable(error));
        QCOMPARE(backup->schemaVersion(), next - 1);
        QCOMPARE(backup->settings().id, store->settings().id);
    }
    // And today's Cutover now refuses the upgraded file instead of misreading it.
    QVERIFY(!ProjectStore::open(file, &error));
    QVERIFY2(error.contains(QLatin1String("newer version")), qPrintable(error));
}

void TestProjectStore::failedUpgradeLeavesFileAsItWas()
{
    const QString file = path("stuck.cutover");
    QVERIFY(newProject("stuck.cutover"));
    const QByteArray before = sha256(file);
    // Two pending versions: the first would succeed, the second fails half-way.
    QList<Migration> migrations = projectSchema().migrations();
    const int current = int(migrations.size());
    migrations.append({ current + 1, "test: fine", { "CREATE TABLE fine (id INTEGER)" } });
    migrations.append({ current + 2, "test: broken", { "CREATE TABLE half_done (id INTEGER)", "THIS IS NOT SQL" } });
    QString error;
    QVERIFY(!ProjectStore::open(file, &error, ProjectStore::OpenMode::ReadWrite, SchemaMigrator(migrations)));
    QVERIFY2(error.contains("test: broken"), qPrintable(error));
    QVERIFY2(error.contains("unchanged"), qPrintable(error));
    QVERIFY2(error.contains("backup"), qPrintable(error));
    QCOMPARE(sha256(file), before);

    auto store = ProjectStore::open(file, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->schemaVersion(), current);
    QSqlQuery q(store->database());
    QVERIFY(q.exec("SELECT count(*) FROM sqlite_schema WHERE name IN ('fine', 'half_done')") && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestProjectStore::readOnlyOpenChangesNothing()
{
    const QString file = path("read.cutover");
    QVERIFY(newProject("read.cutover"));
    const QByteArray before = sha256(file);
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files);
    QString error;
    {
        auto store = ProjectStore::open(file, &error, ProjectStore::OpenMode::ReadOnly);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->isReadOnly());
        QCOMPARE(store->settings().firmName, QString("Harbor & Pine LLP"));
        QCOMPARE(store->stepState(WizardStep::Project), StepState::Done);
        QCOMPARE(store->auditLog().size(), 1);
        // Every write is refused with a reason, and nothing is emitted.
        QSignalSpy states(store.get(), &ProjectStore::stepStateChanged);
        QVERIFY(!store->setStepState(WizardStep::CloseOut, StepState::Done));
        QVERIFY(store->lastError().contains("reading only"));
        QVERIFY(!store->setCurrentStep(WizardStep::Export));
        QVERIFY(!store->appendAudit("test.event"));
        QVERIFY(!store->setStepData(WizardStep::Cutoff, { { "x", 1 } }));
        QCOMPARE(states.count(), 0);
        QCOMPARE(store->currentStep(), WizardStep::Project);
    }
    QCOMPARE(sha256(file), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), filesBefore);

    // An older format is not upgraded by a reader: that is the wizard's to do.
    QList<Migration> migrations = projectSchema().migrations();
    migrations.append({ int(migrations.size()) + 1, "test: newer", { "CREATE TABLE newer (id INTEGER)" } });
    QVERIFY(!ProjectStore::open(file, &error, ProjectStore::OpenMode::ReadOnly, SchemaMigrator(migrations)));
    QVERIFY2(error.contains("older project format"), qPrintable(error));
    QCOMPARE(sha256(file), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), filesBefore);
}

QTEST_GUILESS_MAIN(TestProjectStore)
#include "TestProjectStore.moc"
