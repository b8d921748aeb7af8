#pragma once

#include "services/RegisterService.h"

#include <QAbstractTableModel>

namespace ar::ui {

// The people tied to one room (RegisterService::occupants): owners, co-owners, tenants,
// household members and agents, phones masked as the service returns them (R20).
class OccupantModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Role,
        Name,
        Relation,
        Phone,
        Since,
        Until,
        Lease, // a tenant's lease term and contract; "租期已过" when it has ended
        ColumnCount
    };
    enum Roles
    {
        PersonIdRole = Qt::UserRole + 1,
        OccupancyIdRole
    };

    explicit OccupantModel(RegisterService& service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRoom(qint64 roomId);
    qint64 roomId() const { return m_roomId; }
    // Also list people who have moved out (their `until` is set).
    void setIncludeEnded(bool on);
    void reload();

    const Occupant& occupant(int row) const { return m_rows.at(row); }
    // The row of a person's tie to this room (a current one first), -1 if none.
    int rowOfPerson(qint64 personId) const;

signals:
    void loadFailed(const QString& message);

private:
    RegisterService& m_service;
    qint64 m_roomId = 0;
    bool m_includeEnded = false;
    QList<Occupant> m_rows;
};

} // namespace ar::ui
