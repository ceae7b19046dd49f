#include "PlannedEntries.h"

#include "staging/SqliteStatement.h"

#include <cstring>
#include <sqlite3.h>

namespace Cutover {

// --- StringPool ---------------------------------------------------------------------------------------------

StringPool::StringPool()
{
    m_start.push_back(0);
    m_slots.assign(1024, -1);
    intern(QStringView()); // id 0: ""
}

quint32 StringPool::hash(QStringView text)
{
    // FNV-1a over the UTF-16 units: keys are short (a few to a few dozen units).
    quint32 h = 2166136261u;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

qsizetype StringPool::slotOf(QStringView text, quint32 h) const
{
    const size_t mask = m_slots.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const qint32 id = m_slots[i];
        if (id < 0 || (m_hashes[size_t(id)] == h && view(id) == text))
            return qsizetype(i);
    }
}

qint32 StringPool::find(QStringView text) const
{
    return m_slots[size_t(slotOf(text, hash(text)))];
}

qint32 StringPool::intern(QStringView text)
{
    const quint32 h = hash(text);
    const qsizetype slot = slotOf(text, h);
    if (m_slots[size_t(slot)] >= 0)
        return m_slots[size_t(slot)];
    const qint32 id = size();
    m_chars.insert(m_chars.end(), reinterpret_cast<const char16_t *>(text.utf16()),
                   reinterpret_cast<const char16_t *>(text.utf16()) + text.size());
    m_start.push_back(qint64(m_chars.size()));
    m_hashes.push_back(h);
    m_slots[size_t(slot)] = id;
    if (size_t(size()) * 2 > m_slots.size())
        rehash();
    return id;
}

void StringPool::rehash()
{
    m_slots.assign(m_slots.size() * 2, -1);
    const size_t mask = m_slots.size() - 1;
    for (qint32 id = 0; id < size(); ++id) {
        size_t i = m_hashes[size_t(id)] & mask;
        while (m_slots[i] >= 0)
            i = (i + 1) & mask;
        m_slots[i] = id;
    }
}

QString StringPool::string(qint32 id) const
{
    if (size_t(id) >= m_strings.size())
        m_strings.resize(size_t(size()));
    QString &s = m_strings[size_t(id)];
    if (s.isNull() && id != 0)
        s = view(id).toString();
    return s;
}

// --- SqliteRows ---------------------------------------------------------------------------------------------

SqliteRows::SqliteRows(const QSqlDatabase &db, const QString &sql)
{
    m_db = SqliteStatement::handleOf(db);
    if (!m_db) {
        m_error = QStringLiteral("not an SQLite connection");
        return;
    }
    if (sqlite3_prepare16_v2(m_db, sql.utf16(), int(sql.size() * 2), &m_stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_stmt = nullptr;
        return;
    }
    const int columns = sqlite3_column_count(m_stmt);
    m_ascii.resize(size_t(columns));
    m_other.resize(size_t(columns));
}

SqliteRows::~SqliteRows()
{
    sqlite3_finalize(m_stmt);
}

void SqliteRows::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index + 1, value);
}

void SqliteRows::bind(int index, const QString &value)
{
    if (m_stmt)
        sqlite3_bind_text16(m_stmt, index + 1, value.utf16(), int(value.size() * 2), SQLITE_TRANSIENT);
}

bool SqliteRows::next()
{
    if (!m_stmt || !m_error.isEmpty())
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

void SqliteRows::reset()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
}

QStringView SqliteRows::text(int column)
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_TEXT: {
        // UTF-8 as stored: widened when ASCII (no conversion, no allocation), else SQLite's UTF-16 (what QSQLITE
        // reads).
        const auto *bytes = sqlite3_column_text(m_stmt, column);
        const int n = sqlite3_column_bytes(m_stmt, column);
        std::vector<char16_t> &wide = m_ascii[size_t(column)];
        if (wide.size() < size_t(n))
            wide.resize(size_t(n));
        for (int i = 0; i < n; ++i) {
            if (bytes[i] >= 0x80) {
                const auto *utf16 = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, column));
                return QStringView(utf16, sqlite3_column_bytes16(m_stmt, column) / 2);
            }
            wide[size_t(i)] = char16_t(bytes[i]);
        }
        return QStringView(wide.data(), n);
    }
    default:
        m_other[size_t(column)] = value(column).toString();
        return m_other[size_t(column)];
    }
}

qint64 SqliteRows::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool SqliteRows::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QVariant SqliteRows::value(int column) const
{
    // QSQLITE (Qt 6, default precision policy): blob, int64, double, null as a null QString, else text.
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_stmt, column)),
                          sqlite3_column_bytes(m_stmt, column));
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_stmt, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_stmt, column);
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    default:
        return QString(reinterpret_cast<const QChar *>(sqlite3_column_text16(m_stmt, column)),
                       sqlite3_column_bytes16(m_stmt, column) / 2);
    }
}

} // namespace Cutover
