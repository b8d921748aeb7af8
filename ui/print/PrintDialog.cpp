// PrintDialog: the dialog, its preview, printing and the PDF. The scope's fields and the request
// they make: PrintDialogScope.cpp.
#include "ui/print/PrintDialog.h"

#include "services/Archive.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/DialogSeam.h"
#include "ui/common/MessageBox.h"
#include "ui/print/PrinterCalibration.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace ar::ui {

bool PrintDialog::isPersonForm(PrintForm f)
{
    return f == PrintForm::OwnerForm || f == PrintForm::TenantForm;
}

bool PrintDialog::isRegister(PrintForm f)
{
    return f == PrintForm::BorrowRegister || f == PrintForm::CopyRegister;
}

PrintDialog::PrintDialog(Archive& archive, PrintForm form, bool blank, const PrintRequest& preset,
                         QWidget* parent)
    : QDialog(parent), m_archive(archive), m_form(form), m_blank(blank && isPersonForm(form)),
      m_loans(preset.loans)
{
    setObjectName(QStringLiteral("PrintDialog"));
    setWindowTitle(m_blank ? tr("Print: %1, blank").arg(printFormLabel(form))
                           : tr("Print: %1").arg(printFormLabel(form)));
    setSizeGripEnabled(true);

    auto* scopeBox = new QGroupBox(tr("What to print"), this);
    scopeBox->setObjectName(QStringLiteral("scopeBox"));
    m_formLayout = new QFormLayout(scopeBox);
    m_formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    buildScope(preset);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setMinimumWidth(260);

    auto* left = new QVBoxLayout;
    left->addWidget(scopeBox);
    left->addWidget(m_statusLabel);
    left->addStretch(1);

    m_previewPrinter = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_previewPrinter->setFullPage(true);
    m_preview = new QPrintPreviewWidget(m_previewPrinter.get(), this);
    m_preview->setObjectName(QStringLiteral("printPreview"));
    m_preview->setMinimumSize(520, 480);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &PrintDialog::paint);

    auto* body = new QHBoxLayout;
    body->addLayout(left, 0);
    body->addWidget(m_preview, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_previewButton = buttons->addButton(tr("Pre&view"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_previewButton->setToolTip(tr("Show the form with the choices made on the left"));
    auto* zoomIn = buttons->addButton(tr("Zoom &in"), QDialogButtonBox::ActionRole);
    zoomIn->setObjectName(QStringLiteral("zoomInButton"));
    auto* zoomOut = buttons->addButton(tr("Zoom &out"), QDialogButtonBox::ActionRole);
    zoomOut->setObjectName(QStringLiteral("zoomOutButton"));
    m_printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_pdfButton = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    m_pdfButton->setObjectName(QStringLiteral("pdfButton"));
    auto* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(m_previewButton, &QPushButton::clicked, this, [this] { updatePreview(); });
    connect(zoomIn, &QPushButton::clicked, m_preview, [this] { m_preview->zoomIn(); });
    connect(zoomOut, &QPushButton::clicked, m_preview, [this] { m_preview->zoomOut(); });
    connect(m_printButton, &QPushButton::clicked, this, &PrintDialog::onPrint);
    connect(m_pdfButton, &QPushButton::clicked, this, &PrintDialog::onSavePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    resize(1180, 780);

    // What the main window chose is shown at once; what is missing is said under the fields.
    // Full values are never shown before the clerk asks for them with a reason.
    ensureJob(true);
}

PrintDialog::~PrintDialog() = default;

void PrintDialog::invalidate()
{
    if (!m_job)
        return;
    m_job.reset();
    m_statusLabel->setText(tr("The choices have changed: press Preview to see the form again."));
}

bool PrintDialog::ensureJob(bool quiet)
{
    if (m_job)
        return true;
    auto job = m_archive.printing().prepare(request());
    if (!job) {
        showError(job.error(), quiet);
        m_preview->updatePreview(); // nothing is shown for what cannot be printed
        return false;
    }
    m_job = job.value();
    m_preview->updatePreview();
    m_statusLabel->setText(tr("%1\n%n page(s)", nullptr, previewPages()).arg(m_job->description) +
                           (m_job->masked && isPersonForm(m_form) && !m_blank
                                ? QLatin1Char('\n') + tr("Sensitive values are masked.")
                                : QString()));
    return true;
}

bool PrintDialog::updatePreview()
{
    m_job.reset();
    return ensureJob(false);
}

void PrintDialog::showError(const Error& e, bool quiet)
{
    QString text = e.message;
    if (!e.field.isEmpty()) {
        const QString label = fieldLabel(e.field);
        text = e.value.isEmpty() ? tr("%1: %2").arg(label, e.message)
                                 : tr("%1 “%2”: %3").arg(label, e.value, e.message);
    }
    m_statusLabel->setText(text);
    if (quiet)
        return;
    QWidget* focus = nullptr;
    if (e.field == QLatin1String("room"))
        focus = m_roomEdit;
    else if (e.field == QLatin1String("last_room"))
        focus = m_lastRoomEdit;
    else if (e.field == QLatin1String("dossier") || e.field == QLatin1String("code"))
        focus = m_archiveNoEdit;
    else if (e.field == QLatin1String("location"))
        focus = m_locationEdit;
    else if (e.field == QLatin1String("from"))
        focus = m_fromEdit;
    else if (e.field == QLatin1String("to"))
        focus = m_toEdit;
    else if (e.field == QLatin1String("reason"))
        focus = m_reasonEdit;
    else if (e.field == QLatin1String("building"))
        focus = m_buildingCombo;
    else if (e.field == QLatin1String("unit"))
        focus = m_unitCombo;
    else if (e.field == QLatin1String("sheet"))
        focus = m_sheetCombo;
    else if (e.field == QLatin1String("skip"))
        focus = m_skipSpin;
    MessageBox::warning(this, tr("Cannot print"), text);
    if (focus && focus->isVisible())
        focus->setFocus(Qt::OtherFocusReason);
}

int PrintDialog::previewPages() const
{
    return m_job ? m_preview->pageCount() : 0;
}

QString PrintDialog::statusText() const
{
    return m_statusLabel->text();
}

void PrintDialog::paint(QPrinter* printer)
{
    // The preview is not a print: nothing is recorded here. Labels are previewed unshifted.
    if (!m_job)
        return;
    (void)PrintService::render(m_job.value(), *printer);
}

PrintJob PrintDialog::jobFor(const QString& printerName) const
{
    PrintJob job = m_job.value();
    if (m_form == PrintForm::Labels)
        job.request.calibration = PrinterCalibration::load(printerName);
    return job;
}

bool PrintDialog::printTo(QPrinter& printer)
{
    if (!ensureJob(false))
        return false;
    const bool pdf = printer.outputFormat() == QPrinter::PdfFormat;
    const QString name = pdf ? PrinterCalibration::pdfName() : printer.printerName();
    const PrintJob job = jobFor(name);
    printer.setDocName(job.description);
    auto pages = PrintService::render(job, printer);
    if (!pages) {
        showError(pages.error(), false);
        return false;
    }
    const QString target = pdf ? QStringLiteral("pdf:") + QFileInfo(printer.outputFileName()).fileName()
                               : QStringLiteral("printer:") + printer.printerName();
    if (auto s = m_archive.printing().recordPrint(job, pages.value(), target); !s) {
        showError(s.error(), false);
        return false;
    }
    m_statusLabel->setText(tr("Sent to %1: %n page(s).", nullptr, pages.value()).arg(printer.printerName()));
    return true;
}

bool PrintDialog::saveAsPdf(const QString& path)
{
    if (!ensureJob(false))
        return false;
    const QFileInfo info(path);
    if (path.isEmpty() || !info.absoluteDir().exists()) {
        showError(
            Error::invalid(QStringLiteral("out"), path, tr("The folder of %1 does not exist").arg(path)),
            false);
        return false;
    }
    const PrintJob job = jobFor(PrinterCalibration::pdfName());
    // Written beside the target and moved over it: a failed print leaves no half-written file.
    const QString temp = path + QStringLiteral(".part");
    int pages = 0;
    {
        QPdfWriter writer(temp);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("ArchiveRoom"));
        writer.setTitle(job.description);
        auto n = PrintService::render(job, writer);
        if (!n) {
            QFile::remove(temp);
            showError(n.error(), false);
            return false;
        }
        pages = n.value();
    }
    if (QFileInfo(temp).size() == 0) {
        QFile::remove(temp);
        MessageBox::warning(this, tr("Cannot print"), tr("Cannot write %1").arg(path));
        return false;
    }
    if (auto s = m_archive.printing().recordPrint(job, pages, QStringLiteral("pdf:") + info.fileName()); !s) {
        QFile::remove(temp);
        showError(s.error(), false);
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        MessageBox::warning(this, tr("Cannot print"), tr("Cannot write %1").arg(path));
        return false;
    }
    m_statusLabel->setText(tr("Saved %1: %n page(s).", nullptr, pages).arg(QDir::toNativeSeparators(path)));
    return true;
}

QString PrintDialog::suggestedFileName() const
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|]+"));
    QString name = m_job ? m_job->description : printFormLabel(m_form);
    name.replace(unsafe, QStringLiteral("-"));
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    return QDir(dir).filePath(name.simplified() + QStringLiteral(".pdf"));
}

void PrintDialog::onSavePdf()
{
    // What cannot be printed is said before a file name is asked for.
    if (!ensureJob(false))
        return;
    std::optional<PdfTarget> answer;
    QString path;
    if (DialogSeam<PdfTarget>::take(answer))
        path = answer ? answer->path : QString();
    else
        path = QFileDialog::getSaveFileName(this, tr("Save as PDF"), suggestedFileName(), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    saveAsPdf(path);
}

void PrintDialog::onPrint()
{
    if (!ensureJob(false))
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true); // the forms place everything themselves, in millimetres
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %1").arg(m_job->description));
    dialog.setOption(QAbstractPrintDialog::PrintToFile, true);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    printTo(printer);
}

} // namespace ar::ui
