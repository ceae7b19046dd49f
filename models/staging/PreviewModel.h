#pragma once

#include "sources/RowConverter.h"

#include <QAbstractTableModel>
#include <QTimeZone>

#include <vector>

namespace Cutover {

// The first rows of a file as its map turns them into typed values, formatted
// for display (money as 1,234.56, durations as h:mm, dates in the locale's short
// form). A cell whose value has a problem carries HasProblemRole and the
// problem's message as its tooltip; the view decides how to mark it. Converting
// fifty rows is quick, so the preview follows every edit of the map at once.
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        HasProblemRole = Qt::UserRole + 1, // bool
        ProblemSeverityRole, // int(CellProblem::Severity), when there is a problem
        RawValueRole, // the cell text as read
        FieldKeyRole, // the field key (also as headerData)
        ValueRole, // the converted value (qint64 / QString), null for none
    };

    explicit PreviewModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFirmZone(const QTimeZone &zone);
    // The header, the first records after it and their row numbers in the file,
    // and the map to convert them with (none: the preview is empty).
    void setSource(const QStringList &header, qint64 headerRow, const QList<QStringList> &records,
                   const QList<qint64> &rowNumbers, const std::optional<ImportMap> &map);
    // Converts the same records again with an edited map.
    void setMap(const std::optional<ImportMap> &map);
    void clear();

    // Why nothing could be converted (the map does not fit the header).
    QStringList problems() const { return m_problems; }
    int problemCellCount() const;
    int rejectedRowCount() const;
    // The column showing a field, -1 when the field is not shown.
    int columnOfField(const QString &fieldKey) const;

    static QString formatCents(qint64 cents, const QLocale &locale);
    static QString formatSeconds(qint64 seconds);
    // A converted value as the user reads it.
    static QString displayText(FieldType type, const QVariant &value, const QTimeZone &zone, const QLocale &locale);

private:
    struct Converted
    {
        qint64 row = 0;
        bool rejected = false;
        std::vector<QVariant> values;
        QList<CellProblem> problems;
    };

    void convert();
    QList<CellProblem> problemsAt(int row, int column) const;

    QTimeZone m_zone = QTimeZone::utc();
    // As given: the file's first record and the ones after it.
    QStringList m_givenHeader;
    qint64 m_givenHeaderRow = 0;
    QList<QStringList> m_givenRecords;
    QList<qint64> m_givenRowNumbers;
    std::optional<ImportMap> m_map;
    // As converted: for a headerless map the first record is data too.
    QStringList m_header;
    QList<QStringList> m_records;
    // Shown fields: indexes into Entities::fields(entity).
    QList<int> m_fields;
    QList<Converted> m_rows;
    QStringList m_problems;
};

} // namespace Cutover
