#pragma once

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace ar {
class Archive;
}

namespace ar::ui {

class LoanModel;

// The loans one may see (clerks and leaders all, managers their department's, others their
// own), with the steps that follow a take-out: asking for an extension (R32) and reporting a
// loss with a written report (R34); the clerk records that a lost dossier was found again and the
// copies of an approved copy request (R25).
class LoanListDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoanListDialog(Archive& archive, QWidget* parent = nullptr);
    void refresh();
    LoanModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    bool extendSelected();
    bool reportSelectedLost();
    // R34: the selected lost loan's dossier was found again (the desk, with a note).
    bool recordSelectedFound();
    // R25: the copies made for the selected approved copy request, one line of ZC-05/B05.
    bool recordCopiesForSelected();
    // The selected request, still waiting, withdrawn by who asked (issue #20 item 7).
    bool withdrawSelected();

    // One line or paragraph of text (a reason, a report); tests answer through DialogSeam<QString>.
    static std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label);

signals:
    void loansChanged();

private:
    void updateButtons();

    Archive& m_archive;
    LoanModel* m_model;
    QTableView* m_table;
    QCheckBox* m_mineCheck;
    QPushButton* m_extendButton;
    QPushButton* m_lostButton;
    QPushButton* m_foundButton;
    QPushButton* m_copyButton;
    QPushButton* m_withdrawButton;
    QLabel* m_messageLabel;
};

} // namespace ar::ui
