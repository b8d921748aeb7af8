#pragma once

#include "services/AccountService.h"

#include <QAbstractTableModel>

namespace ar::ui {

// The accounts as the administrator manages them (AccountService::users): login, name, role,
// department and whether the account is active. Disabled accounts stay listed, greyed.
class UserModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Login,
        Name,
        Role,
        Department,
        Active,
        ColumnCount
    };
    enum Roles
    {
        UserIdRole = Qt::UserRole + 1
    };

    explicit UserModel(AccountService& service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reads the accounts again; false (and loadFailed) if the service refused.
    bool reload();
    const User& user(int row) const { return m_rows.at(row); }
    int rowOf(qint64 userId) const;
    // The departments the accounts already name, for suggestions.
    QStringList departments() const;

signals:
    void loadFailed(const QString& message);

private:
    AccountService& m_service;
    QList<User> m_rows;
    QSet<qint64> m_olderKeys; // accounts whose key slot has the form before keys by role
};

} // namespace ar::ui
