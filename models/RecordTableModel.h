#pragma once

#include "domain/Entity.h"
#include "privacy/PrivacyMask.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QTimeZone>

#include <functional>

namespace Cutover {

// A read-mostly table of records a page shows (close-out figures, checklists,
// approvers, delta rows...): typed columns, each value kept raw (cents,
// seconds, ISO text) and shown the way the export step shows it, in the
// user's locale and the firm's zone. One class for many small lists, so that
// every page formats money, time and dates the same way.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Column
    {
        QString title;
        FieldType type = FieldType::Text;
        QString toolTip;
        // Shown as a check box; a click calls the check handler.
        bool checkable = false;
        // What the column reveals about a client, for the privacy mask; money
        // columns are masked by their type without saying so.
        PiiKind pii = PiiKind::None;
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value (numbers sort as numbers)
        KeyRole, // the row's key
        RawRole, // the raw value of the cell
    };

    explicit RecordTableModel(QObject *parent = nullptr);

    void setColumns(const QList<Column> &columns);
    // Replaces the rows; `keys` (one per row) identify them for the handlers.
    void setRows(const QList<QVariantList> &rows, const QStringList &keys = {});
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    // Called when the user ticks or clears a checkable cell; return false to
    // refuse (the box stays as it was).
    void setCheckHandler(std::function<bool(int row, int column, bool checked)> handler)
    {
        m_onCheck = std::move(handler);
    }
    // Tool tip of a whole row (e.g. where the row came from).
    void setRowToolTips(const QStringList &tips) { m_rowTips = tips; }

    QString key(int row) const { return m_keys.value(row); }
    int rowOf(const QString &key) const { return int(m_keys.indexOf(key)); }
    QVariant value(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Column> m_columns;
    QList<QVariantList> m_rows;
    QStringList m_keys;
    QStringList m_rowTips;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    std::function<bool(int, int, bool)> m_onCheck;
};

} // namespace Cutover
