#pragma once

#include "services/EstateService.h"

#include <QAbstractItemModel>

#include <memory>
#include <variant>
#include <vector>

namespace ar::ui {

// The estate structure as a tree: estates › (phases ›) buildings › units. Each level is
// loaded from EstateService the first time it is expanded (fetchMore), so fifty estates
// cost fifty rows until the clerk opens one. Rooms are not in the tree: they are the table
// beside it (RoomTableModel).
class EstateTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Kind
    {
        Root,
        Estate,
        Phase,
        Building,
        Unit
    };
    enum Roles
    {
        KindRole = Qt::UserRole + 1,
        IdRole
    };

    explicit EstateTreeModel(EstateService& service, QObject* parent = nullptr);
    ~EstateTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    Kind kind(const QModelIndex& index) const;
    qint64 id(const QModelIndex& index) const;
    // The item behind an index; a default value when the index is of another kind.
    Estate estate(const QModelIndex& index) const;
    Building building(const QModelIndex& index) const;
    Unit unit(const QModelIndex& index) const;
    // The estate / phase an index lies in (itself included), 0 if none.
    qint64 estateIdOf(const QModelIndex& index) const;
    qint64 phaseIdOf(const QModelIndex& index) const;

    // The child of `parent` with this kind and id (loading `parent` if needed); invalid if none.
    QModelIndex childOf(const QModelIndex& parent, Kind kind, qint64 id);
    // The unit holding a room (loads estate, phase, building on the way).
    QModelIndex locateUnit(const RoomPlace& place);

    // Re-reads the children of `parent` from the service, keeping the rows (and so the
    // expansion and selection) of items that are still there.
    void refresh(const QModelIndex& parent = {});

signals:
    void loadFailed(const QString& message);

private:
    struct Node;
    using Item = std::variant<std::monostate, Estate, Phase, Building, Unit>;
    Node* node(const QModelIndex& index) const;
    QModelIndex indexOf(Node* n) const;
    bool load(Node* n, std::vector<Item>& out);
    void sync(Node* n, std::vector<Item> fresh);
    Node* findChild(Node* parent, Kind kind, qint64 id);
    void ensureLoaded(Node* n);

    EstateService& m_service;
    std::unique_ptr<Node> m_root;
};

} // namespace ar::ui
