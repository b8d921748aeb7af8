#include "ui/estate/EstateTreeModel.h"

#include <QApplication>
#include <QStyle>

#include <algorithm>

namespace ar::ui {

// One row of the tree. Kind follows the variant's index: monostate = the invisible root.
struct EstateTreeModel::Node
{
    Item item;
    Node* parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    bool loaded = false;

    Kind kind() const { return static_cast<Kind>(item.index()); }
    qint64 id() const
    {
        return std::visit(
            [](const auto& v) -> qint64 {
                if constexpr (std::is_same_v<std::decay_t<decltype(v)>, std::monostate>)
                    return 0;
                else
                    return v.id;
            },
            item);
    }
    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i)
            if (parent->children[i].get() == this)
                return int(i);
        return 0;
    }
};

namespace {
bool sameItem(const EstateTreeModel::Kind k1, qint64 id1, const EstateTreeModel::Kind k2, qint64 id2)
{
    return k1 == k2 && id1 == id2;
}
} // namespace

EstateTreeModel::EstateTreeModel(EstateService& service, QObject* parent)
    : QAbstractItemModel(parent), m_service(service), m_root(std::make_unique<Node>())
{
}

EstateTreeModel::~EstateTreeModel() = default;

EstateTreeModel::Node* EstateTreeModel::node(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex EstateTreeModel::indexOf(Node* n) const
{
    return (!n || n == m_root.get()) ? QModelIndex() : createIndex(n->row(), 0, n);
}

QModelIndex EstateTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    Node* p = node(parent);
    if (column != 0 || row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, 0, p->children[size_t(row)].get());
}

QModelIndex EstateTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOf(node(child)->parent);
}

int EstateTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(node(parent)->children.size());
}

int EstateTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant EstateTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node* n = node(index);
    if (role == KindRole)
        return int(n->kind());
    if (role == IdRole)
        return n->id();
    if (role == Qt::DisplayRole) {
        if (const auto* e = std::get_if<Estate>(&n->item))
            return QStringLiteral("%1 [%2]").arg(e->name, e->code);
        if (const auto* p = std::get_if<Phase>(&n->item))
            return p->name;
        if (const auto* b = std::get_if<Building>(&n->item))
            return b->name;
        if (const auto* u = std::get_if<Unit>(&n->item))
            return u->name;
    }
    if (role == Qt::ToolTipRole) {
        if (const auto* b = std::get_if<Building>(&n->item))
            return tr("Building code %1").arg(b->code);
        if (const auto* u = std::get_if<Unit>(&n->item))
            return tr("Unit code %1").arg(u->code);
        if (const auto* e = std::get_if<Estate>(&n->item))
            return e->address;
    }
    if (role == Qt::DecorationRole) {
        QStyle* style = QApplication::style();
        switch (n->kind()) {
        case Kind::Estate:
            return style->standardIcon(QStyle::SP_DirHomeIcon);
        case Kind::Unit:
            return style->standardIcon(QStyle::SP_FileDialogDetailedView);
        default:
            return style->standardIcon(QStyle::SP_DirIcon);
        }
    }
    return {};
}

bool EstateTreeModel::hasChildren(const QModelIndex& parent) const
{
    const Node* n = node(parent);
    if (parent.column() > 0 || n->kind() == Kind::Unit)
        return false;
    return !n->loaded || !n->children.empty();
}

bool EstateTreeModel::canFetchMore(const QModelIndex& parent) const
{
    const Node* n = node(parent);
    return parent.column() <= 0 && n->kind() != Kind::Unit && !n->loaded;
}

bool EstateTreeModel::load(Node* n, std::vector<Item>& out)
{
    auto fail = [this](const Error& e) {
        emit loadFailed(e.message);
        return false;
    };
    switch (n->kind()) {
    case Kind::Root: {
        auto list = m_service.estates();
        if (!list)
            return fail(list.error());
        for (const Estate& e : list.value())
            out.emplace_back(e);
        return true;
    }
    case Kind::Estate: {
        const qint64 estateId = n->id();
        auto phases = m_service.phases(estateId);
        if (!phases)
            return fail(phases.error());
        for (const Phase& p : phases.value())
            out.emplace_back(p);
        auto buildings = m_service.buildings(estateId);
        if (!buildings)
            return fail(buildings.error());
        // Buildings of a phase sit under the phase; the rest directly under the estate.
        for (const Building& b : buildings.value())
            if (b.phaseId == 0)
                out.emplace_back(b);
        return true;
    }
    case Kind::Phase: {
        const Phase& phase = std::get<Phase>(n->item);
        auto buildings = m_service.buildings(phase.estateId);
        if (!buildings)
            return fail(buildings.error());
        for (const Building& b : buildings.value())
            if (b.phaseId == phase.id)
                out.emplace_back(b);
        return true;
    }
    case Kind::Building: {
        auto units = m_service.units(n->id());
        if (!units)
            return fail(units.error());
        for (const Unit& u : units.value())
            out.emplace_back(u);
        return true;
    }
    case Kind::Unit:
        return true;
    }
    return true;
}

void EstateTreeModel::fetchMore(const QModelIndex& parent)
{
    Node* n = node(parent);
    if (n->loaded || n->kind() == Kind::Unit)
        return;
    std::vector<Item> items;
    if (!load(n, items))
        return;
    n->loaded = true;
    if (items.empty())
        return;
    beginInsertRows(parent, 0, int(items.size()) - 1);
    for (Item& it : items) {
        auto child = std::make_unique<Node>();
        child->item = std::move(it);
        child->parent = n;
        n->children.push_back(std::move(child));
    }
    endInsertRows();
}

void EstateTreeModel::ensureLoaded(Node* n)
{
    if (!n->loaded)
        fetchMore(indexOf(n));
}

EstateTreeModel::Node* EstateTreeModel::findChild(Node* parent, Kind kind, qint64 id)
{
    ensureLoaded(parent);
    for (auto& c : parent->children)
        if (sameItem(c->kind(), c->id(), kind, id))
            return c.get();
    return nullptr;
}

QModelIndex EstateTreeModel::childOf(const QModelIndex& parent, Kind kind, qint64 id)
{
    return indexOf(findChild(node(parent), kind, id));
}

QModelIndex EstateTreeModel::locateUnit(const RoomPlace& place)
{
    Node* estate = findChild(m_root.get(), Kind::Estate, place.estate.id);
    if (!estate)
        return {};
    Node* above = estate;
    if (place.building.phaseId != 0)
        above = findChild(estate, Kind::Phase, place.building.phaseId);
    Node* building = above ? findChild(above, Kind::Building, place.building.id) : nullptr;
    Node* unit = building ? findChild(building, Kind::Unit, place.unit.id) : nullptr;
    return indexOf(unit);
}

void EstateTreeModel::refresh(const QModelIndex& parent)
{
    Node* n = node(parent);
    if (!n->loaded) {
        fetchMore(parent);
        return;
    }
    std::vector<Item> fresh;
    if (load(n, fresh))
        sync(n, std::move(fresh));
}

// Brings the children of `n` in line with `fresh` by removing, moving and inserting single
// rows, so that nodes still present keep their subtrees (and the view its expansion).
void EstateTreeModel::sync(Node* n, std::vector<Item> fresh)
{
    const QModelIndex parentIndex = indexOf(n);
    auto keyOf = [](const Item& it) {
        Node probe;
        probe.item = it;
        return std::pair{probe.kind(), probe.id()};
    };
    for (int i = int(n->children.size()) - 1; i >= 0; --i) {
        const Node* c = n->children[size_t(i)].get();
        const bool kept = std::any_of(fresh.begin(), fresh.end(), [&](const Item& it) {
            auto [k, id] = keyOf(it);
            return sameItem(k, id, c->kind(), c->id());
        });
        if (!kept) {
            beginRemoveRows(parentIndex, i, i);
            n->children.erase(n->children.begin() + i);
            endRemoveRows();
        }
    }
    for (size_t i = 0; i < fresh.size(); ++i) {
        auto [k, id] = keyOf(fresh[i]);
        size_t j = i;
        while (j < n->children.size() && !sameItem(n->children[j]->kind(), n->children[j]->id(), k, id))
            ++j;
        if (j == n->children.size()) {
            auto child = std::make_unique<Node>();
            child->parent = n;
            child->item = std::move(fresh[i]);
            beginInsertRows(parentIndex, int(i), int(i));
            n->children.insert(n->children.begin() + long(i), std::move(child));
            endInsertRows();
            continue;
        }
        if (j != i) {
            beginMoveRows(parentIndex, int(j), int(j), parentIndex, int(i));
            auto moved = std::move(n->children[j]);
            n->children.erase(n->children.begin() + long(j));
            n->children.insert(n->children.begin() + long(i), std::move(moved));
            endMoveRows();
        }
        n->children[i]->item = std::move(fresh[i]);
        const QModelIndex changed = index(int(i), 0, parentIndex);
        emit dataChanged(changed, changed);
    }
}

EstateTreeModel::Kind EstateTreeModel::kind(const QModelIndex& index) const
{
    return node(index)->kind();
}

qint64 EstateTreeModel::id(const QModelIndex& index) const
{
    return node(index)->id();
}

Estate EstateTreeModel::estate(const QModelIndex& index) const
{
    const auto* e = std::get_if<Estate>(&node(index)->item);
    return e ? *e : Estate{};
}

Building EstateTreeModel::building(const QModelIndex& index) const
{
    const auto* b = std::get_if<Building>(&node(index)->item);
    return b ? *b : Building{};
}

Unit EstateTreeModel::unit(const QModelIndex& index) const
{
    const auto* u = std::get_if<Unit>(&node(index)->item);
    return u ? *u : Unit{};
}

qint64 EstateTreeModel::estateIdOf(const QModelIndex& index) const
{
    for (const Node* n = node(index); n; n = n->parent)
        if (n->kind() == Kind::Estate)
            return n->id();
    return 0;
}

qint64 EstateTreeModel::phaseIdOf(const QModelIndex& index) const
{
    for (const Node* n = node(index); n; n = n->parent) {
        if (n->kind() == Kind::Phase)
            return n->id();
        if (const auto* b = std::get_if<Building>(&n->item))
            return b->phaseId;
    }
    return 0;
}

} // namespace ar::ui
