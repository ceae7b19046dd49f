#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

namespace Cutover {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::SqliteStatement)
};
} // namespace

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const QString &sql)
{
    m_db = handleOf(db);
    if (!m_db) {
        m_error = Tr::tr("The project connection is not an SQLite connection.");
        return;
    }
    if (sqlite3_prepare16_v3(m_db, sql.utf16(), int(sql.size() * 2), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
        != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_stmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

void SqliteStatement::bind(int index, const QVariant &value)
{
    const int i = index + 1;
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, i);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Bool:
    case QMetaType::UInt:
        sqlite3_bind_int64(m_stmt, i, value.toLongLong());
        return;
    case QMetaType::QString: {
        const QString *s = static_cast<const QString *>(value.constData());
        sqlite3_bind_text16(m_stmt, i, s->utf16(), int(s->size() * 2), SQLITE_STATIC);
        return;
    }
    default: {
        const QString s = value.toString();
        sqlite3_bind_text16(m_stmt, i, s.utf16(), int(s.size() * 2), SQLITE_TRANSIENT);
        return;
    }
    }
}

bool SqliteStatement::exec()
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (rc != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    return true;
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace Cutover
