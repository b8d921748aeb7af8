#pragma once

#include "core/Estate.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;

namespace Ui {
class RoomDialog;
}

namespace ar::ui {

// Asks for one room's number, floor, area and use (adding a single room or correcting one).
class RoomDialog : public QDialog
{
    Q_OBJECT
public:
    // The room as entered (id and unit copied from `initial`), or nothing when cancelled.
    // Tests answer it through DialogSeam<Room>.
    static std::optional<Room> ask(QWidget* parent, const QString& title, const Room& initial);

    explicit RoomDialog(QWidget* parent = nullptr);
    ~RoomDialog() override;

    void setRoom(const Room& r);
    Room room() const;

    // Fills a combo box with the room uses (shared with RoomGridDialog).
    static void fillUses(QComboBox* combo, RoomUse current);

private:
    std::unique_ptr<::Ui::RoomDialog> m_ui;
    Room m_initial;
};

} // namespace ar::ui
