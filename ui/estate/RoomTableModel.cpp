#include "ui/estate/RoomTableModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace ar::ui {

RoomTableModel::RoomTableModel(RoomService& service, QObject* parent)
    : QAbstractTableModel(parent), m_service(service)
{
}

int RoomTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RoomTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoomTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoomRow& r = m_rows.at(index.row());
    if (role == RoomIdRole)
        return r.room.id;
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == Floor || index.column() == Area || index.column() == Household;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (role == Qt::ToolTipRole && index.column() == Number)
        return r.ref;
    // A tenant whose lease has ended and who has not moved out (issue #20 item 9).
    if (r.leaseOverdue && index.column() == Tenants) {
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        if (role == Qt::ToolTipRole)
            return tr("The tenant's lease has ended");
        if (role == Qt::DisplayRole)
            return r.tenants.join(QStringLiteral("、")) + QStringLiteral(" ⚠ ") + tr("lease ended");
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        // Several units in one list: the unit code tells apart the two 1201s.
        return m_unitIds.size() > 1 ? r.ref.section(QLatin1Char('-'), 1) : r.room.number;
    case Floor:
        return r.room.floor;
    case Area:
        return QLocale().toString(r.room.areaCenti / 100.0, 'f', 2);
    case Use:
        return roomUseLabel(r.room.use);
    case Owners:
        return r.owners.join(QStringLiteral("、"));
    case Tenants:
        return r.tenants.join(QStringLiteral("、"));
    case Household:
        return r.householdSize;
    default:
        return {};
    }
}

QVariant RoomTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Room");
    case Floor:
        return tr("Floor");
    case Area:
        return tr("Area (m²)");
    case Use:
        return tr("Use");
    case Owners:
        return tr("Owners");
    case Tenants:
        return tr("Tenants");
    case Household:
        return tr("People");
    default:
        return {};
    }
}

void RoomTableModel::setUnit(qint64 unitId)
{
    setUnits(unitId ? QList<qint64>{unitId} : QList<qint64>{});
}

void RoomTableModel::setUnits(const QList<qint64>& unitIds)
{
    m_unitIds = unitIds;
    reload();
}

void RoomTableModel::reload()
{
    QList<RoomRow> rows;
    for (qint64 unitId : std::as_const(m_unitIds)) {
        auto fresh = m_service.roomRows(unitId);
        if (!fresh) {
            emit loadFailed(fresh.error().message);
            break;
        }
        rows += fresh.value();
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int RoomTableModel::rowOf(qint64 roomId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).room.id == roomId)
            return i;
    return -1;
}

} // namespace ar::ui
