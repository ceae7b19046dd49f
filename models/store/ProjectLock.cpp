#include "ProjectLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QThread>

namespace Cutover {

namespace {

// The project's real path: through links, and for a file not created yet,
// through its folder's links.
QString canonicalProjectPath(const QFileInfo &info)
{
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QString() : QDir(folder).filePath(info.fileName());
}

} // namespace

ProjectLock::ProjectLock(const QString &path)
    : m_path(path)
    , m_file(path)
{
    // Never stale by age: a migration window may stay open for days.
    m_file.setStaleLockTime(0);
}

ProjectLock::~ProjectLock() = default;

std::unique_ptr<ProjectLock> ProjectLock::acquire(const QString &projectPath, QString *error)
{
    const QFileInfo info(projectPath);
    const QString file = QDir::toNativeSeparators(info.absoluteFilePath());
    const QString project = canonicalProjectPath(info);
    if (project.isEmpty()) {
        *error = tr("The folder “%1” does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return nullptr;
    }

    std::unique_ptr<ProjectLock> lock(new ProjectLock(project + QLatin1String(".lock")));
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (lock->m_file.tryLock(0))
            return lock;
        if (lock->m_file.error() != QLockFile::LockFailedError)
            break;
        qint64 pid = 0;
        QString host, app;
        if (lock->m_file.getLockInfo(&pid, &host, &app)) {
            *error = tr("“%1” is open in another Cutover window (process %2 on %3). Close it there, then open it "
                        "here.")
                         .arg(file)
                         .arg(pid)
                         .arg(host);
            return nullptr;
        }
        // Unreadable: another process may be writing it this instant; give it a
        // moment, then treat it as left by a crash.
        QThread::msleep(100);
        if (attempt > 0)
            lock->m_file.removeStaleLockFile();
    }
    switch (lock->m_file.error()) {
    case QLockFile::PermissionError:
        *error = tr("“%1” cannot be opened for changes: you may not create files in its folder (Cutover keeps a lock "
                    "file beside the project).")
                     .arg(file);
        break;
    default:
        *error = tr("“%1” cannot be opened for changes: its lock file “%2” cannot be created or taken over.")
                     .arg(file, QDir::toNativeSeparators(lock->m_path));
        break;
    }
    return nullptr;
}

} // namespace Cutover
