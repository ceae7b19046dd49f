#pragma once

#include "sources/ImportMap.h"

#include <QMap>
#include <QString>

// Import maps the tests build by hand: a generic map of `entity` reading each
// field from one column, with ISO dates.
namespace Cutover::TestMaps {

inline ImportMap make(Entity entity, const QMap<QString, QString> &fieldToColumn)
{
    ImportMap map;
    map.id = QStringLiteral("test-") + Entities::key(entity);
    map.name = QStringLiteral("Test ") + Entities::key(entity);
    map.source = QStringLiteral("generic");
    map.entity = entity;
    map.options.dateFormat = QStringLiteral("yyyy-MM-dd");
    for (auto it = fieldToColumn.begin(); it != fieldToColumn.end(); ++it) {
        FieldMapping m;
        m.columns = QStringList { it.value() };
        map.fields.insert(it.key(), m);
    }
    return map;
}

} // namespace Cutover::TestMaps
