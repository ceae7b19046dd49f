#include "TestMaps.h"
#include "closeout/CutoffStore.h"
#include "domain/Cutoff.h"
#include "staging/Delta.h"
#include "staging/StagingJob.h"
#include "staging/StagingStore.h"
#include "store/ProjectStore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Cutover;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

ImportMap makeMap(Entity entity, const QMap<QString, QString> &fieldToColumn)
{
    return TestMaps::make(entity, fieldToColumn);
}

} // namespace

class TestCutoffDelta : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<ProjectStore> m_store;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void write(const QString &name, const QByteArray &bytes)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

    qint64 stage(SnapshotKind kind, Job::Outcome expected = Job::Outcome::Succeeded, QString *error = nullptr)
    {
        StagingRequest request;
        request.projectPath = m_project;
        request.kind = kind;
        request.batchRows = 2;
        StagingSource clients;
        clients.path = path("clients.csv");
        clients.map =
            makeMap(Entity::Client, { { "source_key", "Client ID" }, { "name", "Name" }, { "updated_at", "Updated" } });
        StagingSource matters;
        matters.path = path("matters.csv");
        matters.map =
            makeMap(Entity::Matter,
                    { { "source_key", "Matter ID" }, { "client_key", "Client ID" }, { "description", "Description" } });
        StagingSource time;
        time.path = path("time.csv");
        time.map = makeMap(Entity::TimeEntry,
                           { { "source_key", "Entry ID" },
                             { "matter_key", "Matter ID" },
                             { "user_key", "User" },
                             { "date", "Date" },
                             { "duration", "Hours" },
                             { "description", "Description" } });
        time.map->fields["duration"].unit = QStringLiteral("hours");
        request.sources = { clients, matters, time };
        StagingJob job(request);
        const Job::Outcome outcome = job.run();
        if (error)
            *error = job.errorString();
        if (outcome != expected)
            qWarning() << job.errorString();
        return outcome == expected ? job.result().snapshotId : -1;
    }

    void writeExport(bool later)
    {
        write("clients.csv",
              later ? "Client ID,Name,Updated\n"
                      "C1,Able Co,2026-01-05 09:00\n"
                      "C2,Baker & Sons Ltd,2026-12-31 23:30\n" // renamed after the cutoff
                      "C4,Dune LLC,2027-01-02 10:00\n" // new after the cutoff
                    : "Client ID,Name,Updated\n"
                      "C1,Able Co,2026-01-05 09:00\n"
                      "C2,Baker & Sons,2026-06-01 12:00\n"
                      "C3,Cole Partners,2026-02-01 08:00\n");
        write("matters.csv",
              later ? "Matter ID,Client ID,Description\nM1,C1,Lease\nM2,C2,Merger\nM4,C4,Incorporation\n"
                    : "Matter ID,Client ID,Description\nM1,C1,Lease\nM2,C2,Merger\nM3,C3,Audit\n");
        write("time.csv",
              later ? "Entry ID,Matter ID,User,Date,Hours,Description\n"
                      "T1,M1,U1,2026-12-30,1.0,Call\n"
                      "T2,M2,U1,2026-12-31,2.5,Drafting (corrected)\n"
                      "T4,M4,U1,2027-01-04,0.5,First meeting\n"
                    : "Entry ID,Matter ID,User,Date,Hours,Description\n"
                      "T1,M1,U1,2026-12-30,1.0,Call\n"
                      "T2,M2,U1,2026-12-31,2.0,Drafting\n"
                      "T3,M3,U1,2026-12-31,1.0,Review\n");
    }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_store->database());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    AuditEntry lastCutoffAudit() const
    {
        for (const AuditEntry &e : m_store->auditLog()) {
            if (e.action.startsWith(QLatin1String("cutoff.")))
                return e;
        }
        return {};
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_project = path(QStringLiteral("p%1.cutover").arg(QDateTime::currentMSecsSinceEpoch()));
        ProjectSettings settings = ProjectSettings::defaultsForThisMachine();
        settings.firmName = QStringLiteral("Able & Co");
        settings.timeZone = QStringLiteral("America/New_York");
        QString error;
        m_store = ProjectStore::create(m_project, settings, &error);
        QVERIFY2(m_store, qPrintable(error));
    }
    void cleanup() { m_store.reset(); }

    void resolvesWallClockTimes_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("local");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("utcOrEarlier");
        QTest::addColumn<QString>("later");

        using K = CutoffResolution::Kind;
        QTest::newRow("winter") << "America/New_York"
                                << "2026-12-31T17:00" << int(K::Exact) << "2026-12-31T22:00:00Z"
                                << "";
        QTest::newRow("summer") << "America/New_York"
                                << "2026-07-01T17:00" << int(K::Exact) << "2026-07-01T21:00:00Z"
                                << "";
        // 8 March 2026: 02:00 EST becomes 03:00 EDT.
        QTest::newRow("spring gap") << "America/New_York"
                                    << "2026-03-08T02:30" << int(K::Skipped) << "2026-03-08T07:00:00Z"
                                    << "";
        QTest::newRow("just before the gap") << "America/New_York"
                                             << "2026-03-08T01:59" << int(K::Exact) << "2026-03-08T06:59:00Z"
                                             << "";
        QTest::newRow("just after the gap") << "America/New_York"
                                            << "2026-03-08T03:00" << int(K::Exact) << "2026-03-08T07:00:00Z"
                                            << "";
        // 1 November 2026: 02:00 EDT becomes 01:00 EST; 01:30 happens twice.
        QTest::newRow("autumn twice") << "America/New_York"
                                      << "2026-11-01T01:30" << int(K::Ambiguous) << "2026-11-01T05:30:00Z"
                                      << "2026-11-01T06:30:00Z";
        // London: 29 March 2026 01:00 GMT -> 02:00 BST; 25 October 2026 02:00 BST -> 01:00 GMT.
        QTest::newRow("london gap") << "Europe/London"
                                    << "2026-03-29T01:15" << int(K::Skipped) << "2026-03-29T01:00:00Z"
                                    << "";
        QTest::newRow("london twice") << "Europe/London"
                                      << "2026-10-25T01:45" << int(K::Ambiguous) << "2026-10-25T00:45:00Z"
                                      << "2026-10-25T01:45:00Z";
        // Sydney (southern hemisphere): 5 April 2026 03:00 AEDT -> 02:00 AEST.
        QTest::newRow("sydney twice") << "Australia/Sydney"
                                      << "2026-04-05T02:30" << int(K::Ambiguous) << "2026-04-04T15:30:00Z"
                                      << "2026-04-04T16:30:00Z";
        // Half-hour zone, no DST.
        QTest::newRow("kolkata") << "Asia/Kolkata"
                                 << "2026-12-31T17:00" << int(K::Exact) << "2026-12-31T11:30:00Z"
                                 << "";
        QTest::newRow("unknown zone") << "Mars/Olympus_Mons"
                                      << "2026-12-31T17:00" << int(K::Invalid) << ""
                                      << "";
    }

    void resolvesWallClockTimes()
    {
        QFETCH(QString, zone);
        QFETCH(QString, local);
        QFETCH(int, kind);
        QFETCH(QString, utcOrEarlier);
        QFETCH(QString, later);
        QDate d;
        QTime t;
        QVERIFY(Cutoffs::parseLocal(local, &d, &t));
        const CutoffResolution r = Cutoffs::resolve(d, t, zone.toUtf8());
        QCOMPARE(int(r.kind), kind);
        if (r.kind == CutoffResolution::Kind::Invalid) {
            QVERIFY(r.message.contains(zone));
            QVERIFY(!Cutoffs::make(d, t, zone.toUtf8()).isValid());
            return;
        }
        if (r.kind == CutoffResolution::Kind::Ambiguous) {
            QCOMPARE(r.earlierUtc, utc(qPrintable(utcOrEarlier)));
            QCOMPARE(r.laterUtc, utc(qPrintable(later)));
            QCOMPARE(Cutoffs::make(d, t, zone.toUtf8(), Cutoffs::Occurrence::Later).utc, r.laterUtc);
            QCOMPARE(Cutoffs::make(d, t, zone.toUtf8()).utc, r.earlierUtc);
            QVERIFY(!r.message.isEmpty());
        } else {
            QCOMPARE(r.utc, utc(qPrintable(utcOrEarlier)));
        }
        if (r.kind == CutoffResolution::Kind::Skipped) {
            QVERIFY(r.message.contains(QStringLiteral("does not exist")));
            QVERIFY(!Cutoffs::make(d, t, zone.toUtf8()).isValid());
        }
    }

    void rejectsBadLocalText()
    {
        QDate d;
        QTime t;
        QVERIFY(!Cutoffs::parseLocal(QStringLiteral("2026-02-30T10:00"), &d, &t));
        QVERIFY(!Cutoffs::parseLocal(QStringLiteral("31/12/2026 17:00"), &d, &t));
        QVERIFY(!Cutoffs::parseLocal(QStringLiteral("2026-12-31T25:00"), &d, &t));
        QVERIFY(Cutoffs::parseLocal(QStringLiteral("2026-12-31 17:00:30"), &d, &t));
        QCOMPARE(t, QTime(17, 0, 30));
    }

    void savesLoadsAndAuditsTheCutoff()
    {
        QVERIFY(!CutoffStore::load(m_store->database()));
        const Cutoff c = Cutoffs::make(QDate(2026, 12, 31), QTime(17, 0), "America/New_York");
        QString error;
        QVERIFY2(CutoffStore::save(*m_store, c, {}, &error), qPrintable(error));
        const auto back = CutoffStore::load(m_store->database());
        QVERIFY(back);
        QCOMPARE(*back, c);
        QCOMPARE(m_store->stepData(WizardStep::Cutoff).value(QStringLiteral("cutoffUtc")).toString(),
                 QStringLiteral("2026-12-31T22:00:00Z"));
        QCOMPARE(lastCutoffAudit().action, QStringLiteral("cutoff.set"));
        QCOMPARE(m_store->stepState(WizardStep::Cutoff), StepState::InProgress);
        QVERIFY(back->displayText().startsWith(QStringLiteral("2026-12-31 17:00")));

        // The same cutoff again is not a change.
        const int entries = m_store->auditLog().size();
        QVERIFY(CutoffStore::save(*m_store, c, {}, &error));
        QCOMPARE(m_store->auditLog().size(), entries);

        // Before a final export a change needs no reason; it is audited with the old value.
        const Cutoff c2 = Cutoffs::make(QDate(2027, 1, 4), QTime(9, 0), "America/New_York");
        QVERIFY(CutoffStore::save(*m_store, c2, {}, &error));
        const AuditEntry e = lastCutoffAudit();
        QCOMPARE(e.action, QStringLiteral("cutoff.changed"));
        QCOMPARE(e.detail.value("old").toObject().value("utc").toString(), QStringLiteral("2026-12-31T22:00:00Z"));
        QCOMPARE(e.detail.value("new").toObject().value("local").toString(), QStringLiteral("2027-01-04T09:00"));
    }

    void changingAfterTheFinalExportNeedsAReason()
    {
        writeExport(false);
        QString error;
        QVERIFY(CutoffStore::save(*m_store, Cutoffs::make(QDate(2026, 12, 31), QTime(17, 0), "America/New_York"), {},
                                  &error));
        QVERIFY(stage(SnapshotKind::Final) > 0);
        const Cutoff later = Cutoffs::make(QDate(2026, 12, 31), QTime(23, 59), "America/New_York");
        QVERIFY(!CutoffStore::save(*m_store, later, QStringLiteral("  "), &error));
        QVERIFY2(error.contains(QStringLiteral("reason")), qPrintable(error));
        QCOMPARE(CutoffStore::load(m_store->database())->localTime, QTime(17, 0));
        QVERIFY2(CutoffStore::save(*m_store, later, QStringLiteral("The partners worked on New Year's Eve"), &error),
                 qPrintable(error));
        const AuditEntry e = lastCutoffAudit();
        QCOMPARE(e.action, QStringLiteral("cutoff.changed_after_final"));
        QCOMPARE(e.detail.value("reason").toString(), QStringLiteral("The partners worked on New Year's Eve"));
    }

    void rowsAfterTheCutoffAreFlaggedAndReflagged()
    {
        writeExport(true);
        QString error;
        // 17:00 New York on 31 December = 22:00 UTC. C2 changed at 23:30 UTC, C4 in
        // January; T4 is dated after the cutoff's local date.
        QVERIFY(CutoffStore::save(*m_store, Cutoffs::make(QDate(2026, 12, 31), QTime(17, 0), "America/New_York"), {},
                                  &error));
        const qint64 snap = stage(SnapshotKind::Trial);
        QVERIFY(snap > 0);
        QSqlQuery q(m_store->database());
        auto flagged = [&](const char *table) {
            QStringList keys;
            if (!q.exec(QStringLiteral("SELECT source_key FROM %1 WHERE snapshot_id = %2 AND after_cutoff = 1 "
                                       "ORDER BY source_key")
                            .arg(QLatin1String(table))
                            .arg(snap)))
                return QStringLiteral("query failed");
            while (q.next())
                keys.append(q.value(0).toString());
            return keys.join(QLatin1Char(','));
        };
        QCOMPARE(flagged("stg_client"), QStringLiteral("C2,C4"));
        QCOMPARE(flagged("stg_time_entry"), QStringLiteral("T4"));
        QVERIFY(CutoffStore::needsReflag(m_store->database()).isEmpty());

        // Moved a day later: C2 (23:30 UTC on the 31st) is now before it; C4
        // (2 January 15:00 UTC) is after it; no time entry is dated after 1 January.
        QVERIFY(CutoffStore::save(*m_store, Cutoffs::make(QDate(2027, 1, 1), QTime(17, 0), "America/New_York"), {},
                                  &error));
        QCOMPARE(CutoffStore::needsReflag(m_store->database()), QList<qint64> { snap });
        CutoffReflagJob job(m_project);
        QCOMPARE(job.run(), Job::Outcome::Succeeded);
        QCOMPARE(flagged("stg_client"), QStringLiteral("C4"));
        QCOMPARE(flagged("stg_time_entry"), QStringLiteral("T4"));
        QCOMPARE(job.rowsFlagged(), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM staging_issue WHERE snapshot_id = %1 AND code = "
                                       "'after_cutoff'")
                            .arg(snap)),
                 2);
        QVERIFY(CutoffStore::needsReflag(m_store->database()).isEmpty());
    }

    void deltaFindsNewChangedAndDeletedRows()
    {
        writeExport(false);
        QString error;
        QCOMPARE(stage(SnapshotKind::Delta, Job::Outcome::Failed, &error), 0);
        QVERIFY2(error.contains(QStringLiteral("no final snapshot")), qPrintable(error));
        const qint64 final = stage(SnapshotKind::Final);
        QVERIFY(final > 0);
        writeExport(true);
        const qint64 delta = stage(SnapshotKind::Delta);
        QVERIFY(delta > 0);
        QSqlDatabase db = m_store->database();
        QCOMPARE(Delta::baseOf(db, delta), final);
        QCOMPARE(Delta::latestDelta(db), delta);

        QMap<QString, QString> seen;
        for (const DeltaRow &r : Delta::rows(db, delta, {}))
            seen.insert(Entities::key(r.entity) + QLatin1Char(':') + r.sourceKey,
                        DeltaChanges::key(r.change) + (r.import ? QStringLiteral("+") : QStringLiteral("-")));
        const QMap<QString, QString> expected {
            { "client:C2", "changed+" },     { "client:C3", "deleted-" }, { "client:C4", "new+" },
            { "matter:M3", "deleted-" },     { "matter:M4", "new+" },     { "time_entry:T2", "changed+" },
            { "time_entry:T3", "deleted-" }, { "time_entry:T4", "new+" },
        };
        QCOMPARE(seen, expected);

        const QList<DeltaCount> counts = Delta::counts(db, delta);
        QCOMPARE(counts.size(), 3);
        QCOMPARE(counts[0].entity, Entity::Client);
        QCOMPARE(counts[0].added, 1);
        QCOMPARE(counts[0].changed, 1);
        QCOMPARE(counts[0].deleted, 1);
        QCOMPARE(counts[0].marked, 2);
        QCOMPARE(counts[2].entity, Entity::TimeEntry);

        // Labels come from the new row, or the old one for deleted rows.
        const QList<DeltaRow> clients = Delta::rows(db, delta, { Entity::Client, std::nullopt });
        QCOMPARE(clients.size(), 3);
        QCOMPARE(clients[0].sourceKey, QStringLiteral("C4")); // new first
        QCOMPARE(clients[0].label, QStringLiteral("Dune LLC"));
        QCOMPARE(clients[2].label, QStringLiteral("Cole Partners"));
        QCOMPARE(Delta::rowCount(db, delta, { std::nullopt, DeltaChange::Deleted }), 3);
        // Paging across entities.
        const QList<DeltaRow> page = Delta::rows(db, delta, {}, 2, 3);
        QCOMPARE(page.size(), 3);
        QCOMPARE(page[0].sourceKey, QStringLiteral("C3"));
        QCOMPARE(page[1].sourceKey, QStringLiteral("M4"));

        // Unmarking is audited; deleted rows cannot be marked.
        QVERIFY(Delta::setImport(db, delta, Entity::TimeEntry, { QStringLiteral("T2"), QStringLiteral("T3") }, false,
                                 &error));
        QVERIFY(Delta::setImport(db, delta, Entity::TimeEntry, { QStringLiteral("T3") }, true, &error));
        QCOMPARE(m_store->auditLog(1).first().action, QStringLiteral("delta.marked"));
        QCOMPARE(Delta::counts(db, delta)[2].marked, 1);

        // Discarding the delta snapshot takes its rows with it.
        QVERIFY(StagingStore::deleteSnapshot(db, delta, &error));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM delta_row")), 0);
    }
};

QTEST_GUILESS_MAIN(TestCutoffDelta)
#include "TestCutoffDelta.moc"
