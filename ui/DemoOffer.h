#pragma once

#include <QString>

class QWidget;

namespace ar::ui {

// The demo company is for trying the program, and goes into a trial archive of its own
// (services/TrialArchive.h) next to the real one, never into the real archive (issue #20 item
// 11). Offered once when a new archive has been set up, and from File › Trial archive at any time.
class DemoOffer
{
public:
    static constexpr int Households = 300;
    // After the first administrator of a new archive is created: asks (MessageBox seam) whether to
    // try the program in the trial archive first, and makes it if needed. True when the trial
    // archive is ready to be opened.
    static bool offerAtFirstRun(const QString& archivePath, QWidget* parent);
    // The trial archive next to `archivePath`, made now (under a progress dialog that can cancel
    // it) if it does not exist yet. True when it exists.
    static bool ensureTrial(const QString& archivePath, QWidget* parent);
    // What the trial's accounts and their password are, for the offer and the trial's sign-in.
    static QString accountsText();
};

} // namespace ar::ui
