#include "ImportFixture.h"
#include "importing/ImportEngine.h"
#include "importing/ImportWorksheet.h"
#include "staging/Delta.h"
#include "targets/ClioConnector.h"
#include "targets/CsvPackageTarget.h"

#include <QEventLoop>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Cutover;
using namespace Cutover::TestImport;

// The import engine against the real sandbox program through the real Clio
// connector: every record once, money to the cent, links right, resumable.
class TestImportEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<Sandbox> m_sandbox;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    bool startSandbox(const QStringList &extra = {})
    {
        m_sandbox = std::make_unique<Sandbox>();
        return m_sandbox->start(path(QStringLiteral("sandbox.sqlite")), writeSandboxUsers(m_dir->path()), extra);
    }

    ImportRequest request() const
    {
        ImportRequest r;
        r.projectPath = m_store->filePath();
        r.target.kind = TargetChoice::Kind::Clio;
        r.target.baseUrl = m_sandbox->baseUrl();
        r.target.outDir = m_dir->filePath(QStringLiteral("worksheets"));
        const QUrl url = m_sandbox->baseUrl();
        r.connector = [url]() -> std::unique_ptr<TargetConnector> {
            auto c = std::make_unique<ClioConnector>(url, QByteArray(Sandbox::kToken));
            c->setRetryPolicy(8, 20); // fast retries: the faults are the sandbox's dice
            return c;
        };
        r.concurrency = 3;
        return r;
    }

    QString targetKey() const { return request().target.key(); }

    // Maps the users the way the page does: suggestions from the target's users.
    void mapUsers()
    {
        QString error;
        QList<UserMapping> mappings = UserMappings::load(m_store->database(), targetKey(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto connector = request().connector();
        QList<IncomingRecord> users;
        QEventLoop loop;
        connector->list(RecordKind::User, {}, [&](const TargetPage &page) {
            users += page.records;
            if (page.last || page.error.kind != TargetError::Kind::None)
                loop.quit();
        });
        loop.exec();
        QCOMPARE(users.size(), 3);
        mappings = UserMappings::suggest(mappings, users);
        QVERIFY(UserMappings::save(m_store->database(), targetKey(), mappings, &error));
        const QList<UserMapping> saved = UserMappings::load(m_store->database(), targetKey(), &error);
        for (const UserMapping &m : saved) {
            if (m.entries > 0)
                QVERIFY2(!m.targetId.isEmpty(), qPrintable(m.sourceKey));
        }
    }

    Job::Outcome runImport(const ImportRequest &r, ImportJob **keep = nullptr)
    {
        static std::unique_ptr<ImportJob> last;
        last = std::make_unique<ImportJob>(r);
        const Job::Outcome o = last->run();
        if (keep)
            *keep = last.get();
        if (o == Job::Outcome::Failed)
            qWarning() << "import failed:" << last->errorString();
        return o;
    }

    qint64 ledgerCount(const QString &state) const
    {
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT count(*) FROM id_map WHERE target_key = ? AND state = ?"));
        q.addBindValue(targetKey());
        q.addBindValue(state);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    QString ledgerTargetId(const QString &entity, const QString &key) const
    {
        QSqlQuery q(m_store->database());
        q.prepare(
            QStringLiteral("SELECT target_id FROM id_map WHERE target_key = ? AND entity = ? AND source_key = ?"));
        q.addBindValue(targetKey());
        q.addBindValue(entity);
        q.addBindValue(key);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    // The whole export is in the sandbox exactly once (16 records).
    void checkEverythingOnce()
    {
        QCOMPARE(m_sandbox->count(QStringLiteral("contacts")), 3);
        QCOMPARE(m_sandbox->count(QStringLiteral("matters")), 3);
        QCOMPARE(m_sandbox->count(QStringLiteral("activities")), 6);
        QCOMPARE(m_sandbox->count(QStringLiteral("notes")), 2);
        QCOMPARE(m_sandbox->count(QStringLiteral("folders")), 1);
        QCOMPARE(m_sandbox->count(QStringLiteral("documents")), 1);
        QCOMPARE(ledgerCount(QStringLiteral("created")), 16);
        QCOMPARE(ledgerCount(QStringLiteral("skipped")), 2);
        QCOMPARE(ledgerCount(QStringLiteral("sending")), 0);
        QCOMPARE(ledgerCount(QStringLiteral("pending")), 0);
        QCOMPARE(ledgerCount(QStringLiteral("failed")), 0);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = makeProject(m_dir->path());
        QVERIFY(m_store);
    }

    void cleanup()
    {
        m_sandbox.reset();
        m_store.reset();
        m_dir.reset();
    }

    void referenceNamesProjectEntityAndKey()
    {
        const QUuid id = QUuid::fromString(QStringLiteral("{1a2b3c4d-0000-4000-8000-000000000001}"));
        QCOMPARE(ImportLedger::reference(id, QStringLiteral("matter"), QStringLiteral("2019-0042")),
                 QStringLiteral("CUT-1a2b3c4d:matter:2019-0042"));
    }

    void worksheetHasTrustAndReceivablesOfTheClientsThatMove()
    {
        QString error;
        const QList<WorksheetRow> rows = ImportWorksheet::compute(m_store->database(), 0, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).clientKey, QStringLiteral("C1"));
        QCOMPARE(rows.at(0).matterKey, QStringLiteral("M1"));
        QCOMPARE(rows.at(0).trustCents, 380000);
        QCOMPARE(rows.at(0).receivableCents, 60000);
        QCOMPARE(rows.at(1).clientKey, QStringLiteral("C2"));
        QCOMPARE(rows.at(1).trustCents, 30001);
        QCOMPARE(rows.at(1).receivableCents, 8005);
        QCOMPARE(ImportWorksheet::formatCents(-5), QStringLiteral("-0.05"));
        QCOMPARE(ImportWorksheet::formatCents(410001), QStringLiteral("4100.01"));
    }

    void stopsWithTheUsersThatAreNotMapped()
    {
        QVERIFY(startSandbox());
        ImportJob *job = nullptr;
        QCOMPARE(runImport(request(), &job), Job::Outcome::Failed);
        QVERIFY2(job->errorString().contains(QStringLiteral("Ann Lee"))
                     && job->errorString().contains(QStringLiteral("Bob Roe")),
                 qPrintable(job->errorString()));
        QCOMPARE(m_sandbox->importedRecords(), 0);
    }

    void refusesWhileTheCloseOutGateIsClosed()
    {
        QString error;
        QVERIFY(CloseOutRecords::clearImportGateOverride(m_store->database(), &error));
        QVERIFY(startSandbox());
        mapUsers();
        ImportJob *job = nullptr;
        QCOMPARE(runImport(request(), &job), Job::Outcome::Failed);
        QVERIFY2(job->errorString().contains(QStringLiteral("close-out")), qPrintable(job->errorString()));
        QCOMPARE(m_sandbox->importedRecords(), 0);
    }

    void dryRunCountsAndWritesNothing()
    {
        QVERIFY(startSandbox({ QStringLiteral("--rate-limit"), QStringLiteral("600") }));
        // Before the users are mapped: listed, not fatal.
        ImportRequest r = request();
        r.dryRun = true;
        ImportJob *job = nullptr;
        QCOMPARE(runImport(r, &job), Job::Outcome::Succeeded);
        QCOMPARE(job->dryRunSummary().unmappedUsers.size(), 2);

        mapUsers();
        QCOMPARE(runImport(r, &job), Job::Outcome::Succeeded);
        const DryRunSummary d = job->dryRunSummary();
        QVERIFY(d.unmappedUsers.isEmpty());
        QVERIFY2(d.problems.isEmpty(), qPrintable(d.problems.join(QLatin1Char('\n'))));
        // 16 records, the document in 3 calls, and the setup (who am I, users, reference field x2).
        QCOMPARE(d.requests, 16 + 2 + 4);
        QCOMPARE(d.rateLimitPerMinute, 600);
        QCOMPARE(d.estimatedSeconds, (22 * 60 + 599) / 600);
        qint64 planned = 0, skipped = 0;
        for (const EntityLedgerCounts &c : d.planned) {
            planned += c.total;
            skipped += c.skipped;
        }
        QCOMPARE(planned, 18);
        QCOMPARE(skipped, 2);
        QCOMPARE(m_sandbox->importedRecords(), 0);
        QCOMPARE(m_sandbox->requests(QStringLiteral("POST")), 0);
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM id_map")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM import_run WHERE kind = 'dry_run'")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 2);
    }

    void dryRunListsRecordsThatWouldBeRefused()
    {
        // A time entry whose user has no target user, and its matter's problem.
        QVERIFY(startSandbox());
        mapUsers();
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE user_map SET target_user_id = '' WHERE source_user_key = 'U2'")));
        QVERIFY(q.exec(QStringLiteral("UPDATE stg_matter SET client_key = '' WHERE source_key = 'M2'")));
        ImportRequest r = request();
        r.dryRun = true;
        ImportJob *job = nullptr;
        QCOMPARE(runImport(r, &job), Job::Outcome::Succeeded);
        const DryRunSummary d = job->dryRunSummary();
        QCOMPARE(d.unmappedUsers.size(), 1);
        QVERIFY(d.unmappedUsers.constFirst().contains(QStringLiteral("Bob Roe")));
        const QString all = d.problems.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("Matter M2 has no client")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Time entry T2 is by Bob Roe")), qPrintable(all));
        // T5 and E1 are on M2: they depend on it.
        QVERIFY2(all.contains(QStringLiteral("depends on matter M2")), qPrintable(all));
        QCOMPARE(m_sandbox->importedRecords(), 0);
    }

    void importsEveryRecordOnceWithMoneyAndLinksRight()
    {
        QVERIFY(startSandbox());
        mapUsers();
        ImportJob *job = nullptr;
        QSignalSpy counts(job = new ImportJob(request()), &ImportJob::entityCountsChanged);
        std::unique_ptr<ImportJob> owned(job);
        QCOMPARE(job->run(), Job::Outcome::Succeeded);
        QVERIFY(counts.count() > 0);
        checkEverythingOnce();

        // Contacts: C1 a company, C2 a person, the firm a company; all with their reference.
        QHash<QString, QJsonObject> contactById;
        for (const QJsonObject &c : m_sandbox->records(QStringLiteral("contacts")))
            contactById.insert(QString::number(c.value(QStringLiteral("id")).toInteger()), c);
        const QJsonObject c1 = contactById.value(ledgerTargetId(QStringLiteral("contact"), QStringLiteral("C1")));
        QCOMPARE(c1.value(QStringLiteral("type")).toString(), QStringLiteral("Company"));
        QCOMPARE(c1.value(QStringLiteral("name")).toString(), QStringLiteral("Able Holdings"));
        const QJsonObject c2 = contactById.value(ledgerTargetId(QStringLiteral("contact"), QStringLiteral("C2")));
        QCOMPARE(c2.value(QStringLiteral("type")).toString(), QStringLiteral("Person"));
        QCOMPARE(c2.value(QStringLiteral("last_name")).toString(), QStringLiteral("Fox"));
        const QJsonObject firm = contactById.value(ledgerTargetId(QStringLiteral("contact"), QStringLiteral("firm")));
        QCOMPARE(firm.value(QStringLiteral("name")).toString(), QStringLiteral("Able & Co"));

        // Matters link to their client; the firm matter holds the folder and the report.
        QHash<QString, QJsonObject> matterById;
        for (const QJsonObject &m : m_sandbox->records(QStringLiteral("matters")))
            matterById.insert(QString::number(m.value(QStringLiteral("id")).toInteger()), m);
        auto clientOf = [](const QJsonObject &o) {
            return QString::number(
                o.value(QStringLiteral("client")).toObject().value(QStringLiteral("id")).toInteger());
        };
        const QString m1Id = ledgerTargetId(QStringLiteral("matter"), QStringLiteral("M1"));
        QCOMPARE(clientOf(matterById.value(m1Id)), ledgerTargetId(QStringLiteral("contact"), QStringLiteral("C1")));
        QCOMPARE(matterById.value(m1Id).value(QStringLiteral("description")).toString(),
                 QStringLiteral("Lease review"));
        const QString m2Id = ledgerTargetId(QStringLiteral("matter"), QStringLiteral("M2"));
        QCOMPARE(clientOf(matterById.value(m2Id)), ledgerTargetId(QStringLiteral("contact"), QStringLiteral("C2")));
        const QString firmMatter = ledgerTargetId(QStringLiteral("matter"), QStringLiteral("firm"));
        QCOMPARE(clientOf(matterById.value(firmMatter)),
                 ledgerTargetId(QStringLiteral("contact"), QStringLiteral("firm")));
        QCOMPARE(matterById.value(firmMatter).value(QStringLiteral("description")).toString(),
                 QStringLiteral("Historical data from bill4time"));

        // Activities: money to the cent, on the right matter, by the mapped user.
        QHash<QString, QJsonObject> activityById;
        for (const QJsonObject &a : m_sandbox->records(QStringLiteral("activities")))
            activityById.insert(QString::number(a.value(QStringLiteral("id")).toInteger()), a);
        auto activity = [&](const QString &entity, const QString &key) {
            return activityById.value(ledgerTargetId(entity, key));
        };
        auto matterOf = [](const QJsonObject &o) {
            return QString::number(
                o.value(QStringLiteral("matter")).toObject().value(QStringLiteral("id")).toInteger());
        };
        auto cents = [](const QJsonValue &v) {
            return qRound64(v.toDouble() * 100.0);
        };
        const QJsonObject t1 = activity(QStringLiteral("time_entry"), QStringLiteral("T1"));
        QCOMPARE(t1.value(QStringLiteral("type")).toString(), QStringLiteral("TimeEntry"));
        QCOMPARE(t1.value(QStringLiteral("quantity")).toInteger(), 5400);
        QCOMPARE(cents(t1.value(QStringLiteral("price"))), 25000);
        QCOMPARE(cents(t1.value(QStringLiteral("total"))), 37500);
        QCOMPARE(matterOf(t1), m1Id);
        QCOMPARE(t1.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toInteger(), 1); // Ann Lee
        const QJsonObject t2 = activity(QStringLiteral("time_entry"), QStringLiteral("T2"));
        QCOMPARE(cents(t2.value(QStringLiteral("total"))), 7500);
        QCOMPARE(t2.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toInteger(), 2); // Bob Roe
        QCOMPARE(cents(activity(QStringLiteral("time_entry"), QStringLiteral("T5")).value(QStringLiteral("total"))),
                 1950);
        const QJsonObject e1 = activity(QStringLiteral("expense"), QStringLiteral("E1"));
        QCOMPARE(e1.value(QStringLiteral("type")).toString(), QStringLiteral("ExpenseEntry"));
        QCOMPARE(cents(e1.value(QStringLiteral("total"))), 4550);
        QCOMPARE(matterOf(e1), m2Id);
        const QJsonObject bf1 = activity(QStringLiteral("balance_forward"), QStringLiteral("M1"));
        QCOMPARE(cents(bf1.value(QStringLiteral("total"))), 60000);
        QCOMPARE(matterOf(bf1), m1Id);
        QCOMPARE(
            cents(activity(QStringLiteral("balance_forward"), QStringLiteral("M2")).value(QStringLiteral("total"))),
            8005);
        // Billed work stays behind, with the reason.
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT source_key, last_error FROM id_map WHERE state = 'skipped' ORDER BY 1")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("E2"));
        QVERIFY(q.value(1).toString().contains(QStringLiteral("billed history stays in the old system")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("T3"));
        // The excluded client's work is not even planned.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM id_map WHERE source_key IN ('C3', 'M3', 'T4')"))
                && q.next());
        QCOMPARE(q.value(0).toLongLong(), 0);

        // Notes on their matter, or their contact.
        const QList<QJsonObject> notes = m_sandbox->records(QStringLiteral("notes"));
        int onMatter = 0, onContact = 0;
        for (const QJsonObject &n : notes) {
            if (n.value(QStringLiteral("type")).toString() == QLatin1String("Matter") && matterOf(n) == m1Id)
                ++onMatter;
            if (n.value(QStringLiteral("type")).toString() == QLatin1String("Contact"))
                ++onContact;
        }
        QCOMPARE(onMatter, 1);
        QCOMPARE(onContact, 1);

        // "Historical Data" under the firm matter, the report in it, the same bytes.
        const QJsonObject folder = m_sandbox->records(QStringLiteral("folders")).constFirst();
        QCOMPARE(folder.value(QStringLiteral("name")).toString(), QStringLiteral("Historical Data"));
        QCOMPARE(
            QString::number(folder.value(QStringLiteral("parent")).toObject().value(QStringLiteral("id")).toInteger()),
            firmMatter);
        const QJsonObject document = m_sandbox->records(QStringLiteral("documents")).constFirst();
        QCOMPARE(document.value(QStringLiteral("name")).toString(), QStringLiteral("Aged receivables at cutoff.pdf"));
        QCOMPARE(document.value(QStringLiteral("parent")).toObject().value(QStringLiteral("id")).toInteger(),
                 folder.value(QStringLiteral("id")).toInteger());
        QCOMPARE(m_sandbox->uploadedBytes(document.value(QStringLiteral("id")).toInteger()), reportBytes());

        // The worksheet: firm, cutoff line and totals, one line per matter with money.
        const QString worksheet = job->runSummary().value(QStringLiteral("worksheet")).toString();
        QFile sheet(worksheet);
        QVERIFY2(sheet.open(QIODevice::ReadOnly), qPrintable(worksheet));
        const QString text = QString::fromUtf8(sheet.readAll());
        QVERIFY2(text.contains(QStringLiteral("Able & Co")) && text.contains(QStringLiteral("4100.01"))
                     && text.contains(QStringLiteral("680.05")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("C1,Able Holdings,M1,Lease review,3800.00,600.00")));
        QVERIFY(text.contains(QStringLiteral("C2,Dana Fox,M2,Estate plan,300.01,80.05")));
        QVERIFY(!text.contains(QStringLiteral("Excluded Co")));

        // The ledger as the CLI and the page read it.
        const QList<EntityLedgerCounts> byEntity = ImportLedger::counts(m_store->database(), targetKey());
        QCOMPARE(byEntity.constFirst().entity, QStringLiteral("contact"));
        QCOMPARE(byEntity.constFirst().created, 3);
        QVERIFY(ImportLedger::importFinishedUtc(m_store->database(), targetKey()).isValid());
        QCOMPARE(ImportLedger::targets(m_store->database()), QStringList { targetKey() });

        // A second run sends nothing new.
        const qint64 posts = m_sandbox->requests(QStringLiteral("POST"));
        QCOMPARE(runImport(request()), Job::Outcome::Succeeded);
        checkEverythingOnce();
        QCOMPARE(m_sandbox->requests(QStringLiteral("POST")), posts);
    }

    void unusableRowsAndTrialRunsAreReported()
    {
        // Only a trial export, with an entry on a matter nobody exported.
        m_store.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        ExportOptions options;
        options.unknownMatter = true;
        m_store = makeProject(m_dir->path(), options, SnapshotKind::Trial);
        QVERIFY(m_store);
        QVERIFY(startSandbox());
        mapUsers();
        ImportRequest r = request();
        r.dryRun = true;
        ImportJob *job = nullptr;
        QCOMPARE(runImport(r, &job), Job::Outcome::Succeeded);
        const QString all = job->dryRunSummary().problems.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("trial run")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Time entry T7")) && all.contains(QStringLiteral("M9")), qPrintable(all));
        // The import refuses the row and says why; the rest goes.
        QCOMPARE(runImport(request()), Job::Outcome::Succeeded);
        const QList<LedgerFailure> failures = ImportLedger::failures(m_store->database(), targetKey());
        QCOMPARE(failures.size(), 1);
        QCOMPARE(failures.constFirst().sourceKey, QStringLiteral("T7"));
        QCOMPARE(m_sandbox->count(QStringLiteral("activities")), 6);
    }

    void csvPackageTargetWritesThePackage()
    {
        ImportRequest r;
        r.projectPath = m_store->filePath();
        r.target.kind = TargetChoice::Kind::CsvPackage;
        r.target.outDir = path(QStringLiteral("package"));
        ImportJob *job = nullptr;
        QCOMPARE(runImport(r, &job), Job::Outcome::Succeeded);
        QVERIFY(QFile::exists(QDir(r.target.outDir).filePath(CsvPackageTarget::zipFileName())));
        const QJsonObject manifest = job->runSummary().value(QStringLiteral("manifest")).toObject();
        QVERIFY(!manifest.isEmpty());
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM import_run WHERE target = 'csv-package' AND "
                                      "state = 'complete'"))
                && q.next());
        QCOMPARE(q.value(0).toLongLong(), 1);
    }

    void faultsStillGiveEveryRecordOnce_data()
    {
        QTest::addColumn<QStringList>("faults");
        QTest::newRow("5xx") << QStringList { QStringLiteral("--fail-rate"), QStringLiteral("0.3") };
        QTest::newRow("dropped after the write")
            << QStringList { QStringLiteral("--drop-rate"), QStringLiteral("0.3") };
        // 12 requests per 2-second window: the import needs several windows.
        QTest::newRow("rate limit") << QStringList { QStringLiteral("--rate-limit"), QStringLiteral("12"),
                                                     QStringLiteral("--rate-window"), QStringLiteral("2") };
        QTest::newRow("all at once") << QStringList { QStringLiteral("--fail-rate"),   QStringLiteral("0.15"),
                                                      QStringLiteral("--drop-rate"),   QStringLiteral("0.15"),
                                                      QStringLiteral("--rate-limit"),  QStringLiteral("30"),
                                                      QStringLiteral("--rate-window"), QStringLiteral("2") };
    }

    void faultsStillGiveEveryRecordOnce()
    {
        QFETCH(QStringList, faults);
        QVERIFY(startSandbox(faults));
        mapUsers();
        // What the connector gives up on is 'failed' and sent again by the next
        // run, after a look for it: never twice in the target.
        for (int run = 0; run < 4 && ledgerCount(QStringLiteral("created")) < 16; ++run)
            QCOMPARE(runImport(request()), Job::Outcome::Succeeded);
        checkEverythingOnce();
        // The dice did roll: the run met the faults it was meant to.
        if (faults.contains(QStringLiteral("--fail-rate")))
            QVERIFY(m_sandbox->faults(QStringLiteral("fail")) > 0);
        if (faults.contains(QStringLiteral("--drop-rate")))
            QVERIFY(m_sandbox->faults(QStringLiteral("drop")) > 0);
        // More requests than one window allows: the import went through several.
        if (const qsizetype at = faults.indexOf(QStringLiteral("--rate-limit")); at >= 0) {
            qint64 sent = 0;
            for (const char *method : { "GET", "POST", "PUT", "PATCH" })
                sent += m_sandbox->requests(QLatin1String(method));
            QVERIFY2(sent > faults.at(at + 1).toLongLong(), qPrintable(QString::number(sent)));
        }
    }

    void failedRecordIsListedAndSentAgainAfterTheFix()
    {
        // C4 is a person without first or last name: the target refuses it.
        m_store.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        ExportOptions options;
        options.mistypedEmail = true;
        m_store = makeProject(m_dir->path(), options);
        QVERIFY(m_store);
        QVERIFY(startSandbox());
        mapUsers();
        QCOMPARE(runImport(request()), Job::Outcome::Succeeded);
        const QList<LedgerFailure> failures = ImportLedger::failures(m_store->database(), targetKey());
        QCOMPARE(failures.size(), 3);
        QCOMPARE(failures.at(0).sourceKey, QStringLiteral("C4"));
        QVERIFY2(failures.at(0).error.contains(QStringLiteral("not an email address")),
                 qPrintable(failures.at(0).error));
        QCOMPARE(failures.at(1).sourceKey, QStringLiteral("M4"));
        QVERIFY2(failures.at(1).error.contains(QStringLiteral("client C4")), qPrintable(failures.at(1).error));
        QCOMPARE(failures.at(2).sourceKey, QStringLiteral("T6"));
        QVERIFY2(failures.at(2).error.contains(QStringLiteral("matter M4")), qPrintable(failures.at(2).error));
        QCOMPARE(m_sandbox->count(QStringLiteral("contacts")), 3);

        // The firm fixes the client and exports again (a delta: C4 changed and
        // marked for import); only the failed ones go.
        options.mistypedEmail = false;
        options.fixedPerson = true;
        QVERIFY(stageExport(m_store->filePath(), m_dir->path(), SnapshotKind::Delta, options) > 0);
        const qint64 posts = m_sandbox->requests(QStringLiteral("POST"));
        ImportRequest retry = request();
        retry.retryFailedOnly = true;
        QCOMPARE(runImport(retry), Job::Outcome::Succeeded);
        QVERIFY(ImportLedger::failures(m_store->database(), targetKey()).isEmpty());
        QCOMPARE(m_sandbox->count(QStringLiteral("contacts")), 4);
        QCOMPARE(m_sandbox->count(QStringLiteral("matters")), 4);
        QCOMPARE(m_sandbox->count(QStringLiteral("activities")), 7);
        QCOMPARE(m_sandbox->requests(QStringLiteral("POST")) - posts, 3);
    }

    void cancelLetsAnswersLandAndTheNextRunFinishes()
    {
        QVERIFY(startSandbox({ QStringLiteral("--latency-ms"), QStringLiteral("150") }));
        mapUsers();
        // On its own thread, as the page runs it; cancelled from here.
        ImportJob job(request());
        QSignalSpy finished(&job, &Job::finished);
        QSignalSpy progress(&job, &Job::progressChanged);
        connect(
            &job, &ImportJob::entityCountsChanged, this,
            [&](const QList<EntityLedgerCounts> &counts) {
                qint64 created = 0;
                for (const EntityLedgerCounts &c : counts)
                    created += c.created;
                if (created >= 4)
                    job.cancel();
            },
            Qt::QueuedConnection);
        job.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(job.outcome(), Job::Outcome::Cancelled);
        QVERIFY(progress.count() > 0);
        const JobProgress last = progress.last().constFirst().value<JobProgress>();
        QVERIFY(last.total >= last.done && last.total > 0);
        QCOMPARE(ledgerCount(QStringLiteral("sending")), 0); // every answer landed
        QVERIFY(ledgerCount(QStringLiteral("created")) < 16);
        QCOMPARE(m_sandbox->importedRecords(), ledgerCount(QStringLiteral("created")));
        QCOMPARE(runImport(request()), Job::Outcome::Succeeded);
        checkEverythingOnce();
    }

    void pauseSendsNothingUntilResumed()
    {
        QVERIFY(startSandbox());
        mapUsers();
        ImportJob job(request());
        job.setPaused(true);
        QVERIFY(job.isPaused());
        QSignalSpy finished(&job, &Job::finished);
        bool dispatching = false;
        connect(
            &job, &Job::progressChanged, this,
            [&](const JobProgress &p) { dispatching = dispatching || p.stage.startsWith(QLatin1String("Creating")); },
            Qt::QueuedConnection);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(dispatching, 20000);
        // Paused at the first record: nothing goes out however long it stays so.
        QTest::qWait(300);
        QCOMPARE(m_sandbox->importedRecords(), 0);
        QVERIFY(finished.isEmpty());
        job.setPaused(false);
        QVERIFY(finished.wait(30000));
        QCOMPARE(job.outcome(), Job::Outcome::Succeeded);
        checkEverythingOnce();
    }

    qint64 sandboxWrites() const
    {
        qint64 n = 0;
        for (const char *method : { "POST", "PATCH", "PUT", "DELETE" })
            n += m_sandbox->requests(QLatin1String(method));
        return n;
    }

    QHash<QString, QJsonObject> sandboxById(const QString &resource) const
    {
        QHash<QString, QJsonObject> byId;
        for (const QJsonObject &o : m_sandbox->records(resource))
            byId.insert(QString::number(o.value(QStringLiteral("id")).toInteger()), o);
        return byId;
    }

    void unchangedRunUpdatesNothingAndEveryRecordHasItsHash()
    {
        QVERIFY(startSandbox());
        mapUsers();
        QCOMPARE(runImport(request()), Job::Outcome::Succeeded);
        checkEverythingOnce();
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT count(*), count(DISTINCT sent_hash) FROM id_map WHERE target_key = ? AND "
                                 "state = 'created' AND length(sent_hash) = 64"));
        q.addBindValue(targetKey());
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toLongLong(), 16); // every record created has the hash of what was sent
        QCOMPARE(q.value(1).toLongLong(), 16);

        const qint64 writes = sandboxWrites();
        ImportJob *job = nullptr;
        QCOMPARE(runImport(request(), &job), Job::Outcome::Succeeded);
        QCOMPARE(job->runSummary().value(QStringLiteral("updated")).toInteger(), 0);
        QCOMPARE(job->runSummary().value(QStringLiteral("sent")).toInteger(), 0);
        QCOMPARE(sandboxWrites(), writes);
        checkEverythingOnce();

        // Rows from before the ledger kept hashes are not updated either.
        QVERIFY(q.exec(QStringLiteral("UPDATE id_map SET sent_hash = ''")));
        ImportRequest dry = request();
        dry.dryRun = true;
        QCOMPARE(runImport(dry, &job), Job::Outcome::Succeeded);
        QCOMPARE(job->dryRunSummary().updates, 0);
        QCOMPARE(runImport(request(), &job), Job::Outcome::Succeeded);
        QCOMPARE(job->runSummary().value(QStringLiteral("updated")).toInteger(), 0);
        QCOMPARE(sandboxWrites(), writes);
    }

    void changesExportedAfterTheImportUpdateTheSameRecords()
    {
        QVERIFY(startSandbox());
        mapUsers();
        QCOMPARE(runImport(request()), Job::Outcome::Succeeded);
        checkEverythingOnce();
        const QString t1Id = ledgerTargetId(QStringLiteral("time_entry"), QStringLiteral("T1"));
        const QString m1Id = ledgerTargetId(QStringLiteral("matter"), QStringLiteral("M1"));
        QVERIFY(!t1Id.isEmpty() && !m1Id.isEmpty());
        const QHash<QString, QJsonObject> before = sandboxById(QStringLiteral("activities"));

        // The firm keeps working in the old system and exports again: T1 and M1
        // changed, T8 new (all marked for import by default), N1 changed too.
        ExportOptions options;
        options.editedAfterImport = true;
        const qint64 delta = stageExport(m_store->filePath(), m_dir->path(), SnapshotKind::Delta, options);
        QVERIFY(delta > 0);
        DeltaFilter changed;
        changed.change = DeltaChange::Changed;
        QCOMPARE(Delta::rowCount(m_store->database(), delta, changed), 3);

        ImportRequest dry = request();
        dry.dryRun = true;
        ImportJob *job = nullptr;
        QCOMPARE(runImport(dry, &job), Job::Outcome::Succeeded);
        QCOMPARE(job->dryRunSummary().updates, 2); // T1 and M1; notes cannot be updated

        const qint64 posts = m_sandbox->requests(QStringLiteral("POST"));
        const qint64 patches = m_sandbox->requests(QStringLiteral("PATCH"));
        QCOMPARE(runImport(request(), &job), Job::Outcome::Succeeded);
        const QJsonObject summary = job->runSummary();
        QCOMPARE(summary.value(QStringLiteral("updated")).toInteger(), 2);
        QCOMPARE(m_sandbox->requests(QStringLiteral("PATCH")) - patches, 2);
        QCOMPARE(m_sandbox->requests(QStringLiteral("POST")) - posts, 1); // T8 only
        QVERIFY2(job->summary().contains(QStringLiteral("2 updated")), qPrintable(job->summary()));

        // Same records, new values; one new record for T8.
        QCOMPARE(ledgerTargetId(QStringLiteral("time_entry"), QStringLiteral("T1")), t1Id);
        QCOMPARE(ledgerTargetId(QStringLiteral("matter"), QStringLiteral("M1")), m1Id);
        QCOMPARE(m_sandbox->count(QStringLiteral("matters")), 3);
        QCOMPARE(m_sandbox->count(QStringLiteral("activities")), 7);
        const QHash<QString, QJsonObject> after = sandboxById(QStringLiteral("activities"));
        const QJsonObject t1 = after.value(t1Id);
        QCOMPARE(t1.value(QStringLiteral("quantity")).toInteger(), 7200);
        QCOMPARE(t1.value(QStringLiteral("note")).toString(), QStringLiteral("Drafting and revising the lease"));
        QCOMPARE(qRound64(t1.value(QStringLiteral("total")).toDouble() * 100.0), 50000);
        QCOMPARE(sandboxById(QStringLiteral("matters")).value(m1Id).value(QStringLiteral("description")).toString(),
                 QStringLiteral("Lease review and renewal"));
        const QString t8Id = ledgerTargetId(QStringLiteral("time_entry"), QStringLiteral("T8"));
        QVERIFY(!t8Id.isEmpty() && !before.contains(t8Id));
        QCOMPARE(after.value(t8Id).value(QStringLiteral("note")).toString(), QStringLiteral("Follow-up call"));
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QVERIFY2(after.contains(it.key()), qPrintable(it.key()));

        // The note cannot be updated through the API: said, by name, not dropped.
        const QStringList problems = summary.value(QStringLiteral("problems")).toVariant().toStringList();
        const QStringList noteProblems = problems.filter(QStringLiteral("N1"));
        QCOMPARE(noteProblems.size(), 1);
        QVERIFY2(noteProblems.constFirst().contains(QStringLiteral("change it by hand")),
                 qPrintable(noteProblems.constFirst()));
        QCOMPARE(ledgerCount(QStringLiteral("created")), 17);
        QCOMPARE(ledgerCount(QStringLiteral("failed")), 0);

        // A third run has nothing left to send.
        const qint64 writes = sandboxWrites();
        QCOMPARE(runImport(request(), &job), Job::Outcome::Succeeded);
        QCOMPARE(job->runSummary().value(QStringLiteral("sent")).toInteger(), 0);
        QCOMPARE(job->runSummary().value(QStringLiteral("updated")).toInteger(), 0);
        QCOMPARE(sandboxWrites(), writes);
    }

    void failedUpdateIsRetriedAsAnUpdate()
    {
        QVERIFY(startSandbox());
        mapUsers();
        QCOMPARE(runImport(request()), Job::Outcome::Succeeded);
        const QString t1Id = ledgerTargetId(QStringLiteral("time_entry"), QStringLiteral("T1"));
        ExportOptions options;
        options.editedAfterImport = true;
        QVERIFY(stageExport(m_store->filePath(), m_dir->path(), SnapshotKind::Delta, options) > 0);
        // The update of T1 failed last time (as the ledger leaves it): the target id stays.
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("UPDATE id_map SET state = 'failed', last_error = 'refused' WHERE target_key = ? "
                                 "AND entity = 'time_entry' AND source_key = 'T1'"));
        q.addBindValue(targetKey());
        QVERIFY(q.exec());
        const qint64 posts = m_sandbox->requests(QStringLiteral("POST"));
        const qint64 patches = m_sandbox->requests(QStringLiteral("PATCH"));
        ImportRequest retry = request();
        retry.retryFailedOnly = true;
        ImportJob *job = nullptr;
        QCOMPARE(runImport(retry, &job), Job::Outcome::Succeeded);
        QCOMPARE(job->runSummary().value(QStringLiteral("updated")).toInteger(), 1);
        QCOMPARE(m_sandbox->requests(QStringLiteral("POST")), posts); // no second record
        QCOMPARE(m_sandbox->requests(QStringLiteral("PATCH")) - patches, 1);
        QCOMPARE(ledgerTargetId(QStringLiteral("time_entry"), QStringLiteral("T1")), t1Id);
        QCOMPARE(sandboxById(QStringLiteral("activities")).value(t1Id).value(QStringLiteral("quantity")).toInteger(),
                 7200);
        QVERIFY(ImportLedger::failures(m_store->database(), targetKey()).isEmpty());
    }

    void rollbackDeletesEverythingWhileTheReviewWindowIsOpen()
    {
        QVERIFY(startSandbox());
        mapUsers();
        QCOMPARE(runImport(request()), Job::Outcome::Succeeded);
        checkEverythingOnce();

        // Finished long ago: the review window has closed.
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE import_run SET finished_at_utc = '2020-01-06T15:00:00.000Z' "
                                      "WHERE kind = 'import'")));
        RollbackJob refused(request());
        QCOMPARE(refused.run(), Job::Outcome::Failed);
        QVERIFY2(refused.errorString().contains(QStringLiteral("review window closed"))
                     && refused.errorString().contains(QStringLiteral("2020")),
                 qPrintable(refused.errorString()));
        QCOMPARE(m_sandbox->importedRecords(), 16);

        QVERIFY(q.exec(QStringLiteral("UPDATE import_run SET finished_at_utc = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                                      "WHERE kind = 'import'")));
        RollbackJob rollback(request());
        QCOMPARE(rollback.run(), Job::Outcome::Succeeded);
        QCOMPARE(m_sandbox->importedRecords(), 0);
        QCOMPARE(m_sandbox->count(QStringLiteral("contacts"), true), 3);
        QCOMPARE(m_sandbox->count(QStringLiteral("activities"), true), 6);
        QCOMPARE(m_sandbox->count(QStringLiteral("documents"), true), 1);
        QCOMPARE(ledgerCount(QStringLiteral("deleted")), 16);
        QCOMPARE(ledgerCount(QStringLiteral("deleting")), 0);
    }
};

QTEST_GUILESS_MAIN(TestImportEngine)
#include "TestImportEngine.moc"
