#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace Cutover {

// One prepared statement run straight through SQLite's API on a Qt Sql
// connection (QSqlDriver::handle()), for the staging job's row insert only.
// Why: Qt 6.4's QSqlResult::bindValue() formats a placeholder name and looks it
// up in a hash for every value it binds; measured on a million-row load that
// was 30% of the whole staging time. Everything else goes through QSqlQuery.
// Transactions stay with QSqlDatabase; the statement must be destroyed before
// its connection is closed.
class SqliteStatement
{
public:
    SqliteStatement(const QSqlDatabase &db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // SQLite's own handle of a Qt Sql connection; nullptr when it is not SQLite.
    static sqlite3 *handleOf(const QSqlDatabase &db);

    bool isValid() const { return m_stmt != nullptr; }
    QString errorString() const { return m_error; }

    // 0-based like QSqlQuery. Text is not copied: the QString must stay alive
    // and unchanged until exec() returns.
    void bind(int index, const QVariant &value);
    // Runs the statement, then resets it for the next row. False on error.
    bool exec();
    qint64 lastInsertId() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

} // namespace Cutover
