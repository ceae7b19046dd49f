#include "ImportFixture.h"
#include "review/ReviewState.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Cutover;
using namespace Cutover::TestImport;

// cutover-cli review as a process against the sandbox program: the fixture
// imported through the CLI, read back and reconciled; a time entry deleted in
// the target is named and exits 3; the PDF is readable; a seeded sample repeats.
class TestReviewCli : public QObject
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

    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString targetKey() const { return QStringLiteral("clio:") + m_sandbox.baseUrl().toString(); }

    Run cli(const QStringList &arguments, bool withToken = true)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        env.remove(QStringLiteral("CUTOVER_CLIO_TOKEN"));
        // The CLI picks its platform itself when it needs one.
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        if (withToken)
            env.insert(QStringLiteral("CUTOVER_TEST_TOKEN"), QLatin1String(Sandbox::kToken));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CUTOVER_CLI_PATH), arguments);
        Run r;
        if (!p.waitForFinished(60000))
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

    Run review(const QStringList &extra, bool withToken = true)
    {
        return cli(QStringList { QStringLiteral("review"), m_project } + target() + extra, withToken);
    }

    static QJsonObject reviewJson(const Run &r)
    {
        return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("review")).toObject();
    }

    QString ledgerTargetId(const QString &entity, const QString &key) const
    {
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT target_id FROM id_map WHERE entity = ? AND source_key = ?"));
        q.addBindValue(entity);
        q.addBindValue(key);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    int deleteInSandbox(const QString &apiPath)
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("/api/v4/") + apiPath)));
        req.setRawHeader("Authorization", QByteArray("Bearer ") + Sandbox::kToken);
        QNetworkReply *reply = nam.deleteResource(req);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    static QStringList sampleKeys(const QJsonObject &review)
    {
        QStringList keys;
        for (const QJsonValue &v :
             review.value(QStringLiteral("sample")).toObject().value(QStringLiteral("checks")).toArray()) {
            const QJsonObject c = v.toObject();
            keys << c.value(QStringLiteral("entity")).toString() + QLatin1Char(':')
                    + c.value(QStringLiteral("source_key")).toString();
        }
        return keys;
    }

private slots:
    void initTestCase()
    {
        // Imported once; each test reads the target again.
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(path(QStringLiteral("home"))) && QDir().mkpath(path(QStringLiteral("config"))));
        m_store = makeProject(m_dir->path());
        QVERIFY(m_store);
        m_project = m_store->filePath();
        QVERIFY(m_sandbox.start(path(QStringLiteral("sandbox.sqlite")), writeSandboxUsers(m_dir->path())));
        Run r = cli(QStringList { QStringLiteral("users"), m_project } + target());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli(QStringList { QStringLiteral("import"), m_project } + target());
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void cleanupTestCase()
    {
        m_sandbox.stop();
        m_store.reset();
        m_dir.reset();
    }

    void trustNotEnteredIsADifference()
    {
        // Right after the import the trust balances are not in the target yet.
        const Run r = review({ QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 3);
        const QJsonObject o = reviewJson(r);
        QCOMPARE(o.value(QStringLiteral("differences_count")).toInt(), 2);
        QCOMPARE(
            o.value(QStringLiteral("differences")).toArray().at(0).toObject().value(QStringLiteral("key")).toString(),
            QStringLiteral("trust:C1:M1"));
    }

    void reconcilesOnceTrustIsEntered()
    {
        QString error;
        QVERIFY2(ReviewTrust::enter(m_store->database(), targetKey(), QStringLiteral("C1"), QStringLiteral("M1"),
                                    380000, &error),
                 qPrintable(error));
        QVERIFY2(ReviewTrust::enter(m_store->database(), targetKey(), QStringLiteral("C2"), QStringLiteral("M2"), 30001,
                                    &error),
                 qPrintable(error));
        Run r = review({ QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = reviewJson(r);
        QCOMPARE(o.value(QStringLiteral("reconciles")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("differences_count")).toInt(), 0);
        QVERIFY(o.value(QStringLiteral("differences")).toArray().isEmpty());
        QCOMPARE(o.value(QStringLiteral("target")).toString(), targetKey());
        const QJsonObject totals = o.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("source_time_cents")).toInteger(), 46950);
        QCOMPARE(totals.value(QStringLiteral("target_time_cents")).toInteger(), 46950);
        QCOMPARE(totals.value(QStringLiteral("source_receivable_cents")).toInteger(), 68005);
        const QJsonArray counts = o.value(QStringLiteral("counts")).toArray();
        QCOMPARE(counts.size(), 5);
        QCOMPARE(counts.at(2).toObject().value(QStringLiteral("entity")).toString(), QStringLiteral("time_entry"));
        QCOMPARE(counts.at(2).toObject().value(QStringLiteral("target")).toInt(), 3);

        // The same, as text, and offline without a token: the newest reading is compared again.
        r = review({ QStringLiteral("--offline") }, false);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Result: reconciles."), r.out.constData());
        QVERIFY2(r.out.contains("469.50"), r.out.constData());
    }

    void reportAndCsvAreWritten()
    {
        const QString pdf = path(QStringLiteral("review.pdf"));
        const QString csv = path(QStringLiteral("review.csv"));
        const QString corrections = path(QStringLiteral("corrections.csv"));
        const Run r = review({ QStringLiteral("--offline"), QStringLiteral("--report"), pdf, QStringLiteral("--csv"),
                               csv, QStringLiteral("--corrections"), corrections });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QProcess text;
        text.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
        QVERIFY(text.waitForFinished(30000));
        QCOMPARE(text.exitCode(), 0);
        const QString all = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(all.contains(QStringLiteral("Review report: Able & Co")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("Reconciles")));
        QVERIFY(all.contains(QStringLiteral("3800.00")));
        QVERIFY(all.contains(QStringLiteral("Page 7 of")));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\nworksheet,C1/M1,C1,Able Holdings,M1,"));
        QVERIFY(bytes.contains(",trust,3800.00,"));
        QFile c(corrections);
        QVERIFY(c.open(QIODevice::ReadOnly));
        QCOMPARE(c.readAll().count("\r\n"), 1); // nothing to correct: the header only
    }

    void seededSampleRepeats()
    {
        Run r = review({ QStringLiteral("--offline"), QStringLiteral("--sample"), QStringLiteral("2"),
                         QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject first = reviewJson(r);
        QCOMPARE(first.value(QStringLiteral("sample")).toObject().value(QStringLiteral("seed")).toString(),
                 QStringLiteral("7"));
        const QStringList keys = sampleKeys(first);
        QVERIFY2(keys.size() >= 5, qPrintable(keys.join(QLatin1Char(' '))));
        r = review({ QStringLiteral("--offline"), QStringLiteral("--sample"), QStringLiteral("2"),
                     QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(sampleKeys(reviewJson(r)), keys);

        // Without a seed, one is drawn and given back, so that the draw can be repeated.
        r = review(
            { QStringLiteral("--offline"), QStringLiteral("--sample"), QStringLiteral("1"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString seed =
            reviewJson(r).value(QStringLiteral("sample")).toObject().value(QStringLiteral("seed")).toString();
        QVERIFY(seed.toULongLong() > 0);
        const QStringList drawn = sampleKeys(reviewJson(r));
        r = review({ QStringLiteral("--offline"), QStringLiteral("--sample"), QStringLiteral("1"),
                     QStringLiteral("--seed"), seed, QStringLiteral("--json") });
        QCOMPARE(sampleKeys(reviewJson(r)), drawn);
        // As text, the seed is printed with the options that repeat the draw.
        r = review({ QStringLiteral("--offline"), QStringLiteral("--sample"), QStringLiteral("1") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(
            QRegularExpression(QStringLiteral("--sample 1 --seed \\d+")).match(QString::fromUtf8(r.out)).hasMatch(),
            r.out.constData());

        // Usage errors.
        QCOMPARE(review({ QStringLiteral("--offline"), QStringLiteral("--seed"), QStringLiteral("7") }).exitCode, 2);
        QCOMPARE(review({ QStringLiteral("--offline"), QStringLiteral("--sample"), QStringLiteral("0") }).exitCode, 2);
    }

    void deletedEntryIsNamedAndExitsThree()
    {
        const QString t1 = ledgerTargetId(QStringLiteral("time_entry"), QStringLiteral("T1"));
        QVERIFY(!t1.isEmpty());
        QCOMPARE(deleteInSandbox(QStringLiteral("activities/%1.json").arg(t1)), 204);
        Run r = review({ QStringLiteral("--json"), QStringLiteral("--corrections"),
                         path(QStringLiteral("corrections-after.csv")) });
        QCOMPARE(r.exitCode, 3);
        const QJsonObject o = reviewJson(r);
        QCOMPARE(o.value(QStringLiteral("reconciles")).toBool(), false);
        const QJsonArray differences = o.value(QStringLiteral("differences")).toArray();
        QCOMPARE(differences.size(), 1);
        const QJsonObject d = differences.at(0).toObject();
        QCOMPARE(d.value(QStringLiteral("key")).toString(), QStringLiteral("missing:time_entry:T1"));
        QCOMPARE(d.value(QStringLiteral("kind")).toString(), QStringLiteral("missing"));
        QCOMPARE(d.value(QStringLiteral("source_key")).toString(), QStringLiteral("T1"));
        QVERIFY(o.value(QStringLiteral("corrections")).toInteger() >= 1);
        // Money to the cent: T1 was 1.5 h at 250.00.
        const QJsonObject totals = o.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("source_time_cents")).toInteger()
                     - totals.value(QStringLiteral("target_time_cents")).toInteger(),
                 37500);

        // As text: the entry and the client's money, with the difference.
        r = review({ QStringLiteral("--offline") }, false);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains("missing:time_entry:T1"), r.out.constData());
        QVERIFY2(r.out.contains("Result: 1 difference"), r.out.constData());
        QVERIFY2(r.out.contains("time value 450.00 → 75.00 (-375.00)"), r.out.constData());
    }
};

QTEST_MAIN(TestReviewCli)
#include "TestReviewCli.moc"
