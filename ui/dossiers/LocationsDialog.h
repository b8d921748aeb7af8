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
class LocationsDialog : public QDialog
{
    Q_OBJECT

public:
    LocationsDialog(Archive& archive, bool choosing, QWidget* parent = nullptr);

    // A place chosen by the user for a folder (0 = cancelled); `current` is preselected.
    static qint64 choose(Archive& archive, qint64 current, QWidget* parent);

    void reload(qint64 select = 0);
    qint64 currentLocation() const;
    QTreeWidget* tree() const { return m_tree; }
    QTableWidget* folders() const { return m_folders; }

public slots:
    // Adds a place below the selected one (an archive room when nothing is selected).
    void addPlace();

private:
    void showFolders();

    Archive& m_archive;
    QTreeWidget* m_tree = nullptr;
    QTableWidget* m_folders = nullptr;
    QPushButton* m_add = nullptr;
};

} // namespace ar::ui
