#pragma once

#include "Stats.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace ar::bench {

// One run of a child program: its stderr lines stamped with the time they arrived (ms since
// spawn), and what wait4() says about it.
struct ChildRun
{
    bool started = false;
    bool timedOut = false;
    int exitCode = -1;
    long maxRssKb = 0; // the child's peak resident set (wait4 rusage)
    struct Line
    {
        double atMs;
        QByteArray text;
    };
    QList<Line> lines;
    QString error;

    // The first "bench: <tag> <ms>" line: its own figure and when the harness saw it.
    bool find(const QByteArray& tag, double* selfMs, double* seenAtMs) const;
};

// Spawns `program` with `env` added to this process's environment, reads its stderr until it
// exits or `timeoutMs` passes (then it is killed), and reaps it with wait4.
ChildRun runChild(const QString& program, const QStringList& args, const QHash<QString, QString>& env,
                  int timeoutMs);

struct StartupResult
{
    bool bareRan = false, guiRan = false;
    QString bareNote, guiNote;      // why a part did not run, or what went wrong
    Samples bareSeen, bareSelf;     // bench-bare-window: spawn → first-paint line; its own figure
    Samples signinSeen, signinSelf; // archiveroom: spawn → signin-shown line; its own figure
    Samples mainReady;              // archiveroom: its own "main-ready" figure (ms since sign-in)
    long bareRssKb = 0, guiRssKb = 0;
};

struct StartupConfig
{
    QString bareWindow; // the bench-bare-window executable
    QString gui;        // the archiveroom executable
    QString dbPath;
    QString login, password;
    int runs = 5; // after one untimed warm-up run of each program
};

StartupResult runStartup(const StartupConfig& cfg);

} // namespace ar::bench
