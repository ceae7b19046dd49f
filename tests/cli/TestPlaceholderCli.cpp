#include "ImportFixture.h"
#include "targets/ClioConnector.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Cutover;
using namespace Cutover::TestImport;

// cutover-cli placeholder as a process against the sandbox program, through
// the whole interim period: templates written, filled and loaded back, the
// placeholder created, entries uploaded before their matters exist, the
// import, suggestions, and the move killed with SIGKILL and resumed.
class TestPlaceholderCli : public QObject
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

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir->filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("CUTOVER_TEST_TOKEN"), QString::fromLatin1(Sandbox::kToken));
        env.remove(QStringLiteral("CUTOVER_CLIO_TOKEN"));
        return env;
    }

    QStringList target() const
    {
        return { QStringLiteral("--base-url"), m_sandbox.baseUrl().toString(), QStringLiteral("--token-env"),
                 QStringLiteral("CUTOVER_TEST_TOKEN") };
    }

    Run cli(const QStringList &arguments)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(CUTOVER_CLI_PATH), arguments);
        Run r;
        if (!p.waitForFinished(50000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    Run placeholder(const QString &action, const QStringList &more = {}, bool clio = true)
    {
        return cli(QStringList { QStringLiteral("placeholder"), m_project, action } + more
                   + (clio ? target() : QStringList()));
    }

    static QJsonObject json(const Run &r, const QString &key)
    {
        return QJsonDocument::fromJson(r.out).object().value(key).toObject();
    }

    qint64 reassignCount(const QString &state) const
    {
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT count(*) FROM reassignment WHERE state = ?"));
        q.addBindValue(state);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    // PATCHes of each activity the sandbox answered (any status), by id.
    QHash<QString, int> patchesPerActivity() const
    {
        return m_sandbox.read([](QSqlDatabase &db) {
            QHash<QString, int> out;
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT path FROM request_log WHERE method = 'PATCH' AND path LIKE "
                                  "'/api/v4/activities/%'"));
            while (q.next()) {
                QString id = q.value(0).toString().section(QLatin1Char('/'), -1);
                id = id.section(QLatin1Char('.'), 0, 0);
                ++out[id];
            }
            return out;
        });
    }

    QString matterIdOf(const QString &clientReferencePart) const
    {
        for (const QJsonObject &m : m_sandbox.records(QStringLiteral("matters"))) {
            if (m.value(QStringLiteral("client_reference")).toString().endsWith(clientReferencePart))
                return QString::number(m.value(QStringLiteral("id")).toInteger());
        }
        return {};
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("home"))));
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("config"))));
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

    void usageErrors()
    {
        QCOMPARE(cli({ QStringLiteral("placeholder"), m_project }).exitCode, 2);
        const Run wrong = cli({ QStringLiteral("placeholder"), m_project, QStringLiteral("move") });
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains("reassign"), wrong.err.constData());
        QCOMPARE(placeholder(QStringLiteral("load"), {}, false).exitCode, 2);
        QCOMPARE(placeholder(QStringLiteral("templates"), {}, false).exitCode, 2); // no --out
        const Run badConfidence = cli({ QStringLiteral("placeholder"), m_project, QStringLiteral("reassign"),
                                        QStringLiteral("--accept-above"), QStringLiteral("high") });
        QCOMPARE(badConfidence.exitCode, 2);
        const Run noToken = cli({ QStringLiteral("placeholder"), m_project, QStringLiteral("create"),
                                  QStringLiteral("--token-env"), QStringLiteral("CUTOVER_NO_SUCH_VARIABLE") });
        QCOMPARE(noToken.exitCode, 1);
        QVERIFY2(noToken.err.contains("CUTOVER_NO_SUCH_VARIABLE"), noToken.err.constData());
    }

    void interimPeriodEndToEndWithKillAndResume()
    {
        QVERIFY(m_sandbox.start(m_dir->filePath(QStringLiteral("sandbox.sqlite")), writeSandboxUsers(m_dir->path()),
                                { QStringLiteral("--latency-ms"), QStringLiteral("150") }));

        // Templates: the workbook, the CSV and the matters' reference list.
        const QString out = m_dir->filePath(QStringLiteral("templates"));
        const Run templates =
            placeholder(QStringLiteral("templates"), { QStringLiteral("--out"), out, QStringLiteral("--json") }, false);
        QVERIFY2(templates.exitCode == 0, templates.err.constData());
        const QJsonObject t = json(templates, QStringLiteral("templates"));
        QCOMPARE(t.value(QStringLiteral("users")).toInt(), 2);
        QCOMPARE(t.value(QStringLiteral("matters")).toInt(), 2); // M3's client is not migrated
        QString csvTemplate;
        for (const QJsonValue &f : t.value(QStringLiteral("files")).toArray()) {
            QVERIFY2(QFile::exists(f.toString()), qPrintable(f.toString()));
            if (f.toString().endsWith(QLatin1String("time-tracking.csv")))
                csvTemplate = f.toString();
        }
        QVERIFY(!csvTemplate.isEmpty());

        // Filled in "by the firm": the header as written, three good rows, one bad.
        QFile in(csvTemplate);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray filled = in.readLine();
        in.close();
        const QDate first = QDate::fromString(t.value(QStringLiteral("first_date")).toString(), Qt::ISODate).isValid()
            ? QDate::fromString(t.value(QStringLiteral("first_date")).toString(), Qt::ISODate)
            : QDate(2026, 11, 23);
        const QByteArray day = first.addDays(1).toString(Qt::ISODate).toUtf8();
        filled += day + ",Ann Lee,Able Holdings,M1,1.5,250.00,Lease: landlord's counter-offer,Yes\n";
        filled += day + ",Bob Roe,Dana Fox,M2,0.25,300.00,Call with Dana,Yes\n";
        filled += day + ",Ann Lee,Dana Fox,M2,0.5,250.00,Estate plan: internal memo,No\n";
        filled += day + ",Bob Roe,Able Holdings,M1,30,250.00,Far too long,Yes\n";
        const QString filledPath = m_dir->filePath(QStringLiteral("filled.csv"));
        QVERIFY(writeFile(filledPath, filled));
        const Run load = placeholder(QStringLiteral("load"), { filledPath, QStringLiteral("--json") }, false);
        QCOMPARE(load.exitCode, 3); // one row refused, named, the rest kept
        const QJsonObject l = json(load, QStringLiteral("load"));
        QCOMPARE(l.value(QStringLiteral("added")).toInt(), 3);
        QCOMPARE(l.value(QStringLiteral("rejected")).toInt(), 1);
        const QJsonObject issue = l.value(QStringLiteral("issues")).toArray().first().toObject();
        QCOMPARE(issue.value(QStringLiteral("row")).toInt(), 5);
        QCOMPARE(issue.value(QStringLiteral("column")).toInt(), 5); // Hours
        QVERIFY(issue.value(QStringLiteral("file")).toString().endsWith(QLatin1String("filled.csv")));
        // Loading the same file again adds nothing.
        const Run again = placeholder(QStringLiteral("load"), { filledPath, QStringLiteral("--json") }, false);
        QCOMPARE(json(again, QStringLiteral("load")).value(QStringLiteral("added")).toInt(), 0);
        QCOMPARE(json(again, QStringLiteral("load")).value(QStringLiteral("already_loaded")).toInt(), 3);

        // The placeholder, then the upload: no matter is imported yet, so all
        // three go to the placeholder.
        QCOMPARE(cli(QStringList { QStringLiteral("users"), m_project } + target()).exitCode, 0);
        const Run create = placeholder(QStringLiteral("create"), { QStringLiteral("--json") });
        QVERIFY2(create.exitCode == 0, create.err.constData());
        const QString placeholderId =
            json(create, QStringLiteral("placeholder")).value(QStringLiteral("matter_id")).toString();
        QVERIFY(!placeholderId.isEmpty());
        QCOMPARE(placeholder(QStringLiteral("create")).exitCode, 0); // again: nothing new
        QCOMPARE(m_sandbox.count(QStringLiteral("matters")), 1);
        const Run upload = placeholder(QStringLiteral("upload"), { QStringLiteral("--json") });
        QVERIFY2(upload.exitCode == 0, upload.err.constData());
        QCOMPARE(json(upload, QStringLiteral("upload")).value(QStringLiteral("to_placeholder")).toInt(), 3);

        // The import; then one entry typed straight into the new system on the
        // placeholder, naming its matter, and one uploaded entry billed there.
        const Run import = cli(QStringList { QStringLiteral("import"), m_project } + target());
        QVERIFY2(import.exitCode == 0, import.err.constData() + import.out);
        const QString m1 = matterIdOf(QStringLiteral(":matter:M1"));
        const QString m2 = matterIdOf(QStringLiteral(":matter:M2"));
        QVERIFY(!m1.isEmpty() && !m2.isEmpty());
        {
            ClioConnector connector(m_sandbox.baseUrl(), Sandbox::kToken);
            OutgoingRecord typed;
            typed.kind = RecordKind::TimeEntry;
            typed.fields = { { QStringLiteral("date"), QString::fromLatin1(day) },
                             { QStringLiteral("duration"), 1800 },
                             { QStringLiteral("rate"), 25000 },
                             { QStringLiteral("description"), QStringLiteral("Dana Fox: reviewed the will draft") } };
            typed.links = { { QStringLiteral("matter"), placeholderId } };
            QEventLoop loop;
            TargetResult made;
            connector.create(typed, [&](const TargetResult &r) {
                made = r;
                loop.quit();
            });
            loop.exec();
            QVERIFY2(made.ok(), qPrintable(made.error.message));
        }
        QString billedId;
        for (const QJsonObject &a : m_sandbox.records(QStringLiteral("activities"))) {
            if (a.value(QStringLiteral("note")).toString().contains(QLatin1String("internal memo")))
                billedId = QString::number(a.value(QStringLiteral("id")).toInteger());
        }
        QVERIFY(!billedId.isEmpty());
        QVERIFY(m_sandbox.read([&](QSqlDatabase &db) {
            QSqlQuery q(db);
            return q.exec(QStringLiteral("UPDATE record SET json = json_set(json, '$.billed', json('true')) "
                                         "WHERE resource = 'activities' AND id = %1")
                              .arg(billedId));
        }));

        // Suggestions: the template's matter for the uploaded ones (100), the
        // client named in the description, with one matter, for the typed one (80).
        const Run suggest = placeholder(QStringLiteral("suggest"), { QStringLiteral("--json") });
        QVERIFY2(suggest.exitCode == 0, suggest.err.constData());
        const QJsonArray entries = json(suggest, QStringLiteral("suggest")).value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 4);
        QHash<QString, QString> expected; // activity -> matter
        for (const QJsonValue &v : entries) {
            const QJsonObject e = v.toObject();
            const QString note = e.value(QStringLiteral("note")).toString();
            const QString want = note.contains(QLatin1String("Lease")) ? m1 : m2;
            QVERIFY2(e.value(QStringLiteral("suggested_matter_id")).toString() == want,
                     QJsonDocument(e).toJson().constData());
            QVERIFY2(e.value(QStringLiteral("confidence")).toInt() >= (note.contains(QLatin1String("will")) ? 80 : 100),
                     qPrintable(note));
            expected.insert(e.value(QStringLiteral("activity_id")).toString(), want);
        }

        // The move, killed after its first PATCH and resumed.
        const qint64 patchesBefore = m_sandbox.requests(QStringLiteral("PATCH"));
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(CUTOVER_CLI_PATH),
                QStringList { QStringLiteral("placeholder"), m_project, QStringLiteral("reassign"),
                              QStringLiteral("--accept-above"), QStringLiteral("0.8"), QStringLiteral("--concurrency"),
                              QStringLiteral("1") }
                    + target());
        QVERIFY(p.waitForStarted(10000));
        QElapsedTimer waited;
        waited.start();
        while (m_sandbox.requests(QStringLiteral("PATCH")) < patchesBefore + 1 && p.state() == QProcess::Running
               && waited.elapsed() < 30000)
            QTest::qWait(5);
        QVERIFY2(p.state() == QProcess::Running, p.readAllStandardError().constData());
        p.kill();
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        const qint64 patchedBeforeKill = m_sandbox.requests(QStringLiteral("PATCH")) - patchesBefore;
        QVERIFY2(patchedBeforeKill >= 1 && patchedBeforeKill < 3, qPrintable(QString::number(patchesBefore)));
        QVERIFY2(reassignCount(QStringLiteral("moved")) + reassignCount(QStringLiteral("sending")) >= 1,
                 qPrintable(QStringLiteral("moved %1, sending %2, listed %3, PATCHes %4")
                                .arg(reassignCount(QStringLiteral("moved")))
                                .arg(reassignCount(QStringLiteral("sending")))
                                .arg(reassignCount(QStringLiteral("listed")))
                                .arg(patchedBeforeKill)));

        const Run resumed = placeholder(QStringLiteral("reassign"), { QStringLiteral("--json") });
        QCOMPARE(resumed.exitCode, 3); // the billed entry is refused
        const QJsonObject r = json(resumed, QStringLiteral("reassign"));
        // The resume moved the rest; what the kill interrupted was read back, not sent again.
        QCOMPARE(r.value(QStringLiteral("failed")).toInt(), 0);
        QCOMPARE(reassignCount(QStringLiteral("moved")), 3);
        QCOMPARE(reassignCount(QStringLiteral("sending")), 0);
        QCOMPARE(reassignCount(QStringLiteral("refused")), 1);

        // In the target: each moved entry on its matter, PATCHed exactly once;
        // the billed one untouched on the placeholder.
        const QHash<QString, int> patches = patchesPerActivity();
        for (const QJsonObject &a : m_sandbox.records(QStringLiteral("activities"))) {
            const QString id = QString::number(a.value(QStringLiteral("id")).toInteger());
            if (!expected.contains(id))
                continue; // the import's own entries
            const QString matter =
                QString::number(a.value(QStringLiteral("matter")).toObject().value(QStringLiteral("id")).toInteger());
            if (id == billedId) {
                QCOMPARE(matter, placeholderId);
                QCOMPARE(patches.value(id), 0);
            } else {
                QCOMPARE(matter, expected.value(id));
                QCOMPARE(patches.value(id), 1);
            }
        }
        // The refusal says why, in the plain output too.
        const Run text = placeholder(QStringLiteral("reassign"));
        QCOMPARE(text.exitCode, 3);
        QVERIFY2(text.out.contains("Refused: entry " + billedId.toUtf8()), text.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestPlaceholderCli)
#include "TestPlaceholderCli.moc"
