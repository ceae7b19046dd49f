#include "ExportPlanModel.h"

#include "sources/RowConverter.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace Cutover {

namespace {

const QString kSuggested = QStringLiteral("suggested");
const QString kCustom = QStringLiteral("custom");
const QString kBuiltInPrefix = QStringLiteral("builtin:");
const QString kSavedPrefix = QStringLiteral("saved:");

// The distinct entities among the candidates, best first.
QList<Entity> candidateEntities(const Placement &placement)
{
    QList<Entity> list;
    for (const PlacementCandidate &c : placement.candidates) {
        if (!list.contains(c.entity))
            list.append(c.entity);
    }
    return list;
}

} // namespace

ExportPlanModel::ExportPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ExportPlanModel::~ExportPlanModel()
{
    // A running inspection finishes on its own; nothing waits for it here.
    for (auto *watcher : std::as_const(m_watchers))
        watcher->disconnect(this);
}

int ExportPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExportPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExportPlanModel::mapTitle(const Row &row) const
{
    if (!row.map)
        return {};
    if (row.choice == kSuggested)
        return tr("Suggested from headers");
    if (row.choice == kCustom)
        return tr("%1 (edited)").arg(row.map->name.isEmpty() ? tr("Map") : row.map->name);
    return row.map->name;
}

QString ExportPlanModel::statusText(const Row &row) const
{
    switch (row.status) {
    case Status::Inspecting:
        return tr("Reading…");
    case Status::Recognised:
        return tr("Recognised");
    case Status::Chosen:
        return tr("Ready");
    case Status::Archive:
        return tr("Archive of %n file(s), placed when loaded", nullptr, int(row.source.archiveEntries.size()));
    case Status::NeedsMap:
        return tr("Needs a map");
    case Status::Ambiguous: {
        const QList<Entity> entities = candidateEntities(row.source.placement);
        if (entities.size() >= 2)
            return tr("Could be %1 or %2").arg(Entities::title(entities.at(0)), Entities::title(entities.at(1)));
        return tr("Needs a map");
    }
    case Status::Incomplete:
        return tr("Map incomplete");
    case Status::Unreadable:
        return tr("Cannot be read: %1").arg(row.source.error);
    }
    return {};
}

QVariant ExportPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const InspectedSource &s = row.source;
    switch (role) {
    case StatusRole:
        return int(row.status);
    case PlacedRole:
        return isPlaced(index.row());
    case PathRole:
        return s.path;
    case SheetRole:
        return s.sheet;
    case EntityKeyRole:
        return row.map ? Entities::key(row.map->entity) : QString();
    case MapChoiceRole:
        return row.choice;
    default:
        break;
    }

    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case FileColumn: {
            const QString name = QFileInfo(s.path).fileName();
            return s.sheet.isEmpty() ? name : tr("%1 › %2").arg(name, s.sheet);
        }
        case FormatColumn: {
            if (s.format == QLatin1String("xlsx"))
                return tr("Excel workbook");
            if (s.format == QLatin1String("zip"))
                return tr("Zip archive");
            if (s.format != QLatin1String("csv"))
                return QString();
            QString delimiter;
            switch (s.delimiter.unicode()) {
            case ',':
                delimiter = tr("comma");
                break;
            case ';':
                delimiter = tr("semicolon");
                break;
            case '\t':
                delimiter = tr("tab");
                break;
            case '|':
                delimiter = tr("pipe");
                break;
            default:
                delimiter = s.delimiter.isNull() ? QString() : QStringLiteral("“%1”").arg(s.delimiter);
            }
            return tr("CSV, %1, %2").arg(s.encoding, delimiter);
        }
        case EntityColumn:
            if (role == Qt::EditRole) {
                if (row.map)
                    return Entities::key(row.map->entity);
                const QList<Entity> entities = candidateEntities(s.placement);
                return entities.isEmpty() ? QString() : Entities::key(entities.constFirst());
            }
            if (row.map)
                return Entities::title(row.map->entity);
            if (s.kind == InspectedSource::Kind::Archive)
                return tr("Placed by headers");
            if (row.status == Status::NeedsMap || row.status == Status::Ambiguous)
                return tr("Choose…");
            return QString();
        case MapColumn:
            if (role == Qt::EditRole)
                return row.choice;
            return mapTitle(row);
        case StatusColumn:
            return statusText(row);
        default:
            return {};
        }
    }

    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case FileColumn:
            return QDir::toNativeSeparators(s.path);
        case FormatColumn:
            return s.warnings.isEmpty() ? QVariant() : QVariant(s.warnings.join(QLatin1Char('\n')));
        case EntityColumn:
        case MapColumn:
            return isPlaced(index.row()) || row.status == Status::Incomplete
                ? tr("Double-click or press F2 to choose another.")
                : QVariant();
        case StatusColumn:
            if (s.kind == InspectedSource::Kind::Archive)
                return s.archiveEntries.join(QLatin1Char('\n'));
            return row.detail.isEmpty() ? statusText(row) : row.detail;
        default:
            return {};
        }
    }
    return {};
}

QVariant ExportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case FormatColumn:
        return tr("Read as");
    case EntityColumn:
        return tr("Holds");
    case MapColumn:
        return tr("Map");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

Qt::ItemFlags ExportPlanModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || index.row() >= m_rows.size())
        return f;
    const Row &row = m_rows.at(index.row());
    const bool table = row.ticket == 0 && row.source.kind == InspectedSource::Kind::Table;
    if (table && (index.column() == EntityColumn || index.column() == MapColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ExportPlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    if (index.column() == EntityColumn) {
        const auto entity = Entities::fromKey(value.toString());
        return entity && setEntity(index.row(), *entity);
    }
    if (index.column() == MapColumn)
        return setMapChoice(index.row(), value.toString());
    return false;
}

bool ExportPlanModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    const bool wasInspecting = isInspecting();
    beginRemoveRows({}, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        const Row removed = m_rows.takeAt(row);
        if (auto *watcher = m_watchers.take(removed.ticket)) {
            watcher->disconnect(this);
            watcher->deleteLater();
        }
    }
    endRemoveRows();
    if (wasInspecting && !isInspecting())
        emit inspectingChanged(false);
    emit planChanged();
    return true;
}

void ExportPlanModel::setFirmZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    for (int i = 0; i < m_rows.size(); ++i) {
        updateStatus(m_rows[i]);
        rowChanged(i);
    }
    emit planChanged();
}

void ExportPlanModel::setSavedMaps(const QList<ImportMap> &maps)
{
    m_savedMaps = maps;
}

void ExportPlanModel::addPaths(const QStringList &paths)
{
    const bool wasInspecting = isInspecting();
    for (const QString &given : paths) {
        if (given.isEmpty())
            continue;
        const QString path = QDir::cleanPath(QDir::fromNativeSeparators(given));
        const quint64 ticket = m_nextTicket++;
        Row row;
        row.ticket = ticket;
        row.source.path = path;
        row.status = Status::Inspecting;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(row);
        endInsertRows();

        auto *watcher = new QFutureWatcher<QList<InspectedSource>>(this);
        m_watchers.insert(ticket, watcher);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ticket] {
            const QList<InspectedSource> found = watcher->result();
            m_watchers.remove(ticket);
            watcher->deleteLater();
            inspected(ticket, found);
        });
        watcher->setFuture(QtConcurrent::run([path] { return SourceInspector::inspect(path); }));
    }
    if (!wasInspecting && isInspecting())
        emit inspectingChanged(true);
    emit planChanged();
}

void ExportPlanModel::inspected(quint64 ticket, const QList<InspectedSource> &found)
{
    int at = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).ticket == ticket) {
            at = i;
            break;
        }
    }
    if (at >= 0) {
        QList<Row> rows;
        for (const InspectedSource &s : found) {
            bool again = findRow(s.path, s.sheet) >= 0; // already in the plan
            for (const Row &r : std::as_const(rows))
                again = again || (r.source.path == s.path && r.source.sheet == s.sheet);
            if (again)
                continue;
            Row row;
            row.source = s;
            placeAutomatically(row);
            updateStatus(row);
            rows.append(row);
        }
        // The first result takes the placeholder's place, so a selection on it
        // stays; the others (sheets, a folder's files) follow it.
        if (rows.isEmpty()) {
            beginRemoveRows({}, at, at);
            m_rows.removeAt(at);
            endRemoveRows();
        } else {
            m_rows[at] = rows.constFirst();
            rowChanged(at);
            if (rows.size() > 1) {
                beginInsertRows({}, at + 1, at + int(rows.size()) - 1);
                for (int i = 1; i < rows.size(); ++i)
                    m_rows.insert(at + i, rows.at(i));
                endInsertRows();
            }
        }
    }
    if (!isInspecting())
        emit inspectingChanged(false);
    emit planChanged();
}

void ExportPlanModel::clear()
{
    beginResetModel();
    for (auto *watcher : std::as_const(m_watchers)) {
        watcher->disconnect(this);
        watcher->deleteLater();
    }
    const bool wasInspecting = isInspecting();
    m_watchers.clear();
    m_rows.clear();
    endResetModel();
    if (wasInspecting)
        emit inspectingChanged(false);
    emit planChanged();
}

void ExportPlanModel::placeAutomatically(Row &row) const
{
    if (row.source.kind != InspectedSource::Kind::Table || !row.source.placement.chosen)
        return;
    const MapSuggestion &chosen = *row.source.placement.chosen;
    row.map = chosen.map;
    row.choice = chosen.builtInId.isEmpty() ? kSuggested : kBuiltInPrefix + chosen.builtInId;
}

void ExportPlanModel::updateStatus(Row &row) const
{
    row.detail.clear();
    if (row.ticket != 0) {
        row.status = Status::Inspecting;
        return;
    }
    switch (row.source.kind) {
    case InspectedSource::Kind::Unreadable:
        row.status = Status::Unreadable;
        row.detail = row.source.error;
        return;
    case InspectedSource::Kind::Archive:
        row.status = Status::Archive;
        return;
    case InspectedSource::Kind::Table:
        break;
    }
    const Placement &placement = row.source.placement;
    if (!row.map) {
        // Two candidates of which the best fits well: the suggester could not choose
        // between them. Otherwise nothing fits well (candidates are only hints).
        const bool fits = !placement.candidates.isEmpty() && placement.candidates.constFirst().score >= 0.6;
        row.status = fits && candidateEntities(placement).size() >= 2 ? Status::Ambiguous : Status::NeedsMap;
        row.detail = placement.reason.isEmpty() ? tr("Cutover cannot tell what this file holds from its headers.")
                                                : placement.reason;
        row.detail += QLatin1Char(' ') + tr("Choose what it holds in the “Holds” column.");
        return;
    }
    const QStringList header = row.map->options.hasHeader ? row.source.header : row.map->options.columnNames;
    QStringList problems;
    const auto converter = RowConverter::create(*row.map, header, m_zone, &problems);
    if (!converter) {
        row.status = Status::Incomplete;
        if (problems.isEmpty()) {
            QStringList titles;
            for (const QString &field : row.map->missingRequiredFields())
                titles << Entities::fieldTitle(row.map->entity, field);
            problems << tr("No column feeds %1.").arg(titles.join(QStringLiteral(", ")));
        }
        row.detail = problems.join(QLatin1Char(' '));
        return;
    }
    row.status = row.byUser ? Status::Chosen : Status::Recognised;
    if (row.byUser)
        row.detail = tr("Loaded as %1 with the map “%2”.").arg(Entities::title(row.map->entity), mapTitle(row));
    else
        row.detail = tr("Recognised from its headers as %1 (%2).").arg(Entities::title(row.map->entity), mapTitle(row));
    if (!problems.isEmpty())
        row.detail += QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
}

void ExportPlanModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

ExportPlanModel::Status ExportPlanModel::status(int row) const
{
    return m_rows.at(row).status;
}

bool ExportPlanModel::isPlaced(int row) const
{
    const Status s = m_rows.at(row).status;
    return s == Status::Recognised || s == Status::Chosen || s == Status::Archive;
}

const InspectedSource &ExportPlanModel::source(int row) const
{
    return m_rows.at(row).source;
}

std::optional<Entity> ExportPlanModel::entity(int row) const
{
    const Row &r = m_rows.at(row);
    return r.map ? std::optional<Entity>(r.map->entity) : std::nullopt;
}

std::optional<ImportMap> ExportPlanModel::map(int row) const
{
    return m_rows.at(row).map;
}

QString ExportPlanModel::mapChoice(int row) const
{
    return m_rows.at(row).choice;
}

int ExportPlanModel::findRow(const QString &path, const QString &sheet) const
{
    const QString clean = QDir::cleanPath(QDir::fromNativeSeparators(path));
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        if (r.ticket == 0 && r.source.path == clean && r.source.sheet == sheet)
            return i;
    }
    return -1;
}

QList<ExportPlanModel::MapChoice> ExportPlanModel::mapChoices(int row) const
{
    const Row &r = m_rows.at(row);
    // Without a map yet, every map is offered. (Not std::optional: GCC 12 warns
    // it may be read uninitialised at -O2.)
    const bool anyEntity = !r.map;
    const Entity entity = r.map ? r.map->entity : Entity::Client;
    QList<MapChoice> list { { kSuggested, tr("Suggested from headers") } };
    for (const ImportMap &m : BuiltInMaps::all()) {
        if (anyEntity || m.entity == entity)
            list.append({ kBuiltInPrefix + m.id, tr("Built-in: %1").arg(m.name) });
    }
    for (const ImportMap &m : m_savedMaps) {
        if (anyEntity || m.entity == entity)
            list.append({ kSavedPrefix + m.id, tr("Saved: %1").arg(m.name) });
    }
    if (r.choice == kCustom)
        list.append({ kCustom, mapTitle(r) });
    return list;
}

std::optional<ImportMap> ExportPlanModel::resolveChoice(const Row &row, const QString &choiceId,
                                                        std::optional<Entity> entity) const
{
    if (choiceId == kSuggested) {
        if (!entity) {
            const QList<Entity> candidates = candidateEntities(row.source.placement);
            if (candidates.isEmpty())
                return std::nullopt;
            entity = candidates.constFirst();
        }
        return MapSuggester::suggest(*entity, row.source.header).map;
    }
    if (choiceId.startsWith(kBuiltInPrefix))
        return BuiltInMaps::find(choiceId.mid(kBuiltInPrefix.size()));
    if (choiceId.startsWith(kSavedPrefix)) {
        const QString id = choiceId.mid(kSavedPrefix.size());
        for (const ImportMap &m : m_savedMaps) {
            if (m.id == id)
                return m;
        }
        return std::nullopt;
    }
    if (choiceId == kCustom && row.choice == kCustom)
        return row.map;
    return std::nullopt;
}

bool ExportPlanModel::setEntity(int row, Entity entity)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    Row &r = m_rows[row];
    if (r.ticket != 0 || r.source.kind != InspectedSource::Kind::Table)
        return false;
    if (r.map && r.map->entity == entity && r.byUser)
        return true;
    if (r.map && r.map->entity == entity && !r.byUser) {
        r.byUser = true; // confirmed as it was recognised
    } else {
        const MapSuggestion suggestion = MapSuggester::suggest(entity, r.source.header);
        r.map = suggestion.map;
        r.map->entity = entity;
        r.choice = suggestion.builtInId.isEmpty() ? kSuggested : kBuiltInPrefix + suggestion.builtInId;
        r.byUser = true;
    }
    updateStatus(r);
    rowChanged(row);
    emit planChanged();
    return true;
}

bool ExportPlanModel::chosenByUser(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).byUser;
}

bool ExportPlanModel::setMapChoice(int row, const QString &choiceId)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    Row &r = m_rows[row];
    if (r.ticket != 0 || r.source.kind != InspectedSource::Kind::Table)
        return false;
    if (choiceId == r.choice && r.map)
        return true;
    const auto map = resolveChoice(r, choiceId, r.map ? std::optional<Entity>(r.map->entity) : std::nullopt);
    if (!map)
        return false;
    return setMap(row, *map, choiceId);
}

bool ExportPlanModel::setMap(int row, const ImportMap &map, const QString &choiceId)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    Row &r = m_rows[row];
    if (r.ticket != 0 || r.source.kind != InspectedSource::Kind::Table)
        return false;
    r.map = map;
    r.choice = choiceId;
    r.byUser = true;
    updateStatus(r);
    rowChanged(row);
    emit planChanged();
    return true;
}

int ExportPlanModel::unplacedCount() const
{
    int n = 0;
    for (int i = 0; i < m_rows.size(); ++i)
        n += isPlaced(i) ? 0 : 1;
    return n;
}

QString ExportPlanModel::blockingReason() const
{
    if (m_rows.isEmpty())
        return tr("Add the export files first.");
    if (isInspecting())
        return tr("Still reading the files you added…");
    int unreadable = 0, unplaced = 0, incomplete = 0;
    for (const Row &r : m_rows) {
        unreadable += r.status == Status::Unreadable;
        unplaced += r.status == Status::NeedsMap || r.status == Status::Ambiguous;
        incomplete += r.status == Status::Incomplete;
    }
    QStringList reasons;
    if (unplaced > 0)
        reasons << tr("%n file(s) need a map: choose what each holds in the “Holds” column.", nullptr, unplaced);
    if (incomplete > 0)
        reasons << tr("%n file(s) have a map that leaves a required field without a column: finish it under "
                      "Columns.",
                      nullptr, incomplete);
    if (unreadable > 0)
        reasons << tr("%n file(s) cannot be read: remove them from the list.", nullptr, unreadable);
    return reasons.join(QLatin1Char(' '));
}

StagingRequest ExportPlanModel::request(const QString &projectPath, SnapshotKind kind) const
{
    StagingRequest request;
    request.projectPath = projectPath;
    request.kind = kind;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!isPlaced(i))
            continue;
        const Row &r = m_rows.at(i);
        StagingSource source;
        source.path = r.source.path;
        if (r.source.kind == InspectedSource::Kind::Table) {
            source.reader.sheet = r.source.sheet;
            source.reader.encoding = r.source.encoding;
            source.reader.delimiter = r.source.delimiter;
            source.map = r.map;
        }
        request.sources.append(source);
    }
    return request;
}

} // namespace Cutover
