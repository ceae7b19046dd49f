#include "CalendarDialog.h"
#include "HolidayListModel.h"
#include "ProjectCalendarModel.h"
#include "store/CalendarStore.h"
#include "store/ProjectStore.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Cutover;

// The calendar dialog driven as a user would, on a real project file (offscreen).
class TestCalendarDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsTheYearAskedFor();
    void addsAndRemovesACustomDay();
    void onlyCustomDaysCanBeRemoved();
    void importsAnICalendarFile();
    void inputsHaveAccessibleNames();

private:
    int rowOf(const QDate &date, Holiday::Source source) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<ProjectCalendarModel> m_calendar;
    std::unique_ptr<CalendarDialog> m_dialog;
};

void TestCalendarDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    ProjectSettings s;
    s.firmName = QStringLiteral("Lakeside Collections");
    s.sourceSystem = QStringLiteral("collect");
    s.targetSystem = QStringLiteral("clio");
    s.timeZone = QStringLiteral("America/Toronto");
    s.holidayRegion = QStringLiteral("CA-ON");
    QString error;
    m_store = ProjectStore::create(m_dir->filePath(QStringLiteral("lakeside.cutover")), s, &error);
    QVERIFY2(m_store, qPrintable(error));
    m_calendar =
        std::make_unique<ProjectCalendarModel>(m_store->database().connectionName(), m_store->settings().holidayRegion);
    m_dialog = std::make_unique<CalendarDialog>(m_calendar.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestCalendarDialog::cleanup()
{
    m_dialog.reset();
    m_calendar.reset();
    m_store.reset();
    m_dir.reset();
}

int TestCalendarDialog::rowOf(const QDate &date, Holiday::Source source) const
{
    const HolidayListModel *model = m_dialog->holidayModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->holiday(row).date == date && model->holiday(row).source == source)
            return row;
    }
    return -1;
}

void TestCalendarDialog::listsTheYearAskedFor()
{
    QSpinBox *year = m_dialog->yearBox();
    year->setValue(2026);
    const HolidayListModel *model = m_dialog->holidayModel();
    QCOMPARE(model->year(), 2026);
    // Ontario 2026: nine holidays, Boxing Day on a Saturday and its Monday.
    QCOMPARE(model->rowCount(), 10);
    QCOMPARE(model->index(1, HolidayListModel::NameColumn).data().toString(), QStringLiteral("Family Day"));
    QCOMPARE(model->index(9, HolidayListModel::DateColumn).data().toString(), QStringLiteral("2026-12-28"));

    // Typed into the spin box, as a user would: 2027 has Christmas and Boxing Day on the weekend.
    year->selectAll();
    QTest::keyClicks(year, QStringLiteral("2027"));
    QCOMPARE(model->year(), 2027);
    QCOMPARE(model->rowCount(), 11);
    QCOMPARE(model->index(10, HolidayListModel::DateColumn).data().toString(), QStringLiteral("2027-12-28"));
    QCOMPARE(model->index(10, HolidayListModel::KindColumn).data().toString(), QStringLiteral("Observed"));
    QCOMPARE(m_dialog->view()->model(), model);
}

void TestCalendarDialog::addsAndRemovesACustomDay()
{
    m_dialog->yearBox()->setValue(2026);
    QVERIFY(!m_dialog->addDayDialog());
    QTest::mouseClick(m_dialog->addButton(), Qt::LeftButton);
    QDialog *add = m_dialog->addDayDialog();
    QVERIFY(add);
    QVERIFY(add->isVisible());
    auto *date = add->findChild<QDateEdit *>(QStringLiteral("date"));
    auto *name = add->findChild<QLineEdit *>(QStringLiteral("name"));
    QVERIFY(date && name);
    QPushButton *ok = add->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no name yet
    date->setDate(QDate(2027, 8, 13));
    QTest::keyClicks(name, QStringLiteral("Office move"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!m_dialog->addDayDialog()); // closed and deleted

    // The list follows the day into its year and selects it.
    const HolidayListModel *model = m_dialog->holidayModel();
    QCOMPARE(model->year(), 2027);
    const int row = rowOf(QDate(2027, 8, 13), Holiday::Source::Custom);
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, HolidayListModel::NameColumn).data().toString(), QStringLiteral("Office move"));
    QCOMPARE(model->index(row, HolidayListModel::KindColumn).data().toString(), QStringLiteral("Custom"));
    QCOMPARE(m_dialog->view()->selectionModel()->selectedRows().constFirst().row(), row);
    QVERIFY(m_dialog->removeButton()->isEnabled());
    QVERIFY(!m_calendar->calendar().isBusinessDay(QDate(2027, 8, 13)));
    QCOMPARE(CalendarStore::customDays(m_store->database()).size(), 1);
    QCOMPARE(m_store->auditLog(1).constFirst().action, QStringLiteral("calendar.day_added"));

    QTest::mouseClick(m_dialog->removeButton(), Qt::LeftButton);
    QCOMPARE(rowOf(QDate(2027, 8, 13), Holiday::Source::Custom), -1);
    QVERIFY(m_calendar->calendar().isBusinessDay(QDate(2027, 8, 13)));
    QVERIFY(CalendarStore::customDays(m_store->database()).isEmpty());
    QCOMPARE(m_store->auditLog(1).constFirst().action, QStringLiteral("calendar.day_removed"));
    QVERIFY(!m_dialog->removeButton()->isEnabled());
    QVERIFY2(m_dialog->messageText().contains(QStringLiteral("removed")), qPrintable(m_dialog->messageText()));
}

void TestCalendarDialog::onlyCustomDaysCanBeRemoved()
{
    m_dialog->yearBox()->setValue(2026);
    QVERIFY(m_calendar->addCustomDay(QDate(2026, 3, 13), QStringLiteral("Training")));
    m_dialog->view()->selectRow(rowOf(QDate(2026, 12, 25), Holiday::Source::Rule));
    QVERIFY(!m_dialog->removeButton()->isEnabled());
    m_dialog->view()->selectRow(rowOf(QDate(2026, 3, 13), Holiday::Source::Custom));
    QVERIFY(m_dialog->removeButton()->isEnabled());
    m_dialog->view()->clearSelection();
    QVERIFY(!m_dialog->removeButton()->isEnabled());
}

void TestCalendarDialog::importsAnICalendarFile()
{
    const QString path = m_dir->filePath(QStringLiteral("closures.ics"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
            "BEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Staff day\r\nDTSTART;VALUE=DATE:20261013\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n");
    f.close();
    m_dialog->yearBox()->setValue(2026);
    QSignalSpy finished(m_calendar.get(), &ProjectCalendarModel::importFinished);
    m_dialog->importFile(path);
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.constFirst().at(0).toBool());
    QTRY_VERIFY(m_dialog->importButton()->isEnabled());
    QVERIFY2(m_dialog->messageText().contains(QStringLiteral("closures.ics")), qPrintable(m_dialog->messageText()));
    const int row = rowOf(QDate(2026, 10, 13), Holiday::Source::ICalendar);
    QVERIFY(row >= 0);
    QCOMPARE(m_dialog->holidayModel()->index(row, HolidayListModel::NameColumn).data().toString(),
             QStringLiteral("Staff day"));
    QCOMPARE(m_dialog->holidayModel()->index(row, HolidayListModel::KindColumn).data().toString(),
             QStringLiteral("iCalendar"));
    m_dialog->view()->selectRow(row);
    QVERIFY(!m_dialog->removeButton()->isEnabled());
}

void TestCalendarDialog::inputsHaveAccessibleNames()
{
    QVERIFY(!m_dialog->yearBox()->accessibleName().isEmpty());
    QVERIFY(!m_dialog->view()->accessibleName().isEmpty());
    QTest::mouseClick(m_dialog->addButton(), Qt::LeftButton);
    QDialog *add = m_dialog->addDayDialog();
    QVERIFY(add);
    QVERIFY(!add->findChild<QDateEdit *>(QStringLiteral("date"))->accessibleName().isEmpty());
    QVERIFY(!add->findChild<QLineEdit *>(QStringLiteral("name"))->accessibleName().isEmpty());
    add->reject();
}

QTEST_MAIN(TestCalendarDialog)
#include "TestCalendarDialog.moc"
