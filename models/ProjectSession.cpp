#include "ProjectSession.h"

#include "DemoProject.h"
#include "closeout/CloseOutRecords.h"
#include "staging/StagingJob.h"
#include "staging/StagingStore.h"

#include <QDir>
#include <QFileInfo>

namespace Cutover {

ProjectSession::ProjectSession(QObject *parent)
    : QObject(parent)
{
}

// Members go in reverse order: the store closes, then the lock is released.
ProjectSession::~ProjectSession() = default;

bool ProjectSession::open(const QString &path, QString *error)
{
    if (m_store && QFileInfo(path).absoluteFilePath() == m_store->filePath())
        return true;
    auto projectLock = ProjectLock::acquire(path, error);
    if (!projectLock)
        return false;
    auto store = ProjectStore::open(path, error);
    if (!store)
        return false;
    // Who opened the project and when is part of its record; a file that cannot
    // take that entry cannot take the user's work either.
    if (!store->appendAudit(QStringLiteral("project.opened"))) {
        *error = tr("“%1” cannot be changed: %2").arg(QDir::toNativeSeparators(path), store->lastError());
        return false;
    }
    // A load interrupted by a crash left a snapshot still 'loading': remove it, so
    // every snapshot the pages see is complete.
    // The same for a report being copied in.
    if (!StagingStore::recover(store->database(), error) || !AttachDocumentsJob::recover(store->database(), error))
        return false;
    adopt(std::move(store), std::move(projectLock));
    return true;
}

bool ProjectSession::create(const QString &path, const ProjectSettings &settings, QString *error)
{
    // Refuse bad settings before anything is made on disk.
    if (const QStringList problems = settings.problems(); !problems.isEmpty()) {
        *error = problems.join(QLatin1Char(' '));
        return false;
    }
    // The lock file goes beside the new project, so its folder must exist first.
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = tr("The folder “%1” could not be created.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    auto projectLock = ProjectLock::acquire(path, error);
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
    if (!create(path, DemoProject::settings(), error))
        return false;
    // A first look should show the export step at work: the demo's Bill4Time
    // backup is written beside it and loaded as a trial snapshot. A few hundred
    // rows, once, before the window shows.
    const QStringList files = DemoProject::writeExportFiles(error);
    if (files.isEmpty())
        return false;
    StagingRequest request;
    request.projectPath = m_store->filePath();
    for (const QString &file : files) {
        StagingSource source;
        source.path = file;
        request.sources.append(source);
    }
    StagingJob job(request);
    if (job.run() != Job::Outcome::Succeeded) {
        *error = job.errorString();
        return false;
    }
    return true;
}

void ProjectSession::close()
{
    if (!m_store)
        return;
    m_store.reset();
    m_lock.reset();
    emit projectChanged();
}

void ProjectSession::adopt(std::unique_ptr<ProjectStore> store, std::unique_ptr<ProjectLock> projectLock)
{
    // Release the previous project only once the new one is safely open.
    m_store = std::move(store);
    m_lock = std::move(projectLock);
    m_recent.add(m_store->filePath());
    emit projectChanged();
}

} // namespace Cutover
