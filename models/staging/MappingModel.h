#pragma once

#include "sources/ImportMap.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Cutover {

// The column editor for one file's map: one row per field of the map's entity,
// with the column that feeds it (chosen among the file's headers), how sure the
// suggester is of that column, the date format or duration unit and a default.
// Every edit changes the map and is announced with mapEdited().
class MappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FieldColumn,
        RequiredColumn,
        SourceColumn,
        ConfidenceColumn,
        FormatColumn,
        DefaultColumn,
        ColumnCount
    };

    enum Role {
        ChoicesRole = Qt::UserRole + 1, // QStringList: what the cell may be set to (source, format columns)
        FieldKeyRole, // the field key
        MissingRole, // bool: a required field that nothing feeds
        ConfidenceRole, // double 0..1, or null when the column was not suggested
    };

    explicit MappingModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // SourceColumn: a header name, or noneText() / empty for no column.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // The file's header and its map; without a map the editor is empty.
    void setSource(const QStringList &header, const std::optional<ImportMap> &map);
    void clear();

    bool hasMap() const { return m_map.has_value(); }
    ImportMap map() const { return m_map.value_or(ImportMap {}); }
    QStringList header() const { return m_header; }
    // The row of a field, -1 when the entity has no such field.
    int rowOfField(const QString &fieldKey) const;
    // The text offered for "no column".
    static QString noneText();

signals:
    void mapEdited(const Cutover::ImportMap &map);

private:
    QString fieldKey(int row) const;
    FieldMapping mapping(int row) const;
    void storeMapping(int row, const FieldMapping &mapping);
    QStringList headerForMatching() const;

    QStringList m_header;
    std::optional<ImportMap> m_map;
    // Field key -> the suggester's column and confidence for it.
    QHash<QString, QPair<QString, double>> m_suggested;
};

} // namespace Cutover
