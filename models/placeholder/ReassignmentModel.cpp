#include "ReassignmentModel.h"

#include "domain/LocaleFormat.h"
#include "placeholder/InterimEntryModel.h"
#include "privacy/PrivacyMask.h"
#include "staging/PreviewModel.h"

#include <QLocale>

namespace Cutover {

ReassignmentModel::ReassignmentModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ReassignmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReassignmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ReassignmentModel::isDecidable(const Reassignment &row)
{
    return row.state != QLatin1String("moved") && row.state != QLatin1String("gone")
        && row.state != QLatin1String("sending") && !row.billed;
}

QString ReassignmentModel::decisionText(Reassignment::Decision decision)
{
    switch (decision) {
    case Reassignment::Decision::Accept:
        return tr("Move");
    case Reassignment::Decision::Skip:
        return tr("Skip");
    case Reassignment::Decision::Undecided:
        break;
    }
    return tr("Undecided");
}

QString ReassignmentModel::stateText(const QString &state)
{
    if (state == QLatin1String("listed"))
        return tr("On the placeholder");
    if (state == QLatin1String("sending"))
        return tr("Moving");
    if (state == QLatin1String("moved"))
        return tr("Moved");
    if (state == QLatin1String("refused"))
        return tr("Refused");
    if (state == QLatin1String("failed"))
        return tr("Failed");
    if (state == QLatin1String("gone"))
        return tr("No longer on the placeholder");
    return state;
}

QVariant ReassignmentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Reassignment &r = m_rows.at(index.row());
    switch (role) {
    case ActivityIdRole:
        return r.activityId;
    case ConfidenceRole:
        return r.suggestion.confidence;
    case DecisionRole:
        return int(r.decision);
    case StateKeyRole:
        return r.state;
    case ChosenMatterIdRole:
        return r.chosenMatterId;
    case DecidableRole:
        return isDecidable(r);
    case CandidatesRole: {
        if (index.column() != ChosenColumn)
            return {};
        QVariantList list;
        list.reserve(m_candidates.size());
        for (const MatterCandidate &c : m_candidates)
            list.append(QVariantMap { { QStringLiteral("id"), c.id }, { QStringLiteral("label"), c.label() } });
        return list;
    }
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            return r.date;
        case HoursColumn:
            return r.seconds;
        case ConfidenceColumn:
            return r.suggestion.matterId.isEmpty() ? -1 : r.suggestion.confidence;
        case DecisionColumn:
            return int(r.decision);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::CheckStateRole:
        if (index.column() != DateColumn)
            return {};
        return m_checked.contains(r.activityId) ? Qt::Checked : Qt::Unchecked;
    case Qt::TextAlignmentRole:
        return index.column() == HoursColumn || index.column() == ConfidenceColumn
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NoteColumn:
            return r.note;
        case ReasonColumn:
            return r.suggestion.reason;
        case ErrorColumn:
            return r.lastError;
        case StateColumn:
            return r.billed ? tr("Billed in the new system: it cannot be moved.") : QVariant();
        default:
            return {};
        }
    case Qt::EditRole:
        if (index.column() == ChosenColumn)
            return r.chosenMatterId;
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return LocaleFormat::date(r.date);
        case UserColumn:
            return r.userName.isEmpty() ? r.userId : r.userName;
        case HoursColumn:
            return InterimEntryModel::hoursText(r.seconds);
        case NoteColumn:
            return r.note;
        case SuggestedColumn:
            return r.suggestion.matterId.isEmpty() ? tr("(no suggestion)") : r.suggestedMatterLabel;
        case ConfidenceColumn:
            return r.suggestion.matterId.isEmpty() ? QString()
                                                   : QLocale().toString(r.suggestion.confidence) + QLocale().percent();
        case ReasonColumn:
            return r.suggestion.reason;
        case DecisionColumn:
            return decisionText(r.decision);
        case ChosenColumn:
            return r.chosenMatterLabel;
        case StateColumn:
            return r.billed && r.state == QLatin1String("listed") ? tr("Billed: cannot be moved") : stateText(r.state);
        case ErrorColumn:
            return r.lastError;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ReassignmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == PiiKindRole) {
        switch (section) {
        case SuggestedColumn:
        case ChosenColumn:
            return int(PiiKind::Name);
        case NoteColumn:
        case ReasonColumn:
            return int(PiiKind::Text);
        default:
            return int(PiiKind::None);
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case UserColumn:
        return tr("User");
    case HoursColumn:
        return tr("Hours");
    case NoteColumn:
        return tr("Description");
    case SuggestedColumn:
        return tr("Suggested matter");
    case ConfidenceColumn:
        return tr("Confidence");
    case ReasonColumn:
        return tr("Why");
    case DecisionColumn:
        return tr("Decision");
    case ChosenColumn:
        return tr("Move to");
    case StateColumn:
        return tr("State");
    case ErrorColumn:
        return tr("Last error");
    default:
        return {};
    }
}

Qt::ItemFlags ReassignmentModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || index.row() >= m_rows.size())
        return f;
    if (index.column() == DateColumn)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == ChosenColumn && isDecidable(m_rows.at(index.row())))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ReassignmentModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return false;
    Reassignment &r = m_rows[index.row()];
    if (role == Qt::CheckStateRole && index.column() == DateColumn) {
        const bool checked = value.toInt() == Qt::Checked;
        if (checked == m_checked.contains(r.activityId))
            return true;
        if (checked)
            m_checked.insert(r.activityId);
        else
            m_checked.remove(r.activityId);
        emit dataChanged(index, index, { Qt::CheckStateRole });
        emit checkedChanged();
        return true;
    }
    if (role != Qt::EditRole || index.column() != ChosenColumn || !isDecidable(r))
        return false;
    const QString id = value.toString();
    for (const MatterCandidate &c : m_candidates) {
        if (c.id != id)
            continue;
        if (r.chosenMatterId == id && r.decision == Reassignment::Decision::Accept)
            return true;
        r.chosenMatterId = c.id;
        r.chosenMatterLabel = c.label();
        r.decision = Reassignment::Decision::Accept; // choosing a matter is deciding to move there
        emit dataChanged(this->index(index.row(), DecisionColumn), this->index(index.row(), ChosenColumn));
        emit matterChosen(r.activityId, c.id, r.chosenMatterLabel);
        return true;
    }
    return false; // not a matter of the target
}

void ReassignmentModel::setRows(const QList<Reassignment> &rows)
{
    beginResetModel();
    m_rows = rows;
    QSet<QString> listed;
    for (const Reassignment &r : m_rows)
        listed.insert(r.activityId);
    m_checked.intersect(listed);
    endResetModel();
    emit checkedChanged();
}

void ReassignmentModel::setCandidates(const QList<MatterCandidate> &candidates)
{
    m_candidates = candidates;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ChosenColumn), index(int(m_rows.size()) - 1, ChosenColumn), { CandidatesRole });
}

QStringList ReassignmentModel::checkedIds() const
{
    QStringList ids;
    for (const Reassignment &r : m_rows) {
        if (m_checked.contains(r.activityId))
            ids.append(r.activityId);
    }
    return ids;
}

void ReassignmentModel::setAllChecked(bool checked)
{
    if (checked) {
        for (const Reassignment &r : m_rows)
            m_checked.insert(r.activityId);
    } else {
        m_checked.clear();
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, DateColumn), index(int(m_rows.size()) - 1, DateColumn), { Qt::CheckStateRole });
    emit checkedChanged();
}

QHash<QString, qint64> ReassignmentModel::countsByState() const
{
    QHash<QString, qint64> counts;
    for (const Reassignment &r : m_rows)
        ++counts[r.state];
    return counts;
}

} // namespace Cutover
