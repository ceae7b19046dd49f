#include "PreviewModel.h"

#include "domain/LocaleFormat.h"
#include "privacy/PrivacyMask.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace Cutover {

PreviewModel::PreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QString PreviewModel::formatCents(qint64 cents, const QLocale &locale)
{
    return LocaleFormat::money(cents, locale);
}

QString PreviewModel::formatSeconds(qint64 seconds)
{
    const bool negative = seconds < 0;
    const quint64 s = negative ? quint64(-(seconds + 1)) + 1 : quint64(seconds);
    QString text = QStringLiteral("%1:%2").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0'));
    if (s % 60 != 0)
        text += QStringLiteral(":%1").arg(s % 60, 2, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

QString PreviewModel::displayText(FieldType type, const QVariant &value, const QTimeZone &zone, const QLocale &locale)
{
    if (value.isNull())
        return {};
    switch (type) {
    case FieldType::Money:
        return formatCents(value.toLongLong(), locale);
    case FieldType::Duration:
        return formatSeconds(value.toLongLong());
    case FieldType::Date: {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? LocaleFormat::date(date, locale) : value.toString();
    }
    case FieldType::DateTime: {
        const QDateTime instant = QDateTime::fromString(value.toString(), Qt::ISODate);
        return instant.isValid() ? LocaleFormat::dateTime(instant, zone, locale) : value.toString();
    }
    case FieldType::Bool:
        return value.toLongLong() != 0 ? tr("Yes") : tr("No");
    case FieldType::Integer:
        return LocaleFormat::number(value.toLongLong(), locale);
    case FieldType::Text:
    case FieldType::Choice:
        return value.toString();
    }
    return value.toString();
}

QList<CellProblem> PreviewModel::problemsAt(int row, int column) const
{
    QList<CellProblem> list;
    const Converted &c = m_rows.at(row);
    const FieldSpec &spec = Entities::fields(m_map->entity).at(m_fields.at(column));
    const QStringList feeding = m_map->fields.value(spec.key).columns;
    for (const CellProblem &p : c.problems) {
        if (p.field == spec.key)
            list.append(p);
        else if (p.field.isEmpty() && p.column > 0 && p.column <= m_header.size()
                 && feeding.contains(m_header.at(p.column - 1)))
            list.append(p);
    }
    return list;
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!m_map || !index.isValid() || index.row() >= m_rows.size() || index.column() >= m_fields.size())
        return {};
    const Converted &c = m_rows.at(index.row());
    const int fieldIndex = m_fields.at(index.column());
    const FieldSpec &spec = Entities::fields(m_map->entity).at(fieldIndex);
    const QVariant value = size_t(fieldIndex) < c.values.size() ? c.values.at(size_t(fieldIndex)) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        // A value that could not be read shows as the file has it (marked by the view).
        if (value.isNull() && !problemsAt(index.row(), index.column()).isEmpty())
            return data(index, RawValueRole);
        return displayText(spec.type, value, m_zone, QLocale());
    case ValueRole:
        return value;
    case FieldKeyRole:
        return spec.key;
    case HasProblemRole:
        return !problemsAt(index.row(), index.column()).isEmpty();
    case ProblemSeverityRole: {
        const QList<CellProblem> problems = problemsAt(index.row(), index.column());
        if (problems.isEmpty())
            return {};
        bool error = false;
        for (const CellProblem &p : problems)
            error = error || p.severity == CellProblem::Severity::Error;
        return int(error ? CellProblem::Severity::Error : CellProblem::Severity::Warning);
    }
    case RawValueRole: {
        const QStringList feeding = m_map->fields.value(spec.key).columns;
        const QStringList &record = m_records.at(index.row());
        QStringList raw;
        for (const QString &column : feeding) {
            const qsizetype at = m_header.indexOf(column);
            if (at >= 0 && at < record.size())
                raw << record.at(at);
        }
        return raw.join(QStringLiteral(" | "));
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const CellProblem &p : problemsAt(index.row(), index.column()))
            lines << p.message;
        if (lines.isEmpty())
            return data(index, RawValueRole).toString().isEmpty()
                ? QVariant()
                : QVariant(tr("In the file: %1").arg(data(index, RawValueRole).toString()));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        switch (spec.type) {
        case FieldType::Money:
        case FieldType::Duration:
        case FieldType::Integer:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        const Converted &c = m_rows.at(section);
        switch (role) {
        case Qt::DisplayRole:
            return QString::number(c.row);
        case HasProblemRole:
            return c.rejected;
        case Qt::ToolTipRole: {
            QStringList lines;
            lines << (c.rejected ? tr("Row %1 would be rejected:").arg(c.row) : tr("Row %1 of the file").arg(c.row));
            for (const CellProblem &p : c.problems)
                lines << p.message;
            return lines.join(QLatin1Char('\n'));
        }
        default:
            return {};
        }
    }
    if (!m_map || section < 0 || section >= m_fields.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const FieldSpec &spec = Entities::fields(m_map->entity).at(m_fields.at(section));
    switch (role) {
    case Qt::DisplayRole:
        return Entities::fieldTitle(m_map->entity, spec.key);
    case FieldKeyRole:
        return spec.key;
    case PiiKindRole:
        return int(piiKindOf(m_map->entity, spec));
    case Qt::ToolTipRole:
        return tr("From %1").arg(m_map->fields.value(spec.key).columns.join(QStringLiteral(" + ")));
    default:
        return {};
    }
}

void PreviewModel::setFirmZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    convert();
}

void PreviewModel::setSource(const QStringList &header, qint64 headerRow, const QList<QStringList> &records,
                             const QList<qint64> &rowNumbers, const std::optional<ImportMap> &map)
{
    m_givenHeader = header;
    m_givenHeaderRow = headerRow;
    m_givenRecords = records;
    m_givenRowNumbers = rowNumbers;
    m_map = map;
    convert();
}

void PreviewModel::setMap(const std::optional<ImportMap> &map)
{
    m_map = map;
    convert();
}

void PreviewModel::clear()
{
    setSource({}, 0, {}, {}, std::nullopt);
}

void PreviewModel::convert()
{
    beginResetModel();
    m_rows.clear();
    m_fields.clear();
    m_problems.clear();
    m_header.clear();
    m_records.clear();
    if (m_map) {
        const auto &fields = Entities::fields(m_map->entity);
        for (int i = 0; i < fields.size(); ++i) {
            const FieldMapping m = m_map->fields.value(fields.at(i).key);
            if (!m.columns.isEmpty() || !m.defaultValue.isEmpty())
                m_fields.append(i);
        }
        // A headerless file: its first record is data, named by the map.
        m_header = m_givenHeader;
        m_records = m_givenRecords;
        QList<qint64> rowNumbers = m_givenRowNumbers;
        if (!m_map->options.hasHeader) {
            m_header = m_map->options.columnNames;
            if (!m_givenHeader.isEmpty()) {
                m_records.prepend(m_givenHeader);
                rowNumbers.prepend(m_givenHeaderRow);
            }
        }
        const auto converter = RowConverter::create(*m_map, m_header, m_zone, &m_problems);
        if (converter) {
            for (int i = 0; i < m_records.size(); ++i) {
                Converted c;
                c.row = i < rowNumbers.size() ? rowNumbers.at(i) : i + 1;
                c.rejected = !converter->convert(m_records.at(i), c.values, c.problems);
                m_rows.append(c);
            }
        }
    }
    endResetModel();
}

int PreviewModel::problemCellCount() const
{
    int n = 0;
    for (int r = 0; r < m_rows.size(); ++r) {
        for (int c = 0; c < m_fields.size(); ++c)
            n += problemsAt(r, c).isEmpty() ? 0 : 1;
    }
    return n;
}

int PreviewModel::rejectedRowCount() const
{
    int n = 0;
    for (const Converted &c : m_rows)
        n += c.rejected ? 1 : 0;
    return n;
}

int PreviewModel::columnOfField(const QString &fieldKey) const
{
    if (!m_map)
        return -1;
    for (int i = 0; i < m_fields.size(); ++i) {
        if (Entities::fields(m_map->entity).at(m_fields.at(i)).key == fieldKey)
            return i;
    }
    return -1;
}

} // namespace Cutover
