#include "InterimEntryModel.h"

#include "domain/LocaleFormat.h"
#include "domain/Money.h"
#include "privacy/PrivacyMask.h"
#include "staging/PreviewModel.h"

#include <QLocale>

namespace Cutover {

namespace {

QVariant rightAligned()
{
    return int(Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace

QString InterimEntryModel::hoursText(qint64 seconds)
{
    // In integers: hundredths of an hour, rounded.
    const qint64 hundredths = Money::mulDivRounded(seconds, 100, 3600);
    const QLocale locale;
    return locale.toString(hundredths / 100) + locale.decimalPoint()
        + QStringLiteral("%1").arg(hundredths % 100, 2, 10, QLatin1Char('0'));
}

InterimEntryModel::InterimEntryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int InterimEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int InterimEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool InterimEntryModel::isSent(const InterimEntry &entry)
{
    return !entry.state.isEmpty() && entry.state != QLatin1String("failed");
}

QString InterimEntryModel::stateText(const InterimEntry &e)
{
    if (e.state.isEmpty())
        return tr("Not sent");
    if (e.state == QLatin1String("pending"))
        return tr("Waiting to be sent");
    if (e.state == QLatin1String("sending"))
        return tr("Sending");
    if (e.state == QLatin1String("created"))
        return e.targetId.isEmpty() ? tr("Sent") : tr("Sent (entry %1)").arg(e.targetId);
    if (e.state == QLatin1String("failed"))
        return e.lastError.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(e.lastError);
    return e.state;
}

QVariant InterimEntryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const InterimEntry &e = m_entries.at(index.row());
    switch (role) {
    case EntryIdRole:
        return e.id;
    case StateKeyRole:
        return e.state;
    case SentRole:
        return isSent(e);
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            return e.date;
        case HoursColumn:
            return e.seconds;
        case RateColumn:
            return e.rateCents;
        case BillableColumn:
            return e.billable;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        return index.column() == HoursColumn || index.column() == RateColumn ? rightAligned() : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !e.lastError.isEmpty())
            return e.lastError;
        if (index.column() == DescriptionColumn)
            return e.description;
        return tr("%1, row %2").arg(e.fileName).arg(e.row);
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return LocaleFormat::date(e.date);
        case UserColumn:
            return e.userName.isEmpty() ? e.userKey : e.userName;
        case ClientColumn:
            return e.clientName;
        case MatterColumn:
            return e.matterLabel.isEmpty() ? e.matterKey : e.matterLabel;
        case HoursColumn:
            return hoursText(e.seconds);
        case RateColumn:
            return e.rateCents < 0 ? tr("(the new system's rate)") : PreviewModel::formatCents(e.rateCents, QLocale());
        case DescriptionColumn:
            return e.description;
        case BillableColumn:
            return e.billable ? tr("Yes") : tr("No");
        case StateColumn:
            return stateText(e);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant InterimEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == PiiKindRole) {
        switch (section) {
        case ClientColumn:
        case MatterColumn:
            return int(PiiKind::Name);
        case DescriptionColumn:
            return int(PiiKind::Text);
        case RateColumn:
            return int(PiiKind::Money);
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
    case ClientColumn:
        return tr("Client");
    case MatterColumn:
        return tr("Matter");
    case HoursColumn:
        return tr("Hours");
    case RateColumn:
        return tr("Rate");
    case DescriptionColumn:
        return tr("Description");
    case BillableColumn:
        return tr("Billable");
    case StateColumn:
        return tr("Sent");
    default:
        return {};
    }
}

void InterimEntryModel::setEntries(const QList<InterimEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

QHash<QString, qint64> InterimEntryModel::countsByState() const
{
    QHash<QString, qint64> counts;
    for (const InterimEntry &e : m_entries)
        ++counts[e.state];
    return counts;
}

// ---------------------------------------------------------------------------

InterimIssueModel::InterimIssueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int InterimIssueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int InterimIssueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InterimIssueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_issues.size())
        return {};
    const InterimIssue &i = m_issues.at(index.row());
    switch (role) {
    case ErrorRole:
        return i.error;
    case SortRole:
        switch (index.column()) {
        case RowColumn:
            return i.row;
        case ColumnColumn:
            return i.column;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? i.message : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == RowColumn || index.column() == ColumnColumn ? rightAligned() : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn:
            return i.fileName;
        case RowColumn:
            return i.row > 0 ? LocaleFormat::number(i.row) : QString();
        case ColumnColumn:
            return i.column > 0 ? LocaleFormat::number(i.column) : QString();
        case SeverityColumn:
            return i.error ? tr("Refused") : tr("Warning");
        case MessageColumn:
            return i.message;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant InterimIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case RowColumn:
        return tr("Row");
    case ColumnColumn:
        return tr("Column");
    case SeverityColumn:
        return tr("Severity");
    case MessageColumn:
        return tr("Problem");
    default:
        return {};
    }
}

void InterimIssueModel::setIssues(const QList<InterimIssue> &issues)
{
    beginResetModel();
    m_issues = issues;
    endResetModel();
}

} // namespace Cutover
