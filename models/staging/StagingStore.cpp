#include "StagingStore.h"

#include "sources/CsvWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::StagingStore)
};

bool execOr(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

SnapshotInfo snapshotFrom(const QSqlQuery &q)
{
    SnapshotInfo s;
    s.id = q.value(0).toLongLong();
    s.kind = SnapshotKinds::fromKey(q.value(1).toString()).value_or(SnapshotKind::Trial);
    s.complete = q.value(2).toString() == QLatin1String("complete");
    s.startedUtc = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
    s.completedUtc = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    s.timeZone = q.value(5).toString();
    s.cutoffUtc = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    s.createdBy = q.value(7).toString();
    return s;
}

constexpr auto kSnapshotColumns =
    "id, kind, state, started_at_utc, completed_at_utc, time_zone, cutoff_utc, created_by";

// WHERE clause and bind values for an issue filter.
QString issueWhere(const IssueFilter &filter, QVariantList *binds)
{
    QString where = QStringLiteral("i.snapshot_id = ?");
    if (!filter.includeResolved)
        where += QStringLiteral(" AND i.resolved = 0");
    if (filter.severity) {
        where += QStringLiteral(" AND i.severity = ?");
        binds->append(IssueSeverities::key(*filter.severity));
    }
    if (!filter.code.isEmpty()) {
        where += QStringLiteral(" AND i.code = ?");
        binds->append(filter.code);
    }
    if (!filter.text.isEmpty()) {
        where += QStringLiteral(" AND (i.message LIKE ? OR i.raw_value LIKE ? OR i.column_name LIKE ? "
                                "OR f.path LIKE ?)");
        const QString like = QLatin1Char('%') + filter.text + QLatin1Char('%');
        for (int i = 0; i < 4; ++i)
            binds->append(like);
    }
    return where;
}

} // namespace

namespace StagingStore {

bool recover(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    // Cascades remove their rows, issues and rejected rows.
    if (!q.exec(QStringLiteral("DELETE FROM source_file WHERE state = 'loading'"))
        || !q.exec(QStringLiteral("DELETE FROM snapshot WHERE state = 'loading'"))) {
        *error = Tr::tr("An interrupted load could not be cleared: %1").arg(q.lastError().text());
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

bool deleteSnapshot(QSqlDatabase db, qint64 snapshotId, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM snapshot WHERE id = ?"));
    q.addBindValue(snapshotId);
    return execOr(q, error);
}

bool deleteFiles(QSqlDatabase db, const QList<qint64> &fileIds, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM source_file WHERE id = ?"));
    for (qint64 id : fileIds) {
        q.bindValue(0, id);
        if (!execOr(q, error))
            return false;
    }
    return true;
}

std::optional<SnapshotInfo> snapshot(QSqlDatabase db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM snapshot WHERE id = ?").arg(QLatin1String(kSnapshotColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return snapshotFrom(q);
}

std::optional<SnapshotInfo> latestSnapshot(QSqlDatabase db, std::optional<SnapshotKind> kind)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM snapshot WHERE state = 'complete' %2 ORDER BY id DESC LIMIT 1")
                  .arg(QLatin1String(kSnapshotColumns), kind ? QStringLiteral("AND kind = ?") : QString()));
    if (kind)
        q.addBindValue(SnapshotKinds::key(*kind));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return snapshotFrom(q);
}

QList<SnapshotInfo> snapshots(QSqlDatabase db)
{
    QList<SnapshotInfo> list;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT %1 FROM snapshot WHERE state = 'complete' ORDER BY id DESC")
                   .arg(QLatin1String(kSnapshotColumns)))) {
        while (q.next())
            list.append(snapshotFrom(q));
    }
    return list;
}

QList<SourceFileInfo> files(QSqlDatabase db, qint64 snapshotId)
{
    QList<SourceFileInfo> list;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT id, snapshot_id, state, path, sheet, size, sha256, format, encoding, delimiter, entity, map_id, "
        "json_extract(map_json, '$.name'), rows_read, rows_staged, rows_rejected FROM source_file "
        "WHERE snapshot_id = ? ORDER BY id"));
    q.addBindValue(snapshotId);
    if (!q.exec())
        return list;
    while (q.next()) {
        SourceFileInfo f;
        f.id = q.value(0).toLongLong();
        f.snapshotId = q.value(1).toLongLong();
        f.complete = q.value(2).toString() == QLatin1String("complete");
        f.path = q.value(3).toString();
        f.sheet = q.value(4).toString();
        f.size = q.value(5).toLongLong();
        f.sha256 = q.value(6).toString();
        f.format = q.value(7).toString();
        f.encoding = q.value(8).toString();
        f.delimiter = q.value(9).toString();
        f.entity = Entities::fromKey(q.value(10).toString()).value_or(Entity::Client);
        f.mapId = q.value(11).toString();
        f.mapName = q.value(12).toString();
        f.rowsRead = q.value(13).toLongLong();
        f.rowsStaged = q.value(14).toLongLong();
        f.rowsRejected = q.value(15).toLongLong();
        list.append(f);
    }
    return list;
}

QMap<Entity, qint64> entityCounts(QSqlDatabase db, qint64 snapshotId, bool includedOnly)
{
    QMap<Entity, qint64> counts;
    QSqlQuery q(db);
    for (Entity e : Entities::all()) {
        const QString table = Entities::tableName(e);
        QString sql = QStringLiteral("SELECT count(*) FROM %1 t WHERE t.snapshot_id = ?").arg(table);
        if (includedOnly) {
            // A row is out when its client is excluded, directly or through its matter.
            const bool hasClient = Entities::field(e, QStringLiteral("client_key")) != nullptr;
            const bool hasMatter = Entities::field(e, QStringLiteral("matter_key")) != nullptr;
            if (e == Entity::Client) {
                sql += QStringLiteral(
                    " AND t.source_key NOT IN (SELECT client_key FROM client_selection WHERE included = 0)");
            } else {
                if (hasClient)
                    sql += QStringLiteral(" AND coalesce(t.client_key, '') NOT IN (SELECT client_key FROM "
                                          "client_selection WHERE included = 0)");
                if (hasMatter)
                    sql += QStringLiteral(" AND coalesce(t.matter_key, '') NOT IN (SELECT m.source_key FROM "
                                          "stg_matter m JOIN client_selection c ON c.client_key = m.client_key "
                                          "AND c.included = 0 WHERE m.snapshot_id = t.snapshot_id)");
            }
        }
        q.prepare(sql);
        q.addBindValue(snapshotId);
        if (q.exec() && q.next())
            counts.insert(e, q.value(0).toLongLong());
    }
    return counts;
}

IssueCounts issueCounts(QSqlDatabase db, qint64 snapshotId)
{
    IssueCounts c;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT severity, count(*) FROM staging_issue WHERE snapshot_id = ? AND resolved = 0 "
                             "GROUP BY severity"));
    q.addBindValue(snapshotId);
    if (q.exec()) {
        while (q.next()) {
            const QString s = q.value(0).toString();
            const qint64 n = q.value(1).toLongLong();
            if (s == QLatin1String("error"))
                c.errors = n;
            else if (s == QLatin1String("warning"))
                c.warnings = n;
            else
                c.infos = n;
        }
    }
    return c;
}

qint64 issueCount(QSqlDatabase db, qint64 snapshotId, const IssueFilter &filter)
{
    QVariantList binds;
    const QString where = issueWhere(filter, &binds);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM staging_issue i LEFT JOIN source_file f ON f.id = i.file_id WHERE ")
              + where);
    q.addBindValue(snapshotId);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<StagingIssue> issues(QSqlDatabase db, qint64 snapshotId, const IssueFilter &filter, qint64 offset, qint64 limit)
{
    QVariantList binds;
    const QString where = issueWhere(filter, &binds);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT i.id, i.snapshot_id, coalesce(i.file_id, 0), coalesce(f.path, ''), "
                             "coalesce(f.sheet, ''), i.entity, i.row, i.column_no, i.column_name, i.severity, i.code, "
                             "i.message, i.raw_value, i.resolved FROM staging_issue i "
                             "LEFT JOIN source_file f ON f.id = i.file_id WHERE ")
              + where + QStringLiteral(" ORDER BY i.id LIMIT ? OFFSET ?"));
    q.addBindValue(snapshotId);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<StagingIssue> list;
    if (!q.exec())
        return list;
    while (q.next()) {
        StagingIssue i;
        i.id = q.value(0).toLongLong();
        i.snapshotId = q.value(1).toLongLong();
        i.fileId = q.value(2).toLongLong();
        i.file = q.value(3).toString();
        i.sheet = q.value(4).toString();
        i.entity = q.value(5).toString();
        i.row = q.value(6).toLongLong();
        i.column = q.value(7).toInt();
        i.columnName = q.value(8).toString();
        i.severity = IssueSeverities::fromKey(q.value(9).toString()).value_or(IssueSeverity::Error);
        i.code = q.value(10).toString();
        i.message = q.value(11).toString();
        i.rawValue = q.value(12).toString();
        i.resolved = q.value(13).toInt() != 0;
        list.append(i);
    }
    return list;
}

QList<QPair<QString, qint64>> issueCodes(QSqlDatabase db, qint64 snapshotId)
{
    QList<QPair<QString, qint64>> list;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT code, count(*) AS n FROM staging_issue WHERE snapshot_id = ? AND resolved = 0 "
                             "GROUP BY code ORDER BY n DESC, code"));
    q.addBindValue(snapshotId);
    if (q.exec()) {
        while (q.next())
            list.append({ q.value(0).toString(), q.value(1).toLongLong() });
    }
    return list;
}

bool writeIssuesCsv(QSqlDatabase db, qint64 snapshotId, const QString &path, QString *error)
{
    CsvWriter out(path);
    if (!out.open(error))
        return false;
    out.writeRow({ QStringLiteral("file"), QStringLiteral("sheet"), QStringLiteral("row"), QStringLiteral("column"),
                   QStringLiteral("column_name"), QStringLiteral("severity"), QStringLiteral("code"),
                   QStringLiteral("message"), QStringLiteral("raw_value") });
    const qint64 page = 5000;
    for (qint64 offset = 0;; offset += page) {
        const QList<StagingIssue> list = issues(db, snapshotId, {}, offset, page);
        for (const StagingIssue &i : list) {
            out.writeRow({ i.file, i.sheet, QString::number(i.row), QString::number(i.column), i.columnName,
                           IssueSeverities::key(i.severity), i.code, i.message, i.rawValue });
        }
        if (list.size() < page)
            break;
    }
    return out.commit(error);
}

QStringList writeFixLists(QSqlDatabase db, qint64 snapshotId, const QString &folder, QString *error)
{
    QStringList written;
    if (!QDir().mkpath(folder)) {
        *error = Tr::tr("The folder %1 cannot be created.").arg(folder);
        return {};
    }
    QSqlQuery problems(db);
    problems.prepare(QStringLiteral("SELECT group_concat(coalesce(nullif(column_name, ''), '') || ': ' || message, "
                                    "' | ') FROM staging_issue WHERE file_id = ? AND row = ? AND severity = 'error'"));
    for (const SourceFileInfo &f : files(db, snapshotId)) {
        if (f.rowsRejected == 0)
            continue;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT header, json_extract(map_json, '$.options.hasHeader') FROM source_file "
                                 "WHERE id = ?"));
        q.addBindValue(f.id);
        if (!q.exec() || !q.next())
            continue;
        const QStringList header = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).toVariant().toStringList();
        const bool hasHeader = q.value(1).isNull() || q.value(1).toInt() != 0;
        QString base = QFileInfo(f.path).completeBaseName();
        if (!f.sheet.isEmpty())
            base += QLatin1Char('-') + f.sheet;
        const QString path = QDir(folder).filePath(Tr::tr("%1 - fix list.csv").arg(base));
        CsvWriter out(path);
        if (!out.open(error))
            return {};
        if (hasHeader)
            out.writeRow(QStringList(header) << Tr::tr("Cutover: problems (delete this column or leave it)"));
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        rows.prepare(
            QStringLiteral("SELECT row, cells FROM rejected_row WHERE file_id = ? AND fixed = 0 ORDER BY row"));
        rows.addBindValue(f.id);
        if (!rows.exec()) {
            *error = rows.lastError().text();
            return {};
        }
        while (rows.next()) {
            QStringList cells = QJsonDocument::fromJson(rows.value(1).toString().toUtf8()).toVariant().toStringList();
            while (hasHeader && cells.size() < header.size())
                cells << QString();
            problems.bindValue(0, f.id);
            problems.bindValue(1, rows.value(0));
            QString text = Tr::tr("row %1").arg(rows.value(0).toLongLong());
            if (problems.exec() && problems.next())
                text += QStringLiteral(": ") + problems.value(0).toString();
            out.writeRow(cells << text);
        }
        if (!out.commit(error))
            return {};
        written << path;
    }
    return written;
}

bool loadReferenceKeys(QSqlDatabase db, qint64 snapshotId, QSet<QString> *users, QSet<QString> *clients,
                       QSet<QString> *matters, QString *error)
{
    struct Source
    {
        const char *sql;
        QSet<QString> *into;
        bool lower;
    } sources[] = {
        { "SELECT source_key FROM stg_user WHERE snapshot_id = ? UNION SELECT name FROM stg_user WHERE snapshot_id = ? "
          "UNION SELECT email FROM stg_user WHERE snapshot_id = ?",
          users, true },
        { "SELECT source_key FROM stg_client WHERE snapshot_id = ?", clients, false },
        { "SELECT name FROM stg_client WHERE snapshot_id = ?", clients, true },
        { "SELECT source_key FROM stg_matter WHERE snapshot_id = ?", matters, false },
    };
    for (const Source &s : sources) {
        QSqlQuery q(db);
        const QString sql = QString::fromLatin1(s.sql);
        q.prepare(sql);
        for (int i = 0; i < sql.count(QLatin1Char('?')); ++i)
            q.addBindValue(snapshotId);
        if (!execOr(q, error))
            return false;
        while (q.next()) {
            if (q.value(0).isNull())
                continue;
            const QString v = q.value(0).toString();
            s.into->insert(s.lower ? v.toLower() : v);
        }
    }
    return true;
}

bool saveMap(QSqlDatabase db, const ImportMap &map, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO import_map (id, name, entity, json, saved_at_utc) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT(id) DO UPDATE SET name = excluded.name, entity = excluded.entity, "
                             "json = excluded.json, saved_at_utc = excluded.saved_at_utc"));
    q.addBindValue(map.id);
    q.addBindValue(map.name);
    q.addBindValue(Entities::key(map.entity));
    q.addBindValue(QString::fromUtf8(QJsonDocument(map.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return execOr(q, error);
}

QList<ImportMap> savedMaps(QSqlDatabase db)
{
    QList<ImportMap> list;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT json FROM import_map ORDER BY name")))
        return list;
    while (q.next()) {
        QString ignored;
        if (auto map = ImportMap::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(), &ignored))
            list.append(*map);
    }
    return list;
}

bool deleteMap(QSqlDatabase db, const QString &id, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM import_map WHERE id = ?"));
    q.addBindValue(id);
    return execOr(q, error);
}

QList<ClientChoice> clients(QSqlDatabase db, qint64 snapshotId)
{
    QList<ClientChoice> list;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT c.source_key, coalesce(c.name, ''), "
        "(SELECT count(*) FROM stg_matter m WHERE m.snapshot_id = c.snapshot_id AND m.client_key = c.source_key), "
        "coalesce(s.included, 1) FROM stg_client c LEFT JOIN client_selection s ON s.client_key = c.source_key "
        "WHERE c.snapshot_id = ? ORDER BY c.name COLLATE NOCASE, c.source_key"));
    q.addBindValue(snapshotId);
    if (!q.exec())
        return list;
    while (q.next())
        list.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toInt() != 0 });
    return list;
}

bool setClientsIncluded(QSqlDatabase db, const QStringList &clientKeys, bool included, QString *error)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO client_selection (client_key, included, changed_at_utc) VALUES (?, ?, ?) "
                             "ON CONFLICT(client_key) DO UPDATE SET included = excluded.included, "
                             "changed_at_utc = excluded.changed_at_utc"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const QString &key : clientKeys) {
        q.bindValue(0, key);
        q.bindValue(1, included ? 1 : 0);
        q.bindValue(2, now);
        if (!execOr(q, error)) {
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

} // namespace StagingStore

} // namespace Cutover
