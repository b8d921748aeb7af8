#include "ui/dossiers/DestructionDialog.h"

#include "services/Archive.h"
#include "ui/common/MessageBox.h"
#include "ui/common/ReadOnlyTable.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ar::ui {

namespace {

QString partLabel(const QString& part)
{
    return part == QLatin1String("*") ? DestructionDialog::tr("a company leader")
                                      : DestructionDialog::tr("the head of %1").arg(part);
}

} // namespace

DestructionDialog::DestructionDialog(Archive& archive, QWidget* parent) : QDialog(parent), m_archive(archive)
{
    setObjectName(QStringLiteral("destructionDialog"));
    setWindowTitle(tr("Destruction"));
    const Archive& ctx = m_archive;
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs);

    // Candidates: tick, give the reason, propose (the clerk).
    auto* first = new QWidget(m_tabs);
    auto* cl = new QVBoxLayout(first);
    cl->addWidget(
        new QLabel(tr("Dossiers past their retention, not on hold, not on loan and in no open batch. "
                      "Tick those to destroy."),
                   first));
    m_candidates = readOnlyTable(first, QStringLiteral("candidateTable"),
                                 {tr("Archive no."), tr("Category"), tr("Year"), tr("Retention"),
                                  tr("Destroyable from"), tr("Title")});
    cl->addWidget(m_candidates);
    auto* proposeRow = new QHBoxLayout;
    m_reason = new QLineEdit(first);
    m_reason->setObjectName(QStringLiteral("proposeReason"));
    m_reason->setPlaceholderText(tr("Reason for destruction, e.g. retention period expired"));
    m_propose = new QPushButton(tr("&Propose batch"), first);
    m_propose->setObjectName(QStringLiteral("proposeButton"));
    proposeRow->addWidget(new QLabel(tr("Reason:"), first));
    proposeRow->addWidget(m_reason, 1);
    proposeRow->addWidget(m_propose);
    cl->addLayout(proposeRow);
    m_propose->setVisible(ctx.can(Permission::ProposeDestruction));
    m_reason->setEnabled(ctx.can(Permission::ProposeDestruction));
    m_tabs->addTab(first, tr("Candidates"));

    // Batches: approve or reject one's part, carry out, print.
    auto* second = new QWidget(m_tabs);
    auto* bl = new QVBoxLayout(second);
    m_batches = readOnlyTable(
        second, QStringLiteral("batchTable"),
        {tr("Batch"), tr("Status"), tr("Dossiers"), tr("Reason"), tr("Proposed by"), tr("Waiting for")});
    bl->addWidget(m_batches, 1);
    m_detail = new QLabel(second);
    m_detail->setObjectName(QStringLiteral("batchDetail"));
    m_detail->setWordWrap(false);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bl->addWidget(m_detail);

    auto* decide = new QGroupBox(tr("Approval"), second);
    auto* dl = new QHBoxLayout(decide);
    m_approve = new QPushButton(tr("&Approve"), decide);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_rejectReason = new QLineEdit(decide);
    m_rejectReason->setObjectName(QStringLiteral("rejectReason"));
    m_rejectReason->setPlaceholderText(tr("Reason for rejecting"));
    m_reject = new QPushButton(tr("&Reject"), decide);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    dl->addWidget(m_approve);
    dl->addSpacing(16);
    dl->addWidget(m_rejectReason, 1);
    dl->addWidget(m_reject);
    decide->setVisible(ctx.can(Permission::ApproveDestruction));
    bl->addWidget(decide);

    auto* carry = new QGroupBox(tr("Destruction"), second);
    auto* form = new QFormLayout(carry);
    m_method = new QLineEdit(carry);
    m_method->setObjectName(QStringLiteral("executeMethod"));
    m_method->setPlaceholderText(tr("Shredding, pulping, incineration …"));
    m_witness1 = new QLineEdit(carry);
    m_witness1->setObjectName(QStringLiteral("witness1"));
    m_witness2 = new QLineEdit(carry);
    m_witness2->setObjectName(QStringLiteral("witness2"));
    m_witness1->setPlaceholderText(tr("Login of a witness other than you"));
    m_witness2->setPlaceholderText(tr("Login of a second witness"));
    m_execute = new QPushButton(tr("&Destroy the batch"), carry);
    m_execute->setObjectName(QStringLiteral("executeButton"));
    form->addRow(tr("Method:"), m_method);
    form->addRow(tr("Witness 1:"), m_witness1);
    form->addRow(tr("Witness 2:"), m_witness2);
    form->addRow(QString(), m_execute);
    carry->setVisible(ctx.can(Permission::ExecuteDestruction));
    bl->addWidget(carry);
    m_tabs->addTab(second, tr("Batches"));

    auto* buttons = new QHBoxLayout;
    m_print = new QPushButton(tr("Pri&nt destruction list…"), this);
    m_print->setObjectName(QStringLiteral("printListButton"));
    m_export = new QPushButton(tr("&Export to Excel…"), this);
    m_export->setObjectName(QStringLiteral("exportListButton"));
    auto* close = new QPushButton(tr("Close"), this);
    buttons->addWidget(m_print);
    buttons->addWidget(m_export);
    buttons->addStretch();
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(m_propose, &QPushButton::clicked, this, &DestructionDialog::propose);
    connect(m_approve, &QPushButton::clicked, this, &DestructionDialog::approve);
    connect(m_reject, &QPushButton::clicked, this, &DestructionDialog::rejectBatch);
    connect(m_execute, &QPushButton::clicked, this, &DestructionDialog::execute);
    connect(m_print, &QPushButton::clicked, this, [this] { printList(); });
    connect(m_export, &QPushButton::clicked, this, [this] { exportList(); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_batches, &QTableWidget::itemSelectionChanged, this, &DestructionDialog::updateButtons);
    m_print->setEnabled(ctx.can(Permission::PrintForms));
    m_export->setEnabled(ctx.can(Permission::ExportLists));
    resize(960, 620);
    reload();
    // Heads and leaders come to decide: the batches first.
    if (!ctx.can(Permission::ProposeDestruction))
        m_tabs->setCurrentIndex(1);
}

void DestructionDialog::reload()
{
    const qint64 keep = selectedBatch();
    m_candidates->setRowCount(0);
    if (auto list = m_archive.destruction().candidates()) {
        m_candidates->setRowCount(int(list->size()));
        for (int r = 0; r < list->size(); ++r) {
            const DestructionCandidate& c = list->at(r);
            auto* no = new QTableWidgetItem(c.archiveNo);
            no->setFlags(no->flags() | Qt::ItemIsUserCheckable);
            no->setCheckState(Qt::Unchecked);
            const QStringList cells{c.categoryName, QString::number(c.year), retentionLabel(c.retention),
                                    c.destroyEligible.toString(Qt::ISODate), c.title};
            m_candidates->setItem(r, 0, no);
            for (int i = 0; i < cells.size(); ++i)
                m_candidates->setItem(r, i + 1, new QTableWidgetItem(cells.at(i)));
        }
    }
    m_candidates->resizeColumnsToContents();
    m_batches->setRowCount(0);
    m_list.clear();
    if (auto list = m_archive.destruction().batches()) {
        m_list = list.value();
        m_batches->setRowCount(int(m_list.size()));
        for (int r = 0; r < m_list.size(); ++r) {
            const DestructionBatch& b = m_list.at(r);
            QStringList waiting;
            if (b.status == QLatin1String("proposed"))
                for (const QString& p : DestructionService::waitingParts(b))
                    waiting << partLabel(p);
            const QStringList cells{QString::number(b.id),
                                    destructionStatusLabel(b.status),
                                    QString::number(b.entries.size()),
                                    b.reason,
                                    b.proposedBy,
                                    waiting.join(tr(", "))};
            for (int i = 0; i < cells.size(); ++i)
                m_batches->setItem(r, i, new QTableWidgetItem(cells.at(i)));
        }
    }
    m_batches->resizeColumnsToContents();
    if (keep)
        selectBatch(keep);
    updateButtons();
}

bool DestructionDialog::tick(const QString& archiveNo)
{
    for (int r = 0; r < m_candidates->rowCount(); ++r)
        if (m_candidates->item(r, 0)->text() == archiveNo) {
            m_candidates->item(r, 0)->setCheckState(Qt::Checked);
            return true;
        }
    return false;
}

bool DestructionDialog::selectBatch(qint64 batchId)
{
    for (int r = 0; r < m_list.size(); ++r)
        if (m_list.at(r).id == batchId) {
            m_tabs->setCurrentIndex(1);
            m_batches->selectRow(r);
            updateButtons();
            return true;
        }
    return false;
}

qint64 DestructionDialog::selectedBatch() const
{
    const int r = m_batches ? m_batches->currentRow() : -1;
    return r >= 0 && r < m_list.size() ? m_list.at(r).id : 0;
}

void DestructionDialog::updateButtons()
{
    const int r = m_batches->currentRow();
    const DestructionBatch* b = r >= 0 && r < m_list.size() ? &m_list.at(r) : nullptr;
    // Only one's own part: the service refuses the rest as well.
    m_approve->setEnabled(b && m_archive.destruction().mayDecide(*b));
    m_reject->setEnabled(b && (m_archive.destruction().mayDecide(*b) ||
                               (b->status == QLatin1String("approved") &&
                                m_archive.can(Permission::ApproveDestruction))));
    m_execute->setEnabled(b && b->status == QLatin1String("approved"));
    m_print->setEnabled(b && m_archive.can(Permission::PrintForms));
    m_export->setEnabled(b && m_archive.can(Permission::ExportLists));
    if (!b) {
        m_detail->clear();
        return;
    }
    QStringList lines{tr("Batch %1: %2").arg(b->id).arg(b->archiveNos().join(QStringLiteral("、")))};
    for (const DestructionApproval& a : b->approvals)
        lines << tr("Approved by %1 (%2) on %3")
                     .arg(a.by, a.leader() ? tr("company leader") : a.part,
                          a.at.toLocalTime().date().toString(Qt::ISODate));
    if (b->status == QLatin1String("rejected"))
        lines << tr("Rejected by %1: %2").arg(b->rejectedBy, b->rejectReason);
    if (b->status == QLatin1String("destroyed"))
        lines << tr("Destroyed on %1 by %2 (%3), witnesses %4 and %5")
                     .arg(b->executedOn.toString(Qt::ISODate), b->executedBy, b->method, b->witness1,
                          b->witness2);
    m_detail->setText(lines.join(QLatin1Char('\n')));
}

bool DestructionDialog::done(const Result<DestructionBatch>& r)
{
    if (!r) {
        MessageBox::warning(this, windowTitle(), r.error().message);
        return false;
    }
    reload();
    selectBatch(r->id);
    return true;
}

void DestructionDialog::propose()
{
    QStringList nos;
    for (int r = 0; r < m_candidates->rowCount(); ++r)
        if (m_candidates->item(r, 0)->checkState() == Qt::Checked)
            nos << m_candidates->item(r, 0)->text();
    if (nos.isEmpty()) {
        MessageBox::warning(this, windowTitle(), tr("Tick the dossiers to destroy first"));
        return;
    }
    if (done(m_archive.destruction().propose(nos, m_reason->text()))) {
        m_reason->clear();
        m_tabs->setCurrentIndex(1);
    }
}

void DestructionDialog::approve()
{
    if (const qint64 id = selectedBatch())
        done(m_archive.destruction().approve(id));
}

void DestructionDialog::rejectBatch()
{
    if (const qint64 id = selectedBatch())
        if (done(m_archive.destruction().reject(id, m_rejectReason->text())))
            m_rejectReason->clear();
}

void DestructionDialog::execute()
{
    const qint64 id = selectedBatch();
    if (!id)
        return;
    if (MessageBox::question(
            this, windowTitle(),
            tr("Destroy the dossiers of batch %1? Their items, scans and the personal data of people "
               "with no other tie are erased for good; the catalog keeps their entries.")
                .arg(id)) != QMessageBox::Yes)
        return;
    if (done(m_archive.destruction().execute(id, m_method->text(),
                                             {m_witness1->text(), m_witness2->text()}))) {
        m_method->clear();
        m_witness1->clear();
        m_witness2->clear();
    }
}

bool DestructionDialog::printList(const QString& path)
{
    const qint64 id = selectedBatch();
    if (!id)
        return false;
    QString target = path;
    if (target.isEmpty())
        target = QFileDialog::getSaveFileName(this, tr("Print destruction list"),
                                              tr("destruction-list-%1.pdf").arg(id), tr("PDF files (*.pdf)"));
    if (target.isEmpty())
        return false;
    PrintRequest r;
    r.form = PrintForm::DestructionList;
    r.batch = id;
    if (auto pages = m_archive.printing().toPdf(r, target); !pages) {
        MessageBox::warning(this, windowTitle(), pages.error().message);
        return false;
    }
    return true;
}

bool DestructionDialog::exportList(const QString& path)
{
    const qint64 id = selectedBatch();
    if (!id)
        return false;
    QString target = path;
    if (target.isEmpty())
        target =
            QFileDialog::getSaveFileName(this, tr("Export destruction list"),
                                         tr("destruction-list-%1.xlsx").arg(id), tr("Excel files (*.xlsx)"));
    if (target.isEmpty())
        return false;
    auto table = m_archive.destruction().listTable(id);
    Status s = table ? m_archive.exports().write(table.value(), target) : Status(table.error());
    if (!s) {
        MessageBox::warning(this, windowTitle(), s.error().message);
        return false;
    }
    return true;
}

} // namespace ar::ui
