#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace ar {
class Archive;
}

namespace ar::ui {

class SelfInspectionView;

// The start-screen panel for clerks, managers and leaders (R35, R34, R45, R48): overdue
// loans, lost ones, pending approvals and damaged dossiers, as the signed-in user may see them,
// under the self-inspection numbers (R48).
class LoanPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LoanPanel(Archive& archive, QWidget* parent = nullptr);
    void refresh();
    // Another desk changed the archive (ChangeWatcher): the lines at once; the self-inspection
    // numbers, which read whole lists (a few seconds on a large archive on a server), at most once
    // a minute — they are the month's checks, not the desk's moment.
    void refreshForOtherDesks();
    static constexpr int kInspectionEveryMs = 60000;
    // One line per entry, for tests: "逾期 …", "遗失 …" …
    QStringList lines() const;
    QString headline() const;
    // The self-inspection numbers above the list (R48).
    SelfInspectionView* inspection() const { return m_inspection; }
    // The list of lines (a pending request's line opens the approval inbox at it).
    QListWidget* list() const { return m_list; }

signals:
    // A line of a request or extension waiting for approval was double-clicked (or Enter).
    void approvalWanted(qint64 loanId);

private:
    // The headline and the lines (overdue, lost, waiting, damaged, missing, leases).
    void refreshLines();

    Archive& m_archive;
    SelfInspectionView* m_inspection;
    QLabel* m_headline;
    QListWidget* m_list;
};

} // namespace ar::ui
