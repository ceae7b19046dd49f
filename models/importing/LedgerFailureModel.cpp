#include "LedgerFailureModel.h"

#include "ImportProgressModel.h"
#include "domain/LocaleFormat.h"
#include "privacy/PrivacyMask.h"

#include <QLocale>

namespace Cutover {

LedgerFailureModel::LedgerFailureModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int LedgerFailureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_failures.size());
}

int LedgerFailureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerFailureModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_failures.size())
        return {};
    const LedgerFailure &f = m_failures.at(index.row());
    switch (role) {
    case SourceKeyRole:
        return f.sourceKey;
    case EntityKeyRole:
        return f.entity;
    case Qt::ToolTipRole:
        return index.column() == ErrorColumn ? f.error : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == AttemptsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case RecordColumn:
            return f.label.isEmpty() ? f.sourceKey : f.label;
        case EntityColumn:
            return ImportProgressModel::entityTitle(f.entity);
        case AttemptsColumn:
            return LocaleFormat::number(f.attempts);
        case ErrorColumn:
            return f.error;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant LedgerFailureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == PiiKindRole) {
        return int(section == RecordColumn ? PiiKind::Name : PiiKind::None);
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecordColumn:
        return tr("Record");
    case EntityColumn:
        return tr("Kind");
    case AttemptsColumn:
        return tr("Attempts");
    case ErrorColumn:
        return tr("Why it failed");
    default:
        return {};
    }
}

void LedgerFailureModel::setFailures(const QList<LedgerFailure> &failures)
{
    beginResetModel();
    m_failures = failures;
    endResetModel();
}

} // namespace Cutover
