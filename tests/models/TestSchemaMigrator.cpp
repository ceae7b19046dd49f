#include "store/SchemaMigrator.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Cutover;

class TestSchemaMigrator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void migratesFreshDatabaseInOrder();
    void migratesOnlyWhatIsMissing();
    void failedMigrationRollsEverythingBackAndNamesIt();

private:
    bool tableExists(const QString &name);

    QTemporaryDir m_dir;
    QSqlDatabase m_db;
};

namespace {

SchemaMigrator twoStepSchema()
{
    return SchemaMigrator({
        { 2, QStringLiteral("add matters"), { QStringLiteral("CREATE TABLE matter (id INTEGER PRIMARY KEY)") } },
        { 1, QStringLiteral("add clients"), { QStringLiteral("CREATE TABLE client (id INTEGER PRIMARY KEY)") } },
    });
}

} // namespace

void TestSchemaMigrator::init()
{
    QVERIFY(m_dir.isValid());
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("migrator"));
    m_db.setDatabaseName(m_dir.filePath(QStringLiteral("m.sqlite")));
    QVERIFY(m_db.open());
}

void TestSchemaMigrator::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("migrator"));
    QFile::remove(m_dir.filePath(QStringLiteral("m.sqlite")));
}

bool TestSchemaMigrator::tableExists(const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next() && q.value(0).toInt() == 1;
}

void TestSchemaMigrator::migratesFreshDatabaseInOrder()
{
    const SchemaMigrator schema = twoStepSchema();
    QCOMPARE(schema.latestVersion(), 2);
    QCOMPARE(schema.migrations().first().description, QStringLiteral("add clients"));
    QCOMPARE(SchemaMigrator::currentVersion(m_db), 0);
    QString error;
    QVERIFY2(schema.migrate(m_db, &error), qPrintable(error));
    QCOMPARE(SchemaMigrator::currentVersion(m_db), 2);
    QVERIFY(tableExists(QStringLiteral("client")));
    QVERIFY(tableExists(QStringLiteral("matter")));
}

void TestSchemaMigrator::migratesOnlyWhatIsMissing()
{
    const SchemaMigrator schema = twoStepSchema();
    QString error;
    QVERIFY2(schema.migrate(m_db, &error, 1), qPrintable(error));
    QCOMPARE(SchemaMigrator::currentVersion(m_db), 1);
    QVERIFY(tableExists(QStringLiteral("client")));
    QVERIFY(!tableExists(QStringLiteral("matter")));
    // Running again must not re-run version 1 (CREATE TABLE client would fail).
    QVERIFY2(schema.migrate(m_db, &error), qPrintable(error));
    QCOMPARE(SchemaMigrator::currentVersion(m_db), 2);
    QVERIFY(tableExists(QStringLiteral("matter")));
}

void TestSchemaMigrator::failedMigrationRollsEverythingBackAndNamesIt()
{
    const SchemaMigrator schema({
        { 1, QStringLiteral("add clients"), { QStringLiteral("CREATE TABLE client (id INTEGER PRIMARY KEY)") } },
        { 2,
          QStringLiteral("add matters and notes"),
          { QStringLiteral("CREATE TABLE matter (id INTEGER PRIMARY KEY)"), QStringLiteral("CREATE TABLE oops (") } },
    });
    QString error;
    QVERIFY(!schema.migrate(m_db, &error));
    QVERIFY2(error.contains(QLatin1String("version 2")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("add matters and notes")), qPrintable(error));
    // Neither version 1 nor the first half of version 2 is left behind: the file
    // is at the version it had, which the Cutover that wrote it can still open.
    QCOMPARE(SchemaMigrator::currentVersion(m_db), 0);
    QVERIFY(!tableExists(QStringLiteral("client")));
    QVERIFY(!tableExists(QStringLiteral("matter")));
}

QTEST_GUILESS_MAIN(TestSchemaMigrator)
#include "TestSchemaMigrator.moc"
