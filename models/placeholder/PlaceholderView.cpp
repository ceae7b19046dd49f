#include "PlaceholderView.h"

#include "store/ProjectStore.h"

namespace Cutover::PlaceholderView {

View read(const QString &projectPath, const QString &targetKey)
{
    View view;
    QString openError;
    const bool opened = ProjectStore::withConnection(
        projectPath,
        [&](QSqlDatabase &db) {
            QString error;
            auto keep = [&] {
                if (view.error.isEmpty() && !error.isEmpty())
                    view.error = error;
                error.clear();
            };
            view.placeholder = Placeholders::load(db, targetKey, &error);
            keep();
            view.entries = InterimEntries::load(db, targetKey, &error);
            keep();
            view.issues = InterimEntries::issues(db, &error);
            keep();
            view.reassignments = Reassignments::load(db, targetKey, &error);
            keep();
            view.candidates = Reassignments::candidates(db, targetKey, &error);
            keep();
        },
        &openError);
    if (!opened)
        view.error = openError;
    return view;
}

int decide(const QString &projectPath, const QString &targetKey, const QStringList &activityIds,
           Reassignment::Decision decision, const QString &matterId, const QString &matterLabel, QString *error)
{
    int changed = -1;
    ProjectStore::withConnection(
        projectPath,
        [&](QSqlDatabase &db) {
            changed = Reassignments::decide(db, targetKey, activityIds, decision, matterId, matterLabel, error);
        },
        error);
    return changed;
}

int acceptAbove(const QString &projectPath, const QString &targetKey, int confidence, QString *error)
{
    int changed = -1;
    ProjectStore::withConnection(
        projectPath, [&](QSqlDatabase &db) { changed = Reassignments::acceptAbove(db, targetKey, confidence, error); },
        error);
    return changed;
}

bool removeEntry(const QString &projectPath, qint64 entryId, QString *error)
{
    bool removed = false;
    ProjectStore::withConnection(
        projectPath, [&](QSqlDatabase &db) { removed = InterimEntries::remove(db, entryId, error); }, error);
    return removed;
}

QStringList writeTemplates(const QString &projectPath, const TemplateOptions &options, const QString &firmName,
                           QString *error)
{
    QStringList files;
    ProjectStore::withConnection(
        projectPath,
        [&](QSqlDatabase &db) {
            const TemplateLists lists = TimeTemplates::lists(db, error);
            if (error && !error->isEmpty())
                return;
            files = TimeTemplates::write(lists, options, firmName, error);
        },
        error);
    return files;
}

} // namespace Cutover::PlaceholderView
