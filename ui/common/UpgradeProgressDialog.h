#pragma once

#include "services/UpgradeProgress.h"

#include <QElapsedTimer>
#include <QString>

#include <memory>

class QProgressDialog;
class QWidget;

namespace ar::ui {

// The window's side of an archive's upgrade (issue #23): a modal progress dialog that appears
// with the upgrade's first step and names each step ("Step 2 of 6: upgrading to version 27"), its
// bar the whole upgrade's progress. It has no cancel button and cannot be closed: each step is one
// transaction, saved whole or not at all, and the user is told so. The events are processed from
// the report (the archive's connection belongs to the GUI thread), at most every 50 ms, also
// during a long statement (Database::setProgressTick), so the window keeps painting.
class UpgradeProgressDialog
{
public:
    // `parent` null: the active modal window when the first step is reported.
    explicit UpgradeProgressDialog(QWidget* parent = nullptr);
    ~UpgradeProgressDialog();
    UpgradeProgressDialog(const UpgradeProgressDialog&) = delete;
    UpgradeProgressDialog& operator=(const UpgradeProgressDialog&) = delete;

    // What Archive::open reports to: shows and updates the dialog.
    UpgradeReport report();
    // The dialog once the first step was reported; nullptr before (tests look at it).
    QProgressDialog* dialog() const { return m_dialog.get(); }
    // The text of the dialog for `p` (tests compare it).
    static QString labelText(const UpgradeProgress& p);

private:
    void update(const UpgradeProgress& p);
    QWidget* m_parent;
    std::unique_ptr<QProgressDialog> m_dialog;
    QElapsedTimer m_sinceEvents;
    QElapsedTimer m_sinceStart;
    qint64 m_longestGapMs = 0; // the longest time the window went without processing its events
};

} // namespace ar::ui
