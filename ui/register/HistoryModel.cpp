#include "ui/register/HistoryModel.h"

#include "services/RegisterService.h"

namespace ar::ui {

HistoryModel::HistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void HistoryModel::setEntries(const QList<HistoryEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry& e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case User:
            return e.user;
        case Field:
            return RegisterService::fieldLabel(e.field);
        case OldValue:
            return e.oldValue;
        case NewValue:
            return e.newValue;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == OldValue || index.column() == NewValue))
        return index.column() == OldValue ? e.oldValue : e.newValue; // long addresses and notes
    if (role == Qt::UserRole)
        return e.field; // the field code, for filters and tests
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case User:
        return tr("Changed by");
    case Field:
        return tr("Field");
    case OldValue:
        return tr("Old value");
    case NewValue:
        return tr("New value");
    default:
        return {};
    }
}

} // namespace ar::ui
