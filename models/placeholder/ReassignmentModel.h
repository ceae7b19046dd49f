#pragma once

#include "placeholder/Placeholder.h"

#include <QAbstractTableModel>
#include <QSet>

namespace Cutover {

// The entries found on the placeholder matter and where each should go: date,
// user, hours, note, the suggested matter with its confidence and reason, the
// user's decision, the chosen matter (editable: EditRole takes a matter id from
// candidates()), how its move went and the last error. Rows carry a check box
// (first column) for bulk actions. Holds what it is given; reads nothing: a
// change of matter is announced with matterChosen() for the page to store.
class ReassignmentModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        UserColumn,
        HoursColumn,
        NoteColumn,
        SuggestedColumn,
        ConfidenceColumn,
        ReasonColumn,
        DecisionColumn,
        ChosenColumn,
        StateColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role {
        ActivityIdRole = Qt::UserRole + 1,
        ConfidenceRole, // int 0..100
        DecisionRole, // int(Reassignment::Decision)
        StateKeyRole, // listed, sending, moved, refused, failed, gone
        ChosenMatterIdRole,
        CandidatesRole, // QVariantList of {id, label} maps (the editor's list), on the chosen column
        SortRole, // dates, seconds and confidence as numbers; text otherwise
        DecidableRole, // bool: not moved yet and still on the placeholder
    };

    explicit ReassignmentModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Keeps the check marks of rows still listed.
    void setRows(const QList<Reassignment> &rows);
    const QList<Reassignment> &rows() const { return m_rows; }
    void setCandidates(const QList<MatterCandidate> &candidates);
    const QList<MatterCandidate> &candidates() const { return m_candidates; }

    QStringList checkedIds() const;
    void setAllChecked(bool checked);
    // Per state key.
    QHash<QString, qint64> countsByState() const;

    static QString decisionText(Reassignment::Decision decision);
    static QString stateText(const QString &state);
    static bool isDecidable(const Reassignment &row);

signals:
    // The user chose a matter for a row in the table (not setRows).
    void matterChosen(const QString &activityId, const QString &matterId, const QString &matterLabel);
    void checkedChanged();

private:
    QList<Reassignment> m_rows;
    QList<MatterCandidate> m_candidates;
    QSet<QString> m_checked;
};

} // namespace Cutover
