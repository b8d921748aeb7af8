#pragma once

// The demo estate with one of every kind the self-inspection counts (R48), for the service and
// window tests.
#include "LoanHelpers.h"

namespace ar::test {

// The demo estate (20 households: loans overdue, waiting, missing items) with one of every other
// kind added through the services: a lost loan, damage, a late filing, two shelves with a
// finished reconciliation of one of them (two missing), a destroy candidate, a hold, a violation.
struct Demo
{
    Fixture f{Role::Admin};
    User clerk, leader, csManager, gcManager, staff;
    qint64 shelf1 = 0, shelf2 = 0;
    QStringList first, second; // repair dossiers on the shelves

    Demo()
    {
        auto demo = f.archive->demo().generate(20, 7);
        if (!demo)
            qFatal("demo: %s", qPrintable(demo.error().message));
        clerk = addAccount(f, Role::Clerk, QStringLiteral("clerk1"), QStringLiteral("档案室"));
        leader = addAccount(f, Role::Leader, QStringLiteral("gm"), QStringLiteral("总经理办公室"));
        csManager = addAccount(f, Role::Manager, QStringLiteral("head-cs"), QStringLiteral("客服部"));
        gcManager = addAccount(f, Role::Manager, QStringLiteral("head-gc"), QStringLiteral("工程部"));
        staff = addAccount(f, Role::Staff, QStringLiteral("w1"), QStringLiteral("客服部"));
        DossierService& ds = f.archive->dossiers();
        PlaceService& places = f.archive->places();
        FilingService& filing = f.archive->filing();
        actAs(f, f.admin);
        const qint64 room = places.addLocation(0, QStringLiteral("room"), QStringLiteral("档案室")).value();
        const qint64 cab = places.addLocation(room, QStringLiteral("cabinet"), QStringLiteral("A柜")).value();
        shelf1 = places.addLocation(cab, QStringLiteral("shelf"), QStringLiteral("第1层")).value();
        shelf2 = places.addLocation(cab, QStringLiteral("shelf"), QStringLiteral("第2层")).value();
        actAs(f, clerk);
        for (int i = 0; i < 6; ++i) {
            const QString no =
                open(QStringLiteral("repair"), QStringLiteral("2026年维修记录%1").arg(i + 1), 2026);
            if (!places.move(ds.byArchiveNo(no)->id, i < 4 ? shelf1 : shelf2))
                qFatal("cannot shelve %s", qPrintable(no));
            (i < 4 ? first : second) << no;
        }
        // A reconciliation of shelf 1 missing two folders.
        auto s = f.archive->reconSessions().start(QStringLiteral("档案室/A柜/第1层"));
        if (!s || !f.archive->reconSessions().scan(s->id, first.at(0)) ||
            !f.archive->reconSessions().scan(s->id, first.at(1)) || !f.archive->reconSessions().finish(s->id))
            qFatal("reconciliation failed");
        // A loan lost (R34), damage at a daily check (R45).
        const QString lostNo = second.at(0);
        actAs(f, leader);
        LoanService::Request r;
        r.archiveNo = lostNo;
        r.purpose = QStringLiteral("审计");
        auto l = f.archive->loans().request(r);
        actAs(f, clerk);
        if (!l || !f.archive->desk().checkOut(l->id) ||
            !f.archive->desk().reportLost(l->id, QStringLiteral("出差途中遗失")))
            qFatal("cannot lose %s", qPrintable(lostNo));
        if (!f.archive->loanRegisters().recordDamage(second.at(1), QStringLiteral("封皮受潮")))
            qFatal("cannot record damage");
        // Past retention (repair: 30 years), one held.
        open(QStringLiteral("repair"), QStringLiteral("1990年维修记录"), 1990);
        const QString held = open(QStringLiteral("repair"), QStringLiteral("1991年维修记录"), 1991);
        if (!f.archive->destruction().hold(held, QStringLiteral("诉讼中")))
            qFatal("cannot hold");
        // An item received ten days ago and not filed (R12).
        ItemInput in;
        in.kind = QStringLiteral("维修记录");
        in.received = f.clock.today().addDays(-10);
        in.file = false;
        in.fields.insert(QStringLiteral("维修内容"), QStringLiteral("更换门锁"));
        auto item = filing.receive(ds.byArchiveNo(second.at(1))->id, in);
        if (!item)
            qFatal("receive: %s", qPrintable(item.error().message));
        // A violation this month and one last month (R49).
        actAs(f, csManager);
        violation(QStringLiteral("张三"));
        const QDateTime now = f.clock.now();
        f.clock.set(now.addMonths(-1));
        violation(QStringLiteral("李四"));
        f.clock.set(now);
    }
    QString open(const QString& category, const QString& title, int year)
    {
        DossierInput in;
        in.category = category;
        in.title = title;
        in.year = year;
        auto d = f.archive->dossiers().open(in);
        if (!d)
            qFatal("open: %s", qPrintable(d.error().message));
        return d->archiveNo;
    }
    void violation(const QString& person)
    {
        ViolationService::Input v;
        v.person = person;
        v.what = QStringLiteral("逾期未还");
        v.measure = QStringLiteral("警告");
        if (!f.archive->violations().add(v))
            qFatal("violation");
    }
    SelfInspection inspect(const User& u, const QDate& month = {})
    {
        actAs(f, u);
        auto si = f.archive->selfInspection().inspect(month);
        if (!si)
            qFatal("inspect: %s", qPrintable(si.error().message));
        return si.value();
    }
};

} // namespace ar::test
