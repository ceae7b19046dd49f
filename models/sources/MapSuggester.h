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
MapSuggestion suggest(Entity entity, const QStringList &header);
// Auto mode: which entity (and built-in map) `header` holds.
Placement place(const QStringList &header);

} // namespace MapSuggester

// The maps shipped in resources/maps/ (compiled into the program).
namespace BuiltInMaps {
QList<ImportMap> all();
std::optional<ImportMap> find(const QString &id);
} // namespace BuiltInMaps

} // namespace Cutover
