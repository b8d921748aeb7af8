#pragma once

#include "Forward.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace ar {

class FieldCodec;

// What a backup holds, readable without its key (it names no person): written into the file's
// plain header, which the encrypted payload authenticates.
struct BackupManifest
{
    int format = 1;
    int schemaVersion = 0;
    qint64 persons = 0;
    qint64 dossiers = 0;
    qint64 scans = 0;     // attachment records
    qint64 scanFiles = 0; // encrypted files in the scan store (one per distinct content)
    qint64 auditRecords = 0;
    QString auditHead; // "<count>:<hash of the last record>", as meta.audit_head
    QString createdAt; // ISO 8601 UTC
    QString createdBy; // login
    qint64 databaseBytes = 0;
    qint64 scanBytes = 0;
    int chunkBytes = 0;

    QJsonObject toJson() const;
    static std::optional<BackupManifest> fromJson(const QJsonObject& o);
};

// What opens a backup: the password of an administrator or clerk in it (the login picks the
// slot; without one every user slot is tried), or the printed recovery key.
struct BackupSecret
{
    QString login;
    QString password;
    QString recoveryKey;
};

// How many backups an automatic folder keeps: the newest of each of the last `daily` days,
// `weekly` ISO weeks and `monthly` months that have one.
struct BackupKeep
{
    int daily = 7;
    int weekly = 4;
    int monthly = 12;
    // "7,4,12"; nullopt unless three whole numbers, the first at least 1.
    static std::optional<BackupKeep> parse(const QString& text);
    QString toString() const;
};

// The automatic backups (kept in the archive's meta table).
struct BackupSettings
{
    QString folder;         // empty: no automatic backups
    int intervalHours = 24; // a backup older than this is overdue (start screen)
    BackupKeep keep;
};

// Called with bytes done and bytes in all; returning false cancels.
using BackupProgress = std::function<bool(qint64 done, qint64 total)>;

struct BackupResult
{
    QString file;
    qint64 bytes = 0;
    BackupManifest manifest;
    QStringList removed; // older backups the rotation deleted
};

struct BackupCheck
{
    bool ok = false;
    QString problem; // what is wrong, for people; empty when ok
    BackupManifest manifest;
};

struct RestoreResult
{
    QString file;
    BackupManifest manifest;
};

// Backups (R46). One file holds the database (a consistent snapshot of the running archive,
// SQLite's VACUUM INTO) and the encrypted scan store, all encrypted and authenticated
// (security/BackupCrypto, docs/security.md "Backups"). Creating one needs a signed-in
// administrator or clerk; checking and restoring need only the file and a password of an
// administrator or clerk in it, or the recovery key. A restore always writes a new archive.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    BackupService(Context& ctx, FieldCodec& codec) : m_ctx(ctx), m_codec(codec) {}

    // Writes the backup to `file` (which must not exist yet) through a temporary name and an
    // atomic rename; records it in the audit trail and as the last backup.
    Result<BackupResult> create(const QString& file, const BackupProgress& progress = {});
    // A new "archiveroom-YYYYMMDD-HHMMSS.arbackup" in `folder`, then the older ones beyond
    // `keep` are deleted.
    Result<BackupResult> createInFolder(const QString& folder, const BackupKeep& keep,
                                        const BackupProgress& progress = {});

    Result<BackupSettings> settings();
    // Needs RestoreBackup (administrator); audited.
    Status setSettings(const BackupSettings& s);
    // When the last backup of this archive was written (invalid: never).
    Result<QDateTime> lastBackup();
    // True when automatic backups are set up and the last one is older than the interval, or
    // when there never was one.
    Result<bool> overdue();

    // Checks a backup file as verify() does and keeps the check, passed or not, in the trail of
    // this archive (R46); an error (unreadable file, cancelled) is not a check and is not kept.
    Result<BackupCheck> check(const QString& file, const BackupSecret& secret,
                              const BackupProgress& progress = {});
    // The window records, in the archive in use, a backup file restored from.
    Status recordRestore(const QString& file, const QString& restoredTo);

    // The manifest as the file's plain header says (not yet authenticated: verify() does that).
    static Result<BackupManifest> readManifest(const QString& file);
    // What a backup of a PostgreSQL archive is told: the server's own tools make those.
    static QString serverBackupRefusal();
    // Decrypts everything, checks every part against the manifest, opens the database snapshot
    // read-only, runs integrity_check and verifies the audit chain. Not ok is a report (with
    // the problem), not an error; an unreadable file or no secret is an error.
    static Result<BackupCheck> verify(const QString& file, const BackupSecret& secret,
                                      const BackupProgress& progress = {});
    // Writes a new archive at `target` (never over an existing file, never over `inUse`), with
    // its scan store beside it, after the same checks as verify(); the restore is recorded in
    // the new archive's audit trail. Needs an administrator's password or the recovery key.
    static Result<RestoreResult> restore(const QString& file, const BackupSecret& secret,
                                         const QString& target, const Clock& clock, const QString& inUse = {},
                                         const BackupProgress& progress = {});

    // The backup files of an automatic folder, newest first.
    static QStringList backupsIn(const QString& folder);
    // Deletes the backups of `folder` beyond `keep`; returns the files removed.
    static QStringList rotate(const QString& folder, const BackupKeep& keep);

private:
    Result<BackupResult> write(const QString& file, const BackupProgress& progress);
    Status recordCheck(const QString& file, const BackupCheck& check);
    Context& m_ctx;
    FieldCodec& m_codec;
};

} // namespace ar
