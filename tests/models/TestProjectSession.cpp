#include "DemoProject.h"
#include "ProjectSession.h"
#include "closeout/CloseOutAnalysis.h"
#include "staging/StagingStore.h"

#include <QDir>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Cutover;

class TestProjectSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void aSecondWindowCannotOpenTheSameProject();
    void aLockLeftByACrashIsTakenOver();
    void anUnreadableLockIsTakenOver();
    void aLinkToTheProjectSharesItsLock();
    void aMissingFileOrFolderIsNamedAsSuch();
    void switchingProjectsReleasesTheFirst();
    void remembersRecentProjectsNewestFirst();
    void createsTheDemoOnceThenReopensIt();

private:
    QString newProject(const QString &firm);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProjectSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("Cutover");
    QCoreApplication::setApplicationName("CutoverSessionTest");
}

void TestProjectSession::init()
{
    // Any Qt warning (a connection left in use, a missing plugin, a bad signal) fails
    // the test; only the notice about an unset XDG_RUNTIME_DIR is the environment's.
    QTest::failOnWarning(QRegularExpression("^(?!QStandardPaths: XDG_RUNTIME_DIR)"));
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestProjectSession::newProject(const QString &firm)
{
    const QString path = m_dir->filePath(firm + ".cutover");
    ProjectSettings s = ProjectSettings::defaultsForThisMachine();
    s.firmName = firm;
    QString error;
    if (!ProjectStore::create(path, s, &error))
        qWarning("%s", qPrintable(error));
    return path;
}

void TestProjectSession::aSecondWindowCannotOpenTheSameProject()
{
    const QString file = newProject("Harbor & Pine LLP");
    ProjectSession first;
    QString error;
    QVERIFY2(first.open(file, &error), qPrintable(error));
    QVERIFY(QFile::exists(file + ".lock"));

    ProjectSession second;
    QVERIFY(!second.open(file, &error));
    QVERIFY2(error.contains("open in another Cutover window"), qPrintable(error));
    QVERIFY2(error.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(error));
    QVERIFY(!second.isOpen());

    first.close();
    QVERIFY(!QFile::exists(file + ".lock"));
    QVERIFY2(second.open(file, &error), qPrintable(error));
}

void TestProjectSession::aLockLeftByACrashIsTakenOver()
{
    const QString file = newProject("Crashed");
    // QLockFile's format: pid, application name, host name. This pid is not running.
    QFile lock(file + ".lock");
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("2147483646\ncutover\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();

    ProjectSession session;
    QString error;
    QVERIFY2(session.open(file, &error), qPrintable(error));
    QCOMPARE(session.store()->settings().firmName, QString("Crashed"));
}

void TestProjectSession::anUnreadableLockIsTakenOver()
{
    // A power cut can leave the lock file empty: nothing can be running behind it.
    const QString file = newProject("Torn");
    QFile lock(file + ".lock");
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.close();
    ProjectSession session;
    QString error;
    QVERIFY2(session.open(file, &error), qPrintable(error));
}

void TestProjectSession::aLinkToTheProjectSharesItsLock()
{
    const QString file = newProject("Linked");
    const QString link = m_dir->filePath("shortcut.cutover");
    QVERIFY(QFile::link(file, link));
    ProjectSession first;
    QString error;
    QVERIFY2(first.open(link, &error), qPrintable(error));
    ProjectSession second;
    QVERIFY(!second.open(file, &error));
    QVERIFY2(error.contains("open in another Cutover window"), qPrintable(error));
}

void TestProjectSession::aMissingFileOrFolderIsNamedAsSuch()
{
    ProjectSession session;
    QString error;
    QVERIFY(!session.open(m_dir->filePath("gone/x.cutover"), &error));
    QVERIFY2(error.contains("does not exist"), qPrintable(error));
    QVERIFY(!session.open(m_dir->filePath("x.cutover"), &error));
    QVERIFY2(error.contains("does not exist"), qPrintable(error));
    QVERIFY(!QFile::exists(m_dir->filePath("x.cutover.lock")));

    // Bad settings are refused before any folder or file is made.
    ProjectSettings bad = ProjectSettings::defaultsForThisMachine();
    bad.firmName = " ";
    QVERIFY(!session.create(m_dir->filePath("new/y.cutover"), bad, &error));
    QVERIFY2(error.contains("firm name"), qPrintable(error));
    QVERIFY(!QFileInfo::exists(m_dir->filePath("new")));
}

void TestProjectSession::switchingProjectsReleasesTheFirst()
{
    const QString a = newProject("A");
    const QString b = newProject("B");
    ProjectSession session;
    QSignalSpy changed(&session, &ProjectSession::projectChanged);
    QString error;
    QVERIFY(session.open(a, &error));
    QVERIFY(session.open(b, &error));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(session.store()->settings().firmName, QString("B"));
    QVERIFY(!QFile::exists(a + ".lock"));
    QVERIFY(QFile::exists(b + ".lock"));
    // A failed open keeps the project that was open.
    QVERIFY(!session.open(m_dir->filePath("missing.cutover"), &error));
    QCOMPARE(session.store()->settings().firmName, QString("B"));
    QVERIFY(QFile::exists(b + ".lock"));
}

void TestProjectSession::remembersRecentProjectsNewestFirst()
{
    const QString a = newProject("A");
    const QString b = newProject("B");
    {
        ProjectSession session;
        QString error;
        QVERIFY(session.open(a, &error));
        QVERIFY(session.open(b, &error));
        QVERIFY(session.open(a, &error));
    }
    ProjectSession later;
    QCOMPARE(later.recent().list(), QStringList({ a, b }));
    QFile::remove(b);
    QCOMPARE(later.recent().list(), QStringList({ a }));
}

void TestProjectSession::createsTheDemoOnceThenReopensIt()
{
    QFile::remove(DemoProject::path());
    QUuid id;
    {
        ProjectSession session;
        QString error;
        QVERIFY2(session.openDemo(&error), qPrintable(error));
        QCOMPARE(session.store()->settings().firmName, DemoProject::settings().firmName);
        id = session.store()->settings().id;
        // The demo's Bill4Time backup is loaded as a trial snapshot, with its planted problems found.
        QSqlDatabase db = session.store()->database();
        const auto snapshot = StagingStore::latestSnapshot(db);
        QVERIFY(snapshot && snapshot->complete);
        QCOMPARE(snapshot->kind, SnapshotKind::Trial);
        const auto counts = StagingStore::entityCounts(db, snapshot->id);
        QCOMPARE(counts.value(Entity::User), 5);
        QCOMPARE(counts.value(Entity::Client), 42);
        QCOMPARE(counts.value(Entity::Matter), 72);
        QCOMPARE(counts.value(Entity::TimeEntry), 598); // 601 rows, 3 rejected
        // The generic-layout money files are placed by their headers too.
        QCOMPARE(counts.value(Entity::Expense), 7);
        QCOMPARE(counts.value(Entity::Invoice), 18);
        QCOMPARE(counts.value(Entity::Payment), 8);
        QCOMPARE(counts.value(Entity::TrustTransaction), 9);
        QStringList codes;
        for (const auto &[code, count] : StagingStore::issueCodes(db, snapshot->id))
            codes << code;
        for (const char *expected : { "bad_date", "negative_duration", "absurd_duration", "unresolved_reference",
                                      "bad_money", "duplicate_key", "duplicate_entry", "duplicate_contact" })
            QVERIFY2(codes.contains(QLatin1String(expected)), expected);
        QVERIFY(QFile::exists(QDir(DemoProject::exportFolder()).filePath("Time Entries.csv")));

        // ... so the close-out step has something to show (resources/demo/README.md).
        const auto closeOut = CloseOutAnalysis::analyse(db, 0, &error);
        QVERIFY2(closeOut, qPrintable(error));
        QCOMPARE(closeOut->totals.draftInvoices, 3);
        QCOMPARE(closeOut->totals.openInvoices, 7);
        QCOMPARE(closeOut->totals.receivableCents, 741500);
        QCOMPARE(closeOut->totals.unappliedRows, 2);
        QCOMPARE(closeOut->totals.unbilledExpenseRows, 5);
        QCOMPARE(closeOut->totals.trustCents, 945000);
        QCOMPARE(closeOut->clientsMissingBilling, 2);
        QStringList next;
        for (const InvoiceSeries &s : closeOut->invoiceSeries)
            next << s.nextNumber;
        QCOMPARE(next, QStringList({ "2019-121", "INV-0054" }));
        QCOMPARE(closeOut->warnings.size(), 1); // the overdrawn trust of matter P00032
        QVERIFY(closeOut->warnings.constFirst().contains(QLatin1String("P00032")));
    }
    ProjectSession session;
    QString error;
    QVERIFY2(session.openDemo(&error), qPrintable(error));
    QCOMPARE(session.store()->settings().id, id);
    session.close();
    QFile::remove(DemoProject::path());
}

QTEST_GUILESS_MAIN(TestProjectSession)
#include "TestProjectSession.moc"
