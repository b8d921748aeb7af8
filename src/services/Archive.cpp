#include "Archive.h"

#include "Context.h"

#include "security/FieldCodec.h"
#include "storage/Migrator.h"
#include "storage/PostgresUrl.h"
#include "storage/SearchIndex.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace ar {

Archive::Archive(std::unique_ptr<Database> db, const Clock* clock)
    : m_db(std::move(db)), m_ownClock(clock ? nullptr : std::make_unique<SystemClock>()),
      m_codec(std::make_unique<FieldCodec>()),
      m_ctx(std::make_unique<Context>(*m_db, clock ? *clock : *m_ownClock, *m_codec)),
      m_accounts(*m_ctx, *m_codec), m_estate(*m_ctx), m_rooms(*m_ctx, m_estate), m_people(*m_ctx),
      m_search(*m_ctx), m_demo(*m_ctx), m_audit(*m_ctx), m_access(*m_ctx), m_dossiers(*m_ctx, m_people),
      m_filing(*m_ctx), m_places(*m_ctx), m_loans(*m_ctx), m_desk(*m_ctx), m_loanRegisters(*m_ctx),
      m_calendar(*m_ctx), m_print(*m_ctx, m_people, m_loans, m_loanRegisters),
      m_import(*m_ctx, m_people, m_rooms), m_export(*m_ctx), m_backup(*m_ctx, *m_codec),
      m_destruction(*m_ctx), m_reconSessions(*m_ctx, m_places), m_reconciliation(*m_ctx, m_reconSessions),
      m_violations(*m_ctx), m_selfInspection(*m_ctx, m_loans, m_filing, m_places, m_destruction,
                                             m_reconciliation, m_violations, m_backup)
{
    m_print.setDestruction(&m_destruction);
    m_print.setSelfInspection(&m_selfInspection);
    m_print.setReconciliation(&m_reconciliation);
}

Archive::~Archive() = default;

bool Archive::isReadOnly() const
{
    return m_db->isReadOnly();
}

Error Archive::readOnlyError()
{
    return Database::readOnlyError();
}

QString Archive::path() const
{
    return m_db->path();
}

bool Archive::can(Permission p) const
{
    return m_ctx->can(p);
}

const std::optional<User>& Archive::user() const
{
    return m_ctx->user();
}

const Clock& Archive::clock() const
{
    return m_ctx->clock;
}

namespace {

const char kFolder[] = "ArchiveRoom";
const char kFile[] = "archiveroom.db";

} // namespace

bool Archive::isServerLocation(const QString& location)
{
    return isPostgresUrl(location);
}

Result<QString> Archive::serverLocation(const ServerLocation& parts)
{
    auto enc = [](const QString& s) { return QString::fromLatin1(QUrl::toPercentEncoding(s.trimmed())); };
    if (parts.database.trimmed().isEmpty())
        return Error::invalid(
            QStringLiteral("database"), {},
            QCoreApplication::translate("Archive", "Give the name of the database on the server"));
    const QString host = parts.host.trimmed();
    const bool socket = host.startsWith(QLatin1Char('/'));
    QString url = QStringLiteral("postgresql://");
    if (!parts.user.trimmed().isEmpty())
        url += enc(parts.user) + QLatin1Char('@');
    if (!socket)
        url += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : enc(host);
    if (parts.port > 0)
        url += QLatin1Char(':') + QString::number(parts.port);
    url += QLatin1Char('/') + enc(parts.database);
    QStringList query;
    if (socket)
        query << QStringLiteral("host=") + enc(host);
    if (!parts.sslMode.isEmpty())
        query << QStringLiteral("sslmode=") + enc(parts.sslMode);
    if (!parts.sslRootCert.trimmed().isEmpty())
        query << QStringLiteral("sslrootcert=") + enc(parts.sslRootCert);
    if (!query.isEmpty())
        url += QLatin1Char('?') + query.join(QLatin1Char('&'));
    if (auto parsed = parsePostgresUrl(url); !parsed)
        return parsed.error();
    return url;
}

ServerLocation Archive::serverLocationParts(const QString& location)
{
    ServerLocation parts;
    if (!isPostgresUrl(location))
        return parts;
    auto parsed = parsePostgresUrl(location);
    if (!parsed)
        return parts;
    parts.host = parsed->host;
    parts.port = parsed->port;
    parts.database = parsed->database;
    parts.user = parsed->user;
    parts.sslMode = parsed->sslMode;
    parts.sslRootCert = parsed->sslRootCert;
    return parts;
}

void Archive::setServerPassword(const QString& location, const QString& password)
{
    Database::setServerPassword(location, password);
}

QString Archive::filesFolderOf(const QString& location)
{
    if (!isPostgresUrl(location))
        return location + QStringLiteral(".files");
    // Scans and photos of a server archive are in its table `contents` (ContentStore); this
    // computer's data folder, one folder per location, is where versions before that kept them,
    // still read for a scan not in the table.
    const QString key = QString::fromLatin1(
        QCryptographicHash::hash(location.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QString::fromLatin1(kFolder) + QStringLiteral("/postgresql-") + key +
                  QStringLiteral(".files"));
}

QString Archive::defaultPath()
{
    return settleDefaultPath(QString()).path;
}

Archive::DefaultLocation Archive::settleDefaultPath()
{
    return settleDefaultPath(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation));
}

Archive::DefaultLocation Archive::settleDefaultPath(const QString& dataHome)
{
    const QString home =
        dataHome.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) : dataHome;
    const QDir target(QDir(home).filePath(QString::fromLatin1(kFolder)));
    const QDir old(target.filePath(QString::fromLatin1(kFolder)));
    const QString targetDb = target.filePath(QString::fromLatin1(kFile));
    const QString oldDb = old.filePath(QString::fromLatin1(kFile));
    if (dataHome.isEmpty() || !QFileInfo::exists(oldDb))
        return {dataHome.isEmpty() && QFileInfo::exists(oldDb) ? oldDb : targetDb, {}};
    const QString from = QDir::toNativeSeparators(old.path());
    const QString to = QDir::toNativeSeparators(target.path());
    const auto stay = [&](const QString& why) {
        return DefaultLocation{oldDb, QCoreApplication::translate(
                                          "Archive", "The archive stays in %1 and was not moved to %2: %3")
                                          .arg(from, to, why)};
    };
    if (QFileInfo::exists(oldDb + QStringLiteral("-shm")))
        return stay(QCoreApplication::translate(
            "Archive", "it may be open in another ArchiveRoom window; it is moved on a later start"));
    const QStringList entries =
        old.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& name : entries) {
        const QFileInfo there(target.filePath(name));
        if (there.exists() || there.isSymLink())
            return stay(QCoreApplication::translate("Archive",
                                                    "%1 exists in both folders; move or remove one of them")
                            .arg(name));
    }
    QStringList moved;
    for (const QString& name : entries) {
        if (!QDir().rename(old.filePath(name), target.filePath(name))) {
            for (const QString& back : moved)
                QDir().rename(target.filePath(back), old.filePath(back));
            return stay(QCoreApplication::translate("Archive", "%1 could not be moved").arg(name));
        }
        moved << name;
    }
    QDir().rmdir(old.path());
    return {targetDb,
            QCoreApplication::translate("Archive", "The archive was moved from %1 to %2.").arg(from, to)};
}

QString Archive::upgradeCopyPath(const QString& path, int version)
{
    const QFileInfo file(path);
    QString stem = file.fileName();
    if (stem.endsWith(QLatin1String(".db"), Qt::CaseInsensitive))
        stem.chop(3);
    const QString name = QStringLiteral("%1-before-upgrade-v%2").arg(stem).arg(version);
    QString candidate = file.dir().filePath(name + QStringLiteral(".db"));
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = file.dir().filePath(QStringLiteral("%1-%2.db").arg(name).arg(n));
    return candidate;
}

namespace {

// Schema version 3 added the search index: records of older files are indexed once.
constexpr int kSearchIndexVersion = 3;

// Whether the search index of a database at schema version `from` (before its migrations) will be
// written again at its opening: read from meta as it is, before any migration (an older file
// without the rows, or without the table, is rewritten).
bool indexWillBeWritten(Database& db, int from)
{
    if (from <= 0)
        return false;
    if (from < kSearchIndexVersion)
        return true;
    MetaRepository meta(db);
    const auto keys = meta.get(QStringLiteral("search_keys"));
    const auto terms = meta.get(QStringLiteral("search_terms"));
    return !keys || !terms || keys.value() != SearchIndex::kKeysVersion ||
           terms.value() != SearchIndex::kTermsVersion;
}

// The trial archive (meta 'trial', TrialArchive) holds made-up data only: no copy before its upgrade.
bool isTrialFile(Database& db)
{
    const auto trial = MetaRepository(db).get(QStringLiteral("trial"));
    return trial && trial.value() == QLatin1String("1");
}

// Removes the connection's progress tick when the opening ends, however it ends: the tick refers
// to the opening's own state.
struct TickScope
{
    Database& db;
    ~TickScope() { db.setProgressTick({}); }
};

} // namespace

Result<std::unique_ptr<Archive>> Archive::open(const QString& path, const Clock* clock,
                                               Database::Access access)
{
    return open(path, clock, access, UpgradeReport{});
}

Result<std::unique_ptr<Archive>> Archive::open(const QString& path, const Clock* clock,
                                               Database::Access access, const UpgradeReport& report)
{
    const bool server = isPostgresUrl(path);
    if (!server && access == Database::Access::Detect && path != QLatin1String(":memory:")) {
        const QFileInfo fi(path);
        if (!QDir().mkpath(fi.absolutePath()))
            return Error::of(ErrorCode::Failed,
                             QStringLiteral("cannot create folder %1").arg(fi.absolutePath()));
    }
    auto db = Database::open(path, access);
    if (!db)
        return db.error();
    if (server)
        db.value()->setFilesFolder(filesFolderOf(path));
    Migrator m(*db.value());
    auto before = m.currentVersion();
    if (!before)
        return before.error();
    if (db.value()->isReadOnly()) {
        // Nothing can be upgraded on read-only media: only a file of this program's schema opens.
        if (before.value() != Migrator::latestVersion())
            return Error::of(
                ErrorCode::Failed,
                before.value() < Migrator::latestVersion()
                    ? QCoreApplication::translate(
                          "Archive",
                          "The archive %1 is read-only here and was last opened by an older version "
                          "of ArchiveRoom (schema %2, this version needs %3): it cannot be upgraded "
                          "on read-only media. Copy it to a writable disk and open it there.")
                          .arg(path)
                          .arg(before.value())
                          .arg(Migrator::latestVersion())
                    : QCoreApplication::translate("Archive",
                                                  "The archive %1 was made by a newer version of ArchiveRoom "
                                                  "(schema %2, this version knows %3): update the program.")
                          .arg(path)
                          .arg(before.value())
                          .arg(Migrator::latestVersion()));
        return std::unique_ptr<Archive>(new Archive(std::move(db).value(), clock));
    }
    // An older archive is upgraded step by step (issue #23): a SQLite file is first copied as it
    // is, then each migration runs in its own transaction, then the search index is written again
    // in one when its keys are of another version. `report` is told each step.
    const int from = before.value();
    const int latest = Migrator::latestVersion();
    const bool upgrading = from > 0 && from < latest;
    const bool copies = upgrading && !server && !db.value()->isPostgres() &&
                        path != QLatin1String(":memory:") && !isTrialFile(*db.value());
    const bool indexes = indexWillBeWritten(*db.value(), from);
    UpgradeProgress now;
    now.fromVersion = from;
    now.toVersion = latest;
    now.steps = (copies ? 1 : 0) + (upgrading ? latest - from : 0) + (indexes ? 1 : 0);
    std::unique_ptr<Archive> archive; // outlives tickScope: the tick is removed from a live connection
    TickScope tickScope{*db.value()};
    const auto tell = [&](bool changed) {
        if (!report || now.steps == 0)
            return;
        now.changed = changed;
        report(now);
    };
    if (report && now.steps > 0)
        db.value()->setProgressTick([&tell] { tell(false); });
    QString copy;
    if (copies) {
        copy = upgradeCopyPath(path, from);
        now.stage = UpgradeProgress::Stage::Copy;
        now.step = 1;
        now.copyPath = copy;
        tell(true);
        if (auto s = db.value()->snapshotInto(copy); !s) {
            QFile::remove(copy);
            return Error::of(
                ErrorCode::Failed,
                QCoreApplication::translate(
                    "Archive",
                    "The archive %1 was not upgraded and is unchanged: before the upgrade it is copied "
                    "as it is to %2, and that copy could not be written (%3). Make room on the disk or "
                    "allow writing in its folder, then open it again.")
                    .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(copy), s.error().message));
        }
        // Readable by whoever may read the archive, no one else.
        QFile::setPermissions(copy, QFile::permissions(path));
    }
    const Migrator::StepReport migrationStep = [&](int version, int done, int total) {
        now.stage = UpgradeProgress::Stage::Migration;
        now.step = (copies ? 1 : 0) + (version - from);
        now.version = version;
        now.done = done;
        now.total = total;
        tell(true);
    };
    if (auto s = m.migrate(-1, report && upgrading ? migrationStep : Migrator::StepReport{}); !s) {
        if (!upgrading)
            return s.error();
        auto left = m.currentVersion();
        QString message =
            QCoreApplication::translate(
                "Archive", "The archive %1 could not be upgraded from version %2 to %3: %4\nIt is at version "
                           "%5 now: each step of an upgrade is saved whole or not at all, and the next "
                           "opening continues from there once the cause is removed.")
                .arg(QDir::toNativeSeparators(path))
                .arg(from)
                .arg(latest)
                .arg(s.error().message)
                .arg(left ? left.value() : from);
        if (!copy.isEmpty())
            message +=
                QLatin1Char('\n') +
                QCoreApplication::translate("Archive", "The file as it was before the upgrade is kept at %1.")
                    .arg(QDir::toNativeSeparators(copy));
        return Error::of(ErrorCode::Failed, message);
    }
    archive.reset(new Archive(std::move(db).value(), clock));
    // The index's parts come back through `now`, so the ticks between them repeat the last one.
    const UpgradeReport indexPart = [&](const UpgradeProgress& p) {
        now = p;
        tell(p.changed);
    };
    now.stage = UpgradeProgress::Stage::SearchIndex;
    now.step = now.steps;
    now.version = latest;
    now.done = 0;
    now.total = 0;
    // Schema version 3 added the search index: records of older files are indexed once.
    if (before.value() > 0 && before.value() < kSearchIndexVersion) {
        if (auto n = archive->search().rebuildIndex(report ? indexPart : UpgradeReport{}, now); !n)
            return n.error();
    }
    // Schema version 15 added the scanner-proof keys of archive numbers: those of an older file
    // are written once.
    auto unkeyed = archive->context().dossiers.needsArchiveKeys();
    if (!unkeyed)
        return unkeyed.error();
    if (unkeyed.value()) {
        Transaction tx(archive->database());
        if (auto s = tx.begin(); !s)
            return s.error();
        auto n = archive->context().dossiers.addMissingArchiveKeys();
        if (!n)
            return n.error();
        if (auto s = tx.commit(); !s)
            return s.error();
    }
    // Migration 0018 added the pinyin and title keys (search_terms): the records of an older file
    // are indexed once, and again when a later version of the program computes them otherwise.
    if (auto n = archive->search().indexTermsIfNeeded(report ? indexPart : UpgradeReport{}, now); !n)
        return n.error();
    // No commit waits for the write-ahead log to be copied into the file (Checkpointer).
    archive->database().startBackgroundCheckpoints();
    return archive;
}

} // namespace ar
