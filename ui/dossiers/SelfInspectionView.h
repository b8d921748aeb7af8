#pragma once

#include "services/SelfInspectionService.h"

#include <QDialog>
#include <QWidget>

class QAction;
class QGridLayout;
class QLabel;
class QTableWidget;
class QTimer;
class QToolButton;

namespace ar {
class Archive;
}

namespace ar::ui {

// The list behind one self-inspection number (R48): a table; a double-click (or Enter) on a
// row opens its dossier (a loan's row opens the dossier it lends, with its loans).
class InspectionListDialog : public QDialog
{
    Q_OBJECT
public:
    InspectionListDialog(Archive& archive, const InspectionItem& item, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    // Opens the dossier of the row; false when the row names none.
    bool openRow(int row);

private:
    Archive& m_archive;
    InspectionItem m_item;
    QTableWidget* m_table;
};

// The self-inspection at a glance (R48) on the start screen of clerks, managers and leaders: a
// grid of numbers with their labels — the parts the role sees —, the month's reconciliation and
// the last backup. A number opens its list. It reads everything again when asked, and when the
// window becomes active again after a dialog changed something.
class SelfInspectionView : public QWidget
{
    Q_OBJECT
public:
    explicit SelfInspectionView(Archive& archive, QWidget* parent = nullptr);

    // Reads the numbers (the owner calls it once shown: LoanPanel). The missing items (R11) are
    // counted afterwards, an estate at a time between events: their tile shows the number so far
    // with "…" until it is done (countingDone()).
    void refresh();
    // Whether every number is counted (no estate left to count).
    bool countingDone() const { return m_toCount.isEmpty(); }
    // refresh() unless the numbers were read less than `ms` ago.
    void refreshIfOlderThan(int ms);
    const SelfInspection& state() const { return m_state; }
    // The button of a number ("inspect_overdue" …); nullptr for an unknown key.
    QToolButton* tile(const QString& key) const;
    // Opens the list behind a number (shown, not modal); nullptr when it is not the user's part.
    InspectionListDialog* openList(const QString& key);

    // The 打印 menu's entry: asks the month and the file, then prints the sheet.
    static QAction* createPrintAction(Archive& archive, QWidget* parent);
    // The monthly self-inspection sheet of `month` to a PDF; false (and a message) on failure.
    static bool printSheet(Archive& archive, QWidget* parent, const QDate& month, const QString& path);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void countSome();
    void showTile(QToolButton* tile, const InspectionItem& item, bool partial);

    Archive& m_archive;
    SelfInspection m_state;
    QLabel* m_summary;
    QGridLayout* m_grid;
    QList<QToolButton*> m_tiles;
    qint64 m_lastRefreshMs = 0;
    QList<qint64> m_toCount; // estates whose missing items are not counted yet
    int m_counted = 0;       // the missing items counted so far
    QTimer* m_counter;
    bool m_painted = false; // counting starts once the numbers are on the screen
};

} // namespace ar::ui
