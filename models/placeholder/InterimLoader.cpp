// Filled time-tracking templates loaded back as interim entries, and what the
// Placeholder page and the CLI read of them.

#include "InterimTime.h"
#include "TimeTemplateText.h"
#include "domain/Entity.h"
#include "domain/LocaleFormat.h"
#include "sources/SourceReader.h"
#include "sources/ValueParsers.h"
#include "store/ProjectStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::InterimLoadJob)
};

using namespace TimeTemplateText;
namespace VP = ValueParsers;

constexpr qint64 kMaxSeconds = 24 * 3600;

// Case, accents and runs of spaces do not tell two names apart.
QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out.simplified().toCaseFolded();
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// What the rows are checked against: the final snapshot's users and matters.
struct Lookup
{
    TemplateLists lists;
    QHash<QString, int> users; // folded label, unique name, e-mail, key -> index
    QHash<QString, int> matters; // folded label, number -> index

    explicit Lookup(TemplateLists l)
        : lists(std::move(l))
    {
        const QStringList labels = userLabels(lists.users);
        QHash<QString, int> nameCount;
        for (const TemplateLists::User &u : lists.users)
            ++nameCount[fold(u.name)];
        for (int i = 0; i < lists.users.size(); ++i) {
            const TemplateLists::User &u = lists.users.at(i);
            // Weakest first: a key or an e-mail address beats a name.
            if (!u.name.isEmpty() && nameCount.value(fold(u.name)) == 1)
                users.insert(fold(u.name), i);
            users.insert(fold(labels.at(i)), i);
            if (!u.email.isEmpty())
                users.insert(fold(u.email), i);
            users.insert(fold(u.key), i);
        }
        for (int i = 0; i < lists.matters.size(); ++i) {
            matters.insert(fold(lists.matters.at(i).label), i);
            matters.insert(fold(lists.matters.at(i).key), i);
        }
    }

    int user(const QString &text) const { return users.value(fold(text), -1); }

    int matter(const QString &text) const
    {
        const int found = matters.value(fold(text), -1);
        if (found >= 0)
            return found;
        // "2019-0042 · anything": the number decides.
        const qsizetype dot = text.indexOf(QStringLiteral(" · "));
        return dot > 0 ? matters.value(fold(text.left(dot)), -1) : -1;
    }
};

// The columns of a file by their headers (translated or English).
struct Columns
{
    int index[ColumnCount]; // 0-based position in the record; -1 when absent
    QStringList headers; // as the file has them, for messages

    Columns() { std::fill(std::begin(index), std::end(index), -1); }

    QString header(int column) const { return headers.value(index[column]); }
    QString cell(const QStringList &cells, int column) const
    {
        return index[column] < 0 ? QString() : cells.value(index[column]).trimmed();
    }
};

Columns findColumns(const QStringList &header)
{
    Columns c;
    c.headers = header;
    const QStringList translated = TimeTemplates::columns();
    const QStringList english = englishColumns();
    for (int i = 0; i < header.size(); ++i) {
        const QString h = Entities::normaliseHeader(header.at(i));
        if (h.isEmpty())
            continue;
        for (int col = 0; col < ColumnCount; ++col) {
            if (c.index[col] < 0
                && (h == Entities::normaliseHeader(translated.at(col))
                    || h == Entities::normaliseHeader(english.at(col)))) {
                c.index[col] = i;
                break;
            }
        }
    }
    return c;
}

// A date as the template's cells hold it: ISO text from the reader for date
// cells, the day typed as text, or a bare serial number of a workbook cell
// that lost its date format (1900 date system).
std::optional<QDate> parseDate(const QString &text, bool workbook)
{
    if (workbook) {
        bool digits = !text.isEmpty() && text.size() <= 6;
        for (const QChar c : text)
            digits = digits && c.isDigit();
        if (digits) {
            const int serial = text.toInt();
            if (serial > 60 && serial < 2958466)
                return QDate(1899, 12, 30).addDays(serial);
            return std::nullopt;
        }
    }
    const auto parsed = VP::date(text);
    if (!parsed)
        return std::nullopt;
    return parsed.value;
}

std::optional<bool> parseBillable(const QString &text)
{
    if (text.isEmpty())
        return true;
    const QString f = fold(text);
    if (f == fold(yes()))
        return true;
    if (f == fold(no()))
        return false;
    return VP::boolean(text);
}

struct RowResult
{
    InterimEntry entry;
    QString clientKey;
    QList<InterimIssue> issues;
    bool rejected = false;
};

RowResult checkRow(const QStringList &cells, qint64 row, const Columns &columns, const Lookup &lookup, bool workbook,
                   const QString &fileName)
{
    RowResult r;
    InterimEntry &e = r.entry;
    e.fileName = fileName;
    e.row = row;
    const auto issue = [&](int column, bool error, const QString &message) {
        r.issues.append({ fileName, row, columns.index[column] + 1, error, message });
        r.rejected = r.rejected || error;
    };
    const auto quoted = [](const QString &text) {
        return QStringLiteral("“%1”").arg(text);
    };

    // Date
    const QString dateText = columns.cell(cells, Date);
    if (dateText.isEmpty()) {
        issue(Date, true, Tr::tr("%1: the date is empty.").arg(columns.header(Date)));
    } else if (const auto d = parseDate(dateText, workbook); !d || !d->isValid()) {
        issue(Date, true, Tr::tr("%1: %2 is not a date.").arg(columns.header(Date), quoted(dateText)));
    } else if (lookup.lists.firstDate.isValid() && *d < lookup.lists.firstDate) {
        issue(Date, true,
              Tr::tr("%1: %2 is before the cutoff day, %3; that time belongs in the old system.")
                  .arg(columns.header(Date), d->toString(Qt::ISODate), lookup.lists.firstDate.toString(Qt::ISODate)));
    } else {
        e.date = *d;
    }

    // User
    const QString userText = columns.cell(cells, User);
    if (userText.isEmpty()) {
        issue(User, true, Tr::tr("%1: no user is given.").arg(columns.header(User)));
    } else if (const int u = lookup.user(userText); u < 0) {
        issue(User, true, Tr::tr("%1: %2 is not one of the firm's users.").arg(columns.header(User), quoted(userText)));
    } else {
        e.userKey = lookup.lists.users.at(u).key;
        e.userName = lookup.lists.users.at(u).name;
    }

    // Matter, and the client checked against it
    const QString matterText = columns.cell(cells, Matter);
    if (matterText.isEmpty()) {
        issue(Matter, true, Tr::tr("%1: no matter is given.").arg(columns.header(Matter)));
    } else if (const int m = lookup.matter(matterText); m < 0) {
        issue(Matter, true,
              Tr::tr("%1: %2 is not a matter of the migration.").arg(columns.header(Matter), quoted(matterText)));
    } else {
        const TemplateLists::Matter &matter = lookup.lists.matters.at(m);
        e.matterKey = matter.key;
        e.matterLabel = matter.label;
        e.clientName = matter.clientName;
        r.clientKey = matter.clientKey;
        const QString clientText = columns.cell(cells, Client);
        if (!clientText.isEmpty() && fold(clientText) != fold(matter.clientName))
            issue(Client, false,
                  Tr::tr("%1: %2 is not the client of matter %3 (%4); the matter decides and the row was kept.")
                      .arg(columns.header(Client), quoted(clientText), matter.label, matter.clientName));
    }

    // Hours
    const QString hoursText = columns.cell(cells, Hours);
    if (hoursText.isEmpty()) {
        issue(Hours, true, Tr::tr("%1: no hours are given.").arg(columns.header(Hours)));
    } else if (const auto h = VP::duration(hoursText, VP::DurationUnit::Hours); !h) {
        issue(Hours, true, Tr::tr("%1: %2 is not a number of hours.").arg(columns.header(Hours), quoted(hoursText)));
    } else if (h.value <= 0) {
        issue(Hours, true, Tr::tr("%1: %2 is not more than 0 hours.").arg(columns.header(Hours), quoted(hoursText)));
    } else if (h.value > kMaxSeconds) {
        issue(Hours, true, Tr::tr("%1: %2 is more than 24 hours.").arg(columns.header(Hours), quoted(hoursText)));
    } else {
        e.seconds = h.value;
    }

    // Rate (empty: the target's rate)
    const QString rateText = columns.cell(cells, Rate);
    if (!rateText.isEmpty()) {
        const auto rate = VP::money(rateText);
        if (!rate)
            issue(Rate, true,
                  rate.status == VP::Status::Precision
                      ? Tr::tr("%1: %2 has more than two decimals.").arg(columns.header(Rate), quoted(rateText))
                      : Tr::tr("%1: %2 is not an amount.").arg(columns.header(Rate), quoted(rateText)));
        else if (rate.value < 0)
            issue(Rate, true, Tr::tr("%1: %2 is negative.").arg(columns.header(Rate), quoted(rateText)));
        else
            e.rateCents = rate.value;
    }

    e.description = columns.cell(cells, Description).simplified();

    const QString billableText = columns.cell(cells, Billable);
    if (const auto b = parseBillable(billableText); !b)
        issue(Billable, true,
              Tr::tr("%1: %2 is neither %3 nor %4.").arg(columns.header(Billable), quoted(billableText), yes(), no()));
    else
        e.billable = *b;
    return r;
}

// The same content is the same entry: what decides where the time goes and
// what it is, not where it sat in the file.
QString contentHash(const InterimEntry &e)
{
    const QStringList parts { VP::isoDate(e.date),
                              e.userKey,
                              e.matterKey,
                              QString::number(e.seconds),
                              QString::number(e.rateCents),
                              fold(e.description),
                              e.billable ? QStringLiteral("1") : QStringLiteral("0") };
    return sha256Hex(parts.join(QChar(0x1F)).toUtf8());
}

bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

// ---------------------------------------------------------------------------

InterimLoadJob::InterimLoadJob(QString projectPath, QStringList files, QObject *parent)
    : Job(parent)
    , m_projectPath(std::move(projectPath))
    , m_files(std::move(files))
{
}

InterimLoadSummary InterimLoadJob::loadSummary() const
{
    return m_summary;
}

Job::Outcome InterimLoadJob::execute()
{
    m_summary = {};
    // Closes and removes the job's own connection however the job ends.
    struct Connection
    {
        QString name;
        ~Connection()
        {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    } connection { QStringLiteral("cutover-interim-load-%1").arg(quintptr(this)) };
    QString error;
    QSqlDatabase db = ProjectStore::openConnection(m_projectPath, connection.name, &error);
    if (!db.isOpen())
        return failWith(error);

    const Lookup lookup(TimeTemplates::lists(db, &error));
    if (lookup.lists.snapshotId == 0)
        return failWith(error);
    const QString actor = ProjectStore::currentActor();

    for (int f = 0; f < m_files.size(); ++f) {
        const QString path = m_files.at(f);
        const QString fileName = QFileInfo(path).fileName();
        reportProgress(f, m_files.size(), m_summary.rows, Tr::tr("Reading %1").arg(fileName), true);

        QList<InterimIssue> fileIssues;
        QList<RowResult> rows;
        qint64 dataRows = 0;
        QString sha;
        {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                sha = sha256Hex(file.readAll());
        }
        ReaderMessage openError;
        std::unique_ptr<SourceReader> reader = SourceReader::open(path, {}, &openError);
        if (reader && reader->format() == QLatin1String("xlsx")) {
            // The Time sheet, by its English or translated name; else the first.
            QString wanted;
            for (const QString &sheet : reader->sheetNames()) {
                if (sheet.compare(englishTimeSheet(), Qt::CaseInsensitive) == 0
                    || sheet.compare(timeSheet(), Qt::CaseInsensitive) == 0) {
                    wanted = sheet;
                    break;
                }
            }
            if (!wanted.isEmpty() && wanted != reader->sheet()) {
                ReaderOptions options;
                options.sheet = wanted;
                reader = SourceReader::open(path, options, &openError);
            }
        }
        if (!reader) {
            fileIssues.append({ fileName, 0, 0, true, openError.message });
        } else {
            const bool workbook = reader->format() == QLatin1String("xlsx");
            QStringList cells;
            Columns columns;
            bool haveHeader = false;
            while (reader->readRecord(cells)) {
                if (isCancelled())
                    return Outcome::Cancelled;
                if (!haveHeader) {
                    haveHeader = true;
                    columns = findColumns(cells);
                    QStringList missing;
                    for (const int required : { Date, User, Matter, Hours }) {
                        if (columns.index[required] < 0)
                            missing.append(TimeTemplates::columns().at(required));
                    }
                    if (!missing.isEmpty()) {
                        fileIssues.append(
                            { fileName, reader->row(), 0, true,
                              Tr::tr("The header row has no column %1: this is not a time-tracking template.")
                                  .arg(missing.join(QStringLiteral(", "))) });
                        break;
                    }
                    continue;
                }
                // Rows with nothing but the prefilled user are not entries.
                bool empty = true;
                for (int c = 0; c < ColumnCount && empty; ++c)
                    empty = c == User || columns.cell(cells, c).isEmpty();
                if (empty)
                    continue;
                ++dataRows;
                rows.append(checkRow(cells, reader->row(), columns, lookup, workbook, fileName));
                for (const ReaderMessage &w : reader->takeWarnings())
                    fileIssues.append({ fileName, w.where.row, w.where.column, false, w.message });
                if (dataRows % 256 == 0)
                    reportProgress(f, m_files.size(), m_summary.rows + dataRows, Tr::tr("Reading %1").arg(fileName));
            }
            for (const ReaderMessage &w : reader->takeWarnings())
                fileIssues.append({ fileName, w.where.row, w.where.column, false, w.message });
            if (reader->hasError())
                fileIssues.append({ fileName, reader->error().where.row, reader->error().where.column, true,
                                    Tr::tr("Reading stopped here: %1 The rows before it were loaded.")
                                        .arg(reader->error().message) });
            else if (!haveHeader)
                fileIssues.append({ fileName, 0, 0, true, Tr::tr("The file is empty.") });
        }

        // Store the file, its good rows and every issue in one transaction.
        if (!db.transaction())
            return failWith(db.lastError().text());
        const auto rollback = [&](const QString &why) {
            db.rollback();
            return failWith(Tr::tr("%1 could not be stored: %2").arg(fileName, why));
        };
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO interim_file (name, source_path, sha256, loaded_at_utc, loaded_by) "
                                 "VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(fileName);
        q.addBindValue(QFileInfo(path).absoluteFilePath());
        q.addBindValue(sha.isEmpty() ? QStringLiteral("") : sha);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        q.addBindValue(actor);
        if (!exec(q, &error))
            return rollback(error);
        const qint64 fileId = q.lastInsertId().toLongLong();

        qint64 added = 0;
        qint64 already = 0;
        qint64 rejected = 0;
        QHash<QString, int> occurrences;
        q.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO interim_entry (entry_key, file_id, source_row, date, user_key, user_name, "
            "client_key, client_name, matter_key, matter_label, seconds, rate_cents, description, billable) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QList<InterimIssue> issues = fileIssues;
        for (const RowResult &r : rows) {
            issues += r.issues;
            if (r.rejected) {
                ++rejected;
                continue;
            }
            const InterimEntry &e = r.entry;
            const QString hash = contentHash(e);
            const int occurrence = ++occurrences[hash];
            q.addBindValue(hash + u'#' + QString::number(occurrence));
            q.addBindValue(fileId);
            q.addBindValue(e.row);
            q.addBindValue(VP::isoDate(e.date));
            q.addBindValue(e.userKey);
            q.addBindValue(e.userName.isEmpty() ? QStringLiteral("") : e.userName);
            q.addBindValue(r.clientKey.isEmpty() ? QStringLiteral("") : r.clientKey);
            q.addBindValue(e.clientName.isEmpty() ? QStringLiteral("") : e.clientName);
            q.addBindValue(e.matterKey);
            q.addBindValue(e.matterLabel.isEmpty() ? QStringLiteral("") : e.matterLabel);
            q.addBindValue(e.seconds);
            q.addBindValue(e.rateCents < 0 ? QVariant() : QVariant(e.rateCents));
            q.addBindValue(e.description.isEmpty() ? QStringLiteral("") : e.description);
            q.addBindValue(e.billable ? 1 : 0);
            if (!exec(q, &error))
                return rollback(error);
            if (q.numRowsAffected() > 0)
                ++added;
            else
                ++already;
        }
        QSqlQuery qi(db);
        qi.prepare(QStringLiteral(
            "INSERT INTO interim_issue (file_id, row, col, severity, message, raw) VALUES (?, ?, ?, ?, ?, '')"));
        for (const InterimIssue &i : issues) {
            qi.addBindValue(fileId);
            qi.addBindValue(i.row);
            qi.addBindValue(i.column);
            qi.addBindValue(i.error ? QStringLiteral("error") : QStringLiteral("warning"));
            qi.addBindValue(i.message);
            if (!exec(qi, &error))
                return rollback(error);
        }
        q.prepare(QStringLiteral("UPDATE interim_file SET rows = ?, added = ?, rejected = ? WHERE id = ?"));
        q.addBindValue(dataRows);
        q.addBindValue(added);
        q.addBindValue(rejected);
        q.addBindValue(fileId);
        if (!exec(q, &error))
            return rollback(error);
        if (!db.commit())
            return rollback(db.lastError().text());

        ++m_summary.files;
        m_summary.rows += dataRows;
        m_summary.added += added;
        m_summary.alreadyLoaded += already;
        m_summary.rejected += rejected;
        m_summary.issues += issues;
    }
    reportProgress(m_files.size(), m_files.size(), m_summary.rows, Tr::tr("Done"), true);
    setSummary(Tr::tr("%1 read from %2: %3 added, %4 already loaded, %5 refused.")
                   .arg(Tr::tr("%1 row(s)", nullptr, int(qMin<qint64>(m_summary.rows, INT_MAX)))
                            .arg(LocaleFormat::number(m_summary.rows)),
                        Tr::tr("%Ln file(s)", nullptr, m_summary.files), LocaleFormat::number(m_summary.added),
                        LocaleFormat::number(m_summary.alreadyLoaded), LocaleFormat::number(m_summary.rejected)));
    return Outcome::Succeeded;
}

// ---------------------------------------------------------------------------

namespace InterimEntries {

QList<InterimEntry> load(const QSqlDatabase &db, const QString &targetKey, QString *error)
{
    QList<InterimEntry> list;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT e.id, e.entry_key, f.name, e.source_row, e.date, e.user_key, e.user_name, e.client_name, "
        "e.matter_key, e.matter_label, e.seconds, e.rate_cents, e.description, e.billable, "
        "coalesce(m.state, ''), coalesce(m.target_id, ''), coalesce(m.last_error, '') "
        "FROM interim_entry e JOIN interim_file f ON f.id = e.file_id "
        "LEFT JOIN id_map m ON m.target_key = ? AND m.entity = 'interim_entry' AND m.source_key = e.entry_key "
        "ORDER BY e.date, e.id"));
    q.addBindValue(targetKey);
    if (!exec(q, error))
        return {};
    while (q.next()) {
        InterimEntry e;
        e.id = q.value(0).toLongLong();
        e.entryKey = q.value(1).toString();
        e.fileName = q.value(2).toString();
        e.row = q.value(3).toLongLong();
        e.date = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        e.userKey = q.value(5).toString();
        e.userName = q.value(6).toString();
        e.clientName = q.value(7).toString();
        e.matterKey = q.value(8).toString();
        e.matterLabel = q.value(9).toString();
        e.seconds = q.value(10).toLongLong();
        e.rateCents = q.value(11).isNull() ? -1 : q.value(11).toLongLong();
        e.description = q.value(12).toString();
        e.billable = q.value(13).toInt() != 0;
        e.state = q.value(14).toString();
        e.targetId = q.value(15).toString();
        e.lastError = q.value(16).toString();
        list.append(e);
    }
    return list;
}

QList<InterimIssue> issues(const QSqlDatabase &db, QString *error)
{
    QList<InterimIssue> list;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT f.name, i.row, i.col, i.severity, i.message FROM interim_issue i "
                             "JOIN interim_file f ON f.id = i.file_id ORDER BY i.file_id, i.row, i.col, i.id"));
    if (!exec(q, error))
        return {};
    while (q.next())
        list.append({ q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toInt(),
                      q.value(3).toString() == QLatin1String("error"), q.value(4).toString() });
    return list;
}

bool remove(QSqlDatabase db, qint64 entryId, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT e.entry_key, e.source_row, f.name, "
        "(SELECT count(*) FROM id_map m WHERE m.entity = 'interim_entry' AND m.source_key = e.entry_key "
        " AND m.state IN ('sending', 'created')) FROM interim_entry e JOIN interim_file f ON f.id = e.file_id "
        "WHERE e.id = ?"));
    q.addBindValue(entryId);
    if (!exec(q, error))
        return false;
    if (!q.next()) {
        if (error)
            *error = Tr::tr("There is no interim entry %1.").arg(entryId);
        return false;
    }
    const QString key = q.value(0).toString();
    if (q.value(3).toLongLong() > 0) {
        if (error)
            *error = Tr::tr("The entry from %1, row %2 was already sent to the new system; it cannot be removed here.")
                         .arg(q.value(2).toString())
                         .arg(q.value(1).toLongLong());
        return false;
    }
    q.finish();
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    // Pending or failed attempts go with it.
    q.prepare(QStringLiteral("DELETE FROM id_map WHERE entity = 'interim_entry' AND source_key = ?"));
    q.addBindValue(key);
    bool ok = exec(q, error);
    if (ok) {
        q.prepare(QStringLiteral("DELETE FROM interim_entry WHERE id = ?"));
        q.addBindValue(entryId);
        ok = exec(q, error);
    }
    if (!ok || !db.commit()) {
        if (ok && error)
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace InterimEntries

} // namespace Cutover
