#pragma once

// What the Placeholder page shows, read (and the user's decisions stored) on a
// connection of its own, so the page can do it off the GUI thread: the
// placeholder matter, the interim entries and their issues, the reassignment
// rows and the matters they can go to. Built on Placeholder.h and InterimTime.h.

#include "placeholder/InterimTime.h"
#include "placeholder/Placeholder.h"

namespace Cutover::PlaceholderView {

struct View
{
    PlaceholderInfo placeholder;
    QList<InterimEntry> entries;
    QList<InterimIssue> issues;
    QList<Reassignment> reassignments;
    QList<MatterCandidate> candidates;
    QString error; // translated; the first thing that could not be read
};

// Everything above for `targetKey`.
View read(const QString &projectPath, const QString &targetKey);

// Reassignments::decide / acceptAbove and InterimEntries::remove, each on a
// connection of its own. Return what those return; `error` says why not.
int decide(const QString &projectPath, const QString &targetKey, const QStringList &activityIds,
           Reassignment::Decision decision, const QString &matterId, const QString &matterLabel, QString *error);
int acceptAbove(const QString &projectPath, const QString &targetKey, int confidence, QString *error);
bool removeEntry(const QString &projectPath, qint64 entryId, QString *error);

// The template lists from the final snapshot, then the files written (see
// TimeTemplates::write); empty and `error` on failure.
QStringList writeTemplates(const QString &projectPath, const TemplateOptions &options, const QString &firmName,
                           QString *error);

} // namespace Cutover::PlaceholderView
