#pragma once

#include <QKeySequence>
#include <QModelIndex>
#include <QObject>

class QAction;
class QMenu;
class QTableView;
class QTreeView;
class QWidget;

namespace ar {
class Archive;
}

namespace ar::ui {

class EstateTreeModel;
class RoomTableModel;

// The Estate menu: adding, renaming and removing estates, phases, buildings, units and
// rooms. Works on the tree's current item and the room table's current row; the services
// decide what is allowed (a refused removal shows their message).
class EstateActions : public QObject
{
    Q_OBJECT
public:
    EstateActions(Archive& archive, EstateTreeModel* tree, QTreeView* treeView, RoomTableModel* rooms,
                  QTableView* roomView, QWidget* dialogParent);

    QAction* addEstate() const { return m_addEstate; }
    QAction* addPhase() const { return m_addPhase; }
    QAction* addBuilding() const { return m_addBuilding; }
    QAction* addUnit() const { return m_addUnit; }
    QAction* addRooms() const { return m_addRooms; }
    QAction* addRoom() const { return m_addRoom; }
    QAction* editItem() const { return m_editItem; }
    QAction* removeItem() const { return m_removeItem; }
    QAction* editRoom() const { return m_editRoom; }
    QAction* removeRoom() const { return m_removeRoom; }

    void fillMenu(QMenu* menu) const;
    // Enables what the current selection and the user's role allow.
    void updateEnabled();

signals:
    // Rooms were added, changed or removed in the room table's units.
    void roomsChanged();
    // A short note for the status bar ("36 rooms added").
    void statusMessage(const QString& text);

private:
    QAction* makeAction(const QString& name, const QString& text, const QKeySequence& key = {});
    void onAddEstate();
    void onAddPhase();
    void onAddBuilding();
    void onAddUnit();
    void onAddRooms();
    void onAddRoom();
    void onEditItem();
    void onRemoveItem();
    void onEditRoom();
    void onRemoveRoom();

    // The current tree item, and the item of `kind` at or above it.
    QModelIndex current() const;
    QModelIndex currentOf(int kind) const;
    qint64 currentRoomId() const;
    // Reloads `parent`'s children and selects the new or changed child.
    void refreshAndSelect(const QModelIndex& parent, int kind, qint64 id);
    void reloadRooms(qint64 selectRoomId);
    void fail(const QString& message);

    Archive& m_archive;
    EstateTreeModel* m_tree;
    QTreeView* m_treeView;
    RoomTableModel* m_rooms;
    QTableView* m_roomView;
    QWidget* m_parent;

    QAction* m_addEstate;
    QAction* m_addPhase;
    QAction* m_addBuilding;
    QAction* m_addUnit;
    QAction* m_addRooms;
    QAction* m_addRoom;
    QAction* m_editItem;
    QAction* m_removeItem;
    QAction* m_editRoom;
    QAction* m_removeRoom;
};

} // namespace ar::ui
