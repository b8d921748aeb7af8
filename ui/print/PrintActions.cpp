#include "ui/print/PrintActions.h"

#include "services/Archive.h"
#include "ui/common/DialogRunner.h"
#include "ui/print/LabelSheetDialog.h"
#include "ui/print/PrintDialog.h"

#include <QAction>
#include <QMenu>

namespace ar::ui {

PrintActions::PrintActions(Archive& archive, QWidget* dialogParent, std::function<PrintRequest()> scope)
    : QObject(dialogParent), m_archive(archive), m_parent(dialogParent), m_scope(std::move(scope))
{
    add(PrintForm::OwnerForm, false, tr("&Owner record form…"), "actionPrintOwnerForm");
    add(PrintForm::TenantForm, false, tr("&Tenant record form…"), "actionPrintTenantForm");
    add(PrintForm::DossierCatalog, false, tr("&Dossier contents list…"), "actionPrintDossierCatalog");
    add(PrintForm::FileCatalog, false, tr("&Catalog of filed documents…"), "actionPrintFileCatalog");
    add(PrintForm::BorrowRegister, false, tr("&Borrowing register…"), "actionPrintBorrowRegister");
    add(PrintForm::CopyRegister, false, tr("Borrowing and cop&ying record ZC-05…"),
        "actionPrintCopyRegister");
    add(PrintForm::Labels, false, tr("&Spine labels…"), "actionPrintLabels");
    add(PrintForm::OwnerForm, true, tr("Blank o&wner form…"), "actionPrintBlankOwnerForm");
    add(PrintForm::TenantForm, true, tr("Blank te&nant form…"), "actionPrintBlankTenantForm");

    m_sheets = new QAction(tr("&Label sheets and printer calibration…"), this);
    m_sheets->setObjectName(QStringLiteral("actionLabelSheets"));
    m_sheets->setEnabled(m_archive.can(Permission::PrintForms));
    connect(m_sheets, &QAction::triggered, this, [this] {
        LabelSheetDialog dialog(m_archive, m_parent);
        DialogRunner::exec(dialog);
    });
}

QAction* PrintActions::add(PrintForm form, bool blank, const QString& text, const char* name)
{
    auto* a = new QAction(text, this);
    a->setObjectName(QString::fromLatin1(name));
    a->setData(QVariantList{int(form), blank});
    // The service is the gate; the menu only spares the roles that may not print a dead end.
    a->setEnabled(m_archive.can(Permission::PrintForms));
    connect(a, &QAction::triggered, this, [this, form, blank] { open(form, blank); });
    m_forms << a;
    return a;
}

QAction* PrintActions::action(PrintForm form, bool blank) const
{
    for (QAction* a : m_forms) {
        const QVariantList d = a->data().toList();
        if (d.value(0).toInt() == int(form) && d.value(1).toBool() == blank)
            return a;
    }
    return nullptr;
}

void PrintActions::fillMenu(QMenu* menu) const
{
    for (int i = 0; i < m_forms.size(); ++i) {
        if (i == 2 || i == 4 || i == 6 || i == 7)
            menu->addSeparator();
        menu->addAction(m_forms.at(i));
    }
    menu->addSeparator();
    menu->addAction(m_sheets);
}

PrintRequest PrintActions::presetFor(PrintForm form, const PrintRequest& selection)
{
    PrintRequest r;
    r.form = form;
    r.estate = selection.estate;
    switch (form) {
    case PrintForm::OwnerForm:
    case PrintForm::TenantForm:
        // The room's forms; the dossier named only when it is one of this kind (the service
        // says so otherwise), so the room is the safer preset.
        r.building = selection.building;
        r.unit = selection.unit;
        r.room = selection.room;
        break;
    case PrintForm::DossierCatalog:
        r.archiveNo = selection.archiveNo;
        break;
    case PrintForm::FileCatalog:
        r.building = selection.building;
        r.unit = selection.unit;
        break;
    case PrintForm::Labels:
        r.building = selection.building;
        r.unit = selection.unit;
        r.room = selection.room;
        break;
    case PrintForm::BorrowRegister:
    case PrintForm::CopyRegister:
    case PrintForm::DestructionList:
    case PrintForm::SelfInspection:
    case PrintForm::Reconciliation:
    case PrintForm::Reminders:
        break;
    }
    return r;
}

void PrintActions::open(PrintForm form, bool blank)
{
    const PrintRequest selection = m_scope ? m_scope() : PrintRequest{};
    PrintRequest preset = presetFor(form, selection);
    if (blank) {
        // A blank form may carry the room in its header, nothing else.
        preset = PrintRequest{};
        preset.estate = selection.estate;
        preset.room = selection.room;
    }
    PrintDialog dialog(m_archive, form, blank, preset, m_parent);
    DialogRunner::exec(dialog);
}

} // namespace ar::ui
