#include "BenchData.h"

#include "Stats.h"
#include "core/Memory.h"
#include "services/Context.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <sys/resource.h>
#include <unistd.h>

#if defined(__GLIBC__)
#endif

namespace ar::bench {

namespace {

// Recorded in the database's meta table so a reused file still reports how long it took to make.
const QString kGenerationKey = QStringLiteral("bench_generation_ms");

Result<qint64> count(Database& db, const char* table)
{
    // Table names are constants of this file, never user text.
    auto v = db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

// Signs in as the bench's clerk, adding the account (as the bench administrator) if the file
// does not have it yet.
Status signInAsClerk(BenchData& d)
{
    AccountService& acc = d.archive->accounts();
    if (acc.signIn(benchClerkLogin(), benchPassword()))
        return {};
    if (auto admin = acc.signIn(benchLogin(), benchPassword()); !admin)
        return admin.error();
    User clerk;
    clerk.login = benchClerkLogin();
    clerk.displayName = QStringLiteral("基准测试资料员");
    clerk.role = Role::Clerk;
    clerk.department = QStringLiteral("客服部");
    if (auto added = acc.addUser(clerk, benchPassword()); !added)
        return added.error();
    acc.signOut();
    auto signedIn = acc.signIn(benchClerkLogin(), benchPassword());
    if (!signedIn)
        return signedIn.error();
    return {};
}

Status generate(BenchData& d, int households, const std::function<void(int, int)>& progress)
{
    auto admin =
        d.archive->accounts().createFirstAdmin(benchLogin(), QStringLiteral("基准测试"), benchPassword());
    if (!admin)
        return admin.error();
    const auto t0 = std::chrono::steady_clock::now();
    const double cpu0 = cpuSec();
    auto sum = d.archive->demo().generate(households, 1, [&](int done, int total) {
        if (progress)
            progress(done, total);
        return true;
    });
    if (!sum)
        return sum.error();
    d.generationSec = msSince(t0) / 1000.0;
    d.generationCpuSec = cpuSec() - cpu0;
    d.generated = true;
    d.generationPeakRssKb = peakRssKb();
    if (auto s = d.archive->context().meta.set(kGenerationKey, QString::number(qint64(d.generationSec * 1000))); !s)
        return s;
    return signInAsClerk(d);
}

} // namespace

// CPU seconds (user + system) of this process: on a machine shared with other builds this
// varies less than the wall clock.
long peakRssKb()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

long trimmedRssKb()
{
    memory::releaseFreed();
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLong() * (sysconf(_SC_PAGESIZE) / 1024) : 0;
}

bool resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

double cpuSec()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
           double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

QString defaultDbPath(int households)
{
    return QDir(QDir::tempPath()).filePath(QStringLiteral("archiveroom-bench-%1.db").arg(households));
}

Result<std::unique_ptr<BenchData>> openOrGenerate(const QString& path, int households,
                                                  const std::function<void(int, int)>& progress)
{
    auto d = std::make_unique<BenchData>();
    // A fixed clock makes the demo data (archive numbers carry the year) the same on every run.
    d->clock.set(QDateTime(QDate(2026, 11, 27), QTime(10, 0), QTimeZone("Asia/Shanghai")));
    d->path = path;
    d->households = households;
    const bool server = Archive::isServerLocation(path);
    bool existed = !server && QFileInfo::exists(path);
    auto archive = Archive::open(path, &d->clock);
    if (!archive)
        return archive.error();
    d->archive = std::move(archive).value();
    Database& db = d->archive->database();
    if (server) { // a database on a server: an archive is there when it has accounts
        auto empty = d->archive->accounts().needsSetup();
        if (!empty)
            return empty.error();
        existed = !empty.value();
    }

    if (!existed) {
        if (auto s = generate(*d, households, progress); !s)
            return s.error();
    } else {
        if (auto signedIn = signInAsClerk(*d); !signedIn)
            return Error::of(ErrorCode::Conflict,
                             QStringLiteral("%1 exists but is not a bench database (%2); remove it or pick "
                                            "another --db")
                                 .arg(path, signedIn.error().message));
        auto rooms = count(db, "rooms");
        if (!rooms)
            return rooms.error();
        if (rooms.value() != households)
            return Error::of(ErrorCode::Conflict,
                             QStringLiteral("%1 holds %2 households, not %3; remove it or pick another --db")
                                 .arg(path)
                                 .arg(rooms.value())
                                 .arg(households));
        auto ms = d->archive->context().meta.get(kGenerationKey);
        if (!ms)
            return ms.error();
        d->generationSec = ms.value().toDouble() / 1000.0;
    }
    if (server) {
        // The database's size on the server (tables, indexes, TOAST): what a file's size is here.
        auto size = db.scalar(QStringLiteral("SELECT pg_database_size(current_database())"));
        if (!size)
            return size.error();
        d->fileBytes = size.value().toLongLong();
    } else {
        // Fold the WAL into the file (SQLite-only, bench-only). The size is the data's as this
        // connection sees it, pages × page size: the program's own checkpointer may still be
        // copying a large WAL (a million households' demo is one transaction), and the file
        // grows to this size only when it is done.
        if (auto r = db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !r)
            return r.error();
        auto pages = db.scalar(QStringLiteral("PRAGMA page_count"));
        auto pageSize = db.scalar(QStringLiteral("PRAGMA page_size"));
        if (!pages || !pageSize)
            return Error::of(ErrorCode::Failed, QStringLiteral("cannot read the size of %1").arg(path));
        d->fileBytes = pages.value().toLongLong() * pageSize.value().toLongLong();
        // A table's b-tree holds its rows (a WITHOUT ROWID table's are its primary key), an
        // index's the indexed values and the row's key. dbstat reads every page: seconds at a
        // million households, taken once the data is there.
        auto parts = db.exec(QStringLiteral(
            "SELECT s.name, m.type, SUM(s.payload), SUM(s.pgsize) FROM dbstat s "
            "LEFT JOIN sqlite_schema m ON m.name = s.name GROUP BY s.name ORDER BY SUM(s.pgsize) DESC"));
        if (parts) { // no dbstat in this SQLite: the split is left out
            while (parts.value().next()) {
                const QSqlQuery& q = parts.value();
                const bool index = q.value(1).toString() == QLatin1String("index");
                (index ? d->indexPayloadBytes : d->tablePayloadBytes) += q.value(2).toLongLong();
                if (d->largest.size() < 8)
                    d->largest.append({q.value(0).toString(), q.value(3).toLongLong()});
            }
        }
    }
    for (auto [field, table] :
         {std::pair{&BenchData::persons, "persons"}, std::pair{&BenchData::dossiers, "dossiers"},
          std::pair{&BenchData::searchKeys, "search_keys"}}) {
        auto n = count(db, table);
        if (!n)
            return n.error();
        (*d).*field = n.value();
    }
    return d;
}

} // namespace ar::bench
