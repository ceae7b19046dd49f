#include "StagingTasks.h"

#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QUuid>

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::StagingTasks)
};

// A connection of its own for the calling thread, removed when it goes.
class Connection
{
public:
    explicit Connection(const QString &projectPath)
        : m_name(QStringLiteral("task-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
    {
        m_db = ProjectStore::openConnection(projectPath, m_name, &m_error);
        if (!m_db.isOpen() && m_error.isEmpty())
            m_error = Tr::tr("The project file cannot be opened.");
    }
    ~Connection()
    {
        if (m_db.isOpen())
            m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase db() const { return m_db; }
    QString error() const { return m_error; }

private:
    QString m_name;
    QString m_error;
    QSqlDatabase m_db;
};

} // namespace

namespace StagingTasks {

SnapshotOverview overview(const QString &projectPath)
{
    SnapshotOverview o;
    Connection c(projectPath);
    if (!c.isOpen()) {
        o.error = c.error();
        return o;
    }
    o.snapshots = StagingStore::snapshots(c.db());
    if (!o.snapshots.isEmpty()) {
        o.latestId = o.snapshots.constFirst().id;
        o.counts = StagingStore::entityCounts(c.db(), o.latestId);
        o.files = StagingStore::files(c.db(), o.latestId);
        o.issues = StagingStore::issueCounts(c.db(), o.latestId);
        o.clients = StagingStore::clients(c.db(), o.latestId);
        o.includedCounts = StagingStore::entityCounts(c.db(), o.latestId, true);
    }
    return o;
}

qint64 issueCount(const QString &projectPath, qint64 snapshotId, const IssueFilter &filter)
{
    Connection c(projectPath);
    return c.isOpen() ? StagingStore::issueCount(c.db(), snapshotId, filter) : -1;
}

TaskOutcome writeIssuesCsv(const QString &projectPath, qint64 snapshotId, const QString &path)
{
    TaskOutcome out;
    Connection c(projectPath);
    if (!c.isOpen()) {
        out.error = c.error();
        return out;
    }
    out.ok = StagingStore::writeIssuesCsv(c.db(), snapshotId, path, &out.error);
    if (out.ok)
        out.files << path;
    return out;
}

TaskOutcome writeFixLists(const QString &projectPath, qint64 snapshotId, const QString &folder)
{
    TaskOutcome out;
    Connection c(projectPath);
    if (!c.isOpen()) {
        out.error = c.error();
        return out;
    }
    out.files = StagingStore::writeFixLists(c.db(), snapshotId, folder, &out.error);
    out.ok = out.error.isEmpty();
    return out;
}

MapFile loadMap(const QString &path)
{
    MapFile file;
    file.map = ImportMap::load(path, &file.error);
    return file;
}

TaskOutcome saveMap(const ImportMap &map, const QString &path)
{
    TaskOutcome out;
    out.ok = map.save(path, &out.error);
    if (out.ok)
        out.files << path;
    return out;
}

} // namespace StagingTasks

} // namespace Cutover
