#pragma once

#include "services/DestructionService.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace ar {
class Archive;
}

namespace ar::ui {

// 销毁… (R43, R2, P7): the dossiers past retention that may be destroyed, ticked and proposed
// with a reason (the clerk); the batches with what each waits for, approved or rejected by the
// owning departments' heads and a leader (their part only), carried out with the method and two
// witnesses, and their 销毁清册 printed to PDF or exported to .xlsx. The service decides; the
// window only asks.
class DestructionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DestructionDialog(Archive& archive, QWidget* parent = nullptr);

    void reload();
    QTableWidget* candidateTable() const { return m_candidates; }
    QTableWidget* batchTable() const { return m_batches; }
    QLineEdit* proposeReason() const { return m_reason; }
    QLineEdit* rejectReason() const { return m_rejectReason; }
    QLineEdit* method() const { return m_method; }
    QLineEdit* witness1() const { return m_witness1; }
    QLineEdit* witness2() const { return m_witness2; }
    QPushButton* proposeButton() const { return m_propose; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* rejectButton() const { return m_reject; }
    QPushButton* executeButton() const { return m_execute; }
    // Ticks the candidate with this 档号; false if it is not listed.
    bool tick(const QString& archiveNo);
    // Selects the batch's row; false if it is not listed.
    bool selectBatch(qint64 batchId);
    // The 销毁清册 of the selected batch to a PDF or .xlsx file (asked for when empty).
    bool printList(const QString& path = {});
    bool exportList(const QString& path = {});

public slots:
    void propose();
    void approve();
    void rejectBatch(); // not QDialog::reject: Escape closes the window
    void execute();

private:
    qint64 selectedBatch() const;
    void updateButtons();
    bool done(const Result<DestructionBatch>& r);

    Archive& m_archive;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_candidates = nullptr;
    QTableWidget* m_batches = nullptr;
    QList<DestructionBatch> m_list;
    QLineEdit* m_reason = nullptr;
    QLineEdit* m_rejectReason = nullptr;
    QLineEdit* m_method = nullptr;
    QLineEdit* m_witness1 = nullptr;
    QLineEdit* m_witness2 = nullptr;
    QLabel* m_detail = nullptr;
    QPushButton* m_propose = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_reject = nullptr;
    QPushButton* m_execute = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace ar::ui
