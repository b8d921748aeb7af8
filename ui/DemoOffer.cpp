#include "ui/DemoOffer.h"

#include "services/TrialArchive.h"
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

QString DemoOffer::accountsText()
{
    QStringList logins;
    for (const trial::Account& a : trial::accounts())
        logins << QStringLiteral("%1 (%2)").arg(a.login, roleLabel(a.role));
    return Text::tr("Accounts: %1. Password of each: %2").arg(logins.join(Text::tr(", ")), trial::password());
}

bool DemoOffer::offerAtFirstRun(const QString& archivePath, QWidget* parent)
{
    if (MessageBox::question(parent, Text::tr("Trial archive"),
                             Text::tr("Try ArchiveRoom with a made-up company of %1 households first?\n\n"
                                      "It goes into a separate trial archive; this archive stays empty for "
                                      "your real records. You can open the trial at any time from "
                                      "File › Trial archive.\n\n%2")
                                 .arg(Households)
                                 .arg(accountsText()),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
        return false;
    return ensureTrial(archivePath, parent);
}

bool DemoOffer::ensureTrial(const QString& archivePath, QWidget* parent)
{
    const QString path = trial::pathFor(archivePath);
    if (trial::exists(path))
        return true;
    QProgressDialog progress(Text::tr("Making the trial archive…"), Text::tr("Cancel"), 0, Households,
                             parent);
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(300);
    const Status made = trial::create(path, Households, [&progress](int n, int total) {
        progress.setMaximum(total);
        progress.setValue(n); // also lets the Cancel button be pressed
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!made) {
        MessageBox::warning(parent, Text::tr("Trial archive"), made.error().message);
        return false;
    }
    return true;
}

} // namespace ar::ui
