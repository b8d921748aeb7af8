#pragma once

#include <QDialog>

class QTreeWidget;
class QTableWidget;
class QPushButton;

namespace ar {
class Archive;
}

namespace ar::ui {

// The archive rooms, cabinets, shelves and boxes (R15) as a tree, and the folders at the chosen
// place in shelf order (R14). The clerk adds places here; moving a folder chooses one here.
// Above the places, "Folders without a place" lists the new folders not shelved yet (R15);
// the clerk selects folders there (or at any place) and moves them.
class LocationsDialog : public QDialog
{
    Q_OBJECT

public:
    LocationsDialog(Archive& archive, bool choosing, QWidget* parent = nullptr);

    // A place chosen by the user for a folder (0 = cancelled); `current` is preselected.
    static qint64 choose(Archive& archive, qint64 current, QWidget* parent);

    void reload(qint64 select = 0);
    // The chosen place; 0 when none, or when the folders without a place are shown.
    qint64 currentLocation() const;
    bool showingUnplaced() const;
    // Selects the entry "Folders without a place" (not while choosing a place).
    void showUnplaced();
    QTreeWidget* tree() const { return m_tree; }
    QTableWidget* folders() const { return m_folders; }
    QPushButton* moveButton() const { return m_move; }

public slots:
    // Adds a place below the selected one (an archive room when nothing is selected).
    void addPlace();
    // Moves the folders selected in the list to a place chosen in a second dialog.
    void moveSelected();
    // Moves the folders selected in the list to `locationId`; false (and a message) on an error.
    bool moveSelectedTo(qint64 locationId);

private:
    void showFolders();

    Archive& m_archive;
    QTreeWidget* m_tree = nullptr;
    QTableWidget* m_folders = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_move = nullptr;
    bool m_choosing = false;
};

} // namespace ar::ui
