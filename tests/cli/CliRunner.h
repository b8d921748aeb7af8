#pragma once

// Runs the command line as a script would, and gives its exit code, stdout and stderr.
// runArchiveroom calls the command layer in this process (cli::run with the same words and
// environment a script gives the binary): a run costs no process start, no dynamic linking and
// no new QGuiApplication, which made these tests the slowest of the suite (issue #21 item 4).
// runArchiveroomProcess starts the real binary; the tests that need a process of its own (a
// kill, a second desk, stdin, the exit status of the executable) use it or QProcess. The
// translations are embedded in the tests as in the binary (tests/cli/CMakeLists.txt), so a run in
// Chinese goes in-process too.

#include "cli/Cli.h"
#include "cli/Terminal.h"
#include "core/Clock.h"
#include "core/Validators.h"

#include <QByteArray>
#include <QDate>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>
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
// (restored afterwards).
inline Run runArchiveroom(const QString& db, const QStringList& args, const QString& user,
                          const QString& password, const QString& newPassword = {})
{
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

// The fixed clock of the in-process runs (issue #21 item 4): Tuesday 1 December 2026, 10:00 local
// time (the tests run with TZ=Asia/Shanghai). A suite whose runs all go through runArchiveroom
// calls useFixedClock() in initTestCase, before its template is made, and takes "today" from
// today(): its due dates, retention, audit times and archive-number years no longer depend on
// the day (or the second around midnight) it runs. Suites with processes of the real binary
// writing to the same archive (TestCliBackup's concurrent writer and kill during a backup,
// TestCliDesks, TestCliReconcile's scans piped to stdin) stay on the system clock: a process
// does not see this clock.
inline FixedClock& fixedClock()
{
    static FixedClock clock(QDateTime(QDate(2026, 12, 1), QTime(10, 0)));
    return clock;
}
inline bool& fixedClockInUse()
{
    static bool inUse = false;
    return inUse;
}
inline void useFixedClock()
{
    fixedClockInUse() = true;
    cli::setClockForTests(&fixedClock());
}
// The day the runs of this suite see.
inline QDate today()
{
    return fixedClockInUse() ? fixedClock().today() : QDate::currentDate();
}

// Copies the folder `from` with everything in it (the archive file, its -wal/-shm and its folders
// of scans, if any) into the existing folder `to`.
inline bool copyFolder(const QString& from, const QString& to)
{
    const QDir source(from);
    QDirIterator it(from, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo fi(it.next());
        const QString target = QDir(to).filePath(source.relativeFilePath(fi.filePath()));
        if (fi.isDir() ? !QDir().mkpath(target) : !QFile::copy(fi.filePath(), target))
            return false;
    }
    return true;
}

// A fresh archive per test function (issue #21 item 4), so that every function passes when run
// alone and none depends on what an earlier one left behind. The suite's setup (init --admin,
// the accounts, the estate it needs) runs ONCE, in initTestCase, in the template folder:
// filePath() names files there until the first fresh(). init() calls fresh(), which copies the
// template folder (the archive file and anything beside it) into a new temporary folder that
// filePath() names from then on: a file copy instead of a new init with its key derivations.
// cleanup() calls drop().
class CliArchive
{
public:
    bool isValid() const { return templ().isValid(); }
    // The folder of this test function (the template until the first fresh()).
    QString path() const { return m_copy ? m_copy->path() : templ().path(); }
    QString filePath(const QString& name) const { return QDir(path()).filePath(name); }
    // AR_KEEP_TEST_FILES and the like: the folders stay after the test when false.
    void setAutoRemove(bool remove)
    {
        m_autoRemove = remove;
        templ().setAutoRemove(remove);
        if (m_copy)
            m_copy->setAutoRemove(remove);
    }

    // A new copy of the template folder for the next test function.
    bool fresh()
    {
        m_copy = std::make_unique<QTemporaryDir>();
        m_copy->setAutoRemove(m_autoRemove);
        return m_copy->isValid() && copyFolder(templ().path(), m_copy->path());
    }
    // The copy is removed; filePath() names the template folder again.
    void drop() { m_copy.reset(); }

private:
    // Made when first used, not with the test object: `TestX -functions` (the alone-script's
    // listing) constructs the object and exits without destroying it, which left one folder per
    // listing behind.
    QTemporaryDir& templ() const
    {
        if (!m_template)
            m_template = std::make_unique<QTemporaryDir>();
        return *m_template;
    }
    mutable std::unique_ptr<QTemporaryDir> m_template;
    std::unique_ptr<QTemporaryDir> m_copy;
    bool m_autoRemove = true;
};

// A made-up mainland ID number (region 310000) of the birth date and sex, with its check digit.
inline QString fictionalId(const QDate& birth, bool male, int seq = 21)
{
    const QString first17 = QStringLiteral("310000") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(seq * 2 + (male ? 1 : 0), 3, 10, QLatin1Char('0'));
    return first17 + ar::mainlandIdCheckChar(first17);
}

} // namespace ar::test
