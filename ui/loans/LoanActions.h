#pragma once

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QWidget;

namespace ar {
class Archive;
}

namespace ar::ui {

class LoanPanel;

// The 借阅 menu (borrow desk, request, approvals, overdue, visits, copies, damage, owners'
// requests, loading a working-day calendar)
// and the start-screen panel, wired into the main window with two calls.
class LoanActions : public QObject
{
    Q_OBJECT
public:
    LoanActions(Archive& archive, QWidget* dialogParent);

    QAction* desk() const { return m_desk; }
    QAction* request() const { return m_request; }
    QAction* inbox() const { return m_inbox; }
    QAction* overdue() const { return m_overdue; }
    QAction* list() const { return m_list; }
    QAction* loadCalendar() const { return m_loadCalendar; }
    QAction* visit() const { return m_visit; }
    QAction* copyRegister() const { return m_copies; }
    QAction* damages() const { return m_damages; }
    QAction* ownerRequests() const { return m_ownerRequests; }

    void fillMenu(QMenu* menu) const;
    // A dock with the panel, for clerks, managers and leaders; nullptr for the others.
    QDockWidget* addPanelTo(QMainWindow* window);
    LoanPanel* panel() const { return m_panel; }
    void updateEnabled();
    // Another desk changed the archive (ChangeWatcher): the panel and the open inbox, desk or
    // loan list show it.
    void refreshForOtherDesks();

signals:
    // Re-emitted by refreshForOtherDesks() for the dialog open now.
    void otherDesksChanged();

private:
    void onDesk();
    void onRequest();
    void onInbox();
    // The inbox with this loan selected (from a line of the start-screen panel).
    void openInboxAt(qint64 loanId);
    void onOverdue();
    void onList();
    void onLoadCalendar();
    void onVisit();
    void refreshPanel();

    Archive& m_archive;
    QWidget* m_parent;
    QAction* m_desk;
    QAction* m_request;
    QAction* m_inbox;
    QAction* m_overdue;
    QAction* m_list;
    QAction* m_visit;
    QAction* m_copies;
    QAction* m_damages;
    QAction* m_ownerRequests;
    QAction* m_loadCalendar;
    LoanPanel* m_panel = nullptr;
};

} // namespace ar::ui
