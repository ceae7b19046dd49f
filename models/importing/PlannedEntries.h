#pragma once

// Time entries and expenses as ImportPlanner::build chooses them, kept compact.
// A firm's history is mostly time entries: a million of them each as a
// PlannedRecord (a QSqlQuery value per cell, a label, a dependency list) cost
// the review's reconciliation 6-10 s. ImportPlanner::build reads them through
// SQLite's own API into these structs (keys interned once: 40 users, 20,000
// matters and 330 dates stand behind a million entries) and turns them into
// PlannedRecords only when asked for records; the reconciliation takes them
// as they are and builds strings only for the records that differ.

#include "targets/TargetConnector.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVariant>

#include <limits>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace Cutover {

// For the big arrays of a million entries: their memory in huge pages where the system allows (with 4 KiB pages
// filling them cost a page fault every 4 KiB, and reading them at random a TLB miss nearly every time).
void *allocateLarge(size_t bytes);
void freeLarge(void *p) noexcept;

template<typename T> struct LargeAllocator
{
    using value_type = T;
    LargeAllocator() = default;
    template<typename U> LargeAllocator(const LargeAllocator<U> &) noexcept { }
    T *allocate(size_t n) { return static_cast<T *>(allocateLarge(n * sizeof(T))); }
    void deallocate(T *p, size_t) noexcept { freeLarge(p); }
    template<typename U> bool operator==(const LargeAllocator<U> &) const noexcept { return true; }
};

template<typename T> using LargeVector = std::vector<T, LargeAllocator<T>>;

// Strings interned once, by their exact UTF-16 text. Ids count from 0; 0 is "".
class StringPool
{
public:
    StringPool();

    // Room for `count` strings without growing the table (it grows by rehashing every string).
    void reserve(qsizetype count);
    qint32 intern(QStringView text);
    qint32 find(QStringView text) const; // -1 when not interned
    // The same in two steps: hashed and its slot fetched into the cache first, so other work (the row's other
    // columns) overlaps the memory's latency (a million keys make a table the cache does not hold).
    quint32 prefetch(QStringView text) const;
    qint32 intern(QStringView text, quint32 hash);
    qint32 find(QStringView text, quint32 hash) const;
    QStringView view(qint32 id) const
    {
        return QStringView(m_chars.data() + m_start[size_t(id)],
                           qsizetype(m_start[size_t(id) + 1] - m_start[size_t(id)]));
    }
    // The same (shared) QString for every call with the same id.
    QString string(qint32 id) const;
    qint32 size() const { return qint32(m_start.size() - 1); }

private:
    static quint32 hash(QStringView text);
    qsizetype slotOf(QStringView text, quint32 h) const;
    void rehash();
    void rehashFrom(const quint64 *old, size_t oldCount);

    LargeVector<char16_t> m_chars;
    LargeVector<qint64> m_start; // id -> first char; one more than ids
    // Open addressing: hash and id + 1, 0 when empty. Huge pages where the system allows (a million keys make a
    // table of 32 MB read at random: with 4 KiB pages nearly every probe missed the TLB too).
    struct Free
    {
        void operator()(quint64 *p) const;
    };
    std::unique_ptr<quint64[], Free> m_slots;
    size_t m_slotCount = 0;
    static std::unique_ptr<quint64[], Free> allocateSlots(size_t count);
    mutable std::vector<QString> m_strings;
};

// One statement read straight through SQLite's API on a Qt Sql connection:
// through QSqlQuery::value() a million rows cost seconds (a QVariant per cell).
// Values read as QSqlQuery would give them (QSQLITE's conversions), so code
// moved here reads the same data.
class SqliteRows
{
public:
    SqliteRows(const QSqlDatabase &db, const QString &sql);
    SqliteRows(sqlite3 *db, const QString &sql); // a connection of SQLite's own (a reader thread's)
    ~SqliteRows();
    SqliteRows(const SqliteRows &) = delete;
    SqliteRows &operator=(const SqliteRows &) = delete;

    // 0-based like QSqlQuery; bind before the first next() (or after reset()).
    void bind(int index, qint64 value);
    void bind(int index, const QString &value);
    bool next();
    void reset(); // to run again with other values bound

    // What QSqlQuery::value(column).toString() gives, without a QString for
    // ASCII text: valid until the same column is read again or next().
    QStringView text(int column);
    QString string(int column) { return text(column).toString(); }
    qint64 integer(int column) const; // sqlite3_column_int64
    bool isNull(int column) const;
    QVariant value(int column) const; // as QSQLITE gives it
    int toInt(int column) const; // QSqlQuery::value(column).toInt()

    bool ok() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
    std::vector<std::vector<char16_t>> m_ascii; // per column
    std::vector<QString> m_other; // per column
};

// A value computed once per id of a StringPool: compute() the first time an id is asked for, then remembered
// (a million entries share a few thousand matters, users and dates).
class IdMemo
{
public:
    template<typename Compute> qint32 get(qint32 id, const Compute &compute)
    {
        if (size_t(id) >= m_values.size())
            m_values.resize(size_t(id) + 1, kUnknown);
        if (m_values[size_t(id)] == kUnknown)
            m_values[size_t(id)] = compute();
        return m_values[size_t(id)];
    }

private:
    static constexpr qint32 kUnknown = std::numeric_limits<qint32>::min();
    std::vector<qint32> m_values;
};

struct PlannedEntries
{
    struct Entry
    {
        qint64 rowId = 0; // the staging row (stg_time_entry or stg_expense)
        // The row's values, as stored (for the review): duration in seconds
        // (time entries; 0 when none), rate and amount in cents.
        qint64 duration = 0, rate = 0, amount = 0;
        qint32 key = 0; // source key, as the row has it (the ledger's key): an id in `keys`
        // Ids in `strings`.
        qint32 matter = 0; // matter key, trimmed ("" when none)
        qint32 client = 0; // the row's client, else its matter's (trimmed)
        qint32 user = 0; // the source user, resolved to the users file like the planner does
        qint32 date = 0; // trimmed
        qint32 problem = -1; // index in `problems`: refused before sending
        RecordKind kind = RecordKind::TimeEntry;
        bool hasRate = false, hasAmount = false;
        bool clientOfMatter = false; // the row names no client: `client` is its matter's
        bool billed = false; // skipped: billed history stays in the old system
        bool changedInDelta = false;
    };
    StringPool keys; // a million, one per entry
    StringPool strings; // a few thousand: matters, clients, users, dates (apart, so their table stays in cache)
    LargeVector<Entry> entries; // in import order: the time entries, then the expenses
    QStringList problems;
    QString billedReason; // the skip reason of a billed entry

    QString problem(const Entry &e) const { return e.problem < 0 ? QString() : problems.at(e.problem); }
};

} // namespace Cutover
