#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Cutover {

// A day off the firm added to its project (table calendar_day).
struct CalendarDay
{
    QDate date;
    QString name;
    QDateTime addedAtUtc;
    QString addedBy;
};

// An iCalendar file kept in the project (table calendar_ics): the file itself,
// so a project handed over keeps its calendar.
struct CalendarFile
{
    qint64 id = 0;
    QString name; // the file's name, without its folder
    QString sha256; // of the file's bytes, hex
    QByteArray content; // only when asked for (WithContent)
    QDateTime addedAtUtc;
    QString addedBy;
};

// The project's own days off: custom days and iCalendar files. Works on any
// connection to the project file (the wizard's, a job's, the CLI's). Every
// change is written to the audit log in the same transaction.
namespace CalendarStore {

enum ContentMode { WithoutContent, WithContent };

QList<CalendarDay> customDays(QSqlDatabase db); // by date
// Adds a day, or renames the day already kept for that date.
bool addCustomDay(QSqlDatabase db, const QDate &date, const QString &name, QString *error);
bool removeCustomDay(QSqlDatabase db, const QDate &date, QString *error);

QList<CalendarFile> icalendarFiles(QSqlDatabase db, ContentMode mode = WithoutContent); // in the order added
// Keeps a file; `events` (the events read from it) goes into the audit entry.
// Refuses a file whose content is already kept. Returns its id, 0 on failure.
qint64 addICalendar(QSqlDatabase db, const QString &name, const QByteArray &content, int events, QString *error);
bool removeICalendar(QSqlDatabase db, qint64 id, QString *error);

QString sha256(const QByteArray &content);

} // namespace CalendarStore

} // namespace Cutover
