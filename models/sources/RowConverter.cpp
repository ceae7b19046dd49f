#include "RowConverter.h"

#include "ValueParsers.h"

#include <QCoreApplication>

namespace Cutover {

namespace VP = ValueParsers;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::RowConverter)
};

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text);
}

constexpr qint64 kDaySeconds = 24 * 3600;

// Words commonly found in exports for each choice field, per stored choice
// ('|'-separated, compared case-insensitively and then ignoring punctuation).
// The choices' own keys are always accepted too.
struct ChoiceWords
{
    const char *entity;
    const char *field;
    const char *choice;
    const char *words;
};

constexpr ChoiceWords kChoiceWords[] = {
    { "client", "kind", "person", "individual|person|people|human|natural person" },
    { "client", "kind", "company",
      "company|business|organization|organisation|corporation|corp|firm|llc|partnership|nonprofit|non-profit|"
      "government|agency" },
    { "client", "status", "active", "active|enabled|open|current" },
    { "client", "status", "inactive", "inactive|disabled|archived|closed|deleted|former|dormant" },
    { "matter", "status", "open", "open|active|in progress|ongoing" },
    { "matter", "status", "pending", "pending|on hold|hold|pending close|pending matter close" },
    { "matter", "status", "closed", "closed|archived|inactive|completed|complete|done|finished" },
    { "matter", "billing_method", "hourly", "hourly|hourly rate|hours|time and materials|time & materials|t&m" },
    { "matter", "billing_method", "flat", "flat|flat fee|flat rate|fixed|fixed fee|fixed price" },
    { "matter", "billing_method", "contingency", "contingency|contingent|contingency fee|contingent fee" },
    { "invoice", "status", "draft", "draft|unsent|not sent" },
    { "invoice", "status", "open",
      "open|unpaid|sent|outstanding|due|overdue|partial|partially paid|awaiting payment|viewed" },
    { "invoice", "status", "paid", "paid|paid in full|settled" },
    { "invoice", "status", "void", "void|voided|cancelled|canceled|written off|write off|write-off" },
    { "payment", "kind", "payment", "payment|receipt|received" },
    { "payment", "kind", "credit", "credit|credit note|credit memo" },
    { "trust_transaction", "kind", "deposit", "deposit|receipt|transfer in|incoming|trust deposit" },
    { "trust_transaction", "kind", "withdrawal",
      "withdrawal|withdraw|disbursement|payment|transfer out|outgoing|trust payment|refund" },
};

enum class Split : quint8 { None, LastFirst, FirstLast };

struct Slot
{
    int index = 0; // in Entities::fields(entity) and in the values
    const FieldSpec *spec = nullptr;
    FieldType type = FieldType::Text;
    bool required = false; // and not source_key, which staging derives
    std::vector<int> columns; // 0-based, those present in the file
    std::vector<int> fallback;
    int reportColumn = 0; // 1-based
    QString join;
    Split split = Split::None;
    bool firstPart = false;
    QString defaultValue;
    std::vector<std::pair<QString, QString>> lookup; // trimmed source word -> stored word
    bool hasStar = false;
    QString star;
    bool invert = false;
    VP::DateFormat dateFormat;
    VP::DurationUnit unit = VP::DurationUnit::Auto;
    // Choice: accepted words -> stored choice; then the same normalised.
    std::vector<std::pair<QString, QString>> choices;
    std::vector<std::pair<QString, QString>> normalisedChoices;
};

int findColumn(const QStringList &header, const QStringList &normalised, const QString &name)
{
    const QString wanted = name.trimmed();
    if (wanted.endsWith(QLatin1Char('*'))) {
        const QString prefix = Entities::normaliseHeader(wanted.chopped(1));
        for (int i = 0; i < normalised.size(); ++i) {
            if (!prefix.isEmpty() && normalised.at(i).startsWith(prefix))
                return i;
        }
        return -1;
    }
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed() == wanted)
            return i;
    }
    const QString n = Entities::normaliseHeader(wanted);
    if (n.isEmpty())
        return -1;
    return int(normalised.indexOf(n));
}

QString joinedHeader(const QStringList &header)
{
    QStringList q;
    for (const QString &h : header)
        q.append(quoted(h));
    return q.join(QStringLiteral(", "));
}

QString gather(const std::vector<int> &columns, const QString &join, const QStringList &cells)
{
    if (columns.size() == 1) {
        const int c = columns.front();
        return c < cells.size() ? cells.at(c).trimmed() : QString();
    }
    QString out;
    for (const int c : columns) {
        if (c >= cells.size())
            continue;
        const QStringView v = QStringView(cells.at(c)).trimmed();
        if (v.isEmpty())
            continue;
        if (!out.isEmpty())
            out += join;
        out += v;
    }
    return out;
}

// A part of a name, as a view into `value`.
QStringView splitName(QStringView value, Split split, bool firstPart)
{
    if (split == Split::LastFirst) {
        const qsizetype comma = value.indexOf(QLatin1Char(','));
        if (comma < 0)
            return {}; // a business name
        return (firstPart ? value.mid(comma + 1) : value.left(comma)).trimmed();
    }
    const QStringView v = value.trimmed();
    qsizetype space = v.size() - 1;
    while (space >= 0 && !v.at(space).isSpace())
        --space;
    if (space < 0)
        return firstPart ? QStringView() : v;
    return firstPart ? v.left(space).trimmed() : v.mid(space + 1);
}

QString expectedDate(const Slot &slot)
{
    if (slot.dateFormat.order == VP::DateFormat::Order::Auto)
        return Tr::tr("yyyy-MM-dd or M/d/yyyy");
    return slot.dateFormat.spec;
}

QString expectedDuration(VP::DurationUnit unit)
{
    switch (unit) {
    case VP::DurationUnit::Auto:
    case VP::DurationUnit::Hours:
        return Tr::tr("hours such as 1.25 or 1:15");
    case VP::DurationUnit::HoursMinutes:
        return Tr::tr("hours and minutes such as 1:15");
    case VP::DurationUnit::HoursMinutesSeconds:
        return Tr::tr("hours, minutes and seconds such as 1:15:00");
    case VP::DurationUnit::Minutes:
        return Tr::tr("minutes such as 75");
    case VP::DurationUnit::Seconds:
        return Tr::tr("seconds such as 4500");
    }
    return {};
}

} // namespace

struct RowConverter::Private
{
    ImportMap map;
    int fieldCount = 0;
    std::vector<Slot> fieldSlots;
    VP::Separators separators;
    VP::ZoneResolver zone;
    int filterColumn = -1;
    bool filterActive = false;
    QStringList filterValues;
    QString filterName;
    QString moneyExample; // "1,234.56" in the map's separators
    std::vector<int> unfed; // fields no slot feeds: always null

    void add(QList<CellProblem> &problems, const Slot &slot, const char *code, const QString &message,
             const QString &raw, CellProblem::Severity severity = CellProblem::Severity::Error) const
    {
        CellProblem p;
        p.severity = severity;
        p.column = slot.reportColumn;
        p.field = slot.spec->key;
        p.code = QLatin1String(code);
        p.message = message;
        p.raw = raw;
        problems.append(std::move(p));
    }
};

RowConverter::RowConverter()
    : d(std::make_unique<Private>())
{
}

RowConverter::~RowConverter() = default;

Entity RowConverter::entity() const
{
    return d->map.entity;
}

const ImportMap &RowConverter::map() const
{
    return d->map;
}

std::unique_ptr<RowConverter> RowConverter::create(const ImportMap &map, const QStringList &fileHeader,
                                                   const QTimeZone &firmZone, QStringList *problems)
{
    QStringList ignored;
    QStringList &report = problems ? *problems : ignored;
    const QStringList header = map.options.hasHeader ? fileHeader : map.options.columnNames;
    QStringList normalised;
    normalised.reserve(header.size());
    for (const QString &h : header)
        normalised.append(Entities::normaliseHeader(h));

    std::unique_ptr<RowConverter> c(new RowConverter);
    Private &p = *c->d;
    p.map = map;
    p.separators = { map.options.decimalSeparator, map.options.thousandsSeparator };
    p.zone = VP::ZoneResolver(firmZone);
    p.moneyExample = QStringLiteral("1")
        + (p.separators.thousands.isNull() ? QString() : QString(p.separators.thousands)) + QStringLiteral("234")
        + QString(p.separators.decimal) + QStringLiteral("56");
    bool fatal = false;

    const QList<FieldSpec> &specs = Entities::fields(map.entity);
    p.fieldCount = int(specs.size());
    const QString entityKey = Entities::key(map.entity);
    for (auto it = map.fields.begin(); it != map.fields.end(); ++it) {
        if (!Entities::field(map.entity, it.key()))
            report.append(Tr::tr("The map names a field %1 that %2 do not have; it is ignored.")
                              .arg(quoted(it.key()), Entities::title(map.entity)));
    }

    for (int i = 0; i < specs.size(); ++i) {
        const FieldSpec &spec = specs.at(i);
        const QString title = Entities::fieldTitle(map.entity, spec.key);
        const bool required = spec.required && spec.key != QLatin1String("source_key");
        const auto found = map.fields.constFind(spec.key);
        if (found == map.fields.constEnd()) {
            if (required) {
                report.append(Tr::tr("Nothing in the map feeds %1, which is required.").arg(title));
                fatal = true;
            }
            continue;
        }
        const FieldMapping &m = *found;
        Slot slot;
        slot.index = i;
        slot.spec = &spec;
        slot.type = spec.type;
        slot.required = required;
        slot.join = m.join;
        slot.defaultValue = m.defaultValue;
        slot.invert = m.invert;
        for (const QString &name : m.columns) {
            const int at = findColumn(header, normalised, name);
            if (at < 0) {
                report.append(Tr::tr("The column %1 for %2 is not in the file; its columns are: %3.")
                                  .arg(quoted(name), title, joinedHeader(header)));
            } else {
                slot.columns.push_back(at);
            }
        }
        // Fallback columns are alternatives: one missing is worth a word only
        // when the main column is missing too.
        QStringList missingFallbacks;
        for (const QString &name : m.fallbackColumns) {
            const int at = findColumn(header, normalised, name);
            if (at < 0)
                missingFallbacks << name;
            else
                slot.fallback.push_back(at);
        }
        if (slot.columns.empty()) {
            for (const QString &name : std::as_const(missingFallbacks))
                report.append(Tr::tr("The column %1 for %2 is not in the file; its columns are: %3.")
                                  .arg(quoted(name), title, joinedHeader(header)));
        }
        if (!slot.columns.empty())
            slot.reportColumn = slot.columns.front() + 1;
        else if (!slot.fallback.empty())
            slot.reportColumn = slot.fallback.front() + 1;
        if (slot.columns.empty() && slot.fallback.empty() && slot.defaultValue.isEmpty()) {
            if (required) {
                report.append(Tr::tr("No column of the file feeds %1, which is required.").arg(title));
                fatal = true;
            }
            continue;
        }
        if (!m.split.isEmpty()) {
            slot.split = m.split == QLatin1String("last, first") ? Split::LastFirst : Split::FirstLast;
            slot.firstPart = m.part == QLatin1String("first");
        }
        for (auto l = m.lookup.begin(); l != m.lookup.end(); ++l) {
            if (l.key() == QLatin1String("*")) {
                slot.hasStar = true;
                slot.star = l.value();
            } else {
                slot.lookup.emplace_back(l.key().trimmed(), l.value());
            }
        }
        if (spec.type == FieldType::Date || spec.type == FieldType::DateTime) {
            const QString f = m.format.isEmpty() ? map.options.dateFormat : m.format;
            const auto format = VP::DateFormat::fromSpec(f);
            if (!format) {
                report.append(Tr::tr("The date format %1 for %2 is not one Cutover reads.").arg(quoted(f), title));
                fatal = true;
                continue;
            }
            slot.dateFormat = *format;
        }
        if (spec.type == FieldType::Duration) {
            const auto unit = VP::durationUnitFromKey(m.unit);
            if (!unit) {
                report.append(
                    Tr::tr("The duration unit %1 for %2 is not one Cutover reads.").arg(quoted(m.unit), title));
                fatal = true;
                continue;
            }
            slot.unit = *unit;
        }
        if (spec.type == FieldType::Choice) {
            for (const QString &choice : spec.choices)
                slot.choices.emplace_back(choice, choice);
            for (const ChoiceWords &w : kChoiceWords) {
                if (entityKey != QLatin1String(w.entity) || spec.key != QLatin1String(w.field))
                    continue;
                const QString choice = QString::fromLatin1(w.choice);
                if (!spec.choices.contains(choice))
                    continue;
                for (const QString &word : QString::fromLatin1(w.words).split(QLatin1Char('|')))
                    slot.choices.emplace_back(word, choice);
            }
            for (const auto &[word, choice] : slot.choices)
                slot.normalisedChoices.emplace_back(Entities::normaliseHeader(word), choice);
        }
        p.fieldSlots.push_back(std::move(slot));
    }

    for (int i = 0; i < p.fieldCount; ++i) {
        if (std::none_of(p.fieldSlots.begin(), p.fieldSlots.end(), [i](const Slot &slot) { return slot.index == i; }))
            p.unfed.push_back(i);
    }
    if (!map.options.rowFilterColumn.isEmpty()) {
        p.filterActive = true;
        p.filterName = map.options.rowFilterColumn;
        for (const QString &value : map.options.rowFilterValues)
            p.filterValues.append(value.trimmed());
        p.filterColumn = findColumn(header, normalised, map.options.rowFilterColumn);
        if (p.filterColumn < 0 && !p.filterValues.contains(QString()))
            report.append(Tr::tr("The column %1 that picks this map’s rows is not in the file, so no row will be "
                                 "read; its columns are: %2.")
                              .arg(quoted(map.options.rowFilterColumn), joinedHeader(header)));
    }
    if (fatal)
        return nullptr;
    return c;
}

bool RowConverter::wants(const QStringList &cells) const
{
    if (!d->filterActive)
        return true;
    const QStringView v = d->filterColumn >= 0 && d->filterColumn < cells.size()
        ? QStringView(cells.at(d->filterColumn)).trimmed()
        : QStringView();
    for (const QString &wanted : d->filterValues) {
        if (v.compare(wanted, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool RowConverter::convert(const QStringList &cells, std::vector<QVariant> &values, QList<CellProblem> &problems) const
{
    const Private &p = *d;
    // Values are assigned in place (QVariant::setValue() reuses a variant of the same type): rows of one file
    // have the same shape, so this saves building and destroying a variant per cell.
    if (values.size() != size_t(p.fieldCount))
        values.assign(size_t(p.fieldCount), QVariant());
    for (const int i : p.unfed) {
        if (values[size_t(i)].isValid())
            values[size_t(i)] = QVariant();
    }
    if (!wants(cells)) {
        std::fill(values.begin(), values.end(), QVariant());
        CellProblem problem;
        problem.column = p.filterColumn + 1;
        problem.code = QStringLiteral("excluded_row");
        problem.raw = p.filterColumn >= 0 && p.filterColumn < cells.size() ? cells.at(p.filterColumn) : QString();
        problem.message = Tr::tr("This row’s %1 is %2, so it is not read with the map %3.")
                              .arg(quoted(p.filterName), quoted(problem.raw.trimmed()), quoted(p.map.name));
        problems.append(std::move(problem));
        return false;
    }
    bool ok = true;
    for (const Slot &slot : p.fieldSlots) {
        // Views into the cells where possible: most cells are parsed without copying them.
        const QString *cell = nullptr; // the one cell read, when the value is all of it
        QString joined; // several columns joined
        QString fallback; // the fallback columns joined
        QStringView raw; // the text as read, trimmed
        if (slot.columns.size() == 1) {
            const int c = slot.columns.front();
            if (c < cells.size()) {
                cell = &cells.at(c);
                raw = QStringView(*cell).trimmed();
            }
        } else if (!slot.columns.empty()) {
            joined = gather(slot.columns, slot.join, cells);
            raw = joined;
        }
        QStringView v = raw;
        if (v.isEmpty() && !slot.fallback.empty()) {
            fallback = gather(slot.fallback, slot.join, cells);
            v = fallback;
        }
        if (slot.split != Split::None && !v.isEmpty())
            v = splitName(v, slot.split, slot.firstPart);
        if (!v.isEmpty() && (slot.hasStar || !slot.lookup.empty())) {
            bool matched = false;
            for (const auto &[from, to] : slot.lookup) {
                if (v.compare(from, Qt::CaseInsensitive) == 0) {
                    v = to;
                    matched = true;
                    break;
                }
            }
            if (!matched && slot.hasStar)
                v = slot.star;
        }
        if (v.isEmpty())
            v = slot.defaultValue;
        QVariant &out = values[size_t(slot.index)];
        if (v.isEmpty()) {
            out = QVariant();
            if (slot.required) {
                p.add(
                    problems, slot, "required",
                    Tr::tr("%1 is empty, and it is required.").arg(Entities::fieldTitle(p.map.entity, slot.spec->key)),
                    raw.toString());
                ok = false;
            }
            continue;
        }
        // For messages only: the cell as read, or the value used when the cell was empty.
        const auto shown = [&] {
            return quoted((raw.isEmpty() ? v : raw).toString());
        };
        bool stored = true;
        switch (slot.type) {
        case FieldType::Text:
            // Shares the cell's (or the joined) text when the value is all of it.
            if (cell && v.data() == cell->constData() && v.size() == cell->size())
                out.setValue(*cell);
            else if (v.data() == joined.constData() && v.size() == joined.size())
                out.setValue(std::move(joined));
            else
                out.setValue(v.toString());
            break;
        case FieldType::Money: {
            const VP::Result<qint64> r = VP::money(v, p.separators);
            if (r.ok()) {
                out.setValue(r.value);
            } else {
                QString message;
                if (r.status == VP::Status::Precision)
                    message = Tr::tr("%1 has more than two decimals; amounts must be exact to the cent.").arg(shown());
                else if (r.status == VP::Status::Range)
                    message = Tr::tr("%1 is too large an amount.").arg(shown());
                else
                    message = Tr::tr("%1 is not an amount of money such as %2.").arg(shown(), p.moneyExample);
                p.add(problems, slot, "bad_money", message, raw.toString());
                ok = false;
                stored = false;
            }
            break;
        }
        case FieldType::Duration: {
            const VP::Result<qint64> r = VP::duration(v, slot.unit, p.separators.decimal);
            if (!r.ok()) {
                p.add(problems, slot, "bad_duration",
                      Tr::tr("%1 is not a duration in %2.").arg(shown(), expectedDuration(slot.unit)), raw.toString());
                ok = false;
                stored = false;
            } else if (r.value < 0) {
                p.add(problems, slot, "negative_duration",
                      Tr::tr("%1 is a negative duration; durations must be zero or more.").arg(shown()),
                      raw.toString());
                ok = false;
                stored = false;
            } else {
                out.setValue(r.value);
                if (r.value > kDaySeconds)
                    p.add(problems, slot, "absurd_duration",
                          Tr::tr("%1 is more than 24 hours for a single entry.").arg(shown()), raw.toString(),
                          CellProblem::Severity::Warning);
            }
            break;
        }
        case FieldType::Date: {
            const VP::Result<QDate> r = VP::date(v, slot.dateFormat);
            if (r.ok()) {
                out.setValue(VP::isoDate(r.value));
            } else {
                p.add(problems, slot, "bad_date",
                      r.status == VP::Status::Range
                          ? Tr::tr("%1 is not a real date; dates here are in the form %2.")
                                .arg(shown(), expectedDate(slot))
                          : Tr::tr("%1 is not a date in the form %2.").arg(shown(), expectedDate(slot)),
                      raw.toString());
                ok = false;
                stored = false;
            }
            break;
        }
        case FieldType::DateTime: {
            const VP::Result<qint64> r = VP::dateTimeSeconds(v, slot.dateFormat, p.zone);
            if (r.ok()) {
                out.setValue(VP::isoUtc(r.value));
            } else {
                p.add(problems, slot, "bad_date",
                      Tr::tr("%1 is not a date and time in the form %2 with an optional time such as 13:30 or "
                             "1:30 PM.")
                          .arg(shown(), expectedDate(slot)),
                      raw.toString());
                ok = false;
                stored = false;
            }
            break;
        }
        case FieldType::Bool: {
            const std::optional<bool> b = VP::boolean(v);
            if (b) {
                out.setValue(qint64((*b != slot.invert) ? 1 : 0));
            } else {
                p.add(problems, slot, "bad_bool",
                      Tr::tr("%1 is not a yes-or-no value such as Yes, No, True, False, 1 or 0.").arg(shown()),
                      raw.toString());
                ok = false;
                stored = false;
            }
            break;
        }
        case FieldType::Integer: {
            const VP::Result<qint64> r = VP::integer(v, p.separators);
            if (r.ok()) {
                out.setValue(r.value);
            } else {
                p.add(problems, slot, "bad_integer", Tr::tr("%1 is not a whole number.").arg(shown()), raw.toString());
                ok = false;
                stored = false;
            }
            break;
        }
        case FieldType::Choice: {
            const QString *choice = nullptr;
            for (const auto &[word, c] : slot.choices) {
                if (v.compare(word, Qt::CaseInsensitive) == 0) {
                    choice = &c;
                    break;
                }
            }
            if (!choice) {
                const QString n = Entities::normaliseHeader(v.toString());
                for (const auto &[word, c] : slot.normalisedChoices) {
                    if (n == word) {
                        choice = &c;
                        break;
                    }
                }
            }
            if (choice) {
                out.setValue(*choice);
            } else {
                p.add(problems, slot, "bad_choice",
                      Tr::tr("%1 is not one of: %2.").arg(shown(), slot.spec->choices.join(QStringLiteral(", "))),
                      raw.toString());
                ok = false;
                stored = false;
            }
            break;
        }
        }
        if (!stored)
            out = QVariant();
    }
    return ok;
}

} // namespace Cutover
