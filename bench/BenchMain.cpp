// archiveroom-bench: measures ArchiveRoom against the BRIEF's performance budgets on the
// 150,000-household demo company. How to run it and what each figure means: docs/performance.md.
#include "BenchData.h"
#include "BenchOptions.h"
#include "PostgresFloor.h"
#include "Report.h"
#include "SqliteFloor.h"
#include "core/Clock.h"
#include "security/PasswordHash.h"
#include "services/Context.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <sys/resource.h>
#include <unistd.h>

using namespace ar;
using namespace ar::bench;

namespace {

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const Error& e)
{
    err() << "archiveroom-bench: " << e.message << Qt::endl;
    return e.code == ErrorCode::Usage ? 2 : 1;
}

// One check of the bench account's stored hash, to tell the hashing cost from the window's.
Result<double> passwordVerifyMs(Database& db)
{
    auto hash = db.scalar(QStringLiteral("SELECT password_hash FROM users WHERE login = ?"), {benchLogin()});
    if (!hash)
        return hash.error();
    const auto t0 = std::chrono::steady_clock::now();
    const bool ok = password::verify(benchPassword(), hash.value().toString());
    const double elapsed = msSince(t0);
    if (!ok)
        return Error::of(ErrorCode::Failed, QStringLiteral("the bench password does not verify"));
    return elapsed;
}

} // namespace

int main(int argc, char** argv)
{
    ar::pinSystemTimeZone(); // as the program does (src/app/main.cpp)
    // The prints paint with fonts: a GUI application, on the offscreen platform unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    auto parsed = parseOptions(QCoreApplication::arguments());
    if (!parsed) {
        err() << parsed.error().message << Qt::endl;
        return parsed.error().code == ErrorCode::Usage &&
                       QCoreApplication::arguments().contains(QStringLiteral("--help"))
                   ? 0
                   : 2;
    }
    Options opt = parsed.value();

    std::unique_ptr<QTemporaryDir> tmp;
    if (opt.dbPath.isEmpty() && opt.quick) {
        tmp = std::make_unique<QTemporaryDir>();
        opt.dbPath = tmp->filePath(QStringLiteral("bench.db"));
    } else if (opt.dbPath.isEmpty()) {
        opt.dbPath = defaultDbPath(opt.households);
    }

    err() << "archiveroom-bench: opening " << opt.dbPath << Qt::endl;
    auto data = openOrGenerate(opt.dbPath, opt.households, [](int done, int total) {
        if (done % 10000 == 0 || done == total)
            err() << "  generating: " << done << " / " << total << " households" << Qt::endl;
    });
    if (!data)
        return fail(data.error());
    Archive& archive = *data.value()->archive;

    auto queries = opt.queriesFile.isEmpty() ? fixedQueries(archive) : queriesFromFile(opt.queriesFile);
    if (!queries)
        return fail(queries.error());
    // On a server (issue #24 item 8) the same table, its floor the same statements over QPSQL.
    const bool server = Archive::isServerLocation(opt.dbPath);
    std::unique_ptr<SearchFloor> floor;
    if (server) {
        auto f = PostgresFloor::open(opt.dbPath);
        if (!f)
            return fail(f.error());
        floor = std::move(f).value();
    } else {
        auto f = SqliteFloor::open(opt.dbPath);
        if (!f)
            return fail(f.error());
        floor = std::move(f).value();
    }

    Report report;
    report.floorEngine = floor->engine();
    report.options = opt;
    report.data = data.value().get();
    // The searches' own peak: not the generator's, nor the sign-in's (scrypt takes 32 MiB).
    report.memory.openingPeakRssKb = peakRssKb();
    report.memory.resetBeforeSearches = resetPeakRss();

    auto searches =
        !opt.searches
            ? Result<QList<QueryResult>>(QList<QueryResult>{})
            : runSearches(archive, *floor, queries.value(),
                          SearchRunConfig{opt.warmup, opt.iterations, opt.likeIterations}, [](int i, int n) {
                              if (isatty(STDERR_FILENO))
                                  err() << "  timing query " << i + 1 << " / " << n << "\r" << Qt::flush;
                          });
    if (!searches)
        return fail(searches.error());
    if (opt.searches)
        err() << "  timed " << searches.value().size() << " queries" << Qt::endl;
    report.searches = searches.value();
    report.memory.searchPeakRssKb = peakRssKb();

    QTemporaryDir workDir;
    if (opt.prints) {
        err() << "  timing prints" << Qt::endl;
        // A smoke run's estate is small: fewer entries, the same code path.
        auto prints = runPrints(archive, workDir.path(), opt.quick ? 1000 : 10000, opt.quick ? 100 : 1000);
        if (!prints)
            return fail(prints.error());
        report.prints = prints.value();
    }
    auto timeImport = [&]() -> Status {
        if (!opt.import)
            return {};
        err() << "  timing an import" << Qt::endl;
        auto imported = runImport(opt.dbPath, workDir.path(), opt.quick ? 500 : 10000);
        if (!imported)
            return imported.error();
        report.import = imported.value();
        err() << "  timing a large import" << Qt::endl;
        auto large = runLargeImport(opt.dbPath, workDir.path(), opt.quick ? 1000 : 100000);
        if (!large)
            return large.error();
        report.largeImport = large.value();
        return {};
    };
    // On a server the import's copies are made with CREATE DATABASE … TEMPLATE, which wants
    // nobody connected to the bench's database: that import comes last, after the start-up.
    if (!server)
        if (auto s = timeImport(); !s)
            return fail(s.error());

    if (opt.startup) {
        auto verify = passwordVerifyMs(archive.database());
        if (!verify)
            return fail(verify.error());
        report.passwordVerifyMs = verify.value();
        err() << "  timing start-up" << Qt::endl;
        const QDir bin(QCoreApplication::applicationDirPath());
        StartupConfig cfg;
        cfg.bareWindow = bin.filePath(QStringLiteral("bench-bare-window"));
        cfg.gui = opt.guiPath.isEmpty() ? bin.filePath(QStringLiteral("archiveroom")) : opt.guiPath;
        cfg.dbPath = opt.dbPath;
        cfg.login = benchClerkLogin();
        cfg.password = benchPassword();
        cfg.runs = opt.startupRuns;
        report.startup = runStartup(cfg);
        report.startupRan = true;
    }
    if (server) {
        floor.reset();
        data.value()->archive.reset();
        if (auto s = timeImport(); !s)
            return fail(s.error());
    }

    QTextStream out(stdout);
    if (opt.json)
        out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        report.printTable(out);
    out.flush();
    // The harness ran to the end: exit 0 even when a budget fails (the table says so); the
    // smoke test checks the harness, not the figures of a 200-household estate.
    return 0;
}
