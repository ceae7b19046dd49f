#include "ImportFixture.h"
#include "importing/ImportEngine.h"
#include "review/Reconciliation.h"
#include "review/ReviewState.h"
#include "targets/ClioConnector.h"
#include "targets/CsvPackageTarget.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Cutover;
using namespace Cutover::TestImport;

// The reconciliation against the real sandbox program (the fixture imported
// through the real Clio connector, read back, compared) and against a CSV
// package read back from its files. Planted differences are found, each with
// its stable key, and nothing else is.
class TestReconciliation : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<Sandbox> m_sandbox;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    ConnectorFactory factory() const
    {
        const QUrl url = m_sandbox->baseUrl();
        return [url]() -> std::unique_ptr<TargetConnector> {
            auto c = std::make_unique<ClioConnector>(url, QByteArray(Sandbox::kToken));
            c->setRetryPolicy(8, 20);
            return c;
        };
    }

    TargetChoice clio() const
    {
        TargetChoice t;
        t.kind = TargetChoice::Kind::Clio;
        t.baseUrl = m_sandbox->baseUrl();
        return t;
    }

    QString targetKey() const { return clio().key(); }

    TargetReadRequest readRequest() const
    {
        TargetReadRequest r;
        r.projectPath = m_store->filePath();
        r.target = clio();
        r.connector = factory();
        return r;
    }

    // Starts the sandbox, maps the users and imports the fixture.
    bool importFixture()
    {
        m_sandbox = std::make_unique<Sandbox>();
        if (!m_sandbox->start(path(QStringLiteral("sandbox.sqlite")), writeSandboxUsers(m_dir->path())))
            return false;
        QString error;
        QList<UserMapping> mappings = UserMappings::load(m_store->database(), targetKey(), &error);
        auto connector = factory()();
        QList<IncomingRecord> users;
        TargetError listError;
        if (!TargetCalls::listAll(connector.get(), RecordKind::User, {}, &users, &listError))
            return false;
        mappings = UserMappings::suggest(mappings, users);
        if (!UserMappings::save(m_store->database(), targetKey(), mappings, &error))
            return false;
        ImportRequest r;
        r.projectPath = m_store->filePath();
        r.target = clio();
        r.target.outDir = path(QStringLiteral("worksheets"));
        r.connector = factory();
        ImportJob job(r);
        if (job.run() != Job::Outcome::Succeeded) {
            qWarning() << job.errorString();
            return false;
        }
        return true;
    }

    qint64 readBack()
    {
        TargetReadJob job(readRequest());
        if (job.run() != Job::Outcome::Succeeded) {
            qWarning() << job.errorString();
            return 0;
        }
        return job.runId();
    }

    Reconciliation reconcile(const QString &key = {})
    {
        Reconciliation r;
        QString error;
        if (!Reconciler::compute(m_store->database(), key.isEmpty() ? targetKey() : key, 0, &r, &error))
            qWarning() << "reconcile failed:" << error;
        return r;
    }

    static QStringList keys(const Reconciliation &r)
    {
        QStringList k;
        for (const ReviewDifference &d : r.differences)
            k << d.key;
        k.sort();
        return k;
    }

    static const ReviewDifference *find(const Reconciliation &r, const QString &key)
    {
        for (const ReviewDifference &d : r.differences) {
            if (d.key == key)
                return &d;
        }
        return nullptr;
    }

    static ReviewCount count(const Reconciliation &r, const QString &entity)
    {
        for (const ReviewCount &c : r.counts) {
            if (c.entity == entity)
                return c;
        }
        return {};
    }

    static ReviewMoneyLine clientLine(const Reconciliation &r, const QString &clientKey)
    {
        for (const ReviewMoneyLine &l : r.clients) {
            if (l.clientKey == clientKey)
                return l;
        }
        return {};
    }

    static ReviewUserHours userLine(const Reconciliation &r, const QString &userKey)
    {
        for (const ReviewUserHours &u : r.users) {
            if (u.userKey == userKey)
                return u;
        }
        return {};
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

    // One request to the sandbox's API; the HTTP status.
    int http(const QByteArray &method, const QString &apiPath, const QJsonObject &body = {},
             QJsonObject *answer = nullptr)
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/api/v4/") + apiPath)));
        req.setRawHeader("Authorization", QByteArray("Bearer ") + Sandbox::kToken);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        const QByteArray bytes = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
        QNetworkReply *reply = nam.sendCustomRequest(req, method, bytes);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (answer)
            *answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return status;
    }

    void enterTrustAsInTheWorksheet()
    {
        QString error;
        QVERIFY2(ReviewTrust::enter(m_store->database(), targetKey(), QStringLiteral("C1"), QStringLiteral("M1"),
                                    380000, &error),
                 qPrintable(error));
        QVERIFY2(ReviewTrust::enter(m_store->database(), targetKey(), QStringLiteral("C2"), QStringLiteral("M2"), 30001,
                                    &error),
                 qPrintable(error));
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

    void formatsCentsExactly()
    {
        QCOMPARE(Reconciler::formatCents(0), QStringLiteral("0.00"));
        QCOMPARE(Reconciler::formatCents(-5), QStringLiteral("-0.05"));
        QCOMPARE(Reconciler::formatCents(123456), QStringLiteral("1234.56"));
        QCOMPARE(Reconciler::formatCents(std::numeric_limits<qint64>::min()), QStringLiteral("-92233720368547758.08"));
        QCOMPARE(ReviewDifference::kindKey(ReviewDifference::Kind::Trust), QStringLiteral("trust"));
    }

    void refusesBeforeTheTargetWasRead()
    {
        Reconciliation r;
        QString error;
        QVERIFY(!Reconciler::compute(m_store->database(), QStringLiteral("csv-package"), 0, &r, &error));
        QVERIFY2(error.contains(QStringLiteral("not been read")), qPrintable(error));
        QCOMPARE(Reconciler::latestRun(m_store->database(), QStringLiteral("csv-package")), 0);
    }

    void importedFixtureReconcilesOnceTrustIsEntered()
    {
        QVERIFY(importFixture());
        const qint64 run = readBack();
        QVERIFY(run > 0);
        QCOMPARE(Reconciler::latestRun(m_store->database(), targetKey()), run);

        // Before the trust balances are entered: exactly those two lines.
        Reconciliation r = reconcile();
        QCOMPARE(r.runId, run);
        QCOMPARE(keys(r), (QStringList { QStringLiteral("trust:C1:M1"), QStringLiteral("trust:C2:M2") }));
        const ReviewDifference *t1 = find(r, QStringLiteral("trust:C1:M1"));
        QCOMPARE(t1->kind, ReviewDifference::Kind::Trust);
        QCOMPARE(t1->sourceValue, QStringLiteral("3800.00"));
        QCOMPARE(t1->targetValue, QString());
        QCOMPARE(t1->clientName, QStringLiteral("Able Holdings"));

        enterTrustAsInTheWorksheet();
        r = reconcile();
        QVERIFY2(r.reconciles(), qPrintable(keys(r).join(QLatin1Char(','))));
        QCOMPARE(r.unexplained(), 0);

        // Counts per entity, in import order: the firm's contact and matter included.
        QCOMPARE(r.counts.size(), 5);
        const QList<std::pair<QString, qint64>> expected = { { QStringLiteral("contact"), 3 },
                                                             { QStringLiteral("matter"), 3 },
                                                             { QStringLiteral("time_entry"), 3 },
                                                             { QStringLiteral("expense"), 1 },
                                                             { QStringLiteral("balance_forward"), 2 } };
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const ReviewCount &c = r.counts.at(i);
            QCOMPARE(c.entity, expected.at(i).first);
            QCOMPARE(c.source, expected.at(i).second);
            QCOMPARE(c.target, expected.at(i).second);
            QCOMPARE(c.matched, expected.at(i).second);
            QCOMPARE(c.missing + c.extra + c.changed, 0);
        }

        // Money per client to the cent: C1 has T1 (1.5 h at 250) and T2 (0.25 h at 300).
        const ReviewMoneyLine c1 = clientLine(r, QStringLiteral("C1"));
        QCOMPARE(c1.clientName, QStringLiteral("Able Holdings"));
        QCOMPARE(c1.sourceSeconds, 6300);
        QCOMPARE(c1.targetSeconds, 6300);
        QCOMPARE(c1.sourceTimeCents, 45000);
        QCOMPARE(c1.targetTimeCents, 45000);
        QCOMPARE(c1.sourceReceivableCents, 60000);
        QCOMPARE(c1.targetReceivableCents, 60000);
        QCOMPARE(c1.sourceTrustCents, 380000);
        QCOMPARE(c1.targetTrustCents, 380000);
        QVERIFY(c1.trustEntered);
        QVERIFY(!c1.differs());
        const ReviewMoneyLine c2 = clientLine(r, QStringLiteral("C2"));
        QCOMPARE(c2.sourceTimeCents, 1950);
        QCOMPARE(c2.sourceExpenseCents, 4550);
        QCOMPARE(c2.targetExpenseCents, 4550);
        QCOMPARE(c2.sourceReceivableCents, 8005);
        QCOMPARE(c2.targetReceivableCents, 8005);
        QVERIFY(!c2.differs());
        const ReviewMoneyLine total = r.totals();
        QCOMPARE(total.sourceTimeCents, 46950);
        QCOMPARE(total.targetTimeCents, 46950);
        QCOMPARE(total.sourceTrustCents, 410001);

        // Hours per user against the user each was mapped to.
        const ReviewUserHours ann = userLine(r, QStringLiteral("U1"));
        QCOMPARE(ann.userName, QStringLiteral("Ann Lee"));
        QCOMPARE(ann.targetUserId, QStringLiteral("1"));
        QCOMPARE(ann.sourceSeconds, 5400);
        QCOMPARE(ann.targetSeconds, 5400);
        const ReviewUserHours bob = userLine(r, QStringLiteral("U2"));
        QCOMPARE(bob.sourceEntries, 2);
        QCOMPARE(bob.targetEntries, 2);
        QCOMPARE(bob.sourceSeconds, 1260);
        QCOMPARE(bob.targetSeconds, 1260);

        // Billed T3 and E2 are left out, said so.
        QVERIFY2(r.notes.join(QLatin1Char('\n')).contains(QStringLiteral("2 billed")),
                 qPrintable(r.notes.join(QLatin1Char('\n'))));

        // What the page runs: read again and reconcile, in one job.
        ReconcileJob::Request request;
        request.read = readRequest();
        ReconcileJob job(request);
        QCOMPARE(job.run(), Job::Outcome::Succeeded);
        QVERIFY(job.result().reconciles());
        QVERIFY(job.result().runId > run);
    }

    void trustIsReconciledOnlyWithTheRightCents()
    {
        QVERIFY(importFixture());
        QVERIFY(readBack() > 0);
        enterTrustAsInTheWorksheet();
        QString error;
        QVERIFY(ReviewTrust::enter(m_store->database(), targetKey(), QStringLiteral("C2"), QStringLiteral("M2"), 30000,
                                   &error));
        Reconciliation r = reconcile();
        QCOMPARE(keys(r), QStringList { QStringLiteral("trust:C2:M2") });
        const ReviewDifference *d = find(r, QStringLiteral("trust:C2:M2"));
        QCOMPARE(d->sourceValue, QStringLiteral("300.01"));
        QCOMPARE(d->targetValue, QStringLiteral("300.00"));
        QCOMPARE(d->centsDelta, -1);
        QCOMPARE(clientLine(r, QStringLiteral("C2")).targetTrustCents
                     - clientLine(r, QStringLiteral("C2")).sourceTrustCents,
                 -1);
        // Explained: still listed, no longer unexplained.
        QVERIFY(ReviewExplanations::set(m_store->database(), targetKey(), QStringLiteral("trust:C2:M2"),
                                        QStringLiteral("Bank rounding, confirmed with the bookkeeper."), &error));
        r = reconcile();
        QCOMPARE(r.differences.size(), 1);
        QCOMPARE(r.unexplained(), 0);
        QCOMPARE(r.differences.constFirst().explanation,
                 QStringLiteral("Bank rounding, confirmed with the bookkeeper."));
    }

    void findsEachPlantedDifferenceAndNothingElse()
    {
        QVERIFY(importFixture());
        enterTrustAsInTheWorksheet();
        const QString t1 = ledgerTargetId(QStringLiteral("time_entry"), QStringLiteral("T1"));
        const QString t2 = ledgerTargetId(QStringLiteral("time_entry"), QStringLiteral("T2"));
        const QString e1 = ledgerTargetId(QStringLiteral("expense"), QStringLiteral("E1"));
        const QString m2 = ledgerTargetId(QStringLiteral("matter"), QStringLiteral("M2"));
        QVERIFY(!t1.isEmpty() && !t2.isEmpty() && !e1.isEmpty() && !m2.isEmpty());

        // Missing: T2 deleted. Changed amount: T1 at 260 an hour (+15.00). One cent: E1 at 45.51.
        // Extra: an entry typed in the target without a reference (0.5 h at 100 on M2).
        QCOMPARE(http("DELETE", QStringLiteral("activities/%1.json").arg(t2)), 204);
        QCOMPARE(http("PATCH", QStringLiteral("activities/%1.json").arg(t1),
                      { { QStringLiteral("data"), QJsonObject { { QStringLiteral("price"), 260.0 } } } }),
                 200);
        QCOMPARE(http("PATCH", QStringLiteral("activities/%1.json").arg(e1),
                      { { QStringLiteral("data"), QJsonObject { { QStringLiteral("price"), 45.51 } } } }),
                 200);
        QJsonObject created;
        QCOMPARE(http("POST", QStringLiteral("activities.json?fields=id"),
                      { { QStringLiteral("data"),
                          QJsonObject { { QStringLiteral("type"), QStringLiteral("TimeEntry") },
                                        { QStringLiteral("date"), QStringLiteral("2026-11-20") },
                                        { QStringLiteral("quantity"), 1800 },
                                        { QStringLiteral("price"), 100.0 },
                                        { QStringLiteral("note"), QStringLiteral("Typed in by hand") },
                                        { QStringLiteral("matter"),
                                          QJsonObject { { QStringLiteral("id"), m2.toLongLong() } } } } } },
                      &created),
                 201);
        const QString extraId =
            QString::number(created.value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toInteger());

        QVERIFY(readBack() > 0);
        const Reconciliation r = reconcile();
        QCOMPARE(
            keys(r),
            (QStringList { QStringLiteral("changed:expense:E1:amount"), QStringLiteral("changed:time_entry:T1:amount"),
                           QStringLiteral("extra:time_entry:") + extraId, QStringLiteral("missing:time_entry:T2") }));

        const ReviewDifference *missing = find(r, QStringLiteral("missing:time_entry:T2"));
        QCOMPARE(missing->kind, ReviewDifference::Kind::Missing);
        QCOMPARE(missing->clientKey, QStringLiteral("C1"));
        QCOMPARE(missing->matterKey, QStringLiteral("M1"));
        QCOMPARE(missing->centsDelta, -7500);
        QVERIFY2(missing->label.contains(QStringLiteral("Bob Roe")), qPrintable(missing->label));
        const ReviewDifference *amount = find(r, QStringLiteral("changed:time_entry:T1:amount"));
        QCOMPARE(amount->kind, ReviewDifference::Kind::Changed);
        QCOMPARE(amount->field, QStringLiteral("amount"));
        QCOMPARE(amount->sourceValue, QStringLiteral("375.00"));
        QCOMPARE(amount->targetValue, QStringLiteral("390.00"));
        QCOMPARE(amount->centsDelta, 1500);
        QCOMPARE(amount->targetId, t1);
        const ReviewDifference *cent = find(r, QStringLiteral("changed:expense:E1:amount"));
        QCOMPARE(cent->sourceValue, QStringLiteral("45.50"));
        QCOMPARE(cent->targetValue, QStringLiteral("45.51"));
        QCOMPARE(cent->centsDelta, 1);
        const ReviewDifference *extra = find(r, QStringLiteral("extra:time_entry:") + extraId);
        QCOMPARE(extra->kind, ReviewDifference::Kind::Extra);
        QCOMPARE(extra->clientKey, QStringLiteral("C2"));
        QCOMPARE(extra->matterKey, QStringLiteral("M2"));
        QCOMPARE(extra->centsDelta, 5000);
        QCOMPARE(extra->secondsDelta, 1800);

        const ReviewCount time = count(r, QStringLiteral("time_entry"));
        QCOMPARE(time.source, 3);
        QCOMPARE(time.target, 3);
        QCOMPARE(time.matched, 1);
        QCOMPARE(time.changed, 1);
        QCOMPARE(time.missing, 1);
        QCOMPARE(time.extra, 1);
        QCOMPARE(count(r, QStringLiteral("expense")).changed, 1);
        QCOMPARE(count(r, QStringLiteral("contact")).matched, 3);

        // Money lines differ by exactly what was planted.
        const ReviewMoneyLine c1 = clientLine(r, QStringLiteral("C1"));
        QCOMPARE(c1.targetTimeCents - c1.sourceTimeCents, 1500 - 7500);
        QCOMPARE(c1.targetSeconds - c1.sourceSeconds, -900);
        QCOMPARE(c1.targetExpenseCents, c1.sourceExpenseCents);
        QCOMPARE(c1.targetReceivableCents, c1.sourceReceivableCents);
        const ReviewMoneyLine c2 = clientLine(r, QStringLiteral("C2"));
        QCOMPARE(c2.targetTimeCents - c2.sourceTimeCents, 5000);
        QCOMPARE(c2.targetSeconds - c2.sourceSeconds, 1800);
        QCOMPARE(c2.targetExpenseCents - c2.sourceExpenseCents, 1);
        QVERIFY(c1.differs() && c2.differs());

        // Hours per user: Bob lost T2; the hand-typed entry is the token's user's (Ann).
        QCOMPARE(userLine(r, QStringLiteral("U2")).targetSeconds - userLine(r, QStringLiteral("U2")).sourceSeconds,
                 -900);
        QCOMPARE(userLine(r, QStringLiteral("U1")).targetSeconds - userLine(r, QStringLiteral("U1")).sourceSeconds,
                 1800);

        // Keys are stable: the same data reconciled again gives the same list.
        QCOMPARE(keys(reconcile()), keys(r));
    }

    void cancelledReadingKeepsThePreviousCompleteRun()
    {
        QVERIFY(importFixture());
        const qint64 first = readBack();
        QVERIFY(first > 0);
        TargetReadJob job(readRequest());
        connect(&job, &Job::progressChanged, &job, [&job](const JobProgress &p) {
            if (p.items > 0)
                job.cancel();
        });
        QCOMPARE(job.run(), Job::Outcome::Cancelled);
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT id, state, finished_at_utc FROM review_run ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("complete"));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toLongLong() > first);
        QCOMPARE(q.value(1).toString(), QStringLiteral("cancelled"));
        QVERIFY(!q.value(2).isNull());
        QCOMPARE(Reconciler::latestRun(m_store->database(), targetKey()), first);
        const Reconciliation r = reconcile();
        QCOMPARE(r.runId, first);
        QCOMPARE(count(r, QStringLiteral("time_entry")).matched, 3);

        // A failed reading (the target gone) is recorded as failed, with why.
        m_sandbox->stop();
        TargetReadJob failing(readRequest());
        QCOMPARE(failing.run(), Job::Outcome::Failed);
        QVERIFY(q.exec(QStringLiteral("SELECT state, json_extract(summary, '$.error') FROM review_run ORDER BY id "
                                      "DESC LIMIT 1"))
                && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("failed"));
        QVERIFY(!q.value(1).toString().isEmpty());
        QCOMPARE(Reconciler::latestRun(m_store->database(), targetKey()), first);
    }

    void csvPackageReconcilesAndFindsOneEditedCell()
    {
        const QString out = path(QStringLiteral("package"));
        CsvPackageManifest manifest;
        QString error;
        QVERIFY2(CsvPackageTarget::write(m_store->database(), 0, out, &manifest, &error), qPrintable(error));
        TargetReadRequest request;
        request.projectPath = m_store->filePath();
        request.target.kind = TargetChoice::Kind::CsvPackage;
        request.target.outDir = out;
        const QString key = request.target.key();
        {
            TargetReadJob job(request);
            QCOMPARE(job.run(), Job::Outcome::Succeeded);
        }
        Reconciliation r = reconcile(key);
        QVERIFY2(r.reconciles(), qPrintable(keys(r).join(QLatin1Char(','))));
        // The firm's own contact and matter go with the API only.
        QCOMPARE(count(r, QStringLiteral("contact")).source, 2);
        QCOMPARE(count(r, QStringLiteral("contact")).matched, 2);
        QCOMPARE(count(r, QStringLiteral("matter")).matched, 2);
        QCOMPARE(count(r, QStringLiteral("time_entry")).matched, 3);
        QCOMPARE(count(r, QStringLiteral("expense")).matched, 1);
        QCOMPARE(count(r, QStringLiteral("balance_forward")).matched, 2);
        QCOMPARE(clientLine(r, QStringLiteral("C1")).targetTrustCents, 380000);
        QVERIFY(clientLine(r, QStringLiteral("C1")).trustEntered);
        QCOMPARE(userLine(r, QStringLiteral("U2")).targetSeconds, 1260);

        // One money cell edited: T1's price 250.00 -> 250.01 (1.5 h: +1.5 cents, 375.02).
        QFile f(QDir(out).filePath(QStringLiteral("activities.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        QCOMPARE(bytes.count("250.00,1.5,"), 1);
        bytes.replace("250.00,1.5,", "250.01,1.5,");
        QVERIFY(writeFile(f.fileName(), bytes));
        {
            TargetReadJob job(request);
            QCOMPARE(job.run(), Job::Outcome::Succeeded);
        }
        r = reconcile(key);
        QCOMPARE(keys(r), QStringList { QStringLiteral("changed:time_entry:T1:amount") });
        QCOMPARE(r.differences.constFirst().sourceValue, QStringLiteral("375.00"));
        QCOMPARE(r.differences.constFirst().targetValue, QStringLiteral("375.02"));
        QCOMPARE(r.differences.constFirst().centsDelta, 2);
        QCOMPARE(clientLine(r, QStringLiteral("C1")).targetTimeCents
                     - clientLine(r, QStringLiteral("C1")).sourceTimeCents,
                 2);

        // The worksheet is the package's side of trust: an edited trust cell is a trust difference.
        QFile w(QDir(out).filePath(QStringLiteral("trust_ar_worksheet.csv")));
        QVERIFY(w.open(QIODevice::ReadOnly));
        QByteArray sheet = w.readAll();
        w.close();
        QCOMPARE(sheet.count(",300.01,"), 1);
        sheet.replace(",300.01,", ",300.00,");
        QVERIFY(writeFile(w.fileName(), sheet));
        {
            TargetReadJob job(request);
            QCOMPARE(job.run(), Job::Outcome::Succeeded);
        }
        r = reconcile(key);
        QCOMPARE(keys(r),
                 (QStringList { QStringLiteral("changed:time_entry:T1:amount"), QStringLiteral("trust:C2:M2") }));
        QCOMPARE(find(r, QStringLiteral("trust:C2:M2"))->centsDelta, -1);
    }
};

QTEST_GUILESS_MAIN(TestReconciliation)
#include "TestReconciliation.moc"
