#include "SchemaMigrator.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Cutover {

SchemaMigrator::SchemaMigrator(QList<Migration> migrations)
    : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (qsizetype i = 0; i < m_migrations.size(); ++i)
        Q_ASSERT_X(m_migrations.at(i).version == i + 1, "SchemaMigrator", "migration versions must be 1, 2, 3, ...");
}

int SchemaMigrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

int SchemaMigrator::currentVersion(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

bool SchemaMigrator::migrate(QSqlDatabase &db, QString *error, int target) const
{
    if (target < 0)
        target = latestVersion();
    QString readError;
    const int from = currentVersion(db, &readError);
    if (from < 0) {
        if (error)
            *error = readError;
        return false;
    }
    if (from >= target)
        return true;
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    for (const Migration &m : m_migrations) {
        if (m.version <= from || m.version > target)
            continue;
        for (const QString &sql : m.statements) {
            if (!q.exec(sql)) {
                const QString why = q.lastError().text();
                q.finish();
                db.rollback();
                if (error)
                    *error = QCoreApplication::translate("Cutover::SchemaMigrator",
                                                         "Could not upgrade the project file to version %1 (%2): %3")
                                 .arg(m.version)
                                 .arg(m.description, why);
                return false;
            }
        }
    }
    // PRAGMA takes no bound parameters; the version is an int we control.
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(target)) || !db.commit()) {
        const QString why = q.lastError().isValid() ? q.lastError().text() : db.lastError().text();
        q.finish();
        db.rollback();
        if (error)
            *error = QCoreApplication::translate("Cutover::SchemaMigrator",
                                                 "Could not record the project file's new version %1: %2")
                         .arg(target)
                         .arg(why);
        return false;
    }
    return true;
}

} // namespace Cutover
