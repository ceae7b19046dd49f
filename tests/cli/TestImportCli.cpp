#include "ImportFixture.h"
#include "credentials/CredentialStore.h"
#include "importing/ImportEngine.h"
#include "targets/ClioAuth.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Cutover;
using namespace Cutover::TestImport;

// cutover-cli import, users, ledger and rollback run as processes against the
// sandbox program; the crash test kills the import with SIGKILL mid-way.
class TestImportCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    Sandbox m_sandbox;
    QString m_project;

    QString home() const { return m_dir->filePath(QStringLiteral("home")); }
    QString configHome() const { return m_dir->filePath(QStringLiteral("config")); }

    QProcessEnvironment environment(const QByteArray &token) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome());
        env.insert(QStringLiteral("CUTOVER_TEST_TOKEN"), QString::fromLatin1(token));
        env.remove(QStringLiteral("CUTOVER_CLIO_TOKEN"));
        return env;
    }

    Run cli(const QStringList &arguments, const QByteArray &token = Sandbox::kToken)
    {
        QProcess p;
        p.setProcessEnvironment(environment(token));
        p.start(QStringLiteral(CUTOVER_CLI_PATH), arguments);
        Run r;
        if (!p.waitForFinished(50000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    QStringList target() const
    {
        return { QStringLiteral("--base-url"), m_sandbox.baseUrl().toString(), QStringLiteral("--token-env"),
                 QStringLiteral("CUTOVER_TEST_TOKEN") };
    }

    bool startSandbox(const QStringList &extra = {})
    {
        return m_sandbox.start(m_dir->filePath(QStringLiteral("sandbox.sqlite")), writeSandboxUsers(m_dir->path()),
                               extra);
    }

    // The ledger as the file says, read through a connection of our own.
    qint64 ledgerCount(const QString &state) const
    {
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT count(*) FROM id_map WHERE state = ?"));
        q.addBindValue(state);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    void checkEverythingOnce()
    {
        QCOMPARE(m_sandbox.count(QStringLiteral("contacts")), 3);
        QCOMPARE(m_sandbox.count(QStringLiteral("matters")), 3);
        QCOMPARE(m_sandbox.count(QStringLiteral("activities")), 6);
        QCOMPARE(m_sandbox.count(QStringLiteral("notes")), 2);
        QCOMPARE(m_sandbox.count(QStringLiteral("folders")), 1);
        QCOMPARE(m_sandbox.count(QStringLiteral("documents")), 1);
        QCOMPARE(ledgerCount(QStringLiteral("created")), 16);
        QCOMPARE(ledgerCount(QStringLiteral("sending")), 0);
        QCOMPARE(ledgerCount(QStringLiteral("pending")), 0);
        QCOMPARE(ledgerCount(QStringLiteral("failed")), 0);
        // One record per reference: nothing was created twice.
        const QList<QJsonObject> activities = m_sandbox.records(QStringLiteral("activities"));
        QSet<QString> references;
        for (const QJsonObject &a : activities)
            references.insert(a.value(QStringLiteral("reference")).toString());
        QCOMPARE(references.size(), activities.size());
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(home()) && QDir().mkpath(configHome()));
        m_store = makeProject(m_dir->path());
        QVERIFY(m_store);
        m_project = m_store->filePath();
    }

    void cleanup()
    {
        m_sandbox.stop();
        m_store.reset();
        m_dir.reset();
    }

    void importNeedsAToken()
    {
        QVERIFY(startSandbox());
        Run r =
            cli({ QStringLiteral("import"), m_project, QStringLiteral("--base-url"), m_sandbox.baseUrl().toString() });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("CUTOVER_CLIO_TOKEN"), r.err.constData());
        QCOMPARE(m_sandbox.importedRecords(), 0);
        r = cli({ QStringLiteral("import"), m_project, QStringLiteral("--concurrency"), QStringLiteral("0") });
        QCOMPARE(r.exitCode, 2);
    }

    void usersImportAndLedgerAsJson()
    {
        QVERIFY(startSandbox());
        // Not mapped yet: the import stops and names them.
        Run r = cli(QStringList { QStringLiteral("import"), m_project } + target());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Ann Lee") && r.err.contains("Bob Roe"), r.err.constData());

        r = cli(QStringList { QStringLiteral("users"), m_project, QStringLiteral("--json") } + target());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject users = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(users.value(QStringLiteral("unmapped_with_entries")).toInt(), 0);
        QCOMPARE(users.value(QStringLiteral("target_users")).toArray().size(), 3);
        for (const QJsonValue &u : users.value(QStringLiteral("users")).toArray()) {
            const QJsonObject o = u.toObject();
            QCOMPARE(o.value(QStringLiteral("how")).toString(), QStringLiteral("email"));
        }
        // A manual choice wins over the suggestion.
        r = cli(QStringList { QStringLiteral("users"), m_project, QStringLiteral("--map"), QStringLiteral("U2=3"),
                              QStringLiteral("--json") }
                + target());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli(QStringList { QStringLiteral("users"), m_project, QStringLiteral("--map"), QStringLiteral("U2=99") }
                + target());
        QCOMPARE(r.exitCode, 2);

        // Dry run: nothing sent.
        r = cli(
            QStringList { QStringLiteral("import"), m_project, QStringLiteral("--dry-run"), QStringLiteral("--json") }
            + target());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject dry = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("import")).toObject();
        QCOMPARE(dry.value(QStringLiteral("dry_run")).toBool(), true);
        QCOMPARE(dry.value(QStringLiteral("requests")).toInt(), 22);
        QCOMPARE(m_sandbox.importedRecords(), 0);

        r = cli(QStringList { QStringLiteral("import"), m_project, QStringLiteral("--json") } + target());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("import")).toObject();
        QCOMPARE(result.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(result.value(QStringLiteral("created")).toInt(), 16);
        QCOMPARE(result.value(QStringLiteral("failed")).toInt(), 0);
        QCOMPARE(result.value(QStringLiteral("skipped")).toInt(), 2);
        QCOMPARE(result.value(QStringLiteral("receivable_cents")).toInteger(), 68005);
        QCOMPARE(result.value(QStringLiteral("trust_cents")).toInteger(), 410001);
        QVERIFY(QFile::exists(result.value(QStringLiteral("worksheet")).toString()));
        checkEverythingOnce();
        // Bob's time went to the user chosen by hand.
        for (const QJsonObject &a : m_sandbox.records(QStringLiteral("activities"))) {
            if (a.value(QStringLiteral("note")).toString() == QLatin1String("Call with landlord"))
                QCOMPARE(a.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toInteger(), 3);
        }

        r = cli({ QStringLiteral("ledger"), m_project, QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject ledger = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("ledger")).toObject();
        QCOMPARE(ledger.value(QStringLiteral("target_key")).toString(),
                 QStringLiteral("clio:") + m_sandbox.baseUrl().toString());
        const QJsonArray entities = ledger.value(QStringLiteral("entities")).toArray();
        QCOMPARE(entities.size(), 8);
        QCOMPARE(entities.at(0).toObject().value(QStringLiteral("entity")).toString(), QStringLiteral("contact"));
        QCOMPARE(entities.at(0).toObject().value(QStringLiteral("created")).toInt(), 3);
        QCOMPARE(entities.at(2).toObject().value(QStringLiteral("entity")).toString(), QStringLiteral("time_entry"));
        QCOMPARE(entities.at(2).toObject().value(QStringLiteral("skipped")).toInt(), 1);
        QVERIFY(ledger.value(QStringLiteral("failures")).toArray().isEmpty());
        QVERIFY(!ledger.value(QStringLiteral("import_finished_utc")).toString().isEmpty());

        // Rollback from the command line.
        r = cli(QStringList { QStringLiteral("rollback"), m_project, QStringLiteral("--json") } + target());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(m_sandbox.importedRecords(), 0);
        QCOMPARE(ledgerCount(QStringLiteral("deleted")), 16);
    }

    void failedRecordsExitWithThree()
    {
        m_sandbox.stop();
        m_store.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(QDir().mkpath(home()));
        ExportOptions options;
        options.mistypedEmail = true;
        m_store = makeProject(m_dir->path(), options);
        QVERIFY(m_store);
        m_project = m_store->filePath();
        QVERIFY(startSandbox());
        QCOMPARE(cli(QStringList { QStringLiteral("users"), m_project } + target()).exitCode, 0);
        const Run r = cli(QStringList { QStringLiteral("import"), m_project } + target());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains("C4") && r.out.contains("depends on client C4"), r.out.constData());
        const Run ledger = cli({ QStringLiteral("ledger"), m_project });
        QCOMPARE(ledger.exitCode, 0);
        QVERIFY2(ledger.out.contains("Failed: matter M4"), ledger.out.constData());
    }

    // The crash test: SIGKILL at three points of a slow import, a resume after
    // each, then to the end: each record exactly once, no 'sending' left.
    void killedImportResumesWithoutDuplicatesOrGaps()
    {
        QVERIFY(startSandbox({ QStringLiteral("--latency-ms"), QStringLiteral("120") }));
        QCOMPARE(cli(QStringList { QStringLiteral("users"), m_project } + target()).exitCode, 0);
        qint64 killedWhileSending = 0;
        qint64 last = 0;
        for (qint64 k : { 2, 6, 11 }) {
            QProcess p;
            p.setProcessEnvironment(environment(Sandbox::kToken));
            p.start(QStringLiteral(CUTOVER_CLI_PATH), QStringList { QStringLiteral("import"), m_project } + target());
            QVERIFY(p.waitForStarted(10000));
            QElapsedTimer waited;
            waited.start();
            while (m_sandbox.importedRecords() < k && p.state() == QProcess::Running && waited.elapsed() < 30000)
                QTest::qWait(10);
            QVERIFY2(p.state() == QProcess::Running, p.readAllStandardError().constData());
            p.kill(); // SIGKILL: no cleanup of any kind
            QVERIFY(p.waitForFinished(10000));
            QCOMPARE(p.exitStatus(), QProcess::CrashExit);
            const qint64 now = m_sandbox.importedRecords();
            QVERIFY(now >= k && now > last);
            last = now;
            killedWhileSending += ledgerCount(QStringLiteral("sending"));
            // Never more in the target than the ledger announced.
            QVERIFY(now <= ledgerCount(QStringLiteral("created")) + ledgerCount(QStringLiteral("sending")));
        }
        // At least one kill caught a request on its way: the resume looked it up.
        QVERIFY(killedWhileSending > 0);
        const Run r = cli(QStringList { QStringLiteral("import"), m_project } + target());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        checkEverythingOnce();
    }

    // No secret in the project file, its log, the settings or the output.
    void secretsStayInTheKeychain()
    {
        const QByteArray token = "tok-DISTINCT-6b1f0e9a47c2d3";
        const QByteArray clientSecret = "cs-DISTINCT-93ae55d0c1f8";
        QVERIFY(m_sandbox.start(m_dir->filePath(QStringLiteral("sandbox.sqlite")), writeSandboxUsers(m_dir->path()),
                                { QStringLiteral("--token"), QString::fromLatin1(token) }));
        // The OAuth developer app's secret, kept as the wizard keeps it.
        {
            CredentialStore store(m_store->settings().id);
            TargetChoice choice;
            choice.baseUrl = m_sandbox.baseUrl();
            ClioAuth auth(&store, choice.key(), m_sandbox.baseUrl());
            QEventLoop loop;
            ClioAuth::Result saved;
            auth.saveClientCredentials(QStringLiteral("sandbox-client"), clientSecret, [&](const ClioAuth::Result &r) {
                saved = r;
                loop.quit();
            });
            loop.exec();
            QVERIFY2(saved.ok, qPrintable(saved.message));
        }
        QByteArray output;
        for (const QStringList &args :
             { QStringList { QStringLiteral("users"), m_project }, QStringList { QStringLiteral("import"), m_project },
               QStringList { QStringLiteral("import"), m_project, QStringLiteral("--json") } }) {
            const Run r = cli(args + target(), token);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            output += r.out + r.err;
        }
        QCOMPARE(m_sandbox.count(QStringLiteral("contacts")), 3);
        const Run failing = cli(QStringList { QStringLiteral("import"), m_project, QStringLiteral("--base-url"),
                                              QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--token-env"),
                                              QStringLiteral("CUTOVER_TEST_TOKEN") },
                                token);
        QCOMPARE(failing.exitCode, 1);
        output += failing.out + failing.err;
        QVERIFY(!output.contains(token));
        QVERIFY(!output.contains(clientSecret));

        // Every file the project and the programs wrote, the settings included:
        // with the project open (its write-ahead log on disk) and after it closed.
        int scanned = 0;
        auto scan = [&] {
            for (const QString &root : { m_dir->path(), home(), configHome() }) {
                QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
                while (it.hasNext()) {
                    const QString file = it.next();
                    if (QFileInfo(file).fileName().startsWith(QLatin1String("sandbox.sqlite")))
                        continue; // the stand-in for Clio itself: it holds the token it accepts
                    QFile f(file);
                    if (!f.open(QIODevice::ReadOnly))
                        continue; // gone since it was listed (the -shm of a closing connection)
                    const QByteArray bytes = f.readAll();
                    QVERIFY2(!bytes.contains(token), qPrintable(file));
                    QVERIFY2(!bytes.contains(clientSecret), qPrintable(file));
                    ++scanned;
                }
            }
        };
        QVERIFY(QFile::exists(m_project + QStringLiteral("-wal")));
        scan();
        m_store.reset();
        scan();
        QVERIFY(QFile::exists(m_project));
        QVERIFY(scanned > 3);
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "TestImportCli.moc"
