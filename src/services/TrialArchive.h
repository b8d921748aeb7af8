#pragma once

#include "core/Access.h"
#include "core/Result.h"

#include <QList>
#include <QString>

#include <functional>

namespace ar {

class Clock;

// The trial archive (issue #20 item 11): the demo company in a file of its own next to the real
// archive, never in the real one, so that a new office can try the program and then start its
// real archive empty. It has one account per role, all with the same published password (its
// data is made up), and is marked as a trial (DemoService::isTrial) so the window says so.
namespace trial {

struct Account
{
    QString login;
    Role role;
    QString name;
    QString department;
};

// <folder of the archive>/<its name>-trial.db
QString pathFor(const QString& archivePath);
// The trial's accounts: administrator, clerk, manager, leader, assistant, staff.
QList<Account> accounts();
// Whether anything of an archive is at `path` (the file, its WAL, its scans): then no trial is made there.
bool exists(const QString& path);
// The one password of the trial's accounts (shown where the trial is offered and at its sign-in).
QString password();

// Creates the trial archive at `path` (which must not exist yet) with its accounts and a demo
// company of `households` households. `progress` as DemoService::generate (false cancels). On
// failure or cancel nothing is left at `path`.
Status create(const QString& path, int households,
              const std::function<bool(int done, int total)>& progress = {}, const Clock* clock = nullptr);

} // namespace trial
} // namespace ar
