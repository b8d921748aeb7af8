#include "ui/common/DialogRunner.h"

#include <QDialog>

namespace ar::ui {

namespace {
DialogRunner::Handler& pending()
{
    static DialogRunner::Handler h;
    return h;
}
} // namespace

int DialogRunner::exec(QDialog& dialog)
{
    if (pending()) {
        const Handler h = std::exchange(pending(), Handler());
        dialog.setResult(QDialog::Rejected);
        h(dialog);
        return dialog.result();
    }
    return dialog.exec();
}

void DialogRunner::setNextHandler(Handler handler)
{
    pending() = std::move(handler);
}

} // namespace ar::ui
