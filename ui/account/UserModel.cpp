#include "ui/account/UserModel.h"

#include <QBrush>
#include <QPalette>

namespace ar::ui {

UserModel::UserModel(AccountService& service, QObject* parent)
    : QAbstractTableModel(parent), m_service(service)
{
}

int UserModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User& u = m_rows.at(index.row());
    if (role == UserIdRole)
        return u.id;
    if (role == Qt::ForegroundRole && !u.active)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role == Qt::ToolTipRole && index.column() == Active && m_olderKeys.contains(u.id))
        return tr("This account's key is still of the form written before keys were given by role: with a "
                  "copy of the archive file, its password opens the full ID numbers and phones. It is "
                  "rewritten when the account signs in, or at once when you reset its password.");
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Login:
        return u.login;
    case Name:
        return u.displayName;
    case Role:
        return roleLabel(u.role);
    case Department:
        return u.department;
    case Active:
        if (u.active && m_olderKeys.contains(u.id))
            return tr("Active — older key: reset the password");
        return u.active ? tr("Active") : tr("Disabled");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Login:
        return tr("Login");
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Department:
        return tr("Department");
    case Active:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

bool UserModel::reload()
{
    auto users = m_service.users();
    auto older = m_service.accountsWithOlderKeys();
    beginResetModel();
    m_rows = users ? users.value() : QList<User>{};
    m_olderKeys = older ? older.value() : QSet<qint64>{};
    endResetModel();
    if (!users)
        emit loadFailed(users.error().message);
    return users.ok();
}

int UserModel::rowOf(qint64 userId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == userId)
            return i;
    return -1;
}

QStringList UserModel::departments() const
{
    QStringList out;
    for (const User& u : m_rows)
        if (!u.department.isEmpty() && !out.contains(u.department))
            out << u.department;
    return out;
}

} // namespace ar::ui
