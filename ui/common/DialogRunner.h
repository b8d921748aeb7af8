#pragma once

#include <functional>

class QDialog;

namespace ar::ui {

// Runs a modal dialog. A test can hand the next dialog to a handler instead (which fills in
// the fields by object name and accepts or rejects it), so flows that open a form can be
// tested without a blocking exec(). Used for forms richer than one value (PersonForm …).
class DialogRunner
{
public:
    using Handler = std::function<void(QDialog&)>;

    // QDialog::exec(), or the pending handler; returns the dialog's result().
    static int exec(QDialog& dialog);
    // The next exec() calls `handler` instead of showing the dialog. Consumed by one call.
    static void setNextHandler(Handler handler);
};

} // namespace ar::ui
