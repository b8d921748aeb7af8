#pragma once

#include <QDialog>

class QAction;
class QLabel;
class QTableWidget;

namespace ar {
class Archive;
}

namespace ar::ui {

// Violations and the measures taken (R49, 档案 → 违规处理…): the list, newest first, and a form
// to record one. Managers and company leaders only (the service decides).
class ViolationsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ViolationsDialog(Archive& archive, QWidget* parent = nullptr);
    static QAction* createAction(Archive& archive, QWidget* parent);

    void refresh();
    // Asks for a violation in a form (DialogRunner) and records it; true when recorded.
    bool addViolation();
    QTableWidget* table() const { return m_table; }

private:
    Archive& m_archive;
    QTableWidget* m_table;
    QLabel* m_message;
};

} // namespace ar::ui
