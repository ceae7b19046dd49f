#include "CloseOutPage.h"
#include "CutoffPage.h"
#include "ImportPage.h"
#include "ProjectSession.h"
#include "RecordTableModel.h"
#include "TestMaps.h"
#include "closeout/CloseOutRecords.h"
#include "closeout/CloseOutTables.h"
#include "closeout/CutoffStore.h"
#include "privacy/PrivacyMask.h"
#include "staging/Delta.h"
#include "staging/PreviewModel.h"
#include "staging/StagingJob.h"
#include "store/ProjectStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>

using namespace Cutover;

namespace {

// Fills the next modal dialog with `fill`, then presses OK.
void whenDialogOpens(const std::function<void(QDialog *)> &fill)
{
    QTimer::singleShot(0, [fill] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        fill(dialog);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
}

// The model under the view's privacy mask and sorting, if any.
QAbstractItemModel *underMask(QTableView *view)
{
    if (auto *mask = qobject_cast<PrivacyProxyModel *>(view->model()))
        return mask->sourceModel();
    return view->model();
}

RecordTableModel *recordModel(QTableView *view)
{
    if (auto *proxy = qobject_cast<QSortFilterProxyModel *>(underMask(view)))
        return qobject_cast<RecordTableModel *>(proxy->sourceModel());
    return qobject_cast<RecordTableModel *>(underMask(view));
}

ImportMap makeMap(Entity entity, const QMap<QString, QString> &fieldToColumn)
{
    return TestMaps::make(entity, fieldToColumn);
}

} // namespace

class TestCloseOutPages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void closeOutPageShowsTheDemoFiguresAndDrillsDown()
    {
        ProjectSession session;
        QString error;
        QVERIFY2(session.openDemo(&error), qPrintable(error));
        CloseOutPage page(&session);
        page.resize(1100, 800);
        page.show();
        QSignalSpy analysed(&page, &CloseOutPage::analysed);
        page.initializePage();
        QVERIFY(analysed.wait(20000));
        QVERIFY(page.report().has_value());
        const CloseOutReport report = *page.report();

        auto *clientsView = page.findChild<QTableView *>(QStringLiteral("closeoutClients"));
        RecordTableModel *clients = recordModel(clientsView);
        QCOMPARE(clients->rowCount(), report.clients.size());
        QVERIFY(clients->rowCount() > 0);
        // The table's money is the report's, cent for cent.
        qint64 receivable = 0;
        for (int r = 0; r < clients->rowCount(); ++r)
            receivable += clients->value(r, CloseOutTables::ClientReceivable).toLongLong();
        QCOMPARE(receivable, report.totals.receivableCents);
        auto *figures = page.findChild<QLabel *>(QStringLiteral("closeoutFigures"));
        QVERIFY(figures->text().contains(PreviewModel::formatCents(report.totals.receivableCents, QLocale())));

        // The client with the most unbilled time: its rows add up to its figure.
        int best = 0;
        for (int r = 1; r < clients->rowCount(); ++r) {
            if (clients->value(r, CloseOutTables::ClientUnbilledTime).toLongLong()
                > clients->value(best, CloseOutTables::ClientUnbilledTime).toLongLong())
                best = r;
        }
        const qint64 expected = clients->value(best, CloseOutTables::ClientUnbilledTime).toLongLong();
        QVERIFY(expected > 0);
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(underMask(clientsView));
        clientsView->setCurrentIndex(
            PrivacyProxyModel::fromSource(clientsView->model(), proxy->mapFromSource(clients->index(best, 0))));
        auto *mattersView = page.findChild<QTableView *>(QStringLiteral("closeoutMatters"));
        QVERIFY(mattersView->model()->rowCount() > 0);
        auto *rowsView = page.findChild<QTableView *>(QStringLiteral("closeoutRows"));
        auto *rowsLine = page.findChild<QLabel *>(QStringLiteral("closeoutRowsLine"));
        QTRY_VERIFY_WITH_TIMEOUT(rowsView->model()->rowCount() > 0 && !rowsLine->text().contains(QStringLiteral("…")),
                                 10000);
        RecordTableModel *rows = recordModel(rowsView);
        const int amountColumn = rows->columnCount() - 2;
        qint64 sum = 0;
        for (int r = 0; r < rows->rowCount(); ++r)
            sum += rows->value(r, amountColumn).toLongLong();
        QCOMPARE(sum, expected);
    }

    void checklistApprovalsAndTheImportGate()
    {
        ProjectSession session;
        QString error;
        ProjectSettings settings = ProjectSettings::defaultsForThisMachine();
        settings.firmName = QStringLiteral("Gate & Co");
        settings.timeZone = QStringLiteral("America/New_York");
        QVERIFY2(session.create(m_dir.filePath(QStringLiteral("gate.cutover")), settings, &error), qPrintable(error));
        CloseOutPage page(&session);
        ImportPage importPage(&session);
        importPage.initializePage();
        QVERIFY(!importPage.importAllowed());
        QVERIFY(importPage.findChild<QLabel *>(QStringLiteral("importGate"))
                    ->text()
                    .contains(QStringLiteral("cannot start")));

        // Tick every required item through the view's model, as a click would.
        auto *checklistView = page.findChild<QTableView *>(QStringLiteral("closeoutChecklist"));
        RecordTableModel *checklist = recordModel(checklistView);
        QCOMPARE(checklist->rowCount(), 7);
        for (int r = 0; r < checklist->rowCount(); ++r) {
            if (checklist->value(r, CloseOutTables::ChecklistRequired).toString() == QLatin1String("Required"))
                QVERIFY(checklist->setData(checklist->index(r, CloseOutTables::ChecklistDone), Qt::Checked,
                                           Qt::CheckStateRole));
        }
        QApplication::processEvents();
        for (const ChecklistItem &item : CloseOutRecords::checklist(session.store()->database())) {
            QCOMPARE(item.done, item.required);
            if (item.done)
                QCOMPARE(item.doneBy, ProjectStore::currentActor());
        }
        QCOMPARE(checklist->value(0, CloseOutTables::ChecklistBy).toString(), ProjectStore::currentActor());

        // Two approvers through the Add dialog.
        auto *add = page.findChild<QPushButton *>(QStringLiteral("addApprover"));
        for (const auto &[name, billing] : { std::pair { "Bill Payer", true }, std::pair { "Ann Admin", false } }) {
            whenDialogOpens([name, billing](QDialog *d) {
                d->findChild<QLineEdit *>(QStringLiteral("approverName"))->setText(QString::fromLatin1(name));
                d->findChild<QComboBox *>(QStringLiteral("approverRole"))->setCurrentIndex(billing ? 0 : 1);
                d->findChild<QLineEdit *>(QStringLiteral("approverEmail"))->setText(QStringLiteral("x@gate.test"));
            });
            add->click();
        }
        auto *approversView = page.findChild<QTableView *>(QStringLiteral("closeoutApprovers"));
        RecordTableModel *approvers = recordModel(approversView);
        QCOMPARE(approvers->rowCount(), 2);
        importPage.initializePage();
        QVERIFY(!importPage.importAllowed());

        // Record both approvals through the dialog.
        auto *record = page.findChild<QPushButton *>(QStringLiteral("recordApproval"));
        for (int r = 0; r < 2; ++r) {
            approversView->setCurrentIndex(approvers->index(r, 0));
            whenDialogOpens([](QDialog *d) {
                auto *method = d->findChild<QComboBox *>(QStringLiteral("approvalMethod"));
                method->setCurrentIndex(method->findData(QStringLiteral("signed_letter")));
                d->findChild<QLineEdit *>(QStringLiteral("approvalNote"))->setText(QStringLiteral("In the file"));
            });
            record->click();
        }
        for (const Approver &a : CloseOutRecords::approvers(session.store()->database())) {
            QVERIFY(a.approved());
            QCOMPARE(a.method, QStringLiteral("signed_letter"));
        }
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("importGate"))->text().contains(QStringLiteral("Ready")));
        importPage.initializePage();
        QVERIFY(importPage.importAllowed());
        QVERIFY(!importPage.findChild<QPushButton *>(QStringLiteral("goToCloseOut"))->isVisibleTo(&importPage));

        // The approval request names the firm and the approvers.
        const QString text = page.approvalRequestText();
        QVERIFY(text.contains(QStringLiteral("Gate & Co")));
        QVERIFY(text.contains(QStringLiteral("Bill Payer")));

        // Un-ticking a required item closes the gate again.
        QVERIFY(
            checklist->setData(checklist->index(0, CloseOutTables::ChecklistDone), Qt::Unchecked, Qt::CheckStateRole));
        importPage.initializePage();
        QVERIFY(!importPage.importAllowed());
    }

    void cutoffEditorNamesDstGapsAndDoubledTimes()
    {
        ProjectSession session;
        QString error;
        ProjectSettings settings = ProjectSettings::defaultsForThisMachine();
        settings.firmName = QStringLiteral("Clock & Co");
        settings.timeZone = QStringLiteral("America/New_York");
        settings.holidayRegion = QStringLiteral("US");
        QVERIFY2(session.create(m_dir.filePath(QStringLiteral("clock.cutover")), settings, &error), qPrintable(error));
        CutoffPage page(&session);
        page.show();
        page.initializePage();
        auto *date = page.findChild<QDateEdit *>(QStringLiteral("cutoffDate"));
        auto *time = page.findChild<QTimeEdit *>(QStringLiteral("cutoffTime"));
        auto *zone = page.findChild<QComboBox *>(QStringLiteral("cutoffZone"));
        auto *save = page.findChild<QPushButton *>(QStringLiteral("saveCutoff"));
        auto *later = page.findChild<QRadioButton *>(QStringLiteral("cutoffLater"));
        auto *useNext = page.findChild<QPushButton *>(QStringLiteral("cutoffUseNext"));
        QCOMPARE(zone->currentText(), QStringLiteral("America/New_York"));

        // 1:30 on 1 November 2026 happens twice in New York.
        date->setDate(QDate(2026, 11, 1));
        time->setTime(QTime(1, 30));
        QVERIFY(later->isVisible());
        QVERIFY(save->isEnabled());
        later->setChecked(true);
        save->click();
        QCOMPARE(CutoffStore::load(session.store()->database())->utc,
                 QDateTime(QDate(2026, 11, 1), QTime(6, 30), Qt::UTC));

        // 2:30 on 8 March 2026 does not exist: saving is refused until it is moved.
        date->setDate(QDate(2026, 3, 8));
        time->setTime(QTime(2, 30));
        QVERIFY(!save->isEnabled());
        QVERIFY(useNext->isVisible());
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("cutoffResolution"))
                    ->text()
                    .contains(QStringLiteral("does not exist")));
        useNext->click();
        QCOMPARE(time->time(), QTime(3, 0));
        QVERIFY(save->isEnabled());

        // An ordinary time, in another zone: stored with its zone; the line counts business days.
        date->setDate(QDate(2026, 12, 31));
        time->setTime(QTime(17, 0));
        zone->setCurrentText(QStringLiteral("Europe/London"));
        save->click();
        const auto stored = CutoffStore::load(session.store()->database());
        QCOMPARE(stored->zoneId, QByteArray("Europe/London"));
        QCOMPARE(stored->utc, QDateTime(QDate(2026, 12, 31), QTime(17, 0), Qt::UTC));
        QVERIFY(
            page.findChild<QLabel *>(QStringLiteral("cutoffCurrent"))->text().contains(QStringLiteral("business day")));
    }

    void cutoffPageListsTheDeltaAndMarksRows()
    {
        ProjectSession session;
        QString error;
        ProjectSettings settings = ProjectSettings::defaultsForThisMachine();
        settings.firmName = QStringLiteral("Delta & Co");
        settings.timeZone = QStringLiteral("America/New_York");
        const QString project = m_dir.filePath(QStringLiteral("delta.cutover"));
        QVERIFY2(session.create(project, settings, &error), qPrintable(error));
        auto stage = [&](const QByteArray &clients, SnapshotKind kind) {
            QFile f(m_dir.filePath(QStringLiteral("clients.csv")));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(clients);
            f.close();
            StagingRequest request;
            request.projectPath = project;
            request.kind = kind;
            StagingSource s;
            s.path = f.fileName();
            s.map = makeMap(Entity::Client, { { "source_key", "Client ID" }, { "name", "Name" } });
            request.sources = { s };
            StagingJob job(request);
            QCOMPARE(job.run(), Job::Outcome::Succeeded);
        };
        stage("Client ID,Name\nC1,Able\nC2,Baker\nC3,Cole\n", SnapshotKind::Final);
        CutoffPage page(&session);
        page.initializePage();
        auto *line = page.findChild<QLabel *>(QStringLiteral("deltaLine"));
        QVERIFY(line->text().contains(QStringLiteral("No re-export")));
        stage("Client ID,Name\nC1,Able\nC2,Baker Ltd\nC4,Dune\n", SnapshotKind::Delta);
        page.initializePage();
        QVERIFY2(line->text().contains(QStringLiteral("3 record")), qPrintable(line->text()));
        RecordTableModel *rows = recordModel(page.findChild<QTableView *>(QStringLiteral("deltaRows")));
        QCOMPARE(rows->rowCount(), 3);
        // New first: C4, then changed C2, then deleted C3.
        QCOMPARE(rows->value(0, CloseOutTables::DeltaKey).toString(), QStringLiteral("C4"));
        QCOMPARE(rows->value(2, CloseOutTables::DeltaKey).toString(), QStringLiteral("C3"));
        // A deleted row cannot be marked (an information box says why).
        QTimer::singleShot(0, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        QVERIFY(!rows->setData(rows->index(2, CloseOutTables::DeltaImport), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(rows->setData(rows->index(0, CloseOutTables::DeltaImport), Qt::Unchecked, Qt::CheckStateRole));
        const qint64 delta = *Delta::latestDelta(session.store()->database());
        QCOMPARE(Delta::counts(session.store()->database(), delta).first().marked, 1);
        auto *filter = page.findChild<QComboBox *>(QStringLiteral("deltaFilter"));
        filter->setCurrentIndex(filter->findData(QStringLiteral("deleted")));
        QCOMPARE(rows->rowCount(), 1);
    }
};

QTEST_MAIN(TestCloseOutPages)
#include "TestCloseOutPages.moc"
