#pragma once

#include "core/Search.h"

#include <QMainWindow>

#include <functional>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTreeView;

namespace Ui {
class MainWindow;
}

namespace ar {
class Archive;
class ChangeWatcher;
}

namespace ar::ui {

class AccountActions;
class BackupActions;
class DossierActions;
class EstateActions;
class EstateTreeModel;
class OccupantActions;
class OccupantModel;
class RoomTableModel;
class SearchController;

// The clerk's desk: the estate tree on the left, the rooms of the chosen building or unit in
// the middle, the people of the chosen room below, and one search box over all of it.
// The window wires views to models and actions; the actions and services do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // What "restart now" does after the window closed: start the program again (tests replace it).
    static void setRestartHandler(std::function<void()> handler);
    explicit MainWindow(Archive& archive, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows a room: selects its estate, building and unit in the tree and the room in the
    // table. False if the room cannot be found.
    bool selectRoom(qint64 roomId);
    // Selects a person in the list of the current room's people.
    bool selectPerson(qint64 personId);
    // What a search hit points to: its room, and for a person the person.
    void openHit(const SearchHit& hit);

    // For tests and the screenshot hook.
    QLineEdit* searchBox() const;
    QTreeView* estateTree() const;
    QTableView* roomTable() const;
    QTableView* occupantTable() const;
    EstateTreeModel* estateModel() const { return m_tree; }
    RoomTableModel* roomModel() const { return m_rooms; }
    OccupantModel* occupantModel() const { return m_occupants; }
    SearchController* search() const { return m_search; }
    EstateActions* estateActions() const { return m_estateActions; }
    OccupantActions* occupantActions() const { return m_occupantActions; }
    AccountActions* accountActions() const { return m_accountActions; }
    BackupActions* backupActions() const { return m_backupActions; }
    ChangeWatcher* changeWatcher() const { return m_changeWatcher; }
    qint64 currentRoomId() const;
    qint64 currentPersonId() const;

signals:
    // Sign out was chosen (or the session ended): the start-up loop closes the window and
    // shows the sign-in dialog again.
    void signOutRequested();
    // The administrator saved new sign-in settings (the idle lock reads them again).
    void accountPolicyChanged();
    // File › Trial archive (or back to the real one): the start-up loop closes this archive and
    // opens the other (issue #20 item 11).
    void switchArchiveRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    // Typing in the trees and tables goes to the search box (a clerk starts by typing).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setUpViews();
    void setUpMenus();
    void setUpOccupantToolBar();
    void setUpImportExport(QMenu* registerMenu);
    QString currentEstateCode() const; // the estate of the tree's selection; empty if none
    void setUpSearch();
    void restoreLayout();
    void showReadOnly(); // the title and a banner of an archive open read-only
    void showTrial();    // the same for the trial archive: its data is made up
    // A line of text above everything (a tool bar "<name>Bar" with the label "<name>Banner").
    void addBanner(const QString& name, const QString& title, const QString& text, const QString& style);
    void switchArchive(); // to the trial archive (made first if needed), or back to the real one
    bool m_trial = false;
    void onTreeCurrentChanged(const QModelIndex& current);
    void onRoomCurrentChanged(const QModelIndex& current);
    // After a registration, correction or room change: read rooms and people again,
    // keeping the room (and selecting `personId` if given).
    void refreshRooms(qint64 personId = 0);
    void chooseLanguage(const QString& lang);
    // File › Archive on a server…: which archive this computer opens from the next start.
    void chooseServerArchive();
    void showAbout();
    void showStatus(const QString& text);

    std::unique_ptr<::Ui::MainWindow> m_ui;
    Archive& m_archive;
    EstateTreeModel* m_tree;
    RoomTableModel* m_rooms;
    OccupantModel* m_occupants;
    EstateActions* m_estateActions = nullptr;
    OccupantActions* m_occupantActions = nullptr;
    DossierActions* m_dossierActions = nullptr;
    QAction* m_changeOwner = nullptr;
    AccountActions* m_accountActions = nullptr;
    BackupActions* m_backupActions = nullptr;
    ChangeWatcher* m_changeWatcher = nullptr;
    SearchController* m_search = nullptr;
    QLineEdit* m_searchBox = nullptr;
    QLabel* m_userLabel = nullptr;
};

} // namespace ar::ui
