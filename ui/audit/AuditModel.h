#pragma once

#include "services/AuditService.h"

#include <QAbstractTableModel>

namespace ar::ui {

// The audit trail (R27) as a table, newest first by default. The trail grows without bound,
// so rows are fetched a page at a time as the view scrolls (canFetchMore/fetchMore).
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        User,
        Action,
        Subject,
        Dossier,
        Detail,
        Reason,
        ColumnCount
    };
    enum Roles
    {
        IdRole = Qt::UserRole + 1, // the record's id
        ActionCodeRole,            // "view_person" …
    };

    explicit AuditModel(AuditService& service, QObject* parent = nullptr);

    // Starts over with another filter and its first page (the filter's limit is the page size;
    // its offset is ignored).
    void setFilter(const AuditService::Filter& filter);
    const AuditService::Filter& filter() const { return m_filter; }
    const AuditEntry& entry(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // The detail JSON of a record in words: "fields: Phone, Notes".
    static QString detailText(const QString& detail);

signals:
    void loadFailed(const QString& message);

private:
    AuditService& m_service;
    AuditService::Filter m_filter;
    QList<AuditEntry> m_rows;
    bool m_atEnd = false;
    bool m_fetching = false;
};

} // namespace ar::ui
