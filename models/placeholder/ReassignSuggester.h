#pragma once

// Suggests the real matter of a time entry sitting on the placeholder matter.
// See Placeholder.h for the step as a whole. Implementation: ReassignSuggester.cpp.

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Cutover {

// A matter an entry can be moved to, as the target has it.
struct MatterCandidate
{
    QString id; // target id
    QString displayNumber; // the target's number
    QString sourceNumber; // the old system's matter number when it was imported ("" for new matters)
    QString description;
    QString clientName;
    QString label() const; // "2019-0042 · Smith v Jones — Smith, John"
};

// What the suggester knows about one entry on the placeholder.
struct SuggestionInput
{
    QString note; // the entry's description
    QString userId; // target user
    QDate date;
    // The matter chosen in the template for an uploaded interim entry (target
    // id; "" for entries typed straight into the target).
    QString intendedMatterId;
};

struct Suggestion
{
    QString matterId; // "" when nothing fits
    int confidence = 0; // 0..100
    QString reason; // translated: "matter number 2019-0042 in the description"
};

// Suggests the real matter of an entry, strongest signal first: the matter
// chosen in the template (100), a matter number in the description (95), a
// client's name in the description (80 with one open matter, 60 choosing among
// several by the user's recent work), the user's most recent matter (40), a
// fuzzy match of the description's words against client and matter names
// (at most 50). Pure; no I/O.
class ReassignSuggester
{
public:
    // recentByUser: per target user id, the target ids of the matters the user
    // worked on most recently first (from the final snapshot's time entries).
    ReassignSuggester(QList<MatterCandidate> candidates, QHash<QString, QStringList> recentByUser);
    Suggestion suggest(const SuggestionInput &input) const;
    const QList<MatterCandidate> &candidates() const { return m_candidates; }

private:
    QList<MatterCandidate> m_candidates;
    QHash<QString, QStringList> m_recentByUser;
};

} // namespace Cutover
