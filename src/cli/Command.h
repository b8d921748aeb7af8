#pragma once

#include "Args.h"
#include "core/Result.h"
#include "services/Archive.h"

#include <QJsonValue>
#include <QTextStream>

#include <functional>
#include <memory>

namespace ar::cli {

// Exit codes of CLI.md.
enum Exit
{
    Ok = 0,
    Failed = 1,
    Usage = 2,
    Denied = 3,
    Invalid = 4,
    NotFound = 5,
    Conflict = 6
};

int exitCodeOf(const Error& e);

// Everything a command needs: its arguments, the output streams, the open archive.
struct Invocation
{
    Args args;
    bool json = false;
    QString dbPath;
    QString login;
    QTextStream& out;
    QTextStream& err;
    std::unique_ptr<Archive> archive;

    // Prints the error (with field and value where known) to stderr; returns its exit code.
    int fail(const Error& e);
    int usage(const QString& message);
    void print(const QJsonValue& v);
    void warn(const QString& message) { err << message << Qt::endl; }
};

struct Command
{
    enum class Needs
    {
        Nothing,
        Archive,
        SignedIn
    };
    QStringList words;   // {"owner", "add"}
    const char* summary; // QT_TRANSLATE_NOOP("Cli", …)
    const char* usage;   // the synopsis after the command words
    QSet<QString> options;
    QSet<QString> flags;
    Needs needs = Needs::SignedIn;
    std::function<int(Invocation&)> run;
};

// The command table, grouped by area (setup, register, audit).
QList<Command> setupCommands();
QList<Command> registerCommands(); // with searchCommands() at its start, as `help` lists them
QList<Command> searchCommands();
QList<Command> auditCommands();
QList<Command> userCommands();
QList<Command> dossierCommands(); // with archiveRoomCommands() at its end, as `help` lists them
QList<Command> archiveRoomCommands();
// The estate of --estate CODE, or the only one there is.
Result<Estate> estateArg(Invocation& inv);

// Shared option readers: `--DATE YYYY-MM-DD` (false after printing the error), and the person
// fields of `owner add` and `owner change` (false after printing; *exit is the exit code).
bool parseDate(Invocation& inv, const QString& option, QDate* date);
bool readPersonData(Invocation& inv, PersonData* out, int* exit);
QSet<QString> personOptions();
QList<Command> loanCommands(); // with deskRecordCommands() at its end, as `help` lists them
QList<Command> deskRecordCommands();
// A JSON string, or null for an empty one.
QJsonValue jsonOrNull(const QString& s);
// The ID in the first (and only) positional word; prints the usage `synopsis` otherwise.
bool positionalId(Invocation& inv, const QString& synopsis, qint64* id);
QList<Command> printCommands();
QList<Command> importCommands();
QList<Command> backupCommands();
QList<Command> destroyCommands();
QList<Command> reconcileCommands();
QList<Command> statusCommands();
// pg-setup and migrate (issue #24 items 5 and 6).
QList<Command> serverCommands();
// `--month YYYY-MM` (false after printing the error); its first day.
bool parseMonth(Invocation& inv, QDate* month);
// `print reconciliation --session S --out FILE.pdf|.xlsx` (R44, P7).
int printReconciliation(Invocation& inv);

// A new password from ARCHIVEROOM_NEW_PASSWORD, or asked twice on the terminal.
bool newPassword(Invocation& inv, QString* password);
// The usage error when no new password could be had (exit 2).
int noNewPassword(Invocation& inv);
const QList<Command>& allCommands();

int printHelp(Invocation& inv, const QStringList& topic);

} // namespace ar::cli
