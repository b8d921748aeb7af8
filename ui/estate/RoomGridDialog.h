#pragma once

#include "core/Estate.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class RoomGridDialog;
}

namespace ar::ui {

// Asks for a block of rooms: floors from–to, rooms per floor, their area and use; the
// service numbers them FFNN (1201, 1202 …) and keeps rooms that already exist.
class RoomGridDialog : public QDialog
{
    Q_OBJECT
public:
    struct Values
    {
        int floorFrom = 1;
        int floorTo = 18;
        int perFloor = 2;
        int areaCenti = 0;
        RoomUse use = RoomUse::Residential;
    };

    // Tests answer it through DialogSeam<RoomGridDialog::Values>.
    static std::optional<Values> ask(QWidget* parent, const QString& unitName);

    explicit RoomGridDialog(QWidget* parent = nullptr);
    ~RoomGridDialog() override;

    Values values() const;

private:
    void updatePreview();
    std::unique_ptr<::Ui::RoomGridDialog> m_ui;
};

} // namespace ar::ui
