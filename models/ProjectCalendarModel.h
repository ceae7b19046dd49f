#pragma once

#include "domain/BusinessCalendar.h"
#include "store/CalendarStore.h"

#include <QObject>

template<typename T> class QFutureWatcher;

namespace Cutover {

// The business-day calendar of an open project, for the wizard: its holiday
// region plus the firm's own days and iCalendar files, changed through
// CalendarStore (so pages never talk SQL). Holds the project's connection by
// name, like IssueListModel, so closing the project never finds it in use.
class ProjectCalendarModel : public QObject
{
    Q_OBJECT

public:
    // Larger files are refused: a calendar of days off is a few kilobytes.
    static constexpr qint64 kMaxFileSize = 8 * 1024 * 1024;

    ProjectCalendarModel(const QString &connectionName, const QString &region, QObject *parent = nullptr);
    ~ProjectCalendarModel() override;

    QString region() const { return m_calendar.region(); }
    QString regionTitle() const; // translated, e.g. "Canada — Ontario"
    const BusinessCalendar &calendar() const { return m_calendar; }

    QList<CalendarDay> customDays() const;
    QList<CalendarFile> icalendarFiles() const;

    bool addCustomDay(const QDate &date, const QString &name);
    bool removeCustomDay(const QDate &date);
    bool removeICalendar(qint64 id);

    // Reads and checks the file off the GUI thread, then keeps it in the project
    // when at least one event could be read; importFinished() tells how it went.
    void importICalendarFile(const QString &path);
    bool isImporting() const;

    // Why the last add or remove failed, for the caller to show.
    QString lastError() const { return m_lastError; }

    // Reads the project's days again (after a change made elsewhere).
    void reload();

signals:
    // The calendar changed (a day or a file was added or removed).
    void changed();
    // `stored`: the file is now part of the calendar. `message` says how many
    // events were taken and lists the problems found, one per line.
    void importFinished(bool stored, const QString &message);

private:
    struct FileRead;
    static FileRead readFile(const QString &path);
    void finishImport();
    bool failWith(const QString &error);

    QString m_connectionName;
    BusinessCalendar m_calendar;
    QString m_lastError;
    QFutureWatcher<FileRead> *m_import = nullptr;
};

} // namespace Cutover
