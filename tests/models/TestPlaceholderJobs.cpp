#include "ImportFixture.h"
#include "importing/ImportEngine.h"
#include "placeholder/Placeholder.h"
#include "targets/ClioConnector.h"

#include <QEventLoop>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Cutover;
using namespace Cutover::TestImport;

// The placeholder step's jobs against the real sandbox program through the
// real Clio connector: the placeholder matter, interim uploads through the
// ledger, the listing of what sits on the placeholder and the moves.
class TestPlaceholderJobs : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<Sandbox> m_sandbox;
    qint64 m_fileId = 0;

    QString path(const QString &name) const { return m_dir->filePath(name); }
    QSqlDatabase db() const { return m_store->database(); }

    ConnectorFactory factory() const
    {
        const QUrl url = m_sandbox->baseUrl();
        return [url]() -> std::unique_ptr<TargetConnector> {
            auto c = std::make_unique<ClioConnector>(url, QByteArray(Sandbox::kToken));
            c->setRetryPolicy(4, 20);
            return c;
        };
    }

    TargetChoice target() const
    {
        TargetChoice t;
        t.kind = TargetChoice::Kind::Clio;
        t.baseUrl = m_sandbox->baseUrl();
        t.outDir = path(QStringLiteral("worksheets"));
        return t;
    }

    QString targetKey() const { return target().key(); }

    PlaceholderRequest request() const
    {
        PlaceholderRequest r;
        r.projectPath = m_store->filePath();
        r.target = target();
        r.connector = factory();
        r.concurrency = 2;
        return r;
    }

    // Users mapped as the page does, then the import of the final snapshot (M1, M2; M3's client is left out).
    void importExport()
    {
        QString error;
        QList<UserMapping> mappings = UserMappings::load(db(), targetKey(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto connector = factory()();
        QList<IncomingRecord> users;
        QEventLoop loop;
        connector->list(RecordKind::User, {}, [&](const TargetPage &page) {
            users += page.records;
            if (page.last || page.error.kind != TargetError::Kind::None)
                loop.quit();
        });
        loop.exec();
        QVERIFY(UserMappings::save(db(), targetKey(), UserMappings::suggest(mappings, users), &error));
        ImportRequest r;
        r.projectPath = m_store->filePath();
        r.target = target();
        r.connector = factory();
        ImportJob job(r);
        QCOMPARE(job.run(), Job::Outcome::Succeeded);
    }

    PlaceholderInfo createPlaceholder()
    {
        PlaceholderCreateJob job(request());
        const Job::Outcome o = job.run();
        if (o != Job::Outcome::Succeeded)
            qWarning() << job.errorString();
        return job.info();
    }

    // One filled template row, as the loader stores it.
    void addInterim(const QString &key, const QString &userKey, const QString &userName, const QString &matterKey,
                    const QString &matterLabel, qint64 seconds, qint64 rateCents, const QString &description,
                    bool billable)
    {
        QSqlQuery q(db());
        if (m_fileId == 0) {
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO interim_file (name, source_path, sha256, loaded_at_utc, loaded_by) VALUES "
                "('time-tracking.csv', '/tmp/time-tracking.csv', 'abc', '2026-12-01T00:00:00Z', 'test')")));
            m_fileId = q.lastInsertId().toLongLong();
        }
        q.prepare(
            QStringLiteral("INSERT INTO interim_entry (entry_key, file_id, source_row, date, user_key, user_name, "
                           "matter_key, matter_label, seconds, rate_cents, description, billable) "
                           "VALUES (?, ?, ?, '2026-12-02', ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(key);
        q.addBindValue(m_fileId);
        q.addBindValue(2);
        q.addBindValue(userKey);
        q.addBindValue(userName);
        q.addBindValue(matterKey);
        q.addBindValue(matterLabel);
        q.addBindValue(seconds);
        q.addBindValue(rateCents >= 0 ? QVariant(rateCents) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(description);
        q.addBindValue(billable ? 1 : 0);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    QString ledger(const QString &entity, const QString &key, const char *column = "target_id") const
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT %1 FROM id_map WHERE target_key = ? AND entity = ? AND source_key = ?")
                      .arg(QLatin1String(column)));
        q.addBindValue(targetKey());
        q.addBindValue(entity);
        q.addBindValue(key);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    QJsonObject activity(const QString &id) const
    {
        for (const QJsonObject &a : m_sandbox->records(QStringLiteral("activities"))) {
            if (QString::number(a.value(QStringLiteral("id")).toInteger()) == id)
                return a;
        }
        return {};
    }

    qint64 patches(const QString &activityId) const
    {
        return m_sandbox->read([&](QSqlDatabase &sdb) {
            QSqlQuery q(sdb);
            q.prepare(QStringLiteral("SELECT count(*) FROM request_log WHERE method = 'PATCH' AND path LIKE ?"));
            q.addBindValue(QStringLiteral("%/activities/%1.json%").arg(activityId));
            return q.exec() && q.next() ? q.value(0).toLongLong() : qint64(-1);
        });
    }

    // An entry typed straight into the target on a matter (no reference).
    QString typeEntry(const QString &matterId, const QString &userId, const QString &note)
    {
        auto connector = factory()();
        OutgoingRecord r;
        r.kind = RecordKind::TimeEntry;
        r.links.insert(QStringLiteral("matter"), matterId);
        r.links.insert(QStringLiteral("user"), userId);
        r.fields = { { QStringLiteral("date"), QStringLiteral("2026-12-03") },
                     { QStringLiteral("duration"), 1800 },
                     { QStringLiteral("rate"), 30000 },
                     { QStringLiteral("description"), note },
                     { QStringLiteral("billable"), false } };
        QEventLoop loop;
        QString id;
        connector->create(r, [&](const TargetResult &result) {
            id = result.record.id;
            loop.quit();
        });
        loop.exec();
        return id;
    }

    // Moves an entry by hand, as someone in the target would.
    bool moveByHand(const QString &activityId, const QString &matterId)
    {
        auto connector = factory()();
        OutgoingRecord r;
        r.kind = RecordKind::TimeEntry;
        r.fields.insert(QStringLiteral("partial"), true);
        r.fields.insert(QStringLiteral("billable"), true);
        r.links.insert(QStringLiteral("matter"), matterId);
        QEventLoop loop;
        bool ok = false;
        connector->update(RecordKind::TimeEntry, activityId, r, [&](const TargetResult &result) {
            ok = result.ok() && result.record.links.value(QStringLiteral("matter")) == matterId;
            loop.quit();
        });
        loop.exec();
        return ok;
    }

    Reassignment row(const QString &activityId) const
    {
        for (const Reassignment &r : Reassignments::load(db(), targetKey()))
            if (r.activityId == activityId)
                return r;
        return {};
    }

    bool setRow(const QString &activityId, const QString &assignments)
    {
        QSqlQuery q(db());
        q.prepare(
            QStringLiteral("UPDATE reassignment SET %1 WHERE target_key = ? AND activity_id = ?").arg(assignments));
        q.addBindValue(targetKey());
        q.addBindValue(activityId);
        return q.exec() && q.numRowsAffected() == 1;
    }

private slots:
    void init()
    {
        m_fileId = 0;
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = makeProject(m_dir->path());
        QVERIFY(m_store);
        m_sandbox = std::make_unique<Sandbox>();
        QVERIFY(m_sandbox->start(path(QStringLiteral("sandbox.sqlite")), writeSandboxUsers(m_dir->path())));
    }

    void cleanup()
    {
        m_sandbox.reset();
        m_store.reset();
        m_dir.reset();
    }

    void defaultsAndReferences()
    {
        QCOMPARE(Placeholders::defaultClientName(QStringLiteral("Able & Co")), QStringLiteral("Able & Co (migration)"));
        QCOMPARE(Placeholders::defaultMatterDescription(), QStringLiteral("Migration placeholder — do not bill"));
        const QUuid id = QUuid::fromString(QStringLiteral("{1a2b3c4d-0000-4000-8000-000000000001}"));
        QCOMPARE(Placeholders::matterReference(id), QStringLiteral("CUT-1a2b3c4d:placeholder:matter"));
        QCOMPARE(Placeholders::clientReference(id), QStringLiteral("CUT-1a2b3c4d:placeholder:client"));
        const PlaceholderInfo none = Placeholders::load(db(), targetKey());
        QVERIFY(!none.exists());
        QCOMPARE(none.clientName, QStringLiteral("Able & Co (migration)"));
    }

    void createIsIdempotentAndNotBillable()
    {
        const PlaceholderInfo first = createPlaceholder();
        QVERIFY(first.exists());
        QCOMPARE(m_sandbox->count(QStringLiteral("contacts")), 1);
        QCOMPARE(m_sandbox->count(QStringLiteral("matters")), 1);
        const PlaceholderInfo second = createPlaceholder();
        QCOMPARE(second.matterId, first.matterId);
        QCOMPARE(second.clientId, first.clientId);
        QCOMPARE(m_sandbox->count(QStringLiteral("contacts")), 1);
        QCOMPARE(m_sandbox->count(QStringLiteral("matters")), 1);
        const QJsonObject matter = m_sandbox->records(QStringLiteral("matters")).constFirst();
        QCOMPARE(matter.value(QStringLiteral("billable")).toBool(true), false);
        QCOMPARE(matter.value(QStringLiteral("description")).toString(),
                 QStringLiteral("Migration placeholder — do not bill"));
        QCOMPARE(m_sandbox->records(QStringLiteral("contacts")).constFirst().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Able & Co (migration)"));
        const PlaceholderInfo stored = Placeholders::load(db(), targetKey());
        QCOMPARE(stored.matterId, first.matterId);
        QVERIFY(!stored.displayNumber.isEmpty());
        QVERIFY(stored.createdUtc.isValid());

        // Lost from the project (a copy of an older file): found again by its reference.
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM placeholder")));
        QCOMPARE(createPlaceholder().matterId, first.matterId);
        QCOMPARE(m_sandbox->count(QStringLiteral("matters")), 1);
    }

    void uploadGoesToTheMatterOrThePlaceholder()
    {
        importExport();
        const PlaceholderInfo placeholder = createPlaceholder();
        QVERIFY(placeholder.exists());
        addInterim(QStringLiteral("k1"), QStringLiteral("U1"), QStringLiteral("Ann Lee"), QStringLiteral("M1"),
                   QStringLiteral("M1 · Lease review"), 5400, 20000, QStringLiteral("Lease redline"), true);
        addInterim(QStringLiteral("k2"), QStringLiteral("U2"), QStringLiteral("Bob Roe"), QStringLiteral("M3"),
                   QStringLiteral("M3 · Not moving"), 900, -1, QStringLiteral("Phone call"), true);
        addInterim(QStringLiteral("k3"), QStringLiteral("U9"), QStringLiteral("Zed Nobody"), QStringLiteral("M1"),
                   QStringLiteral("M1 · Lease review"), 600, 10000, QStringLiteral("Unmapped"), true);
        const qint64 activitiesBefore = m_sandbox->count(QStringLiteral("activities"));

        InterimUploadJob job(request());
        QCOMPARE(job.run(), Job::Outcome::Succeeded);
        InterimUploadSummary s = job.uploadSummary();
        QCOMPARE(s.toMatter, 1);
        QCOMPARE(s.toPlaceholder, 1);
        QCOMPARE(s.failed, 1);
        QCOMPARE(s.failures.size(), 1);
        QVERIFY2(s.failures.constFirst().error.contains(QStringLiteral("Zed Nobody")),
                 qPrintable(s.failures.constFirst().error));
        QCOMPARE(m_sandbox->count(QStringLiteral("activities")), activitiesBefore + 2);

        const QJsonObject onMatter = activity(ledger(QStringLiteral("interim_entry"), QStringLiteral("k1")));
        QCOMPARE(QString::number(
                     onMatter.value(QStringLiteral("matter")).toObject().value(QStringLiteral("id")).toInteger()),
                 ledger(QStringLiteral("matter"), QStringLiteral("M1")));
        QCOMPARE(onMatter.value(QStringLiteral("non_billable")).toBool(true), false);
        QCOMPARE(onMatter.value(QStringLiteral("price")).toDouble(), 200.0);
        QCOMPARE(onMatter.value(QStringLiteral("note")).toString(), QStringLiteral("Lease redline"));

        const QJsonObject onPlaceholder = activity(ledger(QStringLiteral("interim_entry"), QStringLiteral("k2")));
        QCOMPARE(QString::number(
                     onPlaceholder.value(QStringLiteral("matter")).toObject().value(QStringLiteral("id")).toInteger()),
                 placeholder.matterId);
        QCOMPARE(onPlaceholder.value(QStringLiteral("non_billable")).toBool(false), true);
        QCOMPARE(onPlaceholder.value(QStringLiteral("note")).toString(),
                 QStringLiteral("[for M3 · Not moving] Phone call"));
        QVERIFY(
            onPlaceholder.value(QStringLiteral("reference")).toString().endsWith(QStringLiteral(":interim_entry:k2")));

        // A second upload sends nothing new (the unmapped one fails again, without a request).
        const qint64 posts = m_sandbox->requests(QStringLiteral("POST"));
        InterimUploadJob again(request());
        QCOMPARE(again.run(), Job::Outcome::Succeeded);
        QCOMPARE(again.uploadSummary().alreadySent, 2);
        QCOMPARE(again.uploadSummary().toMatter + again.uploadSummary().toPlaceholder, 0);
        QCOMPARE(m_sandbox->requests(QStringLiteral("POST")), posts);
    }

    void uploadWithoutPlaceholderFailsTheEntriesThatNeedIt()
    {
        importExport();
        addInterim(QStringLiteral("k1"), QStringLiteral("U1"), QStringLiteral("Ann Lee"), QStringLiteral("M3"),
                   QStringLiteral("M3 · Not moving"), 600, 10000, QStringLiteral("x"), true);
        InterimUploadJob job(request());
        QCOMPARE(job.run(), Job::Outcome::Succeeded);
        QCOMPARE(job.uploadSummary().failed, 1);
        QVERIFY2(job.uploadSummary().failures.constFirst().error.contains(QStringLiteral("placeholder")),
                 qPrintable(job.uploadSummary().failures.constFirst().error));
    }

    void uploadLeftSendingIsFoundByReference()
    {
        importExport();
        QVERIFY(createPlaceholder().exists());
        addInterim(QStringLiteral("k1"), QStringLiteral("U1"), QStringLiteral("Ann Lee"), QStringLiteral("M3"),
                   QStringLiteral("M3 · Not moving"), 600, 10000, QStringLiteral("x"), true);
        InterimUploadJob job(request());
        QCOMPARE(job.run(), Job::Outcome::Succeeded);
        const QString sent = ledger(QStringLiteral("interim_entry"), QStringLiteral("k1"));
        QVERIFY(!sent.isEmpty());
        // As a crash after the request went out leaves it: 'sending', no id.
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("UPDATE id_map SET state = 'sending', target_id = NULL WHERE entity = "
                                      "'interim_entry'")));
        const qint64 activities = m_sandbox->count(QStringLiteral("activities"));
        const qint64 posts = m_sandbox->requests(QStringLiteral("POST"));
        InterimUploadJob resume(request());
        QCOMPARE(resume.run(), Job::Outcome::Succeeded);
        QCOMPARE(resume.uploadSummary().toPlaceholder, 1);
        QCOMPARE(m_sandbox->count(QStringLiteral("activities")), activities);
        QCOMPARE(m_sandbox->requests(QStringLiteral("POST")), posts);
        QCOMPARE(ledger(QStringLiteral("interim_entry"), QStringLiteral("k1")), sent);
        QCOMPARE(ledger(QStringLiteral("interim_entry"), QStringLiteral("k1"), "state"), QStringLiteral("created"));
    }

    void listFindsEveryEntryOnThePlaceholder()
    {
        // Uploaded before the import: M2 is not in the target yet, so it waits on the placeholder.
        const PlaceholderInfo placeholder = createPlaceholder();
        QVERIFY(placeholder.exists());
        importExport();
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("UPDATE id_map SET state = 'pending', target_id = NULL WHERE entity = 'matter' "
                                      "AND source_key = 'M2'")));
        addInterim(QStringLiteral("k1"), QStringLiteral("U2"), QStringLiteral("Bob Roe"), QStringLiteral("M2"),
                   QStringLiteral("M2 · Estate plan"), 1200, 15000, QStringLiteral("Will draft"), false);
        InterimUploadJob upload(request());
        QCOMPARE(upload.run(), Job::Outcome::Succeeded);
        QCOMPARE(upload.uploadSummary().toPlaceholder, 1);
        importExport(); // M2 is found again by its reference: created in the ledger
        const QString m2 = ledger(QStringLiteral("matter"), QStringLiteral("M2"));
        QVERIFY(!m2.isEmpty());
        const QString typed = typeEntry(placeholder.matterId, QStringLiteral("1"), QStringLiteral("Lease call"));
        QVERIFY(!typed.isEmpty());

        ReassignListJob list(request());
        QCOMPARE(list.run(), Job::Outcome::Succeeded);
        QCOMPARE(list.listed(), 2);
        const QList<Reassignment> rows = Reassignments::load(db(), targetKey());
        QCOMPARE(rows.size(), 2);
        const Reassignment interim = row(ledger(QStringLiteral("interim_entry"), QStringLiteral("k1")));
        QCOMPARE(interim.state, QStringLiteral("listed"));
        QCOMPARE(interim.seconds, 1200);
        QCOMPARE(interim.totalCents, 5000);
        QCOMPARE(interim.userName, QStringLiteral("Bob Roe"));
        QCOMPARE(interim.makeBillable, false); // the template said not billable
        QCOMPARE(interim.suggestion.matterId, m2); // the matter chosen in the template
        QCOMPARE(interim.suggestion.confidence, 100);
        QCOMPARE(interim.chosenMatterId, m2);
        const Reassignment byHand = row(typed);
        QCOMPARE(byHand.note, QStringLiteral("Lease call"));
        QCOMPARE(byHand.makeBillable, true);
        QCOMPARE(byHand.userName, QStringLiteral("Ann Lee"));

        // The matters, for "change matter": the imported ones with their old numbers, not the placeholder.
        const QList<MatterCandidate> candidates = Reassignments::candidates(db(), targetKey());
        QCOMPARE(candidates.size(), 3); // M1, M2 and the firm's own matter of the import
        QStringList numbers;
        for (const MatterCandidate &c : candidates) {
            QVERIFY(c.id != placeholder.matterId);
            QVERIFY(!c.clientName.isEmpty());
            QVERIFY(!c.displayNumber.isEmpty());
            numbers << c.sourceNumber;
            if (c.sourceNumber == QStringLiteral("M2")) {
                QCOMPARE(c.id, m2);
                QCOMPARE(c.description, QStringLiteral("Estate plan"));
                QCOMPARE(c.clientName, QStringLiteral("Dana Fox"));
            }
        }
        numbers.sort();
        QCOMPARE(numbers, QStringList({ QStringLiteral("M1"), QStringLiteral("M2"), QStringLiteral("firm") }));

        // A decision survives a new listing; an entry moved by hand becomes 'gone'.
        QCOMPARE(Reassignments::decide(db(), targetKey(), { typed }, Reassignment::Decision::Skip), 1);
        QVERIFY(moveByHand(interim.activityId, m2));
        ReassignListJob again(request());
        QCOMPARE(again.run(), Job::Outcome::Succeeded);
        QCOMPARE(again.listed(), 1);
        QCOMPARE(row(typed).decision, Reassignment::Decision::Skip);
        QCOMPARE(row(interim.activityId).state, QStringLiteral("gone"));
    }

    void moveSendsOnePatchPerEntryAndListsRefusals()
    {
        importExport();
        const PlaceholderInfo placeholder = createPlaceholder();
        const QString m1 = ledger(QStringLiteral("matter"), QStringLiteral("M1"));
        QStringList ids;
        for (int i = 0; i < 4; ++i)
            ids << typeEntry(placeholder.matterId, QStringLiteral("1"), QStringLiteral("Work %1").arg(i));
        ReassignListJob list(request());
        QCOMPARE(list.run(), Job::Outcome::Succeeded);
        QCOMPARE(Reassignments::decide(db(), targetKey(), ids, Reassignment::Decision::Accept, m1,
                                       QStringLiteral("M1 · Lease review")),
                 4);
        // One of them was billed in the meantime.
        QVERIFY(m_sandbox->read([&](QSqlDatabase &sdb) {
            QSqlQuery q(sdb);
            q.prepare(QStringLiteral("UPDATE record SET json = json_set(json, '$.billed', json('true')) WHERE "
                                     "resource = 'activities' AND id = ?"));
            q.addBindValue(ids.at(2).toLongLong());
            return q.exec() && q.numRowsAffected() == 1;
        }));

        ReassignMoveJob move(request());
        QCOMPARE(move.run(), Job::Outcome::Succeeded);
        QCOMPARE(move.moveSummary().moved, 3);
        QCOMPARE(move.moveSummary().refused, 1);
        QCOMPARE(move.moveSummary().failed, 0);
        for (const QString &id : std::as_const(ids))
            QCOMPARE(patches(id), 1);
        const Reassignment refused = row(ids.at(2));
        QCOMPARE(refused.state, QStringLiteral("refused"));
        QVERIFY2(refused.lastError.contains(QStringLiteral("billed")), qPrintable(refused.lastError));
        for (int i : { 0, 1, 3 }) {
            QCOMPARE(row(ids.at(i)).state, QStringLiteral("moved"));
            const QJsonObject a = activity(ids.at(i));
            QCOMPARE(
                QString::number(a.value(QStringLiteral("matter")).toObject().value(QStringLiteral("id")).toInteger()),
                m1);
            QCOMPARE(a.value(QStringLiteral("non_billable")).toBool(true), false);
            QCOMPARE(a.value(QStringLiteral("price")).toDouble(), 300.0); // the rate it had
        }
        QCOMPARE(activity(ids.at(2)).value(QStringLiteral("matter")).toObject().value(QStringLiteral("id")).toInteger(),
                 placeholder.matterId.toLongLong());

        // Nothing is sent twice: a second run has nothing to move.
        ReassignMoveJob again(request());
        QCOMPARE(again.run(), Job::Outcome::Succeeded);
        QCOMPARE(again.moveSummary().moved + again.moveSummary().refused + again.moveSummary().failed, 0);
        for (const QString &id : std::as_const(ids))
            QCOMPARE(patches(id), 1);
        // A moved row keeps its decision and matter.
        QCOMPARE(Reassignments::decide(db(), targetKey(), { ids.at(0) }, Reassignment::Decision::Skip), 0);
    }

    void resumeReadsBackBeforeSendingAgain()
    {
        importExport();
        const PlaceholderInfo placeholder = createPlaceholder();
        const QString m1 = ledger(QStringLiteral("matter"), QStringLiteral("M1"));
        const QString landed = typeEntry(placeholder.matterId, QStringLiteral("1"), QStringLiteral("Landed"));
        const QString lost = typeEntry(placeholder.matterId, QStringLiteral("1"), QStringLiteral("Lost"));
        ReassignListJob list(request());
        QCOMPARE(list.run(), Job::Outcome::Succeeded);
        QCOMPARE(Reassignments::decide(db(), targetKey(), { landed, lost }, Reassignment::Decision::Accept, m1,
                                       QStringLiteral("M1")),
                 2);
        // A crash with both marked 'sending': one PATCH went through, the other never left.
        QVERIFY(moveByHand(landed, m1));
        QVERIFY(setRow(landed, QStringLiteral("state = 'sending', attempts = 1")));
        QVERIFY(setRow(lost, QStringLiteral("state = 'sending', attempts = 1")));

        ReassignMoveJob move(request());
        QCOMPARE(move.run(), Job::Outcome::Succeeded);
        QCOMPARE(move.moveSummary().alreadyMoved, 1);
        QCOMPARE(move.moveSummary().moved, 1);
        QCOMPARE(patches(landed), 1); // by hand, before the "crash"
        QCOMPARE(patches(lost), 1);
        QCOMPARE(row(landed).state, QStringLiteral("moved"));
        QCOMPARE(row(landed).attempts, 1);
        QCOMPARE(row(lost).state, QStringLiteral("moved"));
        QCOMPARE(row(lost).attempts, 2);
    }

    void decideAndAcceptAbove()
    {
        // Rows as a listing leaves them (no target needed).
        QSqlQuery q(db());
        q.prepare(QStringLiteral(
            "INSERT INTO reassignment (target_key, activity_id, date, billed, suggested_matter_id, "
            "suggested_matter_label, confidence, chosen_matter_id, chosen_matter_label, decision, state, "
            "listed_at_utc, updated_at_utc) VALUES (?, ?, '2026-12-01', ?, ?, ?, ?, ?, ?, ?, ?, 'now', 'now')"));
        struct R
        {
            const char *id;
            int billed;
            const char *suggested;
            int confidence;
            const char *chosen;
            const char *decision;
            const char *state;
        };
        const QList<R> rows = {
            { "1", 0, "200001", 95, "200001", "undecided", "listed" }, // accepted
            { "2", 0, "200002", 40, "200002", "undecided", "listed" }, // too weak
            { "3", 0, "200001", 80, "200003", "undecided", "failed" }, // accepted, keeps the matter the user chose
            { "4", 1, "200001", 95, "200001", "undecided", "refused" }, // billed
            { "5", 0, "200001", 95, "200001", "skip", "listed" }, // decided already
            { "6", 0, "200001", 95, "200001", "accept", "moved" }, // moved
            { "7", 0, "", 0, "", "undecided", "listed" }, // no suggestion
        };
        for (const R &r : rows) {
            q.bindValue(0, targetKey());
            q.bindValue(1, QLatin1String(r.id));
            q.bindValue(2, r.billed);
            q.bindValue(3, QLatin1String(r.suggested));
            q.bindValue(4, QStringLiteral("label %1").arg(QLatin1String(r.suggested)));
            q.bindValue(5, r.confidence);
            q.bindValue(6, QLatin1String(r.chosen));
            q.bindValue(7, QStringLiteral("chosen %1").arg(QLatin1String(r.chosen)));
            q.bindValue(8, QLatin1String(r.decision));
            q.bindValue(9, QLatin1String(r.state));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QString error;
        QCOMPARE(Reassignments::acceptAbove(db(), targetKey(), 60, &error), 2);
        QCOMPARE(row(QStringLiteral("1")).decision, Reassignment::Decision::Accept);
        QCOMPARE(row(QStringLiteral("2")).decision, Reassignment::Decision::Undecided);
        QCOMPARE(row(QStringLiteral("3")).decision, Reassignment::Decision::Accept);
        QCOMPARE(row(QStringLiteral("3")).chosenMatterId, QStringLiteral("200003"));
        QCOMPARE(row(QStringLiteral("4")).decision, Reassignment::Decision::Undecided);
        QCOMPARE(row(QStringLiteral("5")).decision, Reassignment::Decision::Skip);

        // Accept without a matter: only rows that have one to move to.
        QCOMPARE(Reassignments::decide(db(), targetKey(), { QStringLiteral("2"), QStringLiteral("7") },
                                       Reassignment::Decision::Accept, QString(), QString(), &error),
                 1);
        QCOMPARE(row(QStringLiteral("7")).decision, Reassignment::Decision::Undecided);
        // Change the matter (and accept) in bulk; a moved row is left alone.
        QCOMPARE(Reassignments::decide(db(), targetKey(), { QStringLiteral("7"), QStringLiteral("6") },
                                       Reassignment::Decision::Accept, QStringLiteral("200009"),
                                       QStringLiteral("M9 · Other"), &error),
                 1);
        QCOMPARE(row(QStringLiteral("7")).chosenMatterId, QStringLiteral("200009"));
        QCOMPARE(row(QStringLiteral("7")).chosenMatterLabel, QStringLiteral("M9 · Other"));
        QCOMPARE(row(QStringLiteral("6")).chosenMatterId, QStringLiteral("200001"));
        // Skip keeps the chosen matter.
        QCOMPARE(Reassignments::decide(db(), targetKey(), { QStringLiteral("1") }, Reassignment::Decision::Skip), 1);
        QCOMPARE(row(QStringLiteral("1")).decision, Reassignment::Decision::Skip);
        QCOMPARE(row(QStringLiteral("1")).chosenMatterId, QStringLiteral("200001"));
        QVERIFY(error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlaceholderJobs)
#include "TestPlaceholderJobs.moc"
