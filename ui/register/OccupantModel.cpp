#include "ui/register/OccupantModel.h"

#include <QBrush>
#include <QColor>
#include <QPalette>

#include <algorithm>
#include <tuple>

namespace ar::ui {

namespace {
QString isoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
} // namespace

OccupantModel::OccupantModel(RegisterService& service, QObject* parent)
    : QAbstractTableModel(parent), m_service(service)
{
}

int OccupantModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OccupantModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OccupantModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Occupant& o = m_rows.at(index.row());
    if (role == PersonIdRole)
        return o.occupancy.personId;
    if (role == OccupancyIdRole)
        return o.occupancy.id;
    // People who moved out stay readable but step back visually.
    if (role == Qt::ForegroundRole && !o.occupancy.current())
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ForegroundRole && o.leaseOverdue && index.column() == Lease)
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Role:
        return roleLabel(o.occupancy.role);
    case Name:
        return o.name;
    case Relation:
        return o.occupancy.relation;
    case Phone:
        return o.phone;
    case Since:
        return isoDate(o.occupancy.since);
    case Until:
        return isoDate(o.occupancy.until);
    case Lease:
        return o.leaseOverdue
                   ? QStringLiteral("⚠ ") + tr("lease ended") + QStringLiteral(" · ") + leaseText(o.occupancy)
                   : leaseText(o.occupancy);
    default:
        return {};
    }
}

QVariant OccupantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Role:
        return tr("Role");
    case Name:
        return tr("Name");
    case Relation:
        return tr("Relation");
    case Phone:
        return tr("Phone");
    case Since:
        return tr("Since");
    case Until:
        return tr("Until");
    case Lease:
        return tr("Lease");
    default:
        return {};
    }
}

void OccupantModel::setRoom(qint64 roomId)
{
    m_roomId = roomId;
    reload();
}

void OccupantModel::setIncludeEnded(bool on)
{
    if (on == m_includeEnded)
        return;
    m_includeEnded = on;
    reload();
}

void OccupantModel::reload()
{
    QList<Occupant> rows;
    if (m_roomId != 0) {
        auto fresh = m_service.occupants(m_roomId, m_includeEnded);
        if (fresh)
            rows = std::move(fresh).value();
        else
            emit loadFailed(fresh.error().message);
    }
    // As on the paper form: current people first, the owner on top, then by date.
    std::stable_sort(rows.begin(), rows.end(), [](const Occupant& a, const Occupant& b) {
        const auto key = [](const Occupant& o) {
            return std::tuple(!o.occupancy.current(), int(o.occupancy.role), o.occupancy.since);
        };
        return key(a) < key(b);
    });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int OccupantModel::rowOfPerson(qint64 personId) const
{
    int found = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).occupancy.personId != personId)
            continue;
        if (m_rows.at(i).occupancy.current())
            return i;
        if (found < 0)
            found = i;
    }
    return found;
}

} // namespace ar::ui
