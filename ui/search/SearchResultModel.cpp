#include "ui/search/SearchResultModel.h"

#include <QApplication>
#include <QStyle>

namespace ar::ui {

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SearchResultModel::kindLabel(HitKind kind)
{
    switch (kind) {
    case HitKind::Room:
        return tr("Room");
    case HitKind::Person:
        return tr("Person");
    case HitKind::Dossier:
        return tr("Dossier");
    }
    return {};
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit& h = m_hits.at(index.row());
    if (role == Qt::DecorationRole && index.column() == Kind) {
        QStyle* style = QApplication::style();
        switch (h.kind) {
        case HitKind::Room:
            return style->standardIcon(QStyle::SP_DirHomeIcon);
        case HitKind::Person:
            return style->standardIcon(QStyle::SP_FileDialogContentsView);
        case HitKind::Dossier:
            return style->standardIcon(QStyle::SP_FileIcon);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Kind:
        return kindLabel(h.kind);
    case Room:
        return h.room;
    case Name:
        return h.name;
    case Role:
        return h.kind == HitKind::Room ? h.category : h.role;
    case Reference: {
        QStringList parts;
        for (const QString& p : {h.archiveNo, h.detail})
            if (!p.isEmpty())
                parts << p;
        return parts.join(QStringLiteral("  "));
    }
    default:
        return {};
    }
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Kind");
    case Room:
        return tr("Room");
    case Name:
        return tr("Name");
    case Role:
        return tr("Role / estate");
    case Reference:
        return tr("Archive no.");
    default:
        return {};
    }
}

void SearchResultModel::setHits(QList<SearchHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

} // namespace ar::ui
