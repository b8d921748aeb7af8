#include "ui/account/RecoveryKeyDialog.h"

#include "ui_RecoveryKeyDialog.h"

#include "services/Archive.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/Fonts.h"

#include <QDate>
#include <QDir>
#include <QFontInfo>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>

namespace ar::ui {

namespace {

RecoveryKeyDialog::PrintHandler& printHandler()
{
    static RecoveryKeyDialog::PrintHandler h;
    return h;
}

// The key's groups of four, five to a line: easier to read out and to copy by hand.
QString keyLines(const QString& key)
{
    const QStringList groups = key.split(QLatin1Char('-'));
    QStringList lines;
    for (qsizetype i = 0; i < groups.size(); i += 5)
        lines << groups.mid(i, 5).join(QLatin1Char('-'));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

RecoveryKeyDialog::RecoveryKeyDialog(const QString& recoveryKey, const QString& archivePath, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::RecoveryKeyDialog>()), m_key(recoveryKey),
      m_archivePath(archivePath)
{
    m_ui->setupUi(this);
    // No close button in the title bar: the tick and OK are the only way out.
    setWindowFlags(Qt::Dialog | Qt::CustomizeWindowHint | Qt::WindowTitleHint);
    setStyleSheet(QStringLiteral("#titleLabel { font-size: 15pt; font-weight: bold; }"
                                 "#keyLabel { font-size: 18pt; font-weight: bold; padding: 14px;"
                                 "  background: #fffbe6; border: 1px solid #d4b106; border-radius: 4px; }"));
    m_ui->keyLabel->setFont(fixedPitchFont());
    m_ui->keyLabel->setText(keyLines(m_key));
    m_ui->pathLabel->setText(tr("Archive: %1").arg(QDir::toNativeSeparators(m_archivePath)));
    m_ui->pathLabel->setVisible(!m_archivePath.isEmpty());

    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setEnabled(false);
    connect(m_ui->confirmCheck, &QCheckBox::toggled, ok, &QWidget::setEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->printButton, &QPushButton::clicked, this, &RecoveryKeyDialog::print);
    m_ui->printButton->setFocus();
}

RecoveryKeyDialog::~RecoveryKeyDialog() = default;

void RecoveryKeyDialog::showIfPending(Archive& archive, const QString& archivePath, QWidget* parent)
{
    const QString key = archive.accounts().takeRecoveryKey();
    if (key.isEmpty())
        return;
    RecoveryKeyDialog dialog(key, archivePath, parent);
    DialogRunner::exec(dialog);
}

std::unique_ptr<QTextDocument> RecoveryKeyDialog::printPage() const
{
    auto doc = std::make_unique<QTextDocument>();
    const QString mono = QFontInfo(fixedPitchFont()).family();
    QString keyHtml = keyLines(m_key).toHtmlEscaped();
    keyHtml.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    const QString html =
        QStringLiteral(
            "<h2>%1</h2><p>%2</p><p>%3</p>"
            "<p style=\"font-family:'%4'; font-size:20pt; font-weight:bold; margin:24px 0;\">%5</p>"
            "<p>%6</p><p>%7</p><br/><p>%8</p>")
            .arg(tr("ArchiveRoom — recovery key").toHtmlEscaped(),
                 tr("Archive: %1").arg(QDir::toNativeSeparators(m_archivePath)).toHtmlEscaped(),
                 tr("Printed on %1").arg(QDate::currentDate().toString(Qt::ISODate)).toHtmlEscaped(), mono,
                 keyHtml,
                 tr("If the password of every administrator is lost, this key sets a new password for any "
                    "account (\"Forgot password…\" in the sign-in window).")
                     .toHtmlEscaped(),
                 tr("Whoever holds this key can open the archive. Keep it sealed and locked away, apart from "
                    "the computer.")
                     .toHtmlEscaped(),
                 tr("Kept by: ____________    Date: ____________").toHtmlEscaped());
    doc->setHtml(html);
    return doc;
}

void RecoveryKeyDialog::print()
{
    auto page = printPage();
    if (printHandler()) {
        printHandler()(*page);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the recovery key"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    page->print(&printer);
}

void RecoveryKeyDialog::setPrintHandler(PrintHandler handler)
{
    printHandler() = std::move(handler);
}

void RecoveryKeyDialog::reject()
{
    // Deliberately empty: see the header.
}

} // namespace ar::ui
