#pragma once

#include "SourceInspector.h"
#include "StagingJob.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

#include <optional>

template<typename T> class QFutureWatcher;

namespace Cutover {

// The files the user added to the export step, one row per file (one per
// non-empty sheet of a workbook): how each is read, what it holds, the map that
// feeds its columns and whether it is ready to load. Files and folders are
// inspected off the GUI thread (SourceInspector); their rows show "Reading…"
// until then. The user can set a row's entity or map; the plan then gives the
// StagingRequest for the load.
class ExportPlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FileColumn, FormatColumn, EntityColumn, MapColumn, StatusColumn, ColumnCount };

    enum class Status {
        Inspecting, // being read
        Recognised, // placed by its headers
        Chosen, // the user chose its entity or map
        Archive, // a zip of CSVs: its files are placed when loading
        NeedsMap, // fits no entity
        Ambiguous, // fits two or more about equally
        Incomplete, // has a map, but a required field has no column
        Unreadable, // the reader refused it (or it is empty)
    };
    Q_ENUM(Status)

    enum Role {
        StatusRole = Qt::UserRole + 1, // int(Status)
        PlacedRole, // bool: ready to load
        PathRole, // the full path
        SheetRole,
        EntityKeyRole, // the entity key, empty when none
        MapChoiceRole, // the chosen map's id (see MapChoice)
    };

    // One entry of the map column's choices. Ids: "suggested" (from the headers),
    // "builtin:<map id>", "saved:<map id>", "custom" (edited or imported).
    struct MapChoice
    {
        QString id;
        QString title;
    };

    explicit ExportPlanModel(QObject *parent = nullptr);
    ~ExportPlanModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // EntityColumn takes an entity key; MapColumn takes a MapChoice id.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    // The firm's zone, for checking that a map fits its file.
    void setFirmZone(const QTimeZone &zone);
    // Maps saved in the project, offered as choices.
    void setSavedMaps(const QList<ImportMap> &maps);

    // Adds files and folders; each is inspected in the background. A file (and
    // sheet) already in the plan is not added twice.
    void addPaths(const QStringList &paths);
    bool isInspecting() const { return !m_watchers.isEmpty(); }
    void clear();

    Status status(int row) const;
    bool isPlaced(int row) const;
    const InspectedSource &source(int row) const;
    std::optional<Entity> entity(int row) const;
    std::optional<ImportMap> map(int row) const;
    QString mapChoice(int row) const;
    // Whether the user chose the row's entity or map (rather than auto placement).
    bool chosenByUser(int row) const;
    QList<MapChoice> mapChoices(int row) const;
    // -1 when absent.
    int findRow(const QString &path, const QString &sheet = {}) const;

    bool setEntity(int row, Entity entity);
    bool setMapChoice(int row, const QString &choiceId);
    // A map edited in the column editor or imported from a file; `choiceId` says
    // where it came from when it is a saved one.
    bool setMap(int row, const ImportMap &map, const QString &choiceId = QStringLiteral("custom"));

    // Rows that cannot be loaded as they are.
    int unplacedCount() const;
    // Empty when the plan can be loaded; otherwise one sentence saying why not.
    QString blockingReason() const;
    StagingRequest request(const QString &projectPath, SnapshotKind kind) const;

signals:
    void inspectingChanged(bool inspecting);
    // Rows were added, removed or (re)placed: the Load button may change.
    void planChanged();

private:
    struct Row
    {
        quint64 ticket = 0; // non-zero while being inspected
        InspectedSource source;
        std::optional<ImportMap> map;
        QString choice; // MapChoice id
        bool byUser = false; // the user chose the entity or the map
        Status status = Status::Inspecting;
        QString detail; // translated: why the status, for the tooltip
    };

    void inspected(quint64 ticket, const QList<InspectedSource> &found);
    void placeAutomatically(Row &row) const;
    void updateStatus(Row &row) const;
    QString statusText(const Row &row) const;
    QString mapTitle(const Row &row) const;
    void rowChanged(int row);
    std::optional<ImportMap> resolveChoice(const Row &row, const QString &choiceId, std::optional<Entity> entity) const;

    QList<Row> m_rows;
    QHash<quint64, QFutureWatcher<QList<InspectedSource>> *> m_watchers;
    quint64 m_nextTicket = 1;
    QTimeZone m_zone = QTimeZone::utc();
    QList<ImportMap> m_savedMaps;
};

} // namespace Cutover
