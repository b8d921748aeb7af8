#include "ui/estate/RoomGridDialog.h"
#include "ui_RoomGridDialog.h"

#include "ui/common/DialogSeam.h"
#include "ui/estate/RoomDialog.h"

#include <cmath>

namespace ar::ui {

RoomGridDialog::RoomGridDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::RoomGridDialog>())
{
    m_ui->setupUi(this);
    RoomDialog::fillUses(m_ui->useCombo, RoomUse::Residential);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QSpinBox* spin : {m_ui->floorFromSpin, m_ui->floorToSpin, m_ui->perFloorSpin})
        connect(spin, &QSpinBox::valueChanged, this, &RoomGridDialog::updatePreview);
    updatePreview();
}

RoomGridDialog::~RoomGridDialog() = default;

RoomGridDialog::Values RoomGridDialog::values() const
{
    Values v;
    v.floorFrom = m_ui->floorFromSpin->value();
    v.floorTo = m_ui->floorToSpin->value();
    v.perFloor = m_ui->perFloorSpin->value();
    v.areaCenti = int(std::lround(m_ui->areaSpin->value() * 100));
    v.use = roomUseFromCode(m_ui->useCombo->currentData().toString());
    return v;
}

// Shows what will be created, so a wrong range is seen before it becomes 300 rooms.
void RoomGridDialog::updatePreview()
{
    const Values v = values();
    const int floors = std::max(0, v.floorTo - v.floorFrom + 1);
    auto number = [](int floor, int n) {
        return QStringLiteral("%1%2").arg(floor).arg(n, 2, 10, QLatin1Char('0'));
    };
    m_ui->previewLabel->setText(floors == 0
                                    ? tr("The last floor is below the first.")
                                    : tr("%1 rooms: %2 … %3")
                                          .arg(floors * v.perFloor)
                                          .arg(number(v.floorFrom, 1), number(v.floorTo, v.perFloor)));
}

std::optional<RoomGridDialog::Values> RoomGridDialog::ask(QWidget* parent, const QString& unitName)
{
    std::optional<Values> answer;
    if (DialogSeam<Values>::take(answer))
        return answer;
    RoomGridDialog dialog(parent);
    dialog.setWindowTitle(tr("Add rooms to %1").arg(unitName));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.values();
}

} // namespace ar::ui
