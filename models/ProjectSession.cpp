#include "ProjectSession.h"

#include "DemoProject.h"

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
    auto store = ProjectStore::open(path, error);
    if (!store)
        return false;
    store->appendAudit(QStringLiteral("project.opened"));
    adopt(std::move(store));
    return true;
}

bool ProjectSession::create(const QString &path, const ProjectSettings &settings, QString *error)
{
    auto store = ProjectStore::create(path, settings, error);
    if (!store)
        return false;
    adopt(std::move(store));
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
    emit projectChanged();
}

void ProjectSession::adopt(std::unique_ptr<ProjectStore> store)
{
    m_store = std::move(store);
    m_recent.add(m_store->filePath());
    emit projectChanged();
}

} // namespace Cutover
