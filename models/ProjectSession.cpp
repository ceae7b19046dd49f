#include "ProjectSession.h"

#include "DemoProject.h"

#include <QDir>
#include <QFileInfo>

namespace Cutover {

ProjectSession::ProjectSession(QObject *parent)
    : QObject(parent)
{
}

ProjectSession::~ProjectSession() = default;

bool ProjectSession::open(const QString &path, QString *error)
{
    if (m_store && QFileInfo(path).absoluteFilePath() == m_store->filePath())
        return true;
    auto projectLock = lock(path, error);
    if (!projectLock)
        return false;
    auto store = ProjectStore::open(path, error);
    if (!store)
        return false;
    store->appendAudit(QStringLiteral("project.opened"));
    adopt(std::move(store), std::move(projectLock));
    return true;
}

bool ProjectSession::create(const QString &path, const ProjectSettings &settings, QString *error)
{
    // The lock file goes beside the new project, so its folder must exist first.
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = tr("The folder “%1” could not be created.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    auto projectLock = lock(path, error);
    if (!projectLock)
        return false;
    auto store = ProjectStore::create(path, settings, error);
    if (!store)
        return false;
    adopt(std::move(store), std::move(projectLock));
    return true;
}

bool ProjectSession::openDemo(QString *error)
{
    const QString path = DemoProject::path();
    if (QFileInfo::exists(path))
        return open(path, error);
    return create(path, DemoProject::settings(), error);
}

void ProjectSession::close()
{
    if (!m_store)
        return;
    m_store.reset();
    m_lock.reset();
    emit projectChanged();
}

std::unique_ptr<QLockFile> ProjectSession::lock(const QString &path, QString *error) const
{
    const QFileInfo info(path);
    auto lockFile = std::make_unique<QLockFile>(info.absoluteFilePath() + QLatin1String(".lock"));
    // Never stale by age: a migration window may stay open for days.
    lockFile->setStaleLockTime(0);
    if (lockFile->tryLock(0))
        return lockFile;
    qint64 pid = 0;
    QString host, app;
    const QString file = QDir::toNativeSeparators(info.absoluteFilePath());
    if (lockFile->error() == QLockFile::LockFailedError && lockFile->getLockInfo(&pid, &host, &app)) {
        *error = tr("“%1” is open in another Cutover window (process %2 on %3). Close it there, then open it here.")
                     .arg(file)
                     .arg(pid)
                     .arg(host);
    } else {
        *error =
            tr("“%1” cannot be opened: its folder does not allow the lock file Cutover needs beside it.").arg(file);
    }
    return nullptr;
}

void ProjectSession::adopt(std::unique_ptr<ProjectStore> store, std::unique_ptr<QLockFile> projectLock)
{
    // Release the previous project only once the new one is safely open.
    m_store = std::move(store);
    m_lock = std::move(projectLock);
    m_recent.add(m_store->filePath());
    emit projectChanged();
}

} // namespace Cutover
