// user add, user list, user edit, user passwd, user reset, user recover.
#include "Command.h"
#include "Terminal.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ar::cli {

namespace {

QJsonObject userJson(const User& u)
{
    return QJsonObject{{QStringLiteral("id"), u.id},
                       {QStringLiteral("login"), u.login},
                       {QStringLiteral("name"), u.displayName},
                       {QStringLiteral("role"), roleCode(u.role)},
                       {QStringLiteral("department"), u.department},
                       {QStringLiteral("active"), u.active}};
}

// --role as a role code; on a bad one prints why (field and value) and returns false.
bool parseRole(Invocation& inv, Role* role)
{
    const QString code = inv.args.value(QStringLiteral("role"));
    bool ok = false;
    *role = accountRoleFromCode(code, &ok);
    if (!ok)
        inv.fail(Error::invalid(QStringLiteral("role"), code,
                                QCoreApplication::translate(
                                    "Cli", "Role %1: one of leader, manager, assistant, clerk, staff, admin")
                                    .arg(code)));
    return ok;
}

Result<User> userByLogin(Invocation& inv, const QString& login)
{
    auto all = inv.archive->accounts().users();
    if (!all)
        return all.error();
    for (const User& u : all.value())
        if (u.login == login)
            return u;
    return Error::of(ErrorCode::NotFound, QCoreApplication::translate("Cli", "No account %1").arg(login));
}

int userAdd(Invocation& inv)
{
    if (inv.args.positional.size() != 1)
        return inv.usage(
            QCoreApplication::translate("Cli", "user add LOGIN --role ROLE --department DEPT --name NAME"));
    User u;
    u.login = inv.args.positional.first();
    if (!parseRole(inv, &u.role))
        return Invalid;
    u.department = inv.args.value(QStringLiteral("department"));
    u.displayName = inv.args.value(QStringLiteral("name"), u.login);
    QString password;
    if (!newPassword(inv, &password))
        return noNewPassword(inv);
    auto added = inv.archive->accounts().addUser(u, password);
    if (!added)
        return inv.fail(added.error());
    if (inv.json)
        inv.print(QJsonObject{{QStringLiteral("id"), added->id},
                              {QStringLiteral("login"), added->login},
                              {QStringLiteral("role"), roleCode(added->role)},
                              {QStringLiteral("department"), added->department}});
    else
        inv.out << QCoreApplication::translate("Cli", "Added %1 (%2, %3)")
                       .arg(added->login, roleLabel(added->role), added->department)
                << Qt::endl;
    return Ok;
}

int userList(Invocation& inv)
{
    auto all = inv.archive->accounts().users();
    if (!all)
        return inv.fail(all.error());
    auto older = inv.archive->accounts().accountsWithOlderKeys();
    if (!older)
        return inv.fail(older.error());
    if (inv.json) {
        QJsonArray a;
        for (const User& u : all.value()) {
            QJsonObject o = userJson(u);
            o.insert(QStringLiteral("older_key"), older->contains(u.id));
            a << o;
        }
        inv.print(a);
        return Ok;
    }
    for (const User& u : all.value())
        inv.out << QStringLiteral("%1  %2  %3  %4%5%6")
                       .arg(u.login, u.displayName, roleLabel(u.role), u.department,
                            u.active ? QString() : QCoreApplication::translate("Cli", "  (disabled)"),
                            older->contains(u.id)
                                ? QCoreApplication::translate(
                                      "Cli", "  (key of the older form: reset the password or sign in once)")
                                : QString())
                << Qt::endl;
    return Ok;
}

int userEdit(Invocation& inv)
{
    if (inv.args.positional.size() != 1)
        return inv.usage(QCoreApplication::translate(
            "Cli", "user edit LOGIN [--name NAME] [--role ROLE] [--department DEPT] [--disable|--enable]"));
    auto found = userByLogin(inv, inv.args.positional.first());
    if (!found)
        return inv.fail(found.error());
    User u = found.value();
    u.displayName = inv.args.value(QStringLiteral("name"), u.displayName);
    u.department = inv.args.value(QStringLiteral("department"), u.department);
    if (inv.args.has(QStringLiteral("role")) && !parseRole(inv, &u.role))
        return Invalid;
    if (inv.args.flags.contains(QStringLiteral("disable")))
        u.active = false;
    if (inv.args.flags.contains(QStringLiteral("enable")))
        u.active = true;
    auto saved = inv.archive->accounts().updateUser(u);
    if (!saved)
        return inv.fail(saved.error());
    if (inv.json)
        inv.print(userJson(saved.value()));
    else
        inv.out << QCoreApplication::translate("Cli", "Saved %1").arg(saved->login) << Qt::endl;
    return Ok;
}

int userPasswd(Invocation& inv)
{
    // The current password is the one the sign-in used (ARCHIVEROOM_PASSWORD or asked).
    QString current = qEnvironmentVariable("ARCHIVEROOM_PASSWORD");
    if (current.isEmpty() &&
        !terminal::readSecret(QCoreApplication::translate("Cli", "Current password: "), &current))
        return inv.usage(QCoreApplication::translate("Cli", "No current password"));
    QString next;
    if (!newPassword(inv, &next))
        return noNewPassword(inv);
    if (auto s = inv.archive->accounts().changePassword(current, next); !s)
        return inv.fail(s.error());
    inv.out << QCoreApplication::translate("Cli", "Password changed") << Qt::endl;
    return Ok;
}

int userReset(Invocation& inv)
{
    if (inv.args.positional.size() != 1)
        return inv.usage(QCoreApplication::translate("Cli", "user reset LOGIN"));
    auto found = userByLogin(inv, inv.args.positional.first());
    if (!found)
        return inv.fail(found.error());
    QString next;
    if (!newPassword(inv, &next))
        return noNewPassword(inv);
    if (auto s = inv.archive->accounts().resetPassword(found->id, next); !s)
        return inv.fail(s.error());
    inv.out << QCoreApplication::translate("Cli", "New password set for %1").arg(found->login) << Qt::endl;
    return Ok;
}

int userRecover(Invocation& inv)
{
    if (inv.args.positional.size() != 1)
        return inv.usage(QCoreApplication::translate("Cli", "user recover LOGIN"));
    QString key = qEnvironmentVariable("ARCHIVEROOM_RECOVERY_KEY");
    if (key.isEmpty() && !terminal::readSecret(QCoreApplication::translate("Cli", "Recovery key: "), &key))
        return inv.usage(
            QCoreApplication::translate("Cli", "No recovery key: set ARCHIVEROOM_RECOVERY_KEY or run on "
                                               "a terminal"));
    QString next;
    if (!newPassword(inv, &next))
        return noNewPassword(inv);
    if (auto s = inv.archive->accounts().recover(key, inv.args.positional.first(), next); !s)
        return inv.fail(s.error());
    inv.out << QCoreApplication::translate("Cli", "New password set for %1").arg(inv.args.positional.first())
            << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> userCommands()
{
    using N = Command::Needs;
    const QSet<QString> json{QStringLiteral("json")};
    return {
        {{QStringLiteral("user"), QStringLiteral("add")},
         QT_TRANSLATE_NOOP("Cli", "Add an account (new password from ARCHIVEROOM_NEW_PASSWORD)"),
         "LOGIN --role leader|manager|assistant|clerk|staff|admin --department DEPT --name NAME",
         {QStringLiteral("role"), QStringLiteral("department"), QStringLiteral("name")},
         json,
         N::SignedIn,
         userAdd},
        {{QStringLiteral("user"), QStringLiteral("list")},
         QT_TRANSLATE_NOOP("Cli", "List the accounts"),
         "",
         {},
         json,
         N::SignedIn,
         userList},
        {{QStringLiteral("user"), QStringLiteral("edit")},
         QT_TRANSLATE_NOOP("Cli", "Change an account's name, role or department, or disable it"),
         "LOGIN [--name NAME] [--role ROLE] [--department DEPT] [--disable|--enable]",
         {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("department")},
         {QStringLiteral("json"), QStringLiteral("disable"), QStringLiteral("enable")},
         N::SignedIn,
         userEdit},
        {{QStringLiteral("user"), QStringLiteral("passwd")},
         QT_TRANSLATE_NOOP("Cli", "Change your own password (new one from ARCHIVEROOM_NEW_PASSWORD)"),
         "",
         {},
         {},
         N::SignedIn,
         userPasswd},
        {{QStringLiteral("user"), QStringLiteral("reset")},
         QT_TRANSLATE_NOOP("Cli", "Give an account a new password (administrators)"),
         "LOGIN   (new password from ARCHIVEROOM_NEW_PASSWORD)",
         {},
         {},
         N::SignedIn,
         userReset},
        {{QStringLiteral("user"), QStringLiteral("recover")},
         QT_TRANSLATE_NOOP("Cli", "With the recovery key, give an account a new password (no sign-in)"),
         "LOGIN   (key from ARCHIVEROOM_RECOVERY_KEY, new password from ARCHIVEROOM_NEW_PASSWORD)",
         {},
         {},
         N::Archive,
         userRecover},
    };
}

} // namespace ar::cli
