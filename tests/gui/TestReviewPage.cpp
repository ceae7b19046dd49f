// The Review page driven as a user would: read the CSV import package back,
// see it reconcile, see a planted one-cent difference, explain it in the
// table, check a sample side by side, sign off by name (refused before), and
// write the report; the deadline banner follows on another page.

#include "CloseOutPage.h"
#include "DeadlineBanner.h"
#include "ImportFixture.h"
#include "ProjectSession.h"
#include "ReviewPage.h"
#include "importing/ImportEngine.h"
#include "review/ReviewModels.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Cutover;

namespace {

template<typename T> T *child(QWidget *page, const char *name)
{
    T *w = page->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qWarning() << "no child" << name;
    return w;
}

// Answers the next message box with `button` once it shows.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()), 5000);
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        box->button(button)->click();
    });
}

} // namespace

class TestReviewPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_package;

    // Waits for the page to show what it read after `action`.
    static bool shownAfter(ReviewPage &page, const std::function<void()> &action)
    {
        QSignalSpy shown(&page, &ReviewPage::stateShown);
        action();
        return shown.wait(30000) || shown.size() > 0;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const TestImport::ImportedPackage imported = TestImport::importIntoPackage(m_dir.path());
        QVERIFY(!imported.project.isEmpty());
        m_project = imported.project;
        m_package = imported.package;
    }

    void reconcileExplainCheckAndSignOff()
    {
        ProjectSession session;
        QString error;
        QVERIFY2(session.open(m_project, &error), qPrintable(error));
        ReviewPage page(&session);
        page.resize(1200, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        auto *target = child<QComboBox>(&page, "importTarget");
        target->setCurrentIndex(target->findData(QStringLiteral("csv")));
        child<QLineEdit>(&page, "packageFolder")->setText(m_package);
        QCOMPARE(page.targetChoice().kind, TargetChoice::Kind::CsvPackage);

        // Before any reading: nothing to sign, nothing to save.
        QTRY_VERIFY(!page.state().read);
        auto *read = child<QPushButton>(&page, "reviewRead");
        QVERIFY(read->isEnabled());
        QVERIFY(!child<QPushButton>(&page, "saveReportPdf")->isEnabled());

        // Read back: the package holds what the source had.
        QVERIFY(shownAfter(page, [&] { read->click(); }));
        QTRY_VERIFY_WITH_TIMEOUT(page.state().read && !page.isRunning(), 30000);
        QVERIFY2(page.state().reconciliation.reconciles(),
                 qPrintable(page.state().reconciliation.differences.value(0).label));
        QVERIFY(child<QLabel>(&page, "reviewVerdict")->text().contains(QStringLiteral("reconciles")));
        auto *counts = child<QTableView>(&page, "reviewCounts");
        QVERIFY(counts->model()->rowCount() >= 3);
        for (int row = 0; row < counts->model()->rowCount(); ++row) {
            QCOMPARE(counts->model()->index(row, ReviewCountsModel::Source).data(ReviewSortRole),
                     counts->model()->index(row, ReviewCountsModel::Target).data(ReviewSortRole));
        }

        // One cent more on one time entry in the package: found, and only that.
        QVERIFY(TestImport::changeFirstPrice(QDir(m_package).filePath(QStringLiteral("activities.csv")), 1));
        QVERIFY(shownAfter(page, [&] { read->click(); }));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning() && page.state().reconciliation.differences.size() == 1, 30000);
        const ReviewDifference planted = page.state().reconciliation.differences.first();
        QCOMPARE(planted.kind, ReviewDifference::Kind::Changed);
        QVERIFY2(planted.centsDelta != 0, qPrintable(planted.label));
        QVERIFY(page.state().reconciliation.unexplained() == 1);

        // The banner counts down the window: open now, urgent in its last hours, closed after.
        DeadlineBanner *banner = page.deadlineBanner();
        QTRY_COMPARE_WITH_TIMEOUT(banner->clock().state, ReviewClock::State::Open, 20000);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("business day")), qPrintable(banner->text()));
        QVERIFY(!banner->property("urgent").toBool());
        const QDateTime deadline = banner->clock().deadlineUtc;
        QSignalSpy refreshed(banner, &DeadlineBanner::refreshed);
        banner->setNowForTesting(deadline.addSecs(-3600));
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(banner->clock().state, ReviewClock::State::LastDay);
        QVERIFY(banner->property("urgent").toBool());
        banner->setNowForTesting(deadline.addSecs(60));
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(banner->clock().state, ReviewClock::State::Closed);
        banner->setNowForTesting({});
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(banner->clock().state, ReviewClock::State::Open);

        // Sign-off is refused while it is unexplained, even with a name.
        auto *name = child<QLineEdit>(&page, "signOffName");
        auto *signOff = child<QPushButton>(&page, "signOff");
        QTest::keyClicks(name, QStringLiteral("Dana Partner"));
        QVERIFY(!signOff->isEnabled());
        QVERIFY2(child<QLabel>(&page, "signOffBlockers")->text().contains(QStringLiteral("explanation")),
                 qPrintable(child<QLabel>(&page, "signOffBlockers")->text()));

        // Explain it in the table, as typed into the cell.
        auto *differences = child<QTableView>(&page, "reviewDifferences");
        QCOMPARE(differences->model()->rowCount(), 1);
        const QModelIndex cell = differences->model()->index(0, ReviewDifferencesModel::Explanation);
        differences->setCurrentIndex(cell);
        differences->edit(cell);
        auto *editor = differences->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Rounding agreed with the client"));
        QVERIFY(shownAfter(page, [&] { QTest::keyClick(editor, Qt::Key_Return); }));
        QTRY_COMPARE_WITH_TIMEOUT(page.state().reconciliation.unexplained(), qint64(0), 20000);
        QCOMPARE(page.state().reconciliation.differences.first().explanation,
                 QStringLiteral("Rounding agreed with the client"));

        // A sample, checked side by side; a flag needs a note.
        child<QSpinBox>(&page, "sampleSize")->setValue(2);
        child<QSpinBox>(&page, "sampleSeed")->setValue(7);
        QVERIFY(shownAfter(page, [&] { child<QPushButton>(&page, "drawSample")->click(); }));
        QTRY_VERIFY_WITH_TIMEOUT(!page.state().sample.isEmpty(), 20000);
        auto *checks = child<QTableView>(&page, "spotChecks");
        auto *flag = child<QPushButton>(&page, "flagCheck");
        checks->setCurrentIndex(checks->model()->index(0, 0));
        QVERIFY(child<QTableView>(&page, "spotCheckFields")->model()->rowCount() > 0);
        QVERIFY(!flag->isEnabled()); // no note yet
        while (page.state().sample.size() > 0
               && std::any_of(page.state().sample.cbegin(), page.state().sample.cend(),
                              [](const SpotCheck &c) { return c.verdict == SpotCheck::Verdict::Pending; })) {
            int pending = -1;
            for (int i = 0; i < page.state().sample.size(); ++i) {
                if (page.state().sample.at(i).verdict == SpotCheck::Verdict::Pending) {
                    pending = i;
                    break;
                }
            }
            checks->setCurrentIndex(checks->model()->index(pending, 0));
            QVERIFY(shownAfter(page, [&] { child<QPushButton>(&page, "acceptCheck")->click(); }));
        }

        // Now it can be signed off; the banner says so on another page too.
        QTRY_VERIFY_WITH_TIMEOUT(page.state().blockers.isEmpty(), 20000);
        QVERIFY(signOff->isEnabled());
        answerNextMessageBox(QMessageBox::Yes);
        signOff->click();
        QTRY_VERIFY_WITH_TIMEOUT(page.state().signOff.has_value(), 20000);
        QCOMPARE(page.state().signOff->name, QStringLiteral("Dana Partner"));
        QVERIFY(!signOff->isEnabled());
        QVERIFY(child<QLabel>(&page, "signedOff")->text().contains(QStringLiteral("Dana Partner")));
        QTRY_COMPARE_WITH_TIMEOUT(page.deadlineBanner()->clock().state, ReviewClock::State::SignedOff, 20000);

        // The report and the correction list.
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QSignalSpy written(&page, &ReviewPage::fileWritten);
        page.writeFile(ReviewPage::FileKind::Pdf, pdf);
        QVERIFY(written.wait(60000));
        QCOMPARE(written.first().at(1).toString(), QString());
        QFile report(pdf);
        QVERIFY(report.open(QIODevice::ReadOnly));
        QVERIFY(report.read(5) == "%PDF-");
        const QString corrections = m_dir.filePath(QStringLiteral("corrections.csv"));
        page.writeFile(ReviewPage::FileKind::Corrections, corrections);
        QVERIFY(written.wait(30000));
        QFile list(corrections);
        QVERIFY(list.open(QIODevice::ReadOnly));
        const QByteArray text = list.readAll();
        QVERIFY2(text.contains("Rounding agreed with the client"), text.constData());
    }

    // The banner is on every page once an import finished, and counts business time.
    void bannerOnOtherPages()
    {
        ProjectSession session;
        QString error;
        QVERIFY2(session.open(m_project, &error), qPrintable(error));
        CloseOutPage page(&session);
        page.show();
        DeadlineBanner *banner = page.deadlineBanner();
        QVERIFY(banner);
        QSignalSpy refreshed(banner, &DeadlineBanner::refreshed);
        banner->refresh();
        QVERIFY(refreshed.wait(20000));
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->clock().state, ReviewClock::State::SignedOff);
        QVERIFY2(banner->text().contains(QStringLiteral("Dana Partner")), qPrintable(banner->text()));
    }
};

QTEST_MAIN(TestReviewPage)
#include "TestReviewPage.moc"
