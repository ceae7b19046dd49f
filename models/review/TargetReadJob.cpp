#include "Reconciliation.h"
#include "domain/Money.h"
#include "sources/CsvReader.h"
#include "staging/SqliteStatement.h"
#include "store/ProjectStore.h"
#include "targets/CsvPackageTarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

// How the target is read back (one review_run, its rows in review_target_record).
//
// | what            | rule                                                                                          |
// |-----------------|-----------------------------------------------------------------------------------------------|
// | run             | inserted 'reading' first; 'complete' with finished_at_utc and a summary (rows per entity) at  |
// |                 | the end; 'cancelled' or 'failed' (summary.error) otherwise. Only complete runs are compared, |
// |                 | so a reading that stops leaves the previous complete run in use                             |
// | batches         | Clio: one transaction per page; the package: one per 2,000 rows. A kill loses at most the     |
// |                 | batch being written (the run stays 'reading' and is never compared)                           |
// | Clio            | contacts, matters, time entries, expenses and balances forward, every page, through the      |
// |                 | connector. source_key comes from the reference only when it is this project's                |
// |                 | ("CUT-<project>:<entity>:<key>") and names the entity read; seconds = duration, cents = the  |
// |                 | target's total; label = contact name, matter display number, entry description; fields = the |
// |                 | neutral fields as compact JSON                                                                |
// | CSV package     | the package's own files in its folder. Rows carry no reference: source_key stays ''. ids are |
// |                 | "<file>:<row>". matter_id = the matter number (matters' custom_number, activities' matter),  |
// |                 | client_id = the client number (matters' client_reference; a contact gets the number of the  |
// |                 | matters that name it), user_id = activity_user. Time: seconds = decimal hours x 3600, cents  |
// |                 | = seconds x price / 3600 half away from zero (what the target will make); expenses and        |
// |                 | balances: price x quantity. Dates MM/DD/YYYY become ISO                                       |
// | trust           | the package's trust_ar_worksheet.csv: entity 'trust', client_id / matter_id the numbers,     |
// |                 | cents = opening trust balance, fields.receivable_cents the receivable (Clio: no trust rows;  |
// |                 | the reviewer enters what Clio shows, see ReviewTrust)                                        |

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::Reconciliation)
};

constexpr int kBatch = 2000;

struct ReadRow
{
    QString entity, targetId, reference, sourceKey, clientId, matterId, userId, date;
    qint64 seconds = 0, cents = 0;
    QString label;
    QString fields; // compact JSON
};

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// The run and its rows on the job's connection.
class RunWriter
{
public:
    explicit RunWriter(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    bool begin(const QString &targetKey, qint64 *runId, QString *error)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "INSERT INTO review_run (target_key, state, started_at_utc, started_by) VALUES (?, 'reading', ?, ?)"));
        q.addBindValue(targetKey);
        q.addBindValue(nowUtc());
        q.addBindValue(ProjectStore::currentActor());
        if (!q.exec()) {
            *error = Tr::tr("The reading of the target cannot be recorded in the project file: %1")
                         .arg(q.lastError().text());
            return false;
        }
        m_run = q.lastInsertId().toLongLong();
        *runId = m_run;
        return true;
    }

    // One transaction.
    bool write(const QList<ReadRow> &rows, QString *error)
    {
        if (rows.isEmpty())
            return true;
        if (!m_db.transaction()) {
            *error =
                Tr::tr("The target's records cannot be written to the project file: %1").arg(m_db.lastError().text());
            return false;
        }
        {
            SqliteStatement insert(m_db,
                                   QStringLiteral("INSERT OR REPLACE INTO review_target_record (run_id, "
                                                  "entity, target_id, reference, source_key, client_id, "
                                                  "matter_id, user_id, date, seconds, cents, label, fields) "
                                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            bool ok = insert.isValid();
            for (qsizetype i = 0; ok && i < rows.size(); ++i) {
                const ReadRow &r = rows.at(i);
                insert.bind(0, m_run);
                insert.bind(1, r.entity);
                insert.bind(2, r.targetId);
                insert.bind(3, r.reference);
                insert.bind(4, r.sourceKey);
                insert.bind(5, r.clientId);
                insert.bind(6, r.matterId);
                insert.bind(7, r.userId);
                insert.bind(8, r.date);
                insert.bind(9, r.seconds);
                insert.bind(10, r.cents);
                insert.bind(11, r.label);
                insert.bind(12, r.fields);
                ok = insert.exec();
            }
            if (!ok) {
                *error =
                    Tr::tr("The target's records cannot be written to the project file: %1").arg(insert.errorString());
                m_db.rollback();
                return false;
            }
        }
        if (!m_db.commit()) {
            *error =
                Tr::tr("The target's records cannot be written to the project file: %1").arg(m_db.lastError().text());
            m_db.rollback();
            return false;
        }
        return true;
    }

    bool finish(const QString &state, const QJsonObject &summary, QString *error)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE review_run SET state = ?, finished_at_utc = ?, summary = ? WHERE id = ?"));
        q.addBindValue(state);
        q.addBindValue(nowUtc());
        q.addBindValue(QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
        q.addBindValue(m_run);
        if (!q.exec()) {
            if (error)
                *error = Tr::tr("The reading of the target cannot be recorded in the project file: %1")
                             .arg(q.lastError().text());
            return false;
        }
        return true;
    }

private:
    QSqlDatabase m_db;
    qint64 m_run = 0;
};

QString compactJson(const QVariantMap &fields, const QHash<QString, QString> &links = {})
{
    QJsonObject o = QJsonObject::fromVariantMap(fields);
    for (auto it = links.cbegin(); it != links.cend(); ++it)
        o.insert(QStringLiteral("link_") + it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

ReadRow fromIncoming(RecordKind kind, const IncomingRecord &r, const QString &ourPrefix)
{
    ReadRow row;
    row.entity = RecordKinds::key(kind);
    row.targetId = r.id;
    row.reference = r.reference;
    if (!ourPrefix.isEmpty() && r.reference.startsWith(ourPrefix)) {
        const QString rest = r.reference.mid(ourPrefix.size()); // "<entity>:<key>"
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        if (colon > 0 && rest.left(colon) == row.entity)
            row.sourceKey = rest.mid(colon + 1);
    }
    row.clientId = r.links.value(QStringLiteral("client"));
    row.matterId = r.links.value(QStringLiteral("matter"));
    row.userId = r.links.value(QStringLiteral("user"));
    const QVariantMap &f = r.fields;
    row.date = f.value(QStringLiteral("date")).toString().left(10);
    switch (kind) {
    case RecordKind::Contact:
        row.label = f.value(QStringLiteral("name")).toString();
        break;
    case RecordKind::Matter:
        row.label = f.value(QStringLiteral("display_number")).toString();
        row.date = f.value(QStringLiteral("open_date")).toString().left(10);
        break;
    case RecordKind::TimeEntry:
        row.seconds = f.value(QStringLiteral("duration")).toLongLong();
        row.cents = f.value(QStringLiteral("amount")).toLongLong();
        row.label = f.value(QStringLiteral("description")).toString();
        break;
    case RecordKind::Expense:
    case RecordKind::BalanceForward:
        row.cents = f.value(QStringLiteral("amount")).toLongLong();
        row.label = f.value(QStringLiteral("description")).toString();
        break;
    default:
        break;
    }
    row.fields = compactJson(f, r.links);
    return row;
}

// --- The CSV package's files --------------------------------------------------------------------------------

// "1234.56", "-0.5", "12": cents, exactly; nullopt when it is not such a number.
std::optional<qint64> parseCents(const QString &text)
{
    const QString t = text.trimmed();
    static const QRegularExpression re(QStringLiteral("^(-?)(\\d{1,15})(?:\\.(\\d{1,2}))?$"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    QString fraction = m.captured(3);
    while (fraction.size() < 2)
        fraction += QLatin1Char('0');
    const qint64 cents = m.captured(2).toLongLong() * 100 + fraction.toLongLong();
    return m.captured(1).isEmpty() ? cents : -cents;
}

// Decimal quantity ("1.5", "0.0833", "2") in ten-thousandths.
std::optional<qint64> parseTenThousandths(const QString &text)
{
    const QString t = text.trimmed();
    static const QRegularExpression re(QStringLiteral("^(-?)(\\d{1,12})(?:\\.(\\d{1,4}))?$"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    QString fraction = m.captured(3);
    while (fraction.size() < 4)
        fraction += QLatin1Char('0');
    const qint64 v = m.captured(2).toLongLong() * 10000 + fraction.toLongLong();
    return m.captured(1).isEmpty() ? v : -v;
}

class PackageReader
{
public:
    PackageReader(QString dir, const std::function<bool(const QList<ReadRow> &, QString *)> &write)
        : m_dir(std::move(dir))
        , m_write(write)
    {
    }

    bool run(QJsonObject *counts, QString *error, const std::function<bool()> &cancelled,
             const std::function<void(const QString &, qint64)> &progress)
    {
        m_cancelled = cancelled;
        m_progress = progress;
        // Matters first: they name the client numbers the contacts get.
        QList<ReadRow> matters;
        if (!matterRows(&matters, error))
            return false;
        if (!contacts(error) || !flush(matters, error) || !activities(QStringLiteral("activities.csv"), error)
            || !activities(QStringLiteral("balances_forward.csv"), error) || !trust(error))
            return false;
        *counts = m_counts;
        return true;
    }

    bool wasCancelled() const { return m_stopped; }

private:
    using Cells = QStringList;

    bool open(const QString &name, std::unique_ptr<CsvReader> *reader, QString *error)
    {
        ReaderMessage message;
        ReaderOptions options;
        options.delimiter = QLatin1Char(',');
        *reader = CsvReader::open(QDir(m_dir).filePath(name), options, &message);
        if (!*reader) {
            *error = Tr::tr("The package's file %1 cannot be read in %2: %3")
                         .arg(name, QDir::toNativeSeparators(m_dir), message.message);
            return false;
        }
        return true;
    }

    // Rows of a file with a header, as column -> text.
    bool forEachRow(const QString &name, const std::function<bool(const QHash<QString, QString> &, qint64)> &fn,
                    QString *error)
    {
        std::unique_ptr<CsvReader> reader;
        if (!open(name, &reader, error))
            return false;
        Cells header;
        if (!reader->readRecord(header)) {
            *error = Tr::tr("The package's file %1 is empty.").arg(name);
            return false;
        }
        Cells cells;
        QHash<QString, QString> row;
        while (reader->readRecord(cells)) {
            row.clear();
            for (qsizetype i = 0; i < header.size(); ++i)
                row.insert(header.at(i).trimmed(), cells.value(i));
            if (!fn(row, reader->row()))
                return false;
        }
        if (reader->hasError()) {
            *error = Tr::tr("The package's file %1 cannot be read: %2").arg(name, reader->error().message);
            return false;
        }
        return true;
    }

    QString isoDate(const QString &text) const
    {
        const QDate d = QDate::fromString(text.trimmed(), QStringLiteral("MM/dd/yyyy"));
        return d.isValid() ? d.toString(Qt::ISODate) : text.trimmed();
    }

    static QString fieldsOf(const QHash<QString, QString> &row)
    {
        QJsonObject o;
        for (auto it = row.cbegin(); it != row.cend(); ++it)
            o.insert(it.key(), it.value());
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

    static QString contactName(const QString &first, const QString &last, const QString &company)
    {
        const QString person = QStringList { first.trimmed(), last.trimmed() }.join(QLatin1Char(' ')).trimmed();
        return person.isEmpty() ? company.trimmed() : person;
    }

    bool add(ReadRow row, QString *error)
    {
        m_counts.insert(row.entity, m_counts.value(row.entity).toInteger() + 1);
        m_batch.append(std::move(row));
        if (m_batch.size() >= kBatch)
            return flush(error);
        return true;
    }

    bool flush(QString *error)
    {
        const QList<ReadRow> batch = std::exchange(m_batch, {});
        if (!m_write(batch, error))
            return false;
        m_items += batch.size();
        if (m_progress)
            m_progress(m_stage, m_items);
        if (m_cancelled && m_cancelled()) {
            m_stopped = true;
            *error = Tr::tr("Cancelled.");
            return false;
        }
        return true;
    }

    bool flush(const QList<ReadRow> &rows, QString *error)
    {
        for (const ReadRow &r : rows) {
            if (!add(r, error))
                return false;
        }
        return flush(error);
    }

    bool bad(const QString &file, qint64 row, const QString &column, const QString &value, QString *error)
    {
        *error = Tr::tr("The package's file %1, row %2, column %3: “%4” is not a number the package writes.")
                     .arg(file)
                     .arg(row)
                     .arg(column, value);
        return false;
    }

    bool matterRows(QList<ReadRow> *out, QString *error)
    {
        m_stage = QStringLiteral("matters.csv");
        return forEachRow(
            QStringLiteral("matters.csv"),
            [&](const QHash<QString, QString> &r, qint64 rowNo) {
                ReadRow row;
                row.entity = QStringLiteral("matter");
                row.targetId = QStringLiteral("matters.csv:%1").arg(rowNo);
                row.matterId = r.value(QStringLiteral("custom_number")).trimmed();
                row.clientId = r.value(QStringLiteral("client_reference")).trimmed();
                row.label = row.matterId;
                row.date = isoDate(r.value(QStringLiteral("open_date")));
                row.fields = fieldsOf(r);
                const QString name = contactName(r.value(QStringLiteral("client_first_name")),
                                                 r.value(QStringLiteral("client_last_name")),
                                                 r.value(QStringLiteral("client_company_name")));
                if (!name.isEmpty() && !row.clientId.isEmpty() && !m_clientByName.contains(name))
                    m_clientByName.insert(name, row.clientId);
                out->append(row);
                return true;
            },
            error);
    }

    bool contacts(QString *error)
    {
        m_stage = QStringLiteral("contacts.csv");
        QSet<QString> used;
        return forEachRow(
                   QStringLiteral("contacts.csv"),
                   [&](const QHash<QString, QString> &r, qint64 rowNo) {
                       ReadRow row;
                       row.entity = QStringLiteral("contact");
                       row.targetId = QStringLiteral("contacts.csv:%1").arg(rowNo);
                       row.label =
                           contactName(r.value(QStringLiteral("first_name")), r.value(QStringLiteral("last_name")),
                                       r.value(QStringLiteral("company")));
                       // The client number of the matters naming this contact (the first contact of a name).
                       if (!used.contains(row.label)) {
                           row.clientId = m_clientByName.value(row.label);
                           used.insert(row.label);
                       }
                       row.fields = fieldsOf(r);
                       return add(row, error);
                   },
                   error)
            && flush(error);
    }

    bool activities(const QString &file, QString *error)
    {
        m_stage = file;
        const bool balances = file == QLatin1String("balances_forward.csv");
        return forEachRow(
                   file,
                   [&](const QHash<QString, QString> &r, qint64 rowNo) {
                       ReadRow row;
                       const bool expense = r.value(QStringLiteral("type")).trimmed() == u"ExpenseEntry";
                       row.entity = balances ? QStringLiteral("balance_forward")
                           : expense         ? QStringLiteral("expense")
                                             : QStringLiteral("time_entry");
                       row.targetId = QStringLiteral("%1:%2").arg(file).arg(rowNo);
                       row.matterId = r.value(QStringLiteral("matter")).trimmed();
                       row.userId = r.value(QStringLiteral("activity_user")).trimmed();
                       row.date = isoDate(r.value(QStringLiteral("date")));
                       row.label = r.value(QStringLiteral("note")).trimmed();
                       if (row.label.isEmpty())
                           row.label = r.value(QStringLiteral("activity_description")).trimmed();
                       const QString priceText = r.value(QStringLiteral("price"));
                       const QString quantityText = r.value(QStringLiteral("quantity"));
                       const auto price = parseCents(priceText);
                       if (!price)
                           return bad(file, rowNo, QStringLiteral("price"), priceText, error);
                       const auto quantity = parseTenThousandths(quantityText);
                       if (!quantity)
                           return bad(file, rowNo, QStringLiteral("quantity"), quantityText, error);
                       if (row.entity == u"time_entry") {
                           row.seconds = Money::mulDivRounded(*quantity, 3600, 10000);
                           row.cents = Money::mulDivRounded(row.seconds, *price, 3600);
                       } else {
                           row.cents = Money::mulDivRounded(*price, *quantity, 10000);
                       }
                       row.fields = fieldsOf(r);
                       return add(row, error);
                   },
                   error)
            && flush(error);
    }

    bool trust(QString *error)
    {
        const QString file = QStringLiteral("trust_ar_worksheet.csv");
        m_stage = file;
        std::unique_ptr<CsvReader> reader;
        if (!open(file, &reader, error))
            return false;
        // A title line, the (translated) column header, the rows, a totals row.
        QList<std::pair<QStringList, qint64>> rows;
        QStringList cells;
        while (reader->readRecord(cells))
            rows.append({ cells, reader->row() });
        if (reader->hasError()) {
            *error = Tr::tr("The package's file %1 cannot be read: %2").arg(file, reader->error().message);
            return false;
        }
        for (qsizetype i = 2; i + 1 < rows.size(); ++i) {
            const auto &[c, rowNo] = rows.at(i);
            const auto trustCents = parseCents(c.value(4));
            if (!trustCents)
                return bad(file, rowNo, QStringLiteral("5"), c.value(4), error);
            const auto receivable = parseCents(c.value(5));
            if (!receivable)
                return bad(file, rowNo, QStringLiteral("6"), c.value(5), error);
            ReadRow row;
            row.entity = QStringLiteral("trust");
            row.targetId = QStringLiteral("%1:%2").arg(file).arg(rowNo);
            row.clientId = c.value(0).trimmed();
            row.matterId = c.value(2).trimmed();
            row.label = c.value(1).trimmed();
            row.cents = *trustCents;
            row.fields =
                QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("client_name"), c.value(1) },
                                                              { QStringLiteral("matter_name"), c.value(3) },
                                                              { QStringLiteral("receivable_cents"), *receivable } })
                                      .toJson(QJsonDocument::Compact));
            if (!add(row, error))
                return false;
        }
        return flush(error);
    }

    QString m_dir;
    std::function<bool(const QList<ReadRow> &, QString *)> m_write;
    std::function<bool()> m_cancelled;
    std::function<void(const QString &, qint64)> m_progress;
    QHash<QString, QString> m_clientByName;
    QList<ReadRow> m_batch;
    QJsonObject m_counts;
    QString m_stage;
    qint64 m_items = 0;
    bool m_stopped = false;
};

} // namespace

TargetReadJob::TargetReadJob(TargetReadRequest request, QObject *parent)
    : Job(parent)
    , m_request(std::move(request))
{
}

TargetReadJob::~TargetReadJob() = default;

qint64 TargetReadJob::runId() const
{
    return m_runId;
}

Job::Outcome TargetReadJob::execute()
{
    m_runId = 0;
    const TargetChoice &target = m_request.target;
    const QString targetKey = target.key();
    Outcome outcome = Outcome::Failed;
    QString openError;
    const bool opened = ProjectStore::withConnection(
        m_request.projectPath,
        [&](QSqlDatabase &db) {
            QString error;
            RunWriter writer(db);
            qint64 run = 0;
            if (!writer.begin(targetKey, &run, &error)) {
                outcome = failWith(error);
                return;
            }
            auto fail = [&](const QString &message) {
                writer.finish(QStringLiteral("failed"), { { QStringLiteral("error"), message } }, nullptr);
                outcome = failWith(message);
            };
            auto cancelled = [&] {
                writer.finish(QStringLiteral("cancelled"), {}, nullptr);
                outcome = Outcome::Cancelled;
            };
            QJsonObject counts;
            qint64 items = 0;

            if (target.kind == TargetChoice::Kind::CsvPackage) {
                PackageReader reader(target.outDir,
                                     [&](const QList<ReadRow> &rows, QString *e) { return writer.write(rows, e); });
                const bool ok = reader.run(
                    &counts, &error, [this] { return isCancelled(); },
                    [&](const QString &stage, qint64 n) {
                        items = n;
                        reportProgress(0, 0, n, Tr::tr("Reading %1").arg(stage));
                    });
                if (!ok) {
                    if (reader.wasCancelled())
                        cancelled();
                    else
                        fail(error);
                    return;
                }
            } else {
                if (!m_request.connector) {
                    fail(Tr::tr("No connection to the target was given."));
                    return;
                }
                std::unique_ptr<TargetConnector> connector = m_request.connector();
                if (!connector) {
                    fail(Tr::tr("The connection to the target could not be made."));
                    return;
                }
                QSqlQuery q(db);
                if (!q.exec(QStringLiteral("SELECT uuid FROM project WHERE id = 1")) || !q.next()) {
                    fail(Tr::tr("The project file cannot be read: %1").arg(q.lastError().text()));
                    return;
                }
                // "CUT-1a2b3c4d:": what every reference of this project starts with.
                const QString full =
                    ImportLedger::reference(QUuid::fromString(q.value(0).toString()), QStringLiteral("x"), {});
                const QString prefix = full.left(full.size() - 2);
                const QList<RecordKind> kinds = { RecordKind::Contact, RecordKind::Matter, RecordKind::TimeEntry,
                                                  RecordKind::Expense, RecordKind::BalanceForward };
                for (qsizetype k = 0; k < kinds.size(); ++k) {
                    const RecordKind kind = kinds.at(k);
                    const QString stage = RecordKinds::title(kind);
                    reportProgress(k, kinds.size(), items, stage, true);
                    qint64 read = 0;
                    QString writeError;
                    TargetError listError;
                    const bool ok = TargetCalls::forEachPage(
                        connector.get(), kind, {},
                        [&](const TargetPage &page) {
                            QList<ReadRow> rows;
                            rows.reserve(page.records.size());
                            for (const IncomingRecord &r : page.records)
                                rows.append(fromIncoming(kind, r, prefix));
                            if (!writer.write(rows, &writeError))
                                return false;
                            read += rows.size();
                            items += rows.size();
                            reportProgress(k, kinds.size(), items, stage);
                            return !isCancelled();
                        },
                        &listError, [this] { return isCancelled(); });
                    if (isCancelled() || listError.kind == TargetError::Kind::Cancelled) {
                        cancelled();
                        return;
                    }
                    if (!ok) {
                        fail(!writeError.isEmpty()
                                 ? writeError
                                 : Tr::tr("The target could not be read (%1): %2").arg(stage, listError.message));
                        return;
                    }
                    counts.insert(RecordKinds::key(kind), read);
                }
            }
            const QJsonObject summary { { QStringLiteral("counts"), counts }, { QStringLiteral("target"), targetKey } };
            if (!writer.finish(QStringLiteral("complete"), summary, &error)) {
                outcome = failWith(error);
                return;
            }
            m_runId = run;
            qint64 total = 0;
            for (auto it = counts.begin(); it != counts.end(); ++it)
                total += it.value().toInteger();
            reportProgress(1, 1, total, Tr::tr("Done"), true);
            setSummary(Tr::tr("Read %n record(s) back from the target.", nullptr, int(qMin<qint64>(total, INT_MAX))));
            outcome = Outcome::Succeeded;
        },
        &openError);
    if (!opened)
        return failWith(openError);
    return outcome;
}

} // namespace Cutover
