#include "ImportProgressModel.h"

#include "domain/LocaleFormat.h"

#include <QLocale>

namespace Cutover {

namespace {

qint64 handled(const EntityLedgerCounts &c)
{
    return c.created + c.failed + c.skipped;
}

QString formatSeconds(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return ImportProgressModel::tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return ImportProgressModel::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return ImportProgressModel::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds / 60) % 60);
}

} // namespace

ImportProgressModel::ImportProgressModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString ImportProgressModel::entityTitle(const QString &entityKey)
{
    for (const RecordKind kind :
         { RecordKind::User, RecordKind::Contact, RecordKind::Matter, RecordKind::TimeEntry, RecordKind::Expense,
           RecordKind::BalanceForward, RecordKind::Note, RecordKind::Folder, RecordKind::Document }) {
        if (RecordKinds::key(kind) == entityKey)
            return RecordKinds::title(kind);
    }
    return entityKey;
}

int ImportProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_counts.size());
}

int ImportProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

double ImportProgressModel::rate(const QString &entity) const
{
    const auto it = m_samples.constFind(entity);
    if (it == m_samples.constEnd() || it->firstDone < 0 || it->lastMs <= it->firstMs)
        return 0;
    return double(it->lastDone - it->firstDone) * 1000.0 / double(it->lastMs - it->firstMs);
}

qint64 ImportProgressModel::etaSeconds(const QString &entity) const
{
    for (const EntityLedgerCounts &c : m_counts) {
        if (c.entity != entity)
            continue;
        const qint64 left = c.total - handled(c);
        if (left <= 0)
            return 0;
        const double r = rate(entity);
        return r > 0 ? qint64(double(left) / r + 0.5) : -1;
    }
    return -1;
}

QVariant ImportProgressModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_counts.size())
        return {};
    const EntityLedgerCounts &c = m_counts.at(index.row());
    if (role == EntityKeyRole)
        return c.entity;
    if (role == Qt::TextAlignmentRole)
        return index.column() == EntityColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != ValueRole)
        return {};
    const QLocale locale;
    const auto number = [&](qint64 v) -> QVariant {
        return role == ValueRole ? QVariant(v) : QVariant(LocaleFormat::number(v, locale));
    };
    switch (index.column()) {
    case EntityColumn:
        return role == ValueRole ? QVariant(c.entity) : QVariant(entityTitle(c.entity));
    case TotalColumn:
        return number(c.total);
    case CreatedColumn:
        return number(c.created);
    case FailedColumn:
        return number(c.failed);
    case SkippedColumn:
        return number(c.skipped);
    case RateColumn: {
        const double r = rate(c.entity);
        if (role == ValueRole)
            return r;
        return r > 0 ? tr("%1/s").arg(locale.toString(r, 'f', 1)) : QString();
    }
    case EtaColumn: {
        const qint64 eta = etaSeconds(c.entity);
        if (role == ValueRole)
            return eta;
        if (handled(c) >= c.total)
            return tr("done");
        return formatSeconds(eta);
    }
    default:
        return {};
    }
}

QVariant ImportProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EntityColumn:
        return tr("Records");
    case TotalColumn:
        return tr("Planned");
    case CreatedColumn:
        return tr("Created");
    case FailedColumn:
        return tr("Failed");
    case SkippedColumn:
        return tr("Skipped");
    case RateColumn:
        return tr("Rate");
    case EtaColumn:
        return tr("Time left");
    default:
        return {};
    }
}

void ImportProgressModel::setCounts(const QList<EntityLedgerCounts> &counts, qint64 elapsedMs)
{
    for (const EntityLedgerCounts &c : counts) {
        Sample &s = m_samples[c.entity];
        const qint64 done = handled(c);
        // The rate starts at the first count that moved, so a wait before an
        // entity's turn does not dilute it.
        if (s.firstDone < 0 || (done == s.firstDone && s.lastDone == s.firstDone)) {
            s.firstDone = done;
            s.firstMs = elapsedMs;
        }
        s.lastDone = done;
        s.lastMs = elapsedMs;
    }
    bool sameRows = counts.size() == m_counts.size();
    for (qsizetype i = 0; sameRows && i < counts.size(); ++i)
        sameRows = counts.at(i).entity == m_counts.at(i).entity;
    if (!sameRows) {
        beginResetModel();
        m_counts = counts;
        endResetModel();
        return;
    }
    m_counts = counts;
    if (!m_counts.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_counts.size()) - 1, ColumnCount - 1));
}

void ImportProgressModel::clear()
{
    beginResetModel();
    m_counts.clear();
    m_samples.clear();
    endResetModel();
}

} // namespace Cutover
