#pragma once

#include <QDialog>
#include <QPointer>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Cutover {

class HolidayListModel;
class ProjectCalendarModel;

// The project's business-day calendar: the days off of one year (public
// holidays of the project's region, observed days, the firm's own days and the
// days of imported iCalendar files), with ways to add and remove the firm's own
// days and to import an iCalendar file. Changes go through ProjectCalendarModel.
class CalendarDialog : public QDialog
{
    Q_OBJECT

public:
    // `calendar` is not owned and must outlive the dialog.
    explicit CalendarDialog(ProjectCalendarModel *calendar, QWidget *parent = nullptr);

    HolidayListModel *holidayModel() const { return m_holidays; }
    QSpinBox *yearBox() const { return m_year; }
    QTableView *view() const { return m_view; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *importButton() const { return m_import; }
    // The small dialog "Add day…" opens (window-modal, not blocking); null
    // while it is not open.
    QDialog *addDayDialog() const { return m_addDay; }
    QString messageText() const;

    // Reads `path` as with the Import button, without asking for a file.
    void importFile(const QString &path);

private:
    void openAddDay();
    void addDay(const QDate &date, const QString &name);
    void removeSelected();
    void chooseFile();
    void showMessage(const QString &text, bool error);
    void updateButtons();
    void calendarChanged();

    ProjectCalendarModel *m_calendar;
    HolidayListModel *m_holidays;
    QSpinBox *m_year;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_import;
    QLabel *m_files;
    QLabel *m_message;
    QPointer<QDialog> m_addDay;
};

} // namespace Cutover
