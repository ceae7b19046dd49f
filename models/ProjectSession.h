#pragma once

#include "RecentProjects.h"
#include "store/ProjectLock.h"
#include "store/ProjectStore.h"

#include <QObject>

#include <memory>

namespace Cutover {

// The project the user is working on, if any. Pages and models observe it; it
// owns the ProjectStore and keeps the recent-projects list current.
class ProjectSession : public QObject
{
    Q_OBJECT

public:
    explicit ProjectSession(QObject *parent = nullptr);
    ~ProjectSession() override;

    bool isOpen() const { return m_store != nullptr; }
    ProjectStore *store() const { return m_store.get(); }

    bool open(const QString &path, QString *error);
    bool create(const QString &path, const ProjectSettings &settings, QString *error);
    // Opens the demo project, creating it first if it does not exist yet.
    bool openDemo(QString *error);
    void close();

    RecentProjects &recent() { return m_recent; }
    // An import finished, was rolled back, or the review was signed off: the
    // deadline banner on every page reads the review window again.
    void notifyReviewChanged() { emit reviewChanged(); }

signals:
    // A project was opened, created or closed.
    void projectChanged();
    void reviewChanged();

private:
    void adopt(std::unique_ptr<ProjectStore> store, std::unique_ptr<ProjectLock> lock);

    // Declared before the store so that it is released after the store closes.
    std::unique_ptr<ProjectLock> m_lock;
    std::unique_ptr<ProjectStore> m_store;
    RecentProjects m_recent;
};

} // namespace Cutover
