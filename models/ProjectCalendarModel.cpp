#include "ProjectCalendarModel.h"

#include "domain/Catalogs.h"
#include "domain/ICalendarDays.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace Cutover {

// What the worker thread found in a file.
struct ProjectCalendarModel::FileRead
{
    QString path;
    QString name;
    QByteArray content;
    QString error; // the file could not be read at all
    int events = 0;
    QStringList problems;
};

// Runs on a pool thread: no QObject, no database here.
ProjectCalendarModel::FileRead ProjectCalendarModel::readFile(const QString &path)
{
    FileRead read;
    read.path = path;
    read.name = QFileInfo(path).fileName();
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (file.size() > ProjectCalendarModel::kMaxFileSize) {
        read.error =
            tr("%1 is too large for a calendar of days off (%2 MB).").arg(shown).arg(file.size() / (1024 * 1024));
        return read;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        read.error = tr("%1 cannot be read: %2").arg(shown, file.errorString());
        return read;
    }
    read.content = file.readAll();
    const ICalendarContent content = ICalendarDays::parse(read.content, read.name);
    read.events = int(content.events.size());
    read.problems = content.problems;
    return read;
}

ProjectCalendarModel::ProjectCalendarModel(const QString &connectionName, const QString &region, QObject *parent)
    : QObject(parent)
    , m_connectionName(connectionName)
    , m_calendar(region)
{
    reload();
}

ProjectCalendarModel::~ProjectCalendarModel()
{
    // The pool thread only reads a file; wait for it so its result has nowhere to go.
    if (m_import)
        m_import->waitForFinished();
}

QString ProjectCalendarModel::regionTitle() const
{
    return HolidayRegions::title(m_calendar.region());
}

QList<CalendarDay> ProjectCalendarModel::customDays() const
{
    return CalendarStore::customDays(QSqlDatabase::database(m_connectionName, false));
}

QList<CalendarFile> ProjectCalendarModel::icalendarFiles() const
{
    return CalendarStore::icalendarFiles(QSqlDatabase::database(m_connectionName, false));
}

void ProjectCalendarModel::reload()
{
    m_calendar = BusinessCalendar::forProject(QSqlDatabase::database(m_connectionName, false), m_calendar.region());
    emit changed();
}

bool ProjectCalendarModel::failWith(const QString &error)
{
    m_lastError = error;
    return false;
}

bool ProjectCalendarModel::addCustomDay(const QDate &date, const QString &name)
{
    QString error;
    if (!CalendarStore::addCustomDay(QSqlDatabase::database(m_connectionName, false), date, name, &error))
        return failWith(error);
    reload();
    return true;
}

bool ProjectCalendarModel::removeCustomDay(const QDate &date)
{
    QString error;
    if (!CalendarStore::removeCustomDay(QSqlDatabase::database(m_connectionName, false), date, &error))
        return failWith(error);
    reload();
    return true;
}

bool ProjectCalendarModel::removeICalendar(qint64 id)
{
    QString error;
    if (!CalendarStore::removeICalendar(QSqlDatabase::database(m_connectionName, false), id, &error))
        return failWith(error);
    reload();
    return true;
}

bool ProjectCalendarModel::isImporting() const
{
    return m_import && m_import->isRunning();
}

void ProjectCalendarModel::importICalendarFile(const QString &path)
{
    if (isImporting()) {
        emit importFinished(false, tr("Another iCalendar file is still being read."));
        return;
    }
    if (!m_import) {
        m_import = new QFutureWatcher<FileRead>(this);
        connect(m_import, &QFutureWatcher<FileRead>::finished, this, &ProjectCalendarModel::finishImport);
    }
    m_import->setFuture(QtConcurrent::run(&ProjectCalendarModel::readFile, path));
}

void ProjectCalendarModel::finishImport()
{
    const FileRead read = m_import->result();
    if (!read.error.isEmpty()) {
        emit importFinished(false, read.error);
        return;
    }
    QStringList lines;
    if (read.events == 0) {
        lines << tr("%1 was not added: no event in it could be read.").arg(read.name) << read.problems;
        emit importFinished(false, lines.join(QLatin1Char('\n')));
        return;
    }
    QString error;
    if (!CalendarStore::addICalendar(QSqlDatabase::database(m_connectionName, false), read.name, read.content,
                                     read.events, &error)) {
        emit importFinished(false, error);
        return;
    }
    reload();
    lines << tr("%1 added: %n event(s).", nullptr, read.events).arg(read.name);
    if (!read.problems.isEmpty())
        lines << tr("Left out or changed:") << read.problems;
    emit importFinished(true, lines.join(QLatin1Char('\n')));
}

} // namespace Cutover
