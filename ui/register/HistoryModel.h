#pragma once

#include "core/Person.h"

#include <QAbstractTableModel>

namespace ar::ui {

// A person's change history (R6) as a table: time, user, field, old value, new value.
// The entries come from RegisterService::history, already masked where the reader may not
// unmask (R20); the model only formats them.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        User,
        Field,
        OldValue,
        NewValue,
        ColumnCount
    };

    explicit HistoryModel(QObject* parent = nullptr);

    void setEntries(const QList<HistoryEntry>& entries);
    const HistoryEntry& entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<HistoryEntry> m_entries;
};

} // namespace ar::ui
