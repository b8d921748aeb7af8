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

namespace {

bool isPersonForm(PrintForm f)
{
    return f == PrintForm::OwnerForm || f == PrintForm::TenantForm;
}

bool isRegister(PrintForm f)
{
    return f == PrintForm::BorrowRegister || f == PrintForm::CopyRegister;
}

void selectData(QComboBox* combo, const QString& code)
{
    if (code.isEmpty())
        return;
    for (int i = 0; i < combo->count(); ++i)
        if (combo->itemData(i).toString().compare(code, Qt::CaseInsensitive) == 0 ||
            combo->itemText(i) == code) {
            combo->setCurrentIndex(i);
            return;
        }
}

} // namespace

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

void PrintDialog::buildScope(const PrintRequest& preset)
{
    const Archive& ctx = m_archive;
    const auto track = [this](auto* w, auto signal) { connect(w, signal, this, &PrintDialog::invalidate); };

    m_estateCombo = new QComboBox(this);
    m_estateCombo->setObjectName(QStringLiteral("estateCombo"));
    if (auto estates = m_archive.estate().estates())
        for (const Estate& e : estates.value())
            m_estateCombo->addItem(e.name, e.code);
    selectData(m_estateCombo, preset.estate);
    m_formLayout->addRow(tr("&Estate:"), m_estateCombo);

    m_buildingCombo = new QComboBox(this);
    m_buildingCombo->setObjectName(QStringLiteral("buildingCombo"));
    m_formLayout->addRow(tr("&Building:"), m_buildingCombo);
    m_unitCombo = new QComboBox(this);
    m_unitCombo->setObjectName(QStringLiteral("unitCombo"));
    m_formLayout->addRow(tr("&Unit:"), m_unitCombo);
    loadBuildings();
    selectData(m_buildingCombo, preset.building);
    loadUnits();
    selectData(m_unitCombo, preset.unit);
    connect(m_estateCombo, &QComboBox::currentIndexChanged, this, [this] {
        loadBuildings();
        loadUnits();
    });
    connect(m_buildingCombo, &QComboBox::currentIndexChanged, this, [this] { loadUnits(); });
    track(m_estateCombo, &QComboBox::currentIndexChanged);
    track(m_buildingCombo, &QComboBox::currentIndexChanged);
    track(m_unitCombo, &QComboBox::currentIndexChanged);

    m_roomEdit = new QLineEdit(preset.room, this);
    m_roomEdit->setObjectName(QStringLiteral("roomEdit"));
    m_roomEdit->setPlaceholderText(tr("B-U-R, e.g. 3-2-1201"));
    m_roomEdit->setToolTip(tr("One room; it takes precedence over building and unit"));
    m_formLayout->addRow(m_form == PrintForm::Labels ? tr("&From room:") : tr("&Room:"), m_roomEdit);
    m_lastRoomEdit = new QLineEdit(preset.lastRoom, this);
    m_lastRoomEdit->setObjectName(QStringLiteral("lastRoomEdit"));
    m_lastRoomEdit->setPlaceholderText(tr("B-U-R; empty for one room"));
    m_lastRoomEdit->setToolTip(tr("The labels of the rooms from the first to this one, in shelf order"));
    m_formLayout->addRow(tr("&To room:"), m_lastRoomEdit);
    m_archiveNoEdit = new QLineEdit(preset.archiveNo, this);
    m_archiveNoEdit->setObjectName(QStringLiteral("archiveNoEdit"));
    m_archiveNoEdit->setPlaceholderText(tr("Archive no., or scan a label"));
    m_formLayout->addRow(tr("&Dossier (archive no.):"), m_archiveNoEdit);
    m_locationEdit = new QLineEdit(preset.location, this);
    m_locationEdit->setObjectName(QStringLiteral("locationEdit"));
    m_locationEdit->setPlaceholderText(tr("档案室/A柜/3层/盒01"));
    m_locationEdit->setToolTip(
        tr("The catalog of one box or shelf: its place; building and unit are then ignored"));
    m_formLayout->addRow(tr("Bo&x or shelf:"), m_locationEdit);
    for (QLineEdit* e : {m_roomEdit, m_lastRoomEdit, m_archiveNoEdit, m_locationEdit}) {
        e->setClearButtonEnabled(true);
        track(e, &QLineEdit::textChanged);
        // Enter in a field shows the preview, as the Preview button does.
        connect(e, &QLineEdit::returnPressed, this, [this] { updatePreview(); });
    }

    const QDate today = ctx.clock().today();
    m_fromEdit =
        new QDateEdit(preset.from.isValid() ? preset.from : QDate(today.year(), today.month(), 1), this);
    m_fromEdit->setObjectName(QStringLiteral("fromEdit"));
    m_toEdit = new QDateEdit(preset.to.isValid() ? preset.to : today, this);
    m_toEdit->setObjectName(QStringLiteral("toEdit"));
    for (QDateEdit* d : {m_fromEdit, m_toEdit}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        track(d, &QDateEdit::dateChanged);
    }
    m_formLayout->addRow(tr("&From:"), m_fromEdit);
    m_formLayout->addRow(tr("&To:"), m_toEdit);

    m_sheetCombo = new QComboBox(this);
    m_sheetCombo->setObjectName(QStringLiteral("sheetCombo"));
    m_formLayout->addRow(tr("Label s&heet:"), m_sheetCombo);
    m_codeCombo = new QComboBox(this);
    m_codeCombo->setObjectName(QStringLiteral("codeCombo"));
    m_codeCombo->addItem(tr("QR code"), print::codeKindCode(print::CodeKind::QrCode));
    m_codeCombo->addItem(tr("Code 128 (every scanner reads it)"),
                         print::codeKindCode(print::CodeKind::Code128));
    if (preset.code == print::CodeKind::Code128)
        m_codeCombo->setCurrentIndex(1);
    m_formLayout->addRow(tr("&Code:"), m_codeCombo);
    m_skipSpin = new QSpinBox(this);
    m_skipSpin->setObjectName(QStringLiteral("skipSpin"));
    m_skipSpin->setSuffix(tr(" labels"));
    m_skipSpin->setToolTip(tr("Labels already used on the first sheet: printing starts after them"));
    m_formLayout->addRow(tr("S&kip:"), m_skipSpin);
    if (m_form == PrintForm::Labels)
        loadSheets();
    selectData(m_sheetCombo, preset.sheet.name);
    m_skipSpin->setValue(preset.skip);
    connect(m_sheetCombo, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && i < m_sheets.size())
            m_skipSpin->setMaximum(m_sheets.at(i).perPage() - 1);
    });
    if (m_sheetCombo->currentIndex() >= 0 && m_sheetCombo->currentIndex() < m_sheets.size())
        m_skipSpin->setMaximum(m_sheets.at(m_sheetCombo->currentIndex()).perPage() - 1);
    track(m_sheetCombo, &QComboBox::currentIndexChanged);
    track(m_codeCombo, &QComboBox::currentIndexChanged);
    track(m_skipSpin, &QSpinBox::valueChanged);

    m_unmaskCheck = new QCheckBox(tr("Print the &full values (ID numbers, phones, addresses)"), this);
    m_unmaskCheck->setObjectName(QStringLiteral("unmaskCheck"));
    m_unmaskCheck->setToolTip(tr("Recorded in the audit trail with the reason"));
    m_formLayout->addRow(QString(), m_unmaskCheck);
    m_reasonEdit = new QLineEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
    m_reasonEdit->setPlaceholderText(tr("e.g. proof of ownership"));
    m_reasonEdit->setEnabled(false);
    m_formLayout->addRow(tr("Re&ason:"), m_reasonEdit);
    connect(m_unmaskCheck, &QCheckBox::toggled, m_reasonEdit, &QWidget::setEnabled);
    track(m_unmaskCheck, &QCheckBox::toggled);
    track(m_reasonEdit, &QLineEdit::textChanged);

    updateRows();
}

void PrintDialog::updateRows()
{
    const bool person = isPersonForm(m_form);
    const bool labels = m_form == PrintForm::Labels;
    const bool file = m_form == PrintForm::FileCatalog;
    const bool place = (person && !m_blank) || labels || file;
    m_formLayout->setRowVisible(m_estateCombo, m_estateCombo->count() > 1 && !isRegister(m_form) &&
                                                   m_form != PrintForm::DossierCatalog &&
                                                   m_form != PrintForm::Reminders);
    m_formLayout->setRowVisible(m_buildingCombo, place);
    m_formLayout->setRowVisible(m_unitCombo, place);
    m_formLayout->setRowVisible(m_roomEdit, person || labels);
    m_formLayout->setRowVisible(m_lastRoomEdit, labels);
    m_formLayout->setRowVisible(m_archiveNoEdit,
                                (person && !m_blank) || labels || m_form == PrintForm::DossierCatalog);
    m_formLayout->setRowVisible(m_locationEdit, file);
    m_formLayout->setRowVisible(m_fromEdit, isRegister(m_form));
    m_formLayout->setRowVisible(m_toEdit, isRegister(m_form));
    m_formLayout->setRowVisible(m_sheetCombo, labels);
    m_formLayout->setRowVisible(m_codeCombo, labels);
    m_formLayout->setRowVisible(m_skipSpin, labels);
    // Unmasking is offered to the roles that may (R20); the service checks again.
    const bool unmask = person && !m_blank && m_archive.can(Permission::UnmaskSensitive);
    m_formLayout->setRowVisible(m_unmaskCheck, unmask);
    m_formLayout->setRowVisible(m_reasonEdit, unmask);
}

void PrintDialog::loadBuildings()
{
    const QSignalBlocker block(m_buildingCombo);
    m_buildingCombo->clear();
    m_buildingCombo->addItem(tr("(all buildings)"), QString());
    auto estates = m_archive.estate().estates();
    if (!estates)
        return;
    const QString code = m_estateCombo->currentData().toString();
    for (const Estate& e : estates.value()) {
        if (e.code != code)
            continue;
        if (auto buildings = m_archive.estate().buildings(e.id))
            for (const Building& b : buildings.value())
                m_buildingCombo->addItem(b.name, b.code);
    }
}

void PrintDialog::loadUnits()
{
    const QSignalBlocker block(m_unitCombo);
    m_unitCombo->clear();
    m_unitCombo->addItem(tr("(all units)"), QString());
    const QString building = m_buildingCombo->currentData().toString();
    m_unitCombo->setEnabled(!building.isEmpty());
    if (building.isEmpty())
        return;
    auto estates = m_archive.estate().estates();
    if (!estates)
        return;
    for (const Estate& e : estates.value()) {
        if (e.code != m_estateCombo->currentData().toString())
            continue;
        auto buildings = m_archive.estate().buildings(e.id);
        if (!buildings)
            return;
        for (const Building& b : buildings.value())
            if (b.code == building)
                if (auto units = m_archive.estate().units(b.id))
                    for (const Unit& u : units.value())
                        m_unitCombo->addItem(u.name, u.code);
    }
}

void PrintDialog::loadSheets()
{
    const QSignalBlocker block(m_sheetCombo);
    m_sheetCombo->clear();
    auto sheets = m_archive.printing().labelSheets();
    m_sheets = sheets ? sheets.value() : print::presetSheets();
    for (const print::LabelSheet& s : std::as_const(m_sheets))
        m_sheetCombo->addItem(tr("%1 (%2 × %3, %4 × %5 mm)")
                                  .arg(s.name)
                                  .arg(s.columns)
                                  .arg(s.rows)
                                  .arg(s.labelWidth)
                                  .arg(s.labelHeight),
                              s.name);
}

PrintRequest PrintDialog::request() const
{
    PrintRequest r;
    r.form = m_form;
    r.blank = m_blank;
    r.loans = m_loans; // reminder slips: the loans chosen in the overdue list
    r.estate = m_estateCombo->currentData().toString();
    const bool person = isPersonForm(m_form);
    const bool labels = m_form == PrintForm::Labels;
    if ((person && !m_blank) || labels || m_form == PrintForm::FileCatalog) {
        r.building = m_buildingCombo->currentData().toString();
        if (!r.building.isEmpty())
            r.unit = m_unitCombo->currentData().toString();
    }
    if (person || labels)
        r.room = m_roomEdit->text().trimmed();
    if (labels)
        r.lastRoom = m_lastRoomEdit->text().trimmed();
    if ((person && !m_blank) || labels || m_form == PrintForm::DossierCatalog)
        r.archiveNo = m_archiveNoEdit->text().trimmed();
    if (m_form == PrintForm::FileCatalog)
        r.location = m_locationEdit->text().trimmed();
    if (isRegister(m_form)) {
        r.from = m_fromEdit->date();
        r.to = m_toEdit->date();
    }
    if (labels) {
        const int i = m_sheetCombo->currentIndex();
        if (i >= 0 && i < m_sheets.size())
            r.sheet = m_sheets.at(i);
        r.code =
            print::codeKindFromCode(m_codeCombo->currentData().toString()).value_or(print::CodeKind::Code128);
        r.skip = m_skipSpin->value();
    }
    if (person && !m_blank && m_unmaskCheck->isChecked()) {
        r.unmask = true;
        r.reason = m_reasonEdit->text().trimmed();
    }
    return r;
}

QString PrintDialog::fieldLabel(const QString& field)
{
    if (field == QLatin1String("estate"))
        return tr("Estate");
    if (field == QLatin1String("building"))
        return tr("Building");
    if (field == QLatin1String("unit"))
        return tr("Unit");
    if (field == QLatin1String("room"))
        return tr("Room");
    if (field == QLatin1String("last_room"))
        return tr("To room");
    if (field == QLatin1String("dossier"))
        return tr("Dossier (archive no.)");
    if (field == QLatin1String("location"))
        return tr("Box or shelf");
    if (field == QLatin1String("category"))
        return tr("Category");
    if (field == QLatin1String("from"))
        return tr("From");
    if (field == QLatin1String("to"))
        return tr("To");
    if (field == QLatin1String("reason"))
        return tr("Reason");
    if (field == QLatin1String("sheet"))
        return tr("Label sheet");
    if (field == QLatin1String("code"))
        return tr("Code on the label");
    if (field == QLatin1String("skip"))
        return tr("Skip");
    return field;
}

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
