#include "CutoverWizard.h"
#include "ProjectPage.h"
#include "ProjectSession.h"
#include "StepListModel.h"
#include "StepPage.h"
#include "StepSidePanel.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Cutover;

class TestCutoverWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createsAProjectFromTheProjectPage();
    void nextWalksTheSixStepsInOrder();
    void resumesWhereTheUserLeft();
    void sidePanelJumpsToAStepAndBackStillWorks();
    void markingAStepDoneShowsInThePanel();
    void openingABadFileShowsWhyAndKeepsTheProject();
    void recentProjectsCanBeReopened();
    void showsFrenchWhenAskedTo();

private:
    QString createProject(const QString &firm);
    static void click(QWizard &wizard, QWizard::WizardButton which);
    static QString pageTitle(QWizard &wizard) { return wizard.currentPage()->title(); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCutoverWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Cutover"));
    QCoreApplication::setApplicationName(QStringLiteral("CutoverGuiTest"));
}

void TestCutoverWizard::init()
{
    // Any Qt warning (a connection left in use, a missing plugin, a bad signal) fails
    // the test; only the notice about an unset XDG_RUNTIME_DIR is the environment's.
    QTest::failOnWarning(QRegularExpression("^(?!QStandardPaths: XDG_RUNTIME_DIR)"));
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCutoverWizard::cleanup()
{
    m_dir.reset();
}

void TestCutoverWizard::click(QWizard &wizard, QWizard::WizardButton which)
{
    QAbstractButton *b = wizard.button(which);
    QVERIFY(b->isVisible());
    QVERIFY(b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton);
}

QString TestCutoverWizard::createProject(const QString &firm)
{
    const QString path = m_dir->filePath(firm + QLatin1String(".cutover"));
    ProjectSettings s = ProjectSettings::defaultsForThisMachine();
    s.firmName = firm;
    QString error;
    auto store = ProjectStore::create(path, s, &error);
    if (!store)
        qWarning("%s", qPrintable(error));
    return path;
}

void TestCutoverWizard::createsAProjectFromTheProjectPage()
{
    ProjectSession session;
    CutoverWizard wizard(&session);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentStep(), WizardStep::Project);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    auto *firm = wizard.findChild<QLineEdit *>(QStringLiteral("firmName"));
    auto *path = wizard.findChild<QLineEdit *>(QStringLiteral("projectPath"));
    auto *create = wizard.findChild<QPushButton *>(QStringLiteral("createProject"));
    auto *zone = wizard.findChild<QComboBox *>(QStringLiteral("timeZone"));
    auto *region = wizard.findChild<QComboBox *>(QStringLiteral("holidayRegion"));
    QVERIFY(firm && path && create && zone && region);
    QVERIFY(!create->isEnabled());

    QTest::keyClicks(firm, QStringLiteral("Harbor & Pine LLP"));
    QVERIFY(create->isEnabled());
    // The file name follows the firm name until the user picks a location.
    QVERIFY2(path->text().endsWith(QLatin1String("Harbor & Pine LLP.cutover")), qPrintable(path->text()));
    const QString file = m_dir->filePath(QStringLiteral("harbor.cutover"));
    path->clear();
    QTest::keyClicks(path, file);
    zone->setCurrentText(QStringLiteral("America/New_York"));
    region->setCurrentIndex(region->findData(QStringLiteral("CA-ON")));
    QTest::mouseClick(create, Qt::LeftButton);

    QVERIFY2(session.isOpen(), qPrintable(wizard.projectPage()->errorText()));
    QVERIFY(QFile::exists(file));
    QCOMPARE(session.store()->settings().firmName, QStringLiteral("Harbor & Pine LLP"));
    QCOMPARE(session.store()->settings().timeZone, QStringLiteral("America/New_York"));
    QCOMPARE(session.store()->settings().holidayRegion, QStringLiteral("CA-ON"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(wizard.windowTitle().contains(QLatin1String("Harbor & Pine LLP")));
    auto *summary = wizard.findChild<QWidget *>(QStringLiteral("projectSummary"));
    QVERIFY(summary && summary->isVisible());
    const QModelIndex projectRow = wizard.sidePanel()->view()->model()->index(0, 0);
    QCOMPARE(projectRow.data(StepListModel::StateRole).toInt(), int(StepState::Done));
}

void TestCutoverWizard::nextWalksTheSixStepsInOrder()
{
    ProjectSession session;
    QString error;
    QVERIFY2(session.open(createProject(QStringLiteral("Walk")), &error), qPrintable(error));
    CutoverWizard wizard(&session);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentStep(), WizardStep::Project);

    const QStringList titles = { "Close out", "Cutoff", "Export", "Placeholder", "Import", "Review" };
    QStringList seen;
    for (int i = 0; i < titles.size(); ++i) {
        click(wizard, QWizard::NextButton);
        seen << pageTitle(wizard);
        auto *page = qobject_cast<StepPage *>(wizard.currentPage());
        QVERIFY(page);
        QVERIFY(!page->subTitle().isEmpty());
        QVERIFY(page->helpText().size() > 80);
        QCOMPARE(session.store()->currentStep(), page->step());
        QCOMPARE(session.store()->stepState(page->step()), StepState::InProgress);
    }
    QCOMPARE(seen, titles);
    QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
    QVERIFY(!wizard.button(QWizard::NextButton)->isVisible());
}

void TestCutoverWizard::resumesWhereTheUserLeft()
{
    const QString file = createProject(QStringLiteral("Resume"));
    {
        ProjectSession session;
        QString error;
        QVERIFY(session.open(file, &error));
        CutoverWizard wizard(&session);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        for (int i = 0; i < 3; ++i)
            click(wizard, QWizard::NextButton);
        QCOMPARE(wizard.currentStep(), WizardStep::Export);
        wizard.close();
    }
    ProjectSession session;
    QString error;
    QVERIFY(session.open(file, &error));
    CutoverWizard wizard(&session);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentStep(), WizardStep::Export);
    QCOMPARE(wizard.sidePanel()->view()->currentIndex().row(), int(WizardStep::Export));
    // Back still leads through the earlier steps.
    click(wizard, QWizard::BackButton);
    QCOMPARE(wizard.currentStep(), WizardStep::Cutoff);
    QCOMPARE(session.store()->currentStep(), WizardStep::Cutoff);
    QCOMPARE(session.store()->stepState(WizardStep::Placeholder), StepState::NotStarted);
}

void TestCutoverWizard::sidePanelJumpsToAStepAndBackStillWorks()
{
    ProjectSession session;
    QString error;
    QVERIFY(session.open(createProject(QStringLiteral("Jump")), &error));
    CutoverWizard wizard(&session);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    QListView *view = wizard.sidePanel()->view();
    const QRect importRow = view->visualRect(view->model()->index(int(WizardStep::Import), 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, importRow.center());
    QCOMPARE(wizard.currentStep(), WizardStep::Import);
    QCOMPARE(session.store()->currentStep(), WizardStep::Import);
    // Steps passed over on the way are not started by the jump.
    QCOMPARE(session.store()->stepState(WizardStep::Cutoff), StepState::NotStarted);
    QCOMPARE(session.store()->stepState(WizardStep::Import), StepState::InProgress);

    click(wizard, QWizard::BackButton);
    QCOMPARE(wizard.currentStep(), WizardStep::Placeholder);

    // Keyboard: select Close out in the panel and press Enter.
    view->setFocus();
    view->setCurrentIndex(view->model()->index(int(WizardStep::CloseOut), 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(wizard.currentStep(), WizardStep::CloseOut);
    click(wizard, QWizard::BackButton);
    QCOMPARE(wizard.currentStep(), WizardStep::Project);
}

void TestCutoverWizard::markingAStepDoneShowsInThePanel()
{
    ProjectSession session;
    QString error;
    QVERIFY(session.open(createProject(QStringLiteral("Done")), &error));
    CutoverWizard wizard(&session);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.goToStep(WizardStep::Cutoff);
    auto *page = qobject_cast<StepPage *>(wizard.currentPage());
    QVERIFY(page);
    QCheckBox *done = page->doneCheckBox();
    QVERIFY(!done->isChecked());
    QTest::mouseClick(done, Qt::LeftButton, {}, QPoint(5, done->height() / 2));
    QVERIFY(done->isChecked());
    QCOMPARE(session.store()->stepState(WizardStep::Cutoff), StepState::Done);
    const QModelIndex row = wizard.sidePanel()->view()->model()->index(int(WizardStep::Cutoff), 0);
    QCOMPARE(row.data(StepListModel::StateRole).toInt(), int(StepState::Done));
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QLatin1String("Done")));
    QCOMPARE(session.store()->auditLog(1).first().action, QStringLiteral("step.state_changed"));
}

void TestCutoverWizard::openingABadFileShowsWhyAndKeepsTheProject()
{
    ProjectSession session;
    QString error;
    const QString good = createProject(QStringLiteral("Good"));
    QVERIFY(session.open(good, &error));
    CutoverWizard wizard(&session);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.goToStep(WizardStep::Project);

    const QString bad = m_dir->filePath(QStringLiteral("clients.csv"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Client,Matter\nAcme,001\n");
    f.close();
    QVERIFY(!wizard.projectPage()->openPath(bad));
    QVERIFY2(wizard.projectPage()->errorText().contains(QLatin1String("not a Cutover project")),
             qPrintable(wizard.projectPage()->errorText()));
    auto *errorLabel = wizard.findChild<QLabel *>(QStringLiteral("projectError"));
    QVERIFY(errorLabel && errorLabel->isVisible());
    QCOMPARE(session.store()->filePath(), QFileInfo(good).absoluteFilePath());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestCutoverWizard::recentProjectsCanBeReopened()
{
    const QString first = createProject(QStringLiteral("First Firm"));
    const QString second = createProject(QStringLiteral("Second Firm"));
    ProjectSession session;
    QString error;
    QVERIFY(session.open(first, &error));
    QVERIFY(session.open(second, &error));
    CutoverWizard wizard(&session);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.goToStep(WizardStep::Project);

    auto *recent = wizard.findChild<QListWidget *>(QStringLiteral("recentProjects"));
    QVERIFY(recent);
    QCOMPARE(recent->count(), 2);
    QCOMPARE(recent->item(0)->data(Qt::UserRole).toString(), QFileInfo(second).absoluteFilePath());
    QVERIFY(recent->item(0)->text().contains(QLatin1String("(open)")));
    recent->setCurrentRow(1);
    QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("openRecent")), Qt::LeftButton);
    QCOMPARE(session.store()->settings().firmName, QStringLiteral("First Firm"));
    QVERIFY(wizard.windowTitle().contains(QLatin1String("First Firm")));
}

void TestCutoverWizard::showsFrenchWhenAskedTo()
{
    const QLocale before;
    QVERIFY(Translations::available().contains(QLatin1String("fr")));
    QVERIFY(Translations::available().contains(QLatin1String("es")));
    QVERIFY(Translations::install(qApp, QStringLiteral("fr")));
    {
        ProjectSession session;
        QString error;
        QVERIFY(session.open(createProject(QStringLiteral("Cabinet Dupont")), &error));
        CutoverWizard wizard(&session);
        wizard.goToStep(WizardStep::CloseOut);
        QCOMPARE(pageTitle(wizard), QStringLiteral("Clôture"));
        QVERIFY(!qobject_cast<StepPage *>(wizard.currentPage())->helpText().contains(QLatin1String("Invoice")));
    }
    // Back to English for any test that runs after this one.
    for (QTranslator *t : qApp->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(t);
    QLocale::setDefault(before);
}

QTEST_MAIN(TestCutoverWizard)
#include "TestCutoverWizard.moc"
