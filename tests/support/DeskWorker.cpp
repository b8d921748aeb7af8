// ar_desk_worker: one desk working on an archive file that other processes use at the same time,
// for the tests of several processes on one SQLite file (issue #24) and of one audit chain
// appended to by several processes at once (R27). It opens the archive as the program does
// (Archive::open), signs in once and works through the services in a loop; the first error
// any call returns is printed to stderr, as a user would see it, and ends the process with exit 1.
//
//   ar_desk_worker key=value …
//     mode=desk     each step adds a room (building `building`, unit 1, room 1001 + step),
//                   registers an owner there (name 甲<tag><step in Chinese digits>), finds the owner with the search
//                   (a read transaction), opens the record (an audited view) and, every 25 steps,
//                   verifies the audit chain (a read transaction over the whole trail)
//     mode=views    each step opens person `person` twice (record and history): two audit
//                   records appended per step
//     db=FILE user=LOGIN password=PASSWORD tag=TEXT building=CODE person=ID
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
    for (const QString& a : app.arguments().mid(1)) {
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
            auto room = a.estate().addRoomByRef(QStringLiteral("HY"), ref, 8950, RoomUse::Residential);
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
            if (auto p = a.people().person(reg->personId); !p)
                return fail(QStringLiteral("view"), step, p.error());
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
    QTextStream(stdout) << "steps " << done << Qt::endl;
    return 0;
}
