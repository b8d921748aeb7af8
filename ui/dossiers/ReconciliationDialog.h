#pragma once

#include <QDialog>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ar {
class Archive;
struct ReconScanResult;
} // namespace ar

namespace ar::ui {

// The monthly reconciliation (R44, 档案 → 盘点…): choose the range (the whole archive or a place
// and everything in it), start a session or resume an open one, then scan the spine labels — a
// keyboard-wedge scanner types each 档号 and Enter, as at the borrow desk — and every scan is
// saved and listed at once with its result in colour (a beep for anything not in place). A
// misplaced folder moves here with one button; Finish lists the missing ones; the report prints
// to PDF or .xlsx. A finished session is shown read-only.
class ReconciliationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReconciliationDialog(Archive& archive, QWidget* parent = nullptr);

    // 档案 → 盘点… (enabled for the clerk, managers and leaders; the service decides).
    static QAction* createAction(Archive& archive, QWidget* parent);

    // The session shown (0: none).
    qint64 session() const { return m_session; }
    // Shows a session (resuming an open one).
    void showSession(qint64 id);
    // What Enter in the scan field does; true when the scan was saved.
    bool scan(const QString& code);
    // Starts a session over the range chosen in the combo box; true when started.
    bool startSession();
    // Ends the session after asking; true when finished.
    bool finishSession();
    bool moveSelectedHere();
    QTableWidget* scans() const { return m_table; }

signals:
    void changed();

private:
    void reloadSessions();
    void appendScan(const ReconScanResult& r);
    void refreshTally();
    void say(const QString& text, bool ok);
    void savePdf();
    void saveXlsx();

    Archive& m_archive;
    qint64 m_session = 0;
    QComboBox* m_range;
    QPushButton* m_start;
    QComboBox* m_sessions;
    QLineEdit* m_scanEdit;
    QLabel* m_message;
    QLabel* m_tally;
    QTableWidget* m_table;
    QPushButton* m_moveHere;
    QPushButton* m_finish;
    QPushButton* m_pdf;
    QPushButton* m_xlsx;
};

} // namespace ar::ui
