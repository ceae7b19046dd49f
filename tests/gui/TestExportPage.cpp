#include "CutoverWizard.h"
#include "ExportPage.h"
#include "JobProgressPanel.h"
#include "ProjectSession.h"
#include "staging/ClientSelectionModel.h"
#include "staging/EntityCountsModel.h"
#include "staging/ExportPlanModel.h"
#include "staging/IssueListModel.h"
#include "staging/MappingModel.h"
#include "staging/PreviewModel.h"
#include "staging/StagingStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace Cutover;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(bytes);
}

// A workbook written by hand: one worksheet per sheet, cells as inline strings.
bool writeWorkbook(const QString &path, const QList<QPair<QByteArray, QList<QStringList>>> &sheets)
{
    const QByteArray ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const QByteArray rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    QByteArray types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
                       "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                       "<Default Extension=\"rels\" "
                       "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                       "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                       "<Override PartName=\"/xl/workbook.xml\" "
                       "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>";
    QByteArray workbook =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + ns + "\" xmlns:r=\"" + rel + "\"><sheets>";
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    QList<QPair<QString, QByteArray>> parts;
    for (int i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        workbook += "<sheet name=\"" + sheets.at(i).first + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n
            + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
              "Target=\"worksheets/sheet"
            + n + ".xml\"/>";
        types += "<Override PartName=\"/xl/worksheets/sheet" + n
            + ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
        QByteArray data = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + ns + "\"><sheetData>";
        const QList<QStringList> &rows = sheets.at(i).second;
        for (int r = 0; r < rows.size(); ++r) {
            data += "<row r=\"" + QByteArray::number(r + 1) + "\">";
            for (int c = 0; c < rows.at(r).size(); ++c) {
                const QByteArray ref = QByteArray(1, char('A' + c)) + QByteArray::number(r + 1);
                data += "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + rows.at(r).at(c).toHtmlEscaped().toUtf8()
                    + "</t></is></c>";
            }
            data += "</row>";
        }
        data += "</sheetData></worksheet>";
        parts.append({ QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), data });
    }
    workbook += "</sheets></workbook>";
    rels += "</Relationships>";
    types += "</Types>";
    parts.append({ QStringLiteral("[Content_Types].xml"), types });
    parts.append({ QStringLiteral("xl/workbook.xml"), workbook });
    parts.append({ QStringLiteral("xl/_rels/workbook.xml.rels"), rels });
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, data] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        file.write(data);
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

} // namespace

// The export step driven as a user would: files added with the page's entry
// point and by dropping them, placed by their headers, a column re-mapped with
// the preview following, a load run on its worker thread with its counts and
// issues shown, issues filtered and written out, and a load cancelled.
class TestExportPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addsFilesAndPlacesThemByTheirHeaders();
    void acceptsDroppedFilesAndFolders();
    void anUnplacedFileBlocksLoadingUntilItIsMapped();
    void aFileThatFitsTwoKindsSaysSo();
    void aWorkbookGivesOneRowPerSheet();
    void unreadableFilesSayWhyAndCanBeRemoved();
    void editingAColumnUpdatesThePreview();
    void loadsAndShowsCountsAndIssues();
    void filtersAndWritesOutIssues();
    void savesExportsAndImportsMaps();
    void cancellingALoadKeepsNoSnapshot();
    void everyInputHasAnAccessibleName();
    void clientsLeftOutTakeTheirMattersAndEntries();
    void aReopenedProjectShowsItsFilesAndChosenMaps();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    void writeExportSet();
    QStringList exportSet() const
    {
        return { path("export/clients.csv"), path("export/matters.csv"), path("export/time.csv") };
    }
    // Opens a new project in a wizard and goes to the export step.
    ExportPage *openExportStep();
    void waitForInspection(ExportPage *page);
    bool load(ExportPage *page, Job::Outcome expected = Job::Outcome::Succeeded);
    int row(ExportPage *page, const QString &name) const;
    static QStringList column(QAbstractItemModel *model, int column, int role = Qt::DisplayRole);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<CutoverWizard> m_wizard;
};

void TestExportPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Cutover"));
    QCoreApplication::setApplicationName(QStringLiteral("CutoverExportPageTest"));
    // Money and dates as a US user sees them, whatever the machine's locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestExportPage::init()
{
    QTest::failOnWarning(QRegularExpression("^(?!QStandardPaths: XDG_RUNTIME_DIR)"));
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    writeExportSet();
}

void TestExportPage::cleanup()
{
    m_wizard.reset();
    m_session.reset();
    m_dir.reset();
}

void TestExportPage::writeExportSet()
{
    writeFile(path("export/users.csv"),
              "User ID,Name,Email,Role,Hourly Rate\n"
              "U1,Ann Able,ann@firm.test,Partner,350\nU2,Bob Baker,bob@firm.test,Associate,250\n");
    writeFile(path("export/clients.csv"),
              "Client Number,Client Name,Email,Phone\n"
              "C001,Harbor & Pine LLP,office@harbor.test,(555) 010-2000\n"
              "C002,Jane Doe,jane@doe.test,555 010 3000\n");
    writeFile(path("export/matters.csv"),
              "Matter Number,Client Number,Description\n"
              "M-1,C001,Lease dispute\n"
              "M-2,C002,Estate plan\n");
    // Row 4 (the header is row 1) has a date that is not one: it is rejected.
    writeFile(path("export/time.csv"),
              "Entry ID,Matter Number,User,Date,Hours,Rate,Description\n"
              "T1,M-1,U1,2026-03-02,1.5,250.00,\"Call, with client\"\n"
              "T2,M-2,U2,2026-03-03,0.25,\"1,200.50\",Draft will\n"
              "T3,M-1,U1,2026-13-45,2,300,Hearing\n"
              "T4,M-1,U2,2026-03-04,3,300,Trial prep\n");
}

ExportPage *TestExportPage::openExportStep()
{
    ProjectSettings settings = ProjectSettings::defaultsForThisMachine();
    settings.firmName = QStringLiteral("Harbor & Pine LLP");
    settings.timeZone = QStringLiteral("America/New_York");
    const QString file = path("harbor.cutover");
    m_session = std::make_unique<ProjectSession>();
    QString error;
    if (!m_session->create(file, settings, &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    m_wizard = std::make_unique<CutoverWizard>(m_session.get());
    m_wizard->resize(1100, 760);
    m_wizard->show();
    if (!QTest::qWaitForWindowExposed(m_wizard.get()))
        return nullptr;
    m_wizard->goToStep(WizardStep::Export);
    return qobject_cast<ExportPage *>(m_wizard->currentPage());
}

void TestExportPage::waitForInspection(ExportPage *page)
{
    QTRY_VERIFY_WITH_TIMEOUT(!page->planModel()->isInspecting(), 10000);
}

bool TestExportPage::load(ExportPage *page, Job::Outcome expected)
{
    QSignalSpy finished(page, &ExportPage::loadFinished);
    QSignalSpy refreshed(page, &ExportPage::overviewRefreshed);
    auto *button = page->findChild<QPushButton *>(QStringLiteral("loadButton"));
    if (!button || !button->isEnabled()) {
        qWarning("Load is disabled: %s", qPrintable(page->loadBlockedReason()));
        return false;
    }
    QTest::mouseClick(button, Qt::LeftButton);
    if (!page->isLoading() && finished.isEmpty())
        return false;
    if (!finished.wait(30000))
        return false;
    const auto outcome = finished.first().first().value<Job::Outcome>();
    if (outcome != expected) {
        qWarning("load: %s", qPrintable(page->progressPanel()->resultText()));
        return false;
    }
    if (outcome == Job::Outcome::Succeeded && !refreshed.wait(10000))
        return false;
    return true;
}

int TestExportPage::row(ExportPage *page, const QString &name) const
{
    return page->planModel()->findRow(path(name));
}

QStringList TestExportPage::column(QAbstractItemModel *model, int column, int role)
{
    QStringList values;
    for (int r = 0; r < model->rowCount(); ++r)
        values << model->index(r, column).data(role).toString();
    return values;
}

void TestExportPage::addsFilesAndPlacesThemByTheirHeaders()
{
    ExportPage *page = openExportStep();
    QVERIFY(page);
    ExportPlanModel *plan = page->planModel();
    auto *loadButton = page->findChild<QPushButton *>(QStringLiteral("loadButton"));
    auto *reason = page->findChild<QLabel *>(QStringLiteral("loadBlockedReason"));
    QVERIFY(loadButton && reason);
    QVERIFY(!loadButton->isEnabled());
    QVERIFY(reason->isVisible());
    QVERIFY(!reason->text().isEmpty());

    QSignalSpy inspecting(plan, &ExportPlanModel::inspectingChanged);
    page->addPaths(exportSet());
    // Rows appear at once, read in the background.
    QCOMPARE(plan->rowCount(), 3);
    QVERIFY(!loadButton->isEnabled());
    waitForInspection(page);
    QCOMPARE(inspecting.first().first().toBool(), true);
    QCOMPARE(inspecting.last().first().toBool(), false);

    QCOMPARE(plan->rowCount(), 3);
    const struct
    {
        const char *file;
        Entity entity;
    } expected[] = { { "export/clients.csv", Entity::Client },
                     { "export/matters.csv", Entity::Matter },
                     { "export/time.csv", Entity::TimeEntry } };
    for (const auto &e : expected) {
        const int r = row(page, QString::fromLatin1(e.file));
        QVERIFY2(r >= 0, e.file);
        QVERIFY2(plan->isPlaced(r), qPrintable(plan->index(r, ExportPlanModel::StatusColumn).data().toString()));
        QCOMPARE(plan->status(r), ExportPlanModel::Status::Recognised);
        QCOMPARE(plan->entity(r), e.entity);
        QCOMPARE(plan->index(r, ExportPlanModel::EntityColumn).data().toString(), Entities::title(e.entity));
        QCOMPARE(plan->index(r, ExportPlanModel::FormatColumn).data().toString(), QStringLiteral("CSV, UTF-8, comma"));
    }
    QVERIFY2(loadButton->isEnabled(), qPrintable(page->loadBlockedReason()));
    QVERIFY(reason->isHidden());
    // The first file is selected, its columns shown.
    QCOMPARE(page->currentFile(), 0);
    QVERIFY(page->mappingModel()->hasMap());

    // Adding the same files again adds nothing.
    page->addPaths({ path("export/time.csv") });
    waitForInspection(page);
    QCOMPARE(plan->rowCount(), 3);

    // The request carries each file with its map.
    const StagingRequest request = plan->request(QStringLiteral("p.cutover"), SnapshotKind::Trial);
    QCOMPARE(request.sources.size(), 3);
    for (const StagingSource &s : request.sources)
        QVERIFY(s.map.has_value());
    // Leaving the step stays possible.
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
}

void TestExportPage::acceptsDroppedFilesAndFolders()
{
    ExportPage *page = openExportStep();
    QVERIFY(page);
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(path("export/users.csv")) });
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page, &drop);
    QVERIFY(drop.isAccepted());
    waitForInspection(page);
    QCOMPARE(page->planModel()->rowCount(), 1);
    QCOMPARE(page->planModel()->entity(0), Entity::User);

    // Something that is not a file is refused.
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QDragEnterEvent refuse(QPoint(20, 20), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page, &refuse);
    QVERIFY(!refuse.isAccepted());

    // A folder brings every export file in it; the one already there once.
    QMimeData folder;
    folder.setUrls({ QUrl::fromLocalFile(path("export")) });
    QDragEnterEvent enterFolder(QPoint(20, 20), Qt::CopyAction, &folder, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page, &enterFolder);
    QVERIFY(enterFolder.isAccepted());
    QDropEvent dropFolder(QPointF(20, 20), Qt::CopyAction, &folder, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page, &dropFolder);
    QVERIFY(dropFolder.isAccepted());
    waitForInspection(page);
    QCOMPARE(page->planModel()->rowCount(), 4);
    QVERIFY2(page->loadBlockedReason().isEmpty(), qPrintable(page->loadBlockedReason()));
}

void TestExportPage::anUnplacedFileBlocksLoadingUntilItIsMapped()
{
    ExportPage *page = openExportStep();
    QVERIFY(page);
    writeFile(path("export/mystery.csv"), "Foo,Bar\nx1,Alpha\nx2,Beta\n");
    page->addPaths({ path("export/users.csv"), path("export/mystery.csv") });
    waitForInspection(page);
    ExportPlanModel *plan = page->planModel();
    const int r = row(page, "export/mystery.csv");
    QVERIFY(r >= 0);
    QVERIFY(!plan->isPlaced(r));
    QCOMPARE(plan->status(r), ExportPlanModel::Status::NeedsMap);
    QCOMPARE(plan->index(r, ExportPlanModel::StatusColumn).data().toString(), QStringLiteral("Needs a map"));
    auto *loadButton = page->findChild<QPushButton *>(QStringLiteral("loadButton"));
    auto *reason = page->findChild<QLabel *>(QStringLiteral("loadBlockedReason"));
    QVERIFY(!loadButton->isEnabled());
    QVERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains(QLatin1String("need a map")), qPrintable(reason->text()));
    // Clicking Load anyway (by keyboard, say) explains instead of loading.
    QVERIFY(!page->startLoad());
    QVERIFY(!page->messageText().isEmpty());

    // The user says it holds matters; the map then lacks the client and description.
    QVERIFY(plan->setData(plan->index(r, ExportPlanModel::EntityColumn), Entities::key(Entity::Matter)));
    QCOMPARE(plan->entity(r), Entity::Matter);
    QCOMPARE(plan->status(r), ExportPlanModel::Status::Incomplete);
    QVERIFY(!loadButton->isEnabled());
    QVERIFY2(reason->text().contains(QLatin1String("required")), qPrintable(reason->text()));

    // Mapping the two columns in the editor completes it.
    page->selectFile(r);
    MappingModel *mapping = page->mappingModel();
    const int clientRow = mapping->rowOfField(QStringLiteral("client_key"));
    const int descriptionRow = mapping->rowOfField(QStringLiteral("description"));
    QVERIFY(clientRow >= 0 && descriptionRow >= 0);
    QVERIFY(mapping->index(clientRow, 0).data(MappingModel::MissingRole).toBool());
    // The matter's own number may come from no column: it is derived, not missing.
    QVERIFY(
        !mapping->index(mapping->rowOfField(QStringLiteral("source_key")), 0).data(MappingModel::MissingRole).toBool());
    QVERIFY(mapping->index(clientRow, MappingModel::SourceColumn)
                .data(MappingModel::ChoicesRole)
                .toStringList()
                .contains(QStringLiteral("Foo")));
    QVERIFY(mapping->setData(mapping->index(clientRow, MappingModel::SourceColumn), QStringLiteral("Foo")));
    QVERIFY(!mapping->index(clientRow, 0).data(MappingModel::MissingRole).toBool());
    QCOMPARE(plan->status(r), ExportPlanModel::Status::Incomplete);
    QVERIFY(mapping->setData(mapping->index(descriptionRow, MappingModel::SourceColumn), QStringLiteral("Bar")));
    QCOMPARE(plan->status(r), ExportPlanModel::Status::Chosen);
    QCOMPARE(plan->mapChoice(r), QStringLiteral("custom"));
    QVERIFY2(loadButton->isEnabled(), qPrintable(page->loadBlockedReason()));
    // The preview shows the file's values under the fields.
    const int clientColumn = page->previewModel()->columnOfField(QStringLiteral("client_key"));
    QVERIFY(clientColumn >= 0);
    QCOMPARE(page->previewModel()->index(1, clientColumn).data().toString(), QStringLiteral("x2"));
    QCOMPARE(page->previewModel()
                 ->index(1, page->previewModel()->columnOfField(QStringLiteral("description")))
                 .data()
                 .toString(),
             QStringLiteral("Beta"));
}

void TestExportPage::aFileThatFitsTwoKindsSaysSo()
{
    ExportPage *page = openExportStep();
    QVERIFY(page);
    // Ids, names and e-mails: users or contacts?
    writeFile(path("export/people.csv"), "ID,Name,Email\nP1,Ann Able,ann@firm.test\n");
    page->addPaths({ path("export/people.csv") });
    waitForInspection(page);
    ExportPlanModel *plan = page->planModel();
    QCOMPARE(plan->status(0), ExportPlanModel::Status::Ambiguous);
    const QString status = plan->index(0, ExportPlanModel::StatusColumn).data().toString();
    QVERIFY2(status.startsWith(QLatin1String("Could be ")) && status.contains(Entities::title(Entity::User))
                 && status.contains(Entities::title(Entity::Client)),
             qPrintable(status));
    QVERIFY(!plan->index(0, ExportPlanModel::StatusColumn).data(Qt::ToolTipRole).toString().isEmpty());
    // The entity editor starts on the best candidate.
    const QString best = plan->index(0, ExportPlanModel::EntityColumn).data(Qt::EditRole).toString();
    QVERIFY(best == Entities::key(Entity::User) || best == Entities::key(Entity::Client));
    QVERIFY(!page->loadBlockedReason().isEmpty());
    // Choosing the map "suggested from headers" settles it on the best candidate.
    QVERIFY(plan->setData(plan->index(0, ExportPlanModel::MapColumn), QStringLiteral("suggested")));
    QCOMPARE(Entities::key(*plan->entity(0)), best);
    // Users it is.
    QVERIFY(plan->setEntity(0, Entity::User));
    QCOMPARE(plan->entity(0), Entity::User);
    QVERIFY2(page->loadBlockedReason().isEmpty(), qPrintable(page->loadBlockedReason()));

    // By keyboard: F2 on "Holds" opens the choice, an arrow key takes the next one.
    auto *view = page->findChild<QTableView *>(QStringLiteral("exportFiles"));
    QVERIFY(view);
    view->setFocus();
    view->setCurrentIndex(plan->index(0, ExportPlanModel::EntityColumn));
    QTest::keyClick(view, Qt::Key_F2);
    auto *combo = view->findChild<QComboBox *>(QStringLiteral("cellChoice"));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), Entities::key(Entity::User));
    QVERIFY(!combo->accessibleName().isEmpty());
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(plan->entity(0), Entity::Client);
    QCOMPARE(plan->status(0), ExportPlanModel::Status::Chosen);
    QTRY_VERIFY(!view->findChild<QComboBox *>(QStringLiteral("cellChoice")));
}

void TestExportPage::aWorkbookGivesOneRowPerSheet()
{
    ExportPage *page = openExportStep();
    QVERIFY(page);
    const QString book = path("export/book.xlsx");
    QVERIFY(writeWorkbook(book,
                          { { "Clients",
                              { { "Client Number", "Client Name", "Email", "Phone" },
                                { "C001", "Harbor & Pine LLP", "office@harbor.test", "555 010 2000" },
                                { "C002", "Jane Doe", "jane@doe.test", "555 010 3000" } } },
                            { "Empty", {} },
                            { "Matters",
                              { { "Matter Number", "Client Number", "Description" },
                                { "M-1", "C001", "Lease dispute" },
                                { "M-2", "C002", "Estate plan" } } } }));
    page->addPaths({ book });
    waitForInspection(page);
    ExportPlanModel *plan = page->planModel();
    QCOMPARE(plan->rowCount(), 2); // the empty sheet is left out
    const int clients = plan->findRow(book, QStringLiteral("Clients"));
    const int matters = plan->findRow(book, QStringLiteral("Matters"));
    QVERIFY(clients >= 0 && matters >= 0);
    QCOMPARE(plan->entity(clients), Entity::Client);
    QCOMPARE(plan->entity(matters), Entity::Matter);
    QCOMPARE(plan->index(matters, ExportPlanModel::FileColumn).data().toString(),
             QStringLiteral("book.xlsx › Matters"));
    QCOMPARE(plan->index(matters, ExportPlanModel::FormatColumn).data().toString(), QStringLiteral("Excel workbook"));
    QVERIFY(load(page));
    QCOMPARE(page->countsModel()->count(Entity::Client), 2);
    QCOMPARE(page->countsModel()->count(Entity::Matter), 2);
    const auto files = StagingStore::files(m_session->store()->database(), page->shownSnapshot());
    QCOMPARE(files.size(), 2);
    QStringList sheets;
    for (const SourceFileInfo &f : files)
        sheets << f.sheet;
    sheets.sort();
    QCOMPARE(sheets, QStringList({ QStringLiteral("Clients"), QStringLiteral("Matters") }));
}

void TestExportPage::unreadableFilesSayWhyAndCanBeRemoved()
{
    ExportPage *page = openExportStep();
    QVERIFY(page);
    writeFile(path("old.xls"), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(100, '\0'));
    page->addPaths({ path("old.xls"), path("missing.csv") });
    waitForInspection(page);
    ExportPlanModel *plan = page->planModel();
    QCOMPARE(plan->rowCount(), 2);
    for (int r = 0; r < 2; ++r) {
        QCOMPARE(plan->status(r), ExportPlanModel::Status::Unreadable);
        QVERIFY(plan->index(r, ExportPlanModel::StatusColumn).data().toString().startsWith(QLatin1String("Cannot")));
        QVERIFY(!plan->source(r).error.isEmpty());
    }
    QVERIFY(plan->index(0, ExportPlanModel::StatusColumn).data().toString().contains(QLatin1String(".xls")));
    // The row names the file; its message does not repeat the whole path.
    const QString missing = plan->index(1, ExportPlanModel::StatusColumn).data().toString();
    QVERIFY2(missing.contains(QLatin1String("missing.csv")) && !missing.contains(m_dir->path()), qPrintable(missing));
    QVERIFY(page->loadBlockedReason().contains(QLatin1String("cannot be read")));

    // Delete on the table removes the selected file.
    auto *view = page->findChild<QTableView *>(QStringLiteral("exportFiles"));
    QVERIFY(view);
    page->selectFile(0);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(plan->rowCount(), 1);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("removeFiles")), Qt::LeftButton);
    QCOMPARE(plan->rowCount(), 0);
    QVERIFY(page->loadBlockedReason().contains(QLatin1String("Add the export files")));
}

void TestExportPage::editingAColumnUpdatesThePreview()
{
    ExportPage *page = openExportStep();
    QVERIFY(page);
    page->addPaths({ path("export/time.csv") });
    waitForInspection(page);
    page->selectFile(0);
    PreviewModel *preview = page->previewModel();
    MappingModel *mapping = page->mappingModel();
    QCOMPARE(preview->rowCount(), 4);
    // Row numbers as in the file (the header is row 1).
    QCOMPARE(preview->headerData(0, Qt::Vertical).toString(), QStringLiteral("2"));

    const int description = preview->columnOfField(QStringLiteral("description"));
    const int rate = preview->columnOfField(QStringLiteral("rate"));
    const int duration = preview->columnOfField(QStringLiteral("duration"));
    const int date = preview->columnOfField(QStringLiteral("date"));
    QVERIFY(description >= 0 && rate >= 0 && duration >= 0 && date >= 0);
    QCOMPARE(preview->index(0, description).data().toString(), QStringLiteral("Call, with client"));
    // Typed values, formatted for reading.
    QCOMPARE(preview->index(1, rate).data().toString(), QStringLiteral("1,200.50"));
    QCOMPARE(preview->index(1, rate).data(PreviewModel::ValueRole).toLongLong(), 120050);
    QCOMPARE(preview->index(0, duration).data().toString(), QStringLiteral("1:30"));
    // en_US's short date, with the year in full (LocaleFormat::date).
    QCOMPARE(preview->index(0, date).data().toString(), QStringLiteral("3/2/2026"));
    // The planted bad date is marked, with the reason as its tooltip.
    QVERIFY(preview->index(2, date).data(PreviewModel::HasProblemRole).toBool());
    QVERIFY(!preview->index(2, date).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(preview->index(2, date).data().toString(), QStringLiteral("2026-13-45")); // as the file has it
    QVERIFY(!preview->index(0, date).data(PreviewModel::HasProblemRole).toBool());
    QCOMPARE(preview->rejectedRowCount(), 1);
    auto *note = page->findChild<QLabel *>(QStringLiteral("previewNote"));
    QVERIFY(note && note->text().contains(QLatin1String("rejected")));
    QVERIFY(note->isVisible());

    // Feed the description from another column: the preview follows.
    const int field = mapping->rowOfField(QStringLiteral("description"));
    QCOMPARE(mapping->index(field, MappingModel::SourceColumn).data().toString(), QStringLiteral("Description"));
    QVERIFY(!mapping->index(field, MappingModel::ConfidenceColumn).data().toString().isEmpty());
    QVERIFY(mapping->setData(mapping->index(field, MappingModel::SourceColumn), QStringLiteral("Matter Number")));
    QCOMPARE(preview->index(0, preview->columnOfField(QStringLiteral("description"))).data().toString(),
             QStringLiteral("M-1"));
    QCOMPARE(mapping->index(field, MappingModel::ConfidenceColumn).data().toString(), QStringLiteral("chosen"));
    QCOMPARE(page->planModel()->mapChoice(0), QStringLiteral("custom"));
    QCOMPARE(page->planModel()->map(0)->fields.value(QStringLiteral("description")).columns,
             QStringList { QStringLiteral("Matter Number") });
    // A header that is not in the file is refused.
    QVERIFY(!mapping->setData(mapping->index(field, MappingModel::SourceColumn), QStringLiteral("Nope")));

    // Hours read as minutes: 1.5 minutes.
    const int durationField = mapping->rowOfField(QStringLiteral("duration"));
    QVERIFY(mapping->setData(mapping->index(durationField, MappingModel::FormatColumn), QStringLiteral("minutes")));
    QVERIFY(!mapping->setData(mapping->index(durationField, MappingModel::FormatColumn), QStringLiteral("fortnights")));
    QCOMPARE(page->planModel()->map(0)->fields.value(QStringLiteral("duration")).unit, QStringLiteral("minutes"));
    QCOMPARE(preview->index(3, preview->columnOfField(QStringLiteral("duration"))).data().toString(),
             QStringLiteral("0:03"));

    // No column for the description: it leaves the preview.
    QVERIFY(mapping->setData(mapping->index(field, MappingModel::SourceColumn), MappingModel::noneText()));
    QCOMPARE(preview->columnOfField(QStringLiteral("description")), -1);
}

void TestExportPage::loadsAndShowsCountsAndIssues()
{
    ExportPage *page = openExportStep();
    QVERIFY(page);
    page->addPaths(exportSet() << path("export/users.csv"));
    waitForInspection(page);
    QVERIFY(load(page));

    // The panel says what was done.
    JobProgressPanel *panel = page->progressPanel();
    QVERIFY(panel->isVisible());
    QVERIFY(!panel->isRunning());
    QVERIFY2(panel->resultText().contains(QLatin1String("Snapshot 1")), qPrintable(panel->resultText()));
    QVERIFY(!page->findChild<QLabel *>(QStringLiteral("jobRows"))->text().isEmpty());

    // Counts per entity, from the project file.
    EntityCountsModel *counts = page->countsModel();
    QCOMPARE(counts->count(Entity::User), 2);
    QCOMPARE(counts->count(Entity::Client), 2);
    QCOMPARE(counts->count(Entity::Matter), 2);
    QCOMPARE(counts->count(Entity::TimeEntry), 3); // the bad row is rejected
    QVERIFY(column(counts, EntityCountsModel::EntityColumn).contains(Entities::title(Entity::TimeEntry)));
    auto *summary = page->findChild<QLabel *>(QStringLiteral("loadedSummary"));
    QVERIFY2(summary->text().contains(QLatin1String("Snapshot 1")), qPrintable(summary->text()));
    QCOMPARE(page->snapshotModel()->rowCount(), 1);
    QCOMPARE(page->snapshotModel()->index(0, SnapshotListModel::KindColumn).data().toString(),
             SnapshotKinds::title(SnapshotKind::Trial));
    const auto stored = StagingStore::latestSnapshot(m_session->store()->database());
    QVERIFY(stored && stored->complete && stored->kind == SnapshotKind::Trial);
    QCOMPARE(page->shownSnapshot(), stored->id);

    // The planted bad row is listed with its file and row.
    IssueListModel *issues = page->issueModel();
    QTRY_VERIFY(issues->rowCount() > 0);
    bool found = false;
    for (int r = 0; r < issues->rowCount(); ++r) {
        const StagingIssue &i = issues->issue(r);
        if (i.code == QLatin1String("bad_date")) {
            found = true;
            QCOMPARE(issues->index(r, IssueListModel::FileColumn).data().toString(), QStringLiteral("time.csv"));
            QCOMPARE(i.row, 4);
            QCOMPARE(i.severity, IssueSeverity::Error);
            QCOMPARE(issues->index(r, IssueListModel::RawValueColumn).data().toString(), QStringLiteral("2026-13-45"));
        }
    }
    QVERIFY(found);
    auto *count = page->findChild<QLabel *>(QStringLiteral("issueCount"));
    QTRY_VERIFY(!count->text().isEmpty());
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("exportTabs"));
    QVERIFY(tabs->tabText(1).contains(QLatin1Char('(')));

    // After the load a final is still possible; with a final, delta is offered.
    auto *kind = page->findChild<QComboBox *>(QStringLiteral("snapshotKind"));
    QCOMPARE(kind->currentData().toString(), QStringLiteral("trial"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("final")));
    QVERIFY(load(page));
    QCOMPARE(StagingStore::latestSnapshot(m_session->store()->database())->kind, SnapshotKind::Final);
    QCOMPARE(page->snapshotModel()->rowCount(), 2);
    QCOMPARE(kind->currentData().toString(), QStringLiteral("delta"));
}

void TestExportPage::filtersAndWritesOutIssues()
{
    ExportPage *page = openExportStep();
    QVERIFY(page);
    // Time entries whose matters and users are not loaded: warnings beside the error.
    page->addPaths({ path("export/time.csv") });
    waitForInspection(page);
    QVERIFY(load(page));
    IssueListModel *issues = page->issueModel();
    QTRY_VERIFY(issues->rowCount() > 0);
    QSet<int> severities;
    for (int r = 0; r < issues->rowCount(); ++r)
        severities.insert(issues->index(r, 0).data(IssueListModel::SeverityRole).toInt());

    auto *severity = page->findChild<QComboBox *>(QStringLiteral("issueSeverity"));
    QVERIFY(severity);
    severity->setCurrentIndex(severity->findData(QStringLiteral("error")));
    QVERIFY(issues->rowCount() > 0);
    for (int r = 0; r < issues->rowCount(); ++r)
        QCOMPARE(issues->index(r, 0).data(IssueListModel::SeverityRole).toInt(), int(IssueSeverity::Error));
    QVERIFY(column(issues, IssueListModel::CodeColumn).contains(QStringLiteral("bad_date")));
    auto *count = page->findChild<QLabel *>(QStringLiteral("issueCount"));
    QTRY_COMPARE(count->text(), QStringLiteral("%1 issue(s)").arg(issues->rowCount()));

    severity->setCurrentIndex(severity->findData(QStringLiteral("warning")));
    QVERIFY(!column(issues, IssueListModel::CodeColumn).contains(QStringLiteral("bad_date")));
    for (int r = 0; r < issues->rowCount(); ++r)
        QCOMPARE(issues->index(r, 0).data(IssueListModel::SeverityRole).toInt(), int(IssueSeverity::Warning));

    // Text filter, typed: matched after a short pause, or at once on Enter.
    severity->setCurrentIndex(0);
    auto *filter = page->findChild<QLineEdit *>(QStringLiteral("issueFilter"));
    QTest::keyClicks(filter, QStringLiteral("2026-13-45"));
    QTRY_COMPARE(issues->rowCount(), 1);
    QCOMPARE(issues->issue(0).code, QStringLiteral("bad_date"));
    filter->clear();
    QTest::keyClick(filter, Qt::Key_Return);
    QVERIFY(issues->rowCount() > 1);

    // Written out off the GUI thread.
    QSignalSpy done(page, &ExportPage::taskFinished);
    const QString csv = path("out/issues.csv");
    QDir().mkpath(path("out"));
    page->exportIssuesTo(csv);
    QVERIFY(done.wait(10000));
    QVERIFY2(done.last().first().toBool(), qPrintable(done.last().at(1).toString()));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.startsWith("\xEF\xBB\xBF"
                            "file,sheet,row")); // with a BOM, for Excel
    QVERIFY(text.contains("bad_date"));
    QVERIFY(page->messageText().contains(QLatin1String("issues.csv")));

    page->writeFixListsTo(path("out/fix"));
    QVERIFY(done.wait(10000));
    QVERIFY2(done.last().first().toBool(), qPrintable(done.last().at(1).toString()));
    const QStringList lists = QDir(path("out/fix")).entryList(QDir::Files);
    QCOMPARE(lists.size(), 1);
    QFile fix(QDir(path("out/fix")).filePath(lists.first()));
    QVERIFY(fix.open(QIODevice::ReadOnly));
    QVERIFY(fix.readAll().contains("2026-13-45"));
}

void TestExportPage::savesExportsAndImportsMaps()
{
    ExportPage *page = openExportStep();
    QVERIFY(page);
    page->addPaths({ path("export/time.csv"), path("export/matters.csv") });
    waitForInspection(page);
    const int time = row(page, "export/time.csv");
    page->selectFile(time);
    MappingModel *mapping = page->mappingModel();
    const int field = mapping->rowOfField(QStringLiteral("description"));
    QVERIFY(mapping->setData(mapping->index(field, MappingModel::DefaultColumn), QStringLiteral("(no text)")));

    // Saved in the project, and offered as a choice from then on.
    QVERIFY(page->saveMapToProject(QStringLiteral("Our time sheet")));
    const QList<ImportMap> saved = StagingStore::savedMaps(m_session->store()->database());
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().name, QStringLiteral("Our time sheet"));
    QCOMPARE(saved.first().entity, Entity::TimeEntry);
    QCOMPARE(saved.first().fields.value(QStringLiteral("description")).defaultValue, QStringLiteral("(no text)"));
    ExportPlanModel *plan = page->planModel();
    QCOMPARE(plan->mapChoice(time), QStringLiteral("saved:") + saved.first().id);
    bool offered = false;
    for (const ExportPlanModel::MapChoice &c : plan->mapChoices(time))
        offered = offered || c.id == plan->mapChoice(time);
    QVERIFY(offered);

    // Exported to a file and imported for the same file after a change.
    QSignalSpy done(page, &ExportPage::taskFinished);
    const QString json = path("time-map.json");
    page->exportMapTo(json);
    QVERIFY(done.wait(10000));
    QVERIFY2(done.last().first().toBool(), qPrintable(done.last().at(1).toString()));
    QVERIFY(QFile::exists(json));
    QVERIFY(plan->setMapChoice(time, QStringLiteral("suggested")));
    QVERIFY(plan->map(time)->fields.value(QStringLiteral("description")).defaultValue.isEmpty());
    page->importMapFrom(json);
    QVERIFY(done.wait(10000));
    QVERIFY2(done.last().first().toBool(), qPrintable(done.last().at(1).toString()));
    QCOMPARE(plan->map(time)->fields.value(QStringLiteral("description")).defaultValue, QStringLiteral("(no text)"));
    QCOMPARE(mapping->index(field, MappingModel::DefaultColumn).data().toString(), QStringLiteral("(no text)"));

    // A file that is no map is refused with the reason.
    writeFile(path("bad.json"), "{ \"format\": \"nonsense\" }");
    page->importMapFrom(path("bad.json"));
    QVERIFY(done.wait(10000));
    QVERIFY(!done.last().first().toBool());
    QVERIFY(!page->messageText().isEmpty());
}

void TestExportPage::cancellingALoadKeepsNoSnapshot()
{
    ExportPage *page = openExportStep();
    QVERIFY(page);
    // Large enough to be cancelled part-way.
    QByteArray big = "Entry ID,Matter Number,User,Date,Hours,Rate,Description\n";
    big.reserve(400000 * 48);
    for (int i = 0; i < 400000; ++i)
        big += "T" + QByteArray::number(i) + ",M-1,U1,2026-03-02,1.5,250.00,Research and drafting\n";
    writeFile(path("big/time.csv"), big);
    page->addPaths({ path("big/time.csv") });
    waitForInspection(page);
    QVERIFY2(page->loadBlockedReason().isEmpty(), qPrintable(page->loadBlockedReason()));

    QSignalSpy finished(page, &ExportPage::loadFinished);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("loadButton")), Qt::LeftButton);
    QVERIFY(page->isLoading());
    auto *cancel = page->progressPanel()->cancelButton();
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    // Rows are being read: cancel.
    auto *rows = page->findChild<QLabel *>(QStringLiteral("jobRows"));
    QTRY_VERIFY_WITH_TIMEOUT(!rows->text().isEmpty() || !finished.isEmpty(), 20000);
    QVERIFY2(finished.isEmpty(), "the load ended before it could be cancelled");
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().value<Job::Outcome>(), Job::Outcome::Cancelled);
    QVERIFY(!page->isLoading());
    QCOMPARE(page->progressPanel()->stageText(), QStringLiteral("Cancelled"));

    // Nothing of it is in the project file.
    QSqlDatabase db = m_session->store()->database();
    QVERIFY(StagingStore::snapshots(db).isEmpty());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM snapshot) + (SELECT count(*) FROM stg_time_entry)")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // And Load is possible again.
    QVERIFY(page->findChild<QPushButton *>(QStringLiteral("loadButton"))->isEnabled());
}

void TestExportPage::clientsLeftOutTakeTheirMattersAndEntries()
{
    ExportPage *page = openExportStep();
    QVERIFY(page);
    page->addPaths(QStringList { path("export/users.csv") } + exportSet());
    waitForInspection(page);
    QVERIFY(load(page));
    ClientSelectionModel *clients = page->clientsModel();
    QTRY_COMPARE(clients->rowCount(), 2);
    QCOMPARE(clients->includedCount(), 2);
    auto *summary = page->findChild<QLabel *>(QStringLiteral("clientsSummary"));
    QVERIFY(
        summary->text().startsWith(QStringLiteral("2 of 2 clients move, with 2 of 2 matters and 3 of 3 time entries")));

    // Jane Doe (C002) stays behind: her matter M-2 and its entry T2 with her.
    int jane = -1;
    for (int r = 0; r < clients->rowCount(); ++r) {
        if (clients->index(r, 0).data(ClientSelectionModel::ClientKeyRole).toString() == QLatin1String("C002"))
            jane = r;
    }
    QVERIFY(jane >= 0);
    QSignalSpy refreshed(page, &ExportPage::overviewRefreshed);
    QVERIFY(clients->setData(clients->index(jane, ClientSelectionModel::IncludedColumn), Qt::Unchecked,
                             Qt::CheckStateRole));
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(clients->includedCount(), 1);
    QVERIFY2(
        summary->text().startsWith(QStringLiteral("1 of 2 clients move, with 1 of 2 matters and 2 of 3 time entries")),
        qPrintable(summary->text()));
    QSqlDatabase db = m_session->store()->database();
    const auto snapshot = StagingStore::latestSnapshot(db);
    const auto moving = StagingStore::entityCounts(db, snapshot->id, true);
    QCOMPARE(moving.value(Entity::Matter), 1);
    QCOMPARE(moving.value(Entity::TimeEntry), 2);
    QCOMPARE(m_session->store()->auditLog(1).constFirst().action, QStringLiteral("clients.excluded"));

    // "Migrate the clients shown" with a filter brings back only those shown.
    auto *filter = page->findChild<QLineEdit *>(QStringLiteral("clientsFilter"));
    QTest::keyClicks(filter, QStringLiteral("Harbor"));
    page->findChild<QPushButton *>(QStringLiteral("excludeShownClients"))->click();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(clients->includedCount(), 0);
    filter->clear();
    page->findChild<QPushButton *>(QStringLiteral("includeShownClients"))->click();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(clients->includedCount(), 2);
}

void TestExportPage::aReopenedProjectShowsItsFilesAndChosenMaps()
{
    ExportPage *page = openExportStep();
    QVERIFY(page);
    page->addPaths(exportSet());
    waitForInspection(page);
    ExportPlanModel *plan = page->planModel();
    const int clients = plan->findRow(path("export/clients.csv"));
    QVERIFY(clients >= 0);
    // The user picks the generic client map by hand.
    QVERIFY(plan->setMapChoice(clients, QStringLiteral("builtin:generic-client")));
    const QString chosen = plan->mapChoice(clients);

    // Closed and opened again: the same files, the user's choice kept.
    const QString file = m_session->store()->filePath();
    m_wizard.reset();
    m_session->close();
    QString error;
    QVERIFY2(m_session->open(file, &error), qPrintable(error));
    m_wizard = std::make_unique<CutoverWizard>(m_session.get());
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    page = qobject_cast<ExportPage *>(m_wizard->page(int(WizardStep::Export)));
    QVERIFY(page);
    plan = page->planModel();
    QTRY_COMPARE(plan->rowCount(), 3);
    QTRY_VERIFY(!plan->isInspecting());
    const int again = plan->findRow(path("export/clients.csv"));
    QVERIFY(again >= 0);
    QTRY_COMPARE(plan->mapChoice(again), chosen);
    QVERIFY(plan->chosenByUser(again));
    QVERIFY(plan->findRow(path("export/time.csv")) >= 0);
}

void TestExportPage::everyInputHasAnAccessibleName()
{
    ExportPage *page = openExportStep();
    QVERIFY(page);
    const auto widgets = page->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!qobject_cast<QAbstractItemView *>(w) && !qobject_cast<QComboBox *>(w) && !qobject_cast<QLineEdit *>(w))
            continue;
        if (w->objectName().startsWith(QLatin1String("qt_")) || !w->objectName().size())
            continue; // Qt's own parts (a combo's popup, a spin box's editor)
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    for (QPushButton *b : page->findChildren<QPushButton *>())
        QVERIFY2(!b->text().isEmpty() || !b->accessibleName().isEmpty(), qPrintable(b->objectName()));
    // Add files is reachable by its mnemonic.
    QVERIFY(page->findChild<QPushButton *>(QStringLiteral("addFiles"))->text().contains(QLatin1Char('&')));
}

QTEST_MAIN(TestExportPage)
#include "TestExportPage.moc"
