#pragma once

#include <QDialog>

class QAction;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace ar {
class Archive;
}

namespace ar::ui {

// 租期将到期 (issue #20 item 9): the current tenancies whose lease ends within the next N days
// (30 unless changed), and those already past their end (租期已过), by end date
// (RegisterService::expiringLeases).
class ExpiringLeasesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExpiringLeasesDialog(Archive& archive, QWidget* parent = nullptr);
    static QAction* createAction(Archive& archive, QWidget* parent);

    void refresh();
    QSpinBox* daysBox() const { return m_days; }
    QTableWidget* table() const { return m_table; }

private:
    Archive& m_archive;
    QSpinBox* m_days;
    QTableWidget* m_table;
    QLabel* m_message;
};

} // namespace ar::ui
