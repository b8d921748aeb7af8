#include "ui/print/LabelSheetDialog.h"

#include "services/Archive.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/DialogSeam.h"
#include "ui/common/FormErrors.h"
#include "ui/common/MessageBox.h"
#include "ui/print/PrintDialog.h"
#include "ui/print/PrinterCalibration.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ar::ui {

namespace {

QDoubleSpinBox* mmSpin(QWidget* parent, const char* name, double min, double max)
{
    auto* s = new QDoubleSpinBox(parent);
    s->setObjectName(QString::fromLatin1(name));
    s->setRange(min, max);
    s->setDecimals(2);
    s->setSingleStep(0.5);
    s->setSuffix(LabelSheetDialog::tr(" mm"));
    s->setAlignment(Qt::AlignRight);
    return s;
}

bool isPreset(const print::LabelSheet& s)
{
    for (const print::LabelSheet& p : print::presetSheets())
        if (p.name == s.name && p.toJson() == s.toJson())
            return true;
    return false;
}

} // namespace

LabelSheetDialog::LabelSheetDialog(Archive& archive, QWidget* parent)
    : QDialog(parent), m_archive(archive), m_list(new QListWidget(this)), m_nameEdit(new QLineEdit(this)),
      m_pageWidth(mmSpin(this, "pageWidthSpin", 0, 1000)),
      m_pageHeight(mmSpin(this, "pageHeightSpin", 0, 1000)), m_rows(new QSpinBox(this)),
      m_columns(new QSpinBox(this)), m_labelWidth(mmSpin(this, "labelWidthSpin", 0, 1000)),
      m_labelHeight(mmSpin(this, "labelHeightSpin", 0, 1000)),
      m_marginLeft(mmSpin(this, "marginLeftSpin", -100, 500)),
      m_marginTop(mmSpin(this, "marginTopSpin", -100, 500)), m_gapX(mmSpin(this, "gapXSpin", -100, 500)),
      m_gapY(mmSpin(this, "gapYSpin", -100, 500)), m_errorLabel(new QLabel(this)),
      m_sheetStatus(new QLabel(this)), m_printerCombo(new QComboBox(this)),
      m_offsetX(mmSpin(this, "offsetXSpin", -30, 30)), m_offsetY(mmSpin(this, "offsetYSpin", -30, 30)),
      m_offsetLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("LabelSheetDialog"));
    setWindowTitle(tr("Label sheets and printer calibration"));
    setStyleSheet(FormErrors::styleSheet());

    // --- sheets -------------------------------------------------------------------------
    m_list->setObjectName(QStringLiteral("sheetList"));
    m_list->setMinimumWidth(220);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setPlaceholderText(tr("e.g. 得力 A4 3×7"));
    m_rows->setObjectName(QStringLiteral("rowsSpin"));
    m_columns->setObjectName(QStringLiteral("columnsSpin"));
    for (QSpinBox* s : {m_rows, m_columns}) {
        s->setRange(0, 50);
        s->setAlignment(Qt::AlignRight);
    }
    m_errorLabel->setObjectName(QStringLiteral("sheetErrorLabel"));
    m_errors = new FormErrors(m_errorLabel, {m_nameEdit});

    auto* sizes = new QGridLayout;
    int row = 0;
    const auto pair = [&](const QString& label, QWidget* a, QWidget* b) {
        auto* l = new QLabel(label, this);
        l->setBuddy(a);
        sizes->addWidget(l, row, 0);
        sizes->addWidget(a, row, 1);
        sizes->addWidget(new QLabel(QStringLiteral("×"), this), row, 2);
        sizes->addWidget(b, row, 3);
        ++row;
    };
    auto* nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_nameEdit);
    sizes->addWidget(nameLabel, row, 0);
    sizes->addWidget(m_nameEdit, row, 1, 1, 3);
    ++row;
    pair(tr("&Page (width × height):"), m_pageWidth, m_pageHeight);
    pair(tr("&Labels (columns × rows):"), m_columns, m_rows);
    pair(tr("Label si&ze (width × height):"), m_labelWidth, m_labelHeight);
    pair(tr("&Margin (left × top):"), m_marginLeft, m_marginTop);
    pair(tr("&Gaps (across × down):"), m_gapX, m_gapY);
    sizes->addWidget(m_errorLabel, row++, 0, 1, 4);
    m_sheetStatus->setObjectName(QStringLiteral("sheetStatusLabel"));
    m_sheetStatus->setWordWrap(true);
    sizes->addWidget(m_sheetStatus, row++, 0, 1, 4);
    sizes->setColumnStretch(1, 1);
    sizes->setColumnStretch(3, 1);

    auto* newButton = new QPushButton(tr("Ne&w"), this);
    newButton->setObjectName(QStringLiteral("newSheetButton"));
    m_saveButton = new QPushButton(tr("&Save sheet"), this);
    m_saveButton->setObjectName(QStringLiteral("saveSheetButton"));
    m_removeButton = new QPushButton(tr("Remo&ve"), this);
    m_removeButton->setObjectName(QStringLiteral("removeSheetButton"));
    m_removeButton->setToolTip(tr("Only sheets saved here can be removed; the presets stay"));
    auto* sheetButtons = new QHBoxLayout;
    sheetButtons->addWidget(newButton);
    sheetButtons->addStretch(1);
    sheetButtons->addWidget(m_removeButton);
    sheetButtons->addWidget(m_saveButton);

    auto* edit = new QVBoxLayout;
    edit->addLayout(sizes);
    edit->addStretch(1);
    edit->addLayout(sheetButtons);
    auto* sheetBox = new QGroupBox(tr("Label sheets"), this);
    auto* sheetLayout = new QHBoxLayout(sheetBox);
    sheetLayout->addWidget(m_list);
    sheetLayout->addLayout(edit, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &LabelSheetDialog::onCurrentSheet);
    connect(newButton, &QPushButton::clicked, this, [this] {
        m_list->setCurrentRow(-1);
        print::LabelSheet s;
        s.name.clear();
        setSheet(s);
        m_nameEdit->setFocus();
    });
    connect(m_saveButton, &QPushButton::clicked, this, [this] { saveSheet(); });
    connect(m_removeButton, &QPushButton::clicked, this, [this] { removeSheet(); });

    // --- calibration --------------------------------------------------------------------
    m_printerCombo->setObjectName(QStringLiteral("printerCombo"));
    QStringList printers = QPrinterInfo::availablePrinterNames();
    if (printers.isEmpty())
        printers << PrinterCalibration::pdfName();
    m_printerCombo->addItems(printers);
    const QString preferred = QPrinterInfo::defaultPrinterName();
    if (const int i = m_printerCombo->findText(preferred); i >= 0)
        m_printerCombo->setCurrentIndex(i);
    m_offsetX->setDecimals(1);
    m_offsetY->setDecimals(1);
    m_offsetX->setSingleStep(0.1);
    m_offsetY->setSingleStep(0.1);
    m_offsetLabel->setObjectName(QStringLiteral("offsetLabel"));
    m_offsetLabel->setWordWrap(true);

    auto* how = new QLabel(
        tr("1. Choose the sheet above and print the calibration page on plain paper, with both offsets at "
           "0.\n"
           "2. Lay the page on a label sheet against the light. Each label's outline has a cross at its "
           "centre: "
           "measure in millimetres how far a cross lies from the centre of its label — to the right and "
           "downwards are positive, to the left and upwards negative.\n"
           "3. Enter the two distances and save them for this printer. Print the page again: the crosses "
           "should now sit in the middle of the labels."),
        this);
    how->setObjectName(QStringLiteral("calibrationHelp"));
    how->setWordWrap(true);

    auto* offsets = new QFormLayout;
    offsets->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_printerCombo->setMinimumWidth(320);
    m_offsetX->setMinimumWidth(140);
    m_offsetY->setMinimumWidth(140);
    offsets->addRow(tr("Pr&inter:"), m_printerCombo);
    offsets->addRow(tr("Printed too far &right by:"), m_offsetX);
    offsets->addRow(tr("Printed too far &down by:"), m_offsetY);
    auto* saveOffsetButton = new QPushButton(tr("Save &offset"), this);
    saveOffsetButton->setObjectName(QStringLiteral("saveOffsetButton"));
    auto* calibrationButton = new QPushButton(tr("Print &calibration page…"), this);
    calibrationButton->setObjectName(QStringLiteral("calibrationButton"));
    auto* offsetButtons = new QHBoxLayout;
    offsetButtons->addWidget(calibrationButton);
    offsetButtons->addStretch(1);
    offsetButtons->addWidget(saveOffsetButton);

    auto* calBox = new QGroupBox(tr("Printer calibration"), this);
    auto* calLayout = new QVBoxLayout(calBox);
    calLayout->addWidget(how);
    calLayout->addLayout(offsets);
    calLayout->addWidget(m_offsetLabel);
    calLayout->addLayout(offsetButtons);

    connect(m_printerCombo, &QComboBox::currentIndexChanged, this, &LabelSheetDialog::onPrinterChanged);
    connect(saveOffsetButton, &QPushButton::clicked, this, &LabelSheetDialog::saveOffset);
    connect(calibrationButton, &QPushButton::clicked, this, &LabelSheetDialog::printCalibration);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(sheetBox, 1);
    layout->addWidget(calBox);
    layout->addWidget(buttons);
    resize(820, 700);

    reload();
    onPrinterChanged();
}

LabelSheetDialog::~LabelSheetDialog()
{
    delete m_errors;
}

void LabelSheetDialog::reload(const QString& select)
{
    auto sheets = m_archive.printing().labelSheets();
    m_sheets = sheets ? sheets.value() : print::presetSheets();
    const QSignalBlocker block(m_list);
    m_list->clear();
    int current = 0;
    for (int i = 0; i < m_sheets.size(); ++i) {
        const print::LabelSheet& s = m_sheets.at(i);
        m_list->addItem(isPreset(s) ? tr("%1 (preset)").arg(s.name) : s.name);
        if (s.name == select)
            current = i;
    }
    m_list->setCurrentRow(current);
    onCurrentSheet();
}

bool LabelSheetDialog::isSaved(const QString& name) const
{
    for (const print::LabelSheet& s : m_sheets)
        if (s.name == name)
            return !isPreset(s);
    return false;
}

void LabelSheetDialog::onCurrentSheet()
{
    m_errors->clear();
    m_sheetStatus->clear();
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_sheets.size())
        setSheet(m_sheets.at(row));
    m_removeButton->setEnabled(row >= 0 && row < m_sheets.size() && isSaved(m_sheets.at(row).name));
}

void LabelSheetDialog::setSheet(const print::LabelSheet& s)
{
    m_nameEdit->setText(s.name);
    m_pageWidth->setValue(s.pageWidth);
    m_pageHeight->setValue(s.pageHeight);
    m_rows->setValue(s.rows);
    m_columns->setValue(s.columns);
    m_labelWidth->setValue(s.labelWidth);
    m_labelHeight->setValue(s.labelHeight);
    m_marginLeft->setValue(s.marginLeft);
    m_marginTop->setValue(s.marginTop);
    m_gapX->setValue(s.gapX);
    m_gapY->setValue(s.gapY);
}

print::LabelSheet LabelSheetDialog::sheet() const
{
    print::LabelSheet s;
    s.name = m_nameEdit->text().trimmed();
    s.pageWidth = m_pageWidth->value();
    s.pageHeight = m_pageHeight->value();
    s.rows = m_rows->value();
    s.columns = m_columns->value();
    s.labelWidth = m_labelWidth->value();
    s.labelHeight = m_labelHeight->value();
    s.marginLeft = m_marginLeft->value();
    s.marginTop = m_marginTop->value();
    s.gapX = m_gapX->value();
    s.gapY = m_gapY->value();
    return s;
}

bool LabelSheetDialog::saveSheet()
{
    const print::LabelSheet s = sheet();
    if (auto st = m_archive.printing().saveLabelSheet(s); !st) {
        m_errors->show(st.error().message, st.error().field == QLatin1String("name") ? m_nameEdit : nullptr);
        return false;
    }
    reload(s.name);
    m_errors->clear();
    m_sheetStatus->setText(tr("Label sheet %1 saved.").arg(s.name));
    return true;
}

bool LabelSheetDialog::removeSheet()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_sheets.size())
        return false;
    const QString name = m_sheets.at(row).name;
    if (MessageBox::question(this, tr("Remove label sheet"), tr("Remove the label sheet %1?").arg(name)) !=
        QMessageBox::Yes)
        return false;
    if (auto st = m_archive.printing().removeLabelSheet(name); !st) {
        m_errors->show(st.error().message);
        return false;
    }
    reload();
    return true;
}

void LabelSheetDialog::onPrinterChanged()
{
    const print::Calibration cal = PrinterCalibration::load(m_printerCombo->currentText());
    m_offsetX->setValue(cal.dx);
    m_offsetY->setValue(cal.dy);
    m_offsetLabel->clear();
}

void LabelSheetDialog::saveOffset()
{
    const QString printer = m_printerCombo->currentText();
    PrinterCalibration::save(printer, {m_offsetX->value(), m_offsetY->value()});
    m_offsetLabel->setText(tr("Saved for %1: labels are shifted %2 mm left and %3 mm up when printed there.")
                               .arg(printer)
                               .arg(m_offsetX->value(), 0, 'f', 1)
                               .arg(m_offsetY->value(), 0, 'f', 1));
}

int LabelSheetDialog::renderCalibrationPage(QPagedPaintDevice& device) const
{
    return PrintService::renderCalibration(sheet(), {m_offsetX->value(), m_offsetY->value()}, device);
}

QString LabelSheetDialog::errorText() const
{
    return m_errors->isShown() ? m_errorLabel->text() : QString();
}

void LabelSheetDialog::printCalibration()
{
    const print::LabelSheet s = sheet();
    if (const QString why = s.problem(); !why.isEmpty()) {
        m_errors->show(why);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true);
    const QString name = m_printerCombo->currentText();
    if (name == PrinterCalibration::pdfName() && QPrinterInfo::availablePrinterNames().isEmpty()) {
        // No printer here: the page as a PDF, to print elsewhere.
        std::optional<PdfTarget> answer;
        QString path;
        if (DialogSeam<PdfTarget>::take(answer))
            path = answer ? answer->path : QString();
        else
            path = QFileDialog::getSaveFileName(this, tr("Save calibration page"), tr("calibration.pdf"),
                                                tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
    } else {
        printer.setPrinterName(name);
        QPrintDialog dialog(&printer, this);
        if (DialogRunner::exec(dialog) != QDialog::Accepted)
            return;
    }
    printer.setDocName(tr("Calibration page %1").arg(s.name));
    if (renderCalibrationPage(printer) <= 0) {
        m_errors->show(tr("The calibration page could not be printed"));
        return;
    }
    m_offsetLabel->setText(tr("Calibration page printed; measure the crosses and enter the shift."));
}

} // namespace ar::ui
