#include "SandboxStore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Sandbox {

SandboxStore::SandboxStore()
    : m_connection(QStringLiteral("cutover-sandbox-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
{
}

SandboxStore::~SandboxStore()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool SandboxStore::open(const QString &path, QString *error)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, m_db.lastError().text());
        return false;
    }
    const QStringList statements = {
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS record (resource TEXT NOT NULL, id INTEGER NOT NULL, "
                       "json TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (resource, id))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS request_log (at_ms INTEGER NOT NULL, method TEXT NOT NULL, "
                       "path TEXT NOT NULL, status INTEGER NOT NULL, fault TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS upload (uuid TEXT PRIMARY KEY, document_id INTEGER NOT NULL, "
                       "content_type TEXT NOT NULL, bytes BLOB, size INTEGER NOT NULL DEFAULT -1)"),
    };
    for (const QString &sql : statements) {
        QSqlQuery q(m_db);
        if (!q.exec(sql)) {
            *error = QStringLiteral("cannot prepare %1: %2").arg(path, q.lastError().text());
            return false;
        }
    }
    return true;
}

qint64 SandboxStore::firstIdOf(const QString &resource)
{
    // Each resource counts from its own base, so an id of one kind sent where
    // another is expected refers to nothing instead of to the wrong record.
    static const QHash<QString, qint64> bases = {
        { QStringLiteral("users"), 1 },           { QStringLiteral("custom_fields"), 1001 },
        { QStringLiteral("contacts"), 100001 },   { QStringLiteral("matters"), 200001 },
        { QStringLiteral("activities"), 300001 }, { QStringLiteral("notes"), 400001 },
        { QStringLiteral("folders"), 500001 },    { QStringLiteral("documents"), 600001 },
    };
    return bases.value(resource, 1);
}

static QString etagOf(const QJsonObject &record)
{
    QJsonObject r = record;
    r.remove(QStringLiteral("etag"));
    const QByteArray hash =
        QCryptographicHash::hash(QJsonDocument(r).toJson(QJsonDocument::Compact), QCryptographicHash::Md5)
            .toHex()
            .left(20);
    return QStringLiteral("\"%1\"").arg(QString::fromLatin1(hash));
}

qint64 SandboxStore::nextId(const QString &resource) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT max(id) FROM record WHERE resource = ?"));
    q.addBindValue(resource);
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        return 0;
    }
    return q.value(0).isNull() ? firstIdOf(resource) : q.value(0).toLongLong() + 1;
}

qint64 SandboxStore::insert(const QString &resource, QJsonObject record)
{
    const qint64 id = nextId(resource);
    if (id == 0)
        return 0;
    record.insert(QStringLiteral("id"), id);
    record.insert(QStringLiteral("etag"), etagOf(record));
    QSqlQuery ins(m_db);
    ins.prepare(QStringLiteral("INSERT INTO record (resource, id, json, deleted) VALUES (?, ?, ?, 0)"));
    ins.addBindValue(resource);
    ins.addBindValue(id);
    ins.addBindValue(QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
    if (!ins.exec()) {
        m_lastError = ins.lastError().text();
        return 0;
    }
    return id;
}

bool SandboxStore::update(const QString &resource, qint64 id, const QJsonObject &record)
{
    QJsonObject r = record;
    r.insert(QStringLiteral("id"), id);
    r.insert(QStringLiteral("etag"), etagOf(r));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE record SET json = ? WHERE resource = ? AND id = ?"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Compact)));
    q.addBindValue(resource);
    q.addBindValue(id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool SandboxStore::softDelete(const QString &resource, qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE record SET deleted = 1 WHERE resource = ? AND id = ?"));
    q.addBindValue(resource);
    q.addBindValue(id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool SandboxStore::restore(const QString &resource, qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE record SET deleted = 0 WHERE resource = ? AND id = ?"));
    q.addBindValue(resource);
    q.addBindValue(id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<QJsonObject> SandboxStore::find(const QString &resource, qint64 id, bool includeDeleted) const
{
    QSqlQuery q(m_db);
    q.prepare(includeDeleted ? QStringLiteral("SELECT json FROM record WHERE resource = ? AND id = ?")
                             : QStringLiteral("SELECT json FROM record WHERE resource = ? AND id = ? AND deleted = 0"));
    q.addBindValue(resource);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    QJsonObject r = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    r.insert(QStringLiteral("id"), id); // the row's id wins over an edited json
    return r;
}

SandboxStore::Page SandboxStore::list(const QString &resource, qint64 afterId, int limit,
                                      const std::function<bool(const QJsonObject &)> &keep,
                                      const Prefilter &prefilter) const
{
    Page page;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT id, json FROM record WHERE resource = ? AND deleted = 0");
    for (const QString &clause : prefilter.clauses)
        sql += QStringLiteral(" AND (%1)").arg(clause);
    q.prepare(sql + QStringLiteral(" ORDER BY id"));
    q.addBindValue(resource);
    for (const QVariant &bind : prefilter.binds)
        q.addBindValue(bind);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return page;
    }
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        QJsonObject r = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        r.insert(QStringLiteral("id"), id);
        if (keep && !keep(r))
            continue;
        ++page.total;
        if (id <= afterId)
            continue;
        if (page.records.size() < limit)
            page.records.append(r);
        else
            page.more = true;
    }
    return page;
}

QList<qint64> SandboxStore::idsWhere(const QString &resource, const QString &jsonPath, const QVariant &value) const
{
    QList<qint64> ids;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM record WHERE resource = ? AND deleted = 0 AND json_extract(json, ?) = ? "
                             "ORDER BY id"));
    q.addBindValue(resource);
    q.addBindValue(jsonPath);
    q.addBindValue(value);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return ids;
    }
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QList<QJsonObject> SandboxStore::all(const QString &resource) const
{
    return list(resource, 0, std::numeric_limits<int>::max(), {}).records;
}

void SandboxStore::logRequest(qint64 atMs, const QString &method, const QString &path, int status, const QString &fault)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO request_log (at_ms, method, path, status, fault) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(atMs);
    q.addBindValue(method);
    q.addBindValue(path);
    q.addBindValue(status);
    q.addBindValue(fault.isNull() ? QStringLiteral("") : fault);
    if (!q.exec())
        m_lastError = q.lastError().text();
}

bool SandboxStore::addUpload(const QString &uuid, qint64 documentId, const QString &contentType)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO upload (uuid, document_id, content_type, bytes, size) VALUES (?, ?, ?, NULL, -1)"));
    q.addBindValue(uuid);
    q.addBindValue(documentId);
    q.addBindValue(contentType);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool SandboxStore::putUpload(const QString &uuid, const QString &contentType, const QByteArray &bytes)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE upload SET bytes = ?, size = ?, content_type = ? WHERE uuid = ?"));
    q.addBindValue(bytes.isNull() ? QByteArray("") : bytes);
    q.addBindValue(bytes.size());
    q.addBindValue(contentType);
    q.addBindValue(uuid);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return q.numRowsAffected() == 1;
}

std::optional<SandboxStore::Upload> SandboxStore::upload(const QString &uuid) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT document_id, content_type, size FROM upload WHERE uuid = ?"));
    q.addBindValue(uuid);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Upload { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong() };
}

} // namespace Sandbox
