#pragma once

#include "ImportMap.h"

namespace Cutover {

struct ColumnSuggestion
{
    QString field; // entity field key
    QString column; // header it would read; empty when none fits
    double confidence = 0; // 0..1: 1 = an exact known name, lower for looser matches
};

struct MapSuggestion
{
    ImportMap map; // ready to use or to edit
    QList<ColumnSuggestion> columns; // one per entity field
    double score = 0; // 0..1, how well the header fits this entity
    QString builtInId; // set when a built-in map's fingerprint matched
};

// One way a file could be placed, for auto mode.
struct PlacementCandidate
{
    Entity entity;
    QString mapId; // built-in map id, or empty for a suggested generic map
    double score = 0;
};

struct Placement
{
    std::optional<MapSuggestion> chosen; // set only when exactly one candidate is clearly best
    QList<PlacementCandidate> candidates; // best first
    QString reason; // translated: why nothing was chosen (no fit / could be two things)
};

// Suggests import maps from header names (each field's synonyms, built-in maps'
// fingerprints). Never guesses silently: a file that fits no entity, or fits two
// about equally, is returned with its candidates and no choice.
namespace MapSuggester {

// The best map for `header` when the user says which entity the file holds.
// Each field gets the column that best fits one of its synonyms: the same name
// 1.0, the same ignoring case and punctuation 0.9, a synonym's words inside the
// header 0.5-0.8, one typing slip 0.6 (two in a long name 0.5); below 0.5
// nothing. Greedy, best first, each column used once. Score: 60% how well the
// required fields are fed (source_key aside: staging derives it), 40% how much
// of the header is used.
MapSuggestion suggest(Entity entity, const QStringList &header);
// Auto mode: which entity (and built-in map) `header` holds. First the built-in
// maps whose fingerprint headers are all present (the longest fingerprint wins;
// score 1.0, builtInId set). Otherwise every entity is scored (required fields,
// share of the header explained, columns that fit it better than any other
// entity) and one is chosen only when it scores at least 0.6 and 0.15 more than
// the next; else `chosen` is empty and `reason` says why.
Placement place(const QStringList &header);

} // namespace MapSuggester

// The maps shipped in resources/maps/ (compiled into the program).
namespace BuiltInMaps {
QList<ImportMap> all();
std::optional<ImportMap> find(const QString &id);
} // namespace BuiltInMaps

} // namespace Cutover
