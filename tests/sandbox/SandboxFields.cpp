#include "SandboxFields.h"

#include <QJsonArray>

namespace Sandbox {

namespace {

using Definition = SandboxFields::Definition;
using Kind = SandboxFields::Definition::Kind;

Definition plain()
{
    return {};
}
Definition reference(const QString &resource)
{
    return { Kind::Reference, resource, {} };
}
Definition inlined(const QStringList &sub)
{
    return { Kind::Inline, QString(), sub };
}

QHash<QString, Definition> withCommon(QHash<QString, Definition> fields)
{
    for (const char *name : { "id", "etag", "created_at", "updated_at" })
        fields.insert(QString::fromLatin1(name), plain());
    return fields;
}

QHash<QString, Definition> plains(const QStringList &names)
{
    QHash<QString, Definition> h;
    for (const QString &n : names)
        h.insert(n, plain());
    return h;
}

const QHash<QString, QHash<QString, Definition>> &schemas()
{
    static const QHash<QString, QHash<QString, Definition>> all = [] {
        QHash<QString, QHash<QString, Definition>> s;
        const QStringList customValueSub = { QStringLiteral("id"), QStringLiteral("field_name"),
                                             QStringLiteral("field_type"), QStringLiteral("value"),
                                             QStringLiteral("custom_field") };

        auto users = plains({ QStringLiteral("name"), QStringLiteral("first_name"), QStringLiteral("last_name"),
                              QStringLiteral("email"), QStringLiteral("enabled"), QStringLiteral("subscription_type"),
                              QStringLiteral("initials") });
        users.insert(QStringLiteral("account"), inlined({ QStringLiteral("id"), QStringLiteral("name") }));
        s.insert(QStringLiteral("users"), withCommon(users));

        auto customFields =
            plains({ QStringLiteral("name"), QStringLiteral("parent_type"), QStringLiteral("field_type"),
                     QStringLiteral("displayed"), QStringLiteral("required") });
        customFields.insert(QStringLiteral("picklist_options"),
                            inlined({ QStringLiteral("id"), QStringLiteral("option") }));
        s.insert(QStringLiteral("custom_fields"), withCommon(customFields));

        auto contacts =
            plains({ QStringLiteral("type"), QStringLiteral("name"), QStringLiteral("first_name"),
                     QStringLiteral("middle_name"), QStringLiteral("last_name"), QStringLiteral("prefix"),
                     QStringLiteral("title"), QStringLiteral("date_of_birth"), QStringLiteral("primary_email_address"),
                     QStringLiteral("primary_phone_number"), QStringLiteral("ledes_client_id"),
                     QStringLiteral("sales_tax_number"), QStringLiteral("clio_connect_email") });
        contacts.insert(QStringLiteral("company"), reference(QStringLiteral("contacts")));
        contacts.insert(QStringLiteral("email_addresses"),
                        inlined({ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("address"),
                                  QStringLiteral("default_email") }));
        contacts.insert(QStringLiteral("phone_numbers"),
                        inlined({ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("number"),
                                  QStringLiteral("default_number") }));
        contacts.insert(
            QStringLiteral("addresses"),
            inlined({ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("street"), QStringLiteral("city"),
                      QStringLiteral("province"), QStringLiteral("postal_code"), QStringLiteral("country") }));
        contacts.insert(QStringLiteral("web_sites"),
                        inlined({ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("address"),
                                  QStringLiteral("default_web_site") }));
        contacts.insert(QStringLiteral("custom_field_values"), inlined(customValueSub));
        s.insert(QStringLiteral("contacts"), withCommon(contacts));

        auto matters =
            plains({ QStringLiteral("display_number"), QStringLiteral("description"), QStringLiteral("status"),
                     QStringLiteral("open_date"), QStringLiteral("pending_date"), QStringLiteral("close_date"),
                     QStringLiteral("client_reference"), QStringLiteral("location"), QStringLiteral("billable"),
                     QStringLiteral("billing_method") });
        matters.insert(QStringLiteral("client"), reference(QStringLiteral("contacts")));
        matters.insert(QStringLiteral("responsible_attorney"), reference(QStringLiteral("users")));
        matters.insert(QStringLiteral("originating_attorney"), reference(QStringLiteral("users")));
        matters.insert(QStringLiteral("practice_area"), inlined({ QStringLiteral("id"), QStringLiteral("name") }));
        matters.insert(QStringLiteral("group"), inlined({ QStringLiteral("id"), QStringLiteral("name") }));
        matters.insert(QStringLiteral("currency"), inlined({ QStringLiteral("id"), QStringLiteral("code") }));
        matters.insert(QStringLiteral("custom_rate"), inlined({ QStringLiteral("type"), QStringLiteral("rates") }));
        matters.insert(QStringLiteral("relationships"),
                       inlined({ QStringLiteral("id"), QStringLiteral("description"), QStringLiteral("contact") }));
        matters.insert(QStringLiteral("custom_field_values"), inlined(customValueSub));
        matters.insert(QStringLiteral("evergreen_retainer"), inlined({ QStringLiteral("minimum_threshold") }));
        s.insert(QStringLiteral("matters"), withCommon(matters));

        auto activities =
            plains({ QStringLiteral("type"), QStringLiteral("date"), QStringLiteral("quantity"),
                     QStringLiteral("quantity_in_hours"), QStringLiteral("price"), QStringLiteral("total"),
                     QStringLiteral("note"), QStringLiteral("reference"), QStringLiteral("non_billable"),
                     QStringLiteral("no_charge"), QStringLiteral("billed"), QStringLiteral("on_bill"),
                     QStringLiteral("tax_setting") });
        activities.insert(QStringLiteral("matter"), reference(QStringLiteral("matters")));
        activities.insert(QStringLiteral("user"), reference(QStringLiteral("users")));
        activities.insert(QStringLiteral("activity_description"),
                          inlined({ QStringLiteral("id"), QStringLiteral("name") }));
        activities.insert(QStringLiteral("expense_category"),
                          inlined({ QStringLiteral("id"), QStringLiteral("name") }));
        activities.insert(QStringLiteral("vendor"), inlined({ QStringLiteral("id") }));
        s.insert(QStringLiteral("activities"), withCommon(activities));

        auto notes = plains({ QStringLiteral("type"), QStringLiteral("subject"), QStringLiteral("detail"),
                              QStringLiteral("detail_text_type"), QStringLiteral("date") });
        notes.insert(QStringLiteral("matter"), reference(QStringLiteral("matters")));
        notes.insert(QStringLiteral("contact"), reference(QStringLiteral("contacts")));
        s.insert(QStringLiteral("notes"), withCommon(notes));

        auto folders = plains({ QStringLiteral("name") });
        folders.insert(QStringLiteral("parent"), inlined({ QStringLiteral("id"), QStringLiteral("type") }));
        s.insert(QStringLiteral("folders"), withCommon(folders));

        auto documents =
            plains({ QStringLiteral("name"), QStringLiteral("content_type"), QStringLiteral("received_at") });
        documents.insert(QStringLiteral("parent"), inlined({ QStringLiteral("id"), QStringLiteral("type") }));
        documents.insert(QStringLiteral("matter"), reference(QStringLiteral("matters")));
        documents.insert(QStringLiteral("external_properties"),
                         inlined({ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("value") }));
        documents.insert(QStringLiteral("document_category"),
                         inlined({ QStringLiteral("id"), QStringLiteral("name") }));
        documents.insert(
            QStringLiteral("latest_document_version"),
            inlined({ QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("put_url"),
                      QStringLiteral("put_headers"), QStringLiteral("size"), QStringLiteral("content_type"),
                      QStringLiteral("fully_uploaded"), QStringLiteral("filename"), QStringLiteral("received_at") }));
        s.insert(QStringLiteral("documents"), withCommon(documents));
        return s;
    }();
    return all;
}

QJsonValue pick(const QJsonValue &value, const QStringList &names)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        QJsonObject out;
        for (const QString &n : names)
            out.insert(n, o.value(n).isUndefined() ? QJsonValue() : o.value(n));
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(pick(v, names));
        return out;
    }
    return value;
}

} // namespace

bool SandboxFields::knows(const QString &resource)
{
    return schemas().contains(resource);
}

const QHash<QString, SandboxFields::Definition> &SandboxFields::schemaOf(const QString &resource)
{
    static const QHash<QString, Definition> none;
    const auto it = schemas().constFind(resource);
    return it == schemas().cend() ? none : *it;
}

std::optional<QList<SandboxFields::Field>> SandboxFields::parse(const QString &resource, const QString &text,
                                                                QString *error)
{
    QList<Field> fields;
    if (text.trimmed().isEmpty()) {
        fields.append({ QStringLiteral("id"), false, {} });
        fields.append({ QStringLiteral("etag"), false, {} });
        return fields;
    }
    // Split at top-level commas; braces hold one level of sub-fields.
    QStringList parts;
    QString current;
    int depth = 0;
    for (const QChar c : text) {
        if (c == u'{') {
            if (++depth > 1) {
                *error = QStringLiteral("fields nest only one level deep: %1").arg(text);
                return std::nullopt;
            }
        } else if (c == u'}') {
            if (--depth < 0) {
                *error = QStringLiteral("unbalanced braces in fields: %1").arg(text);
                return std::nullopt;
            }
        }
        if (c == u',' && depth == 0) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (depth != 0) {
        *error = QStringLiteral("unbalanced braces in fields: %1").arg(text);
        return std::nullopt;
    }
    parts.append(current);

    const QHash<QString, Definition> &schema = schemaOf(resource);
    for (const QString &rawPart : parts) {
        const QString part = rawPart.trimmed();
        Field f;
        const qsizetype brace = part.indexOf(u'{');
        if (brace >= 0) {
            if (!part.endsWith(u'}')) {
                *error = QStringLiteral("%1 is not a valid field").arg(part);
                return std::nullopt;
            }
            f.name = part.left(brace).trimmed();
            f.nested = true;
            const QStringList subs = part.mid(brace + 1, part.size() - brace - 2).split(u',');
            for (const QString &s : subs)
                f.sub.append(s.trimmed());
        } else {
            f.name = part;
        }
        if (f.name.isEmpty()) {
            *error = QStringLiteral("an empty field name is not a valid field");
            return std::nullopt;
        }
        const auto def = schema.constFind(f.name);
        if (def == schema.cend()) {
            *error = QStringLiteral("%1 is not a valid field").arg(f.name);
            return std::nullopt;
        }
        if (f.nested) {
            if (def->kind == Kind::Plain) {
                *error = QStringLiteral("%1 is not a valid field: it has no nested fields").arg(f.name);
                return std::nullopt;
            }
            const QHash<QString, Definition> &subSchema = schemaOf(def->resource);
            for (const QString &s : std::as_const(f.sub)) {
                const bool known = def->kind == Kind::Reference ? subSchema.contains(s) : def->sub.contains(s);
                if (!known) {
                    *error = QStringLiteral("%1 is not a valid field")
                                 .arg(s.isEmpty() ? f.name + QStringLiteral("{}") : f.name + u'{' + s + u'}');
                    return std::nullopt;
                }
            }
        }
        fields.append(f);
    }
    return fields;
}

QJsonObject SandboxFields::project(const QString &resource, const QJsonObject &record, const QList<Field> &fields,
                                   const Resolver &resolve)
{
    const QHash<QString, Definition> &schema = schemaOf(resource);
    QJsonObject out;
    for (const Field &f : fields) {
        const QJsonValue value = record.value(f.name);
        if (value.isUndefined() || value.isNull() || !f.nested) {
            out.insert(f.name, value.isUndefined() ? QJsonValue() : value);
            continue;
        }
        const Definition def = schema.value(f.name);
        if (def.kind == Kind::Reference) {
            const qint64 id = value.toObject().value(QStringLiteral("id")).toInteger();
            std::optional<QJsonObject> target = resolve ? resolve(def.resource, id) : std::nullopt;
            out.insert(f.name, pick(target ? QJsonValue(*target) : value, f.sub));
        } else {
            out.insert(f.name, pick(value, f.sub));
        }
    }
    return out;
}

} // namespace Sandbox
