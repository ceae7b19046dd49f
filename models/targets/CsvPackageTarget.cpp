#include "CsvPackageTarget.h"

#include "domain/Entity.h"
#include "domain/Money.h"
#include "importing/ImportWorksheet.h"
#include "sources/CsvWriter.h"
#include "staging/StagingStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <optional>
#include <tuple>

// The package's rules (Clio's import templates, see section 3.3 of the Clio
// reference; the headers are Clio's exactly).
//
// | what               | rule                                                                                      |
// |--------------------|-------------------------------------------------------------------------------------------|
// | scope              | one complete snapshot, only its files that finished loading; clients deselected in the    |
// |                    | client selection are left out with their matters, entries and invoices (the client of a   |
// |                    | row is its own client, else its matter's)                                                 |
// | contacts.csv       | one row per client (the first row of a key). A person (kind person, or a first or last    |
// |                    | name given) gets first_name/last_name (split from the name at its last space when both    |
// |                    | are empty) and company as given; anything else is a company: company = company, else name |
// | matters.csv        | one row per matter (first row of a key); custom_number = the old matter number (Clio must |
// |                    | use manual numbering to keep it); client_reference = the old client number; status Open / |
// |                    | Pending / Closed (none: Open); the client_* columns repeat the client's contact names     |
// |                    | exactly as contacts.csv has them                                                          |
// | activities.csv     | unbilled time and expenses: billed not true and no invoice number. Non-billable entries   |
// |                    | are kept with non_billable = yes. Time: quantity = decimal hours, price = the hourly rate |
// |                    | (the entry's, else its user's default; neither: amount x 3600 / seconds, else 0, with a   |
// |                    | warning); type blank. Expenses: price x quantity = unit price x quantity when they make   |
// |                    | the amount exactly, else amount x 1; type ExpenseEntry                                    |
// | decimal hours      | seconds / 3600 to at most 4 decimals, half up, trailing zeros dropped: exact whenever the |
// |                    | seconds are a multiple of 9 (every 3, 6 or 15 minute increment: 5400 s -> 1.5); otherwise |
// |                    | off by at most 0.18 s, so hours x 3600 rounded to the second is the duration again        |
// | value of a row     | what the old system values it at, in cents: time = its amount, else rate x seconds / 3600 |
// |                    | rounded half away from zero (the close-out rule); expense = amount; balance = balance.    |
// |                    | A row whose price x quantity would make a different sum in the target gets a warning      |
// | balances_forward   | one activities row per open invoice (status not draft, void or paid; balance = balance,   |
// | .csv               | else total - paid; > 0): activity_description "Balance Brought Forward from Previous      |
// |                    | Software", quantity 1, price = balance, date = invoice date, note = "Invoice <number>";    |
// |                    | an invoice without matter goes to its client's first matter (warning)                     |
// | trust_ar_worksheet | ImportWorksheet's sheet (the engine's): opening trust balance and receivable per client   |
// | .csv               | and matter; the target takes no trust import, so this is the sheet to enter them from     |
// | money              | cents written as 1234.56: no thousands separator, '.' always, '-' for negatives           |
// | dates              | MM/DD/YYYY                                                                                |
// | manifest.json      | per file: name, rows, SHA-256, money columns summed in cents, figures (value, seconds);   |
// |                    | totals; firm, snapshot, cutoff, creation time; warnings                                   |
// | files              | written beside each other in the output folder and zipped into clio-import-package.zip   |

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::CsvPackageTarget)
};

const QString kContacts = QStringLiteral("contacts.csv");
const QString kMatters = QStringLiteral("matters.csv");
const QString kActivities = QStringLiteral("activities.csv");
const QString kBalances = QStringLiteral("balances_forward.csv");
const QString kWorksheet = QStringLiteral("trust_ar_worksheet.csv");
const QString kManifest = QStringLiteral("manifest.json");

const QStringList &contactColumns()
{
    static const QStringList c = {
        QStringLiteral("title"),         QStringLiteral("job_title"),      QStringLiteral("first_name"),
        QStringLiteral("last_name"),     QStringLiteral("company"),        QStringLiteral("business_street"),
        QStringLiteral("business_city"), QStringLiteral("business_state"), QStringLiteral("business_postal_code"),
        QStringLiteral("email_address"), QStringLiteral("primary_phone")
    };
    return c;
}

const QStringList &matterColumns()
{
    static const QStringList c = { QStringLiteral("status"),
                                   QStringLiteral("location"),
                                   QStringLiteral("client_reference"),
                                   QStringLiteral("description"),
                                   QStringLiteral("open_date"),
                                   QStringLiteral("close_date"),
                                   QStringLiteral("pending_date"),
                                   QStringLiteral("custom_number"),
                                   QStringLiteral("note"),
                                   QStringLiteral("client_first_name"),
                                   QStringLiteral("client_last_name"),
                                   QStringLiteral("client_company_name") };
    return c;
}

const QStringList &activityColumns()
{
    static const QStringList c = {
        QStringLiteral("matter"), QStringLiteral("date"),          QStringLiteral("activity_description"),
        QStringLiteral("note"),   QStringLiteral("price"),         QStringLiteral("quantity"),
        QStringLiteral("type"),   QStringLiteral("activity_user"), QStringLiteral("non_billable")
    };
    return c;
}

constexpr auto kBalanceForward = "Balance Brought Forward from Previous Software";

constexpr auto kWith = "WITH p(snapshot) AS (SELECT ?), "
                       "f(id) AS (SELECT id FROM source_file WHERE snapshot_id = (SELECT snapshot FROM p) "
                       "AND state = 'complete') ";

constexpr auto kUnbilled = "(coalesce(t.billed, 0) = 0 AND coalesce(t.invoice_number, '') = '')";

QString text(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString().trimmed();
}

struct Contact
{
    bool person = false;
    QString first;
    QString last;
    QString company;
    QString name; // for messages
};

struct MatterInfo
{
    QString clientKey;
};

struct UserInfo
{
    QString name;
    std::optional<qint64> rate;
};

struct FileSums
{
    CsvPackageFile file;
    void addMoney(const QString &column, qint64 cents) { file.moneyCents[column] += cents; }
    void addFigure(const QString &figure, qint64 value) { file.figures[figure] += value; }
};

class PackageWriter
{
public:
    PackageWriter(const QSqlDatabase &db, QString outDir, CsvPackageManifest *manifest)
        : m_db(db)
        , m_dir(std::move(outDir))
        , m_manifest(manifest)
    {
    }

    bool run(qint64 snapshotId, QString *error);

private:
    bool begin(qint64 snapshotId, QString *error);
    bool query(QSqlQuery &q, const QString &sql, QString *error);
    bool users(QString *error);
    bool contacts(QString *error);
    bool matters(QString *error);
    bool activities(QString *error);
    bool balances(QString *error);
    bool worksheet(QString *error);
    bool manifestAndZip(QString *error);

    // Opens a CSV in the output folder with its header.
    bool open(CsvWriter &writer, const QString &name, const QStringList &header, QString *error);
    bool finish(CsvWriter &writer, FileSums &sums, QString *error);
    // Adds the written file to the manifest with its SHA-256.
    bool hashAndAdd(FileSums &sums, QString *error);

    QString clientOf(const QString &clientKey, const QString &matterKey) const;
    QString date(const QVariant &isoDate, const QString &record);
    const UserInfo *user(const QString &userKey) const;
    QString userName(const QString &userKey) const;

    QSqlDatabase m_db;
    QString m_dir;
    QString m_zone; // the firm's time zone (IANA id)
    CsvPackageManifest *m_manifest;
    qint64 m_snapshot = 0;
    QSet<QString> m_excluded;
    QHash<QString, Contact> m_contacts;
    QHash<QString, MatterInfo> m_matters; // every matter of the snapshot, by key
    QHash<QString, QString> m_firstMatterOfClient; // in the package
    QSet<QString> m_packagedMatters;
    QHash<QString, UserInfo> m_users;
    QHash<QString, QString> m_userAlias; // lower-case name and e-mail -> key
    QHash<QString, QString> m_mappedUser; // source user key -> target user name (user_map)
};

bool PackageWriter::query(QSqlQuery &q, const QString &sql, QString *error)
{
    q.setForwardOnly(true);
    if (!q.prepare(QLatin1String(kWith) + sql)) {
        *error = Tr::tr("The import package cannot read the project file: %1").arg(q.lastError().text());
        return false;
    }
    q.addBindValue(m_snapshot);
    if (!q.exec()) {
        *error = Tr::tr("The import package cannot read the project file: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

bool PackageWriter::open(CsvWriter &writer, const QString &name, const QStringList &header, QString *error)
{
    QString why;
    if (!writer.open(&why)) {
        *error = Tr::tr("Cannot write %1 in %2: %3").arg(name, QDir::toNativeSeparators(m_dir), why);
        return false;
    }
    writer.writeRow(header);
    return true;
}

bool PackageWriter::finish(CsvWriter &writer, FileSums &sums, QString *error)
{
    QString why;
    if (!writer.commit(&why)) {
        *error = Tr::tr("Cannot write %1 in %2: %3").arg(sums.file.name, QDir::toNativeSeparators(m_dir), why);
        return false;
    }
    return hashAndAdd(sums, error);
}

bool PackageWriter::hashAndAdd(FileSums &sums, QString *error)
{
    QFile f(QDir(m_dir).filePath(sums.file.name));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f)) {
        *error = Tr::tr("Cannot read back %1: %2").arg(sums.file.name, f.errorString());
        return false;
    }
    sums.file.sha256 = QString::fromLatin1(hash.result().toHex());
    m_manifest->files.append(sums.file);
    return true;
}

bool PackageWriter::begin(qint64 snapshotId, QString *error)
{
    const auto snapshot =
        snapshotId == 0 ? StagingStore::latestSnapshot(m_db) : StagingStore::snapshot(m_db, snapshotId);
    if (!snapshot) {
        *error = snapshotId == 0 ? Tr::tr("Nothing has been loaded into this project yet: load the final export first.")
                                 : Tr::tr("There is no snapshot %1 in this project.").arg(snapshotId);
        return false;
    }
    if (!snapshot->complete) {
        *error = Tr::tr("Snapshot %1 is still loading.").arg(snapshot->id);
        return false;
    }
    m_snapshot = snapshot->id;
    m_manifest->snapshotId = snapshot->id;
    m_manifest->cutoffUtc = snapshot->cutoffUtc;

    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT firm_name, time_zone FROM project WHERE id = 1")) || !q.next()) {
        *error = Tr::tr("The import package cannot read the project file: %1").arg(q.lastError().text());
        return false;
    }
    m_manifest->firmName = q.value(0).toString();
    m_zone = q.value(1).toString();

    if (!q.exec(QStringLiteral("SELECT client_key FROM client_selection WHERE included = 0"))) {
        *error = Tr::tr("The import package cannot read the project file: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next())
        m_excluded.insert(q.value(0).toString());

    // The target users chosen on the Import page for this target, when any.
    if (!q.exec(QStringLiteral("SELECT source_user_key, target_user_name FROM user_map "
                               "WHERE target_key = 'csv-package' AND target_user_name <> ''"))) {
        *error = Tr::tr("The import package cannot read the project file: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next())
        m_mappedUser.insert(q.value(0).toString(), q.value(1).toString());

    if (!QDir().mkpath(m_dir)) {
        *error = Tr::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(m_dir));
        return false;
    }
    return true;
}

bool PackageWriter::users(QString *error)
{
    QSqlQuery q(m_db);
    if (!query(q,
               QStringLiteral("SELECT t.source_key, coalesce(nullif(t.name, ''), nullif(trim(coalesce(t.first_name, "
                              "'') || ' ' || coalesce(t.last_name, '')), ''), t.source_key), coalesce(t.email, ''), "
                              "t.rate FROM stg_user t WHERE t.file_id IN f ORDER BY t.id"),
               error))
        return false;
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (m_users.contains(key))
            continue;
        UserInfo u;
        u.name = q.value(1).toString();
        if (!q.value(3).isNull())
            u.rate = q.value(3).toLongLong();
        m_users.insert(key, u);
        for (const QString &alias : { u.name, q.value(2).toString() }) {
            if (!alias.isEmpty() && !m_userAlias.contains(alias.toLower()))
                m_userAlias.insert(alias.toLower(), key);
        }
    }
    return true;
}

const UserInfo *PackageWriter::user(const QString &userKey) const
{
    if (const auto it = m_users.constFind(userKey); it != m_users.constEnd())
        return &*it;
    if (const auto alias = m_userAlias.constFind(userKey.toLower()); alias != m_userAlias.constEnd())
        return &*m_users.constFind(*alias);
    return nullptr;
}

QString PackageWriter::userName(const QString &userKey) const
{
    if (userKey.isEmpty())
        return {};
    if (const auto it = m_mappedUser.constFind(userKey); it != m_mappedUser.constEnd())
        return *it;
    const UserInfo *u = user(userKey);
    return u ? u->name : userKey;
}

QString PackageWriter::clientOf(const QString &clientKey, const QString &matterKey) const
{
    if (!clientKey.isEmpty())
        return clientKey;
    const auto it = m_matters.constFind(matterKey);
    return it == m_matters.constEnd() ? QString() : it->clientKey;
}

QString PackageWriter::date(const QVariant &isoDate, const QString &record)
{
    const QString raw = text(isoDate);
    if (raw.isEmpty())
        return {};
    const QDate d = QDate::fromString(raw.left(10), Qt::ISODate);
    if (!d.isValid()) {
        m_manifest->warnings << Tr::tr("%1: the date \"%2\" is not a date; it is written as it was.").arg(record, raw);
        return raw;
    }
    return d.toString(QStringLiteral("MM/dd/yyyy"));
}

bool PackageWriter::contacts(QString *error)
{
    QSqlQuery q(m_db);
    if (!query(q,
               QStringLiteral("SELECT t.source_key, coalesce(t.name, ''), coalesce(t.kind, ''), t.first_name, "
                              "t.last_name, t.company, t.street, t.city, t.region, t.postal_code, t.email, t.phone "
                              "FROM stg_client t WHERE t.file_id IN f ORDER BY t.id"),
               error))
        return false;
    CsvWriter out(QDir(m_dir).filePath(kContacts));
    FileSums sums;
    sums.file.name = kContacts;
    if (!open(out, kContacts, contactColumns(), error))
        return false;
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (m_contacts.contains(key) || m_excluded.contains(key))
            continue;
        Contact c;
        c.name = text(q.value(1));
        const QString kind = text(q.value(2));
        c.first = text(q.value(3));
        c.last = text(q.value(4));
        c.company = text(q.value(5));
        c.person =
            kind == QLatin1String("person") || (kind != QLatin1String("company") && !(c.first + c.last).isEmpty());
        if (c.person && c.first.isEmpty() && c.last.isEmpty())
            std::tie(c.first, c.last) = Entities::splitPersonName(c.name);
        if (!c.person) {
            c.first.clear();
            c.last.clear();
            if (c.company.isEmpty())
                c.company = c.name.isEmpty() ? key : c.name;
        }
        if (c.name.isEmpty())
            c.name = c.person ? QStringList { c.first, c.last }.join(QLatin1Char(' ')).trimmed() : c.company;
        m_contacts.insert(key, c);
        out.writeRow({ QString(), QString(), c.first, c.last, c.company, text(q.value(6)), text(q.value(7)),
                       text(q.value(8)), text(q.value(9)), text(q.value(10)), text(q.value(11)) });
        ++sums.file.rows;
    }
    return finish(out, sums, error);
}

bool PackageWriter::matters(QString *error)
{
    QSqlQuery q(m_db);
    if (!query(q,
               QStringLiteral("SELECT t.source_key, coalesce(t.client_key, ''), coalesce(t.client_name, ''), "
                              "coalesce(t.description, ''), coalesce(t.status, ''), t.open_date, t.close_date "
                              "FROM stg_matter t WHERE t.file_id IN f ORDER BY t.id"),
               error))
        return false;
    CsvWriter out(QDir(m_dir).filePath(kMatters));
    FileSums sums;
    sums.file.name = kMatters;
    if (!open(out, kMatters, matterColumns(), error))
        return false;
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (m_matters.contains(key))
            continue;
        const QString clientKey = q.value(1).toString();
        m_matters.insert(key, { clientKey });
        if (m_excluded.contains(clientKey))
            continue;
        const QString record = Tr::tr("Matter %1").arg(key);
        const auto contact = m_contacts.constFind(clientKey);
        Contact c;
        if (contact != m_contacts.constEnd()) {
            c = *contact;
        } else {
            m_manifest->warnings << Tr::tr("Matter %1: its client \"%2\" is not among the contacts, so the target "
                                           "cannot link it; add the client or fix the matter before importing.")
                                        .arg(key, clientKey.isEmpty() ? q.value(2).toString() : clientKey);
        }
        QString status;
        const QString s = q.value(4).toString();
        if (s == QLatin1String("closed"))
            status = QStringLiteral("Closed");
        else if (s == QLatin1String("pending"))
            status = QStringLiteral("Pending");
        else
            status = QStringLiteral("Open");
        QString description = q.value(3).toString().trimmed();
        if (description.isEmpty()) {
            description = key;
            m_manifest->warnings << Tr::tr("Matter %1 has no description; its number is used instead.").arg(key);
        }
        out.writeRow({ status, QString(), clientKey, description, date(q.value(5), record), date(q.value(6), record),
                       QString(), key, QString(), c.person ? c.first : QString(), c.person ? c.last : QString(),
                       c.person ? QString() : c.company });
        m_packagedMatters.insert(key);
        if (!m_firstMatterOfClient.contains(clientKey))
            m_firstMatterOfClient.insert(clientKey, key);
        ++sums.file.rows;
    }
    return finish(out, sums, error);
}

bool PackageWriter::activities(QString *error)
{
    CsvWriter out(QDir(m_dir).filePath(kActivities));
    FileSums sums;
    sums.file.name = kActivities;
    if (!open(out, kActivities, activityColumns(), error))
        return false;
    const QString price = QStringLiteral("price");

    QSqlQuery q(m_db);
    if (!query(q,
               QStringLiteral("SELECT coalesce(t.source_key, ''), coalesce(t.matter_key, ''), coalesce(t.client_key, "
                              "''), coalesce(t.user_key, ''), t.date, coalesce(t.duration, 0), t.rate, t.amount, "
                              "coalesce(t.description, ''), coalesce(t.activity, ''), t.billable, t.source_row "
                              "FROM stg_time_entry t WHERE t.file_id IN f AND %1 ORDER BY t.id")
                   .arg(QLatin1String(kUnbilled)),
               error))
        return false;
    while (q.next()) {
        const QString matterKey = q.value(1).toString();
        if (m_excluded.contains(clientOf(q.value(2).toString(), matterKey)))
            continue;
        const QString key = q.value(0).toString();
        const QString record = key.isEmpty() ? Tr::tr("Time entry on row %1").arg(q.value(11).toLongLong())
                                             : Tr::tr("Time entry %1").arg(key);
        const QString userKey = q.value(3).toString();
        const qint64 seconds = q.value(5).toLongLong();
        std::optional<qint64> rate;
        if (!q.value(6).isNull())
            rate = q.value(6).toLongLong();
        else if (const UserInfo *u = user(userKey); u && u->rate)
            rate = u->rate;
        std::optional<qint64> amount;
        if (!q.value(7).isNull())
            amount = q.value(7).toLongLong();

        // The value the old system gives the entry (the close-out rule).
        const qint64 value = amount ? *amount : rate ? Money::mulDivRounded(seconds, *rate, 3600) : 0;
        qint64 priceCents = 0;
        if (rate) {
            priceCents = *rate;
        } else if (amount && seconds > 0) {
            priceCents = Money::mulDivRounded(*amount, 3600, seconds);
            m_manifest->warnings << Tr::tr("%1 has no hourly rate; %2 an hour is derived from its amount.")
                                        .arg(record, CsvPackageTarget::formatCents(priceCents));
        } else {
            m_manifest->warnings
                << Tr::tr("%1 has neither an hourly rate nor an amount; its price is 0.00.").arg(record);
        }
        const qint64 targetValue = Money::mulDivRounded(seconds, priceCents, 3600);
        if (targetValue != value) {
            m_manifest->warnings << Tr::tr("%1: the old system values it at %2, the target will make %3 of %4 hours "
                                           "at %5; correct it after the import.")
                                        .arg(record, CsvPackageTarget::formatCents(value),
                                             CsvPackageTarget::formatCents(targetValue),
                                             CsvPackageTarget::formatHours(seconds),
                                             CsvPackageTarget::formatCents(priceCents));
        }
        if (!m_packagedMatters.contains(matterKey)) {
            m_manifest->warnings << Tr::tr("%1: its matter \"%2\" is not in the matters file; the target will "
                                           "refuse the row.")
                                        .arg(record, matterKey);
        }
        const bool nonBillable = !q.value(10).isNull() && q.value(10).toInt() == 0;
        out.writeRow({ matterKey, date(q.value(4), record), q.value(9).toString(), q.value(8).toString(),
                       CsvPackageTarget::formatCents(priceCents), CsvPackageTarget::formatHours(seconds), QString(),
                       userName(userKey), nonBillable ? QStringLiteral("yes") : QString() });
        ++sums.file.rows;
        sums.addMoney(price, priceCents);
        sums.addFigure(QStringLiteral("seconds"), seconds);
        sums.addFigure(QStringLiteral("time_value"), value);
        sums.addFigure(QStringLiteral("value"), value);
        if (nonBillable)
            sums.addFigure(QStringLiteral("non_billable_value"), value);
    }

    if (!query(q,
               QStringLiteral("SELECT coalesce(t.source_key, ''), coalesce(t.matter_key, ''), coalesce(t.client_key, "
                              "''), coalesce(t.user_key, ''), t.date, t.quantity, t.unit_price, t.amount, "
                              "coalesce(t.description, ''), coalesce(t.category, ''), t.billable, t.source_row "
                              "FROM stg_expense t WHERE t.file_id IN f AND %1 ORDER BY t.id")
                   .arg(QLatin1String(kUnbilled)),
               error))
        return false;
    while (q.next()) {
        const QString matterKey = q.value(1).toString();
        if (m_excluded.contains(clientOf(q.value(2).toString(), matterKey)))
            continue;
        const QString key = q.value(0).toString();
        const QString record =
            key.isEmpty() ? Tr::tr("Expense on row %1").arg(q.value(11).toLongLong()) : Tr::tr("Expense %1").arg(key);
        const qint64 quantity = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
        const qint64 amount = q.value(7).toLongLong();
        if (q.value(7).isNull())
            m_manifest->warnings << Tr::tr("%1 has no amount; its price is 0.00.").arg(record);
        qint64 priceCents = amount;
        qint64 units = 1;
        if (quantity > 0 && !q.value(6).isNull() && q.value(6).toLongLong() * quantity == amount) {
            priceCents = q.value(6).toLongLong();
            units = quantity;
        }
        if (!m_packagedMatters.contains(matterKey)) {
            m_manifest->warnings << Tr::tr("%1: its matter \"%2\" is not in the matters file; the target will "
                                           "refuse the row.")
                                        .arg(record, matterKey);
        }
        const bool nonBillable = !q.value(10).isNull() && q.value(10).toInt() == 0;
        out.writeRow({ matterKey, date(q.value(4), record), q.value(9).toString(), q.value(8).toString(),
                       CsvPackageTarget::formatCents(priceCents), QString::number(units),
                       QStringLiteral("ExpenseEntry"), userName(q.value(3).toString()),
                       nonBillable ? QStringLiteral("yes") : QString() });
        ++sums.file.rows;
        sums.addMoney(price, priceCents);
        sums.addFigure(QStringLiteral("expense_value"), amount);
        sums.addFigure(QStringLiteral("value"), amount);
        if (nonBillable)
            sums.addFigure(QStringLiteral("non_billable_value"), amount);
    }
    return finish(out, sums, error);
}

bool PackageWriter::balances(QString *error)
{
    CsvWriter out(QDir(m_dir).filePath(kBalances));
    FileSums sums;
    sums.file.name = kBalances;
    if (!open(out, kBalances, activityColumns(), error))
        return false;
    QSqlQuery q(m_db);
    if (!query(q,
               QStringLiteral("SELECT t.source_key, coalesce(t.client_key, ''), coalesce(t.matter_key, ''), "
                              "t.issue_date, coalesce(t.balance, coalesce(t.total, 0) - coalesce(t.paid, 0)) AS b "
                              "FROM stg_invoice t WHERE t.file_id IN f AND coalesce(t.status, '') NOT IN ('draft', "
                              "'void', 'paid') AND coalesce(t.balance, coalesce(t.total, 0) - coalesce(t.paid, 0)) > 0 "
                              "ORDER BY t.id"),
               error))
        return false;
    while (q.next()) {
        const QString number = q.value(0).toString();
        const QString clientKey = clientOf(q.value(1).toString(), q.value(2).toString());
        if (m_excluded.contains(clientKey))
            continue;
        const QString record = Tr::tr("Invoice %1").arg(number);
        QString matterKey = q.value(2).toString();
        if (matterKey.isEmpty()) {
            matterKey = m_firstMatterOfClient.value(clientKey);
            if (matterKey.isEmpty()) {
                m_manifest->warnings << Tr::tr("%1 has no matter and its client \"%2\" has none either; give the "
                                               "row a matter before importing it.")
                                            .arg(record, clientKey);
            } else {
                m_manifest->warnings << Tr::tr("%1 has no matter; its balance goes to matter %2, the client's first.")
                                            .arg(record, matterKey);
            }
        } else if (!m_packagedMatters.contains(matterKey)) {
            m_manifest->warnings << Tr::tr("%1: its matter \"%2\" is not in the matters file; the target will "
                                           "refuse the row.")
                                        .arg(record, matterKey);
        }
        QString when = date(q.value(3), record);
        if (when.isEmpty()) {
            if (m_manifest->cutoffUtc.isValid())
                when = m_manifest->cutoffUtc.date().toString(QStringLiteral("MM/dd/yyyy"));
            m_manifest->warnings << Tr::tr("%1 has no date; the cutoff's date is used.").arg(record);
        }
        const qint64 balance = q.value(4).toLongLong();
        // The note is the firm's record of where the balance came from: kept in
        // the export's own words, not translated.
        out.writeRow({ matterKey, when, QLatin1String(kBalanceForward), QStringLiteral("Invoice ") + number,
                       CsvPackageTarget::formatCents(balance), QStringLiteral("1"), QString(), QString(), QString() });
        ++sums.file.rows;
        sums.addMoney(QStringLiteral("price"), balance);
        sums.addFigure(QStringLiteral("value"), balance);
    }
    return finish(out, sums, error);
}

bool PackageWriter::worksheet(QString *error)
{
    // The engine's worksheet, so the package and the API import hand the firm
    // the same sheet (and the same figures).
    const QList<WorksheetRow> rows = ImportWorksheet::compute(m_db, m_snapshot, error);
    if (!error->isEmpty())
        return false;
    WorksheetHeader header;
    header.firmName = m_manifest->firmName;
    header.cutoffUtc = m_manifest->cutoffUtc;
    header.zone = m_zone;
    FileSums sums;
    sums.file.name = kWorksheet;
    QString why;
    if (!ImportWorksheet::writeCsv(rows, QDir(m_dir).filePath(kWorksheet), &why, header)) {
        *error = Tr::tr("Cannot write %1 in %2: %3").arg(kWorksheet, QDir::toNativeSeparators(m_dir), why);
        return false;
    }
    sums.file.rows = rows.size();
    sums.addMoney(QStringLiteral("opening_trust_balance"), ImportWorksheet::totalTrust(rows));
    sums.addMoney(QStringLiteral("receivable_carried_forward"), ImportWorksheet::totalReceivable(rows));
    return hashAndAdd(sums, error);
}

bool PackageWriter::manifestAndZip(QString *error)
{
    m_manifest->createdUtc = QDateTime::currentDateTimeUtc();
    m_manifest->createdUtc.setTime(QTime(m_manifest->createdUtc.time().hour(), m_manifest->createdUtc.time().minute(),
                                         m_manifest->createdUtc.time().second()));
    for (const CsvPackageFile &f : std::as_const(m_manifest->files)) {
        m_manifest->totalRows += f.rows;
        for (auto it = f.moneyCents.begin(); it != f.moneyCents.end(); ++it)
            m_manifest->totalMoneyCents[it.key()] += it.value();
        for (auto it = f.figures.begin(); it != f.figures.end(); ++it)
            m_manifest->totalFigures[it.key()] += it.value();
    }
    const QDir dir(m_dir);
    QSaveFile manifest(dir.filePath(kManifest));
    if (!manifest.open(QIODevice::WriteOnly)
        || manifest.write(QJsonDocument(m_manifest->toJson()).toJson(QJsonDocument::Indented)) < 0
        || !manifest.commit()) {
        *error =
            Tr::tr("Cannot write %1 in %2: %3").arg(kManifest, QDir::toNativeSeparators(m_dir), manifest.errorString());
        return false;
    }

    // Written under a temporary name and renamed, so a half-written zip never
    // carries the package's name.
    const QString zipPath = dir.filePath(CsvPackageTarget::zipFileName());
    const QString partPath = zipPath + QStringLiteral(".part");
    QFile::remove(partPath);
    {
        QuaZip zip(partPath);
        if (!zip.open(QuaZip::mdCreate)) {
            *error = Tr::tr("Cannot create %1 (zip error %2).")
                         .arg(QDir::toNativeSeparators(partPath))
                         .arg(zip.getZipError());
            return false;
        }
        QStringList names;
        for (const CsvPackageFile &f : std::as_const(m_manifest->files))
            names << f.name;
        names << kManifest;
        for (const QString &name : std::as_const(names)) {
            QFile in(dir.filePath(name));
            if (!in.open(QIODevice::ReadOnly)) {
                *error = Tr::tr("Cannot read back %1: %2").arg(name, in.errorString());
                return false;
            }
            QuaZipFile entry(&zip);
            if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(name, in.fileName()))) {
                *error = Tr::tr("Cannot add %1 to the zip (zip error %2).").arg(name).arg(entry.getZipError());
                return false;
            }
            while (!in.atEnd()) {
                const QByteArray chunk = in.read(1 << 20);
                if (entry.write(chunk) != chunk.size()) {
                    *error = Tr::tr("Cannot add %1 to the zip (zip error %2).").arg(name).arg(entry.getZipError());
                    return false;
                }
            }
            entry.close();
            if (entry.getZipError() != 0) {
                *error = Tr::tr("Cannot add %1 to the zip (zip error %2).").arg(name).arg(entry.getZipError());
                return false;
            }
        }
        zip.close();
        if (zip.getZipError() != 0) {
            *error = Tr::tr("Cannot write %1 (zip error %2).")
                         .arg(QDir::toNativeSeparators(partPath))
                         .arg(zip.getZipError());
            return false;
        }
    }
    QFile::remove(zipPath);
    if (!QFile::rename(partPath, zipPath)) {
        *error = Tr::tr("Cannot rename %1 to %2.")
                     .arg(QDir::toNativeSeparators(partPath), QDir::toNativeSeparators(zipPath));
        return false;
    }
    m_manifest->zipPath = zipPath;
    return true;
}

bool PackageWriter::run(qint64 snapshotId, QString *error)
{
    return begin(snapshotId, error) && users(error) && contacts(error) && matters(error) && activities(error)
        && balances(error) && worksheet(error) && manifestAndZip(error);
}

QJsonObject moneyObject(const QMap<QString, qint64> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

const CsvPackageFile *CsvPackageManifest::file(const QString &name) const
{
    for (const CsvPackageFile &f : files) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QJsonObject CsvPackageManifest::toJson() const
{
    QJsonArray list;
    for (const CsvPackageFile &f : files) {
        list.append(QJsonObject { { QStringLiteral("name"), f.name },
                                  { QStringLiteral("rows"), f.rows },
                                  { QStringLiteral("sha256"), f.sha256 },
                                  { QStringLiteral("money_cents"), moneyObject(f.moneyCents) },
                                  { QStringLiteral("figures"), moneyObject(f.figures) } });
    }
    return QJsonObject {
        { QStringLiteral("format"), QStringLiteral("cutover-csv-package") },
        { QStringLiteral("version"), 1 },
        { QStringLiteral("target"), QStringLiteral("clio") },
        { QStringLiteral("firm"), firmName },
        { QStringLiteral("snapshot_id"), snapshotId },
        { QStringLiteral("cutoff_utc"),
          cutoffUtc.isValid() ? QJsonValue(cutoffUtc.toUTC().toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("created_utc"), createdUtc.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("files"), list },
        { QStringLiteral("totals"),
          QJsonObject { { QStringLiteral("files"), qint64(files.size()) },
                        { QStringLiteral("rows"), totalRows },
                        { QStringLiteral("money_cents"), moneyObject(totalMoneyCents) },
                        { QStringLiteral("figures"), moneyObject(totalFigures) } } },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(warnings) },
    };
}

QStringList CsvPackageTarget::fileNames()
{
    return { kContacts, kMatters, kActivities, kBalances, kWorksheet, kManifest };
}

QString CsvPackageTarget::zipFileName()
{
    return QStringLiteral("clio-import-package.zip");
}

QString CsvPackageTarget::formatCents(qint64 cents)
{
    const bool negative = cents < 0;
    const quint64 magnitude = negative ? quint64(-(cents + 1)) + 1 : quint64(cents);
    return (negative ? QStringLiteral("-") : QString()) + QString::number(magnitude / 100) + QLatin1Char('.')
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString CsvPackageTarget::formatHours(qint64 seconds)
{
    const bool negative = seconds < 0;
    const quint64 s = negative ? quint64(-(seconds + 1)) + 1 : quint64(seconds);
    // Ten-thousandths of an hour, half up: s / 3600 * 10000 = s * 25 / 9.
    const quint64 units = (s * 25 * 2 + 9) / 18;
    QString fraction = QStringLiteral("%1").arg(units % 10000, 4, 10, QLatin1Char('0'));
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    QString out = QString::number(units / 10000);
    if (!fraction.isEmpty())
        out += QLatin1Char('.') + fraction;
    return negative && units != 0 ? QLatin1Char('-') + out : out;
}

bool CsvPackageTarget::write(const QSqlDatabase &db, qint64 snapshotId, const QString &outDir,
                             CsvPackageManifest *manifest, QString *error)
{
    CsvPackageManifest local;
    CsvPackageManifest *m = manifest ? manifest : &local;
    *m = CsvPackageManifest {};
    QString ignored;
    QString *e = error ? error : &ignored;
    PackageWriter writer(db, outDir, m);
    return writer.run(snapshotId, e);
}

} // namespace Cutover
