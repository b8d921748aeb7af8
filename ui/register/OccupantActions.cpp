#include "ui/register/OccupantActions.h"

#include "services/Archive.h"
#include "ui/common/DateDialog.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/MessageBox.h"
#include "ui/register/HistoryDialog.h"
#include "ui/register/OccupantModel.h"
#include "ui/register/PersonDetailsDialog.h"
#include "ui/register/PersonForm.h"
#include "ui/register/UnmaskReasonDialog.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>

namespace ar::ui {

namespace {
struct RoleAction
{
    OccupancyRole role;
    const char* name;
    const char* text;
    QKeySequence key;
};
} // namespace

OccupantActions::OccupantActions(Archive& archive, OccupantModel* model, QTableView* view,
                                 QWidget* dialogParent)
    : QObject(dialogParent), m_archive(archive), m_model(model), m_view(view), m_parent(dialogParent)
{
    // Owners, tenants and members are registered all day at a handover: they get keys.
    const RoleAction roles[] = {
        {OccupancyRole::Owner, "actionRegisterOwner", QT_TR_NOOP("Register &owner…"),
         QKeySequence(Qt::CTRL | Qt::Key_N)},
        {OccupancyRole::CoOwner, "actionRegisterCoOwner", QT_TR_NOOP("Register &co-owner…"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
        {OccupancyRole::Tenant, "actionRegisterTenant", QT_TR_NOOP("Register &tenant…"),
         QKeySequence(Qt::CTRL | Qt::Key_T)},
        {OccupancyRole::Member, "actionRegisterMember", QT_TR_NOOP("Register household &member…"),
         QKeySequence(Qt::CTRL | Qt::Key_M)},
        {OccupancyRole::Agent, "actionRegisterAgent", QT_TR_NOOP("Register entrusted &agent…"),
         QKeySequence()},
    };
    for (const RoleAction& r : roles) {
        auto* a = new QAction(tr(r.text), this);
        a->setObjectName(QString::fromLatin1(r.name));
        a->setShortcut(r.key);
        const OccupancyRole role = r.role;
        connect(a, &QAction::triggered, this, [this, role] { onRegister(role); });
        m_register.append({role, a});
    }
    m_edit = new QAction(tr("&Edit person…"), this);
    m_edit->setObjectName(QStringLiteral("actionEditPerson"));
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_history = new QAction(tr("Change &history…"), this);
    m_history->setObjectName(QStringLiteral("actionPersonHistory"));
    m_history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_moveOut = new QAction(tr("Mo&ve out…"), this);
    m_moveOut->setObjectName(QStringLiteral("actionMoveOut"));
    m_unmask = new QAction(tr("Show &full details…"), this);
    m_unmask->setObjectName(QStringLiteral("actionUnmaskPerson"));
    connect(m_edit, &QAction::triggered, this, &OccupantActions::onEdit);
    connect(m_history, &QAction::triggered, this, &OccupantActions::onHistory);
    connect(m_moveOut, &QAction::triggered, this, &OccupantActions::onMoveOut);
    connect(m_unmask, &QAction::triggered, this, &OccupantActions::onUnmask);
    // Double-click or Enter on a person opens the form, as in every list of records.
    connect(m_view, &QAbstractItemView::activated, this, &OccupantActions::onEdit);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OccupantActions::updateEnabled);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OccupantActions::updateEnabled);
    updateEnabled();
}

QAction* OccupantActions::registerAs(OccupancyRole role) const
{
    for (const auto& [r, a] : m_register)
        if (r == role)
            return a;
    return nullptr;
}

void OccupantActions::fillMenu(QMenu* menu) const
{
    for (const auto& entry : m_register)
        menu->addAction(entry.second);
    menu->addSeparator();
    menu->addActions({m_edit, m_history, m_unmask, m_moveOut});
}

int OccupantActions::currentRow() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void OccupantActions::updateEnabled()
{
    const bool mayRegister = m_archive.can(Permission::RegisterPersons);
    const bool room = m_model->roomId() != 0;
    for (const auto& entry : m_register)
        entry.second->setEnabled(mayRegister && room);
    const int row = currentRow();
    m_edit->setEnabled(mayRegister && row >= 0);
    m_history->setEnabled(row >= 0);
    m_unmask->setEnabled(row >= 0 && m_archive.can(Permission::UnmaskSensitive));
    m_moveOut->setEnabled(mayRegister && row >= 0 && m_model->occupant(row).occupancy.current());
}

void OccupantActions::onRegister(OccupancyRole role)
{
    if (m_model->roomId() == 0)
        return;
    PersonForm form(m_archive, m_model->roomId(), role, m_parent);
    if (DialogRunner::exec(form) != QDialog::Accepted)
        return;
    emit changed(form.savedPersonId());
    // The step the clerk chose in the form after the save.
    switch (form.nextStep()) {
    case PersonForm::NextStep::None:
        break;
    case PersonForm::NextStep::AddMember:
        return onRegister(OccupancyRole::Member);
    case PersonForm::NextStep::RegisterAnother:
        return onRegister(role);
    case PersonForm::NextStep::PrintForm:
        emit printChosen(false, role);
        break;
    case PersonForm::NextStep::PrintLabel:
        emit printChosen(true, role);
        break;
    }
}

void OccupantActions::onEdit()
{
    const int row = currentRow();
    if (row < 0 || !m_edit->isEnabled())
        return;
    const qint64 personId = m_model->occupant(row).occupancy.personId;
    PersonForm form(m_archive, personId, m_parent);
    if (DialogRunner::exec(form) == QDialog::Accepted) {
        const QStringList fields = form.changedFields();
        emit saved(fields.isEmpty() ? tr("Saved: nothing was changed")
                                    : tr("Saved; changed: %1").arg(fields.join(tr(", "))));
        emit changed(personId);
    }
}

void OccupantActions::onHistory()
{
    const int row = currentRow();
    if (row < 0)
        return;
    HistoryDialog dialog(m_archive, m_model->occupant(row).occupancy.personId, m_parent);
    DialogRunner::exec(dialog);
}

void OccupantActions::onMoveOut()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Occupant o = m_model->occupant(row);
    const auto until = DateDialog::ask(m_parent, tr("Move out"), tr("Moved out on:"),
                                       m_archive.clock().today(), o.occupancy.since);
    if (!until)
        return;
    const QString text =
        tr("%1 (%2) no longer belongs to this room from %3. The record and its history stay.")
            .arg(o.name, roleLabel(o.occupancy.role), until->toString(Qt::ISODate));
    if (MessageBox::question(m_parent, tr("Move out"), text) != QMessageBox::Yes)
        return;
    if (auto s = m_archive.people().endOccupancy(o.occupancy.id, *until); !s)
        return MessageBox::warning(m_parent, tr("Move out"), s.error().message);
    emit changed(o.occupancy.personId);
}

void OccupantActions::onUnmask()
{
    const int row = currentRow();
    if (row < 0 || !m_unmask->isEnabled())
        return;
    const Occupant o = m_model->occupant(row);
    const auto reason = UnmaskReasonDialog::ask(m_parent, o.name);
    if (!reason)
        return;
    auto person = m_archive.people().unmasked(o.occupancy.personId, *reason);
    if (!person)
        return MessageBox::warning(m_parent, tr("Show full details"), person.error().message);
    PersonDetailsDialog dialog(person.value(), *reason, m_parent);
    DialogRunner::exec(dialog);
}

} // namespace ar::ui
