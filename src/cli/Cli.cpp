#include "Cli.h"

#include "Command.h"
#include "Terminal.h"
#include "core/Language.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTextStream>
#include <QTranslator>

#include <cstring>

namespace ar::cli {

namespace {

const QSet<QString> kGlobalWithValue{QStringLiteral("db"), QStringLiteral("user"), QStringLiteral("lang")};

// setClockForTests: the clock the archive opens with; null, the system clock.
const Clock* gCliTestClock = nullptr;

const Command* findCommand(const QStringList& positional, int* consumed)
{
    const Command* best = nullptr;
    for (const Command& c : allCommands()) {
        if (c.words.size() > positional.size() || (best && best->words.size() >= c.words.size()))
            continue;
        if (positional.mid(0, c.words.size()) == c.words)
            best = &c;
    }
    if (best)
        *consumed = int(best->words.size());
    return best;
}

// One line of an archive's upgrade (Archive::open's report), without the line's end.
QString upgradeStepText(const UpgradeProgress& p)
{
    switch (p.stage) {
    case UpgradeProgress::Stage::Copy:
        return QCoreApplication::translate("Cli", "Step %1 of %2: copying the archive as it is to %3")
            .arg(p.step)
            .arg(p.steps)
            .arg(QDir::toNativeSeparators(p.copyPath));
    case UpgradeProgress::Stage::Migration:
        return QCoreApplication::translate("Cli", "Step %1 of %2: upgrading to version %3")
            .arg(p.step)
            .arg(p.steps)
            .arg(p.version);
    case UpgradeProgress::Stage::SearchIndex:
        break;
    }
    return QCoreApplication::translate("Cli", "Step %1 of %2: writing the search index again (part %3 of %4)")
        .arg(p.step)
        .arg(p.steps)
        .arg(qMin(p.done + 1, qMax<qint64>(p.total, 1)))
        .arg(qMax<qint64>(p.total, 1));
}

} // namespace

void setClockForTests(const Clock* clock)
{
    gCliTestClock = clock;
}

int exitCodeOf(const Error& e)
{
    if (e.code == ErrorCode::Damaged)
        return int(ErrorCode::Failed);
    return int(e.code);
}

int Invocation::fail(const Error& e)
{
    err << e.message << Qt::endl;
    return exitCodeOf(e);
}

int Invocation::usage(const QString& message)
{
    err << message << Qt::endl << QCoreApplication::translate("Cli", "See: archiveroom help") << Qt::endl;
    return Usage;
}

void Invocation::print(const QJsonValue& v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out.flush();
}

bool isCommandLine(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (!std::strcmp(a, "--help") || !std::strcmp(a, "-h") || !std::strcmp(a, "--version"))
            return true;
        if (!std::strcmp(a, "--db") || !std::strcmp(a, "--user") || !std::strcmp(a, "--lang")) {
            // An option without its value is a mistyped command, not a wish for the window
            // (which would wait forever on a machine without a display).
            if (i + 1 >= argc)
                return true;
            ++i;
            continue;
        }
        if (a[0] != '-')
            return true; // a command word
    }
    return false;
}

bool needsGui(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (!std::strcmp(a, "--db") || !std::strcmp(a, "--user") || !std::strcmp(a, "--lang")) {
            ++i;
            continue;
        }
        if (a[0] != '-')
            return !std::strcmp(a, "print");
    }
    return false;
}

void joinSessionOption(int& argc, char** argv)
{
    static QList<QByteArray> joined; // argv points into these until the process ends
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--session") != 0)
            continue;
        joined << QByteArray("--session=") + argv[i + 1];
        argv[i] = joined.last().data();
        for (int j = i + 1; j < argc; ++j)
            argv[j] = argv[j + 1]; // argv[argc] is the null pointer
        --argc;
    }
}

int run(QCoreApplication& app)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(app.arguments().mid(1), out, err);
}

int run(const QStringList& words, QTextStream& out, QTextStream& err)
{
    QCoreApplication& app = *QCoreApplication::instance();
    QList<QTranslator*> translators;
    const auto removeTranslators = qScopeGuard([&translators] {
        for (QTranslator* t : std::as_const(translators)) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    });

    // Global options come before the command (CLI.md) but are accepted anywhere.
    QString db, login, lang;
    bool json = false, help = false, version = false, readOnly = false;
    QStringList rest;
    for (int i = 0; i < words.size(); ++i) {
        const QString& w = words.at(i);
        QString name = w.startsWith(QLatin1String("--")) ? w.mid(2) : QString();
        QString inlineValue;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq > 0) {
            inlineValue = name.mid(eq + 1);
            name.truncate(eq);
        }
        if (kGlobalWithValue.contains(name)) {
            QString v = inlineValue;
            if (v.isEmpty()) {
                if (i + 1 >= words.size()) {
                    err << QCoreApplication::translate("Cli", "Option --%1 needs a value").arg(name)
                        << Qt::endl;
                    return Usage;
                }
                v = words.at(++i);
            }
            (name == QLatin1String("db") ? db : name == QLatin1String("user") ? login : lang) = v;
        } else if (name == QLatin1String("json")) {
            json = true;
        } else if (name == QLatin1String("read-only")) {
            readOnly = true;
        } else if (name == QLatin1String("help") || w == QLatin1String("-h")) {
            help = true;
        } else if (name == QLatin1String("version")) {
            version = true;
        } else {
            rest << w;
        }
    }
    language::install(app, language::resolve(lang), &translators);
    if (version) {
        out << QStringLiteral("archiveroom %1").arg(QStringLiteral(AR_VERSION)) << Qt::endl;
        return Ok;
    }
    if (login.isEmpty())
        login = qEnvironmentVariable("ARCHIVEROOM_USER");
    if (db.isEmpty())
        db = qEnvironmentVariable("ARCHIVEROOM_DB");
    const bool explicitDb = !db.isEmpty(); // the default folder is made on first use
    const bool helping = rest.isEmpty() || help || rest.first() == QLatin1String("help");
    if (db.isEmpty() && helping) {
        db = Archive::defaultPath(); // help moves nothing (the build runs it for the manual pages)
    } else if (db.isEmpty()) {
        const Archive::DefaultLocation location = Archive::settleDefaultPath();
        db = location.path;
        if (!location.notice.isEmpty())
            err << location.notice << Qt::endl;
    }

    Invocation inv{{}, json, db, login, out, err, nullptr};
    if (helping) {
        QStringList topic = rest;
        if (!topic.isEmpty() && topic.first() == QLatin1String("help"))
            topic.removeFirst();
        return printHelp(inv, topic);
    }
    int consumed = 0;
    const Command* cmd = findCommand(rest, &consumed);
    if (!cmd)
        return inv.usage(
            QCoreApplication::translate("Cli", "Unknown command: %1").arg(rest.join(QLatin1Char(' '))));
    QString parseError;
    inv.args = Args::parse(rest.mid(consumed), cmd->flags, &parseError);
    if (!parseError.isEmpty())
        return inv.usage(parseError);
    QSet<QString> allowed = cmd->options;
    allowed.unite(cmd->flags);
    if (const QString bad = inv.args.unknown(allowed); !bad.isEmpty())
        return inv.usage(QCoreApplication::translate("Cli", "Unknown option --%1 for '%2'")
                             .arg(bad, cmd->words.join(QLatin1Char(' '))));

    if (cmd->needs != Command::Needs::Nothing) {
        // Only init makes a new archive: a mistyped path must not start an empty one silently.
        // A server archive (postgresql://…) lives in a database made beforehand (docs/admin.md).
        const bool server = Archive::isServerLocation(db);
        const bool creates = cmd->words.value(0) == QLatin1String("init");
        const QFileInfo file(db);
        if (!server && !creates && !file.exists())
            return inv.fail(Error::of(
                ErrorCode::NotFound,
                QCoreApplication::translate("Cli",
                                            "There is no archive at %1; check the path, or create one with: "
                                            "archiveroom init --admin LOGIN")
                    .arg(db)));
        if (!server && creates && explicitDb && !file.exists() && !file.absoluteDir().exists())
            return inv.fail(Error::invalid(
                QStringLiteral("db"), db,
                QCoreApplication::translate("Cli", "The folder %1 does not exist").arg(file.absolutePath())));
        if (creates && readOnly)
            return inv.usage(QCoreApplication::translate(
                "Cli", "--read-only opens an existing archive; init makes a new one"));
        // A file that cannot be written here opens read-only by itself (DatabaseAccess::Detect).
        // An upgrade of an older archive can take minutes (issue #23): a line on stderr for each
        // step (and each part of the search index), and one at most every ten seconds inside a long
        // step, so a script sees it is alive.
        int shownStep = 0;
        qint64 shownPart = 0;
        QElapsedTimer sinceLine;
        QElapsedTimer sinceOpen;
        sinceOpen.start();
        const UpgradeReport upgrading = [&inv, &shownStep, &shownPart, &sinceLine](const UpgradeProgress& p) {
            // The search index's parts (five) each get a line too.
            const bool newPart = p.stage == UpgradeProgress::Stage::SearchIndex && p.total > 0 &&
                                 p.done != shownPart && p.done < p.total;
            if (p.step != shownStep || newPart) {
                shownPart = p.done;
                if (shownStep == 0)
                    inv.err << QCoreApplication::translate(
                                   "Cli", "Upgrading the archive from version %1 to version %2 (%n step(s))…",
                                   nullptr, p.steps)
                                   .arg(p.fromVersion)
                                   .arg(p.toVersion)
                            << Qt::endl;
                shownStep = p.step;
                sinceLine.start();
                inv.err << upgradeStepText(p) << Qt::endl;
                return;
            }
            if (sinceLine.elapsed() < 10000)
                return;
            sinceLine.restart();
            inv.err << upgradeStepText(p) << QStringLiteral(" …") << Qt::endl;
        };
        auto archive = Archive::open(db, gCliTestClock,
                                     readOnly ? DatabaseAccess::ReadOnly : DatabaseAccess::Detect, upgrading);
        if (!archive)
            return inv.fail(archive.error());
        if (shownStep > 0)
            inv.err << QCoreApplication::translate("Cli", "The archive is upgraded (%1 s).")
                           .arg(double(sinceOpen.elapsed()) / 1000.0, 0, 'f', 1)
                    << Qt::endl;
        inv.archive = std::move(archive).value();
    }
    if (cmd->needs == Command::Needs::SignedIn) {
        auto setup = inv.archive->accounts().needsSetup();
        if (!setup)
            return inv.fail(setup.error());
        if (setup.value())
            return inv.fail(Error::of(ErrorCode::Failed,
                                      QCoreApplication::translate(
                                          "Cli", "The archive %1 has no accounts yet; run: archiveroom init "
                                                 "--admin LOGIN")
                                          .arg(db)));
        if (login.isEmpty())
            return inv.usage(
                QCoreApplication::translate("Cli", "Say who you are: --user LOGIN (or ARCHIVEROOM_USER)"));
        QString password;
        if (qEnvironmentVariableIsSet("ARCHIVEROOM_PASSWORD"))
            password = qEnvironmentVariable("ARCHIVEROOM_PASSWORD");
        else if (!terminal::readSecret(QCoreApplication::translate("Cli", "Password for %1: ").arg(login),
                                       &password))
            return inv.usage(QCoreApplication::translate(
                "Cli", "No password: set ARCHIVEROOM_PASSWORD or run on a terminal"));
        auto user = inv.archive->accounts().signIn(login, password);
        if (!user)
            return inv.fail(user.error());
    }
    return cmd->run(inv);
}

} // namespace ar::cli
