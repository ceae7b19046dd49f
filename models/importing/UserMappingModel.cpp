#include "UserMappingModel.h"

#include "domain/LocaleFormat.h"

#include <QLocale>
#include <QVariantMap>

namespace Cutover {

namespace {

bool unmapped(const UserMapping &m)
{
    return m.entries > 0 && m.targetId.isEmpty();
}

} // namespace

UserMappingModel::UserMappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int UserMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_mappings.size());
}

int UserMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserMappingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_mappings.size())
        return {};
    const UserMapping &m = m_mappings.at(index.row());
    switch (role) {
    case SourceKeyRole:
        return m.sourceKey;
    case TargetIdRole:
        return m.targetId;
    case UnmappedRole:
        return unmapped(m);
    case TargetChoicesRole: {
        QVariantList list;
        for (const TargetUser &u : m_targets)
            list.append(QVariantMap { { QStringLiteral("id"), u.id }, { QStringLiteral("name"), u.name } });
        return list;
    }
    case Qt::ToolTipRole:
        if (index.column() == SourceColumn)
            return m.sourceEmail.isEmpty() ? m.sourceKey : m.sourceKey + QStringLiteral(" · ") + m.sourceEmail;
        if (index.column() == TargetColumn && unmapped(m))
            return tr("This user's entries cannot be imported until a user of the new system is chosen.");
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == EntriesColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::EditRole:
        if (index.column() == TargetColumn)
            return m.targetId;
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case SourceColumn:
            return m.sourceName.isEmpty() ? m.sourceKey : m.sourceName;
        case EntriesColumn:
            return LocaleFormat::number(m.entries);
        case TargetColumn:
            if (!m.targetId.isEmpty())
                return m.targetEmail.isEmpty() ? m.targetName : tr("%1 (%2)").arg(m.targetName, m.targetEmail);
            return unmapped(m) ? tr("Missing: choose a user") : QString();
        case HowColumn:
            if (m.how == QLatin1String("email"))
                return tr("Same e-mail");
            if (m.how == QLatin1String("name"))
                return tr("Same name");
            if (m.how == QLatin1String("manual"))
                return tr("Chosen by hand");
            return QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant UserMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SourceColumn:
        return tr("User in the old system");
    case EntriesColumn:
        return tr("Entries");
    case TargetColumn:
        return tr("User in the new system");
    case HowColumn:
        return tr("Matched by");
    default:
        return {};
    }
}

Qt::ItemFlags UserMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TargetColumn && !m_targets.isEmpty())
        f |= Qt::ItemIsEditable;
    return f;
}

bool UserMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != TargetColumn || role != Qt::EditRole || index.row() >= m_mappings.size())
        return false;
    const QString id = value.toString();
    UserMapping &m = m_mappings[index.row()];
    if (id.isEmpty()) {
        m.targetId.clear();
        m.targetName.clear();
        m.targetEmail.clear();
        m.how.clear();
    } else {
        const auto it =
            std::find_if(m_targets.cbegin(), m_targets.cend(), [&](const TargetUser &u) { return u.id == id; });
        if (it == m_targets.cend())
            return false;
        if (m.targetId == id)
            return true;
        m.targetId = it->id;
        m.targetName = it->name;
        m.targetEmail = it->email;
        m.how = QStringLiteral("manual");
    }
    emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    emit mappingEdited();
    return true;
}

void UserMappingModel::setMappings(const QList<UserMapping> &mappings)
{
    beginResetModel();
    m_mappings = mappings;
    endResetModel();
}

void UserMappingModel::setTargetUsers(const QList<TargetUser> &users)
{
    m_targets = users;
    if (!m_mappings.isEmpty())
        emit dataChanged(index(0, TargetColumn), index(int(m_mappings.size()) - 1, TargetColumn));
}

QList<UserMappingModel::TargetUser> UserMappingModel::targetUsersFrom(const QList<IncomingRecord> &records)
{
    QList<TargetUser> users;
    for (const IncomingRecord &r : records) {
        QString name = r.fields.value(QStringLiteral("name")).toString();
        if (name.isEmpty())
            name = QStringList { r.fields.value(QStringLiteral("first_name")).toString(),
                                 r.fields.value(QStringLiteral("last_name")).toString() }
                       .join(QLatin1Char(' '))
                       .trimmed();
        users.append({ r.id, name, r.fields.value(QStringLiteral("email")).toString() });
    }
    return users;
}

QStringList UserMappingModel::unmappedNames() const
{
    QStringList names;
    for (const UserMapping &m : m_mappings) {
        if (unmapped(m))
            names << (m.sourceName.isEmpty() ? m.sourceKey : m.sourceName);
    }
    return names;
}

} // namespace Cutover
