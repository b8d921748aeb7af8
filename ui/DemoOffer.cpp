#include "ui/DemoOffer.h"

#include "services/Archive.h"
#include "ui/common/MessageBox.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace ar::ui {

namespace {
// The translation context of these messages.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(DemoOffer)
};
} // namespace

bool DemoOffer::run(Archive& archive, QWidget* parent)
{
    if (MessageBox::question(parent, Text::tr("Demo estate"),
                             Text::tr("Load a demo estate with %1 households to try ArchiveRoom?\n"
                                      "The names and numbers are made up; it can be left out.")
                                 .arg(Households),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
        return false;
    QProgressDialog progress(Text::tr("Generating the demo estate…"), Text::tr("Cancel"), 0, Households,
                             parent);
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(300);
    auto done = archive.demo().generate(Households, 1, [&progress](int n, int total) {
        progress.setMaximum(total);
        progress.setValue(n); // also lets the Cancel button be pressed
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!done) {
        MessageBox::warning(parent, Text::tr("Demo estate"), done.error().message);
        return false;
    }
    return true;
}

} // namespace ar::ui
