#include "ImportBench.h"

#include "BenchData.h"
#include "Stats.h"
#include "core/Validators.h"
#include "services/Archive.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QTimeZone>

#include <sqlite3.h>
#include <xlsxwriter.h>

#include <chrono>

namespace ar::bench {

namespace {

// A fictional roster: buildings 90… of the first estate (new to the register), 2 units of 18
// floors × 4 rooms each, names from two character lists, valid fictional ID numbers.
bool writeRoster(const QString& path, int rows)
{
    lxw_workbook* wb = workbook_new(QFile::encodeName(path).constData());
    if (!wb)
        return false;
    lxw_worksheet* ws = workbook_add_worksheet(wb, "业主名册");
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy-mm-dd");
    worksheet_merge_range(ws, 0, 0, 0, 5, "演示花园开发商移交业主名册（基准测试，虚构数据）", nullptr);
    const char* header[] = {"房号", "业主姓名", "身份证号码", "联系电话", "交房日期", "工作单位"};
    for (int c = 0; c < 6; ++c)
        worksheet_write_string(ws, 1, lxw_col_t(c), header[c], nullptr);
    const QString surnames = QStringLiteral("王李张刘陈杨黄赵周吴徐孙马胡朱郭何罗高林");
    const QString given = QStringLiteral("安平明华红军丽强芳伟敏静磊洋勇艳杰娟涛超");
    for (int i = 0; i < rows; ++i) {
        const int building = 90 + i / 144, unit = 1 + (i % 144) / 72, floor = 1 + (i % 72) / 4, room = 1 + i % 4;
        const QString ref = QStringLiteral("%1-%2-%3%4").arg(building).arg(unit).arg(floor).arg(room, 2, 10, QLatin1Char('0'));
        const QString name = QString(surnames.at(i % 20)) + given.at(i / 20 % 20) + given.at(i % 13);
        // 110000 is a province-level code never issued to a person; births in 1930–1949, before
        // the demo's people, so no number is on file already.
        QString id = QStringLiteral("110000%1%2")
                         .arg(QDate(1930, 1, 1).addDays(i % 7300).toString(QStringLiteral("yyyyMMdd")))
                         .arg(i / 7300, 3, 10, QLatin1Char('0'));
        id += mainlandIdCheckChar(id);
        const lxw_row_t r = lxw_row_t(i + 2);
        worksheet_write_string(ws, r, 0, ref.toUtf8().constData(), nullptr);
        worksheet_write_string(ws, r, 1, name.toUtf8().constData(), nullptr);
        worksheet_write_string(ws, r, 2, id.toUtf8().constData(), nullptr);
        worksheet_write_number(ws, r, 3, 13900000000.0 + i, nullptr); // phones as Excel stores them
        worksheet_write_number(ws, r, 4, 46000 + i % 30, date);
        worksheet_write_string(ws, r, 5, "演示科技有限公司", nullptr);
    }
    return workbook_close(wb) == LXW_NO_ERROR;
}

// `location` with another database name: postgresql://user@host:port/NAME?…
QString withDatabase(const QString& location, const QString& name)
{
    const qsizetype authority = location.indexOf(QLatin1String("://")) + 3;
    const qsizetype slash = location.indexOf(QLatin1Char('/'), authority);
    const qsizetype query = location.indexOf(QLatin1Char('?'), slash);
    return location.left(slash + 1) + name + (query < 0 ? QString() : location.mid(query));
}

// A fresh copy of the bench's server database for one import path, as the file is copied:
// CREATE DATABASE … TEMPLATE, which copies the database's files on the server (nobody may be
// connected to the template meanwhile: the bench closes its own connections first).
Status copyServerDatabase(const QString& location, const QString& copyName, bool drop)
{
    auto admin = Database::openPostgres(withDatabase(location, QStringLiteral("postgres")));
    if (!admin)
        return admin.error();
    Database& db = *admin.value();
    if (auto r = db.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(copyName)); !r)
        return r.error();
    if (drop)
        return {};
    const QString source = Archive::serverLocationParts(location).database;
    if (auto r = db.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE \"%2\"").arg(copyName, source)); !r)
        return r.error();
    return {};
}

// A fresh copy of the bench database for one import path, signed in as the clerk: a file copied,
// or a server database made from the bench's.
class ImportCopies
{
public:
    ImportCopies(const QString& dbPath, const QString& folder)
        : m_dbPath(dbPath), m_server(Archive::isServerLocation(dbPath)),
          m_copy(m_server ? withDatabase(dbPath, serverCopyName())
                          : QDir(folder).filePath(QStringLiteral("bench-import.db"))),
          m_clock(QDateTime(QDate(2026, 11, 27), QTime(10, 0), QTimeZone("Asia/Shanghai")))
    {
    }
    ~ImportCopies() { remove(); }
    ImportCopies(const ImportCopies&) = delete;
    ImportCopies& operator=(const ImportCopies&) = delete;

    bool server() const { return m_server; }
    const QString& location() const { return m_copy; }

    void remove()
    {
        if (m_server) {
            (void)copyServerDatabase(m_dbPath, serverCopyName(), true);
            return;
        }
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(m_copy + QLatin1String(suffix));
    }

    // A fresh copy, not opened.
    Status make()
    {
        remove();
        if (m_server)
            return copyServerDatabase(m_dbPath, serverCopyName(), false);
        if (!QFile::copy(m_dbPath, m_copy))
            return Error::of(ErrorCode::Failed, QStringLiteral("cannot copy %1").arg(m_dbPath));
        if (QFile::exists(m_dbPath + QStringLiteral("-wal")))
            QFile::copy(m_dbPath + QStringLiteral("-wal"), m_copy + QStringLiteral("-wal"));
        return {};
    }

    Result<std::unique_ptr<Archive>> openAsClerk()
    {
        if (auto s = make(); !s)
            return s.error();
        auto archive = Archive::open(m_copy, &m_clock);
        if (!archive)
            return archive.error();
        if (auto s = archive.value()->accounts().signIn(benchClerkLogin(), benchPassword()); !s)
            return s.error();
        return std::move(archive.value());
    }

private:
    static QString serverCopyName() { return QStringLiteral("archiveroom_bench_import"); }
    QString m_dbPath;
    bool m_server;
    QString m_copy;
    FixedClock m_clock;
};

template <typename Call> auto timedCall(Call&& call, double* ms, double* cpuMs = nullptr)
{
    const double cpu0 = cpuSec();
    const auto start = std::chrono::steady_clock::now();
    auto r = call();
    *ms = msSince(start);
    if (cpuMs)
        *cpuMs = (cpuSec() - cpu0) * 1000;
    return r;
}

Result<QString> firstEstate(Archive& archive)
{
    auto estates = archive.estate().estates();
    if (!estates)
        return estates.error();
    if (estates->isEmpty())
        return Error::of(ErrorCode::Failed, QStringLiteral("the bench database has no estate"));
    return estates->first().code;
}

Result<ImportFloorResult> measureFloor(ImportCopies& copies, const QString& roster,
                                       const ImportService::Options& o)
{
    auto recorded = copies.openAsClerk();
    if (!recorded)
        return recorded.error();
    sqlite3* handle = recorded.value()->database().sqlite();
    if (!handle)
        return Error::of(ErrorCode::Failed, QStringLiteral("import floor: no SQLite connection"));
    auto recorder = ImportRecorder::attach(handle);
    if (!recorder)
        return recorder.error();
    if (auto r = recorded.value()->imports().importRoster(roster, o); !r)
        return r.error();
    auto changeset = recorder.value()->changeset();
    if (!changeset)
        return changeset.error();
    recorder.value().reset();
    recorded.value().reset();
    if (auto s = copies.make(); !s)
        return s.error();
    return writeImportFloor(copies.location(), changeset.value());
}

} // namespace

Result<ImportResult> runImport(const QString& dbPath, const QString& folder, int rows)
{
    ImportResult out;
    out.rows = rows;
    const QString roster = QDir(folder).filePath(QStringLiteral("bench-roster.xlsx"));
    auto t0 = std::chrono::steady_clock::now();
    if (!writeRoster(roster, rows))
        return Error::of(ErrorCode::Failed, QStringLiteral("cannot write %1").arg(roster));
    out.writeFileMs = msSince(t0);
    // Each path runs on a fresh copy of the bench database (the import adds rooms and people).
    ImportCopies copies(dbPath, folder);

    // The window's path: the preview (a dry run), then the import of what it showed.
    auto window = copies.openAsClerk();
    if (!window)
        return window.error();
    auto estate = firstEstate(*window.value());
    if (!estate)
        return estate.error();
    ImportService::Options o;
    o.estate = estate.value();
    o.dryRun = true;
    ImportService& windowImports = window.value()->imports();
    auto checked = timedCall([&] { return windowImports.importRoster(roster, o); }, &out.checkMs);
    if (!checked)
        return checked.error();
    o.dryRun = false;
    auto afterPreview = timedCall([&] { return windowImports.importRoster(roster, o); }, &out.afterPreviewMs);
    if (!afterPreview)
        return afterPreview.error();
    window.value().reset();

    // The command line's path (`archiveroom import owners FILE`): one call in an archive just
    // opened, the file read, checked and written at once. The budget's figure.
    auto cli = copies.openAsClerk();
    if (!cli)
        return cli.error();
    ImportService& cliImports = cli.value()->imports();
    auto imported =
        timedCall([&] { return cliImports.importRoster(roster, o); }, &out.importMs, &out.importCpuMs);
    if (!imported)
        return imported.error();
    out.added = imported->added;
    out.rejected = imported->rejected;
    // The same roster again: every row matched, nothing written.
    auto again = timedCall([&] { return cliImports.importRoster(roster, o); }, &out.reimportMs);
    if (!again)
        return again.error();
    out.reimportUnchanged = again->unchanged;
    out.reimportChanged = again->added + again->updated + again->rejected;
    out.ran = true;
    cli.value().reset();

    // The floor: the same import once more, untimed, its writes recorded (the recording would
    // slow the timed one); then those rows written into a fresh copy without the program.
    if (!copies.server()) {
        auto floor = measureFloor(copies, roster, o);
        if (!floor)
            return floor.error();
        out.floor = floor.value();
        out.floorRan = true;
    }
    return out;
}

Result<LargeImportResult> runLargeImport(const QString& dbPath, const QString& folder, int rows)
{
    LargeImportResult out;
    out.rows = rows;
    const QString roster = QDir(folder).filePath(QStringLiteral("bench-roster-large.xlsx"));
    if (!writeRoster(roster, rows))
        return Error::of(ErrorCode::Failed, QStringLiteral("cannot write %1").arg(roster));
    ImportCopies copies(dbPath, folder);
    auto cli = copies.openAsClerk();
    if (!cli)
        return cli.error();
    auto estate = firstEstate(*cli.value());
    if (!estate)
        return estate.error();
    ImportService::Options o;
    o.estate = estate.value();
    o.progress = [&out](int, int) {
        ++out.progressCalls;
        return true;
    };
    // What the bench holds already (the archive opened, the earlier figures' freed heap handed
    // back), then the import's peak on top of it.
    out.startRssKb = trimmedRssKb();
    resetPeakRss();
    ImportService& imports = cli.value()->imports();
    auto imported =
        timedCall([&] { return imports.importRoster(roster, o); }, &out.importMs, &out.importCpuMs);
    out.peakRssKb = peakRssKb();
    if (!imported)
        return imported.error();
    out.added = imported->added;
    out.rejected = imported->rejected;
    out.ran = true;
    cli.value().reset();
    if (!copies.server()) {
        ImportService::Options plain = o;
        plain.progress = nullptr;
        auto floor = measureFloor(copies, roster, plain);
        if (!floor)
            return floor.error();
        out.floor = floor.value();
        out.floorRan = true;
    }
    QFile::remove(roster);
    return out;
}

} // namespace ar::bench
