#include "MappingModel.h"

#include "sources/MapSuggester.h"

#include <QLocale>

namespace Cutover {

namespace {

const QStringList &durationUnits()
{
    static const QStringList units { QStringLiteral("auto"), QStringLiteral("hours"),   QStringLiteral("hmm"),
                                     QStringLiteral("hms"),  QStringLiteral("minutes"), QStringLiteral("seconds") };
    return units;
}

const QStringList &dateFormats()
{
    static const QStringList formats { QStringLiteral("yyyy-MM-dd"),      QStringLiteral("M/d/yyyy"),
                                       QStringLiteral("d/M/yyyy"),        QStringLiteral("MM/dd/yy"),
                                       QStringLiteral("dd.MM.yyyy"),      QStringLiteral("M/d/yyyy h:mm AP"),
                                       QStringLiteral("yyyy-MM-dd HH:mm") };
    return formats;
}

bool isDate(FieldType type)
{
    return type == FieldType::Date || type == FieldType::DateTime;
}

} // namespace

MappingModel::MappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString MappingModel::noneText()
{
    return tr("(none)");
}

int MappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_map ? 0 : int(Entities::fields(m_map->entity).size());
}

int MappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MappingModel::fieldKey(int row) const
{
    return Entities::fields(m_map->entity).at(row).key;
}

FieldMapping MappingModel::mapping(int row) const
{
    return m_map->fields.value(fieldKey(row));
}

QStringList MappingModel::headerForMatching() const
{
    if (m_map && !m_map->options.hasHeader)
        return m_map->options.columnNames;
    return m_header;
}

int MappingModel::rowOfField(const QString &key) const
{
    if (!m_map)
        return -1;
    const auto &fields = Entities::fields(m_map->entity);
    for (int i = 0; i < fields.size(); ++i) {
        if (fields.at(i).key == key)
            return i;
    }
    return -1;
}

QVariant MappingModel::data(const QModelIndex &index, int role) const
{
    if (!m_map || !index.isValid() || index.row() >= rowCount())
        return {};
    const FieldSpec &spec = Entities::fields(m_map->entity).at(index.row());
    const FieldMapping m = mapping(index.row());
    // A record's own number is derived from the row when no column holds it
    // (see ImportMap::missingRequiredFields); every other required field needs a source.
    const bool derivable = spec.key == QLatin1String("source_key");
    const bool missing = spec.required && !derivable && m.columns.isEmpty() && m.defaultValue.isEmpty();
    switch (role) {
    case FieldKeyRole:
        return spec.key;
    case MissingRole:
        return missing;
    case ConfidenceRole: {
        const auto it = m_suggested.constFind(spec.key);
        if (it == m_suggested.constEnd() || m.columns.size() != 1 || it->first != m.columns.constFirst())
            return {};
        return it->second;
    }
    case ChoicesRole:
        if (index.column() == SourceColumn)
            return QStringList { noneText() } + headerForMatching();
        if (index.column() == FormatColumn && isDate(spec.type))
            return QStringList { QString() } + dateFormats();
        if (index.column() == FormatColumn && spec.type == FieldType::Duration)
            return durationUnits();
        return {};
    default:
        break;
    }

    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case FieldColumn:
            return Entities::fieldTitle(m_map->entity, spec.key);
        case RequiredColumn:
            return role == Qt::EditRole ? QVariant(spec.required) : QVariant(spec.required ? tr("Yes") : QString());
        case SourceColumn:
            if (m.columns.isEmpty())
                return noneText();
            if (role == Qt::EditRole)
                return m.columns.constFirst();
            return m.columns.join(QStringLiteral(" + "));
        case ConfidenceColumn: {
            if (m.columns.isEmpty())
                return QString();
            const QVariant confidence = data(index, ConfidenceRole);
            if (confidence.isNull())
                return tr("chosen");
            return QLocale().toString(qRound(confidence.toDouble() * 100)) + QLocale().percent();
        }
        case FormatColumn:
            if (isDate(spec.type)) {
                if (role == Qt::DisplayRole && m.format.isEmpty())
                    return tr("default (%1)").arg(m_map->options.dateFormat);
                return m.format;
            }
            if (spec.type == FieldType::Duration)
                return m.unit.isEmpty() ? QStringLiteral("auto") : m.unit;
            return QString();
        case DefaultColumn:
            return m.defaultValue;
        default:
            return {};
        }
    }

    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case FieldColumn:
            return tr("%1 (%2)").arg(Entities::typeTitle(spec.type), spec.key);
        case SourceColumn:
            if (missing)
                return tr("Required: choose the column that holds it, or give a default.");
            if (derivable && m.columns.isEmpty())
                return tr("No column: Cutover derives a number from each row's contents.");
            if (m.columns.size() > 1)
                return tr("Joined from %1").arg(m.columns.join(QStringLiteral(", ")));
            return tr("Double-click or press F2 to choose the column.");
        case ConfidenceColumn:
            return tr("How sure Cutover is, from the header names, that this column holds the field.");
        case FormatColumn:
            if (isDate(spec.type))
                return tr("How dates are written in this column, e.g. M/d/yyyy or d/M/yyyy.");
            if (spec.type == FieldType::Duration)
                return tr("hours (1.25), hmm (1:15), hms (1:15:00), minutes, seconds, or auto.");
            return {};
        case DefaultColumn:
            return tr("Used when the cell is empty or the file has no such column.");
        default:
            return {};
        }
    }
    return {};
}

QVariant MappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case RequiredColumn:
        return tr("Required");
    case SourceColumn:
        return tr("Column in the file");
    case ConfidenceColumn:
        return tr("Confidence");
    case FormatColumn:
        return tr("Format or unit");
    case DefaultColumn:
        return tr("Default");
    default:
        return {};
    }
}

Qt::ItemFlags MappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!m_map || !index.isValid())
        return f;
    const FieldSpec &spec = Entities::fields(m_map->entity).at(index.row());
    switch (index.column()) {
    case SourceColumn:
    case DefaultColumn:
        return f | Qt::ItemIsEditable;
    case FormatColumn:
        return isDate(spec.type) || spec.type == FieldType::Duration ? f | Qt::ItemIsEditable : f;
    default:
        return f;
    }
}

bool MappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_map || !index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const FieldSpec &spec = Entities::fields(m_map->entity).at(index.row());
    FieldMapping m = mapping(index.row());
    const QString text = value.toString();
    switch (index.column()) {
    case SourceColumn:
        if (text.isEmpty() || text == noneText()) {
            m.columns.clear();
        } else {
            if (!headerForMatching().contains(text))
                return false;
            m.columns = QStringList { text };
        }
        break;
    case FormatColumn:
        if (spec.type == FieldType::Duration) {
            const QString unit = text.trimmed().toLower();
            if (!unit.isEmpty() && !durationUnits().contains(unit))
                return false;
            m.unit = unit == QLatin1String("auto") ? QString() : unit;
        } else {
            m.format = text.trimmed();
        }
        break;
    case DefaultColumn:
        m.defaultValue = text;
        break;
    default:
        return false;
    }
    if (m == mapping(index.row()))
        return true;
    storeMapping(index.row(), m);
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit mapEdited(*m_map);
    return true;
}

void MappingModel::storeMapping(int row, const FieldMapping &m)
{
    if (m == FieldMapping {})
        m_map->fields.remove(fieldKey(row));
    else
        m_map->fields.insert(fieldKey(row), m);
}

void MappingModel::setSource(const QStringList &header, const std::optional<ImportMap> &map)
{
    beginResetModel();
    m_header = header;
    m_map = map;
    m_suggested.clear();
    if (m_map) {
        const MapSuggestion suggestion = MapSuggester::suggest(m_map->entity, headerForMatching());
        for (const ColumnSuggestion &c : suggestion.columns) {
            if (!c.column.isEmpty())
                m_suggested.insert(c.field, { c.column, c.confidence });
        }
    }
    endResetModel();
}

void MappingModel::clear()
{
    setSource({}, std::nullopt);
}

} // namespace Cutover
