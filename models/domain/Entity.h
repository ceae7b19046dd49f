#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Cutover {

// What one export file (or one sheet of a workbook) holds. The key is stored in
// the project file and in import maps; each entity has a staging table
// `stg_<key>` whose typed columns are exactly its fields below.
enum class Entity {
    User,
    Client, // contacts and clients: a person or a company
    Matter, // also "project" (Bill4Time) and "case" (MyCase)
    TimeEntry,
    Expense,
    Invoice,
    Payment, // payments and credits
    TrustTransaction,
    Note,
    Document, // an index of documents, not their bytes
};

// How a field's text is turned into its stored value.
enum class FieldType {
    Text, // trimmed text; identifiers stay text (leading zeros kept)
    Money, // integer cents (qint64)
    Duration, // integer seconds (qint64)
    Date, // ISO date text, "2026-03-04" (a calendar day: no zone)
    DateTime, // ISO instant text in UTC, "2026-03-04T15:00:00Z", the firm's zone applied
    Bool, // 0 or 1
    Integer, // qint64
    Choice, // one of FieldSpec::choices (after the map's lookups)
};

struct FieldSpec
{
    QString key; // column name in stg_<entity>, and the field name in maps
    FieldType type = FieldType::Text;
    bool required = false;
    // Header names this field is known by in exports (compared after
    // normalisation: case, spaces, punctuation); the first is the generic
    // layout's own header. Used by auto-suggest.
    QStringList synonyms;
    QStringList choices; // for Choice
    // For a key field: the entity it refers to (time entry -> matter).
    std::optional<Entity> references;
};

namespace Entities {

QList<Entity> all();
QString key(Entity entity); // "time_entry"
std::optional<Entity> fromKey(const QString &key);
QString title(Entity entity); // translated, "Time entries"
QString tableName(Entity entity); // "stg_time_entry"
QString typeKey(FieldType type); // "money"
QString typeTitle(FieldType type); // translated
QString fieldTitle(Entity entity, const QString &fieldKey); // translated, "Matter number"

// The entity's fields, in table column order. Every entity has `source_key`
// first: the record's identity in the old system (client number, matter number,
// entry id). Where an export has no id column the staging job derives one.
const QList<FieldSpec> &fields(Entity entity);
const FieldSpec *field(Entity entity, const QString &fieldKey);

// Header normalisation for matching: lower case, letters and digits only
// ("E-mail Address" -> "emailaddress").
QString normaliseHeader(const QString &header);

// A person's name kept in one column ("Hannah Patel", "Patel, Hannah"), as
// {first, last}: after a comma the first name, otherwise split at the last
// space; one word is a last name. Targets that need the parts (Clio) use it.
std::pair<QString, QString> splitPersonName(const QString &fullName);

} // namespace Entities

} // namespace Cutover
