#include "ImportFixture.h"
#include "JobProgressPanel.h"
#include "PlaceholderPage.h"
#include "ProjectSession.h"
#include "TargetConnectionBox.h"
#include "importing/ImportEngine.h"
#include "placeholder/InterimEntryModel.h"
#include "placeholder/ReassignmentModel.h"
#include "targets/ClioConnector.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEventLoop>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Cutover;
using namespace Cutover::TestImport;

namespace {

template<typename T> T *child(QWidget *page, const char *name)
{
    auto *w = page->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

QString csvField(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

} // namespace

// The Placeholder page driven offscreen against the real sandbox, with the
// export staged as the final snapshot and the token in the real keychain:
// create the placeholder, write templates, load a filled one (a bad row
// shown), upload, import the matters, then find, accept and move the entries.
class TestPlaceholderPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Sandbox> m_sandbox;
    QString m_project;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    // Target: the sandbox; token: into the keychain through the page's field;
    // then "Test connection" until the sandbox's firm shows.
    void connectToSandbox(PlaceholderPage &page)
    {
        auto *target = child<QComboBox>(&page, "importTarget");
        target->setCurrentIndex(target->findData(QStringLiteral("custom")));
        auto *url = child<QLineEdit>(&page, "customUrl");
        url->setText(m_sandbox->baseUrl().toString());
        QMetaObject::invokeMethod(url, "editingFinished");
        auto *token = child<QLineEdit>(&page, "accessToken");
        token->setText(QLatin1String(Sandbox::kToken));
        child<QPushButton>(&page, "saveToken")->click();
        QVERIFY(token->text().isEmpty());
        auto *tokenState = child<QLabel>(&page, "tokenState");
        QTRY_VERIFY_WITH_TIMEOUT(tokenState->text().contains(QStringLiteral("keychain")), 20000);
        child<QPushButton>(&page, "testConnection")->click();
        auto *connection = child<QLabel>(&page, "connectionResult");
        QTRY_VERIFY_WITH_TIMEOUT(connection->text().contains(QStringLiteral("Sandbox Law LLP")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(page.targetBox()->isConnected() && !page.targetBox()->targetUsers().isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 20000);
    }

    // Maps the firm's users to the sandbox's the way the Import page does.
    void mapUsers(ProjectSession &session, const PlaceholderPage &page)
    {
        QString error;
        const QString key = page.targetChoice().key();
        QList<UserMapping> mappings = UserMappings::load(session.store()->database(), key, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        mappings = UserMappings::suggest(mappings, page.targetBox()->targetUsers());
        QVERIFY2(UserMappings::save(session.store()->database(), key, mappings, &error), qPrintable(error));
    }

    void waitForJob(PlaceholderPage &page, int timeoutMs = 40000)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), timeoutMs);
        QVERIFY2(page.messageText().isEmpty(), qPrintable(page.messageText()));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        {
            auto store = makeProject(m_dir->path());
            QVERIFY(store);
            m_project = store->filePath();
        }
        m_sandbox = std::make_unique<Sandbox>();
        QVERIFY(m_sandbox->start(path(QStringLiteral("sandbox.sqlite")), writeSandboxUsers(m_dir->path())));
    }

    void cleanupTestCase() { m_sandbox.reset(); }

    void csvPackageHasNoPlaceholder()
    {
        ProjectSession session;
        QString error;
        QVERIFY2(session.open(m_project, &error), qPrintable(error));
        PlaceholderPage page(&session);
        page.resize(1280, 800);
        page.show();
        page.initializePage();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 10000);
        auto *box = child<QGroupBox>(&page, "placeholderBox");
        auto *note = child<QLabel>(&page, "placeholderNote");
        QVERIFY(box->isVisible());
        QVERIFY(!note->isVisible());
        // The defaults, from the firm's name.
        QCOMPARE(child<QLineEdit>(&page, "placeholderClient")->text(),
                 Placeholders::defaultClientName(QStringLiteral("Able & Co")));
        QCOMPARE(child<QLineEdit>(&page, "placeholderMatter")->text(), Placeholders::defaultMatterDescription());
        QVERIFY(!child<QPushButton>(&page, "createPlaceholder")->isEnabled()); // not connected

        auto *target = child<QComboBox>(&page, "importTarget");
        target->setCurrentIndex(target->findData(QStringLiteral("csv")));
        QVERIFY(!box->isVisible());
        QVERIFY(note->isVisible());
        QVERIFY(!note->text().isEmpty());
        page.showSection(PlaceholderPage::Section::Reassign);
        QVERIFY(!child<QPushButton>(&page, "findEntries")->isEnabled());
        QVERIFY(!child<QLabel>(&page, "reassignNote")->text().isEmpty());
    }

    void theInterimPeriodAgainstTheSandbox()
    {
        ProjectSession session;
        QString error;
        QVERIFY2(session.open(m_project, &error), qPrintable(error));
        PlaceholderPage page(&session);
        page.resize(1280, 800);
        page.show();
        page.initializePage();
        connectToSandbox(page);
        if (QTest::currentTestFailed())
            return;
        const QString key = page.targetChoice().key();

        // 1. The placeholder, under a name of the firm's choosing.
        auto *client = child<QLineEdit>(&page, "placeholderClient");
        client->setText(QStringLiteral("Able & Co (transition)"));
        auto *create = child<QPushButton>(&page, "createPlaceholder");
        QVERIFY(create->isEnabled());
        create->click();
        QVERIFY(page.isRunning());
        waitForJob(page);
        QTRY_VERIFY_WITH_TIMEOUT(page.placeholder().exists(), 10000);
        QVERIFY(!create->isEnabled());
        QVERIFY(client->isReadOnly());
        const PlaceholderInfo info = page.placeholder();
        auto *state = child<QLabel>(&page, "placeholderState");
        QVERIFY2(state->text().contains(info.displayNumber), qPrintable(state->text()));
        // In the sandbox: the contact under the chosen name, the matter non-billable... and the matter's number.
        QJsonObject matter;
        for (const QJsonObject &m : m_sandbox->records(QStringLiteral("matters"))) {
            if (QString::number(m.value(QStringLiteral("id")).toInteger()) == info.matterId)
                matter = m;
        }
        QVERIFY2(!matter.isEmpty(), qPrintable(info.matterId));
        QCOMPARE(matter.value(QStringLiteral("description")).toString(), Placeholders::defaultMatterDescription());
        QCOMPARE(matter.value(QStringLiteral("display_number")).toString(), info.displayNumber);
        bool clientFound = false;
        for (const QJsonObject &c : m_sandbox->records(QStringLiteral("contacts"))) {
            if (QString::number(c.value(QStringLiteral("id")).toInteger()) == info.clientId)
                clientFound = c.value(QStringLiteral("name")).toString() == QStringLiteral("Able & Co (transition)");
        }
        QVERIFY(clientFound);

        // 2. Templates into a folder of their own.
        page.showSection(PlaceholderPage::Section::Templates);
        const QString templates = path(QStringLiteral("templates"));
        child<QLineEdit>(&page, "templateFolder")->setText(templates);
        auto *write = child<QPushButton>(&page, "writeTemplates");
        QVERIFY(write->isEnabled());
        write->click();
        auto *files = child<QListWidget>(&page, "templateFiles");
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 20000);
        QVERIFY2(files->count() >= 2, qPrintable(child<QLabel>(&page, "templatesResult")->text()));
        bool xlsx = false;
        bool csv = false;
        for (int i = 0; i < files->count(); ++i) {
            const QString file = files->item(i)->data(Qt::UserRole).toString();
            QVERIFY2(QFileInfo(file).isFile() && QFileInfo(file).size() > 0, qPrintable(file));
            xlsx = xlsx || file.endsWith(QStringLiteral(".xlsx"));
            csv = csv || file.endsWith(QStringLiteral(".csv"));
        }
        QVERIFY(xlsx && csv);
        QVERIFY(child<QPushButton>(&page, "openTemplateFolder")->isEnabled());

        // 3. A filled CSV template: two good rows on the firm's matters, one
        // with a user the firm does not have.
        TemplateLists lists = TimeTemplates::lists(session.store()->database(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto user = [&](const char *userKey) {
            for (const TemplateLists::User &u : lists.users)
                if (u.key == QLatin1String(userKey))
                    return u;
            return TemplateLists::User {};
        };
        const auto matterOf = [&](const char *matterKey) {
            for (const TemplateLists::Matter &m : lists.matters)
                if (m.key == QLatin1String(matterKey))
                    return m;
            return TemplateLists::Matter {};
        };
        const TemplateLists::Matter m1 = matterOf("M1");
        const TemplateLists::Matter m2 = matterOf("M2");
        QVERIFY(!m1.label.isEmpty() && !m2.label.isEmpty());
        const QString day = QDate::currentDate().toString(Qt::ISODate);
        QStringList lines { TimeTemplates::columns().join(QLatin1Char(',')) };
        lines << QStringList { day,
                               csvField(user("U1").name),
                               csvField(m1.clientName),
                               csvField(m1.label),
                               QStringLiteral("1.5"),
                               QStringLiteral("250.00"),
                               QStringLiteral("Lease redraft"),
                               QStringLiteral("Yes") }
                     .join(QLatin1Char(','));
        lines << QStringList { day,
                               csvField(user("U2").name),
                               csvField(m2.clientName),
                               csvField(m2.label),
                               QStringLiteral("0.5"),
                               QStringLiteral("300.00"),
                               QStringLiteral("Estate call"),
                               QStringLiteral("Yes") }
                     .join(QLatin1Char(','));
        lines << QStringList { day,
                               QStringLiteral("Zed Nobody"),
                               csvField(m1.clientName),
                               csvField(m1.label),
                               QStringLiteral("1.0"),
                               QStringLiteral("250.00"),
                               QStringLiteral("Who is Zed?"),
                               QStringLiteral("Yes") }
                     .join(QLatin1Char(','));
        const QString filled = path(QStringLiteral("filled.csv"));
        QVERIFY(writeFile(filled, lines.join(QLatin1Char('\n')).toUtf8() + '\n'));
        page.loadFiles({ filled });
        waitForJob(page);
        InterimEntryModel *entries = page.entryModel();
        QTRY_COMPARE_WITH_TIMEOUT(entries->rowCount(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page.issueModel()->rowCount(), 1, 10000);
        auto *interimTabs = child<QTabWidget>(&page, "interimTabs");
        auto *issuesView = child<QTableView>(&page, "interimIssues");
        QCOMPARE(interimTabs->currentWidget(), issuesView); // what was refused comes forward
        const QModelIndex issue = page.issueModel()->index(0, 0);
        QCOMPARE(issue.siblingAtColumn(InterimIssueModel::RowColumn).data().toString(), QStringLiteral("4"));
        QVERIFY(
            issue.siblingAtColumn(InterimIssueModel::FileColumn).data().toString().contains(QStringLiteral("filled")));
        QVERIFY(!issue.siblingAtColumn(InterimIssueModel::MessageColumn).data().toString().isEmpty());
        QVERIFY2(child<QLabel>(&page, "interimSummary")->text().contains(QStringLiteral("2 added")),
                 qPrintable(child<QLabel>(&page, "interimSummary")->text()));
        for (int row = 0; row < entries->rowCount(); ++row)
            QCOMPARE(
                entries->index(row, InterimEntryModel::StateColumn).data(InterimEntryModel::StateKeyRole).toString(),
                QString());

        // Remove one, load it again: the same row comes back once.
        auto *entriesView = child<QTableView>(&page, "interimEntries");
        entriesView->selectRow(0);
        auto *remove = child<QPushButton>(&page, "removeEntry");
        QVERIFY(remove->isEnabled());
        remove->click();
        QTRY_COMPARE_WITH_TIMEOUT(entries->rowCount(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 10000);
        page.loadFiles({ filled });
        waitForJob(page);
        QTRY_COMPARE_WITH_TIMEOUT(entries->rowCount(), 2, 10000);

        // 4. Upload: nothing is imported yet, so both go to the placeholder.
        mapUsers(session, page);
        auto *upload = child<QPushButton>(&page, "uploadEntries");
        QVERIFY(upload->isEnabled());
        upload->click();
        waitForJob(page);
        QTRY_VERIFY_WITH_TIMEOUT(
            entries->rowCount() == 2
                && entries->index(0, 0).data(InterimEntryModel::StateKeyRole).toString() == QStringLiteral("created")
                && entries->index(1, 0).data(InterimEntryModel::StateKeyRole).toString() == QStringLiteral("created"),
            10000);
        QVERIFY(entriesView->model()
                    ->index(0, InterimEntryModel::StateColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Sent")));
        QVERIFY(!upload->isEnabled()); // nothing left to send
        qint64 onPlaceholder = 0;
        for (const QJsonObject &a : m_sandbox->records(QStringLiteral("activities")))
            onPlaceholder +=
                QString::number(a.value(QStringLiteral("matter")).toObject().value(QStringLiteral("id")).toInteger())
                == info.matterId;
        QCOMPARE(onPlaceholder, 2);

        // The import brings the real matters (models, as the Import page would).
        {
            ImportRequest r;
            r.projectPath = m_project;
            r.target = page.targetChoice();
            r.target.outDir = path(QStringLiteral("worksheets"));
            r.connector = page.targetBox()->connectorFactory();
            ImportJob job(r);
            QVERIFY2(job.run() == Job::Outcome::Succeeded, qPrintable(job.errorString()));
        }

        // 5. Reassign: the two entries listed, each with its matter from the template.
        page.showSection(PlaceholderPage::Section::Reassign);
        auto *find = child<QPushButton>(&page, "findEntries");
        QTRY_VERIFY_WITH_TIMEOUT(find->isEnabled(), 10000);
        find->click();
        waitForJob(page);
        ReassignmentModel *rows = page.reassignmentModel();
        QTRY_COMPARE_WITH_TIMEOUT(rows->rowCount(), 2, 10000);
        QVERIFY(!rows->candidates().isEmpty());
        QHash<QString, QString> expected; // activity id -> target id of the matter it belongs on
        for (const Reassignment &r : rows->rows()) {
            QVERIFY2(!r.suggestion.matterId.isEmpty(), qPrintable(r.note));
            QVERIFY2(r.suggestion.confidence >= 90, qPrintable(r.suggestion.reason));
            expected.insert(r.activityId, r.suggestion.matterId);
        }
        auto *view = child<QTableView>(&page, "reassignments");
        QVERIFY(!view->model()->index(0, ReassignmentModel::SuggestedColumn).data().toString().isEmpty());
        QVERIFY(
            view->model()->index(0, ReassignmentModel::ConfidenceColumn).data().toString().endsWith(QLatin1Char('%')));

        // Accept at or above 90 %: both, nothing moved yet.
        auto *move = child<QPushButton>(&page, "moveAccepted");
        QVERIFY(!move->isEnabled());
        child<QSpinBox>(&page, "acceptThreshold")->setValue(90);
        child<QPushButton>(&page, "acceptAbove")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(rows->rowCount() == 2 && rows->rows().at(0).decision == Reassignment::Decision::Accept
                                     && rows->rows().at(1).decision == Reassignment::Decision::Accept,
                                 10000);
        QVERIFY(move->isEnabled());

        // Move: each entry on its matter in the sandbox, the rows say so.
        move->click();
        waitForJob(page);
        QTRY_VERIFY_WITH_TIMEOUT(rows->rowCount() == 2 && rows->countsByState().value(QStringLiteral("moved")) == 2,
                                 10000);
        QVERIFY2(child<QLabel>(&page, "reassignSummary")->text().contains(QStringLiteral("Moved 2")),
                 qPrintable(child<QLabel>(&page, "reassignSummary")->text()));
        QVERIFY(!page.findChild<JobProgressPanel *>(QStringLiteral("reassignProgress"))->resultText().isEmpty());
        QVERIFY(!move->isEnabled());
        for (const QJsonObject &a : m_sandbox->records(QStringLiteral("activities"))) {
            const QString id = QString::number(a.value(QStringLiteral("id")).toInteger());
            if (!expected.contains(id))
                continue;
            const QString on =
                QString::number(a.value(QStringLiteral("matter")).toObject().value(QStringLiteral("id")).toInteger());
            QCOMPARE(on, expected.value(id));
            QVERIFY(on != info.matterId);
            expected.remove(id);
        }
        QVERIFY(expected.isEmpty());
        Q_UNUSED(key);
    }
};

QTEST_MAIN(TestPlaceholderPage)
#include "TestPlaceholderPage.moc"
