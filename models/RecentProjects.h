#pragma once

#include <QStringList>

namespace Cutover {

// The project files this user opened lately, newest first, kept in QSettings.
// Paths only: no project content and never a secret.
class RecentProjects
{
public:
    static constexpr int kMaxEntries = 10;

    // Files that still exist; entries whose file is gone are left out.
    QStringList list() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();
};

} // namespace Cutover
