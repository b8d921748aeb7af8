#pragma once

#include <QDate>
#include <QString>

#include <optional>

class QWidget;

namespace ar::ui {

// Asks for one date (e.g. the move-out date). Tests answer it through DialogSeam<QDate>.
class DateDialog
{
public:
    static std::optional<QDate> ask(QWidget* parent, const QString& title, const QString& label,
                                    const QDate& initial, const QDate& minimum = {});
};

} // namespace ar::ui
