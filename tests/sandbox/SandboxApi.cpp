#include "SandboxApi.h"

#include "SandboxStore.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <cmath>

namespace Sandbox {

namespace {

const QString kAccountName = QStringLiteral("Sandbox Law LLP");
const QString kApiPrefix = QStringLiteral("/api/v4/");

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ApiReply jsonReply(int status, const QJsonObject &o)
{
    ApiReply r;
    r.status = status;
    r.headers.append(Header { "Content-Type", "application/json; charset=utf-8" });
    r.body = compact(o);
    return r;
}

ApiReply errorReply(int status, const QString &type, const QString &message)
{
    return jsonReply(
        status,
        QJsonObject { { QStringLiteral("error"),
                        QJsonObject { { QStringLiteral("type"), type }, { QStringLiteral("message"), message } } } });
}

ApiReply validationError(const QString &message)
{
    return errorReply(422, QStringLiteral("ValidationError"), message);
}

ApiReply oauthError(int status, const QString &error, const QString &description)
{
    return jsonReply(
        status,
        QJsonObject { { QStringLiteral("error"), error }, { QStringLiteral("error_description"), description } });
}

// S3 answers in XML; the stand-in does too, so a client cannot treat it like the API.
ApiReply s3Error(int status, const QString &code, const QString &message)
{
    ApiReply r;
    r.status = status;
    r.headers.append(Header { "Content-Type", "application/xml" });
    r.body = QStringLiteral(
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>%1</Code><Message>%2</Message></Error>")
                 .arg(code, message.toHtmlEscaped())
                 .toUtf8();
    return r;
}

QString queryValue(const ApiRequest &request, const QString &name)
{
    for (const auto &item : request.query)
        if (item.first == name)
            return item.second;
    return QString();
}

bool hasQuery(const ApiRequest &request, const QString &name)
{
    for (const auto &item : request.query)
        if (item.first == name)
            return true;
    return false;
}

QStringList queryValues(const ApiRequest &request, const QString &name)
{
    QStringList values;
    for (const auto &item : request.query)
        if (item.first == name)
            values.append(item.second);
    return values;
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

bool isDate(const QJsonValue &v)
{
    return v.isString() && v.toString().size() == 10 && QDate::fromString(v.toString(), Qt::ISODate).isValid();
}

qint64 refId(const QJsonObject &r, const QString &field)
{
    return r.value(field).toObject().value(QStringLiteral("id")).toInteger();
}

// Integer division rounding half away from zero (money is integer cents).
qint64 divideRounded(qint64 numerator, qint64 denominator)
{
    const qint64 half = denominator / 2;
    return numerator >= 0 ? (numerator + half) / denominator : -((-numerator + half) / denominator);
}

// The request's attributes a resource accepts; anything else is refused by name
// so a misspelt attribute is not silently lost.
const QSet<QString> &writableOf(const QString &resource)
{
    static const QHash<QString, QSet<QString>> all = {
        { QStringLiteral("contacts"),
          { QStringLiteral("type"), QStringLiteral("first_name"), QStringLiteral("middle_name"),
            QStringLiteral("last_name"), QStringLiteral("name"), QStringLiteral("prefix"), QStringLiteral("title"),
            QStringLiteral("date_of_birth"), QStringLiteral("company"), QStringLiteral("email_addresses"),
            QStringLiteral("phone_numbers"), QStringLiteral("addresses"), QStringLiteral("web_sites"),
            QStringLiteral("custom_field_values"), QStringLiteral("ledes_client_id"),
            QStringLiteral("sales_tax_number"), QStringLiteral("clio_connect_email") } },
        { QStringLiteral("matters"),
          { QStringLiteral("client"), QStringLiteral("description"), QStringLiteral("display_number"),
            QStringLiteral("status"), QStringLiteral("open_date"), QStringLiteral("pending_date"),
            QStringLiteral("close_date"), QStringLiteral("practice_area"), QStringLiteral("responsible_attorney"),
            QStringLiteral("originating_attorney"), QStringLiteral("billable"), QStringLiteral("client_reference"),
            QStringLiteral("location"), QStringLiteral("group"), QStringLiteral("currency"),
            QStringLiteral("custom_rate"), QStringLiteral("relationships"), QStringLiteral("custom_field_values"),
            QStringLiteral("evergreen_retainer") } },
        { QStringLiteral("activities"),
          { QStringLiteral("type"), QStringLiteral("date"), QStringLiteral("matter"), QStringLiteral("user"),
            QStringLiteral("quantity"), QStringLiteral("price"), QStringLiteral("note"),
            QStringLiteral("activity_description"), QStringLiteral("non_billable"), QStringLiteral("no_charge"),
            QStringLiteral("expense_category"), QStringLiteral("vendor"), QStringLiteral("reference"),
            QStringLiteral("tax_setting") } },
        { QStringLiteral("notes"),
          { QStringLiteral("type"), QStringLiteral("matter"), QStringLiteral("contact"), QStringLiteral("subject"),
            QStringLiteral("detail"), QStringLiteral("date"), QStringLiteral("detail_text_type") } },
        { QStringLiteral("folders"), { QStringLiteral("name"), QStringLiteral("parent") } },
        { QStringLiteral("documents"),
          { QStringLiteral("name"), QStringLiteral("parent"), QStringLiteral("content_type"),
            QStringLiteral("received_at"), QStringLiteral("document_category"), QStringLiteral("external_properties"),
            QStringLiteral("uuid"), QStringLiteral("fully_uploaded") } },
        { QStringLiteral("custom_fields"),
          { QStringLiteral("name"), QStringLiteral("parent_type"), QStringLiteral("field_type"),
            QStringLiteral("picklist_options"), QStringLiteral("displayed"), QStringLiteral("required") } },
    };
    static const QSet<QString> none;
    const auto it = all.constFind(resource);
    return it == all.cend() ? none : *it;
}

const QSet<QString> &nestedArrays()
{
    static const QSet<QString> names = { QStringLiteral("email_addresses"),     QStringLiteral("phone_numbers"),
                                         QStringLiteral("addresses"),           QStringLiteral("web_sites"),
                                         QStringLiteral("custom_field_values"), QStringLiteral("relationships"),
                                         QStringLiteral("external_properties"), QStringLiteral("picklist_options") };
    return names;
}

// PATCH semantics of Clio's nested arrays: an element with an id changes (or with
// "_destroy": true removes) that element, one without an id is added.
bool mergeArray(QJsonArray &existing, const QJsonArray &patch, const QString &field, QString *error)
{
    for (const QJsonValue &v : patch) {
        const QJsonObject element = v.toObject();
        const QJsonValue id = element.value(QStringLiteral("id"));
        if (id.isUndefined() || id.isNull()) {
            existing.append(element);
            continue;
        }
        bool found = false;
        for (qsizetype i = 0; i < existing.size(); ++i) {
            const QJsonObject old = existing.at(i).toObject();
            if (old.value(QStringLiteral("id")) != id)
                continue;
            found = true;
            if (element.value(QStringLiteral("_destroy")).toBool()) {
                existing.removeAt(i);
            } else {
                QJsonObject merged = old;
                for (auto it = element.begin(); it != element.end(); ++it)
                    merged.insert(it.key(), it.value());
                existing.replace(i, merged);
            }
            break;
        }
        if (!found) {
            *error = QStringLiteral("%1: no element with id %2 on this record")
                         .arg(field, id.isString() ? id.toString() : QString::number(id.toInteger()));
            return false;
        }
    }
    return true;
}

// Gives every element of a nested array an integer id (ids stay on later PATCHes).
bool numberElements(QJsonObject &r, const QString &field, const QString &nameField, const QStringList &names,
                    const QString &requiredField, QString *error)
{
    const QJsonValue value = r.value(field);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        *error = QStringLiteral("%1 must be an array").arg(field);
        return false;
    }
    QJsonArray array = value.toArray();
    qint64 next = 1;
    for (const QJsonValue &v : std::as_const(array))
        next = std::max(next, v.toObject().value(QStringLiteral("id")).toInteger() + 1);
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            *error = QStringLiteral("%1[%2] must be an object").arg(field).arg(i);
            return false;
        }
        QJsonObject e = array.at(i).toObject();
        e.remove(QStringLiteral("_destroy"));
        if (!requiredField.isEmpty()) {
            const QJsonValue req = e.value(requiredField);
            if (!req.isString() || req.toString().trimmed().isEmpty()) {
                *error = QStringLiteral("%1[%2].%3 can't be blank").arg(field).arg(i).arg(requiredField);
                return false;
            }
        }
        if (!nameField.isEmpty()) {
            const QJsonValue name = e.value(nameField);
            if (name.isUndefined() || name.isNull()) {
                e.insert(nameField, names.constFirst());
            } else if (!names.contains(name.toString())) {
                *error = QStringLiteral("%1[%2].%3 must be one of %4 (got \"%5\")")
                             .arg(field)
                             .arg(i)
                             .arg(nameField, names.join(QStringLiteral(", ")), name.toString());
                return false;
            }
        }
        if (e.value(QStringLiteral("id")).isUndefined() || e.value(QStringLiteral("id")).isNull())
            e.insert(QStringLiteral("id"), next++);
        array.replace(i, e);
    }
    r.insert(field, array);
    return true;
}

bool isText(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull() || v.isString();
}

QString text(const QJsonObject &r, const QString &field)
{
    return r.value(field).toString().trimmed();
}

QString singular(const QString &resource)
{
    if (resource == QStringLiteral("activities"))
        return QStringLiteral("activity");
    return resource.chopped(1);
}

QString resourceOfType(const QString &type)
{
    if (type == QStringLiteral("Matter"))
        return QStringLiteral("matters");
    if (type == QStringLiteral("Contact"))
        return QStringLiteral("contacts");
    if (type == QStringLiteral("Folder"))
        return QStringLiteral("folders");
    if (type == QStringLiteral("Document"))
        return QStringLiteral("documents");
    return QString();
}

QList<QStringList> parseCsv(const QString &content)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < content.size(); ++i) {
        const QChar c = content.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < content.size() && content.at(i + 1) == u'"') {
                    cell.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(cell);
            cell.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < content.size() && content.at(i + 1) == u'\n')
                ++i;
            row.append(cell);
            cell.clear();
            if (!(row.size() == 1 && row.constFirst().isEmpty()))
                rows.append(row);
            row.clear();
        } else {
            cell.append(c);
        }
    }
    row.append(cell);
    if (!(row.size() == 1 && row.constFirst().isEmpty()))
        rows.append(row);
    return rows;
}

} // namespace

SandboxApi::SandboxApi(SandboxStore &store, const SandboxOptions &options)
    : m_store(store)
    , m_options(options)
{
}

QString SandboxApi::refreshToken() const
{
    return m_options.token + QStringLiteral("-refresh");
}

bool SandboxApi::loadUsers(QString *error)
{
    struct User
    {
        QString name, first, last, email, subscription;
        bool enabled = true;
    };
    QList<User> users;
    if (m_options.usersFile.isEmpty()) {
        users = { { QStringLiteral("Ada Attorney"), QStringLiteral("Ada"), QStringLiteral("Attorney"),
                    QStringLiteral("ada@sandbox-law.test"), QStringLiteral("Attorney"), true },
                  { QStringLiteral("Ben Paralegal"), QStringLiteral("Ben"), QStringLiteral("Paralegal"),
                    QStringLiteral("ben@sandbox-law.test"), QStringLiteral("NonAttorney"), true } };
    } else {
        QFile f(m_options.usersFile);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read --users %1: %2").arg(m_options.usersFile, f.errorString());
            return false;
        }
        QString content = QString::fromUtf8(f.readAll());
        if (content.startsWith(QChar(0xFEFF)))
            content.remove(0, 1);
        const QList<QStringList> rows = parseCsv(content);
        if (rows.isEmpty()) {
            *error =
                QStringLiteral("--users %1 is empty; it needs a header with name and email").arg(m_options.usersFile);
            return false;
        }
        QStringList header;
        for (const QString &h : rows.constFirst())
            header.append(h.trimmed().toLower());
        const qsizetype nameCol = header.indexOf(QStringLiteral("name"));
        const qsizetype emailCol = header.indexOf(QStringLiteral("email"));
        if (nameCol < 0 || emailCol < 0) {
            *error = QStringLiteral("--users %1: the header needs the columns name and email").arg(m_options.usersFile);
            return false;
        }
        const qsizetype firstCol = header.indexOf(QStringLiteral("first_name"));
        const qsizetype lastCol = header.indexOf(QStringLiteral("last_name"));
        const qsizetype typeCol = header.indexOf(QStringLiteral("subscription_type"));
        const qsizetype enabledCol = header.indexOf(QStringLiteral("enabled"));
        QSet<QString> seen;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QStringList &row = rows.at(i);
            auto cell = [&row](qsizetype col) {
                return col >= 0 && col < row.size() ? row.at(col).trimmed() : QString();
            };
            User u;
            u.name = cell(nameCol);
            u.email = cell(emailCol);
            if (u.name.isEmpty() || !u.email.contains(u'@')) {
                *error = QStringLiteral("--users %1 line %2: a user needs a name and an email address")
                             .arg(m_options.usersFile)
                             .arg(i + 1);
                return false;
            }
            if (seen.contains(u.email.toLower())) {
                *error = QStringLiteral("--users %1 line %2: %3 is listed twice")
                             .arg(m_options.usersFile)
                             .arg(i + 1)
                             .arg(u.email);
                return false;
            }
            seen.insert(u.email.toLower());
            const qsizetype space = u.name.lastIndexOf(u' ');
            u.first = firstCol >= 0 ? cell(firstCol) : (space > 0 ? u.name.left(space) : u.name);
            u.last = lastCol >= 0 ? cell(lastCol) : (space > 0 ? u.name.mid(space + 1) : QStringLiteral(""));
            u.subscription = typeCol >= 0 && !cell(typeCol).isEmpty() ? cell(typeCol) : QStringLiteral("Attorney");
            u.enabled = enabledCol < 0 || cell(enabledCol).isEmpty()
                || QStringList { QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("1") }.contains(
                    cell(enabledCol).toLower());
            users.append(u);
        }
        if (users.isEmpty()) {
            *error = QStringLiteral("--users %1 lists no user").arg(m_options.usersFile);
            return false;
        }
    }

    // Users keep their id across runs (activities point at them); who is no longer
    // listed is marked deleted.
    QHash<QString, qint64> byEmail;
    for (qint64 id = 1; id < m_store.nextId(QStringLiteral("users")); ++id) {
        if (const auto r = m_store.find(QStringLiteral("users"), id, true))
            byEmail.insert(r->value(QStringLiteral("email")).toString().toLower(), id);
    }
    QSet<qint64> listed;
    const QString now = nowIso();
    m_currentUserId = 0;
    for (const User &u : std::as_const(users)) {
        QString initials;
        for (const QString &part : u.name.split(u' ', Qt::SkipEmptyParts))
            initials.append(part.at(0).toUpper());
        QJsonObject r { { QStringLiteral("name"), u.name },
                        { QStringLiteral("first_name"), u.first },
                        { QStringLiteral("last_name"), u.last },
                        { QStringLiteral("email"), u.email },
                        { QStringLiteral("initials"), initials },
                        { QStringLiteral("enabled"), u.enabled },
                        { QStringLiteral("subscription_type"), u.subscription },
                        { QStringLiteral("account"),
                          QJsonObject { { QStringLiteral("id"), 1 }, { QStringLiteral("name"), kAccountName } } },
                        { QStringLiteral("created_at"), now },
                        { QStringLiteral("updated_at"), now } };
        qint64 id = byEmail.value(u.email.toLower());
        if (id) {
            const auto old = m_store.find(QStringLiteral("users"), id, true);
            r.insert(QStringLiteral("created_at"), old->value(QStringLiteral("created_at")));
            m_store.update(QStringLiteral("users"), id, r);
            m_store.restore(QStringLiteral("users"), id);
        } else {
            id = m_store.insert(QStringLiteral("users"), r);
        }
        if (id == 0) {
            *error = QStringLiteral("cannot store user %1: %2").arg(u.email, m_store.lastError());
            return false;
        }
        listed.insert(id);
        if (m_currentUserId == 0)
            m_currentUserId = id;
    }
    for (const qint64 id : std::as_const(byEmail))
        if (!listed.contains(id))
            m_store.softDelete(QStringLiteral("users"), id);
    return true;
}

SandboxFields::Resolver SandboxApi::resolver() const
{
    return [this](const QString &resource, qint64 id) {
        return m_store.find(resource, id, true);
    };
}

QJsonObject SandboxApi::shaped(const QString &resource, const QJsonObject &record, const Fields &fields) const
{
    return SandboxFields::project(resource, record, fields, resolver());
}

ApiReply SandboxApi::api(const ApiRequest &request)
{
    if (!request.path.startsWith(kApiPrefix) || !request.path.endsWith(QStringLiteral(".json")))
        return errorReply(404, QStringLiteral("RecordNotFound"),
                          QStringLiteral("no such endpoint: %1 (paths end in .json)").arg(request.path));
    const QStringList parts = request.path.mid(kApiPrefix.size()).chopped(5).split(u'/');
    const QString resource = parts.constFirst();
    if (!SandboxFields::knows(resource) || parts.size() > 2)
        return errorReply(404, QStringLiteral("RecordNotFound"),
                          QStringLiteral("no such endpoint: %1").arg(request.path));

    const QString &m = request.method;
    auto notAllowed = [&] {
        ApiReply r = errorReply(405, QStringLiteral("MethodNotAllowed"),
                                QStringLiteral("%1 is not allowed on %2").arg(m, request.path));
        return r;
    };
    if (parts.size() == 1) {
        if (m == QStringLiteral("GET"))
            return index(resource, request);
        if (m == QStringLiteral("POST") && resource != QStringLiteral("users"))
            return create(resource, request);
        return notAllowed();
    }
    if (resource == QStringLiteral("users") && parts.at(1) == QStringLiteral("who_am_i"))
        return m == QStringLiteral("GET") ? whoAmI(request) : notAllowed();
    bool ok = false;
    const qint64 id = parts.at(1).toLongLong(&ok);
    if (!ok)
        return errorReply(404, QStringLiteral("RecordNotFound"),
                          QStringLiteral("no such endpoint: %1").arg(request.path));
    const bool readOnly = resource == QStringLiteral("users") || resource == QStringLiteral("custom_fields");
    const bool noPatch = readOnly || resource == QStringLiteral("notes") || resource == QStringLiteral("folders");
    if (m == QStringLiteral("GET"))
        return show(resource, id, request);
    if (m == QStringLiteral("PATCH") && !noPatch)
        return patch(resource, id, request);
    if (m == QStringLiteral("DELETE") && !readOnly)
        return remove(resource, id, request);
    return notAllowed();
}

ApiReply SandboxApi::whoAmI(const ApiRequest &request)
{
    QString error;
    const auto fields =
        SandboxFields::parse(QStringLiteral("users"), queryValue(request, QStringLiteral("fields")), &error);
    if (!fields)
        return errorReply(400, QStringLiteral("InvalidFields"), error);
    const auto me = m_store.find(QStringLiteral("users"), m_currentUserId);
    if (!me)
        return errorReply(404, QStringLiteral("RecordNotFound"), QStringLiteral("the sandbox has no user"));
    return jsonReply(200, QJsonObject { { QStringLiteral("data"), shaped(QStringLiteral("users"), *me, *fields) } });
}

bool SandboxApi::matches(const QString &resource, const QJsonObject &r, const ApiRequest &request) const
{
    const QStringList ids = queryValues(request, QStringLiteral("ids[]")) + queryValues(request, QStringLiteral("ids"));
    if (!ids.isEmpty()) {
        bool found = false;
        for (const QString &part : ids)
            for (const QString &id : part.split(u',', Qt::SkipEmptyParts))
                found = found || id.trimmed().toLongLong() == r.value(QStringLiteral("id")).toInteger();
        if (!found)
            return false;
    }
    for (const QString &since : { QStringLiteral("updated_since"), QStringLiteral("created_since") }) {
        const QString value = queryValue(request, since);
        if (value.isEmpty())
            continue;
        const QDateTime limit = QDateTime::fromString(value, Qt::ISODate);
        const QDateTime at = QDateTime::fromString(
            r.value(since.left(since.indexOf(u'_')) + QStringLiteral("_at")).toString(), Qt::ISODate);
        if (limit.isValid() && at.isValid() && at < limit)
            return false;
    }
    auto idFilter = [&](const QString &param, const QString &field) {
        const QString v = queryValue(request, param);
        return v.isEmpty() || refId(r, field) == v.toLongLong();
    };
    auto textFilter = [&](const QString &param, const QString &field) {
        const QString v = queryValue(request, param);
        return v.isEmpty() || r.value(field).toString().compare(v, Qt::CaseInsensitive) == 0;
    };
    const QString query = queryValue(request, QStringLiteral("query"));
    auto contains = [&query](const QString &s) {
        return s.contains(query, Qt::CaseInsensitive);
    };

    if (resource == QStringLiteral("custom_fields"))
        return textFilter(QStringLiteral("parent_type"), QStringLiteral("parent_type"));
    if (resource == QStringLiteral("contacts")) {
        if (!textFilter(QStringLiteral("type"), QStringLiteral("type")))
            return false;
        if (query.isEmpty())
            return true;
        if (contains(r.value(QStringLiteral("name")).toString()))
            return true;
        for (const QJsonValue &e : r.value(QStringLiteral("email_addresses")).toArray())
            if (contains(e.toObject().value(QStringLiteral("address")).toString()))
                return true;
        for (const QJsonValue &p : r.value(QStringLiteral("phone_numbers")).toArray())
            if (contains(p.toObject().value(QStringLiteral("number")).toString()))
                return true;
        for (const QJsonValue &c : r.value(QStringLiteral("custom_field_values")).toArray())
            if (contains(c.toObject().value(QStringLiteral("value")).toVariant().toString()))
                return true;
        return false;
    }
    if (resource == QStringLiteral("matters")) {
        if (!idFilter(QStringLiteral("client_id"), QStringLiteral("client")))
            return false;
        const QString status = queryValue(request, QStringLiteral("status"));
        if (!status.isEmpty()) {
            bool any = false;
            for (const QString &s : status.split(u',', Qt::SkipEmptyParts))
                any =
                    any || r.value(QStringLiteral("status")).toString().compare(s.trimmed(), Qt::CaseInsensitive) == 0;
            if (!any)
                return false;
        }
        if (query.isEmpty())
            return true;
        if (contains(r.value(QStringLiteral("display_number")).toString())
            || contains(r.value(QStringLiteral("description")).toString()))
            return true;
        const auto client = m_store.find(QStringLiteral("contacts"), refId(r, QStringLiteral("client")), true);
        return client && contains(client->value(QStringLiteral("name")).toString());
    }
    if (resource == QStringLiteral("activities"))
        return idFilter(QStringLiteral("matter_id"), QStringLiteral("matter"))
            && idFilter(QStringLiteral("user_id"), QStringLiteral("user"))
            && textFilter(QStringLiteral("type"), QStringLiteral("type"));
    if (resource == QStringLiteral("notes"))
        return idFilter(QStringLiteral("matter_id"), QStringLiteral("matter"))
            && idFilter(QStringLiteral("contact_id"), QStringLiteral("contact"))
            && textFilter(QStringLiteral("type"), QStringLiteral("type"));
    if (resource == QStringLiteral("folders") || resource == QStringLiteral("documents")) {
        const QJsonObject parent = r.value(QStringLiteral("parent")).toObject();
        const QString parentId = queryValue(request, QStringLiteral("parent_id"));
        const QString parentType = queryValue(request, QStringLiteral("parent_type"));
        if (!parentId.isEmpty() && parent.value(QStringLiteral("id")).toInteger() != parentId.toLongLong())
            return false;
        if (!parentType.isEmpty()
            && parent.value(QStringLiteral("type")).toString().compare(parentType, Qt::CaseInsensitive) != 0)
            return false;
        if (resource == QStringLiteral("documents")) {
            if (!r.value(QStringLiteral("latest_document_version"))
                     .toObject()
                     .value(QStringLiteral("fully_uploaded"))
                     .toBool())
                return false; // an upload that was never completed stays invisible
            return idFilter(QStringLiteral("matter_id"), QStringLiteral("matter"));
        }
    }
    return true;
}

// Narrows an index in SQL on the common filters; matches() still decides exactly.
static SandboxStore::Prefilter prefilterOf(const QString &resource, const ApiRequest &request)
{
    SandboxStore::Prefilter p;
    auto byReference = [&](const QString &param, const QString &path) {
        bool ok = false;
        const qint64 id = queryValue(request, param).toLongLong(&ok);
        if (ok) {
            p.clauses.append(QStringLiteral("json_extract(json, '%1') = ?").arg(path));
            p.binds.append(id);
        }
    };
    if (resource == QStringLiteral("activities") || resource == QStringLiteral("notes")
        || resource == QStringLiteral("documents"))
        byReference(QStringLiteral("matter_id"), QStringLiteral("$.matter.id"));
    if (resource == QStringLiteral("notes"))
        byReference(QStringLiteral("contact_id"), QStringLiteral("$.contact.id"));
    if (resource == QStringLiteral("activities"))
        byReference(QStringLiteral("user_id"), QStringLiteral("$.user.id"));
    if (resource == QStringLiteral("matters"))
        byReference(QStringLiteral("client_id"), QStringLiteral("$.client.id"));
    if (resource == QStringLiteral("folders") || resource == QStringLiteral("documents"))
        byReference(QStringLiteral("parent_id"), QStringLiteral("$.parent.id"));
    // A contact's query words all sit in its json text (LIKE is case-blind for ASCII).
    const QString query = queryValue(request, QStringLiteral("query"));
    const bool plain = std::all_of(query.cbegin(), query.cend(), [](QChar c) {
        return c.unicode() < 128 && c != u'"' && c != u'\\' && c != u'%' && c != u'_';
    });
    if (resource == QStringLiteral("contacts") && !query.isEmpty() && plain) {
        p.clauses.append(QStringLiteral("json LIKE ?"));
        p.binds.append(QString(u'%' + query + u'%'));
    }
    return p;
}

ApiReply SandboxApi::index(const QString &resource, const ApiRequest &request)
{
    QString error;
    const auto fields = SandboxFields::parse(resource, queryValue(request, QStringLiteral("fields")), &error);
    if (!fields)
        return errorReply(400, QStringLiteral("InvalidFields"), error);
    const int maxLimit = resource == QStringLiteral("users") ? 2000 : 200;
    int limit = maxLimit;
    if (hasQuery(request, QStringLiteral("limit"))) {
        bool ok = false;
        limit = queryValue(request, QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > maxLimit)
            return errorReply(422, QStringLiteral("ArgumentError"),
                              QStringLiteral("limit must be a number from 1 to %1").arg(maxLimit));
    }
    const QString order = queryValue(request, QStringLiteral("order"));
    if (!order.isEmpty() && order != QStringLiteral("id(asc)"))
        return errorReply(422, QStringLiteral("ArgumentError"),
                          QStringLiteral("the sandbox pages by cursor and orders by id(asc) only, not %1").arg(order));
    if (hasQuery(request, QStringLiteral("offset")))
        return errorReply(422, QStringLiteral("ArgumentError"),
                          QStringLiteral("the sandbox pages by cursor only: follow meta.paging.next (page_token)"));
    qint64 afterId = 0;
    if (hasQuery(request, QStringLiteral("page_token"))) {
        const QByteArray decoded = QByteArray::fromBase64(queryValue(request, QStringLiteral("page_token")).toLatin1(),
                                                          QByteArray::Base64UrlEncoding);
        bool ok = decoded.startsWith("after:");
        if (ok)
            afterId = decoded.mid(6).toLongLong(&ok);
        if (!ok)
            return errorReply(422, QStringLiteral("ArgumentError"), QStringLiteral("page_token is not valid"));
    }
    const SandboxStore::Page page = m_store.list(
        resource, afterId, limit, [&](const QJsonObject &r) { return matches(resource, r, request); },
        prefilterOf(resource, request));
    QJsonArray data;
    for (const QJsonObject &r : page.records)
        data.append(shaped(resource, r, *fields));
    QJsonObject paging;
    if (page.more) {
        const qint64 lastId = page.records.constLast().value(QStringLiteral("id")).toInteger();
        QStringList items;
        for (const auto &item : request.query)
            if (item.first != QStringLiteral("page_token"))
                items.append(QString::fromLatin1(QUrl::toPercentEncoding(item.first) + '='
                                                 + QUrl::toPercentEncoding(item.second)));
        const QByteArray token = QByteArray("after:" + QByteArray::number(lastId))
                                     .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        items.append(QStringLiteral("page_token=") + QString::fromLatin1(token));
        paging.insert(QStringLiteral("next"),
                      request.origin + QString::fromLatin1(QUrl::toPercentEncoding(request.path, "/")) + u'?'
                          + items.join(u'&'));
    }
    return jsonReply(200,
                     QJsonObject { { QStringLiteral("data"), data },
                                   { QStringLiteral("meta"),
                                     QJsonObject { { QStringLiteral("paging"), paging },
                                                   { QStringLiteral("records"), page.total } } } });
}

ApiReply SandboxApi::show(const QString &resource, qint64 id, const ApiRequest &request)
{
    QString error;
    const auto fields = SandboxFields::parse(resource, queryValue(request, QStringLiteral("fields")), &error);
    if (!fields)
        return errorReply(400, QStringLiteral("InvalidFields"), error);
    const auto r = m_store.find(resource, id);
    if (!r)
        return errorReply(404, QStringLiteral("RecordNotFound"),
                          QStringLiteral("there is no %1 with id %2").arg(singular(resource)).arg(id));
    ApiReply reply = jsonReply(200, QJsonObject { { QStringLiteral("data"), shaped(resource, *r, *fields) } });
    reply.headers.append(Header { "ETag", r->value(QStringLiteral("etag")).toString().toUtf8() });
    return reply;
}

static std::optional<QJsonObject> dataOf(const ApiRequest &request, ApiReply *failure)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *failure = errorReply(400, QStringLiteral("InvalidJSON"),
                              QStringLiteral("the body is not JSON: %1").arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject() || !doc.object().value(QStringLiteral("data")).isObject()) {
        *failure = validationError(QStringLiteral("the record must be wrapped in {\"data\":{...}}"));
        return std::nullopt;
    }
    return doc.object().value(QStringLiteral("data")).toObject();
}

ApiReply SandboxApi::create(const QString &resource, const ApiRequest &request)
{
    QString error;
    const auto fields = SandboxFields::parse(resource, queryValue(request, QStringLiteral("fields")), &error);
    if (!fields)
        return errorReply(400, QStringLiteral("InvalidFields"), error);
    ApiReply failure;
    const auto data = dataOf(request, &failure);
    if (!data)
        return failure;
    if (resource == QStringLiteral("documents")
        && (data->contains(QStringLiteral("uuid")) || data->contains(QStringLiteral("fully_uploaded"))))
        return validationError(QStringLiteral("uuid and fully_uploaded belong in the PATCH that completes an upload"));
    int status = 422;
    QString type = QStringLiteral("ValidationError");
    auto record = build(resource, *data, nullptr, &error, &status, &type);
    if (!record)
        return errorReply(status, type, error);
    const QString now = nowIso();
    record->insert(QStringLiteral("created_at"), now);
    record->insert(QStringLiteral("updated_at"), now);

    QString uuid;
    if (resource == QStringLiteral("documents")) {
        // Step 1 of the upload: where to PUT the bytes (the sandbox stands in for S3).
        uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString contentType = record->value(QStringLiteral("content_type")).toString();
        const QString putUrl =
            QStringLiteral("%1/upload/%2?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=28800&X-Amz-Signature=%3")
                .arg(request.origin, uuid, uploadSignature(uuid));
        const QJsonArray putHeaders { QJsonObject { { QStringLiteral("name"), QStringLiteral("Content-Type") },
                                                    { QStringLiteral("value"), contentType } },
                                      QJsonObject {
                                          { QStringLiteral("name"), QStringLiteral("x-amz-server-side-encryption") },
                                          { QStringLiteral("value"), QStringLiteral("AES256") } } };
        record->insert(QStringLiteral("latest_document_version"),
                       QJsonObject { { QStringLiteral("id"), m_store.nextId(QStringLiteral("documents")) },
                                     { QStringLiteral("uuid"), uuid },
                                     { QStringLiteral("put_url"), putUrl },
                                     { QStringLiteral("put_headers"), putHeaders },
                                     { QStringLiteral("fully_uploaded"), false },
                                     { QStringLiteral("size"), QJsonValue() },
                                     { QStringLiteral("content_type"), contentType },
                                     { QStringLiteral("filename"), record->value(QStringLiteral("name")) },
                                     { QStringLiteral("received_at"), record->value(QStringLiteral("received_at")) } });
    }
    const qint64 id = m_store.insert(resource, *record);
    if (id == 0)
        return errorReply(500, QStringLiteral("InternalServerError"), m_store.lastError());
    if (!uuid.isEmpty())
        m_store.addUpload(uuid, id, record->value(QStringLiteral("content_type")).toString());
    const auto stored = m_store.find(resource, id);
    ApiReply reply = jsonReply(201, QJsonObject { { QStringLiteral("data"), shaped(resource, *stored, *fields) } });
    reply.headers.append(Header { "ETag", stored->value(QStringLiteral("etag")).toString().toUtf8() });
    reply.wrote = true;
    return reply;
}

ApiReply SandboxApi::patch(const QString &resource, qint64 id, const ApiRequest &request)
{
    QString error;
    const auto fields = SandboxFields::parse(resource, queryValue(request, QStringLiteral("fields")), &error);
    if (!fields)
        return errorReply(400, QStringLiteral("InvalidFields"), error);
    const auto existing = m_store.find(resource, id);
    if (!existing)
        return errorReply(404, QStringLiteral("RecordNotFound"),
                          QStringLiteral("there is no %1 with id %2").arg(singular(resource)).arg(id));
    const QByteArray ifMatch = request.headers.value("if-match");
    if (!ifMatch.isEmpty() && ifMatch != existing->value(QStringLiteral("etag")).toString().toUtf8())
        return errorReply(
            412, QStringLiteral("PreconditionFailed"),
            QStringLiteral("%1 %2 changed since it was read (ETag mismatch)").arg(singular(resource)).arg(id));
    if (resource == QStringLiteral("activities") && existing->value(QStringLiteral("billed")).toBool())
        return validationError(QStringLiteral("activity %1 is billed: a billed entry cannot be changed").arg(id));
    ApiReply failure;
    auto data = dataOf(request, &failure);
    if (!data)
        return failure;
    data->remove(QStringLiteral("id"));
    data->remove(QStringLiteral("etag"));

    QJsonObject current = *existing;
    if (resource == QStringLiteral("documents") && data->contains(QStringLiteral("uuid"))) {
        // Step 3 of the upload: the bytes must be there.
        const QString uuid = data->take(QStringLiteral("uuid")).toString();
        const bool complete = data->take(QStringLiteral("fully_uploaded")).toBool();
        QJsonObject version = current.value(QStringLiteral("latest_document_version")).toObject();
        if (uuid != version.value(QStringLiteral("uuid")).toString())
            return validationError(QStringLiteral("uuid %1 is not the upload of document %2").arg(uuid).arg(id));
        if (complete) {
            const auto upload = m_store.upload(uuid);
            if (!upload || upload->size < 0)
                return errorReply(
                    422, QStringLiteral("UploadNotFoundError"),
                    QStringLiteral("no bytes were uploaded to the put_url of document %1 (uuid %2)").arg(id).arg(uuid));
            version.insert(QStringLiteral("fully_uploaded"), true);
            version.insert(QStringLiteral("size"), upload->size);
            version.insert(QStringLiteral("content_type"), upload->contentType);
            current.insert(QStringLiteral("latest_document_version"), version);
        }
    } else if (data->contains(QStringLiteral("fully_uploaded"))) {
        return validationError(QStringLiteral("fully_uploaded needs the uuid of the upload"));
    }
    int status = 422;
    QString type = QStringLiteral("ValidationError");
    auto record = build(resource, *data, &current, &error, &status, &type);
    if (!record)
        return errorReply(status, type, error);
    record->insert(QStringLiteral("updated_at"), nowIso());
    if (!m_store.update(resource, id, *record))
        return errorReply(500, QStringLiteral("InternalServerError"), m_store.lastError());
    const auto stored = m_store.find(resource, id);
    ApiReply reply = jsonReply(200, QJsonObject { { QStringLiteral("data"), shaped(resource, *stored, *fields) } });
    reply.headers.append(Header { "ETag", stored->value(QStringLiteral("etag")).toString().toUtf8() });
    reply.wrote = true;
    return reply;
}

ApiReply SandboxApi::remove(const QString &resource, qint64 id, const ApiRequest &request)
{
    Q_UNUSED(request)
    const auto existing = m_store.find(resource, id);
    if (!existing)
        return errorReply(404, QStringLiteral("RecordNotFound"),
                          QStringLiteral("there is no %1 with id %2").arg(singular(resource)).arg(id));
    if (resource == QStringLiteral("activities") && existing->value(QStringLiteral("billed")).toBool())
        return validationError(QStringLiteral("activity %1 is billed: a billed entry cannot be deleted").arg(id));
    if (!m_store.softDelete(resource, id))
        return errorReply(500, QStringLiteral("InternalServerError"), m_store.lastError());
    ApiReply reply;
    reply.status = 204;
    reply.wrote = true;
    return reply;
}

std::optional<QJsonObject> SandboxApi::build(const QString &resource, const QJsonObject &data,
                                             const QJsonObject *existing, QString *error, int *status,
                                             QString *errorType)
{
    Q_UNUSED(status)
    Q_UNUSED(errorType)
    const QSet<QString> &writable = writableOf(resource);
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (!writable.contains(it.key())) {
            *error =
                QStringLiteral("%1 is not an attribute of a %2 the sandbox accepts").arg(it.key(), singular(resource));
            return std::nullopt;
        }
    }
    QJsonObject r = existing ? *existing : QJsonObject();
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (existing && nestedArrays().contains(it.key()) && it.value().isArray()) {
            QJsonArray merged = r.value(it.key()).toArray();
            if (!mergeArray(merged, it.value().toArray(), it.key(), error))
                return std::nullopt;
            r.insert(it.key(), merged);
        } else {
            r.insert(it.key(), it.value());
        }
    }
    if (resource == QStringLiteral("contacts"))
        return buildContact(r, error);
    if (resource == QStringLiteral("matters"))
        return buildMatter(r, existing ? existing->value(QStringLiteral("id")).toInteger() : m_store.nextId(resource),
                           error);
    if (resource == QStringLiteral("activities"))
        return buildActivity(r, error);
    if (resource == QStringLiteral("notes"))
        return buildNote(r, error);
    if (resource == QStringLiteral("folders"))
        return buildFolder(r, error);
    if (resource == QStringLiteral("documents"))
        return buildDocument(r, existing, error);
    if (resource == QStringLiteral("custom_fields"))
        return buildCustomField(r, error);
    *error = QStringLiteral("%1 cannot be written").arg(resource);
    return std::nullopt;
}

bool SandboxApi::checkReference(const QJsonObject &r, const QString &field, const QString &resource, bool required,
                                QString *error)
{
    const QJsonValue v = r.value(field);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            *error = QStringLiteral("%1 is required: send %1{id} of an existing %2").arg(field, singular(resource));
        return !required;
    }
    const QJsonValue id = v.toObject().value(QStringLiteral("id"));
    if (!v.isObject() || !id.isDouble()) {
        *error = QStringLiteral("%1 must be a reference like {\"id\": 12}").arg(field);
        return false;
    }
    if (!m_store.find(resource, id.toInteger())) {
        *error = QStringLiteral("%1: there is no %2 with id %3").arg(field, singular(resource)).arg(id.toInteger());
        return false;
    }
    return true;
}

bool SandboxApi::checkCustomFieldValues(QJsonObject &r, const QString &parentType, QString *error)
{
    const QJsonValue value = r.value(QStringLiteral("custom_field_values"));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        *error = QStringLiteral("custom_field_values must be an array");
        return false;
    }
    QJsonArray out;
    QHash<qint64, qsizetype> byField; // one value per custom field: a later one replaces an earlier one
    const QJsonArray values = value.toArray();
    for (qsizetype i = 0; i < values.size(); ++i) {
        QJsonObject e = values.at(i).toObject();
        e.remove(QStringLiteral("_destroy"));
        const qint64 fieldId = refId(e, QStringLiteral("custom_field"));
        const auto field = m_store.find(QStringLiteral("custom_fields"), fieldId);
        if (!field) {
            *error = QStringLiteral("custom_field_values[%1].custom_field: there is no custom field with id %2")
                         .arg(i)
                         .arg(fieldId);
            return false;
        }
        if (field->value(QStringLiteral("parent_type")).toString() != parentType) {
            *error = QStringLiteral("custom_field_values[%1]: custom field %2 belongs to %3 records, not %4")
                         .arg(i)
                         .arg(fieldId)
                         .arg(field->value(QStringLiteral("parent_type")).toString(), parentType);
            return false;
        }
        const QJsonValue v = e.value(QStringLiteral("value"));
        if (v.isUndefined() || v.isArray() || v.isObject()) {
            *error = QStringLiteral("custom_field_values[%1].value is required (text, number or true/false)").arg(i);
            return false;
        }
        const QString fieldType = field->value(QStringLiteral("field_type")).toString();
        e.insert(QStringLiteral("id"), QStringLiteral("%1-%2").arg(fieldType).arg(fieldId));
        e.insert(QStringLiteral("field_name"), field->value(QStringLiteral("name")));
        e.insert(QStringLiteral("field_type"), fieldType);
        e.insert(QStringLiteral("custom_field"), QJsonObject { { QStringLiteral("id"), fieldId } });
        if (byField.contains(fieldId)) {
            out.replace(byField.value(fieldId), e);
        } else {
            byField.insert(fieldId, out.size());
            out.append(e);
        }
    }
    r.insert(QStringLiteral("custom_field_values"), out);
    return true;
}

std::optional<QJsonObject> SandboxApi::buildContact(QJsonObject r, QString *error)
{
    const QString type = r.value(QStringLiteral("type")).toString();
    if (type != QStringLiteral("Person") && type != QStringLiteral("Company")) {
        *error = QStringLiteral("type must be Person or Company (got \"%1\")").arg(type);
        return std::nullopt;
    }
    for (const char *f : { "first_name", "middle_name", "last_name", "name", "prefix", "title" }) {
        if (!isText(r.value(QString::fromLatin1(f)))) {
            *error = QStringLiteral("%1 must be text").arg(QString::fromLatin1(f));
            return std::nullopt;
        }
    }
    if (type == QStringLiteral("Person")) {
        if (text(r, QStringLiteral("first_name")).isEmpty() && text(r, QStringLiteral("last_name")).isEmpty()) {
            *error = QStringLiteral("first_name or last_name is required for a Person");
            return std::nullopt;
        }
        QStringList parts;
        for (const char *f : { "first_name", "middle_name", "last_name" })
            if (!text(r, QString::fromLatin1(f)).isEmpty())
                parts.append(text(r, QString::fromLatin1(f)));
        r.insert(QStringLiteral("name"), parts.join(u' '));
    } else if (text(r, QStringLiteral("name")).isEmpty()) {
        *error = QStringLiteral("name is required for a Company");
        return std::nullopt;
    }
    const QJsonValue dob = r.value(QStringLiteral("date_of_birth"));
    if (!dob.isUndefined() && !dob.isNull() && !isDate(dob)) {
        *error = QStringLiteral("date_of_birth must be a date YYYY-MM-DD (got \"%1\")").arg(dob.toString());
        return std::nullopt;
    }
    if (!checkReference(r, QStringLiteral("company"), QStringLiteral("contacts"), false, error))
        return std::nullopt;
    if (r.value(QStringLiteral("company")).isObject()) {
        const auto company = m_store.find(QStringLiteral("contacts"), refId(r, QStringLiteral("company")));
        if (company->value(QStringLiteral("type")).toString() != QStringLiteral("Company")) {
            *error = QStringLiteral("company: contact %1 is not a Company").arg(refId(r, QStringLiteral("company")));
            return std::nullopt;
        }
    }
    if (!numberElements(r, QStringLiteral("email_addresses"), QStringLiteral("name"),
                        { QStringLiteral("Work"), QStringLiteral("Home"), QStringLiteral("Other") },
                        QStringLiteral("address"), error)
        || !numberElements(r, QStringLiteral("phone_numbers"), QStringLiteral("name"),
                           { QStringLiteral("Work"), QStringLiteral("Home"), QStringLiteral("Mobile"),
                             QStringLiteral("Fax"), QStringLiteral("Pager"), QStringLiteral("Skype"),
                             QStringLiteral("Other") },
                           QStringLiteral("number"), error)
        || !numberElements(
            r, QStringLiteral("addresses"), QStringLiteral("name"),
            { QStringLiteral("Work"), QStringLiteral("Home"), QStringLiteral("Billing"), QStringLiteral("Other") },
            QString(), error)
        || !numberElements(r, QStringLiteral("web_sites"), QStringLiteral("name"),
                           { QStringLiteral("Work"), QStringLiteral("Personal"), QStringLiteral("Twitter"),
                             QStringLiteral("Facebook"), QStringLiteral("LinkedIn"),
                             QStringLiteral("Instant Messenger"), QStringLiteral("Other") },
                           QStringLiteral("address"), error))
        return std::nullopt;
    const QJsonArray emails = r.value(QStringLiteral("email_addresses")).toArray();
    for (qsizetype i = 0; i < emails.size(); ++i) {
        const QString address = emails.at(i).toObject().value(QStringLiteral("address")).toString();
        if (!address.contains(u'@')) {
            *error = QStringLiteral("email_addresses[%1].address is not an email address: \"%2\"").arg(i).arg(address);
            return std::nullopt;
        }
    }
    auto primary = [&r](const QString &field, const QString &flag, const QString &value) {
        const QJsonArray a = r.value(field).toArray();
        QJsonValue chosen = a.isEmpty() ? QJsonValue() : a.first().toObject().value(value);
        for (const QJsonValue &e : a)
            if (e.toObject().value(flag).toBool())
                chosen = e.toObject().value(value);
        return chosen;
    };
    r.insert(QStringLiteral("primary_email_address"),
             primary(QStringLiteral("email_addresses"), QStringLiteral("default_email"), QStringLiteral("address")));
    r.insert(QStringLiteral("primary_phone_number"),
             primary(QStringLiteral("phone_numbers"), QStringLiteral("default_number"), QStringLiteral("number")));
    if (!checkCustomFieldValues(r, QStringLiteral("Contact"), error))
        return std::nullopt;
    return r;
}

std::optional<QJsonObject> SandboxApi::buildMatter(QJsonObject r, qint64 id, QString *error)
{
    if (!checkReference(r, QStringLiteral("client"), QStringLiteral("contacts"), true, error))
        return std::nullopt;
    if (!r.value(QStringLiteral("description")).isString() || text(r, QStringLiteral("description")).isEmpty()) {
        *error = QStringLiteral("description can't be blank");
        return std::nullopt;
    }
    const QJsonValue status = r.value(QStringLiteral("status"));
    if (status.isUndefined() || status.isNull()) {
        r.insert(QStringLiteral("status"), QStringLiteral("Open"));
    } else {
        const QString s = status.toString().toLower();
        if (s != QStringLiteral("open") && s != QStringLiteral("pending") && s != QStringLiteral("closed")) {
            *error = QStringLiteral("status must be open, pending or closed (got \"%1\")").arg(status.toString());
            return std::nullopt;
        }
        r.insert(QStringLiteral("status"), s.at(0).toUpper() + s.mid(1));
    }
    for (const char *f : { "open_date", "pending_date", "close_date" }) {
        const QJsonValue d = r.value(QString::fromLatin1(f));
        if (!d.isUndefined() && !d.isNull() && !isDate(d)) {
            *error =
                QStringLiteral("%1 must be a date YYYY-MM-DD (got \"%2\")").arg(QString::fromLatin1(f), d.toString());
            return std::nullopt;
        }
    }
    for (const char *f : { "client_reference", "location", "display_number" }) {
        if (!isText(r.value(QString::fromLatin1(f)))) {
            *error = QStringLiteral("%1 must be text").arg(QString::fromLatin1(f));
            return std::nullopt;
        }
    }
    if (!checkReference(r, QStringLiteral("responsible_attorney"), QStringLiteral("users"), false, error)
        || !checkReference(r, QStringLiteral("originating_attorney"), QStringLiteral("users"), false, error))
        return std::nullopt;
    if (text(r, QStringLiteral("display_number")).isEmpty()) {
        const auto client = m_store.find(QStringLiteral("contacts"), refId(r, QStringLiteral("client")));
        const QString label = client->value(QStringLiteral("type")).toString() == QStringLiteral("Person")
                && !text(*client, QStringLiteral("last_name")).isEmpty()
            ? text(*client, QStringLiteral("last_name"))
            : text(*client, QStringLiteral("name"));
        r.insert(QStringLiteral("display_number"),
                 QStringLiteral("%1-%2").arg(id - 200000, 5, 10, QLatin1Char('0')).arg(label));
    } else {
        const QString number = text(r, QStringLiteral("display_number"));
        for (const qint64 other :
             m_store.idsWhere(QStringLiteral("matters"), QStringLiteral("$.display_number"), number)) {
            if (other != id) {
                *error = QStringLiteral("display_number %1 is already taken by matter %2").arg(number).arg(other);
                return std::nullopt;
            }
        }
    }
    const QJsonValue billable = r.value(QStringLiteral("billable"));
    if (billable.isUndefined() || billable.isNull())
        r.insert(QStringLiteral("billable"), true);
    else if (!billable.isBool()) {
        *error = QStringLiteral("billable must be true or false");
        return std::nullopt;
    }
    const QString rateType = r.value(QStringLiteral("custom_rate")).toObject().value(QStringLiteral("type")).toString();
    r.insert(QStringLiteral("billing_method"),
             rateType == QStringLiteral("FlatRate")             ? QStringLiteral("flat")
                 : rateType == QStringLiteral("ContingencyFee") ? QStringLiteral("contingency")
                                                                : QStringLiteral("hourly"));
    if (!numberElements(r, QStringLiteral("relationships"), QString(), {}, QString(), error))
        return std::nullopt;
    const QJsonArray relationships = r.value(QStringLiteral("relationships")).toArray();
    for (qsizetype i = 0; i < relationships.size(); ++i) {
        if (!checkReference(relationships.at(i).toObject(), QStringLiteral("contact"), QStringLiteral("contacts"), true,
                            error)) {
            error->prepend(QStringLiteral("relationships[%1].").arg(i));
            return std::nullopt;
        }
    }
    if (!checkCustomFieldValues(r, QStringLiteral("Matter"), error))
        return std::nullopt;
    return r;
}

std::optional<QJsonObject> SandboxApi::buildActivity(QJsonObject r, QString *error)
{
    const QString type = r.value(QStringLiteral("type")).toString();
    if (type != QStringLiteral("TimeEntry") && type != QStringLiteral("ExpenseEntry")) {
        *error = QStringLiteral("type must be TimeEntry or ExpenseEntry (got \"%1\")").arg(type);
        return std::nullopt;
    }
    if (!isDate(r.value(QStringLiteral("date")))) {
        *error = QStringLiteral("date is required as YYYY-MM-DD (got \"%1\")")
                     .arg(r.value(QStringLiteral("date")).toString());
        return std::nullopt;
    }
    const QJsonValue quantity = r.value(QStringLiteral("quantity"));
    if (!quantity.isDouble() || quantity.toDouble() < 0) {
        *error = QStringLiteral("quantity is required as a number, 0 or more");
        return std::nullopt;
    }
    const bool time = type == QStringLiteral("TimeEntry");
    if (time && quantity.toDouble() != std::floor(quantity.toDouble())) {
        *error = QStringLiteral("quantity of a TimeEntry is whole seconds (got %1)").arg(quantity.toDouble());
        return std::nullopt;
    }
    QJsonValue price = r.value(QStringLiteral("price"));
    // A time entry without a price takes Clio's rate hierarchy; the sandbox
    // has no rates, so its stand-in for the hierarchy's rate is 0.
    if (time && (price.isUndefined() || price.isNull()))
        price = 0.0;
    if (!price.isDouble()) {
        *error = QStringLiteral("price is required as a number");
        return std::nullopt;
    }
    if (!checkReference(r, QStringLiteral("matter"), QStringLiteral("matters"), true, error))
        return std::nullopt;
    if (!r.contains(QStringLiteral("user")) || r.value(QStringLiteral("user")).isNull())
        r.insert(QStringLiteral("user"), QJsonObject { { QStringLiteral("id"), m_currentUserId } });
    if (!checkReference(r, QStringLiteral("user"), QStringLiteral("users"), true, error))
        return std::nullopt;
    for (const char *f : { "note", "reference" }) {
        if (!isText(r.value(QString::fromLatin1(f)))) {
            *error = QStringLiteral("%1 must be text").arg(QString::fromLatin1(f));
            return std::nullopt;
        }
    }
    const QJsonValue nonBillable = r.value(QStringLiteral("non_billable"));
    if (!nonBillable.isUndefined() && !nonBillable.isNull() && !nonBillable.isBool()) {
        *error = QStringLiteral("non_billable must be true or false");
        return std::nullopt;
    }
    // Money in integer cents, rounded half away from zero (std::llround does).
    const qint64 priceCents = std::llround(price.toDouble() * 100.0);
    qint64 totalCents = 0;
    if (time) {
        const qint64 seconds = static_cast<qint64>(quantity.toDouble());
        totalCents = divideRounded(seconds * priceCents, 3600);
        r.insert(QStringLiteral("quantity"), seconds);
        r.insert(QStringLiteral("quantity_in_hours"), static_cast<double>(seconds) / 3600.0);
    } else {
        totalCents = std::llround(quantity.toDouble() * static_cast<double>(priceCents));
        r.insert(QStringLiteral("quantity_in_hours"), QJsonValue());
    }
    r.insert(QStringLiteral("price"), static_cast<double>(priceCents) / 100.0);
    r.insert(QStringLiteral("total"), static_cast<double>(totalCents) / 100.0);
    if (nonBillable.isUndefined() || nonBillable.isNull())
        r.insert(QStringLiteral("non_billable"), false);
    if (!r.contains(QStringLiteral("billed")))
        r.insert(QStringLiteral("billed"), false);
    if (!r.contains(QStringLiteral("on_bill")))
        r.insert(QStringLiteral("on_bill"), false);
    return r;
}

std::optional<QJsonObject> SandboxApi::buildNote(QJsonObject r, QString *error)
{
    const QString type = r.value(QStringLiteral("type")).toString();
    if (type == QStringLiteral("Matter")) {
        if (!checkReference(r, QStringLiteral("matter"), QStringLiteral("matters"), true, error))
            return std::nullopt;
    } else if (type == QStringLiteral("Contact")) {
        if (!checkReference(r, QStringLiteral("contact"), QStringLiteral("contacts"), true, error))
            return std::nullopt;
    } else {
        *error = QStringLiteral("type must be Matter or Contact (got \"%1\")").arg(type);
        return std::nullopt;
    }
    const QJsonValue date = r.value(QStringLiteral("date"));
    if (!date.isUndefined() && !date.isNull() && !isDate(date)) {
        *error = QStringLiteral("date must be a date YYYY-MM-DD (got \"%1\")").arg(date.toString());
        return std::nullopt;
    }
    for (const char *f : { "subject", "detail" }) {
        if (!isText(r.value(QString::fromLatin1(f)))) {
            *error = QStringLiteral("%1 must be text").arg(QString::fromLatin1(f));
            return std::nullopt;
        }
    }
    return r;
}

std::optional<QJsonObject> SandboxApi::buildFolder(QJsonObject r, QString *error)
{
    if (!r.value(QStringLiteral("name")).isString() || text(r, QStringLiteral("name")).isEmpty()) {
        *error = QStringLiteral("name can't be blank");
        return std::nullopt;
    }
    const QJsonObject parent = r.value(QStringLiteral("parent")).toObject();
    const QString type = parent.value(QStringLiteral("type")).toString();
    if (type != QStringLiteral("Folder") && type != QStringLiteral("Contact") && type != QStringLiteral("Matter")) {
        *error =
            QStringLiteral("parent{id,type} is required; type is Folder, Contact or Matter (got \"%1\")").arg(type);
        return std::nullopt;
    }
    if (!checkReference(r, QStringLiteral("parent"), resourceOfType(type), true, error))
        return std::nullopt;
    r.insert(QStringLiteral("parent"),
             QJsonObject { { QStringLiteral("id"), parent.value(QStringLiteral("id")).toInteger() },
                           { QStringLiteral("type"), type } });
    return r;
}

std::optional<QJsonObject> SandboxApi::buildDocument(QJsonObject r, const QJsonObject *existing, QString *error)
{
    if (!r.value(QStringLiteral("name")).isString() || text(r, QStringLiteral("name")).isEmpty()) {
        *error = QStringLiteral("name can't be blank");
        return std::nullopt;
    }
    const QJsonObject parent = r.value(QStringLiteral("parent")).toObject();
    const QString type = parent.value(QStringLiteral("type")).toString();
    if (type == QStringLiteral("Document")) {
        *error = QStringLiteral("parent type Document (a new version) is not supported by the sandbox");
        return std::nullopt;
    }
    if (type != QStringLiteral("Folder") && type != QStringLiteral("Contact") && type != QStringLiteral("Matter")) {
        *error =
            QStringLiteral("parent{id,type} is required; type is Matter, Contact or Folder (got \"%1\")").arg(type);
        return std::nullopt;
    }
    if (!checkReference(r, QStringLiteral("parent"), resourceOfType(type), true, error))
        return std::nullopt;
    const qint64 parentId = parent.value(QStringLiteral("id")).toInteger();
    r.insert(QStringLiteral("parent"),
             QJsonObject { { QStringLiteral("id"), parentId }, { QStringLiteral("type"), type } });
    // The matter a document belongs to, through its folders.
    QJsonValue matter;
    QString t = type;
    qint64 pid = parentId;
    for (int depth = 0; depth < 100 && t == QStringLiteral("Folder"); ++depth) {
        const auto folder = m_store.find(QStringLiteral("folders"), pid, true);
        if (!folder)
            break;
        const QJsonObject up = folder->value(QStringLiteral("parent")).toObject();
        t = up.value(QStringLiteral("type")).toString();
        pid = up.value(QStringLiteral("id")).toInteger();
    }
    if (t == QStringLiteral("Matter"))
        matter = QJsonObject { { QStringLiteral("id"), pid } };
    r.insert(QStringLiteral("matter"), matter);
    if (!existing && text(r, QStringLiteral("content_type")).isEmpty()) {
        static const QMimeDatabase mimes;
        r.insert(QStringLiteral("content_type"),
                 mimes.mimeTypeForFile(text(r, QStringLiteral("name")), QMimeDatabase::MatchExtension).name());
    }
    const QJsonValue received = r.value(QStringLiteral("received_at"));
    if (!received.isUndefined() && !received.isNull()
        && !QDateTime::fromString(received.toString(), Qt::ISODate).isValid()) {
        *error = QStringLiteral("received_at must be an ISO-8601 time (got \"%1\")").arg(received.toString());
        return std::nullopt;
    }
    if (!numberElements(r, QStringLiteral("external_properties"), QString(), {}, QStringLiteral("name"), error))
        return std::nullopt;
    if (r.value(QStringLiteral("external_properties")).toArray().size() > 5) {
        *error = QStringLiteral("external_properties holds at most 5 entries");
        return std::nullopt;
    }
    return r;
}

std::optional<QJsonObject> SandboxApi::buildCustomField(QJsonObject r, QString *error)
{
    const QString name = text(r, QStringLiteral("name"));
    if (name.isEmpty()) {
        *error = QStringLiteral("name can't be blank");
        return std::nullopt;
    }
    const QString parentType = r.value(QStringLiteral("parent_type")).toString();
    if (parentType != QStringLiteral("Contact") && parentType != QStringLiteral("Matter")) {
        *error = QStringLiteral("parent_type must be Contact or Matter (got \"%1\")").arg(parentType);
        return std::nullopt;
    }
    static const QStringList types = {
        QStringLiteral("checkbox"), QStringLiteral("contact"),   QStringLiteral("currency"),  QStringLiteral("date"),
        QStringLiteral("time"),     QStringLiteral("email"),     QStringLiteral("matter"),    QStringLiteral("numeric"),
        QStringLiteral("picklist"), QStringLiteral("text_area"), QStringLiteral("text_line"), QStringLiteral("url")
    };
    const QString fieldType = r.value(QStringLiteral("field_type")).toString();
    if (!types.contains(fieldType)) {
        *error = QStringLiteral("field_type must be one of %1 (got \"%2\")")
                     .arg(types.join(QStringLiteral(", ")), fieldType);
        return std::nullopt;
    }
    for (const QJsonObject &other : m_store.all(QStringLiteral("custom_fields"))) {
        if (other.value(QStringLiteral("name")).toString().compare(name, Qt::CaseInsensitive) == 0
            && other.value(QStringLiteral("parent_type")).toString() == parentType) {
            *error = QStringLiteral("name: a %1 custom field named \"%2\" already exists (id %3)")
                         .arg(parentType, name)
                         .arg(other.value(QStringLiteral("id")).toInteger());
            return std::nullopt;
        }
    }
    if (!numberElements(r, QStringLiteral("picklist_options"), QString(), {}, QStringLiteral("option"), error))
        return std::nullopt;
    if (!r.contains(QStringLiteral("displayed")))
        r.insert(QStringLiteral("displayed"), true);
    if (!r.contains(QStringLiteral("required")))
        r.insert(QStringLiteral("required"), false);
    return r;
}

QString SandboxApi::uploadSignature(const QString &uuid) const
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(uuid.toUtf8(), m_options.token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

ApiReply SandboxApi::upload(const ApiRequest &request)
{
    if (request.method != QStringLiteral("PUT"))
        return s3Error(405, QStringLiteral("MethodNotAllowed"), QStringLiteral("only PUT is allowed on a put_url"));
    const QString uuid = request.path.mid(QStringLiteral("/upload/").size());
    if (request.headers.contains("authorization"))
        return s3Error(400, QStringLiteral("InvalidArgument"),
                       QStringLiteral("Only one auth mechanism allowed: the put_url is pre-signed, do not send the "
                                      "Authorization header"));
    if (queryValue(request, QStringLiteral("X-Amz-Signature")) != uploadSignature(uuid))
        return s3Error(403, QStringLiteral("SignatureDoesNotMatch"),
                       QStringLiteral("the put_url's signature is not valid for upload %1").arg(uuid));
    const auto upload = m_store.upload(uuid);
    if (!upload)
        return s3Error(404, QStringLiteral("NoSuchUpload"), QStringLiteral("no upload %1").arg(uuid));
    const QByteArray contentType = request.headers.value("content-type");
    if (contentType != upload->contentType.toUtf8())
        return s3Error(403, QStringLiteral("SignatureDoesNotMatch"),
                       QStringLiteral("put_headers were not sent: Content-Type must be \"%1\" (got \"%2\")")
                           .arg(upload->contentType, QString::fromUtf8(contentType)));
    if (request.headers.value("x-amz-server-side-encryption") != "AES256")
        return s3Error(403, QStringLiteral("SignatureDoesNotMatch"),
                       QStringLiteral("put_headers were not sent: x-amz-server-side-encryption must be AES256"));
    if (!m_store.putUpload(uuid, upload->contentType, request.body))
        return s3Error(500, QStringLiteral("InternalError"), m_store.lastError());
    ApiReply reply;
    reply.status = 200;
    reply.headers.append(
        Header { "ETag", '"' + QCryptographicHash::hash(request.body, QCryptographicHash::Md5).toHex() + '"' });
    reply.wrote = true;
    return reply;
}

ApiReply SandboxApi::oauth(const ApiRequest &request)
{
    if (request.path == QStringLiteral("/oauth/authorize")) {
        if (request.method != QStringLiteral("GET"))
            return oauthError(405, QStringLiteral("invalid_request"), QStringLiteral("use GET"));
        if (queryValue(request, QStringLiteral("response_type")) != QStringLiteral("code"))
            return oauthError(400, QStringLiteral("unsupported_response_type"),
                              QStringLiteral("response_type must be code"));
        if (queryValue(request, QStringLiteral("client_id")) != m_options.clientId)
            return oauthError(400, QStringLiteral("invalid_client"), QStringLiteral("unknown client_id"));
        const QUrl redirect(queryValue(request, QStringLiteral("redirect_uri")), QUrl::StrictMode);
        if (!redirect.isValid() || redirect.scheme().isEmpty() || redirect.host().isEmpty())
            return oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("redirect_uri is missing or not a URL"));
        // The sandbox grants at once: there is no one to click "Allow".
        QUrl target = redirect;
        QUrlQuery q(target);
        q.addQueryItem(QStringLiteral("code"), QStringLiteral("sandbox-code"));
        if (hasQuery(request, QStringLiteral("state")))
            q.addQueryItem(QStringLiteral("state"),
                           QString::fromLatin1(QUrl::toPercentEncoding(queryValue(request, QStringLiteral("state")))));
        target.setQuery(q);
        ApiReply reply;
        reply.status = 302;
        reply.headers.append(Header { "Location", target.toEncoded() });
        return reply;
    }
    if (request.path == QStringLiteral("/oauth/token")) {
        if (request.method != QStringLiteral("POST"))
            return oauthError(405, QStringLiteral("invalid_request"), QStringLiteral("use POST"));
        QByteArray form = request.body;
        form.replace('+', ' ');
        const QUrlQuery q(QString::fromUtf8(form));
        QString clientId = q.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
        QString clientSecret = q.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
        const QByteArray authorization = request.headers.value("authorization");
        if (clientId.isEmpty() && authorization.startsWith("Basic ")) {
            const QByteArray pair = QByteArray::fromBase64(authorization.mid(6));
            clientId = QString::fromUtf8(pair.left(pair.indexOf(':')));
            clientSecret = QString::fromUtf8(pair.mid(pair.indexOf(':') + 1));
        }
        if (clientId != m_options.clientId || clientSecret != m_options.clientSecret)
            return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("client id or secret is wrong"));
        const QString grant = q.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
        if (grant == QStringLiteral("authorization_code")) {
            if (q.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded) != QStringLiteral("sandbox-code"))
                return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("the code is not valid"));
        } else if (grant == QStringLiteral("refresh_token")) {
            if (q.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded) != refreshToken())
                return oauthError(400, QStringLiteral("invalid_grant"),
                                  QStringLiteral("the refresh token is not valid"));
        } else {
            return oauthError(400, QStringLiteral("unsupported_grant_type"),
                              QStringLiteral("grant_type must be authorization_code or refresh_token"));
        }
        return jsonReply(200,
                         QJsonObject { { QStringLiteral("access_token"), m_options.token },
                                       { QStringLiteral("refresh_token"), refreshToken() },
                                       { QStringLiteral("token_type"), QStringLiteral("bearer") },
                                       { QStringLiteral("expires_in"), 2592000 } });
    }
    return oauthError(404, QStringLiteral("invalid_request"), QStringLiteral("no such endpoint: %1").arg(request.path));
}

} // namespace Sandbox
