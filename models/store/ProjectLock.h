#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <memory>

namespace Cutover {

// Only one program may change a project at a time: two would interleave their
// step changes and audit entries. The lock is a file beside the project
// (`Firm.cutover.lock`), named after the project's real path so that a link to
// it shares the lock. A lock left by a process that is gone, or one a crash left
// unreadable, is taken over; a live one is reported with its process and host.
class ProjectLock
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::ProjectLock)

public:
    static std::unique_ptr<ProjectLock> acquire(const QString &projectPath, QString *error);
    ~ProjectLock();

    QString lockFilePath() const { return m_path; }

private:
    explicit ProjectLock(const QString &path);

    QString m_path;
    QLockFile m_file;
};

} // namespace Cutover
