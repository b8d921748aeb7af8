#pragma once

#include "core/Search.h"

#include <QAbstractTableModel>

namespace ar::ui {

// The hits of one search-box query, one line each: what it is, the room, the name, the
// role, the archive number (or the masked phone whose tail matched).
class SearchResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Kind,
        Room,
        Name,
        Role,
        Reference,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setHits(QList<SearchHit> hits);
    const QList<SearchHit>& hits() const { return m_hits; }
    const SearchHit& hit(int row) const { return m_hits.at(row); }

    static QString kindLabel(HitKind kind);

private:
    QList<SearchHit> m_hits;
};

} // namespace ar::ui
