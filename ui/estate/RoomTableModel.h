#pragma once

#include "services/RoomService.h"

#include <QAbstractTableModel>

namespace ar::ui {

// The rooms of a unit (or of all units of a building) with who is tied to them now
// (RoomService::roomRows). A unit has tens to a few hundred rooms, so it is read at once.
class RoomTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Number,
        Floor,
        Area,
        Use,
        Household,
        Owners,
        Tenants,
        ColumnCount
    };
    enum Roles
    {
        RoomIdRole = Qt::UserRole + 1
    };

    explicit RoomTableModel(RoomService& service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Shows the rooms of this unit (0 = none), or of several (a whole building).
    void setUnit(qint64 unitId);
    void setUnits(const QList<qint64>& unitIds);
    const QList<qint64>& unitIds() const { return m_unitIds; }
    // Re-reads the current unit, e.g. after someone was registered.
    void reload();

    const RoomRow& row(int r) const { return m_rows.at(r); }
    // The row of a room, -1 if it is not in this unit.
    int rowOf(qint64 roomId) const;

signals:
    void loadFailed(const QString& message);

private:
    RoomService& m_service;
    QList<qint64> m_unitIds;
    QList<RoomRow> m_rows;
};

} // namespace ar::ui
