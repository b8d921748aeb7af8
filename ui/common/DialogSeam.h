#pragma once

#include <optional>
#include <utility>

namespace ar::ui {

// Lets a test answer the next modal input dialog of type T without showing it (the
// KeePassXC FileDialog::setNextFileName idea, for any dialog that yields a value).
// `setNext(value)` answers with the value, `setNext(std::nullopt)` answers "cancelled".
// A dialog's static ask() calls take() first and only shows itself when nothing is pending.
template <typename T> class DialogSeam
{
public:
    static void setNext(std::optional<T> answer) { slot().emplace(std::move(answer)); }
    static bool take(std::optional<T>& out)
    {
        if (!slot())
            return false;
        out = std::move(*slot());
        slot().reset();
        return true;
    }

private:
    static std::optional<std::optional<T>>& slot()
    {
        static std::optional<std::optional<T>> s;
        return s;
    }
};

} // namespace ar::ui
