#include "ImportMap.h"

#include "ValueParsers.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::ImportMap)
};

const QString kFormat = QStringLiteral("cutover-map/1");

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text);
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

bool isSafeId(const QString &id)
{
    if (id.isEmpty() || id.size() > 100)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-'
            || u == u'_' || u == u'.';
        if (!ok)
            return false;
    }
    return !id.startsWith(QLatin1Char('.'));
}

// Reads one JSON object strictly, naming each key by its path in messages
// ("fields.date.unit").
class Reader
{
public:
    explicit Reader(QString *error)
        : m_error(error)
    {
    }

    bool failed() const { return m_failed; }

    bool fail(const QString &message)
    {
        if (!m_failed && m_error)
            *m_error = message;
        m_failed = true;
        return false;
    }

    bool onlyKeys(const QJsonObject &o, const QString &where, std::initializer_list<const char *> allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool known = false;
            for (const char *k : allowed)
                known = known || it.key() == QLatin1String(k);
            if (!known) {
                return fail(
                    where.isEmpty()
                        ? Tr::tr("The import map has an unknown key %1.").arg(quoted(it.key()))
                        : Tr::tr("The import map has an unknown key %1 in %2.").arg(quoted(it.key()), quoted(where)));
            }
        }
        return true;
    }

    std::optional<QString> text(const QJsonObject &o, const char *key, const QString &path, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                fail(Tr::tr("The import map has no %1.").arg(quoted(path)));
            return std::nullopt;
        }
        if (!v.isString()) {
            fail(Tr::tr("In the import map, %1 must be text.").arg(quoted(path)));
            return std::nullopt;
        }
        return v.toString();
    }

    std::optional<QStringList> texts(const QJsonObject &o, const char *key, const QString &path)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isArray()) {
            fail(Tr::tr("In the import map, %1 must be a list of texts.").arg(quoted(path)));
            return std::nullopt;
        }
        QStringList list;
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString()) {
                fail(Tr::tr("In the import map, %1 must be a list of texts.").arg(quoted(path)));
                return std::nullopt;
            }
            list.append(item.toString());
        }
        return list;
    }

    std::optional<bool> flag(const QJsonObject &o, const char *key, const QString &path)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isBool()) {
            fail(Tr::tr("In the import map, %1 must be true or false.").arg(quoted(path)));
            return std::nullopt;
        }
        return v.toBool();
    }

    std::optional<QJsonObject> object(const QJsonObject &o, const char *key, const QString &path, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                fail(Tr::tr("The import map has no %1.").arg(quoted(path)));
            return std::nullopt;
        }
        if (!v.isObject()) {
            fail(Tr::tr("In the import map, %1 must be an object.").arg(quoted(path)));
            return std::nullopt;
        }
        return v.toObject();
    }

    std::optional<QChar> character(const QJsonObject &o, const char *key, const QString &path, bool allowEmpty)
    {
        const std::optional<QString> s = text(o, key, path, false);
        if (!s)
            return std::nullopt;
        if (s->isEmpty() && allowEmpty)
            return QChar();
        if (s->size() != 1 || s->at(0).isDigit() || s->at(0).isLetter()) {
            fail(Tr::tr("In the import map, %1 must be one character that is not a letter or a digit.")
                     .arg(quoted(path)));
            return std::nullopt;
        }
        return s->at(0);
    }

private:
    QString *m_error;
    bool m_failed = false;
};

bool readOptions(Reader &r, const QJsonObject &o, MapOptions &options)
{
    if (!r.onlyKeys(o, QStringLiteral("options"),
                    { "dateFormat", "decimal", "thousands", "hasHeader", "columnNames", "rows" }))
        return false;
    if (const auto f = r.text(o, "dateFormat", QStringLiteral("options.dateFormat"), false)) {
        if (!ValueParsers::DateFormat::fromSpec(*f))
            return r.fail(Tr::tr("In the import map, %1 is not a date format such as M/d/yyyy, d/M/yyyy, "
                                 "yyyy-MM-dd or auto.")
                              .arg(quoted(QStringLiteral("options.dateFormat"))));
        options.dateFormat = *f;
    }
    if (const auto c = r.character(o, "decimal", QStringLiteral("options.decimal"), false))
        options.decimalSeparator = *c;
    if (const auto c = r.character(o, "thousands", QStringLiteral("options.thousands"), true))
        options.thousandsSeparator = *c;
    if (const auto b = r.flag(o, "hasHeader", QStringLiteral("options.hasHeader")))
        options.hasHeader = *b;
    if (const auto names = r.texts(o, "columnNames", QStringLiteral("options.columnNames")))
        options.columnNames = *names;
    if (const auto rows = r.object(o, "rows", QStringLiteral("options.rows"), false)) {
        if (!r.onlyKeys(*rows, QStringLiteral("options.rows"), { "column", "values" }))
            return false;
        const auto column = r.text(*rows, "column", QStringLiteral("options.rows.column"), true);
        const auto values = r.texts(*rows, "values", QStringLiteral("options.rows.values"));
        if (r.failed())
            return false;
        if (!values || column->isEmpty())
            return r.fail(Tr::tr("In the import map, %1 needs a column and a list of values.")
                              .arg(quoted(QStringLiteral("options.rows"))));
        options.rowFilterColumn = *column;
        options.rowFilterValues = *values;
    }
    if (r.failed())
        return false;
    if (options.decimalSeparator == options.thousandsSeparator)
        return r.fail(Tr::tr("In the import map, %1 and %2 must differ.")
                          .arg(quoted(QStringLiteral("options.decimal")), quoted(QStringLiteral("options.thousands"))));
    if (!options.hasHeader && options.columnNames.isEmpty())
        return r.fail(Tr::tr("In the import map, %1 must name the columns of a file without a header row.")
                          .arg(quoted(QStringLiteral("options.columnNames"))));
    return true;
}

bool readField(Reader &r, Entity entity, const QString &key, const QJsonValue &value, FieldMapping &m)
{
    const QString path = QStringLiteral("fields.") + key;
    const FieldSpec *spec = Entities::field(entity, key);
    if (!spec)
        return r.fail(
            Tr::tr("In the import map, %1 is not a field of %2.").arg(quoted(path), quoted(Entities::key(entity))));
    if (!value.isObject())
        return r.fail(Tr::tr("In the import map, %1 must be an object.").arg(quoted(path)));
    const QJsonObject o = value.toObject();
    if (!r.onlyKeys(o, path,
                    { "column", "columns", "fallback", "join", "format", "unit", "split", "part", "default", "lookup",
                      "invert" }))
        return false;
    auto sub = [&](const char *k) {
        return path + QLatin1Char('.') + QLatin1String(k);
    };

    if (o.contains(QLatin1String("column")) && o.contains(QLatin1String("columns")))
        return r.fail(Tr::tr("In the import map, %1 has both “column” and “columns”; give one.").arg(quoted(path)));
    if (const auto c = r.text(o, "column", sub("column"), false))
        m.columns = QStringList { *c };
    if (const auto c = r.texts(o, "columns", sub("columns")))
        m.columns = *c;
    if (const auto c = r.texts(o, "fallback", sub("fallback")))
        m.fallbackColumns = *c;
    if (const auto j = r.text(o, "join", sub("join"), false))
        m.join = *j;
    if (const auto d = r.text(o, "default", sub("default"), false))
        m.defaultValue = *d;
    if (r.failed())
        return false;
    for (const QString &c : m.columns + m.fallbackColumns) {
        if (c.trimmed().isEmpty())
            return r.fail(Tr::tr("In the import map, %1 names an empty column.").arg(quoted(path)));
    }
    if (m.columns.isEmpty() && m.defaultValue.isEmpty())
        return r.fail(Tr::tr("In the import map, %1 needs a “column”, “columns” or a “default”.").arg(quoted(path)));
    if (!m.fallbackColumns.isEmpty() && m.columns.isEmpty())
        return r.fail(Tr::tr("In the import map, %1 has a “fallback” but no “columns”.").arg(quoted(path)));

    if (const auto f = r.text(o, "format", sub("format"), false)) {
        if (spec->type != FieldType::Date && spec->type != FieldType::DateTime)
            return r.fail(Tr::tr("In the import map, %1 is only for dates.").arg(quoted(sub("format"))));
        if (!ValueParsers::DateFormat::fromSpec(*f))
            return r.fail(Tr::tr("In the import map, %1 is not a date format such as M/d/yyyy, d/M/yyyy, "
                                 "yyyy-MM-dd or auto.")
                              .arg(quoted(sub("format"))));
        m.format = *f;
    }
    if (const auto u = r.text(o, "unit", sub("unit"), false)) {
        if (spec->type != FieldType::Duration)
            return r.fail(Tr::tr("In the import map, %1 is only for durations.").arg(quoted(sub("unit"))));
        if (!ValueParsers::durationUnitFromKey(*u))
            return r.fail(Tr::tr("In the import map, %1 must be auto, hours, hmm, hms, minutes or seconds, not %2.")
                              .arg(quoted(sub("unit")), quoted(*u)));
        m.unit = *u;
    }
    const auto split = r.text(o, "split", sub("split"), false);
    const auto part = r.text(o, "part", sub("part"), false);
    if (r.failed())
        return false;
    if (split || part) {
        if (!split || !part)
            return r.fail(Tr::tr("In the import map, %1 needs both “split” and “part”.").arg(quoted(path)));
        if (*split != QLatin1String("last, first") && *split != QLatin1String("first last"))
            return r.fail(Tr::tr("In the import map, %1 must be “last, first” or “first last”, not %2.")
                              .arg(quoted(sub("split")), quoted(*split)));
        if (*part != QLatin1String("first") && *part != QLatin1String("last"))
            return r.fail(Tr::tr("In the import map, %1 must be “first” or “last”, not %2.")
                              .arg(quoted(sub("part")), quoted(*part)));
        m.split = *split;
        m.part = *part;
    }
    if (const auto lookup = r.object(o, "lookup", sub("lookup"), false)) {
        for (auto it = lookup->begin(); it != lookup->end(); ++it) {
            if (!it.value().isString())
                return r.fail(Tr::tr("In the import map, %1 must be text.")
                                  .arg(quoted(sub("lookup") + QLatin1Char('.') + it.key())));
            m.lookup.insert(it.key(), it.value().toString());
        }
    }
    if (const auto invert = r.flag(o, "invert", sub("invert"))) {
        if (spec->type != FieldType::Bool)
            return r.fail(Tr::tr("In the import map, %1 is only for yes-or-no fields.").arg(quoted(sub("invert"))));
        m.invert = *invert;
    }
    return !r.failed();
}

} // namespace

QJsonObject ImportMap::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), kFormat);
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("source"), source);
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    o.insert(QStringLiteral("entity"), Entities::key(entity));
    if (!fingerprint.isEmpty())
        o.insert(QStringLiteral("fingerprint"), toArray(fingerprint));

    QJsonObject opts;
    opts.insert(QStringLiteral("dateFormat"), options.dateFormat);
    opts.insert(QStringLiteral("decimal"), QString(options.decimalSeparator));
    opts.insert(QStringLiteral("thousands"),
                options.thousandsSeparator.isNull() ? QString() : QString(options.thousandsSeparator));
    opts.insert(QStringLiteral("hasHeader"), options.hasHeader);
    if (!options.columnNames.isEmpty())
        opts.insert(QStringLiteral("columnNames"), toArray(options.columnNames));
    if (!options.rowFilterColumn.isEmpty()) {
        QJsonObject rows;
        rows.insert(QStringLiteral("column"), options.rowFilterColumn);
        rows.insert(QStringLiteral("values"), toArray(options.rowFilterValues));
        opts.insert(QStringLiteral("rows"), rows);
    }
    o.insert(QStringLiteral("options"), opts);

    QJsonObject fieldsObject;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const FieldMapping &m = it.value();
        QJsonObject f;
        if (m.columns.size() == 1)
            f.insert(QStringLiteral("column"), m.columns.first());
        else if (!m.columns.isEmpty())
            f.insert(QStringLiteral("columns"), toArray(m.columns));
        if (!m.fallbackColumns.isEmpty())
            f.insert(QStringLiteral("fallback"), toArray(m.fallbackColumns));
        if (m.join != QLatin1String(" "))
            f.insert(QStringLiteral("join"), m.join);
        if (!m.format.isEmpty())
            f.insert(QStringLiteral("format"), m.format);
        if (!m.unit.isEmpty())
            f.insert(QStringLiteral("unit"), m.unit);
        if (!m.split.isEmpty()) {
            f.insert(QStringLiteral("split"), m.split);
            f.insert(QStringLiteral("part"), m.part);
        }
        if (!m.defaultValue.isEmpty())
            f.insert(QStringLiteral("default"), m.defaultValue);
        if (!m.lookup.isEmpty()) {
            QJsonObject lookup;
            for (auto l = m.lookup.begin(); l != m.lookup.end(); ++l)
                lookup.insert(l.key(), l.value());
            f.insert(QStringLiteral("lookup"), lookup);
        }
        if (m.invert)
            f.insert(QStringLiteral("invert"), true);
        fieldsObject.insert(it.key(), f);
    }
    o.insert(QStringLiteral("fields"), fieldsObject);
    return o;
}

std::optional<ImportMap> ImportMap::fromJson(const QJsonObject &json, QString *error)
{
    Reader r(error);
    if (!r.onlyKeys(json, QString(),
                    { "format", "id", "name", "source", "description", "entity", "fingerprint", "options", "fields" }))
        return std::nullopt;
    const auto format = r.text(json, "format", QStringLiteral("format"), true);
    if (r.failed())
        return std::nullopt;
    if (*format != kFormat) {
        r.fail(Tr::tr("The import map’s %1 is %2; this version of Cutover reads %3.")
                   .arg(quoted(QStringLiteral("format")), quoted(*format), quoted(kFormat)));
        return std::nullopt;
    }

    ImportMap map;
    const auto id = r.text(json, "id", QStringLiteral("id"), true);
    const auto entityKey = r.text(json, "entity", QStringLiteral("entity"), true);
    const auto name = r.text(json, "name", QStringLiteral("name"), false);
    const auto source = r.text(json, "source", QStringLiteral("source"), false);
    const auto description = r.text(json, "description", QStringLiteral("description"), false);
    const auto fingerprint = r.texts(json, "fingerprint", QStringLiteral("fingerprint"));
    const auto options = r.object(json, "options", QStringLiteral("options"), false);
    const auto fields = r.object(json, "fields", QStringLiteral("fields"), true);
    if (r.failed())
        return std::nullopt;
    if (!isSafeId(*id)) {
        r.fail(Tr::tr("The import map’s %1 must be letters, digits, “-”, “_” or “.”, not %2.")
                   .arg(quoted(QStringLiteral("id")), quoted(*id)));
        return std::nullopt;
    }
    const std::optional<Entity> entity = Entities::fromKey(*entityKey);
    if (!entity) {
        r.fail(Tr::tr("The import map’s %1 is %2, which is not a kind of data Cutover knows.")
                   .arg(quoted(QStringLiteral("entity")), quoted(*entityKey)));
        return std::nullopt;
    }
    map.id = *id;
    map.entity = *entity;
    map.name = name && !name->isEmpty() ? *name : *id;
    map.source = source && !source->isEmpty() ? *source : QStringLiteral("generic");
    map.description = description.value_or(QString());
    map.fingerprint = fingerprint.value_or(QStringList());
    if (options && !readOptions(r, *options, map.options))
        return std::nullopt;
    for (auto it = fields->begin(); it != fields->end(); ++it) {
        FieldMapping m;
        if (!readField(r, *entity, it.key(), it.value(), m))
            return std::nullopt;
        map.fields.insert(it.key(), m);
    }
    return map;
}

std::optional<ImportMap> ImportMap::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("The import map %1 cannot be read: %2").arg(quoted(path), file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = Tr::tr("The import map %1 is not valid JSON (at character %2: %3).")
                         .arg(quoted(path))
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = Tr::tr("The import map %1 is not a JSON object.").arg(quoted(path));
        return std::nullopt;
    }
    return fromJson(doc.object(), error);
}

bool ImportMap::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Tr::tr("The import map %1 cannot be written: %2").arg(quoted(path), file.errorString());
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = Tr::tr("The import map %1 cannot be written: %2").arg(quoted(path), file.errorString());
        return false;
    }
    return true;
}

QStringList ImportMap::missingRequiredFields() const
{
    QStringList missing;
    for (const FieldSpec &spec : Entities::fields(entity)) {
        if (!spec.required || spec.key == QLatin1String("source_key"))
            continue;
        const auto it = fields.constFind(spec.key);
        if (it == fields.constEnd() || (it->columns.isEmpty() && it->defaultValue.isEmpty()))
            missing.append(spec.key);
    }
    return missing;
}

} // namespace Cutover
