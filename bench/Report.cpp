#include "Report.h"

#include <QJsonArray>
#include <QSysInfo>

#include <algorithm>
#include <sqlite3.h>
#include <thread>

namespace ar::bench {

namespace {

// Terminal columns: CJK and full-width characters take two.
int columns(const QString& s)
{
    int w = 0;
    for (QChar c : s)
        w += (c.unicode() >= 0x1100 &&
              (c.script() == QChar::Script_Han || c.unicode() >= 0xFF00 || c.unicode() == 0x3000))
                 ? 2
                 : 1;
    return w;
}

QString padRight(const QString& s, int width)
{
    return s + QString(std::max(0, width - columns(s)), QLatin1Char(' '));
}

QString padLeft(const QString& s, int width)
{
    return QString(std::max(0, width - columns(s)), QLatin1Char(' ')) + s;
}

QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 2 : 1);
}

QString verdict(bool pass)
{
    return pass ? QStringLiteral("PASS") : QStringLiteral("FAIL");
}

QString mb(qint64 bytes)
{
    return QStringLiteral("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

bool searchPass(const QueryResult& r)
{
    return r.service.p95() < Budgets::searchP95Ms;
}

bool signinPass(const StartupResult& s)
{
    return s.signinSeen.p50() <= Budgets::signinFactor * s.bareSeen.p50();
}

QJsonObject stats(const Samples& s)
{
    return {{QStringLiteral("p50_ms"), s.p50()},
            {QStringLiteral("p95_ms"), s.p95()},
            {QStringLiteral("max_ms"), s.max()},
            {QStringLiteral("runs"), s.ms.size()}};
}

} // namespace

bool Report::allPass() const
{
    for (const QueryResult& r : searches)
        if (!searchPass(r))
            return false;
    if (!searches.isEmpty() && memory.searchPeakRssKb / 1024.0 >= Budgets::memoryMb)
        return false;
    if (import.ran && (import.importMs > Budgets::importMs || import.afterPreviewMs > Budgets::importMs))
        return false;
    if (prints.ran && (prints.catalog.totalMs() > Budgets::printMs || prints.labels.totalMs() > Budgets::printMs))
        return false;
    if (startup.bareRan && startup.guiRan) {
        if (!signinPass(startup) || startup.mainReady.p50() > Budgets::mainReadyMs ||
            startup.guiRssKb / 1024.0 >= Budgets::memoryMb)
            return false;
    }
    return true;
}

QStringList Report::issueTargetsMissed() const
{
    QStringList missed;
    auto miss = [&missed](bool met, const QString& what) {
        if (!met)
            missed << what;
    };
    if (data) {
        miss(data->generationSec <= Budgets::generationSec(data->households),
             QStringLiteral("demo %1 s").arg(data->generationSec, 0, 'f', 1));
        const double kb = double(data->fileBytes) / std::max(1, data->households) / 1000.0;
        miss(kb <= Budgets::fileKbPerHousehold,
             QStringLiteral("file %1 KB per household").arg(kb, 0, 'f', 2));
    }
    if (import.ran) {
        miss(import.importCpuMs <= Budgets::importCpuMs,
             QStringLiteral("10,000-row import CPU %1 ms").arg(import.importCpuMs, 0, 'f', 0));
        if (import.floorRan && import.floor.cpuMs > 0)
            miss(import.importCpuMs <= Budgets::importFloorFactor * import.floor.cpuMs,
                 QStringLiteral("10,000-row import %1x its floor")
                     .arg(import.importCpuMs / import.floor.cpuMs, 0, 'f', 1));
    }
    if (largeImport.ran) {
        miss(largeImport.importMs <= Budgets::largeImportMs,
             QStringLiteral("100,000-row import %1 s").arg(largeImport.importMs / 1000.0, 0, 'f', 1));
        miss(largeImport.peakRssKb / 1024.0 < Budgets::largeImportMemoryMb,
             QStringLiteral("100,000-row import %1 MB").arg(largeImport.peakRssKb / 1024.0, 0, 'f', 0));
    }
    if (prints.ran)
        miss(prints.catalog.totalMs() <= Budgets::catalogMs,
             QStringLiteral("catalog %1 ms").arg(prints.catalog.totalMs(), 0, 'f', 0));
    if (startup.bareRan && startup.guiRan && startup.bareSeen.p50() > 0)
        miss(startup.signinSeen.p50() <= Budgets::issueSigninFactor * startup.bareSeen.p50(),
             QStringLiteral("sign-in %1x the bare window")
                 .arg(startup.signinSeen.p50() / startup.bareSeen.p50(), 0, 'f', 2));
    return missed;
}

void Report::printTable(QTextStream& out) const
{
    out << "ArchiveRoom bench: " << data->households << " households in " << data->path << "\n";
    const QString build = QString::fromLatin1(AR_BENCH_BUILD_TYPE);
    out << "Machine: " << std::thread::hardware_concurrency() << " CPUs, " << QSysInfo::prettyProductName()
        << ", Qt " << qVersion() << ", SQLite " << sqlite3_libversion() << ", build "
        << (build.isEmpty() ? QStringLiteral("(no CMAKE_BUILD_TYPE)") : build) << "\n";
    if (build != QLatin1String("Release") && build != QLatin1String("RelWithDebInfo"))
        out << "Not an optimised build: these figures are not comparable with docs/performance.md\n";
    out << "\n";

    out << "Demo data\n";
    out << "  generation      "
        << padLeft(QString::number(data->generationSec, 'f', 1) + QStringLiteral(" s"), 10) << "  "
        << (data->generated ? QStringLiteral("(this run; CPU %1 s)").arg(data->generationCpuSec, 0, 'f', 1)
                            : QStringLiteral("(recorded when the file was made)"))
        << "  target <= " << QString::number(Budgets::generationSec(data->households), 'f', 1) << " s  "
        << verdict(data->generationSec <= Budgets::generationSec(data->households)) << "\n";
    out << "  database file   " << padLeft(mb(data->fileBytes), 10) << "  " << data->persons << " persons, "
        << data->dossiers << " dossiers, " << data->searchKeys << " search keys\n";
    const double households = std::max(1, data->households);
    auto kbEach = [households](qint64 bytes) {
        return QString::number(double(bytes) / households / 1000.0, 'f', 2) + QStringLiteral(" KB");
    };
    out << "  per household   " << padLeft(kbEach(data->fileBytes), 10)
        << "  target <= " << Budgets::fileKbPerHousehold << " KB  "
        << verdict(double(data->fileBytes) / households / 1000.0 <= Budgets::fileKbPerHousehold) << "\n";
    if (data->tablePayloadBytes > 0) {
        const qint64 payload = data->tablePayloadBytes + data->indexPayloadBytes;
        out << "    the rows' values " << kbEach(data->tablePayloadBytes) << ", the indexes' "
            << kbEach(data->indexPayloadBytes) << " (floor of this data: " << kbEach(payload)
            << "); headers and free space " << kbEach(data->fileBytes - payload) << "\n";
        QStringList largest;
        for (const auto& [name, bytes] : data->largest)
            largest << name + QLatin1Char(' ') + kbEach(bytes);
        out << "    largest: " << largest.join(QStringLiteral(", ")) << "\n";
    }
    out << "\n";

    out << "Search latency, ms (limit 20; " << options.iterations << " runs per query after "
        << options.warmup << " warm-up; LIKE " << options.likeIterations << " runs)\n";
    out << padRight(QString(), 32) << "  SearchService::search  "
        << padRight(floorEngine + QStringLiteral(" prefix scan"), 22) << "LIKE '%x%'\n";
    out << padRight(QStringLiteral("group"), 11) << padRight(QStringLiteral("query"), 21) << " hits"
        << "   p50    p95    max    p50    p95    max    p50    p95   budget p95<10\n";
    for (const QueryResult& r : searches) {
        out << padRight(r.query.group, 11) << padRight(r.query.text, 21)
            << padLeft(QString::number(r.hits), 5);
        for (const Samples* s : {&r.service, &r.floor})
            out << padLeft(ms(s->p50()), 6) << padLeft(ms(s->p95()), 7) << padLeft(ms(s->max()), 7);
        if (r.like.isEmpty())
            out << padLeft(QStringLiteral("-"), 6) << padLeft(QStringLiteral("-"), 7);
        else
            out << padLeft(ms(r.like.p50()), 6) << padLeft(ms(r.like.p95()), 7);
        out << "   " << verdict(searchPass(r)) << "\n";
    }
    if (searches.isEmpty())
        out << "  not measured (--only)\n";
    out << "\n";

    out << "Printing to PDF, ms (gathering + painting; budget " << Budgets::printMs << " each)\n";
    if (!prints.ran) {
        out << "  not measured\n";
    } else {
        for (const PrintTiming* t : {&prints.catalog, &prints.labels})
            out << "  " << padRight(t->what, 16) << padLeft(QString::number(t->entries), 7) << " entries "
                << padLeft(QString::number(t->pages), 5) << " pages  " << padLeft(ms(t->prepareMs), 8) << " + "
                << padLeft(ms(t->renderMs), 8) << " = " << padLeft(ms(t->totalMs()), 8) << "  " << mb(t->pdfBytes)
                << "   " << verdict(t->totalMs() <= Budgets::printMs) << "\n";
    }
    out << "\n";

    out << "Import of a handover roster (.xlsx), ms (budget " << Budgets::importMs << ")\n";
    if (!import.ran) {
        out << "  not measured\n";
    } else {
        out << "  " << import.rows << " rows, the window: preview (dry run) " << ms(import.checkMs)
            << ", then import " << ms(import.afterPreviewMs) << "   "
            << verdict(import.afterPreviewMs <= Budgets::importMs) << "\n";
        out << "  " << import.rows << " rows, the command line: import " << ms(import.importMs) << " (CPU "
            << ms(import.importCpuMs) << "; " << import.added << " added, " << import.rejected << " rejected)   "
            << verdict(import.importMs <= Budgets::importMs) << "\n";
        out << "  the same roster again: " << ms(import.reimportMs) << " (" << import.reimportUnchanged << " unchanged, "
            << import.reimportChanged << " added, updated or rejected)\n";
        if (import.floorRan) {
            const double factor = import.floor.cpuMs > 0 ? import.importCpuMs / import.floor.cpuMs : 0;
            out << "  the floor (the same " << import.floor.inserted << " rows inserted, "
                << import.floor.updated << " updated, into " << import.floor.tables
                << " tables; prepared, one transaction, no checks): " << ms(import.floor.ms) << " (CPU "
                << ms(import.floor.cpuMs) << ")\n";
            QStringList perTable;
            for (const auto& [table, n] : import.floor.rowsByTable)
                perTable << QStringLiteral("%1 %2").arg(table).arg(n);
            out << "    rows written: " << perTable.join(QStringLiteral(", ")) << "\n";
            out << "  the command line's CPU: " << ms(import.importCpuMs) << " ms, "
                << QString::number(factor, 'f', 1) << "× the floor   (targets: ≤ " << Budgets::importCpuMs
                << " ms " << verdict(import.importCpuMs <= Budgets::importCpuMs) << ", ≤ "
                << Budgets::importFloorFactor << "× the floor "
                << verdict(factor <= Budgets::importFloorFactor) << ")\n";
        } else {
            out << "  the floor: not measured (SQLite files only)\n";
        }
    }
    if (largeImport.ran) {
        out << "  " << largeImport.rows << " rows, the command line: import " << ms(largeImport.importMs)
            << " (CPU " << ms(largeImport.importCpuMs) << "; " << largeImport.added << " added, "
            << largeImport.rejected << " rejected; progress reported " << largeImport.progressCalls
            << " times)   " << verdict(largeImport.importMs <= Budgets::largeImportMs) << " (target ≤ "
            << Budgets::largeImportMs << ")\n";
        if (largeImport.floorRan)
            out << "    the floor: " << ms(largeImport.floor.ms) << " (CPU " << ms(largeImport.floor.cpuMs)
                << ", " << largeImport.floor.inserted << " rows); the import's CPU "
                << QString::number(
                       largeImport.floor.cpuMs > 0 ? largeImport.importCpuMs / largeImport.floor.cpuMs : 0,
                       'f', 1)
                << "× the floor's\n";
        out << "    bench's peak resident set during it "
            << QString::number(largeImport.peakRssKb / 1024.0, 'f', 1) << " MB ("
            << QString::number(largeImport.startRssKb / 1024.0, 'f', 1) << " MB at its start)   "
            << verdict(largeImport.peakRssKb / 1024.0 < Budgets::largeImportMemoryMb) << " (target < "
            << Budgets::largeImportMemoryMb << " MB)\n";
    }
    out << "\n";

    out << "Start-up, ms (median of " << options.startupRuns << " runs after one warm-up; QT_QPA_PLATFORM="
        << (qEnvironmentVariableIsSet("QT_QPA_PLATFORM") ? qEnvironmentVariable("QT_QPA_PLATFORM")
                                                         : QStringLiteral("offscreen"))
        << ")\n";
    if (!startupRan) {
        out << "  not measured (--no-startup or --quick)\n";
    } else {
        const StartupResult& s = startup;
        if (s.bareRan)
            out << "  bare Qt window: spawn -> first paint        " << padLeft(ms(s.bareSeen.p50()), 7)
                << "   (own clock, since process start: " << ms(s.bareSelf.p50()) << ")\n";
        else
            out << "  bare Qt window: " << s.bareNote << "\n";
        if (s.guiRan) {
            out << "  archiveroom: spawn -> sign-in shown        " << padLeft(ms(s.signinSeen.p50()), 7)
                << "   (own clock, since process start: " << ms(s.signinSelf.p50())
                << ")  budget <= 3 x bare";
            if (s.bareRan)
                out << " = " << ms(Budgets::signinFactor * s.bareSeen.p50()) << "  "
                    << verdict(signinPass(s));
            out << "\n  archiveroom: sign-in -> usable main window " << padLeft(ms(s.mainReady.p50()), 7)
                << "   (max " << ms(s.mainReady.max()) << ")  budget <= " << Budgets::mainReadyMs << "  "
                << verdict(s.mainReady.p50() <= Budgets::mainReadyMs) << "\n";
        } else {
            out << "  archiveroom: " << s.guiNote << "\n";
        }
        out << "  (the sign-in's scrypt check, " << ms(passwordVerifyMs)
            << " ms here, comes before the main-window clock starts: the BRIEF sets it aside)\n";
    }
    out << "\n";

    out << "Peak memory (resident set)\n";
    const double benchMb = memory.searchPeakRssKb / 1024.0;
    out << padRight(QStringLiteral("  bench process during the searches"), 40)
        << padLeft(QString::number(benchMb, 'f', 1), 7) << " MB  budget < " << Budgets::memoryMb << " MB  "
        << verdict(benchMb < Budgets::memoryMb) << "\n";
    out << "  (before them, " << (data->generated ? "generating and " : "")
        << "signing in: " << QString::number(memory.openingPeakRssKb / 1024.0, 'f', 1)
        << " MB; peak reset between: " << (memory.resetBeforeSearches ? "yes" : "no") << ")\n";
    if (startupRan && startup.guiRan) {
        const double guiMb = startup.guiRssKb / 1024.0;
        out << padRight(QStringLiteral("  archiveroom GUI, start to main-ready"), 40)
            << padLeft(QString::number(guiMb, 'f', 1), 7) << " MB  budget < " << Budgets::memoryMb << " MB  "
            << verdict(guiMb < Budgets::memoryMb) << "\n";
    }
    if (startupRan && startup.bareRan)
        out << padRight(QStringLiteral("  bare Qt window"), 40)
            << padLeft(QString::number(startup.bareRssKb / 1024.0, 'f', 1), 7) << " MB\n";
    out << "\nThe BRIEF's budgets: " << (allPass() ? "all measured figures PASS" : "some figures FAIL")
        << "\n";
    const QStringList missed = issueTargetsMissed();
    out << "Issue #23's targets: "
        << (missed.isEmpty() ? QStringLiteral("every measured figure meets its target")
                             : QStringLiteral("missed: ") + missed.join(QStringLiteral("; ")))
        << "\n";
}

QJsonObject Report::toJson() const
{
    QJsonArray qs;
    for (const QueryResult& r : searches) {
        QJsonObject o{{QStringLiteral("group"), r.query.group},
                      {QStringLiteral("query"), r.query.text},
                      {QStringLiteral("hits"), r.hits},
                      {QStringLiteral("service"), stats(r.service)},
                      {QStringLiteral("sqlite_prefix_scan"),
                       stats(r.floor)}, // the floor, whichever engine (floor_engine)
                      {QStringLiteral("pass"), searchPass(r)}};
        if (!r.like.isEmpty())
            o.insert(QStringLiteral("sqlite_like_scan"), stats(r.like));
        qs.append(o);
    }
    QJsonObject startupJson{{QStringLiteral("measured"), startupRan}};
    if (startupRan) {
        const StartupResult& s = startup;
        startupJson.insert(QStringLiteral("bare_window"),
                           QJsonObject{{QStringLiteral("ran"), s.bareRan},
                                       {QStringLiteral("note"), s.bareNote},
                                       {QStringLiteral("spawn_to_first_paint"), stats(s.bareSeen)},
                                       {QStringLiteral("own_clock"), stats(s.bareSelf)},
                                       {QStringLiteral("peak_rss_kb"), qint64(s.bareRssKb)}});
        startupJson.insert(
            QStringLiteral("gui"),
            QJsonObject{
                {QStringLiteral("ran"), s.guiRan},
                {QStringLiteral("note"), s.guiNote},
                {QStringLiteral("spawn_to_signin_shown"), stats(s.signinSeen)},
                {QStringLiteral("signin_own_clock"), stats(s.signinSelf)},
                {QStringLiteral("signin_to_main_ready"), stats(s.mainReady)},
                {QStringLiteral("peak_rss_kb"), qint64(s.guiRssKb)},
                {QStringLiteral("signin_pass"), s.guiRan && s.bareRan && signinPass(s)},
                {QStringLiteral("main_ready_pass"), s.guiRan && s.mainReady.p50() <= Budgets::mainReadyMs}});
        startupJson.insert(QStringLiteral("password_verify_ms"), passwordVerifyMs);
    }
    auto timing = [](const PrintTiming& t) {
        return QJsonObject{{QStringLiteral("entries"), t.entries},    {QStringLiteral("pages"), t.pages},
                           {QStringLiteral("prepare_ms"), t.prepareMs}, {QStringLiteral("render_ms"), t.renderMs},
                           {QStringLiteral("total_ms"), t.totalMs()}, {QStringLiteral("pdf_bytes"), t.pdfBytes},
                           {QStringLiteral("pass"), t.totalMs() <= Budgets::printMs}};
    };
    QJsonObject printJson{{QStringLiteral("measured"), prints.ran}};
    if (prints.ran) {
        printJson.insert(QStringLiteral("catalog"), timing(prints.catalog));
        printJson.insert(QStringLiteral("labels"), timing(prints.labels));
    }
    return {
        {QStringLiteral("households"), data->households},
        {QStringLiteral("db"), data->path},
        {QStringLiteral("build"), QStringLiteral(AR_BENCH_BUILD_TYPE)},
        {QStringLiteral("cpus"), int(std::thread::hardware_concurrency())},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("sqlite"), QString::fromLatin1(sqlite3_libversion())},
        {QStringLiteral("floor_engine"), floorEngine},
        {QStringLiteral("generation"),
         QJsonObject{{QStringLiteral("seconds"), data->generationSec},
                     {QStringLiteral("this_run"), data->generated},
                     {QStringLiteral("cpu_seconds"), data->generationCpuSec},
                     {QStringLiteral("file_bytes"), data->fileBytes},
                     {QStringLiteral("table_payload_bytes"), data->tablePayloadBytes},
                     {QStringLiteral("index_payload_bytes"), data->indexPayloadBytes},
                     {QStringLiteral("persons"), data->persons},
                     {QStringLiteral("dossiers"), data->dossiers},
                     {QStringLiteral("search_keys"), data->searchKeys},
                     {QStringLiteral("peak_rss_kb"), qint64(data->generationPeakRssKb)}}},
        {QStringLiteral("search"), qs},
        {QStringLiteral("startup"), startupJson},
        {QStringLiteral("print"), printJson},
        {QStringLiteral("import"),
         QJsonObject{
             {QStringLiteral("measured"), import.ran},
             {QStringLiteral("rows"), import.rows},
             {QStringLiteral("check_ms"), import.checkMs},
             {QStringLiteral("after_preview_ms"), import.afterPreviewMs},
             {QStringLiteral("import_ms"), import.importMs},
             {QStringLiteral("import_cpu_ms"), import.importCpuMs},
             {QStringLiteral("added"), import.added},
             {QStringLiteral("rejected"), import.rejected},
             {QStringLiteral("reimport_ms"), import.reimportMs},
             {QStringLiteral("reimport_unchanged"), import.reimportUnchanged},
             {QStringLiteral("reimport_changed"), import.reimportChanged},
             {QStringLiteral("pass"), import.importMs <= Budgets::importMs},
             {QStringLiteral("floor"), QJsonObject{{QStringLiteral("measured"), import.floorRan},
                                                   {QStringLiteral("ms"), import.floor.ms},
                                                   {QStringLiteral("cpu_ms"), import.floor.cpuMs},
                                                   {QStringLiteral("inserted"), import.floor.inserted},
                                                   {QStringLiteral("updated"), import.floor.updated},
                                                   {QStringLiteral("tables"), import.floor.tables}}}}},
        {QStringLiteral("large_import"),
         QJsonObject{
             {QStringLiteral("measured"), largeImport.ran},
             {QStringLiteral("rows"), largeImport.rows},
             {QStringLiteral("import_ms"), largeImport.importMs},
             {QStringLiteral("import_cpu_ms"), largeImport.importCpuMs},
             {QStringLiteral("added"), largeImport.added},
             {QStringLiteral("rejected"), largeImport.rejected},
             {QStringLiteral("progress_calls"), largeImport.progressCalls},
             {QStringLiteral("peak_rss_kb"), qint64(largeImport.peakRssKb)},
             {QStringLiteral("start_rss_kb"), qint64(largeImport.startRssKb)},
             {QStringLiteral("floor_ms"), largeImport.floor.ms},
             {QStringLiteral("floor_cpu_ms"), largeImport.floor.cpuMs},
             {QStringLiteral("pass"), largeImport.importMs <= Budgets::largeImportMs &&
                                          largeImport.peakRssKb / 1024.0 < Budgets::largeImportMemoryMb}}},
        {QStringLiteral("memory"),
         QJsonObject{{QStringLiteral("bench_peak_rss_kb"), qint64(memory.searchPeakRssKb)},
                     {QStringLiteral("bench_opening_peak_rss_kb"), qint64(memory.openingPeakRssKb)},
                     {QStringLiteral("pass"), memory.searchPeakRssKb / 1024.0 < Budgets::memoryMb}}},
        {QStringLiteral("all_pass"), allPass()},
        {QStringLiteral("issue_targets_missed"), QJsonArray::fromStringList(issueTargetsMissed())},
    };
}

} // namespace ar::bench
