#include "ui/loans/LoanListDialog.h"

#include "ui/common/DateDialog.h"
#include "ui/common/DialogSeam.h"
#include "ui/io/ExportHelper.h"
#include "ui/loans/DeskRecords.h"
#include "ui/loans/LoanModel.h"

#include "services/Archive.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ar::ui {

LoanListDialog::LoanListDialog(Archive& archive, QWidget* parent)
    : QDialog(parent), m_archive(archive), m_model(new LoanModel(this)), m_table(new QTableView(this)),
      m_mineCheck(new QCheckBox(tr("Only &mine"), this)),
      m_extendButton(new QPushButton(tr("Ask for an &extension…"), this)),
      m_lostButton(new QPushButton(tr("Report &lost…"), this)),
      m_foundButton(new QPushButton(tr("Record &found…"), this)),
      m_copyButton(new QPushButton(tr("Record &copies…"), this)),
      m_withdrawButton(new QPushButton(tr("Wit&hdraw request…"), this)), m_messageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("LoanListDialog"));
    setWindowTitle(tr("Loans"));
    resize(1080, 520);
    LoanModel::setUpTable(m_table, m_model);
    m_table->setObjectName(QStringLiteral("loanTable"));
    m_mineCheck->setObjectName(QStringLiteral("mineCheck"));
    m_extendButton->setObjectName(QStringLiteral("extendButton"));
    m_lostButton->setObjectName(QStringLiteral("lostButton"));
    m_foundButton->setObjectName(QStringLiteral("foundButton"));
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_withdrawButton->setObjectName(QStringLiteral("withdrawButton"));
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_withdrawButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_extendButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_lostButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_foundButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copyButton, QDialogButtonBox::ActionRole);
    ExportHelper::addButton(archive, buttons, this, [this] {
        return ExportHelper::tableFrom(m_table, QStringLiteral("loans"), tr("Loans"));
    });
    // Losses are reported by the desk or the heads, not by the borrower (R34).
    const Archive& c = archive;
    m_lostButton->setVisible(c.can(Permission::RunDesk) || c.can(Permission::ApproveLoans));
    // The desk records that a lost dossier was found again.
    m_foundButton->setVisible(c.can(Permission::RunDesk));
    // The clerk makes the copies of an approved copy request and registers them (R25).
    m_copyButton->setVisible(c.can(Permission::RunDesk));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_mineCheck);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);
    connect(m_mineCheck, &QCheckBox::toggled, this, &LoanListDialog::refresh);
    connect(m_extendButton, &QPushButton::clicked, this, &LoanListDialog::extendSelected);
    connect(m_lostButton, &QPushButton::clicked, this, &LoanListDialog::reportSelectedLost);
    connect(m_foundButton, &QPushButton::clicked, this, &LoanListDialog::recordSelectedFound);
    connect(m_copyButton, &QPushButton::clicked, this, &LoanListDialog::recordCopiesForSelected);
    connect(m_withdrawButton, &QPushButton::clicked, this, &LoanListDialog::withdrawSelected);
    refresh();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LoanListDialog::updateButtons);
}

void LoanListDialog::refresh()
{
    LoanService::ListFilter f;
    f.mineOnly = m_mineCheck->isChecked();
    auto rows = m_archive.loans().list(f);
    m_model->setLoans(rows ? rows.value() : QList<Loan>());
    if (!rows)
        m_messageLabel->setText(rows.error().message);
    updateButtons();
}

void LoanListDialog::updateButtons()
{
    const Loan* l = m_model->loan(m_table->currentIndex().row());
    // The buttons offer the steps the loan's status allows (core/Loan.h, the services ask the same).
    const auto may = [l](LoanEvent e) { return l && loanAfter(l->status, e).has_value(); };
    m_extendButton->setEnabled(may(LoanEvent::AskExtension));
    m_lostButton->setEnabled(may(LoanEvent::ReportLost));
    m_foundButton->setEnabled(l && l->status == LoanStatus::Lost &&
                              l->dossierStatus == QLatin1String("lost"));
    m_copyButton->setEnabled(l && l->mode == AccessMode::Copy && may(LoanEvent::RecordCopy));
    const qint64 me = m_archive.user() ? m_archive.user()->id : 0;
    m_withdrawButton->setEnabled(l && may(LoanEvent::Withdraw) &&
                                 (l->borrowerId == me || l->requestedBy == me));
}

bool LoanListDialog::withdrawSelected()
{
    const Loan* l = m_model->loan(m_table->currentIndex().row());
    if (!l)
        return false;
    const qint64 id = l->id;
    auto reason = askText(this, tr("Withdraw the request for %1").arg(l->archiveNo),
                          tr("Why is the request withdrawn? (may stay empty)"));
    if (!reason)
        return false;
    auto r = m_archive.loans().withdraw(id, *reason);
    if (!r) {
        m_messageLabel->setText(r.error().message);
        return false;
    }
    m_messageLabel->setText(tr("The request for %1 is withdrawn").arg(r->archiveNo));
    refresh();
    emit loansChanged();
    return true;
}

std::optional<QString> LoanListDialog::askText(QWidget* parent, const QString& title, const QString& label)
{
    std::optional<QString> answer;
    if (DialogSeam<QString>::take(answer))
        return answer;
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* edit = new QPlainTextEdit(&dialog);
    edit->setObjectName(QStringLiteral("textEdit"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(label, &dialog));
    layout->addWidget(edit);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return edit->toPlainText();
}

bool LoanListDialog::extendSelected()
{
    const Loan* l = m_model->loan(m_table->currentIndex().row());
    if (!l)
        return false;
    const qint64 id = l->id;
    const QDate due = l->due;
    auto until = DateDialog::ask(this, tr("Extension of loan %1").arg(id), tr("New due date:"),
                                 due.addDays(7), due.addDays(1));
    if (!until)
        return false;
    auto reason = askText(this, tr("Extension of loan %1").arg(id), tr("Why is the dossier needed longer?"));
    if (!reason)
        return false;
    auto r = m_archive.loans().extend(id, *until, *reason);
    if (!r) {
        m_messageLabel->setText(r.error().message);
        return false;
    }
    m_messageLabel->setText(r->extensionPending
                                ? tr("Loan %1: extension to %2 asked, waiting for %3")
                                      .arg(id)
                                      .arg(until->toString(Qt::ISODate), r->approverName)
                                : tr("Loan %1 is now due %2").arg(id).arg(r->due.toString(Qt::ISODate)));
    refresh();
    emit loansChanged();
    return true;
}

bool LoanListDialog::reportSelectedLost()
{
    const Loan* l = m_model->loan(m_table->currentIndex().row());
    if (!l)
        return false;
    const qint64 id = l->id;
    auto report = askText(this, tr("Loss of %1").arg(l->archiveNo),
                          tr("Written report: how and when the dossier was lost, who was told"));
    if (!report)
        return false;
    auto r = m_archive.desk().reportLost(id, *report);
    if (!r) {
        m_messageLabel->setText(r.error().message);
        return false;
    }
    m_messageLabel->setText(
        tr("%1 is recorded as lost; the report is kept in its history").arg(r->archiveNo));
    refresh();
    emit loansChanged();
    return true;
}

bool LoanListDialog::recordSelectedFound()
{
    const Loan* l = m_model->loan(m_table->currentIndex().row());
    if (!l)
        return false;
    const QString archiveNo = l->archiveNo;
    auto note = askText(this, tr("%1 found").arg(archiveNo),
                        tr("Where and how was the dossier found? In what state?"));
    if (!note)
        return false;
    auto d = m_archive.desk().markFound(archiveNo, *note);
    if (!d) {
        m_messageLabel->setText(d.error().message);
        return false;
    }
    m_messageLabel->setText(tr("%1 is found again and is %2; the note is kept in its history")
                                .arg(d->archiveNo, dossierStatusLabel(d->status)));
    refresh();
    emit loansChanged();
    return true;
}

bool LoanListDialog::recordCopiesForSelected()
{
    const Loan* l = m_model->loan(m_table->currentIndex().row());
    if (!l)
        return false;
    const Loan loan = *l;
    auto in = CopyForm::ask(this, loan);
    if (!in)
        return false;
    auto c = m_archive.loanRegisters().recordCopy(loan.id, in->pages, in->sheets, in->copies, in->note);
    if (!c) {
        m_messageLabel->setText(c.error().message);
        return false;
    }
    m_messageLabel->setText(tr("%1: %2 sheets × %3 copied (pages %4), entered in the copy register (ZC-05)")
                                .arg(c->archiveNo)
                                .arg(c->sheets)
                                .arg(c->copies)
                                .arg(c->pages));
    refresh();
    emit loansChanged();
    return true;
}

} // namespace ar::ui
