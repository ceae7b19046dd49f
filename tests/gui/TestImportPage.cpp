#include "ImportPage.h"
#include "JobProgressPanel.h"
#include "ProjectSession.h"
#include "TestMaps.h"
#include "closeout/CloseOutRecords.h"
#include "importing/ImportProgressModel.h"
#include "importing/LedgerFailureModel.h"
#include "importing/UserMappingModel.h"
#include "staging/StagingJob.h"
#include "store/ProjectStore.h"

#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Cutover;

namespace {

// Ada matches a sandbox user by e-mail, Ben by name; Cy has no user there and is
// mapped by hand. T9 is planted: its matter is not in the export, so the target
// cannot take it and it must show up as a failure.
const char *const kUsers = "User ID,Name,Email\n"
                           "U1,Ada Attorney,ada@sandbox-law.test\n"
                           "U2,Ben Paralegal,ben@old-firm.test\n"
                           "U3,Cy Clerk,cy@old-firm.test\n";
const char *const kClients = "Client ID,Name,Type,First,Last\n"
                             "C1,Acme Corp,company,,\n"
                             "C2,Jane Doe,person,Jane,Doe\n";
const char *const kMatters = "Matter ID,Client ID,Description\n"
                             "M1,C1,Lease dispute\n"
                             "M2,C2,Estate plan\n";
const char *const kTime = "Entry ID,Matter ID,User,Date,Hours,Rate,Description\n"
                          "T1,M1,U1,2026-03-02,1.5,200.00,Call\n"
                          "T2,M1,U2,2026-03-03,0.5,150.00,Research\n"
                          "T3,M2,U1,2026-03-04,1.0,200.00,Meeting\n"
                          "T4,M2,U3,2026-03-05,0.25,90.00,Filing\n"
                          "T9,M404,U1,2026-03-06,1.0,200.00,Planted: no such matter\n";

template<typename T> T *child(QWidget *page, const char *name)
{
    return page->findChild<T *>(QString::fromLatin1(name));
}

} // namespace

class TestImportPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QUrl m_sandboxUrl;

    QString write(const QString &name, const char *text)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text);
        return f.fileName();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_sandbox.setProgram(QStringLiteral(CUTOVER_SANDBOX_PATH));
        m_sandbox.setArguments({ QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data"),
                                 m_dir.filePath(QStringLiteral("sandbox.sqlite")) });
        m_sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_sandbox.start();
        QVERIFY2(m_sandbox.waitForStarted(10000), qPrintable(m_sandbox.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine(), 20000);
        const QString line = QString::fromUtf8(m_sandbox.readLine()).trimmed();
        const auto match = QRegularExpression(QStringLiteral("listening on (http://\\S+)")).match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        m_sandboxUrl = QUrl(match.captured(1));
    }

    void cleanupTestCase()
    {
        m_sandbox.terminate();
        if (!m_sandbox.waitForFinished(5000))
            m_sandbox.kill();
    }

    void choosingATargetShowsItsFields()
    {
        ProjectSession session;
        QString error;
        ProjectSettings settings = ProjectSettings::defaultsForThisMachine();
        settings.firmName = QStringLiteral("Harbor & Pine LLP");
        QVERIFY2(session.create(m_dir.filePath(QStringLiteral("fields.cutover")), settings, &error), qPrintable(error));
        ImportPage page(&session);
        page.show();
        auto *target = child<QComboBox>(&page, "importTarget");
        auto *url = child<QLineEdit>(&page, "customUrl");
        auto *folder = child<QLineEdit>(&page, "packageFolder");
        auto *connection = child<QGroupBox>(&page, "connectionBox");
        auto *users = child<QGroupBox>(&page, "usersBox");
        QCOMPARE(target->currentData().toString(), QStringLiteral("US"));
        QVERIFY(!url->isVisible());
        QVERIFY(!folder->isVisible());
        QVERIFY(connection->isVisible());
        QCOMPARE(page.targetChoice().key(), QStringLiteral("clio:https://app.clio.com"));

        target->setCurrentIndex(target->findData(QStringLiteral("EU")));
        QCOMPARE(page.targetChoice().baseUrl, QUrl(QStringLiteral("https://eu.app.clio.com")));

        target->setCurrentIndex(target->findData(QStringLiteral("custom")));
        QVERIFY(url->isVisible());
        QVERIFY(!folder->isVisible());
        QVERIFY(connection->isVisible());
        url->setText(QStringLiteral("http://127.0.0.1:9"));
        QCOMPARE(page.targetChoice().baseUrl, QUrl(QStringLiteral("http://127.0.0.1:9")));

        target->setCurrentIndex(target->findData(QStringLiteral("csv")));
        QVERIFY(!url->isVisible());
        QVERIFY(folder->isVisible());
        QVERIFY(!connection->isVisible());
        QVERIFY(!users->isVisible());
        auto *dryRun = child<QPushButton>(&page, "dryRun");
        QVERIFY(!dryRun->isEnabled()); // no folder yet
        folder->setText(m_dir.filePath(QStringLiteral("package")));
        QVERIFY(dryRun->isEnabled());
        QCOMPARE(page.targetChoice().kind, TargetChoice::Kind::CsvPackage);
        QCOMPARE(page.targetChoice().outDir, m_dir.filePath(QStringLiteral("package")));
    }

    // The paste-the-code sign-in, against the sandbox's OAuth endpoints: the
    // client secret and the token end up in the keychain, never in a field.
    void signInWithAPastedCode()
    {
        ProjectSession session;
        QString error;
        ProjectSettings settings = ProjectSettings::defaultsForThisMachine();
        settings.firmName = QStringLiteral("Harbor & Pine LLP");
        QVERIFY2(session.create(m_dir.filePath(QStringLiteral("code.cutover")), settings, &error), qPrintable(error));
        ImportPage page(&session);
        page.show();
        auto *target = child<QComboBox>(&page, "importTarget");
        target->setCurrentIndex(target->findData(QStringLiteral("custom")));
        auto *url = child<QLineEdit>(&page, "customUrl");
        url->setText(m_sandboxUrl.toString());
        QMetaObject::invokeMethod(url, "editingFinished");

        auto *codeField = child<QLineEdit>(&page, "authorizationCode");
        QVERIFY(!codeField->isVisible());
        child<QLineEdit>(&page, "clientId")->setText(QStringLiteral("sandbox-client"));
        child<QLineEdit>(&page, "clientSecret")->setText(QStringLiteral("sandbox-secret"));
        child<QPushButton>(&page, "signInWithCode")->click();
        QVERIFY(child<QLineEdit>(&page, "clientSecret")->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(codeField->isVisible(), 20000);
        QCOMPARE(codeField->echoMode(), QLineEdit::Password);

        // A wrong code is refused with a message; the right one signs in.
        codeField->setText(QStringLiteral("not-the-code"));
        child<QPushButton>(&page, "useCode")->click();
        auto *tokenState = child<QLabel>(&page, "tokenState");
        QTRY_VERIFY_WITH_TIMEOUT(!tokenState->text().contains(QStringLiteral("Allow access")), 20000);
        QVERIFY2(!tokenState->text().contains(QStringLiteral("Signed in")), qPrintable(tokenState->text()));
        codeField->setText(QStringLiteral("sandbox-code"));
        child<QPushButton>(&page, "useCode")->click();
        QVERIFY(codeField->text().isEmpty());
        auto *connection = child<QLabel>(&page, "connectionResult");
        QTRY_VERIFY_WITH_TIMEOUT(connection->text().contains(QStringLiteral("Sandbox Law LLP")), 20000);
        QVERIFY2(tokenState->text().contains(QStringLiteral("Signed in")), qPrintable(tokenState->text()));
        QVERIFY(!codeField->isVisible());
    }

    void importIntoTheSandbox()
    {
        ProjectSession session;
        QString error;
        ProjectSettings settings = ProjectSettings::defaultsForThisMachine();
        settings.firmName = QStringLiteral("Harbor & Pine LLP");
        const QString project = m_dir.filePath(QStringLiteral("import.cutover"));
        QVERIFY2(session.create(project, settings, &error), qPrintable(error));

        using TestMaps::make;
        StagingRequest request;
        request.projectPath = project;
        request.kind = SnapshotKind::Final;
        const QList<std::pair<QString, ImportMap>> files = {
            { write("users.csv", kUsers),
              make(Entity::User, { { "source_key", "User ID" }, { "name", "Name" }, { "email", "Email" } }) },
            { write("clients.csv", kClients),
              make(Entity::Client,
                   { { "source_key", "Client ID" },
                     { "name", "Name" },
                     { "kind", "Type" },
                     { "first_name", "First" },
                     { "last_name", "Last" } }) },
            { write("matters.csv", kMatters),
              make(
                  Entity::Matter,
                  { { "source_key", "Matter ID" }, { "client_key", "Client ID" }, { "description", "Description" } }) },
            { write("time.csv", kTime),
              make(Entity::TimeEntry,
                   { { "source_key", "Entry ID" },
                     { "matter_key", "Matter ID" },
                     { "user_key", "User" },
                     { "date", "Date" },
                     { "duration", "Hours" },
                     { "rate", "Rate" },
                     { "description", "Description" } }) },
        };
        for (const auto &[path, map] : files) {
            StagingSource s;
            s.path = path;
            s.map = map;
            request.sources.append(s);
        }
        {
            StagingJob job(request);
            QVERIFY2(job.run() == Job::Outcome::Succeeded, qPrintable(job.errorString()));
        }
        QVERIFY(session.store());

        ImportPage page(&session);
        page.resize(1100, 900);
        page.show();
        page.initializePage();
        auto *start = child<QPushButton>(&page, "startImport");
        QVERIFY(!page.importAllowed());
        QVERIFY(CloseOutRecords::overrideImportGate(session.store()->database(),
                                                    QStringLiteral("Rehearsal against the sandbox"), &error));
        page.initializePage();
        QVERIFY(page.importAllowed());

        auto *target = child<QComboBox>(&page, "importTarget");
        target->setCurrentIndex(target->findData(QStringLiteral("custom")));
        auto *url = child<QLineEdit>(&page, "customUrl");
        url->setText(m_sandboxUrl.toString());
        QMetaObject::invokeMethod(url, "editingFinished");

        // The token goes to the keychain; the field never keeps it.
        auto *token = child<QLineEdit>(&page, "accessToken");
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        token->setText(QStringLiteral("sandbox-token"));
        child<QPushButton>(&page, "saveToken")->click();
        QVERIFY(token->text().isEmpty());
        auto *tokenState = child<QLabel>(&page, "tokenState");
        QTRY_VERIFY_WITH_TIMEOUT(!tokenState->text().isEmpty(), 20000);
        QVERIFY2(tokenState->text().contains(QStringLiteral("keychain")), qPrintable(tokenState->text()));
        QVERIFY(!tokenState->text().contains(QStringLiteral("sandbox-token")));

        // Test connection: the sandbox's firm and user.
        child<QPushButton>(&page, "testConnection")->click();
        auto *connection = child<QLabel>(&page, "connectionResult");
        QTRY_VERIFY_WITH_TIMEOUT(connection->text().contains(QStringLiteral("Sandbox Law LLP")), 20000);
        QVERIFY(connection->text().contains(QStringLiteral("Ada Attorney")));

        // The users: suggested by e-mail and by name, Cy missing.
        auto *usersView = child<QTableView>(&page, "userMapping");
        auto *users = qobject_cast<UserMappingModel *>(usersView->model());
        QVERIFY(users);
        QTRY_COMPARE_WITH_TIMEOUT(users->rowCount(), 3, 20000);
        QHash<QString, UserMapping> byKey;
        for (const UserMapping &m : users->mappings())
            byKey.insert(m.sourceKey, m);
        QCOMPARE(byKey.value(QStringLiteral("U1")).how, QStringLiteral("email"));
        QCOMPARE(byKey.value(QStringLiteral("U2")).how, QStringLiteral("name"));
        QVERIFY(byKey.value(QStringLiteral("U3")).targetId.isEmpty());
        auto *missing = child<QLabel>(&page, "missingUsers");
        QVERIFY2(missing->text().contains(QStringLiteral("Cy Clerk")), qPrintable(missing->text()));

        // A dry run counts the requests.
        auto *dryRun = child<QPushButton>(&page, "dryRun");
        QVERIFY(dryRun->isEnabled());
        dryRun->click();
        auto *dryResult = child<QLabel>(&page, "dryRunSummary");
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning() && dryResult->isVisible(), 30000);
        QVERIFY2(dryResult->text().contains(QStringLiteral("request")), qPrintable(dryResult->text()));
        QVERIFY2(dryResult->text().contains(QStringLiteral("Cy Clerk")), qPrintable(dryResult->text()));
        auto *progressView = child<QTableView>(&page, "importProgress");
        auto *progress = qobject_cast<ImportProgressModel *>(progressView->model());
        QVERIFY(progress->rowCount() > 0);
        qint64 planned = 0;
        for (const EntityLedgerCounts &c : progress->counts())
            planned += c.total;
        QVERIFY(planned >= 2 + 2 + 5); // contacts, matters, time entries

        // Cy by hand, through the table's editor.
        const QModelIndex cy = users->index(2, UserMappingModel::TargetColumn);
        QCOMPARE(cy.data(UserMappingModel::SourceKeyRole).toString(), QStringLiteral("U3"));
        QVERIFY(users->setData(cy, byKey.value(QStringLiteral("U1")).targetId));
        QVERIFY2(missing->text().contains(QStringLiteral("Every user")), qPrintable(missing->text()));

        // The import, to the end.
        QVERIFY(start->isEnabled());
        start->click();
        QVERIFY(page.isRunning());
        QVERIFY(child<QPushButton>(&page, "pauseImport")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 45000);
        auto *message = child<QLabel>(&page, "importMessage");
        QVERIFY2(!message->isVisible() || message->text().isEmpty(), qPrintable(message->text()));
        qint64 created = 0;
        qint64 failed = 0;
        for (const EntityLedgerCounts &c : progress->counts()) {
            created += c.created;
            failed += c.failed;
        }
        QCOMPARE(created, 2 + 2 + 4); // every record but the planted one
        QCOMPARE(failed, 1);
        auto *panel = page.findChild<JobProgressPanel *>();
        QVERIFY(!panel->resultText().isEmpty());

        // The planted record is listed, named, and can be retried.
        // The ledger is read again off the GUI thread; failures come forward.
        auto *failuresView = child<QTableView>(&page, "importFailures");
        QTRY_COMPARE_WITH_TIMEOUT(failuresView->model()->rowCount(), 1, 10000);
        auto *tabs = child<QTabWidget>(&page, "importTabs");
        QTRY_COMPARE_WITH_TIMEOUT(tabs->currentIndex(), tabs->indexOf(failuresView->parentWidget()), 10000);
        QCOMPARE(failuresView->model()->index(0, 0).data(LedgerFailureModel::SourceKeyRole).toString(),
                 QStringLiteral("T9"));
        QVERIFY(!failuresView->model()->index(0, LedgerFailureModel::ErrorColumn).data().toString().isEmpty());
        QVERIFY(child<QPushButton>(&page, "retryFailed")->isEnabled());
        QVERIFY(child<QPushButton>(&page, "rollbackImport")->isEnabled());
    }
};

QTEST_MAIN(TestImportPage)
#include "TestImportPage.moc"
