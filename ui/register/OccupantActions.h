#pragma once

#include "core/Person.h"

#include <QObject>

class QAction;
class QMenu;
class QTableView;
class QWidget;

namespace ar {
class Archive;
}

namespace ar::ui {

class OccupantModel;

// The Register menu: registering a person at the selected room in one of the five roles,
// correcting a person, showing the history, showing a person's full details (for a reason)
// and ending a tie (move out). The forms and the
// services do the work; this only opens them for the right room and person.
class OccupantActions : public QObject
{
    Q_OBJECT
public:
    OccupantActions(Archive& archive, OccupantModel* model, QTableView* view, QWidget* dialogParent);

    QAction* registerAs(OccupancyRole role) const;
    QAction* editPerson() const { return m_edit; }
    QAction* history() const { return m_history; }
    QAction* moveOut() const { return m_moveOut; }
    // "Show full details…": the selected person unmasked, for a reason (R20, audited).
    QAction* unmask() const { return m_unmask; }

    void fillMenu(QMenu* menu) const;
    void updateEnabled();

signals:
    // Someone was registered, corrected or moved out: the views should read again.
    void changed(qint64 personId);
    // After registering, the clerk asked to print the new dossier's form or spine label.
    void printChosen(bool label, OccupancyRole role);
    // What a correction changed ("Saved; changed: Phone, Work unit"), for the status line.
    void saved(const QString& what);

private:
    void onRegister(OccupancyRole role);
    void onEdit();
    void onHistory();
    void onMoveOut();
    void onUnmask();
    int currentRow() const;

    Archive& m_archive;
    OccupantModel* m_model;
    QTableView* m_view;
    QWidget* m_parent;
    QList<std::pair<OccupancyRole, QAction*>> m_register;
    QAction* m_edit;
    QAction* m_history;
    QAction* m_moveOut;
    QAction* m_unmask;
};

} // namespace ar::ui
