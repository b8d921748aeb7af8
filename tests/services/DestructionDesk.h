// The destruction desk the destruction tests share: a clerk, the heads of three departments, a
// leader and two staff members as witnesses, on one fixture; opening dossiers and getting a batch
// approved. Used by TestServicesDestruction and TestServicesSearchDerived.
#pragma once

#include "LoanHelpers.h"

namespace ar::test {

struct Desk
{
    Fixture f{Role::Clerk};
    User clerk = f.user;
    User kf = addAccount(f, Role::Manager, QStringLiteral("kf_head"), QStringLiteral("客服部"));
    User gc = addAccount(f, Role::Manager, QStringLiteral("gc_head"), QStringLiteral("工程部"));
    User cw = addAccount(f, Role::Manager, QStringLiteral("cw_head"), QStringLiteral("财务部"));
    User boss = addAccount(f, Role::Leader, QStringLiteral("gm"), QStringLiteral("总经理办公室"));
    User w1 = addAccount(f, Role::Staff, QStringLiteral("w1"), QStringLiteral("客服部"));
    User w2 = addAccount(f, Role::Staff, QStringLiteral("w2"), QStringLiteral("工程部"));

    DestructionService& destruction() { return f.archive->destruction(); }

    // A dossier opened by the clerk for `year`: a repair record (工程部, 30 years) of 1990 is
    // past retention on the fixture's day.
    QString open(const QString& category, const QString& title, int year)
    {
        actAs(f, clerk);
        DossierInput in;
        in.category = category;
        in.title = title;
        in.year = year;
        auto d = f.archive->dossiers().open(in);
        if (!d)
            qFatal("open: %s", qPrintable(d.error().message));
        return d->archiveNo;
    }
    QStringList candidates()
    {
        QStringList out;
        auto list = destruction().candidates();
        if (!list)
            qFatal("candidates: %s", qPrintable(list.error().message));
        for (const DestructionCandidate& c : list.value())
            out << c.archiveNo;
        return out;
    }
    int audits(const QString& action)
    {
        return count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"), {action});
    }
    // Proposed by the clerk, approved by every head of `heads` and the leader.
    qint64 approvedBatch(const QStringList& nos, const QList<User>& heads)
    {
        actAs(f, clerk);
        auto b = destruction().propose(nos, QStringLiteral("保管期满"));
        if (!b)
            qFatal("propose: %s", qPrintable(b.error().message));
        for (const User& h : heads + QList<User>{boss}) {
            actAs(f, h);
            if (auto a = destruction().approve(b->id); !a)
                qFatal("approve: %s", qPrintable(a.error().message));
        }
        return b->id;
    }
};

} // namespace ar::test
