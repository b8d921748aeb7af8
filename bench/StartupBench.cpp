#include "StartupBench.h"

#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace ar::bench {

bool ChildRun::find(const QByteArray& tag, double* selfMs, double* seenAtMs) const
{
    const QByteArray prefix = "bench: " + tag + ' ';
    for (const Line& l : lines) {
        if (!l.text.startsWith(prefix))
            continue;
        bool ok = false;
        const double v = l.text.mid(prefix.size()).trimmed().toDouble(&ok);
        if (!ok)
            continue;
        if (selfMs)
            *selfMs = v;
        if (seenAtMs)
            *seenAtMs = l.atMs;
        return true;
    }
    return false;
}

ChildRun runChild(const QString& program, const QStringList& args, const QHash<QString, QString>& env,
                  int timeoutMs)
{
    ChildRun run;
    QProcessEnvironment pe = QProcessEnvironment::systemEnvironment();
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        pe.insert(it.key(), it.value());
    std::vector<QByteArray> storage;
    storage.push_back(QFile::encodeName(program));
    for (const QString& a : args)
        storage.push_back(a.toLocal8Bit());
    const qsizetype argc = qsizetype(storage.size());
    for (const QString& kv : pe.toStringList())
        storage.push_back(kv.toLocal8Bit());
    std::vector<char*> argv, envp;
    for (qsizetype i = 0; i < qsizetype(storage.size()); ++i)
        (i < argc ? argv : envp).push_back(storage[size_t(i)].data());
    argv.push_back(nullptr);
    envp.push_back(nullptr);

    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) {
        run.error = QString::fromLocal8Bit(std::strerror(errno));
        return run;
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, fds[1], 2);

    pid_t pid = 0;
    const auto t0 = std::chrono::steady_clock::now();
    const int rc = posix_spawn(&pid, argv[0], &fa, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&fa);
    close(fds[1]);
    if (rc != 0) {
        close(fds[0]);
        run.error =
            QStringLiteral("cannot start %1: %2").arg(program, QString::fromLocal8Bit(std::strerror(rc)));
        return run;
    }
    run.started = true;

    QByteArray pending;
    bool open = true;
    int status = 0;
    rusage ru{};
    bool reaped = false;
    while (!reaped) {
        if (msSince(t0) > timeoutMs && !run.timedOut) {
            run.timedOut = true;
            kill(pid, SIGKILL); // our own child, by its pid
        }
        if (open) {
            pollfd p{fds[0], POLLIN, 0};
            if (poll(&p, 1, 20) > 0) {
                char buf[4096];
                const ssize_t n = read(fds[0], buf, sizeof buf);
                const double at = msSince(t0);
                if (n <= 0) {
                    open = false;
                } else {
                    pending.append(buf, n);
                    qsizetype nl;
                    while ((nl = pending.indexOf('\n')) >= 0) {
                        run.lines.append({at, pending.left(nl)});
                        pending.remove(0, nl + 1);
                    }
                }
                continue;
            }
        } else {
            usleep(5000);
        }
        const pid_t w = wait4(pid, &status, open ? WNOHANG : 0, &ru);
        reaped = w == pid;
    }
    // Drain what the child wrote just before it exited.
    char buf[4096];
    ssize_t n;
    while (open && (n = read(fds[0], buf, sizeof buf)) > 0)
        pending.append(buf, n);
    for (const QByteArray& l : pending.split('\n'))
        if (!l.isEmpty())
            run.lines.append({msSince(t0), l});
    close(fds[0]);
    run.maxRssKb = ru.ru_maxrss;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

namespace {

// The child's own peak resident set: the `bench: peak-rss-kb` line it prints (VmHWM of its own
// memory). wait4()'s ru_maxrss is not it: posix_spawn runs the child in the bench's memory until
// exec, and Linux keeps that high-water mark, so every child "peaked" at the bench's own size
// (the bare window showed the GUI's 78.8 MB). The rusage figure stays the fallback.
long ownPeakKb(const ChildRun& r)
{
    double kb = 0;
    if (r.find("peak-rss-kb", &kb, nullptr) && kb > 0)
        return long(kb);
    return r.maxRssKb;
}

QString lastLines(const ChildRun& r)
{
    QStringList out;
    for (qsizetype i = std::max<qsizetype>(0, r.lines.size() - 5); i < r.lines.size(); ++i)
        out << QString::fromLocal8Bit(r.lines.at(i).text);
    return out.join(QStringLiteral(" | "));
}

} // namespace

StartupResult runStartup(const StartupConfig& cfg)
{
    StartupResult res;
    // Both programs get a throwaway config/data folder (the GUI must not touch the user's own
    // settings) and, unless the caller chose one, the offscreen platform.
    QTemporaryDir home;
    QHash<QString, QString> env{{QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config"))},
                                {QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data"))}};
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    QHash<QString, QString> guiEnv = env;
    guiEnv.insert(QStringLiteral("ARCHIVEROOM_BENCH"), QStringLiteral("1"));
    guiEnv.insert(QStringLiteral("ARCHIVEROOM_DB"), cfg.dbPath);
    guiEnv.insert(QStringLiteral("ARCHIVEROOM_USER"), cfg.login);
    guiEnv.insert(QStringLiteral("ARCHIVEROOM_PASSWORD"), cfg.password);
    bool bare = QFileInfo(cfg.bareWindow).isExecutable();
    bool gui = QFileInfo(cfg.gui).isExecutable();
    if (!bare)
        res.bareNote = QStringLiteral("%1 not built").arg(cfg.bareWindow);
    if (!gui)
        res.guiNote = QStringLiteral("%1 not built").arg(cfg.gui);
    // The two programs take turns, so that both medians come from the same stretch of time: on
    // a machine shared with builds the load changes within a minute, and ten starts of one
    // program and then ten of the other compared two different machines (issue #23).
    for (int i = 0; i <= cfg.runs && (bare || gui); ++i) {
        if (bare) {
            const ChildRun r = runChild(cfg.bareWindow, {}, env, 30000);
            double self = 0, seen = 0;
            if (!r.find("first-paint", &self, &seen)) {
                res.bareNote =
                    QStringLiteral("no first-paint line (exit %1%2): %3")
                        .arg(r.exitCode)
                        .arg(r.timedOut ? QStringLiteral(", timed out") : QString(), r.error + lastLines(r));
                bare = false;
            } else {
                res.bareRan = true;
                res.bareRssKb = std::max(res.bareRssKb, ownPeakKb(r));
                if (i > 0) { // the first is a warm-up: it loads libraries and fonts from disk
                    res.bareSelf.add(self);
                    res.bareSeen.add(seen);
                }
            }
        }
        if (gui) {
            const ChildRun r = runChild(cfg.gui, {}, guiEnv, 60000);
            double signinSelf = 0, signinSeen = 0, ready = 0;
            const bool shown = r.find("signin-shown", &signinSelf, &signinSeen);
            const bool usable = r.find("main-ready", &ready, nullptr);
            if (!shown || !usable || r.exitCode != 0) {
                res.guiNote = QStringLiteral("archiveroom did not report %1 (exit %2%3): %4")
                                  .arg(!shown ? QStringLiteral("signin-shown") : QStringLiteral("main-ready"))
                                  .arg(r.exitCode)
                                  .arg(r.timedOut ? QStringLiteral(", killed after 60 s") : QString(),
                                       r.error + lastLines(r));
                gui = false;
            } else {
                res.guiRan = true;
                res.guiRssKb = std::max(res.guiRssKb, ownPeakKb(r));
                if (i > 0) {
                    res.signinSelf.add(signinSelf);
                    res.signinSeen.add(signinSeen);
                    res.mainReady.add(ready);
                }
            }
        }
    }
    return res;
}

} // namespace ar::bench
