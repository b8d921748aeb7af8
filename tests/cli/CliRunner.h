#pragma once

// Runs the real archiveroom binary as a script would: its exit code, stdout and stderr.

#include "core/Validators.h"

#include <QDate>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace ar::test {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

// `archiveroom --db DB [--user USER] ARGS…` in English, with ARCHIVEROOM_PASSWORD (and
// ARCHIVEROOM_NEW_PASSWORD when given) set and no ARCHIVEROOM_USER/DB from the caller.
inline Run runArchiveroom(const QString& db, const QStringList& args, const QString& user,
                          const QString& password, const QString& newPassword = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ARCHIVEROOM_PASSWORD"), password);
    env.remove(QStringLiteral("ARCHIVEROOM_USER"));
    env.remove(QStringLiteral("ARCHIVEROOM_DB"));
    env.insert(QStringLiteral("ARCHIVEROOM_LANG"), QStringLiteral("en"));
    // New passwords at the cheap key-derivation cost (a test build's hook, see PasswordHash.cpp):
    // the binary runs hundreds of times and the full cost dominated these tests' time.
    env.insert(QStringLiteral("ARCHIVEROOM_TEST_CHEAP_KDF"), QStringLiteral("1"));
    if (!newPassword.isEmpty())
        env.insert(QStringLiteral("ARCHIVEROOM_NEW_PASSWORD"), newPassword);
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

// A made-up mainland ID number (region 310000) of the birth date and sex, with its check digit.
inline QString fictionalId(const QDate& birth, bool male, int seq = 21)
{
    const QString first17 = QStringLiteral("310000") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(seq * 2 + (male ? 1 : 0), 3, 10, QLatin1Char('0'));
    return first17 + ar::mainlandIdCheckChar(first17);
}

} // namespace ar::test
