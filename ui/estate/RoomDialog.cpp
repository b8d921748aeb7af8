#include "ui/estate/RoomDialog.h"
#include "ui_RoomDialog.h"

#include "ui/common/DialogSeam.h"

#include <cmath>

namespace ar::ui {

RoomDialog::RoomDialog(QWidget* parent) : QDialog(parent), m_ui(std::make_unique<::Ui::RoomDialog>())
{
    m_ui->setupUi(this);
    m_ui->numberEdit->setPlaceholderText(tr("e.g. 1201"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The floor follows the number while the clerk has not set it by hand (1201 → 12).
    connect(m_ui->numberEdit, &QLineEdit::textEdited, this,
            [this](const QString& text) { m_ui->floorSpin->setValue(floorFromRoomNumber(text)); });
}

RoomDialog::~RoomDialog() = default;

void RoomDialog::fillUses(QComboBox* combo, RoomUse current)
{
    combo->clear();
    for (RoomUse u : allRoomUses()) {
        combo->addItem(roomUseLabel(u), roomUseCode(u));
        if (u == current)
            combo->setCurrentIndex(combo->count() - 1);
    }
}

void RoomDialog::setRoom(const Room& r)
{
    m_initial = r;
    m_ui->numberEdit->setText(r.number);
    m_ui->floorSpin->setValue(r.floor);
    m_ui->areaSpin->setValue(r.areaCenti / 100.0);
    fillUses(m_ui->useCombo, r.use);
}

Room RoomDialog::room() const
{
    Room r = m_initial;
    r.number = m_ui->numberEdit->text();
    r.floor = m_ui->floorSpin->value();
    r.areaCenti = int(std::lround(m_ui->areaSpin->value() * 100));
    r.use = roomUseFromCode(m_ui->useCombo->currentData().toString());
    return r;
}

std::optional<Room> RoomDialog::ask(QWidget* parent, const QString& title, const Room& initial)
{
    std::optional<Room> answer;
    if (DialogSeam<Room>::take(answer))
        return answer;
    RoomDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setRoom(initial);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.room();
}

} // namespace ar::ui
