#include "Entity.h"

#include <QCoreApplication>
#include <QHash>

namespace Cutover {

namespace {

// lupdate context for every title in this file.
constexpr auto kContext = "Cutover::Entities";

QString translate(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

struct RawField
{
    const char *key;
    const char *title;
    FieldType type;
    bool required;
    const char *synonyms; // '|'-separated
    const char *choices = ""; // '|'-separated
    std::optional<Entity> references = std::nullopt;
};

struct RawEntity
{
    Entity entity;
    const char *key;
    const char *title;
    QList<RawField> fields; // owned: an initializer_list member would dangle once the table is built
};

QStringList split(const char *list)
{
    return QString::fromUtf8(list).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

// Synonyms come from the export layouts in shared/reference/source-exports.md.
const QList<RawEntity> &rawEntities()
{
    static const QList<RawEntity> entities = {
        { Entity::User,
          "user",
          QT_TRANSLATE_NOOP("Cutover::Entities", "Users"),
          {
              { "source_key", QT_TRANSLATE_NOOP("Cutover::Entities", "User ID"), FieldType::Text, true,
                "User ID|Timekeeper ID|Employee ID|User Key|ID|Initials" },
              { "name", QT_TRANSLATE_NOOP("Cutover::Entities", "Name"), FieldType::Text, false,
                "Name|User|User Name|Full Name|Timekeeper|Employee|Display Name" },
              { "first_name", QT_TRANSLATE_NOOP("Cutover::Entities", "First name"), FieldType::Text, false,
                "First Name|FirstName|Given Name" },
              { "last_name", QT_TRANSLATE_NOOP("Cutover::Entities", "Last name"), FieldType::Text, false,
                "Last Name|LastName|Surname|Family Name" },
              { "email", QT_TRANSLATE_NOOP("Cutover::Entities", "E-mail"), FieldType::Text, false,
                "Email|E-mail|Email Address|E-mail Address" },
              { "role", QT_TRANSLATE_NOOP("Cutover::Entities", "Role"), FieldType::Text, false,
                "Role|Roles|Subscription Type|Title|User Type" },
              { "rate", QT_TRANSLATE_NOOP("Cutover::Entities", "Default hourly rate"), FieldType::Money, false,
                "Rate|Hourly Rate|Billing Rate|Default Rate|Billable Rate" },
              { "active", QT_TRANSLATE_NOOP("Cutover::Entities", "Active"), FieldType::Bool, false,
                "Active|Enabled|Status|Is Active" },
          } },
        { Entity::Client,
          "client",
          QT_TRANSLATE_NOOP("Cutover::Entities", "Clients and contacts"),
          {
              { "source_key", QT_TRANSLATE_NOOP("Cutover::Entities", "Client number"), FieldType::Text, true,
                "Client Number|Client ID|Client #|Client No|Number|Contact ID|Customer ID|MyCase ID|Client Key|ID|"
                "REFNUM" },
              { "name", QT_TRANSLATE_NOOP("Cutover::Entities", "Name"), FieldType::Text, true,
                "Client Name|Name|Display Name|Contact Name|Customer|Client|Company|Company Name|CompanyName|NAME" },
              { "kind", QT_TRANSLATE_NOOP("Cutover::Entities", "Person or company"), FieldType::Choice, false,
                "Type|Contact Type|Client Type|Kind|Entity Type|CTYPE", "person|company" },
              { "first_name", QT_TRANSLATE_NOOP("Cutover::Entities", "First name"), FieldType::Text, false,
                "First Name|FirstName|first_name|Given Name" },
              { "last_name", QT_TRANSLATE_NOOP("Cutover::Entities", "Last name"), FieldType::Text, false,
                "Last Name|LastName|last_name|Surname" },
              { "company", QT_TRANSLATE_NOOP("Cutover::Entities", "Company"), FieldType::Text, false,
                "Company|company|Company Name|Organisation|Organization|Business Name|COMPANYNAME" },
              { "email", QT_TRANSLATE_NOOP("Cutover::Entities", "E-mail"), FieldType::Text, false,
                "Email|E-mail|Email Address|email_address|E-mail Address|Primary Email" },
              { "phone", QT_TRANSLATE_NOOP("Cutover::Entities", "Phone"), FieldType::Text, false,
                "Phone|Primary Phone|primary_phone|Office Phone|Business Phone|Company Main Phone|Telephone|Mobile|"
                "Mobile Phone|Cell|Home Phone|PHONE1" },
              { "street", QT_TRANSLATE_NOOP("Cutover::Entities", "Street"), FieldType::Text, false,
                "Street|Address|Address 1|Address1|Addr 1|business_street|Business Address|Street Address|"
                "Billing Address|BADDR1" },
              { "city", QT_TRANSLATE_NOOP("Cutover::Entities", "City"), FieldType::Text, false,
                "City|business_city|Town|Billing City" },
              { "region", QT_TRANSLATE_NOOP("Cutover::Entities", "State or province"), FieldType::Text, false,
                "State|Province|Region|County|business_state|Billing State" },
              { "postal_code", QT_TRANSLATE_NOOP("Cutover::Entities", "Postal code"), FieldType::Text, false,
                "Zip|Zip Code|Postal Code|Postcode|business_postal_code|Billing Zip" },
              { "country", QT_TRANSLATE_NOOP("Cutover::Entities", "Country"), FieldType::Text, false,
                "Country|Billing Country" },
              { "billing_contact", QT_TRANSLATE_NOOP("Cutover::Entities", "Billing contact"), FieldType::Text, false,
                "Billing Contact|Billing Name|Invoice Attention|Attention|Contact|CONT1" },
              { "status", QT_TRANSLATE_NOOP("Cutover::Entities", "Status"), FieldType::Choice, false,
                "Status|Client Status|Archived", "active|inactive" },
              { "notes", QT_TRANSLATE_NOOP("Cutover::Entities", "Notes"), FieldType::Text, false,
                "Notes|ContactNotes|CompanyNotes|Private Notes|NOTEPAD" },
              { "created_at", QT_TRANSLATE_NOOP("Cutover::Entities", "Created"), FieldType::DateTime, false,
                "Created|Created At|Creation Date|Date Created|Listed Date|TIMESTAMP" },
              { "updated_at", QT_TRANSLATE_NOOP("Cutover::Entities", "Last changed"), FieldType::DateTime, false,
                "Updated|Updated At|Modified|Last Modified|Date Modified" },
          } },
        { Entity::Matter,
          "matter",
          QT_TRANSLATE_NOOP("Cutover::Entities", "Matters"),
          {
              { "source_key", QT_TRANSLATE_NOOP("Cutover::Entities", "Matter number"), FieldType::Text, true,
                "Matter Number|Matter ID|Matter #|Matter No|Project ID|Custom Project ID|Case ID|custom_number|"
                "Number|File Number|Display Number|Matter-Key|Acct|ID" },
              { "client_key", QT_TRANSLATE_NOOP("Cutover::Entities", "Client number"), FieldType::Text, true,
                "Client Number|Client ID|Client #|Client No|client_reference|Customer ID|Client number|Client Key", "",
                Entity::Client },
              { "client_name", QT_TRANSLATE_NOOP("Cutover::Entities", "Client name"), FieldType::Text, false,
                "Client Name|Client|Contact|client_company_name|Customer" },
              { "description", QT_TRANSLATE_NOOP("Cutover::Entities", "Description"), FieldType::Text, true,
                "Description|Matter Name|Matter Description|Project Name|Name|Case Name|description|Title" },
              { "status", QT_TRANSLATE_NOOP("Cutover::Entities", "Status"), FieldType::Choice, false,
                "Status|Matter Status|Project Status|status", "open|pending|closed" },
              { "open_date", QT_TRANSLATE_NOOP("Cutover::Entities", "Opened"), FieldType::Date, false,
                "Open Date|Opened|Date Opened|open_date|Start Date" },
              { "close_date", QT_TRANSLATE_NOOP("Cutover::Entities", "Closed"), FieldType::Date, false,
                "Close Date|Closed|Date Closed|close_date" },
              { "responsible_user", QT_TRANSLATE_NOOP("Cutover::Entities", "Responsible user"), FieldType::Text, false,
                "Responsible Attorney|Responsible User|Assigned To|AssignedTo|Account Manager|Originating "
                "Attorney|Lawyer",
                "", Entity::User },
              { "billing_method", QT_TRANSLATE_NOOP("Cutover::Entities", "Billing method"), FieldType::Choice, false,
                "Billing Method|Billing Type|Fee Type", "hourly|flat|contingency" },
              { "created_at", QT_TRANSLATE_NOOP("Cutover::Entities", "Created"), FieldType::DateTime, false,
                "Created|Created At|Creation Date|Date Created" },
              { "updated_at", QT_TRANSLATE_NOOP("Cutover::Entities", "Last changed"), FieldType::DateTime, false,
                "Updated|Updated At|Modified|Last Modified|Date Modified" },
          } },
        { Entity::TimeEntry,
          "time_entry",
          QT_TRANSLATE_NOOP("Cutover::Entities", "Time entries"),
          {
              { "source_key", QT_TRANSLATE_NOOP("Cutover::Entities", "Entry ID"), FieldType::Text, false,
                "Entry ID|Time Entry ID|Activity ID|ID|Entry Number" },
              { "matter_key", QT_TRANSLATE_NOOP("Cutover::Entities", "Matter number"), FieldType::Text, true,
                "Matter Number|Matter ID|Matter|Project ID|matter|Matter-Key|Case ID|Matter #|JOB|Project", "",
                Entity::Matter },
              { "client_key", QT_TRANSLATE_NOOP("Cutover::Entities", "Client number"), FieldType::Text, false,
                "Client Number|Client ID|Client #|Customer ID", "", Entity::Client },
              { "user_key", QT_TRANSLATE_NOOP("Cutover::Entities", "User"), FieldType::Text, true,
                "User|User ID|Timekeeper|activity_user|Employee|EMP|User Name|Staff", "", Entity::User },
              { "date", QT_TRANSLATE_NOOP("Cutover::Entities", "Date"), FieldType::Date, true,
                "Date|Date of Work|Work Date|Entry Date|date|Start date|Start Date|TxnDate|DATE" },
              { "duration", QT_TRANSLATE_NOOP("Cutover::Entities", "Duration"), FieldType::Duration, true,
                "Hours|Billable Hours|Duration|Time|quantity|Total-Billed-Hours|Time Billed|Duration (h)|DURATION|"
                "Hours Worked|Qty" },
              { "rate", QT_TRANSLATE_NOOP("Cutover::Entities", "Hourly rate"), FieldType::Money, false,
                "Rate|Hourly Rate|Billable Rate|price|Override Rate|Hourly|Bill Rate" },
              { "amount", QT_TRANSLATE_NOOP("Cutover::Entities", "Amount"), FieldType::Money, false,
                "Amount|Total|Billable Amount|Value|Fees|Amount (USD)" },
              { "description", QT_TRANSLATE_NOOP("Cutover::Entities", "Description"), FieldType::Text, false,
                "Description|Notes|Note|note|Public Description|Narrative|Activity Description|NOTE|Details" },
              { "activity", QT_TRANSLATE_NOOP("Cutover::Entities", "Activity category"), FieldType::Text, false,
                "Activity|Task|activity_description|Category|Service Item|ITEM|Activity Code" },
              { "billable", QT_TRANSLATE_NOOP("Cutover::Entities", "Billable"), FieldType::Bool, false,
                "Billable|Billable?|Is Billable|Billing-Type|Billable Status" },
              { "billed", QT_TRANSLATE_NOOP("Cutover::Entities", "Billed"), FieldType::Bool, false,
                "Billed|Invoiced?|Invoiced|Billed Status|Status|Billing Status" },
              { "invoice_number", QT_TRANSLATE_NOOP("Cutover::Entities", "Invoice number"), FieldType::Text, false,
                "Invoice Number|Invoice #|Invoice No|Invoice|Bill Number" },
              { "created_at", QT_TRANSLATE_NOOP("Cutover::Entities", "Created"), FieldType::DateTime, false,
                "Created|Created At|Entered|Date Entered|Creation Date" },
              { "updated_at", QT_TRANSLATE_NOOP("Cutover::Entities", "Last changed"), FieldType::DateTime, false,
                "Updated|Updated At|Modified|Last Modified|Date Modified" },
          } },
        { Entity::Expense,
          "expense",
          QT_TRANSLATE_NOOP("Cutover::Entities", "Expenses"),
          {
              { "source_key", QT_TRANSLATE_NOOP("Cutover::Entities", "Expense ID"), FieldType::Text, false,
                "Expense ID|Entry ID|ID|Expense Number" },
              { "matter_key", QT_TRANSLATE_NOOP("Cutover::Entities", "Matter number"), FieldType::Text, true,
                "Matter Number|Matter ID|Matter|Project ID|matter|Matter-Key|Case ID|Matter #|Project", "",
                Entity::Matter },
              { "client_key", QT_TRANSLATE_NOOP("Cutover::Entities", "Client number"), FieldType::Text, false,
                "Client Number|Client ID|Client #|Customer ID", "", Entity::Client },
              { "user_key", QT_TRANSLATE_NOOP("Cutover::Entities", "User"), FieldType::Text, false,
                "User|User ID|Timekeeper|activity_user|Employee|User Name|Staff", "", Entity::User },
              { "date", QT_TRANSLATE_NOOP("Cutover::Entities", "Date"), FieldType::Date, true,
                "Date|Expense Date|Date Incurred|date|Entry Date" },
              { "quantity", QT_TRANSLATE_NOOP("Cutover::Entities", "Quantity"), FieldType::Integer, false,
                "Quantity|Qty|Units|quantity" },
              { "unit_price", QT_TRANSLATE_NOOP("Cutover::Entities", "Unit price"), FieldType::Money, false,
                "Unit Price|Price|price|Unit Cost|Rate" },
              { "amount", QT_TRANSLATE_NOOP("Cutover::Entities", "Amount"), FieldType::Money, true,
                "Amount|Total|Expense Amount|Cost|Value" },
              { "description", QT_TRANSLATE_NOOP("Cutover::Entities", "Description"), FieldType::Text, false,
                "Description|Notes|Note|note|Memo|Details" },
              { "category", QT_TRANSLATE_NOOP("Cutover::Entities", "Expense category"), FieldType::Text, false,
                "Category|Expense Type|Type|activity_description|Expense Category" },
              { "billable", QT_TRANSLATE_NOOP("Cutover::Entities", "Billable"), FieldType::Bool, false,
                "Billable|Billable?|Is Billable|Billing-Type" },
              { "billed", QT_TRANSLATE_NOOP("Cutover::Entities", "Billed"), FieldType::Bool, false,
                "Billed|Invoiced?|Invoiced|Status|Billing Status" },
              { "invoice_number", QT_TRANSLATE_NOOP("Cutover::Entities", "Invoice number"), FieldType::Text, false,
                "Invoice Number|Invoice #|Invoice No|Invoice" },
              { "created_at", QT_TRANSLATE_NOOP("Cutover::Entities", "Created"), FieldType::DateTime, false,
                "Created|Created At|Entered|Creation Date" },
              { "updated_at", QT_TRANSLATE_NOOP("Cutover::Entities", "Last changed"), FieldType::DateTime, false,
                "Updated|Updated At|Modified|Last Modified" },
          } },
        { Entity::Invoice,
          "invoice",
          QT_TRANSLATE_NOOP("Cutover::Entities", "Invoices"),
          {
              { "source_key", QT_TRANSLATE_NOOP("Cutover::Entities", "Invoice number"), FieldType::Text, true,
                "Invoice Number|Invoice #|Invoice No|Invoice ID|ID|Number|Bill Number" },
              { "client_key", QT_TRANSLATE_NOOP("Cutover::Entities", "Client number"), FieldType::Text, true,
                "Client Number|Client ID|Client #|Customer ID|Client", "", Entity::Client },
              { "matter_key", QT_TRANSLATE_NOOP("Cutover::Entities", "Matter number"), FieldType::Text, false,
                "Matter Number|Matter ID|Matter|Project ID|Project", "", Entity::Matter },
              { "issue_date", QT_TRANSLATE_NOOP("Cutover::Entities", "Invoice date"), FieldType::Date, true,
                "Invoice Date|Issue Date|Date|Bill Date|Issued" },
              { "due_date", QT_TRANSLATE_NOOP("Cutover::Entities", "Due date"), FieldType::Date, false,
                "Due Date|Due|Payment Due" },
              { "total", QT_TRANSLATE_NOOP("Cutover::Entities", "Total"), FieldType::Money, true,
                "Total|Invoice Amount|Invoice Total|Amount|Total Amount" },
              { "paid", QT_TRANSLATE_NOOP("Cutover::Entities", "Paid"), FieldType::Money, false,
                "Paid|Amount Paid|Paid Amount|Payments" },
              { "balance", QT_TRANSLATE_NOOP("Cutover::Entities", "Balance due"), FieldType::Money, false,
                "Balance|Balance Due|Outstanding|Amount Due|Open Balance" },
              { "status", QT_TRANSLATE_NOOP("Cutover::Entities", "Status"), FieldType::Choice, false,
                "Status|Invoice Status", "draft|open|paid|void" },
          } },
        { Entity::Payment,
          "payment",
          QT_TRANSLATE_NOOP("Cutover::Entities", "Payments and credits"),
          {
              { "source_key", QT_TRANSLATE_NOOP("Cutover::Entities", "Payment ID"), FieldType::Text, false,
                "Payment ID|Payment Number|Receipt Number|Transaction ID|ID|Reference" },
              { "client_key", QT_TRANSLATE_NOOP("Cutover::Entities", "Client number"), FieldType::Text, true,
                "Client Number|Client ID|Client #|Customer ID|Client", "", Entity::Client },
              { "matter_key", QT_TRANSLATE_NOOP("Cutover::Entities", "Matter number"), FieldType::Text, false,
                "Matter Number|Matter ID|Matter|Project ID|Acct|Project", "", Entity::Matter },
              { "invoice_number", QT_TRANSLATE_NOOP("Cutover::Entities", "Invoice number"), FieldType::Text, false,
                "Invoice Number|Invoice #|Invoice No|Invoice|Applied To" },
              { "date", QT_TRANSLATE_NOOP("Cutover::Entities", "Date"), FieldType::Date, true,
                "Date|Payment Date|Received|Date Received|Posted Date" },
              { "amount", QT_TRANSLATE_NOOP("Cutover::Entities", "Amount"), FieldType::Money, true,
                "Amount|Payment Amount|Amount Paid|Total|To us" },
              { "unapplied", QT_TRANSLATE_NOOP("Cutover::Entities", "Unapplied amount"), FieldType::Money, false,
                "Unapplied|Unapplied Amount|Credit Balance|Available Credit|Remaining" },
              { "kind", QT_TRANSLATE_NOOP("Cutover::Entities", "Payment or credit"), FieldType::Choice, false,
                "Type|Kind|Transaction Type", "payment|credit" },
              { "method", QT_TRANSLATE_NOOP("Cutover::Entities", "Method"), FieldType::Text, false,
                "Method|Payment Method|Paid By|Payment Type" },
          } },
        { Entity::TrustTransaction,
          "trust_transaction",
          QT_TRANSLATE_NOOP("Cutover::Entities", "Trust transactions"),
          {
              { "source_key", QT_TRANSLATE_NOOP("Cutover::Entities", "Transaction ID"), FieldType::Text, false,
                "Transaction ID|Trust ID|ID|Reference|Check Number" },
              { "client_key", QT_TRANSLATE_NOOP("Cutover::Entities", "Client number"), FieldType::Text, true,
                "Client Number|Client ID|Client #|Client", "", Entity::Client },
              { "matter_key", QT_TRANSLATE_NOOP("Cutover::Entities", "Matter number"), FieldType::Text, false,
                "Matter Number|Matter ID|Matter|Project ID|Project", "", Entity::Matter },
              { "date", QT_TRANSLATE_NOOP("Cutover::Entities", "Date"), FieldType::Date, true,
                "Date|Transaction Date|Posted Date|Trust Date" },
              { "amount", QT_TRANSLATE_NOOP("Cutover::Entities", "Amount"), FieldType::Money, true,
                "Amount|Trust Amount|Deposit|Net Amount" },
              { "kind", QT_TRANSLATE_NOOP("Cutover::Entities", "Deposit or withdrawal"), FieldType::Choice, false,
                "Type|Transaction Type|Kind", "deposit|withdrawal" },
              { "description", QT_TRANSLATE_NOOP("Cutover::Entities", "Description"), FieldType::Text, false,
                "Description|Memo|Notes|Note" },
          } },
        { Entity::Note,
          "note",
          QT_TRANSLATE_NOOP("Cutover::Entities", "Notes"),
          {
              { "source_key", QT_TRANSLATE_NOOP("Cutover::Entities", "Note ID"), FieldType::Text, false, "Note ID|ID" },
              { "client_key", QT_TRANSLATE_NOOP("Cutover::Entities", "Client number"), FieldType::Text, false,
                "Client Number|Client ID|Client #|Client number", "", Entity::Client },
              { "matter_key", QT_TRANSLATE_NOOP("Cutover::Entities", "Matter number"), FieldType::Text, false,
                "Matter Number|Matter ID|Matter|Project ID|Acct", "", Entity::Matter },
              { "date", QT_TRANSLATE_NOOP("Cutover::Entities", "Date"), FieldType::Date, false,
                "Date|Note Date|Created|Date Created" },
              { "subject", QT_TRANSLATE_NOOP("Cutover::Entities", "Subject"), FieldType::Text, false,
                "Subject|Title|Topic" },
              { "body", QT_TRANSLATE_NOOP("Cutover::Entities", "Note"), FieldType::Text, true,
                "Note|Notes|Body|Text|Note Detail|Details|Comment" },
              { "user_key", QT_TRANSLATE_NOOP("Cutover::Entities", "User"), FieldType::Text, false,
                "User|Author|Created By|Operator", "", Entity::User },
          } },
        { Entity::Document,
          "document",
          QT_TRANSLATE_NOOP("Cutover::Entities", "Documents index"),
          {
              { "source_key", QT_TRANSLATE_NOOP("Cutover::Entities", "Document ID"), FieldType::Text, false,
                "Document ID|ID" },
              { "client_key", QT_TRANSLATE_NOOP("Cutover::Entities", "Client number"), FieldType::Text, false,
                "Client Number|Client ID|Client #", "", Entity::Client },
              { "matter_key", QT_TRANSLATE_NOOP("Cutover::Entities", "Matter number"), FieldType::Text, false,
                "Matter Number|Matter ID|Matter|Project ID", "", Entity::Matter },
              { "name", QT_TRANSLATE_NOOP("Cutover::Entities", "Document name"), FieldType::Text, true,
                "Name|Document Name|File Name|Filename|Title" },
              { "path", QT_TRANSLATE_NOOP("Cutover::Entities", "File path"), FieldType::Text, false,
                "Path|File Path|Location|Folder" },
              { "date", QT_TRANSLATE_NOOP("Cutover::Entities", "Date"), FieldType::Date, false,
                "Date|Document Date|Created|Date Created|Uploaded" },
              { "size", QT_TRANSLATE_NOOP("Cutover::Entities", "Size in bytes"), FieldType::Integer, false,
                "Size|File Size|Bytes" },
          } },
    };
    return entities;
}

struct Registry
{
    QHash<Entity, QList<FieldSpec>> fields;
    QHash<Entity, QHash<QString, QString>> titles; // untranslated
};

const Registry &registry()
{
    static const Registry reg = [] {
        Registry r;
        for (const RawEntity &e : rawEntities()) {
            QList<FieldSpec> list;
            for (const RawField &f : e.fields) {
                FieldSpec spec;
                spec.key = QString::fromLatin1(f.key);
                spec.type = f.type;
                spec.required = f.required;
                spec.synonyms = split(f.synonyms);
                spec.choices = split(f.choices);
                spec.references = f.references;
                list.append(spec);
                r.titles[e.entity].insert(spec.key, QString::fromUtf8(f.title));
            }
            r.fields.insert(e.entity, list);
        }
        return r;
    }();
    return reg;
}

const RawEntity *raw(Entity entity)
{
    for (const RawEntity &e : rawEntities()) {
        if (e.entity == entity)
            return &e;
    }
    return nullptr;
}

} // namespace

namespace Entities {

QList<Entity> all()
{
    QList<Entity> list;
    for (const RawEntity &e : rawEntities())
        list.append(e.entity);
    return list;
}

QString key(Entity entity)
{
    return QString::fromLatin1(raw(entity)->key);
}

std::optional<Entity> fromKey(const QString &key)
{
    for (const RawEntity &e : rawEntities()) {
        if (key == QLatin1String(e.key))
            return e.entity;
    }
    return std::nullopt;
}

QString title(Entity entity)
{
    return translate(raw(entity)->title);
}

QString tableName(Entity entity)
{
    return QStringLiteral("stg_") + key(entity);
}

QString typeKey(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return QStringLiteral("text");
    case FieldType::Money:
        return QStringLiteral("money");
    case FieldType::Duration:
        return QStringLiteral("duration");
    case FieldType::Date:
        return QStringLiteral("date");
    case FieldType::DateTime:
        return QStringLiteral("datetime");
    case FieldType::Bool:
        return QStringLiteral("bool");
    case FieldType::Integer:
        return QStringLiteral("integer");
    case FieldType::Choice:
        return QStringLiteral("choice");
    }
    return {};
}

QString typeTitle(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return QCoreApplication::translate(kContext, "Text");
    case FieldType::Money:
        return QCoreApplication::translate(kContext, "Money");
    case FieldType::Duration:
        return QCoreApplication::translate(kContext, "Duration");
    case FieldType::Date:
        return QCoreApplication::translate(kContext, "Date");
    case FieldType::DateTime:
        return QCoreApplication::translate(kContext, "Date and time");
    case FieldType::Bool:
        return QCoreApplication::translate(kContext, "Yes or no");
    case FieldType::Integer:
        return QCoreApplication::translate(kContext, "Whole number");
    case FieldType::Choice:
        return QCoreApplication::translate(kContext, "Choice");
    }
    return {};
}

QString fieldTitle(Entity entity, const QString &fieldKey)
{
    const QString title = registry().titles.value(entity).value(fieldKey);
    return title.isEmpty() ? fieldKey : translate(title.toUtf8().constData());
}

const QList<FieldSpec> &fields(Entity entity)
{
    return *registry().fields.find(entity);
}

const FieldSpec *field(Entity entity, const QString &fieldKey)
{
    for (const FieldSpec &f : fields(entity)) {
        if (f.key == fieldKey)
            return &f;
    }
    return nullptr;
}

QString normaliseHeader(const QString &header)
{
    QString out;
    out.reserve(header.size());
    for (const QChar c : header) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

} // namespace Entities

std::pair<QString, QString> Entities::splitPersonName(const QString &fullName)
{
    const QString full = fullName.simplified();
    const qsizetype comma = full.indexOf(QLatin1Char(','));
    if (comma > 0)
        return { full.mid(comma + 1).trimmed(), full.left(comma).trimmed() };
    const qsizetype space = full.lastIndexOf(QLatin1Char(' '));
    if (space > 0)
        return { full.left(space), full.mid(space + 1) };
    return { QString(), full };
}

} // namespace Cutover
