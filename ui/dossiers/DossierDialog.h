#pragma once

#include "services/DossierService.h"

#include <QDialog>

class QLabel;
class QTableWidget;
class QPushButton;

namespace ar {
class Archive;
}

namespace ar::ui {

// One dossier (issue #4): its number, status, room, place on the shelf and retention; its items
// (卷内文件) with the checklist ticks of R4/R11; its history (R6) and hand-overs (R13). The clerk
// receives and files items, moves the folder and opens scans from here.
class DossierDialog : public QDialog
{
    Q_OBJECT

public:
    DossierDialog(Archive& archive, qint64 dossierId, QWidget* parent = nullptr);

    // Opens the dialog for a dossier; false (with a message) when the user may not see it.
    static void open(Archive& archive, qint64 dossierId, QWidget* parent);

    bool reload();
    const DossierView& view() const { return m_view; }
    QTableWidget* itemTable() const { return m_items; }
    QTableWidget* checklistTable() const { return m_checklist; }
    QTableWidget* loanTable() const { return m_loans; }

public slots:
    void receiveItem();
    void fileSelected();
    void moveFolder();
    void showScans();
    // R43: keeps the dossier out of destruction; asks for the reason.
    void askHold();
    bool placeHold(const QString& reason);
    bool releaseHold();
    // R45: damage found at a daily check, recorded for the owning department's manager.
    bool recordDamage();

signals:
    void changed();

private:
    void fill();
    qint64 selectedItemId() const;

    Archive& m_archive;
    qint64 m_id;
    DossierView m_view;
    QLabel* m_header = nullptr;
    QTableWidget* m_items = nullptr;
    QTableWidget* m_checklist = nullptr;
    QTableWidget* m_history = nullptr;
    QTableWidget* m_loans = nullptr;
    QLabel* m_missing = nullptr;
    QPushButton* m_receive = nullptr;
    QPushButton* m_file = nullptr;
    QPushButton* m_move = nullptr;
    QPushButton* m_damage = nullptr;
    QPushButton* m_scans = nullptr;
    QPushButton* m_hold = nullptr;
};

} // namespace ar::ui
