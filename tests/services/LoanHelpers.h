#pragma once

// Helpers for the borrowing tests: accounts of a department, dossiers of any category.

#include "ServiceHelpers.h"
#include "core/Dossier.h"

namespace ar::test {

// An account of `role` in `department`, created by the administrator; the signed-in user stays.
inline User addAccount(Fixture& f, Role role, const QString& login, const QString& department)
{
    const auto previous = f.archive->context().user();
    f.archive->context().setUser(f.admin);
    User u;
    u.login = login;
    u.displayName = login;
    u.role = role;
    u.department = department;
    auto added = f.archive->accounts().addUser(u, QStringLiteral("desk-pass-123"));
    if (!added)
        qFatal("cannot add %s: %s", qPrintable(login), qPrintable(added.error().message));
    f.archive->context().setUser(previous);
    return added.value();
}

inline void actAs(Fixture& f, const User& u)
{
    f.archive->context().setUser(u);
}

// A dossier of a category opened directly in storage (dossier add belongs to issue #4).
inline QString addDossier(Fixture& f, const QString& category, const QString& title)
{
    Context& c = f.archive->context();
    auto cat = c.dossiers.category(category);
    const int year = f.clock.today().year();
    auto seq = c.dossiers.nextSeq(category, year);
    if (!cat || !seq)
        qFatal("cannot number a %s dossier", qPrintable(category));
    Dossier d;
    d.category = category;
    d.title = title;
    d.year = year;
    d.seq = seq.value();
    d.status = QStringLiteral("filed");
    d.archiveNo = formatArchiveNo(QStringLiteral("{fonds}-{category}·{year}-{retention}-{seq:4}"),
                                  QStringLiteral("Z109"), cat.value(), year, d.seq);
    if (!c.dossiers.insert(d, f.admin.id, f.clock.now()))
        qFatal("cannot add dossier");
    return d.archiveNo;
}

inline QString dossierStatus(Fixture& f, const QString& archiveNo)
{
    auto d = f.archive->context().dossiers.byArchiveNo(archiveNo);
    return d ? d->status : QString();
}

inline void setDay(Fixture& f, const QDate& day, int hour = 10)
{
    f.clock.set(QDateTime(day, QTime(hour, 0), QTimeZone("Asia/Shanghai")));
}

} // namespace ar::test
