#pragma once

#include "importing/ImportEngine.h"

#include <QAbstractTableModel>

namespace Cutover {

// The firm's users and the target users their work goes to: source user,
// entries to import, target user (editable: EditRole takes a target user id
// from targetUsers(), "" to unmap) and how the pair was made.
class UserMappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SourceColumn, EntriesColumn, TargetColumn, HowColumn, ColumnCount };
    enum Role {
        SourceKeyRole = Qt::UserRole + 1,
        TargetIdRole,
        UnmappedRole, // bool: entries to import and no target user
        TargetChoicesRole, // QVariantList of {id, name} maps (the editor's list), on the target column
    };

    struct TargetUser
    {
        QString id;
        QString name;
        QString email;
    };

    explicit UserMappingModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void setMappings(const QList<UserMapping> &mappings);
    const QList<UserMapping> &mappings() const { return m_mappings; }
    void setTargetUsers(const QList<TargetUser> &users);
    const QList<TargetUser> &targetUsers() const { return m_targets; }
    static QList<TargetUser> targetUsersFrom(const QList<IncomingRecord> &records);

    // Users with entries to import and no target user.
    QStringList unmappedNames() const;

signals:
    // The user changed a row by hand (not setMappings).
    void mappingEdited();

private:
    QList<UserMapping> m_mappings;
    QList<TargetUser> m_targets;
};

} // namespace Cutover
