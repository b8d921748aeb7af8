#include "ui/estate/EstateActions.h"

#include "services/Archive.h"
#include "ui/common/MessageBox.h"
#include "ui/estate/CodeNameDialog.h"
#include "ui/estate/EstateTreeModel.h"
#include "ui/estate/RoomDialog.h"
#include "ui/estate/RoomGridDialog.h"
#include "ui/estate/RoomTableModel.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>
#include <QTreeView>

namespace ar::ui {

using Kind = EstateTreeModel::Kind;

EstateActions::EstateActions(Archive& archive, EstateTreeModel* tree, QTreeView* treeView,
                             RoomTableModel* rooms, QTableView* roomView, QWidget* dialogParent)
    : QObject(dialogParent), m_archive(archive), m_tree(tree), m_treeView(treeView), m_rooms(rooms),
      m_roomView(roomView), m_parent(dialogParent)
{
    m_addEstate = makeAction(QStringLiteral("actionAddEstate"), tr("Add &estate…"));
    m_addPhase = makeAction(QStringLiteral("actionAddPhase"), tr("Add &phase…"));
    m_addBuilding = makeAction(QStringLiteral("actionAddBuilding"), tr("Add &building…"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_addUnit = makeAction(QStringLiteral("actionAddUnit"), tr("Add &unit…"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_addRooms = makeAction(QStringLiteral("actionAddRooms"), tr("Add rooms by &floor…"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_addRoom = makeAction(QStringLiteral("actionAddRoom"), tr("Add a &room…"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_editItem = makeAction(QStringLiteral("actionEditEstateItem"), tr("Re&name…"), QKeySequence(Qt::Key_F2));
    m_removeItem = makeAction(QStringLiteral("actionRemoveEstateItem"), tr("Re&move"),
                              QKeySequence(QKeySequence::Delete));
    m_editRoom = makeAction(QStringLiteral("actionEditRoom"), tr("Edi&t room…"), QKeySequence(Qt::Key_F2));
    m_removeRoom = makeAction(QStringLiteral("actionRemoveRoom"), tr("Remo&ve room"),
                              QKeySequence(QKeySequence::Delete));

    connect(m_addEstate, &QAction::triggered, this, &EstateActions::onAddEstate);
    connect(m_addPhase, &QAction::triggered, this, &EstateActions::onAddPhase);
    connect(m_addBuilding, &QAction::triggered, this, &EstateActions::onAddBuilding);
    connect(m_addUnit, &QAction::triggered, this, &EstateActions::onAddUnit);
    connect(m_addRooms, &QAction::triggered, this, &EstateActions::onAddRooms);
    connect(m_addRoom, &QAction::triggered, this, &EstateActions::onAddRoom);
    connect(m_editItem, &QAction::triggered, this, &EstateActions::onEditItem);
    connect(m_removeItem, &QAction::triggered, this, &EstateActions::onRemoveItem);
    connect(m_editRoom, &QAction::triggered, this, &EstateActions::onEditRoom);
    connect(m_removeRoom, &QAction::triggered, this, &EstateActions::onRemoveRoom);

    // F2 and Delete mean "this item" in the tree and "this room" in the table: each pair is
    // bound to its own view so the two never compete.
    for (QAction* a : {m_editItem, m_removeItem}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_treeView->addAction(a);
    }
    for (QAction* a : {m_editRoom, m_removeRoom}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_roomView->addAction(a);
    }
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EstateActions::updateEnabled);
    connect(m_roomView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EstateActions::updateEnabled);
    connect(m_rooms, &QAbstractItemModel::modelReset, this, &EstateActions::updateEnabled);
    updateEnabled();
}

QAction* EstateActions::makeAction(const QString& name, const QString& text, const QKeySequence& key)
{
    auto* a = new QAction(text, this);
    a->setObjectName(name);
    a->setShortcut(key);
    return a;
}

void EstateActions::fillMenu(QMenu* menu) const
{
    menu->addActions({m_addEstate, m_addPhase, m_addBuilding, m_addUnit});
    menu->addSeparator();
    menu->addActions({m_addRooms, m_addRoom});
    menu->addSeparator();
    menu->addActions({m_editItem, m_removeItem, m_editRoom, m_removeRoom});
}

void EstateActions::updateEnabled()
{
    // Hiding is only a courtesy: the services check the permission again.
    const bool may = m_archive.can(Permission::EditEstate);
    const Kind kind = m_tree->kind(current());
    m_addEstate->setEnabled(may);
    m_addPhase->setEnabled(may && currentOf(int(Kind::Estate)).isValid());
    m_addBuilding->setEnabled(may && currentOf(int(Kind::Estate)).isValid());
    m_addUnit->setEnabled(may && currentOf(int(Kind::Building)).isValid());
    m_addRooms->setEnabled(may && kind == Kind::Unit);
    m_addRoom->setEnabled(may && kind == Kind::Unit);
    m_editItem->setEnabled(may && (kind == Kind::Estate || kind == Kind::Building || kind == Kind::Unit));
    m_removeItem->setEnabled(may && (kind == Kind::Building || kind == Kind::Unit));
    m_editRoom->setEnabled(may && currentRoomId() != 0);
    m_removeRoom->setEnabled(may && currentRoomId() != 0);
}

QModelIndex EstateActions::current() const
{
    return m_treeView->currentIndex();
}

QModelIndex EstateActions::currentOf(int kind) const
{
    for (QModelIndex i = current(); i.isValid(); i = i.parent())
        if (int(m_tree->kind(i)) == kind)
            return i;
    return {};
}

qint64 EstateActions::currentRoomId() const
{
    const QModelIndex i = m_roomView->currentIndex();
    return i.isValid() ? i.data(RoomTableModel::RoomIdRole).toLongLong() : 0;
}

void EstateActions::fail(const QString& message)
{
    MessageBox::warning(m_parent, tr("Estate"), message);
}

void EstateActions::refreshAndSelect(const QModelIndex& parent, int kind, qint64 id)
{
    const QPersistentModelIndex keep(parent);
    m_tree->refresh(parent);
    const QModelIndex child = m_tree->childOf(keep, Kind(kind), id);
    if (keep.isValid())
        m_treeView->expand(keep);
    if (child.isValid())
        m_treeView->setCurrentIndex(child);
}

void EstateActions::reloadRooms(qint64 selectRoomId)
{
    m_rooms->reload();
    const int row = m_rooms->rowOf(selectRoomId);
    if (row >= 0)
        m_roomView->setCurrentIndex(m_rooms->index(row, 0));
    emit roomsChanged();
}

void EstateActions::onAddEstate()
{
    const auto v = CodeNameDialog::ask(m_parent, tr("Add estate"), CodeNameDialog::Fields::CodeNameAndAddress,
                                       {}, tr("The code is short (e.g. HY) and goes into archive numbers."));
    if (!v)
        return;
    auto added = m_archive.estate().addEstate(Estate{0, v->code, v->name, v->address});
    if (!added)
        return fail(added.error().message);
    refreshAndSelect({}, int(Kind::Estate), added->id);
}

void EstateActions::onAddPhase()
{
    const QModelIndex estate = currentOf(int(Kind::Estate));
    if (!estate.isValid())
        return;
    const auto v = CodeNameDialog::ask(m_parent, tr("Add phase"), CodeNameDialog::Fields::NameOnly);
    if (!v)
        return;
    auto added = m_archive.estate().addPhase(Phase{0, m_tree->id(estate), v->name});
    if (!added)
        return fail(added.error().message);
    refreshAndSelect(estate, int(Kind::Phase), added->id);
}

void EstateActions::onAddBuilding()
{
    const QModelIndex estate = currentOf(int(Kind::Estate));
    if (!estate.isValid())
        return;
    const QModelIndex phase = currentOf(int(Kind::Phase));
    const auto v = CodeNameDialog::ask(m_parent, tr("Add building"), CodeNameDialog::Fields::CodeAndName, {},
                                       tr("The code goes into room references like 3-2-1201; "
                                          "the name may stay empty."));
    if (!v)
        return;
    Building b{0, m_tree->id(estate), phase.isValid() ? m_tree->id(phase) : 0, v->code, v->name};
    auto added = m_archive.estate().addBuilding(b);
    if (!added)
        return fail(added.error().message);
    refreshAndSelect(phase.isValid() ? phase : estate, int(Kind::Building), added->id);
}

void EstateActions::onAddUnit()
{
    const QModelIndex building = currentOf(int(Kind::Building));
    if (!building.isValid())
        return;
    const auto v = CodeNameDialog::ask(m_parent, tr("Add unit"), CodeNameDialog::Fields::CodeAndName, {},
                                       tr("The code goes into room references like 3-2-1201; "
                                          "the name may stay empty."));
    if (!v)
        return;
    auto added = m_archive.estate().addUnit(Unit{0, m_tree->id(building), v->code, v->name});
    if (!added)
        return fail(added.error().message);
    refreshAndSelect(building, int(Kind::Unit), added->id);
}

void EstateActions::onAddRooms()
{
    const QModelIndex unit = currentOf(int(Kind::Unit));
    if (!unit.isValid())
        return;
    const auto v = RoomGridDialog::ask(m_parent, m_tree->unit(unit).name);
    if (!v)
        return;
    auto added = m_archive.rooms().addRoomGrid(m_tree->id(unit), v->floorFrom, v->floorTo, v->perFloor,
                                               v->areaCenti, v->use);
    if (!added)
        return fail(added.error().message);
    emit statusMessage(tr("%n room(s) added", nullptr, added.value()));
    reloadRooms(0);
}

void EstateActions::onAddRoom()
{
    const QModelIndex unit = currentOf(int(Kind::Unit));
    if (!unit.isValid())
        return;
    Room r;
    r.unitId = m_tree->id(unit);
    const auto v = RoomDialog::ask(m_parent, tr("Add a room"), r);
    if (!v)
        return;
    auto added = m_archive.rooms().addRoom(*v);
    if (!added)
        return fail(added.error().message);
    reloadRooms(added->id);
}

void EstateActions::onEditItem()
{
    const QModelIndex item = current();
    const QModelIndex parent = item.parent();
    const Kind kind = m_tree->kind(item);
    qint64 id = 0;
    if (kind == Kind::Estate) {
        Estate e = m_tree->estate(item);
        const auto v =
            CodeNameDialog::ask(m_parent, tr("Edit estate"), CodeNameDialog::Fields::CodeNameAndAddress,
                                {e.code, e.name, e.address});
        if (!v)
            return;
        e.code = v->code;
        e.name = v->name;
        e.address = v->address;
        auto saved = m_archive.estate().updateEstate(e);
        if (!saved)
            return fail(saved.error().message);
        id = e.id;
    } else if (kind == Kind::Building) {
        Building b = m_tree->building(item);
        const auto v = CodeNameDialog::ask(m_parent, tr("Edit building"), CodeNameDialog::Fields::CodeAndName,
                                           {b.code, b.name, {}});
        if (!v)
            return;
        b.code = v->code;
        b.name = v->name;
        auto saved = m_archive.estate().updateBuilding(b);
        if (!saved)
            return fail(saved.error().message);
        id = b.id;
    } else if (kind == Kind::Unit) {
        Unit u = m_tree->unit(item);
        const auto v = CodeNameDialog::ask(m_parent, tr("Edit unit"), CodeNameDialog::Fields::CodeAndName,
                                           {u.code, u.name, {}});
        if (!v)
            return;
        u.code = v->code;
        u.name = v->name;
        auto saved = m_archive.estate().updateUnit(u);
        if (!saved)
            return fail(saved.error().message);
        id = u.id;
    } else {
        return;
    }
    refreshAndSelect(parent, int(kind), id);
    reloadRooms(currentRoomId()); // room references carry the codes
}

void EstateActions::onRemoveItem()
{
    const QModelIndex item = current();
    const Kind kind = m_tree->kind(item);
    if (kind != Kind::Building && kind != Kind::Unit)
        return;
    if (MessageBox::question(m_parent, tr("Remove"), tr("Remove %1?").arg(item.data().toString())) !=
        QMessageBox::Yes)
        return;
    const qint64 id = m_tree->id(item);
    const Status s =
        kind == Kind::Building ? m_archive.estate().removeBuilding(id) : m_archive.estate().removeUnit(id);
    if (!s)
        return fail(s.error().message);
    const QPersistentModelIndex parent(item.parent());
    m_tree->refresh(parent);
    m_treeView->setCurrentIndex(parent);
}

void EstateActions::onEditRoom()
{
    const qint64 roomId = currentRoomId();
    auto place = m_archive.rooms().place(roomId);
    if (!place)
        return fail(place.error().message);
    const auto v = RoomDialog::ask(m_parent, tr("Edit room %1").arg(place->ref()), place->room);
    if (!v)
        return;
    auto saved = m_archive.rooms().updateRoom(*v);
    if (!saved)
        return fail(saved.error().message);
    reloadRooms(roomId);
}

void EstateActions::onRemoveRoom()
{
    const qint64 roomId = currentRoomId();
    const QModelIndex i = m_roomView->currentIndex();
    const QString ref = m_rooms->index(i.row(), RoomTableModel::Number).data().toString();
    if (MessageBox::question(m_parent, tr("Remove room"), tr("Remove room %1?").arg(ref)) != QMessageBox::Yes)
        return;
    if (auto s = m_archive.rooms().removeRoom(roomId); !s)
        return fail(s.error().message);
    reloadRooms(0);
}

} // namespace ar::ui
