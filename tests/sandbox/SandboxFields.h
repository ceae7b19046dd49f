#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Sandbox {

// The `fields=` parameter: which fields each resource has, parsing the comma list
// (one level of nesting with braces) and shaping a record for the answer.
class SandboxFields
{
public:
    struct Definition
    {
        enum class Kind { Plain, Reference, Inline };
        Kind kind = Kind::Plain;
        QString resource; // Reference: the resource it points at
        QStringList sub; // Inline: the names allowed inside braces
    };
    struct Field
    {
        QString name;
        bool nested = false;
        QStringList sub;
    };
    using Resolver = std::function<std::optional<QJsonObject>(const QString &resource, qint64 id)>;

    // Every resource name the sandbox serves ("contacts", "matters", ...).
    static bool knows(const QString &resource);
    static const QHash<QString, Definition> &schemaOf(const QString &resource);

    // Parses and checks `fields=`; an empty text gives id and etag. nullopt + *error
    // ("foo is not a valid field") on anything the resource does not have.
    static std::optional<QList<Field>> parse(const QString &resource, const QString &text, QString *error);

    // The record as the answer shows it: only the asked fields, references
    // resolved through resolve() when braces ask for more than the id.
    static QJsonObject project(const QString &resource, const QJsonObject &record, const QList<Field> &fields,
                               const Resolver &resolve);
};

} // namespace Sandbox
