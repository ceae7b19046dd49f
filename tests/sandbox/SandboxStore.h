#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace Sandbox {

// The sandbox's state in one SQLite file (WAL, so tests can read it while the
// sandbox runs). Tables (README.md "Reading the sandbox's state"):
//   record(resource, id, json, deleted)  every record as the sandbox holds it in full;
//                                        a DELETE sets deleted = 1 (kept for tests)
//   request_log(at_ms, method, path, status, fault)
//   upload(uuid, document_id, content_type, bytes, size)  document bytes PUT to put_url
class SandboxStore
{
public:
    SandboxStore();
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    bool open(const QString &path, QString *error);

    // The id the next insert() of this resource will get.
    qint64 nextId(const QString &resource) const;
    // Inserts a new record with the next id of its resource; returns the id (0 on failure).
    qint64 insert(const QString &resource, QJsonObject record);
    bool update(const QString &resource, qint64 id, const QJsonObject &record);
    bool softDelete(const QString &resource, qint64 id);
    bool restore(const QString &resource, qint64 id);
    std::optional<QJsonObject> find(const QString &resource, qint64 id, bool includeDeleted = false) const;

    struct Page
    {
        QList<QJsonObject> records;
        qint64 total = 0; // all matching records, not only this page
        bool more = false;
    };
    // A narrowing in SQL before keep() looks at a record: `clause` is ANDed to the
    // WHERE (e.g. "json_extract(json, '$.matter.id') = ?"), so large tables are not parsed whole.
    struct Prefilter
    {
        QStringList clauses;
        QVariantList binds;
    };
    // Live records of a resource with id > afterId, ordered by id, filtered by keep().
    Page list(const QString &resource, qint64 afterId, int limit, const std::function<bool(const QJsonObject &)> &keep,
              const Prefilter &prefilter = {}) const;
    // Ids of live records whose json has `value` at `jsonPath` ("$.display_number").
    QList<qint64> idsWhere(const QString &resource, const QString &jsonPath, const QVariant &value) const;
    QList<QJsonObject> all(const QString &resource) const;

    void logRequest(qint64 atMs, const QString &method, const QString &path, int status, const QString &fault);

    bool putUpload(const QString &uuid, const QString &contentType, const QByteArray &bytes);
    struct Upload
    {
        qint64 documentId = 0;
        QString contentType;
        qint64 size = -1; // -1: nothing PUT yet
    };
    std::optional<Upload> upload(const QString &uuid) const;
    bool addUpload(const QString &uuid, qint64 documentId, const QString &contentType);

    QString lastError() const { return m_lastError; }

private:
    static qint64 firstIdOf(const QString &resource);

    QString m_connection;
    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace Sandbox
