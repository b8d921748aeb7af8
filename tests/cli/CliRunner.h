#pragma once

// Runs the command line as a script would, and gives its exit code, stdout and stderr.
// runArchiveroom calls the command layer in this process (cli::run with the same words and
// environment a script gives the binary): a run costs no process start, no dynamic linking and
// no new QGuiApplication, which made these tests the slowest of the suite (issue #21 item 4).
// runArchiveroomProcess starts the real binary; the tests that need a process of its own (a
// kill, a second desk, stdin, the exit status of the executable) use it or QProcess.

#include "cli/Cli.h"
#include "cli/Terminal.h"
#include "core/Validators.h"

#include <QByteArray>
#include <QDate>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

#include <optional>
#include <utility>
#include <vector>

namespace ar::test {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

// The environment of one run: what a script sets (ARCHIVEROOM_PASSWORD always, even empty;
// ARCHIVEROOM_NEW_PASSWORD when given), English, new passwords at the cheap key-derivation cost (a
// test build's hook, see PasswordHash.cpp), and no ARCHIVEROOM_USER/DB from the caller.
inline std::vector<std::pair<QByteArray, std::optional<QString>>>
scriptEnvironment(const QString& password, const QString& newPassword)
{
    return {{"ARCHIVEROOM_PASSWORD", password},
            {"ARCHIVEROOM_USER", std::nullopt},
            {"ARCHIVEROOM_DB", std::nullopt},
            {"ARCHIVEROOM_LANG", QStringLiteral("en")},
            {"ARCHIVEROOM_TEST_CHEAP_KDF", QStringLiteral("1")},
            {"ARCHIVEROOM_NEW_PASSWORD",
             newPassword.isEmpty() ? std::nullopt : std::optional<QString>(newPassword)}};
}

// `archiveroom --db DB [--user USER] ARGS…` as a process of its own.
inline Run runArchiveroomProcess(const QString& db, const QStringList& args, const QString& user,
                                 const QString& password, const QString& newPassword = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto& [name, value] : scriptEnvironment(password, newPassword)) {
        if (value)
            env.insert(QString::fromLatin1(name), *value);
        else
            env.remove(QString::fromLatin1(name));
    }
    p.setProcessEnvironment(env);
    QStringList full{QStringLiteral("--db"), db};
    if (!user.isEmpty())
        full << QStringLiteral("--user") << user;
    p.start(QStringLiteral(AR_BINARY), full + args);
    if (!p.waitForFinished(60000))
        qFatal("archiveroom did not finish");
    return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
               QString::fromUtf8(p.readAllStandardError())};
}

// `archiveroom --db DB [--user USER] ARGS…` in this process, with the environment of a script
// (restored afterwards). A run in another language than English goes to the real binary: the
// translations are compiled into it, not into the tests.
inline Run runArchiveroom(const QString& db, const QStringList& args, const QString& user,
                          const QString& password, const QString& newPassword = {})
{
    if (args.contains(QLatin1String("--lang")))
        return runArchiveroomProcess(db, args, user, password, newPassword);
    std::vector<std::pair<QByteArray, std::optional<QByteArray>>> saved;
    for (const auto& [name, value] : scriptEnvironment(password, newPassword)) {
        saved.emplace_back(name, qEnvironmentVariableIsSet(name.constData())
                                     ? std::optional<QByteArray>(qgetenv(name.constData()))
                                     : std::nullopt);
        if (value)
            qputenv(name.constData(), value->toUtf8());
        else
            qunsetenv(name.constData());
    }
    cli::terminal::setTerminalAllowed(false);
    QStringList full{QStringLiteral("--db"), db};
    if (!user.isEmpty())
        full << QStringLiteral("--user") << user;
    Run r;
    {
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        r.code = cli::run(full + args, out, err);
    }
    for (const auto& [name, value] : saved) {
        if (value)
            qputenv(name.constData(), *value);
        else
            qunsetenv(name.constData());
    }
    return r;
}

// A made-up mainland ID number (region 310000) of the birth date and sex, with its check digit.
inline QString fictionalId(const QDate& birth, bool male, int seq = 21)
{
    const QString first17 = QStringLiteral("310000") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(seq * 2 + (male ? 1 : 0), 3, 10, QLatin1Char('0'));
    return first17 + ar::mainlandIdCheckChar(first17);
}

} // namespace ar::test
