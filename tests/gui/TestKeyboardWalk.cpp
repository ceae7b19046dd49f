// A keyboard-only walk through the wizard on the demo project: from the Project
// page to Review with Tab, Shift+Tab, Space, Return, Escape and arrows,
// asserting on each page that focus lands on its main controls in order and that
// one real thing can be done there. Next is reached by Tab and pressed with Space.
#include "CutoverWindow.h"
#include "CutoverWizard.h"
#include "DemoProject.h"
#include "ProjectSession.h"
#include "StepPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Cutover;

namespace {

QString nameOf(const QWidget *w)
{
    if (!w)
        return QStringLiteral("(nothing)");
    if (!w->objectName().isEmpty())
        return w->objectName();
    // A tab bar or a part of a composite: named after its parent.
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (!p->objectName().isEmpty())
            return QString::fromLatin1(w->metaObject()->className()) + QStringLiteral(" in ") + p->objectName();
    }
    return QString::fromLatin1(w->metaObject()->className());
}

} // namespace

class TestKeyboardWalk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void walksFromProjectToReviewWithTheKeyboardOnly();

private:
    QWidget *focused() const { return QApplication::focusWidget(); }
    // Presses Tab (or Shift+Tab) until `target` has focus; false after a full round without it.
    bool tabTo(QWidget *target, bool backwards = false);
    // Presses Tab from where focus is and checks `expected` come in this order.
    void expectTabOrder(const QList<QWidget *> &expected);
    void pressNext();
    // Once a modal dialog shows, notes its name in `opened` and presses Escape in it.
    void escapeTheNextDialog(QString *opened);
    // What the window manager does when a dialog closes (the offscreen platform does not).
    void backToTheWizard()
    {
        m_wizard->window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_wizard->window()));
    }

    CutoverWizard *m_wizard = nullptr;
    ProjectSession *m_session = nullptr;
};

void TestKeyboardWalk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Cutover"));
    QCoreApplication::setApplicationName(QStringLiteral("CutoverKeyboardTest"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QDir(QFileInfo(DemoProject::path()).absolutePath()).removeRecursively();
    m_session = new ProjectSession(this);
    QString error;
    QVERIFY2(m_session->openDemo(&error), qPrintable(error));
}

bool TestKeyboardWalk::tabTo(QWidget *target, bool backwards)
{
    for (int i = 0; i < 120 && focused() != target; ++i)
        QTest::keyClick(focused() ? focused() : m_wizard, Qt::Key_Tab, backwards ? Qt::ShiftModifier : Qt::NoModifier);
    return focused() == target;
}

void TestKeyboardWalk::expectTabOrder(const QList<QWidget *> &expected)
{
    QStringList seen;
    int next = 0;
    for (int i = 0; i < 120 && next < expected.size(); ++i) {
        QTest::keyClick(focused(), Qt::Key_Tab);
        seen << nameOf(focused());
        if (focused() == expected.at(next))
            ++next;
    }
    QVERIFY2(next == expected.size(),
             qPrintable(QStringLiteral("Tab never reached %1 after the ones before it; focus went: %2")
                            .arg(nameOf(expected.value(next)), seen.join(QStringLiteral(" → ")))));
}

void TestKeyboardWalk::pressNext()
{
    // The wizard's Next reached by Tab and pressed with Space. (Alt+N, the same
    // button's mnemonic, is not delivered as a shortcut by the offscreen platform.)
    const WizardStep before = m_wizard->currentStep();
    QAbstractButton *next = m_wizard->button(QWizard::NextButton);
    QVERIFY2(tabTo(next), qPrintable(m_wizard->currentPage()->objectName()));
    QTest::keyClick(next, Qt::Key_Space);
    QVERIFY2(m_wizard->currentStep() == WizardStep(int(before) + 1),
             qPrintable(QStringLiteral("Next left the wizard on %1").arg(m_wizard->currentPage()->objectName())));
}

void TestKeyboardWalk::escapeTheNextDialog(QString *opened)
{
    auto *poll = new QTimer(this);
    poll->setInterval(20);
    connect(poll, &QTimer::timeout, this, [poll, opened] {
        QWidget *modal = QApplication::activeModalWidget();
        // Keys go to the active window: wait until the dialog is it.
        if (!modal || !modal->isActiveWindow())
            return;
        poll->deleteLater();
        poll->stop();
        *opened = modal->objectName();
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : modal, Qt::Key_Escape);
    });
    poll->start();
}

void TestKeyboardWalk::walksFromProjectToReviewWithTheKeyboardOnly()
{
    // The wizard in the application's window, as a user has it.
    CutoverWindow window(m_session);
    CutoverWizard &wizard = *window.wizard();
    m_wizard = &wizard;
    window.resize(1200, 900);
    window.show();
    wizard.goToStep(WizardStep::Project); // where every session starts
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(wizard.currentStep(), WizardStep::Project);
    QAbstractButton *next = wizard.button(QWizard::NextButton);

    // Project: the form top to bottom, then the tab bar's arrows switch to the open tab.
    {
        QWidget *page = wizard.currentPage();
        const auto field = [page](const char *name) {
            return page->findChild<QWidget *>(QLatin1String(name));
        };
        auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("projectTabs"));
        QVERIFY(tabs);
        QVERIFY(tabTo(tabs->tabBar()));
        expectTabOrder({ field("firmName"), field("sourceSystem"), field("targetSystem"), field("timeZone"),
                         field("holidayRegion"), field("projectPath") });
        QVERIFY(tabTo(tabs->tabBar(), true)); // Shift+Tab back up
        QCOMPARE(tabs->currentIndex(), 0);
        QTest::keyClick(tabs->tabBar(), Qt::Key_Right);
        QCOMPARE(tabs->currentIndex(), 1);
        expectTabOrder({ field("recentProjects"), field("openFile") });
        // The wizard's Next, reached by Tab and pressed with Space.
        QVERIFY(tabTo(next));
        QTest::keyClick(next, Qt::Key_Space);
        QCOMPARE(wizard.currentStep(), WizardStep::CloseOut);
    }

    // Close out: the tabs, then "done" is last on the page; a dialog opens with
    // Space and closes with Escape; Space ticks "done".
    {
        auto *page = qobject_cast<StepPage *>(wizard.currentPage());
        QVERIFY(page);
        auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("closeoutTabs"));
        QVERIFY(tabs);
        QVERIFY(tabTo(tabs->tabBar()));
        // To the approvals tab with the arrows.
        const int approvals = tabs->indexOf(page->findChild<QWidget *>(QStringLiteral("addApprover"))->parentWidget());
        QVERIFY(approvals >= 0);
        while (tabs->currentIndex() < approvals)
            QTest::keyClick(tabs->tabBar(), Qt::Key_Right);
        auto *add = page->findChild<QAbstractButton *>(QStringLiteral("addApprover"));
        QVERIFY(tabTo(add));
        QString opened;
        escapeTheNextDialog(&opened);
        QTest::keyClick(add, Qt::Key_Space);
        QCOMPARE(opened, QStringLiteral("addApproverDialog"));
        QVERIFY(!QApplication::activeModalWidget());
        backToTheWizard();
        // Focus is back on the page (offscreen it lands on the tab bar, not on the button).
        QVERIFY2(page->isAncestorOf(focused()), qPrintable(nameOf(focused())));
        QVERIFY(tabTo(add));
        expectTabOrder({ page->doneCheckBox(), next });
        QVERIFY(tabTo(page->doneCheckBox(), true));
        QTest::keyClick(page->doneCheckBox(), Qt::Key_Space);
        QVERIFY(page->doneCheckBox()->isChecked());
        QCOMPARE(m_session->store()->stepState(WizardStep::CloseOut), StepState::Done);
        pressNext();
        if (QTest::currentTestFailed())
            return;
    }

    // Cutoff: date, time, zone in order; the calendar dialog opens with Return and closes with Escape.
    {
        QWidget *page = wizard.currentPage();
        const auto field = [page](const char *name) {
            return page->findChild<QWidget *>(QLatin1String(name));
        };
        QVERIFY(tabTo(field("cutoffDate")));
        expectTabOrder({ field("cutoffTime"), field("cutoffZone"), field("saveCutoff"), field("openCalendar") });
        QCOMPARE(focused(), field("openCalendar"));
        QString opened;
        escapeTheNextDialog(&opened);
        QTest::keyClick(field("openCalendar"), Qt::Key_Return);
        QCOMPARE(opened, QStringLiteral("calendarDialog"));
        QVERIFY(!QApplication::activeModalWidget());
        backToTheWizard();
        QVERIFY2(page->isAncestorOf(focused()), qPrintable(nameOf(focused())));
        pressNext();
        if (QTest::currentTestFailed())
            return;
    }

    // Export: a table (the first with rows: the loaded snapshot's) takes arrows; Tab leaves it.
    {
        QWidget *page = wizard.currentPage();
        QTableView *files = nullptr;
        for (QTableView *t : page->findChildren<QTableView *>()) {
            if (t->isVisible() && t->model() && t->model()->rowCount() > 1) {
                files = t;
                break;
            }
        }
        QVERIFY2(files, "no table with rows on the Export page of the demo");
        QVERIFY(tabTo(files));
        files->setCurrentIndex(files->model()->index(0, 0));
        QTest::keyClick(files, Qt::Key_Down);
        QCOMPARE(files->currentIndex().row(), 1);
        QTest::keyClick(files, Qt::Key_Tab);
        QVERIFY2(focused() != files, "Tab did not leave the files table");
        pressNext();
        if (QTest::currentTestFailed())
            return;
    }

    // Placeholder and Import: "done" by Space, then Next.
    for (WizardStep step : { WizardStep::Placeholder, WizardStep::Import }) {
        QCOMPARE(wizard.currentStep(), step);
        auto *page = qobject_cast<StepPage *>(wizard.currentPage());
        QVERIFY(page);
        QVERIFY(tabTo(page->doneCheckBox()));
        QTest::keyClick(page->doneCheckBox(), Qt::Key_Space);
        QCOMPARE(m_session->store()->stepState(step), StepState::Done);
        pressNext();
        if (QTest::currentTestFailed())
            return;
    }

    // Review: the last step; Finish is there, Next is not.
    QCOMPARE(wizard.currentStep(), WizardStep::Review);
    QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
    QVERIFY(tabTo(wizard.button(QWizard::FinishButton)));
    m_wizard = nullptr;
}

QTEST_MAIN(TestKeyboardWalk)
#include "TestKeyboardWalk.moc"
