#include "ui/loans/OverdueDialog.h"

#include "ui/common/DialogRunner.h"
#include "ui/common/ReadOnlyTable.h"
#include "ui/io/ExportHelper.h"
#include "ui/loans/LoanModel.h"
#include "ui/print/PrintDialog.h"

#include "services/Archive.h"

#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ar::ui {

OverdueDialog::OverdueDialog(Archive& archive, QWidget* parent)
    : QDialog(parent), m_archive(archive), m_model(new LoanModel(this)), m_table(new QTableView(this)),
      m_messageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("OverdueDialog"));
    setWindowTitle(tr("Overdue loans"));
    resize(1000, 480);
    m_table->setObjectName(QStringLiteral("overdueTable"));
    LoanModel::setUpTable(m_table, m_model);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* printButton = buttons->addButton(tr("&Print reminder slips…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("printButton"));
    connect(printButton, &QPushButton::clicked, this, &OverdueDialog::onPrint);
    ExportHelper::addButton(archive, buttons, this, [this] {
        return ExportHelper::tableFrom(m_table, QStringLiteral("overdue"), tr("Overdue loans"));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);
    refresh();
}

void OverdueDialog::refresh()
{
    auto rows = m_archive.loans().overdue();
    m_model->setLoans(rows ? rows.value() : QList<Loan>());
    m_messageLabel->setText(rows ? tr("%n loan(s) overdue", nullptr, int(rows->size()))
                                 : rows.error().message);
}

QList<Loan> OverdueDialog::chosen() const
{
    QList<Loan> out;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        if (const Loan* l = m_model->loan(i.row()))
            out << *l;
    return out.isEmpty() ? m_model->loans() : out;
}

void OverdueDialog::onPrint()
{
    // The slips are a printed form (PrintService): preview, printer or PDF, and every print in
    // the trail, one record per loan chased.
    PrintRequest preset;
    preset.form = PrintForm::Reminders;
    for (const Loan& l : chosen())
        preset.loans << l.id;
    if (preset.loans.isEmpty())
        return;
    PrintDialog dialog(m_archive, PrintForm::Reminders, false, preset, this);
    DialogRunner::exec(dialog);
}

} // namespace ar::ui
