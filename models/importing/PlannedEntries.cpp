#include "PlannedEntries.h"

#include "staging/SqliteStatement.h"

#include <cstdlib>
#include <cstring>
#include <sqlite3.h>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace Cutover {

// --- StringPool ---------------------------------------------------------------------------------------------

// A slot holds (hash << 32) | (id + 1), 0 when empty: one read finds both.
StringPool::StringPool()
{
    m_start = { 0, 0 }; // id 0: "" (found without a slot)
    m_slotCount = 1024;
    m_slots = allocateSlots(m_slotCount);
}

void StringPool::Free::operator()(quint64 *p) const
{
    std::free(p);
}

void *allocateLarge(size_t bytes)
{
    constexpr size_t kHuge = size_t(2) << 20;
    void *p = nullptr;
    if (bytes >= kHuge) {
        const size_t rounded = (bytes + kHuge - 1) / kHuge * kHuge;
        p = std::aligned_alloc(kHuge, rounded);
#ifdef MADV_HUGEPAGE
        if (p)
            madvise(p, rounded, MADV_HUGEPAGE);
#endif
    }
    if (!p)
        p = std::malloc(bytes ? bytes : 1);
    if (!p)
        throw std::bad_alloc();
    return p;
}

void freeLarge(void *p) noexcept
{
    std::free(p);
}

std::unique_ptr<quint64[], StringPool::Free> StringPool::allocateSlots(size_t count)
{
    auto *p = static_cast<quint64 *>(allocateLarge(count * sizeof(quint64)));
    std::memset(p, 0, count * sizeof(quint64));
    return std::unique_ptr<quint64[], Free>(p);
}

quint32 StringPool::hash(QStringView text)
{
    // FNV-1a over the UTF-16 units (keys are short), then mixed so the low bits spread too.
    quint32 h = 2166136261u;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    return h;
}

qsizetype StringPool::slotOf(QStringView text, quint32 h) const
{
    const size_t mask = m_slotCount - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const quint64 slot = m_slots[i];
        if (slot == 0)
            return qsizetype(i);
        if (quint32(slot >> 32) == h) {
            const QStringView other = view(qint32(quint32(slot) - 1));
            if (other.size() == text.size()
                && std::memcmp(other.utf16(), text.utf16(), size_t(text.size()) * sizeof(char16_t)) == 0)
                return qsizetype(i);
        }
    }
}

quint32 StringPool::prefetch(QStringView text) const
{
    const quint32 h = hash(text);
    __builtin_prefetch(&m_slots[h & (m_slotCount - 1)]);
    return h;
}

qint32 StringPool::find(QStringView text) const
{
    return text.isEmpty() ? 0 : find(text, hash(text));
}

qint32 StringPool::find(QStringView text, quint32 h) const
{
    if (text.isEmpty())
        return 0;
    return qint32(quint32(m_slots[size_t(slotOf(text, h))])) - 1;
}

qint32 StringPool::intern(QStringView text)
{
    return text.isEmpty() ? 0 : intern(text, hash(text));
}

qint32 StringPool::intern(QStringView text, quint32 h)
{
    if (text.isEmpty())
        return 0;
    const qsizetype slot = slotOf(text, h);
    if (m_slots[size_t(slot)] != 0)
        return qint32(quint32(m_slots[size_t(slot)])) - 1;
    const qint32 id = size();
    m_chars.insert(m_chars.end(), reinterpret_cast<const char16_t *>(text.utf16()),
                   reinterpret_cast<const char16_t *>(text.utf16()) + text.size());
    m_start.push_back(qint64(m_chars.size()));
    m_slots[size_t(slot)] = (quint64(h) << 32) | quint32(id + 1);
    if (size_t(size()) * 2 > m_slotCount)
        rehash();
    return id;
}

void StringPool::reserve(qsizetype count)
{
    size_t wanted = m_slotCount;
    while (size_t(count) * 2 > wanted)
        wanted *= 2;
    if (wanted == m_slotCount)
        return;
    m_start.reserve(size_t(count) + 1);
    m_chars.reserve(size_t(count) * 8); // keys are short; address space only until written
    auto old = allocateSlots(wanted);
    old.swap(m_slots);
    const size_t oldCount = m_slotCount;
    m_slotCount = wanted;
    rehashFrom(old.get(), oldCount);
}

void StringPool::rehashFrom(const quint64 *old, size_t oldCount)
{
    const size_t mask = m_slotCount - 1;
    for (size_t k = 0; k < oldCount; ++k) {
        const quint64 slot = old[k];
        if (slot == 0)
            continue;
        size_t i = size_t(slot >> 32) & mask;
        while (m_slots[i] != 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

void StringPool::rehash()
{
    auto old = allocateSlots(m_slotCount * 2);
    old.swap(m_slots);
    const size_t oldCount = m_slotCount;
    m_slotCount *= 2;
    rehashFrom(old.get(), oldCount);
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
    : SqliteRows(SqliteStatement::handleOf(db), sql)
{
}

SqliteRows::SqliteRows(sqlite3 *db, const QString &sql)
{
    m_db = db;
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

int SqliteRows::toInt(int column) const
{
    if (sqlite3_column_type(m_stmt, column) == SQLITE_INTEGER) {
        const qint64 v = sqlite3_column_int64(m_stmt, column);
        if (v == 0 || v == 1)
            return int(v);
    }
    return value(column).toInt();
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
