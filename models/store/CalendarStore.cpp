#include "CalendarStore.h"

#include "ProjectStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::CalendarStore)
};

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime utcFrom(const QVariant &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.toUTC();
}

} // namespace

namespace CalendarStore {

QString sha256(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

QList<CalendarDay> customDays(QSqlDatabase db)
{
    QList<CalendarDay> days;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT date, name, added_at_utc, added_by FROM calendar_day ORDER BY date")))
        return days;
    while (q.next()) {
        const QDate date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (date.isValid())
            days.append({ date, q.value(1).toString(), utcFrom(q.value(2)), q.value(3).toString() });
    }
    return days;
}

bool addCustomDay(QSqlDatabase db, const QDate &date, const QString &name, QString *error)
{
    const QString cleanName = name.simplified();
    if (!date.isValid()) {
        if (error)
            *error = Tr::tr("A day off needs a valid date.");
        return false;
    }
    if (cleanName.isEmpty()) {
        if (error)
            *error = Tr::tr("A day off needs a name, e.g. “Office closed”.");
        return false;
    }
    const QString key = date.toString(Qt::ISODate);
    return ProjectStore::auditedChange(
        db, QStringLiteral("calendar.day_added"), error, [&](QJsonObject *detail, QString *why) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT name FROM calendar_day WHERE date = ?"));
            q.addBindValue(key);
            if (!q.exec()) {
                *why = q.lastError().text();
                return false;
            }
            *detail = { { QStringLiteral("date"), key }, { QStringLiteral("name"), cleanName } };
            if (q.next())
                detail->insert(QStringLiteral("replaced"), q.value(0).toString());
            q.prepare(
                QStringLiteral("INSERT INTO calendar_day (date, name, added_at_utc, added_by) VALUES (?, ?, ?, ?) "
                               "ON CONFLICT(date) DO UPDATE SET name = excluded.name, "
                               "added_at_utc = excluded.added_at_utc, added_by = excluded.added_by"));
            q.addBindValue(key);
            q.addBindValue(cleanName);
            q.addBindValue(nowUtc());
            q.addBindValue(ProjectStore::currentActor());
            if (!q.exec()) {
                *why = q.lastError().text();
                return false;
            }
            return true;
        });
}

bool removeCustomDay(QSqlDatabase db, const QDate &date, QString *error)
{
    const QString key = date.toString(Qt::ISODate);
    return ProjectStore::auditedChange(
        db, QStringLiteral("calendar.day_removed"), error, [&](QJsonObject *detail, QString *why) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM calendar_day WHERE date = ? RETURNING name"));
            q.addBindValue(key);
            if (!q.exec()) {
                *why = q.lastError().text();
                return false;
            }
            if (!q.next()) {
                *why = Tr::tr("There is no day off of the firm's own on %1.").arg(key);
                return false;
            }
            *detail = { { QStringLiteral("date"), key }, { QStringLiteral("name"), q.value(0).toString() } };
            q.finish();
            return true;
        });
}

QList<CalendarFile> icalendarFiles(QSqlDatabase db, ContentMode mode)
{
    QList<CalendarFile> files;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, sha256, added_at_utc, added_by%1 FROM calendar_ics ORDER BY id")
                    .arg(mode == WithContent ? QStringLiteral(", content") : QString())))
        return files;
    while (q.next()) {
        CalendarFile f;
        f.id = q.value(0).toLongLong();
        f.name = q.value(1).toString();
        f.sha256 = q.value(2).toString();
        f.addedAtUtc = utcFrom(q.value(3));
        f.addedBy = q.value(4).toString();
        if (mode == WithContent)
            f.content = q.value(5).toString().toUtf8();
        files.append(f);
    }
    return files;
}

qint64 addICalendar(QSqlDatabase db, const QString &name, const QByteArray &content, int events, QString *error)
{
    // Kept as text (calendar_ics.content); iCalendar files are UTF-8 (RFC 5545),
    // and anything else would not come back byte for byte under its hash.
    if (QString::fromUtf8(content).toUtf8() != content) {
        if (error)
            *error = Tr::tr("%1 is not UTF-8 text, as iCalendar files must be; save it as UTF-8 and import it again.")
                         .arg(name);
        return 0;
    }
    const QString hash = sha256(content);
    qint64 id = 0;
    const bool ok = ProjectStore::auditedChange(
        db, QStringLiteral("calendar.ics_added"), error, [&](QJsonObject *detail, QString *why) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT name FROM calendar_ics WHERE sha256 = ?"));
            q.addBindValue(hash);
            if (!q.exec()) {
                *why = q.lastError().text();
                return false;
            }
            if (q.next()) {
                *why = Tr::tr("%1 is already in the project's calendar (as %2).").arg(name, q.value(0).toString());
                return false;
            }
            q.prepare(QStringLiteral("INSERT INTO calendar_ics (name, content, sha256, added_at_utc, added_by) "
                                     "VALUES (?, ?, ?, ?, ?)"));
            q.addBindValue(name);
            q.addBindValue(QString::fromUtf8(content));
            q.addBindValue(hash);
            q.addBindValue(nowUtc());
            q.addBindValue(ProjectStore::currentActor());
            if (!q.exec()) {
                *why = q.lastError().text();
                return false;
            }
            id = q.lastInsertId().toLongLong();
            *detail = { { QStringLiteral("id"), id },
                        { QStringLiteral("name"), name },
                        { QStringLiteral("sha256"), hash },
                        { QStringLiteral("size"), content.size() },
                        { QStringLiteral("events"), events } };
            return true;
        });
    return ok ? id : 0;
}

bool removeICalendar(QSqlDatabase db, qint64 id, QString *error)
{
    return ProjectStore::auditedChange(
        db, QStringLiteral("calendar.ics_removed"), error, [&](QJsonObject *detail, QString *why) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM calendar_ics WHERE id = ? RETURNING name, sha256"));
            q.addBindValue(id);
            if (!q.exec()) {
                *why = q.lastError().text();
                return false;
            }
            if (!q.next()) {
                *why = Tr::tr("There is no iCalendar file %1 in the project's calendar.").arg(id);
                return false;
            }
            *detail = { { QStringLiteral("id"), id },
                        { QStringLiteral("name"), q.value(0).toString() },
                        { QStringLiteral("sha256"), q.value(1).toString() } };
            q.finish();
            return true;
        });
}

} // namespace CalendarStore

} // namespace Cutover
