#include "ui/loans/OverdueDialog.h"

#include "ui/common/ReadOnlyTable.h"
#include "ui/io/ExportHelper.h"
#include "ui/loans/LoanModel.h"

#include "services/Archive.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QTextDocument>
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

QString OverdueDialog::reminderHtml(const QList<Loan>& loans, const QDate& today)
{
    QString html;
    for (int i = 0; i < loans.size(); ++i) {
        const Loan& l = loans.at(i);
        if (i > 0)
            html += QStringLiteral("<p style=\"page-break-before: always;\"></p>");
        html += QStringLiteral("<h2 align=\"center\">%1</h2>")
                    .arg(tr("Reminder to return a dossier").toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("To %1 (%2):").arg(l.borrowerName, l.department).toHtmlEscaped());
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(tr("The dossier %1 “%2” you borrowed on %3 was due back on %4 and is %n day(s) overdue. "
                        "Please return it to the archive room at once, or ask the approving head for an "
                        "extension.",
                        nullptr, l.daysOverdue)
                         .arg(l.archiveNo, l.dossierTitle,
                              l.checkedOutAt.toLocalTime().date().toString(Qt::ISODate),
                              l.due.toString(Qt::ISODate))
                         .toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>").arg(tr("Purpose: %1").arg(l.purpose).toHtmlEscaped());
        html += QStringLiteral("<p align=\"right\">%1<br/>%2</p>")
                    .arg(tr("Archive room").toHtmlEscaped(), today.toString(Qt::ISODate));
    }
    return html;
}

void OverdueDialog::print(QPrinter& printer, const QList<Loan>& loans)
{
    QTextDocument doc;
    doc.setHtml(reminderHtml(loans, m_archive.clock().today()));
    doc.print(&printer);
    // Printing is recorded (R27), one record per slip.
    if (auto s = m_archive.loans().remindersPrinted(loans); !s)
        QMessageBox::warning(this, windowTitle(), s.error().message);
}

bool OverdueDialog::writeReminders(const QString& pdfPath)
{
    const QList<Loan> loans = chosen();
    if (loans.isEmpty())
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdfPath);
    printer.setPageSize(QPageSize(QPageSize::A5));
    print(printer, loans);
    return true;
}

void OverdueDialog::onPrint()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save reminder slips"),
                                                      QStringLiteral("催还单.pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (writeReminders(path))
        m_messageLabel->setText(tr("Saved %1").arg(path));
}

} // namespace ar::ui
