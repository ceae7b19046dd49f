#include "ProjectSession.h"
#include "TestMaps.h"
#include "staging/StagingJob.h"
#include "staging/StagingStore.h"
#include "store/ProjectStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace Cutover;

namespace {

ImportMap makeMap(Entity entity, const QMap<QString, QString> &fieldToColumn)
{
    return TestMaps::make(entity, fieldToColumn);
}

ImportMap clientMap()
{
    return makeMap(Entity::Client,
                   { { "source_key", "Client ID" }, { "name", "Name" }, { "email", "Email" }, { "phone", "Phone" } });
}
ImportMap matterMap()
{
    return makeMap(Entity::Matter,
                   { { "source_key", "Matter ID" }, { "client_key", "Client ID" }, { "description", "Description" } });
}
ImportMap userMap()
{
    return makeMap(Entity::User, { { "source_key", "User ID" }, { "name", "Name" }, { "email", "Email" } });
}
ImportMap timeMap(bool withId = true)
{
    QMap<QString, QString> m { { "matter_key", "Matter ID" }, { "user_key", "User" }, { "date", "Date" },
                               { "duration", "Hours" },       { "rate", "Rate" },     { "description", "Description" },
                               { "updated_at", "Updated" } };
    if (withId)
        m.insert("source_key", "Entry ID");
    ImportMap map = makeMap(Entity::TimeEntry, m);
    map.fields["duration"].unit = QStringLiteral("hours");
    return map;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

struct Issue
{
    QString code;
    qint64 row;
    QString severity;
    QString file;
};

} // namespace

class TestStagingJob : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<ProjectStore> m_store;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    StagingSource source(const QString &name, const ImportMap &map) const
    {
        StagingSource s;
        s.path = path(name);
        s.map = map;
        return s;
    }

    StagingResult stage(const QList<StagingSource> &sources, SnapshotKind kind = SnapshotKind::Trial,
                        Job::Outcome expected = Job::Outcome::Succeeded, QString *error = nullptr)
    {
        StagingRequest request;
        request.projectPath = m_project;
        request.sources = sources;
        request.kind = kind;
        request.batchRows = 3; // many batches even in small files
        StagingJob job(request);
        const Job::Outcome outcome = job.run();
        if (error)
            *error = job.errorString();
        if (outcome != expected)
            qWarning() << "job:" << job.errorString();
        [&] {
            QCOMPARE(outcome, expected);
        }();
        return job.result();
    }

    QList<Issue> issues(qint64 snapshot) const
    {
        QList<Issue> list;
        for (const StagingIssue &i : StagingStore::issues(m_store->database(), snapshot, {}))
            list.append({ i.code, i.row, IssueSeverities::key(i.severity), QFileInfo(i.file).fileName() });
        return list;
    }

    bool hasIssue(qint64 snapshot, const QString &code, qint64 row, const QString &file = {}) const
    {
        for (const Issue &i : issues(snapshot)) {
            if (i.code == code && i.row == row && (file.isEmpty() || i.file == file))
                return true;
        }
        return false;
    }

    int issueCount(qint64 snapshot, const QString &code) const
    {
        int n = 0;
        for (const Issue &i : issues(snapshot))
            n += i.code == code;
        return n;
    }

    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(m_store->database());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

    void writeBasicFiles()
    {
        writeFile(path("users.csv"), "User ID,Name,Email\nU1,Ann Able,ann@firm.test\nU2,Bob Baker,bob@firm.test\n");
        writeFile(path("clients.csv"),
                  "Client ID,Name,Email,Phone\n"
                  "C001,Harbor & Pine LLP,office@harbor.test,(555) 010-2000\n"
                  "C002,Jane Doe,jane@doe.test,555 010 3000\n");
        writeFile(path("matters.csv"),
                  "Matter ID,Client ID,Description\n"
                  "M-1,C001,Lease dispute\n"
                  "M-2,C002,Estate plan\n");
        writeFile(path("time.csv"),
                  "Entry ID,Matter ID,User,Date,Hours,Rate,Description,Updated\n"
                  "T1,M-1,U1,2026-03-02,1.5,$250.00,\"Call, with client\",2026-03-02 10:00\n"
                  "T2,M-2,Bob Baker,2026-03-03,0.25,\"1,200.50\",Draft will,2026-03-03 09:00\n"
                  "T3,M-1,ann@firm.test,2026-03-04,2,300,Hearing,2026-03-04 17:00\n");
    }

    QList<StagingSource> basicSources() const
    {
        return { source("time.csv", timeMap()), source("matters.csv", matterMap()), source("users.csv", userMap()),
                 source("clients.csv", clientMap()) };
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_project = path(QStringLiteral("p%1.cutover").arg(QDateTime::currentMSecsSinceEpoch()));
        ProjectSettings settings = ProjectSettings::defaultsForThisMachine();
        settings.firmName = QStringLiteral("Harbor & Pine LLP");
        settings.timeZone = QStringLiteral("America/New_York");
        QString error;
        m_store = ProjectStore::create(m_project, settings, &error);
        QVERIFY2(m_store, qPrintable(error));
    }

    void cleanup() { m_store.reset(); }

    void stagingTablesMatchTheFieldRegistry()
    {
        for (Entity e : Entities::all()) {
            QSqlQuery q(m_store->database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(Entities::tableName(e))));
            QStringList columns;
            while (q.next())
                columns << q.value(1).toString();
            QStringList expected { "id", "snapshot_id", "file_id", "source_row", "row_hash", "after_cutoff" };
            for (const FieldSpec &f : Entities::fields(e))
                expected << f.key;
            if (e == Entity::Client)
                expected << "norm_email"
                         << "norm_phone"
                         << "norm_name";
            QCOMPARE(columns, expected);
        }
    }

    void stagesTypedValuesInDependencyOrder()
    {
        writeBasicFiles();
        const StagingResult result = stage(basicSources());
        QVERIFY(result.snapshotId > 0);
        const auto snap = StagingStore::snapshot(m_store->database(), result.snapshotId);
        QVERIFY(snap && snap->complete);
        QCOMPARE(snap->timeZone, QStringLiteral("America/New_York"));
        // Users, clients and matters were loaded before the entries that point at them.
        QCOMPARE(result.files.at(0).entity, Entity::User);
        QCOMPARE(result.files.at(3).entity, Entity::TimeEntry);
        const auto counts = StagingStore::entityCounts(m_store->database(), result.snapshotId);
        QCOMPARE(counts.value(Entity::TimeEntry), 3);
        QCOMPARE(counts.value(Entity::Client), 2);
        // Money in cents, durations in seconds, dates as ISO text, instants in UTC.
        QCOMPARE(scalar("SELECT duration FROM stg_time_entry WHERE source_key = 'T1'").toLongLong(), 5400);
        QCOMPARE(scalar("SELECT rate FROM stg_time_entry WHERE source_key = 'T1'").toLongLong(), 25000);
        QCOMPARE(scalar("SELECT rate FROM stg_time_entry WHERE source_key = 'T2'").toLongLong(), 120050);
        QCOMPARE(scalar("SELECT duration FROM stg_time_entry WHERE source_key = 'T2'").toLongLong(), 900);
        QCOMPARE(scalar("SELECT date FROM stg_time_entry WHERE source_key = 'T3'").toString(), "2026-03-04");
        // 17:00 in New York in March (EST, before the DST change on the 8th) is 22:00 UTC.
        QCOMPARE(scalar("SELECT updated_at FROM stg_time_entry WHERE source_key = 'T3'").toString(),
                 "2026-03-04T22:00:00Z");
        QCOMPARE(scalar("SELECT description FROM stg_time_entry WHERE source_key = 'T1'").toString(),
                 "Call, with client");
        QCOMPARE(scalar("SELECT source_row FROM stg_time_entry WHERE source_key = 'T3'").toLongLong(), 4);
        // Users may be referred to by id, name or e-mail: no reference issues.
        QCOMPARE(issueCount(result.snapshotId, "unresolved_reference"), 0);
        QCOMPARE(scalar("SELECT count(*) FROM source_file WHERE state = 'complete' AND length(sha256) = 64").toInt(),
                 4);
        QCOMPARE(m_store->auditLog(1).constFirst().action, QStringLiteral("snapshot.loaded"));
    }

    void everyValidationRuleHasARowThatTripsIt()
    {
        writeBasicFiles();
        // Cutoff: the evening of 3 March 2026 in New York.
        QVERIFY(m_store->setStepData(WizardStep::Cutoff, { { "cutoffUtc", "2026-03-03T23:00:00Z" } }));
        writeFile(path("clients2.csv"),
                  "Client ID,Name,Email,Phone\n"
                  "C001,Other Client,other@x.test,\n" // duplicate number across files
                  "C003,Harbor and Pine LLP,OFFICE@harbor.test ,\n" // same e-mail
                  "C004,Someone,,+1 555-010-3000\n" // same phone
                  "C004,Again,,\n" // duplicate number within the file
                  ",No Number,,\n"); // required missing
        writeFile(path("time2.csv"),
                  "Entry ID,Matter ID,User,Date,Hours,Rate,Description,Updated\n"
                  "E1,M-9,U1,2026-03-02,1,100,x,\n" // matter does not resolve (row 2)
                  "E2,M-1,U9,2026-03-02,1,100,x,\n" // user does not resolve (row 3)
                  "E3,M-1,U1,2026-02-30,1,100,x,\n" // bad date (row 4)
                  "E4,M-1,U1,2026-03-02,-1,100,x,\n" // negative hours (row 5)
                  "E5,M-1,U1,2026-03-02,30,100,x,\n" // absurd hours (row 6)
                  "E6,M-1,U1,2026-03-02,1,12.3.4,x,\n" // bad money (row 7)
                  "E7,M-1,U1,2026-03-02,1\n" // short row (row 8)
                  "E8,M-1,U1,2026-03-02,1,100,x,,surplus\n" // long row (row 9)
                  "E9,M-1,U1,2026-03-05,1,100,late,\n" // after the cutoff (row 10)
                  "E10,M-1,U1,2026-03-02,1,100,x,\n"); // same as E1..: natural duplicate
        writeFile(path("matters2.csv"), "Matter ID,Client ID,Description\nM-3,C999,Orphan\n");
        QList<StagingSource> sources = basicSources();
        sources << source("clients2.csv", clientMap()) << source("time2.csv", timeMap())
                << source("matters2.csv", matterMap());
        const StagingResult r = stage(sources);
        const qint64 s = r.snapshotId;
        QVERIFY(hasIssue(s, "duplicate_key", 2, "clients2.csv"));
        QVERIFY(hasIssue(s, "duplicate_key", 5, "clients2.csv"));
        QVERIFY(hasIssue(s, "duplicate_contact", 3, "clients2.csv")); // e-mail, case and spaces aside
        QVERIFY(hasIssue(s, "duplicate_contact", 4, "clients2.csv")); // phone, country code aside
        QVERIFY(hasIssue(s, "required", 6, "clients2.csv"));
        QVERIFY(hasIssue(s, "unresolved_reference", 2, "time2.csv"));
        QVERIFY(hasIssue(s, "unresolved_reference", 3, "time2.csv"));
        QVERIFY(hasIssue(s, "unresolved_reference", 2, "matters2.csv"));
        QVERIFY(hasIssue(s, "bad_date", 4, "time2.csv"));
        QVERIFY(hasIssue(s, "negative_duration", 5, "time2.csv"));
        QVERIFY(hasIssue(s, "absurd_duration", 6, "time2.csv"));
        QVERIFY(hasIssue(s, "bad_money", 7, "time2.csv"));
        QVERIFY(hasIssue(s, "short_row", 8, "time2.csv"));
        QVERIFY(hasIssue(s, "long_row", 9, "time2.csv"));
        QVERIFY(hasIssue(s, "after_cutoff", 10, "time2.csv"));
        QVERIFY(hasIssue(s, "after_cutoff", 4, "time.csv")); // T3, dated the 4th
        QVERIFY(!hasIssue(s, "after_cutoff", 2, "time.csv"));
        QVERIFY(hasIssue(s, "duplicate_entry", 11, "time2.csv"));
        QCOMPARE(scalar("SELECT after_cutoff FROM stg_time_entry WHERE source_key = 'E9'").toInt(), 1);
        // Rejected rows are not staged but keep their raw text.
        QCOMPARE(scalar("SELECT count(*) FROM stg_time_entry WHERE source_key IN ('E3','E4','E6')").toInt(), 0);
        QCOMPARE(scalar("SELECT cells FROM rejected_row r JOIN source_file f ON f.id = r.file_id "
                        "WHERE f.path LIKE '%time2.csv' AND r.row = 7")
                     .toString(),
                 QStringLiteral(R"(["E6","M-1","U1","2026-03-02","1","12.3.4","x",""])"));
        // Warnings keep the row.
        QCOMPARE(scalar("SELECT duration FROM stg_time_entry WHERE source_key = 'E5'").toLongLong(), 30 * 3600);
        // Every issue names its file and row.
        for (const StagingIssue &i : StagingStore::issues(m_store->database(), s, {})) {
            if (i.code != "not_checked")
                QVERIFY2(!i.file.isEmpty() && i.row > 0, qPrintable(i.code));
        }
    }

    void derivedKeysForEntriesWithoutIds()
    {
        writeBasicFiles();
        writeFile(path("noid.csv"),
                  "Matter ID,User,Date,Hours,Rate,Description,Updated\n"
                  "M-1,U1,2026-03-02,1,100,Same,\n"
                  "M-1,U1,2026-03-02,1,100,Same,\n"
                  "M-1,U1,2026-03-02,2,100,Other,\n");
        QList<StagingSource> sources = basicSources();
        sources.removeFirst();
        sources << source("noid.csv", timeMap(false));
        const StagingResult r = stage(sources);
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec("SELECT source_key FROM stg_time_entry ORDER BY source_row"));
        QStringList keys;
        while (q.next())
            keys << q.value(0).toString();
        QCOMPARE(keys.size(), 3);
        QVERIFY(keys[0].startsWith("h:"));
        QCOMPARE(keys[1], keys[0] + "#2");
        QVERIFY(keys[2] != keys[0]);
        QVERIFY(hasIssue(r.snapshotId, "duplicate_entry", 3, "noid.csv"));
        // The same export loaded again derives the same keys (for the delta diff).
        const StagingResult again = stage(sources);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM stg_time_entry a JOIN stg_time_entry b ON "
                                       "a.source_key = b.source_key AND a.row_hash = b.row_hash WHERE a.snapshot_id = "
                                       "%1 AND b.snapshot_id = %2")
                            .arg(r.snapshotId)
                            .arg(again.snapshotId))
                     .toInt(),
                 3);
    }

    void fixListRoundTrip()
    {
        writeBasicFiles();
        writeFile(path("bad.csv"),
                  "Entry ID,Matter ID,User,Date,Hours,Rate,Description,Updated\n"
                  "B1,M-1,U1,2026-13-01,1,100,bad month,\n"
                  "B2,M-1,U1,2026-03-01,1,100,fine,\n");
        QList<StagingSource> sources = basicSources();
        sources << source("bad.csv", timeMap());
        const StagingResult r = stage(sources);
        QCOMPARE(r.rejected, 1);
        QString error;
        const QStringList written = StagingStore::writeFixLists(m_store->database(), r.snapshotId, path("fix"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(written.size(), 1);
        QFile f(written.first());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        f.close();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // so Excel reads it as UTF-8
        QString text = QString::fromUtf8(bytes);
        QVERIFY(text.contains("B1,M-1,U1,2026-13-01,1,100,bad month,"));
        QVERIFY(text.contains("row 2: Date"));
        // The user corrects the date and adds the fix list to the same snapshot.
        text.replace("2026-13-01", "2026-01-13");
        writeFile(written.first(), text.toUtf8());
        StagingRequest request;
        request.projectPath = m_project;
        request.sources = { source(QFileInfo(written.first()).absoluteFilePath().mid(m_dir.path().size() + 1),
                                   timeMap()) };
        request.appendToSnapshot = r.snapshotId;
        StagingJob job(request);
        QCOMPARE(job.run(), Job::Outcome::Succeeded);
        QCOMPARE(scalar("SELECT date FROM stg_time_entry WHERE source_key = 'B1'").toString(), "2026-01-13");
        QCOMPARE(StagingStore::entityCounts(m_store->database(), r.snapshotId).value(Entity::TimeEntry), 5);
    }

    void cancelLeavesNoSnapshot()
    {
        writeBasicFiles();
        QByteArray big = "Entry ID,Matter ID,User,Date,Hours,Rate,Description,Updated\n";
        for (int i = 0; i < 60000; ++i)
            big += QByteArray("X") + QByteArray::number(i) + ",M-1,U1,2026-03-02,1,100,work,\n";
        writeFile(path("big.csv"), big);
        QList<StagingSource> sources = basicSources();
        sources << source("big.csv", timeMap());
        StagingRequest request;
        request.projectPath = m_project;
        request.sources = sources;
        request.batchRows = 100;
        StagingJob job(request);
        connect(&job, &Job::progressChanged, &job, [&](const JobProgress &p) {
            if (p.items > 1000)
                job.cancel();
        });
        QCOMPARE(job.run(), Job::Outcome::Cancelled);
        QCOMPARE(scalar("SELECT count(*) FROM snapshot").toInt(), 0);
        QCOMPARE(scalar("SELECT count(*) FROM stg_time_entry").toInt(), 0);
        QCOMPARE(scalar("SELECT count(*) FROM staging_issue").toInt(), 0);
        // A re-run is safe.
        stage(sources);
        QCOMPARE(scalar("SELECT count(*) FROM stg_time_entry").toInt(), 60003);
    }

    void runsOnAWorkerThreadWithProgress()
    {
        writeBasicFiles();
        StagingRequest request;
        request.projectPath = m_project;
        request.sources = basicSources();
        auto *job = new StagingJob(request);
        QSignalSpy finished(job, &Job::finished);
        QSignalSpy progress(job, &Job::progressChanged);
        job->start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<Job::Outcome>(), Job::Outcome::Succeeded);
        QVERIFY(!progress.isEmpty());
        const auto last = progress.last().first().value<JobProgress>();
        QCOMPARE(last.done, last.total);
        QCOMPARE(last.items, 9);
        QTRY_COMPARE(job->thread(), QThread::currentThread());
        delete job;
    }

    void snapshotKindsFollowTheRules()
    {
        writeBasicFiles();
        QString error;
        stage(basicSources(), SnapshotKind::Delta, Job::Outcome::Failed, &error);
        QVERIFY(error.contains("final"));
        const StagingResult final = stage(basicSources(), SnapshotKind::Final);
        stage(basicSources(), SnapshotKind::Final, Job::Outcome::Failed, &error);
        QVERIFY(error.contains(QString::number(final.snapshotId)));
        const StagingResult delta = stage(basicSources(), SnapshotKind::Delta);
        QCOMPARE(StagingStore::latestSnapshot(m_store->database())->id, delta.snapshotId);
        QCOMPARE(StagingStore::latestSnapshot(m_store->database(), SnapshotKind::Final)->id, final.snapshotId);
        QCOMPARE(scalar("SELECT count(*) FROM snapshot").toInt(), 2);
    }

    void autoModeRefusesWhatItCannotPlace()
    {
        writeFile(path("mystery.csv"), "Colour,Flavour,Size\nred,sweet,3\n");
        StagingSource s;
        s.path = path("mystery.csv");
        QString error;
        stage({ s }, SnapshotKind::Trial, Job::Outcome::Failed, &error);
        QVERIFY2(error.contains("mystery.csv"), qPrintable(error));
        QCOMPARE(scalar("SELECT count(*) FROM snapshot").toInt(), 0);
        QCOMPARE(scalar("SELECT count(*) FROM source_file").toInt(), 0);
    }

    void backupArchivesAreExpanded()
    {
        writeBasicFiles();
        auto makeZip = [&](const QString &zipName, const QStringList &names) {
            QuaZip zip(path(zipName));
            QVERIFY(zip.open(QuaZip::mdCreate));
            for (const QString &name : names) {
                QuaZipFile out(&zip);
                QVERIFY(out.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("Backup/") + name)));
                QFile in(path(name));
                QVERIFY(in.open(QIODevice::ReadOnly));
                out.write(in.readAll());
                out.close();
            }
            zip.close();
        };
        makeZip("users-backup.zip", { "users.csv" });
        StagingSource users;
        users.path = path("users-backup.zip");
        users.map = userMap();
        const StagingResult r = stage({ users });
        QCOMPARE(r.files.size(), 1);
        QCOMPARE(r.files.first().path, path("users-backup.zip") + "/Backup/users.csv");
        QCOMPARE(StagingStore::entityCounts(m_store->database(), r.snapshotId).value(Entity::User), 2);

        // A file in the archive that does not fit the map is named, and nothing is kept.
        makeZip("account-backup.zip", { "users.csv", "clients.csv" });
        users.path = path("account-backup.zip");
        QString error;
        stage({ users }, SnapshotKind::Trial, Job::Outcome::Failed, &error);
        QVERIFY2(error.contains("account-backup.zip/Backup/clients.csv"), qPrintable(error));
        QCOMPARE(scalar("SELECT count(*) FROM snapshot").toInt(), 1);
    }

    void selectedClientsCarryTheirMattersAndEntries()
    {
        writeBasicFiles();
        const StagingResult r = stage(basicSources());
        QString error;
        QVERIFY(StagingStore::setClientsIncluded(m_store->database(), { "C002" }, false, &error));
        const auto counts = StagingStore::entityCounts(m_store->database(), r.snapshotId, true);
        QCOMPARE(counts.value(Entity::Client), 1);
        QCOMPARE(counts.value(Entity::Matter), 1);
        QCOMPARE(counts.value(Entity::TimeEntry), 2); // T2 was on M-2 (C002)
        const auto clients = StagingStore::clients(m_store->database(), r.snapshotId);
        QCOMPARE(clients.size(), 2);
        QCOMPARE(clients.at(1).key, "C002");
        QVERIFY(!clients.at(1).included);
        QCOMPARE(clients.at(0).matters, 1);
    }

    void aCrashMidLoadLeavesTheSnapshotAbsentOrComplete()
    {
        writeBasicFiles();
        QByteArray big = "Entry ID,Matter ID,User,Date,Hours,Rate,Description,Updated\n";
        for (int i = 0; i < 400000; ++i)
            big += QByteArray("K") + QByteArray::number(i) + ",M-1,U1,2026-03-02,1.25,250,Research and drafting,\n";
        writeFile(path("huge.csv"), big);
        QString error;
        QVERIFY2(timeMap().save(path("time-map.json"), &error), qPrintable(error));
        m_store.reset(); // the CLI takes the project's lock
        QProcess cli;
        cli.start(QStringLiteral(CUTOVER_CLI_PATH),
                  { "stage", m_project, path("huge.csv"), "--map", path("time-map.json") });
        QVERIFY(cli.waitForStarted());
        // Wait until batches are committed, then kill it without warning.
        const QString connection = QStringLiteral("watch");
        {
            QSqlDatabase watch = ProjectStore::openConnection(m_project, connection, &error);
            QVERIFY2(watch.isOpen(), qPrintable(error));
            QSqlQuery q(watch);
            QTRY_VERIFY_WITH_TIMEOUT(
                q.exec("SELECT count(*) FROM stg_time_entry") && q.next() && q.value(0).toInt() > 0, 20000);
            q.finish();
            watch.close();
        }
        QSqlDatabase::removeDatabase(connection);
        cli.kill();
        QVERIFY(cli.waitForFinished());
        // Whatever moment the kill hit, the next open leaves no half snapshot.
        ProjectSession session;
        QVERIFY2(session.open(m_project, &error), qPrintable(error));
        QSqlQuery q(session.store()->database());
        QVERIFY(q.exec("SELECT count(*) FROM snapshot WHERE state <> 'complete'") && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec("SELECT count(*), coalesce(sum(state = 'complete'), 0) FROM snapshot") && q.next());
        const int snapshots = q.value(0).toInt();
        QVERIFY(q.exec("SELECT count(*) FROM stg_time_entry") && q.next());
        QCOMPARE(q.value(0).toInt(), snapshots == 0 ? 0 : 400000);
    }
};

QTEST_GUILESS_MAIN(TestStagingJob)
#include "TestStagingJob.moc"
