#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace Cutover {

// One forward-only step of a database schema. Applying it moves the file from
// version - 1 to version.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

// Applies migrations above a database's PRAGMA user_version. All pending
// migrations and the version bump run in one transaction (SQLite rolls back
// schema changes too), so an upgrade either completes or leaves the file exactly
// as it was: never half-way, at a version no Cutover release ever wrote.
class SchemaMigrator
{
public:
    explicit SchemaMigrator(QList<Migration> migrations);

    int latestVersion() const;
    const QList<Migration> &migrations() const { return m_migrations; }

    static int currentVersion(const QSqlDatabase &db, QString *error = nullptr);

    // Migrates up to `target` (default: the latest). Returns false with a message
    // naming the failing migration when one cannot be applied.
    bool migrate(QSqlDatabase &db, QString *error, int target = -1) const;

private:
    QList<Migration> m_migrations;
};

} // namespace Cutover
