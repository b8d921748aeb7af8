// ar_desk_worker: one desk working on an archive file that other processes use at the same time,
// for the tests of several processes on one SQLite file (issue #24) and of one audit chain
// appended to by several processes at once (R27). It opens the archive as the program does
// (Archive::open), signs in once and works through the services in a loop; the first error
// any call returns is printed to stderr, as a user would see it, and ends the process with exit 1.
//
//   ar_desk_worker key=value …
//     mode=desk     each step adds a room (building `building`, unit 1, room 1001 + step),
//                   registers an owner there (name 甲<tag><step in Chinese digits>), finds the owner with the
//                   search (a read transaction), opens the record (an audited view) and, every 25 steps,
//                   verifies the audit chain (a read transaction over the whole trail)
//     mode=views    each step opens person `person` twice (record and history): two audit
//                   records appended per step
//     mode=loans    the desk of a clerk with a manager beside it (issue #24 item 7): each step
//                   adds a room and registers an owner there (a new owner dossier: its 档号 comes
//                   from the counter every desk draws from), asks for the borrowing of one of
//                   the `shared` dossiers for `borrower` (a staff account: pending, R23), has
//                   `manager` (signed in on a second connection) approve it, checks it out and
//                   takes it back complete. A check-out refused because another desk has that
//                   dossier out at that moment (the service's own answer, R33) is counted, not
//                   an error: the approved request stays. Any other error ends the desk.
//                   Prints "registered R requested Q approved A out O returned T busy B".
//     db=FILE user=LOGIN password=PASSWORD tag=TEXT building=CODE person=ID
//     manager=LOGIN managerPassword=PASSWORD borrower=LOGIN shared=档号,档号,… (mode=loans)
//     steps=N       how many steps (default 100), or
//     seconds=S     work for S seconds instead (then `steps` is ignored)
//     start=MS      wait until this time (milliseconds since the epoch) before the first step,
//                   so that processes started one after another begin at once
// On success it prints "steps N" (the steps done) on stdout and exits 0.

#include "TestSupport.h"
#include "security/PasswordHash.h"
#include "services/Archive.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThread>

using namespace ar;

namespace {

// Names take no digits: 12 → 一二.
QString chineseDigits(int n)
{
    static const QString kDigits = QStringLiteral("〇一二三四五六七八九");
    QString out;
    for (const QChar c : QString::number(n))
        out += kDigits.at(c.digitValue());
    return out;
}

int fail(const QString& what, int step, const Error& e)
{
    QTextStream(stderr) << QStringLiteral("step %1, %2: %3").arg(step).arg(what, e.message) << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QHash<QString, QString> opt;
    for (const QString& a : QCoreApplication::arguments().mid(1)) {
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            QTextStream(stderr) << "usage: ar_desk_worker key=value …" << Qt::endl;
            return 2;
        }
        opt.insert(a.left(eq), a.mid(eq + 1));
    }
    const QString mode = opt.value(QStringLiteral("mode"), QStringLiteral("desk"));
    const QString tag = opt.value(QStringLiteral("tag"), QStringLiteral("A"));
    const int steps = opt.value(QStringLiteral("steps"), QStringLiteral("100")).toInt();
    const int seconds = opt.value(QStringLiteral("seconds"), QStringLiteral("0")).toInt();
    password::setTestCost(true); // stored hashes carry their own cost; this only speeds up new ones

    auto opened = Archive::open(opt.value(QStringLiteral("db")));
    if (!opened)
        return fail(QStringLiteral("open"), 0, opened.error());
    Archive& a = *opened.value();
    if (auto u =
            a.accounts().signIn(opt.value(QStringLiteral("user")), opt.value(QStringLiteral("password")));
        !u)
        return fail(QStringLiteral("sign-in"), 0, u.error());

    // mode=loans: the manager who approves, on a connection of its own.
    std::unique_ptr<Archive> managerDesk;
    if (mode == QLatin1String("loans")) {
        auto m = Archive::open(opt.value(QStringLiteral("db")));
        if (!m)
            return fail(QStringLiteral("open"), 0, m.error());
        managerDesk = std::move(m.value());
        if (auto u = managerDesk->accounts().signIn(opt.value(QStringLiteral("manager")),
                                                    opt.value(QStringLiteral("managerPassword")));
            !u)
            return fail(QStringLiteral("manager sign-in"), 0, u.error());
    }
    const QStringList shared =
        opt.value(QStringLiteral("shared")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    int requested = 0;
    int approved = 0;
    int checkedOut = 0;
    int returned = 0;
    int busy = 0;

    const qint64 start = opt.value(QStringLiteral("start")).toLongLong();
    while (QDateTime::currentMSecsSinceEpoch() < start)
        QThread::msleep(2);

    QElapsedTimer clock;
    clock.start();
    int done = 0;
    for (int step = 0; seconds > 0 ? clock.elapsed() < seconds * 1000LL : step < steps; ++step) {
        if (mode == QLatin1String("views")) {
            const qint64 person = opt.value(QStringLiteral("person")).toLongLong();
            if (auto p = a.people().person(person); !p)
                return fail(QStringLiteral("view"), step, p.error());
            if (auto h = a.people().history(person); !h)
                return fail(QStringLiteral("history"), step, h.error());
        } else {
            const QString ref = QStringLiteral("%1-1-%2")
                                    .arg(opt.value(QStringLiteral("building"), QStringLiteral("8")))
                                    .arg(1001 + step);
            auto room = a.rooms().addRoomByRef(QStringLiteral("HY"), ref, 8950, RoomUse::Residential);
            if (!room)
                return fail(QStringLiteral("add room ") + ref, step, room.error());
            Registration r;
            r.roomId = room->room.id;
            r.role = OccupancyRole::Owner;
            r.person.name = QStringLiteral("甲") + tag + chineseDigits(step);
            r.person.idType = IdType::MainlandId;
            r.person.idNumber =
                test::fakeId(QDate(1950, 1, 1).addDays(step), true, int(tag.at(0).unicode()) % 500);
            r.person.phones = {
                QStringLiteral("13%1%2").arg(tag.at(0).unicode() % 10).arg(step, 8, 10, QLatin1Char('0'))};
            auto reg = a.people().registerPerson(r);
            if (!reg)
                return fail(QStringLiteral("register ") + r.person.name, step, reg.error());
            auto hits = a.search().search(r.person.name);
            if (!hits)
                return fail(QStringLiteral("search"), step, hits.error());
            if (hits->isEmpty())
                return fail(
                    QStringLiteral("search"), step,
                    Error::of(ErrorCode::NotFound, QStringLiteral("%1 not found").arg(r.person.name)));
            if (mode == QLatin1String("loans")) {
                LoanService::Request q;
                q.archiveNo = shared.isEmpty()
                                  ? reg->archiveNo
                                  : shared.at(QRandomGenerator::global()->bounded(int(shared.size())));
                q.borrowerLogin = opt.value(QStringLiteral("borrower"));
                q.mode = AccessMode::Borrow;
                q.purpose = QStringLiteral("核对资料");
                auto loan = a.loans().request(q);
                if (!loan)
                    return fail(QStringLiteral("request ") + q.archiveNo, step, loan.error());
                ++requested;
                if (loan->status != LoanStatus::Pending)
                    return fail(
                        QStringLiteral("request ") + q.archiveNo, step,
                        Error::of(ErrorCode::Failed,
                                  QStringLiteral("not pending: %1").arg(loanStatusCode(loan->status))));
                auto ok = managerDesk->loans().approve(loan->id);
                if (!ok)
                    return fail(QStringLiteral("approve %1").arg(loan->id), step, ok.error());
                ++approved;
                auto out = a.desk().checkOut(loan->id);
                if (!out) {
                    // The service's answer when another desk has the folder out (R33); anything
                    // else — a database's text above all — is an error the user should not see.
                    const QString m = out.error().message;
                    if (out.error().code != ErrorCode::Conflict ||
                        !(m.contains(QLatin1String("is already on loan to")) ||
                          m.contains(QLatin1String("cannot be handed over"))))
                        return fail(QStringLiteral("check out %1").arg(loan->id), step, out.error());
                    ++busy;
                } else {
                    ++checkedOut;
                    auto back = a.desk().giveBack(loan->id, ReturnCondition::Complete);
                    if (!back)
                        return fail(QStringLiteral("give back %1").arg(loan->id), step, back.error());
                    ++returned;
                }
            } else if (auto p = a.people().person(reg->personId); !p) {
                return fail(QStringLiteral("view"), step, p.error());
            }
            if (step % 25 == 24) {
                auto v = a.audit().verify();
                if (!v)
                    return fail(QStringLiteral("verify"), step, v.error());
                if (!v->intact())
                    return fail(QStringLiteral("verify"), step, Error::of(ErrorCode::Failed, v->message));
            }
        }
        done = step + 1;
    }
    if (mode == QLatin1String("loans"))
        QTextStream(stdout) << "registered " << done << " requested " << requested << " approved " << approved
                            << " out " << checkedOut << " returned " << returned << " busy " << busy
                            << Qt::endl;
    else
        QTextStream(stdout) << "steps " << done << Qt::endl;
    return 0;
}
