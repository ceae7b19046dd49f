// The time-tracking templates: what the drop-downs offer (from the final
// snapshot) and the workbooks and CSV files written from it.

#include "InterimTime.h"
#include "TimeTemplateText.h"
#include "XlsxWriterLibrary.h"
#include "closeout/CutoffStore.h"
#include "sources/CsvWriter.h"
#include "staging/StagingStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>
#include <vector>

namespace Cutover {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::TimeTemplates)
};

// Rows offered for entries (the validations and, per user, the prefilled user
// cells reach this far); a spreadsheet program extends nothing by itself.
constexpr int kDataRows = 2000;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Excel refuses []:*?/\ in a sheet name and more than 31 characters.
QString sheetName(QString name)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar &c : name) {
        if (forbidden.contains(c))
            c = u'-';
    }
    return name.left(31).trimmed();
}

// A user's name as a file name part: no path separators or characters
// Windows refuses.
QString fileNamePart(QString name)
{
    static const QString forbidden = QStringLiteral("<>:\"/\\|?*");
    for (QChar &c : name) {
        if (forbidden.contains(c) || c.unicode() < 32)
            c = u'_';
    }
    return name.trimmed();
}

QString userName(const QSqlQuery &q)
{
    QString name = q.value(1).toString().trimmed();
    if (name.isEmpty())
        name = (q.value(2).toString().trimmed() + u' ' + q.value(3).toString().trimmed()).trimmed();
    return name;
}

QString matterLabel(const QString &key, const QString &description)
{
    return description.isEmpty() ? key : key + QStringLiteral(" · ") + description;
}

// "A1"-style absolute reference of a column range on the Lists sheet.
QString listRange(const QString &sheet, int column, int count)
{
    const QChar letter = QChar(u'A' + column);
    return QStringLiteral("='%1'!$%2$2:$%2$%3")
        .arg(QString(sheet).replace(u'\'', QStringLiteral("''")), letter)
        .arg(std::max(2, count + 1));
}

// Keeps the UTF-8 bytes alive while libxlsxwriter holds the pointer (it copies
// what it keeps, but the call must see valid memory).
class Utf8Pool
{
public:
    const char *operator()(const QString &text)
    {
        m_strings.push_back(std::make_unique<QByteArray>(text.toUtf8()));
        return m_strings.back()->constData();
    }
    char *mutableCopy(const QString &text) { return const_cast<char *>((*this)(text)); }

private:
    std::vector<std::unique_ptr<QByteArray>> m_strings;
};

lxw_datetime toLxw(const QDate &date)
{
    lxw_datetime d {};
    d.year = date.year();
    d.month = date.month();
    d.day = date.day();
    return d;
}

// Writes one workbook; `forUser` (an index into lists.users) prefills the
// user column and locks it.
bool writeWorkbook(const QString &path, const TemplateLists &lists, const QString &firmName, int forUser,
                   QString *error)
{
    namespace xw = XlsxWriter;
    using namespace TimeTemplateText;
    if (!xw::load(error))
        return false;

    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    Utf8Pool utf8;
    lxw_workbook *wb = xw::workbook_new(QFile::encodeName(partial).constData());
    if (!wb)
        return fail(error, Tr::tr("Cannot create %1.").arg(QDir::toNativeSeparators(path)));
    lxw_error status = LXW_NO_ERROR;
    const auto check = [&status](lxw_error e) {
        if (status == LXW_NO_ERROR)
            status = e;
    };

    const QStringList header = TimeTemplates::columns();
    const QStringList users = userLabels(lists.users);
    QStringList matters;
    for (const TemplateLists::Matter &m : lists.matters)
        matters.append(m.label);

    lxw_format *headerFormat = xw::workbook_add_format(wb);
    xw::format_set_bold(headerFormat);
    xw::format_set_pattern(headerFormat, LXW_PATTERN_SOLID);
    xw::format_set_bg_color(headerFormat, 0xD9E1F2);
    xw::format_set_border(headerFormat, LXW_BORDER_THIN);
    lxw_format *text = xw::workbook_add_format(wb);
    xw::format_set_unlocked(text);
    lxw_format *dateFormat = xw::workbook_add_format(wb);
    xw::format_set_unlocked(dateFormat);
    xw::format_set_num_format(dateFormat, "yyyy-mm-dd");
    lxw_format *numberFormat = xw::workbook_add_format(wb);
    xw::format_set_unlocked(numberFormat);
    xw::format_set_num_format(numberFormat, "0.00");
    // Prefilled user cells: locked (a cell without a format would take its
    // column's unlocked one) and shaded, so they read as filled in for you.
    lxw_format *prefilled = xw::workbook_add_format(wb);
    xw::format_set_pattern(prefilled, LXW_PATTERN_SOLID);
    xw::format_set_bg_color(prefilled, 0xEDEDED);
    lxw_format *wrap = xw::workbook_add_format(wb);
    xw::format_set_text_wrap(wrap);
    lxw_format *title = xw::workbook_add_format(wb);
    xw::format_set_bold(title);

    const QString timeName = timeSheet();
    const QString listsName = sheetName(Tr::tr("Lists"));
    lxw_worksheet *time = xw::workbook_add_worksheet(wb, utf8(timeName));
    lxw_worksheet *instructions = xw::workbook_add_worksheet(wb, utf8(sheetName(Tr::tr("Instructions"))));
    lxw_worksheet *listSheet = xw::workbook_add_worksheet(wb, utf8(listsName));
    if (!time || !instructions || !listSheet) {
        xw::workbook_close(wb);
        QFile::remove(partial);
        return fail(error, Tr::tr("Cannot create the sheets of %1.").arg(QDir::toNativeSeparators(path)));
    }

    // The Lists sheet: what the drop-downs offer (a range, as inline lists are
    // limited to 255 characters), hidden.
    const QStringList listTitles { Tr::tr("Users"), Tr::tr("Clients"), Tr::tr("Matters"), Tr::tr("Billable") };
    const QList<QStringList> listValues { users, lists.clients, matters, { yes(), no() } };
    for (int c = 0; c < listValues.size(); ++c) {
        check(xw::worksheet_write_string(listSheet, 0, lxw_col_t(c), utf8(listTitles.at(c)), title));
        for (int r = 0; r < listValues.at(c).size(); ++r)
            check(xw::worksheet_write_string(listSheet, lxw_row_t(r + 1), lxw_col_t(c), utf8(listValues.at(c).at(r)),
                                             nullptr));
        check(xw::worksheet_set_column(listSheet, lxw_col_t(c), lxw_col_t(c), 40, nullptr));
    }
    const QStringList names { QStringLiteral("CutoverUsers"), QStringLiteral("CutoverClients"),
                              QStringLiteral("CutoverMatters"), QStringLiteral("CutoverBillable") };
    for (int c = 0; c < names.size(); ++c)
        check(xw::workbook_define_name(wb, utf8(names.at(c)),
                                       utf8(listRange(listsName, c, int(listValues.at(c).size())))));
    xw::worksheet_hide(listSheet);

    // The Time sheet: a locked header over unlocked data cells.
    const double widths[ColumnCount] = { 12, 24, 30, 44, 8, 10, 60, 10 };
    lxw_format *columnFormats[ColumnCount] = { dateFormat, text, text, text, numberFormat, numberFormat, text, text };
    for (int c = 0; c < ColumnCount; ++c) {
        check(xw::worksheet_set_column(time, lxw_col_t(c), lxw_col_t(c), widths[c], columnFormats[c]));
        check(xw::worksheet_write_string(time, 0, lxw_col_t(c), utf8(header.at(c)), headerFormat));
    }
    xw::worksheet_freeze_panes(time, 1, 0);
    if (forUser >= 0) {
        for (int r = 1; r <= kDataRows; ++r)
            check(xw::worksheet_write_string(time, lxw_row_t(r), User, utf8(users.at(forUser)), prefilled));
    }

    const auto validate = [&](int column, lxw_data_validation v, const QString &inputTitle, const QString &inputMessage,
                              const QString &errorMessage) {
        v.input_title = utf8.mutableCopy(inputTitle.left(32));
        v.input_message = utf8.mutableCopy(inputMessage.left(255));
        v.error_title = utf8.mutableCopy(header.at(column).left(32));
        v.error_message = utf8.mutableCopy(errorMessage.left(255));
        check(xw::worksheet_data_validation_range(time, 1, lxw_col_t(column), kDataRows, lxw_col_t(column), &v));
    };
    const auto listFrom = [&](int column, int list, const QString &message) {
        lxw_data_validation v {};
        v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
        v.value_formula = utf8.mutableCopy(QStringLiteral("=") + names.at(list));
        validate(column, v, header.at(column), message, message);
    };
    {
        lxw_data_validation v {};
        v.validate = LXW_VALIDATION_TYPE_DATE;
        v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
        const QDate first = lists.firstDate.isValid() ? lists.firstDate : QDate(2000, 1, 1);
        const QDate last = first.addYears(1);
        v.minimum_datetime = toLxw(first);
        v.maximum_datetime = toLxw(last);
        validate(Date, v, header.at(Date),
                 Tr::tr("A date from %1 to %2.").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)),
                 Tr::tr("Enter a date from %1 (the cutoff day) to %2.")
                     .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)));
    }
    if (forUser < 0)
        listFrom(User, 0, Tr::tr("Choose a user from the list."));
    listFrom(Client, 1, Tr::tr("Choose the client from the list."));
    listFrom(Matter, 2, Tr::tr("Choose the matter from the list."));
    {
        lxw_data_validation v {};
        v.validate = LXW_VALIDATION_TYPE_DECIMAL;
        v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
        v.minimum_number = 0.1;
        v.maximum_number = 24;
        validate(Hours, v, header.at(Hours), Tr::tr("Hours worked, as a decimal: 1.5 is an hour and a half."),
                 Tr::tr("Enter the hours as a number from 0.1 to 24."));
    }
    {
        lxw_data_validation v {};
        v.validate = LXW_VALIDATION_TYPE_DECIMAL;
        v.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
        v.value_number = 0;
        validate(Rate, v, header.at(Rate), Tr::tr("The hourly rate; leave it empty for the usual rate."),
                 Tr::tr("Enter the rate as a number, 0 or more."));
    }
    listFrom(Billable, 3, Tr::tr("Yes or No; empty means Yes."));

    lxw_protection protection {};
    protection.format_columns = 1;
    protection.format_rows = 1;
    protection.sort = 1;
    xw::worksheet_protect(time, nullptr, &protection);
    xw::worksheet_activate(time);

    // The instructions.
    const QString firm = firmName.isEmpty() ? Tr::tr("the firm") : firmName;
    const QString cutoff = lists.firstDate.isValid() ? lists.firstDate.toString(Qt::ISODate) : Tr::tr("(not set)");
    const QStringList lines {
        Tr::tr("Time tracking for %1 during the move to the new system").arg(firm),
        QString(),
        Tr::tr("Record here the time you work for existing clients from the cutoff day, %1, until the new system "
               "has their matters.")
            .arg(cutoff),
        Tr::tr("Use the sheet “%1”: one row per entry. The header row is locked; do not rename or move its columns.")
            .arg(timeName),
        Tr::tr("Date: the day worked, from %1 on.").arg(cutoff),
        Tr::tr("User: who did the work, chosen from the list."),
        Tr::tr("Client and Matter: chosen from the lists. The matter decides where the time goes; the client is "
               "checked against it."),
        Tr::tr("Hours: a decimal number from 0.1 to 24 (1.25 is an hour and a quarter)."),
        Tr::tr("Rate: the hourly rate; leave it empty for the usual rate."),
        Tr::tr("Description: what was done, as it should appear on the bill."),
        Tr::tr("Billable: Yes or No; empty means Yes."),
        QString(),
        Tr::tr("When you are done, save the file (keep the format) and give it back to whoever runs the migration. "
               "It is loaded back through the Placeholder step of Cutover: every row is checked, and a row with a "
               "problem is listed with its row and column so it can be corrected and the file loaded again. Rows "
               "already loaded are not added twice."),
    };
    check(xw::worksheet_set_column(instructions, 0, 0, 110, wrap));
    for (int r = 0; r < lines.size(); ++r) {
        if (!lines.at(r).isEmpty())
            check(xw::worksheet_write_string(instructions, lxw_row_t(r), 0, utf8(lines.at(r)), r == 0 ? title : wrap));
    }

    const lxw_error closed = xw::workbook_close(wb);
    if (status == LXW_NO_ERROR)
        status = closed;
    if (status != LXW_NO_ERROR) {
        QFile::remove(partial);
        return fail(error,
                    Tr::tr("Cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(path), QString::fromUtf8(xw::lxw_strerror(status))));
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return fail(error, Tr::tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    }
    return true;
}

bool writeCsv(const QString &path, const QString &user, QString *error)
{
    CsvWriter csv(path);
    if (!csv.open(error))
        return false;
    csv.writeRow(TimeTemplates::columns());
    if (!user.isEmpty()) {
        QStringList row(TimeTemplateText::ColumnCount);
        row[TimeTemplateText::User] = user;
        for (int r = 0; r < kDataRows; ++r)
            csv.writeRow(row);
    }
    return csv.commit(error);
}

bool writeMattersCsv(const QString &path, const TemplateLists &lists, QString *error)
{
    CsvWriter csv(path);
    if (!csv.open(error))
        return false;
    const QStringList header = TimeTemplates::columns();
    csv.writeRow({ header.at(TimeTemplateText::Matter), header.at(TimeTemplateText::Client) });
    for (const TemplateLists::Matter &m : lists.matters)
        csv.writeRow({ m.label, m.clientName });
    return csv.commit(error);
}

} // namespace

// ---------------------------------------------------------------------------

namespace TimeTemplateText {

QStringList englishColumns()
{
    return {
        QStringLiteral("Date"),  QStringLiteral("User"), QStringLiteral("Client"),      QStringLiteral("Matter"),
        QStringLiteral("Hours"), QStringLiteral("Rate"), QStringLiteral("Description"), QStringLiteral("Billable")
    };
}

QString yes()
{
    return Tr::tr("Yes");
}

QString no()
{
    return Tr::tr("No");
}

QString englishTimeSheet()
{
    return QStringLiteral("Time");
}

QString timeSheet()
{
    return sheetName(Tr::tr("Time", "the sheet of the time-tracking workbook"));
}

QStringList userLabels(const QList<TemplateLists::User> &users)
{
    QHash<QString, int> byName;
    for (const TemplateLists::User &u : users)
        ++byName[u.name.toCaseFolded()];
    QStringList labels;
    for (const TemplateLists::User &u : users) {
        if (u.name.isEmpty())
            labels.append(u.key);
        else if (byName.value(u.name.toCaseFolded()) > 1)
            labels.append(QStringLiteral("%1 (%2)").arg(u.name, u.email.isEmpty() ? u.key : u.email));
        else
            labels.append(u.name);
    }
    return labels;
}

} // namespace TimeTemplateText

namespace TimeTemplates {

QStringList columns()
{
    return { Tr::tr("Date"),  Tr::tr("User"), Tr::tr("Client"),      Tr::tr("Matter"),
             Tr::tr("Hours"), Tr::tr("Rate"), Tr::tr("Description"), Tr::tr("Billable") };
}

TemplateLists lists(const QSqlDatabase &db, QString *error)
{
    TemplateLists out;
    auto snapshot = StagingStore::latestSnapshot(db, SnapshotKind::Final);
    if (!snapshot)
        snapshot = StagingStore::latestSnapshot(db);
    if (!snapshot) {
        fail(error, Tr::tr("There is no snapshot of the old system yet: load the export files first."));
        return out;
    }
    out.snapshotId = snapshot->id;
    if (const auto cutoff = CutoffStore::load(db))
        out.firstDate = cutoff->localDate;

    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Users: the active ones (no status counts as active), one per key.
    q.prepare(
        QStringLiteral("SELECT source_key, coalesce(name, ''), coalesce(first_name, ''), coalesce(last_name, ''), "
                       "coalesce(email, '') FROM stg_user WHERE snapshot_id = ? AND coalesce(active, 1) = 1 "
                       "GROUP BY source_key ORDER BY min(id)"));
    q.addBindValue(snapshot->id);
    if (!q.exec()) {
        fail(error, q.lastError().text());
        return {};
    }
    while (q.next())
        out.users.append({ q.value(0).toString(), userName(q), q.value(4).toString() });
    std::sort(out.users.begin(), out.users.end(), [](const TemplateLists::User &a, const TemplateLists::User &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });

    // Clients included in the migration, with their matters (open ones first).
    q.prepare(QStringLiteral(
        "SELECT m.source_key, coalesce(m.description, ''), coalesce(m.client_key, ''), "
        "coalesce(nullif(c.name, ''), nullif(m.client_name, ''), m.client_key, ''), coalesce(m.status, 'open') "
        "FROM stg_matter m LEFT JOIN stg_client c ON c.snapshot_id = m.snapshot_id AND c.source_key = m.client_key "
        "WHERE m.snapshot_id = ? AND coalesce(m.client_key, '') NOT IN "
        "(SELECT client_key FROM client_selection WHERE included = 0) "
        "GROUP BY m.source_key ORDER BY min(m.id)"));
    q.addBindValue(snapshot->id);
    if (!q.exec()) {
        fail(error, q.lastError().text());
        return {};
    }
    QSet<QString> clientNames;
    while (q.next()) {
        TemplateLists::Matter m;
        m.key = q.value(0).toString();
        m.description = q.value(1).toString().trimmed();
        m.label = matterLabel(m.key, m.description);
        m.clientKey = q.value(2).toString();
        m.clientName = q.value(3).toString().trimmed();
        m.open = q.value(4).toString() != QLatin1String("closed");
        out.matters.append(m);
        if (!m.clientName.isEmpty())
            clientNames.insert(m.clientName);
    }
    std::stable_sort(out.matters.begin(), out.matters.end(),
                     [](const TemplateLists::Matter &a, const TemplateLists::Matter &b) {
                         if (a.open != b.open)
                             return a.open;
                         return a.key < b.key;
                     });
    // Clients without a matter cannot take time; they are not offered.
    out.clients = QStringList(clientNames.cbegin(), clientNames.cend());
    std::sort(out.clients.begin(), out.clients.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return out;
}

QStringList write(const TemplateLists &lists, const TemplateOptions &options, const QString &firmName, QString *error)
{
    if (lists.users.isEmpty() || lists.matters.isEmpty()) {
        fail(error, Tr::tr("The snapshot has no users or no matters to offer in the templates."));
        return {};
    }
    if (!QDir().mkpath(options.outDir)) {
        fail(error, Tr::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(options.outDir)));
        return {};
    }
    const QDir dir(options.outDir);
    const QString base = Tr::tr("time-tracking", "file name of the templates");
    QStringList written;
    const QStringList labels = TimeTemplateText::userLabels(lists.users);
    const int passes = options.perUser ? int(lists.users.size()) : 1;
    for (int u = 0; u < passes; ++u) {
        const int forUser = options.perUser ? u : -1;
        const QString stem = forUser < 0 ? base : QStringLiteral("%1 - %2").arg(base, fileNamePart(labels.at(u)));
        if (options.xlsx) {
            const QString path = dir.filePath(stem + QStringLiteral(".xlsx"));
            if (!writeWorkbook(path, lists, firmName, forUser, error))
                return {};
            written.append(path);
        }
        if (options.csv) {
            const QString path = dir.filePath(stem + QStringLiteral(".csv"));
            if (!writeCsv(path, forUser < 0 ? QString() : labels.at(u), error))
                return {};
            written.append(path);
        }
    }
    if (options.csv) {
        // CSV has no drop-downs: the matters to copy from.
        const QString path =
            dir.filePath(Tr::tr("%1 - matters", "file name: the matters to copy into the CSV template").arg(base)
                         + QStringLiteral(".csv"));
        if (!writeMattersCsv(path, lists, error))
            return {};
        written.append(path);
    }
    return written;
}

} // namespace TimeTemplates

} // namespace Cutover
