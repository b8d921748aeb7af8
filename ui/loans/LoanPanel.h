#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace ar {
class Archive;
}

namespace ar::ui {

// The start-screen panel for clerks, managers and leaders (R35, R34, R45, R48): overdue
// loans, lost ones, pending approvals and damaged dossiers, as the signed-in user may see them.
class LoanPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LoanPanel(Archive& archive, QWidget* parent = nullptr);
    void refresh();
    // One line per entry, for tests: "逾期 …", "遗失 …" …
    QStringList lines() const;
    QString headline() const;

private:
    Archive& m_archive;
    QLabel* m_headline;
    QListWidget* m_list;
};

} // namespace ar::ui
