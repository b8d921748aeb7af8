#include "BenchOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ar::bench {

namespace {
// A positive integer option, or a Usage error naming it.
Result<int> positive(const QCommandLineParser& p, const QString& name, int fallback)
{
    if (!p.isSet(name))
        return fallback;
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok || v < 1)
        return Error::of(ErrorCode::Usage,
                         QStringLiteral("--%1 %2: give a positive number").arg(name, p.value(name)));
    return v;
}
} // namespace

Result<Options> parseOptions(const QStringList& arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Measures ArchiveRoom against the BRIEF's performance budgets: demo generation, search latency "
        "(in-process and straight against SQLite), start-up of the GUI, peak memory."));
    p.addHelpOption();
    p.addOptions({
        {QStringLiteral("households"), QStringLiteral("Size of the demo company (default 150000)."),
         QStringLiteral("N")},
        {QStringLiteral("db"),
         QStringLiteral("The demo database; reused if it holds N households, else generated."),
         QStringLiteral("PATH")},
        {QStringLiteral("queries"),
         QStringLiteral("Fragments to time instead of the fixed set: one per line, "
                        "optionally 'group<TAB>fragment'; # starts a comment."),
         QStringLiteral("FILE")},
        {QStringLiteral("json"), QStringLiteral("Print the figures as JSON instead of a table.")},
        {QStringLiteral("iterations"), QStringLiteral("Timed runs per query (default 200)."),
         QStringLiteral("N")},
        {QStringLiteral("startup-runs"), QStringLiteral("Timed starts of each program (default 5)."),
         QStringLiteral("N")},
        {QStringLiteral("no-startup"), QStringLiteral("Skip the start-up measurements.")},
        {QStringLiteral("gui"), QStringLiteral("The archiveroom executable (default: next to this program)."),
         QStringLiteral("PATH")},
        {QStringLiteral("only"),
         QStringLiteral("Measure only these parts, comma-separated: search, print, import, startup "
                        "(default: all)."),
         QStringLiteral("PARTS")},
        {QStringLiteral("quick"), QStringLiteral("Smoke run: a temporary database unless --db is given, "
                                                 "5 iterations, no start-up runs.")},
    });
    if (!p.parse(arguments))
        return Error::of(ErrorCode::Usage, p.errorText() + QLatin1Char('\n') + p.helpText());
    if (p.isSet(QStringLiteral("help")))
        return Error::of(ErrorCode::Usage, p.helpText());
    if (!p.positionalArguments().isEmpty())
        return Error::of(ErrorCode::Usage,
                         QStringLiteral("unexpected argument %1\n").arg(p.positionalArguments().first()) +
                             p.helpText());

    Options o;
    o.quick = p.isSet(QStringLiteral("quick"));
    if (o.quick) {
        o.iterations = 5;
        o.warmup = 1;
        o.likeIterations = 2;
        o.startup = false;
        o.startupRuns = 1;
    }
    auto households = positive(p, QStringLiteral("households"), o.households);
    auto iterations = positive(p, QStringLiteral("iterations"), o.iterations);
    auto runs = positive(p, QStringLiteral("startup-runs"), o.startupRuns);
    for (const Error* e : {households ? nullptr : &households.error(),
                           iterations ? nullptr : &iterations.error(), runs ? nullptr : &runs.error()})
        if (e)
            return *e;
    o.households = households.value();
    o.iterations = iterations.value();
    o.likeIterations = std::min(o.likeIterations, o.iterations);
    o.startupRuns = runs.value();
    o.dbPath = p.value(QStringLiteral("db"));
    o.queriesFile = p.value(QStringLiteral("queries"));
    o.guiPath = p.value(QStringLiteral("gui"));
    o.json = p.isSet(QStringLiteral("json"));
    if (p.isSet(QStringLiteral("no-startup")))
        o.startup = false;
    if (p.isSet(QStringLiteral("only"))) {
        bool search = false, print = false, import = false, startup = false;
        for (const QString& raw : p.value(QStringLiteral("only")).split(QLatin1Char(','))) {
            const QString part = raw.trimmed();
            if (part == QLatin1String("search"))
                search = true;
            else if (part == QLatin1String("print"))
                print = true;
            else if (part == QLatin1String("import"))
                import = true;
            else if (part == QLatin1String("startup"))
                startup = true;
            else
                return Error::of(
                    ErrorCode::Usage,
                    QStringLiteral("--only %1: unknown part '%2' (search, print, import, startup)")
                        .arg(p.value(QStringLiteral("only")), part));
        }
        o.searches = search;
        o.prints = print;
        o.import = import;
        o.startup = o.startup && startup;
    }
    return o;
}

} // namespace ar::bench
