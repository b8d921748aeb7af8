// PrintDialog: what is printed — the scope's fields (estate, building, unit, dates, label sheet),
// which of them a form shows, and the request they make. The preview, printing and the PDF:
// PrintDialog.cpp.
#include "ui/print/PrintDialog.h"

#include "services/Archive.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace ar::ui {

namespace {

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

} // namespace ar::ui
