// init, demo, user add, estate add, room add, rooms add.
#include "Command.h"
#include "Terminal.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace ar::cli {

// A new password from ARCHIVEROOM_NEW_PASSWORD, or asked twice on the terminal.
bool newPassword(Invocation& inv, QString* password)
{
    if (qEnvironmentVariableIsSet("ARCHIVEROOM_NEW_PASSWORD")) {
        *password = qEnvironmentVariable("ARCHIVEROOM_NEW_PASSWORD");
        return true;
    }
    QString again;
    if (!terminal::readSecret(QCoreApplication::translate("Cli", "New password: "), password) ||
        !terminal::readSecret(QCoreApplication::translate("Cli", "Repeat it: "), &again))
        return false;
    if (*password != again) {
        inv.err << QCoreApplication::translate("Cli", "The two passwords differ") << Qt::endl;
        return false;
    }
    return true;
}

int noNewPassword(Invocation& inv)
{
    return inv.usage(QCoreApplication::translate(
        "Cli", "No new password: set ARCHIVEROOM_NEW_PASSWORD or run on a terminal"));
}

namespace {

int init(Invocation& inv)
{
    const QString login = inv.args.value(QStringLiteral("admin"));
    if (login.isEmpty())
        return inv.usage(QCoreApplication::translate("Cli", "init needs --admin LOGIN"));
    auto setup = inv.archive->accounts().needsSetup();
    if (!setup)
        return inv.fail(setup.error());
    if (!setup.value())
        return inv.fail(Error::of(
            ErrorCode::Conflict,
            QCoreApplication::translate("Cli", "%1 already holds an archive with accounts").arg(inv.dbPath)));
    if (auto s = AccountService::checkLogin(login); !s)
        return inv.fail(s.error());
    QString password;
    if (!newPassword(inv, &password))
        return noNewPassword(inv);
    auto user = inv.archive->accounts().createFirstAdmin(login, inv.args.value(QStringLiteral("name"), login),
                                                         password);
    if (!user)
        return inv.fail(user.error());
    const QString path =
        Archive::isServerLocation(inv.dbPath) ? inv.dbPath : QFileInfo(inv.dbPath).absoluteFilePath();
    // Shown this once: it opens the archive when every administrator password is lost.
    const QString recoveryKey = inv.archive->accounts().takeRecoveryKey();
    if (inv.json) {
        inv.print(QJsonObject{{QStringLiteral("database"), path},
                              {QStringLiteral("admin"), user->login},
                              {QStringLiteral("recovery_key"), recoveryKey}});
    } else {
        inv.out << QCoreApplication::translate("Cli", "Created the archive %1 with administrator %2")
                       .arg(path, user->login)
                << Qt::endl
                << Qt::endl
                << QCoreApplication::translate("Cli",
                                               "Recovery key (shown only now; print it and lock it away):")
                << Qt::endl
                << QStringLiteral("    ") << recoveryKey << Qt::endl;
    }
    return Ok;
}

int demo(Invocation& inv)
{
    bool ok = false;
    const int households = inv.args.value(QStringLiteral("households"), QStringLiteral("300")).toInt(&ok);
    if (!ok)
        return inv.usage(QCoreApplication::translate("Cli", "--households needs a number"));
    const quint32 seed = inv.args.value(QStringLiteral("seed"), QStringLiteral("1")).toUInt();
    QElapsedTimer t;
    t.start();
    int lastShown = 0;
    auto r = inv.archive->demo().generate(households, seed, [&](int done, int total) {
        if (!inv.json && done - lastShown >= 10000) {
            inv.err << QCoreApplication::translate("Cli", "%1 of %2 households").arg(done).arg(total)
                    << Qt::endl;
            lastShown = done;
        }
        return true;
    });
    if (!r)
        return inv.fail(r.error());
    const auto& s = r.value();
    if (inv.json) {
        inv.print(QJsonObject{{QStringLiteral("estates"), s.estates},
                              {QStringLiteral("buildings"), s.buildings},
                              {QStringLiteral("rooms"), s.rooms},
                              {QStringLiteral("persons"), s.persons},
                              {QStringLiteral("dossiers"), s.dossiers},
                              {QStringLiteral("loans"), s.loans},
                              {QStringLiteral("seconds"), double(t.elapsed()) / 1000.0}});
    } else {
        inv.out << QCoreApplication::translate(
                       "Cli", "Generated %1 estates, %2 buildings, %3 rooms, %4 persons, %5 dossiers in %6 s")
                       .arg(s.estates)
                       .arg(s.buildings)
                       .arg(s.rooms)
                       .arg(s.persons)
                       .arg(s.dossiers)
                       .arg(double(t.elapsed()) / 1000.0, 0, 'f', 1)
                << Qt::endl;
    }
    return Ok;
}

int estateAdd(Invocation& inv)
{
    Estate e;
    e.code = inv.args.value(QStringLiteral("code"));
    e.name = inv.args.value(QStringLiteral("name"));
    e.address = inv.args.value(QStringLiteral("address"));
    auto r = inv.archive->estate().addEstate(e);
    if (!r)
        return inv.fail(r.error());
    if (inv.json)
        inv.print(QJsonObject{{QStringLiteral("id"), r->id},
                              {QStringLiteral("code"), r->code},
                              {QStringLiteral("name"), r->name}});
    else
        inv.out << QCoreApplication::translate("Cli", "Added estate %1 %2").arg(r->code, r->name) << Qt::endl;
    return Ok;
}

bool parseArea(Invocation& inv, int* centi)
{
    const QString text = inv.args.value(QStringLiteral("area"), QStringLiteral("0"));
    bool ok = false;
    const double a = text.toDouble(&ok);
    if (!ok || !std::isfinite(a) || a < 0 || a > 100000) {
        inv.fail(Error::invalid(
            QStringLiteral("area"), text,
            QCoreApplication::translate("Cli", "Area %1: a number of square metres").arg(text)));
        return false;
    }
    *centi = int(a * 100 + 0.5);
    return true;
}

bool parseUse(Invocation& inv, RoomUse* use)
{
    const QString text = inv.args.value(QStringLiteral("use"), QStringLiteral("residential"));
    bool ok = false;
    *use = roomUseFromCode(text, &ok);
    if (!ok)
        inv.fail(Error::invalid(
            QStringLiteral("use"), text,
            QCoreApplication::translate(
                "Cli", "Use %1: one of residential, commercial, office, parking, storage, other")
                .arg(text)));
    return ok;
}

int roomAdd(Invocation& inv)
{
    if (inv.args.positional.size() != 1)
        return inv.usage(
            QCoreApplication::translate("Cli", "room add B-U-R [--estate CODE] [--area M2] [--use USE]"));
    int area = 0;
    RoomUse use = RoomUse::Residential;
    if (!parseArea(inv, &area))
        return Invalid;
    if (!parseUse(inv, &use))
        return Invalid;
    auto r = inv.archive->rooms().addRoomByRef(inv.args.value(QStringLiteral("estate")),
                                               inv.args.positional.first(), area, use);
    if (!r)
        return inv.fail(r.error());
    if (inv.json)
        inv.print(QJsonObject{{QStringLiteral("id"), r->room.id},
                              {QStringLiteral("room"), r->ref()},
                              {QStringLiteral("estate"), r->estate.code}});
    else
        inv.out << QCoreApplication::translate("Cli", "Added room %1 in %2").arg(r->ref(), r->estate.name)
                << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> setupCommands()
{
    using N = Command::Needs;
    return {
        {{QStringLiteral("init")},
         QT_TRANSLATE_NOOP("Cli", "Create a new archive database and its first administrator"),
         "--admin LOGIN [--name NAME]   (password from ARCHIVEROOM_NEW_PASSWORD or asked)",
         {QStringLiteral("admin"), QStringLiteral("name")},
         {QStringLiteral("json")},
         N::Archive,
         init},
        {{QStringLiteral("demo")},
         QT_TRANSLATE_NOOP("Cli", "Fill an empty archive with a generated, fictional estate"),
         "--households N [--seed S]",
         {QStringLiteral("households"), QStringLiteral("seed")},
         {QStringLiteral("json")},
         N::SignedIn,
         demo},
        {{QStringLiteral("estate"), QStringLiteral("add")},
         QT_TRANSLATE_NOOP("Cli", "Add an estate (小区)"),
         "--code CODE --name NAME [--address TEXT]",
         {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("address")},
         {QStringLiteral("json")},
         N::SignedIn,
         estateAdd},
        {{QStringLiteral("room"), QStringLiteral("add")},
         QT_TRANSLATE_NOOP("Cli", "Add a room; its building and unit are created when missing"),
         "B-U-R [--estate CODE] [--area M2] [--use residential|commercial|office|parking|storage|other]",
         {QStringLiteral("estate"), QStringLiteral("area"), QStringLiteral("use")},
         {QStringLiteral("json")},
         N::SignedIn,
         roomAdd},
    };
}

} // namespace ar::cli
