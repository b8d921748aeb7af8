// What the files of an archive allow on this computer: a network file system is refused (SQLite's
// locks are not reliable there), read-only media and folders open the archive read-only. The rest
// of Database is in Database.cpp (both engines, SQLite's side), DatabaseUpkeep.cpp and DatabasePostgres.cpp.
#include "Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace ar {

bool Database::isNetworkFileSystem(const QByteArray& fsType)
{
    const QByteArray t = fsType.trimmed().toLower();
    static const QByteArrayList kNetwork{"cifs",      "smb",    "smb2",  "smb3",  "smbfs",  "nfs",
                                         "nfs4",      "afs",    "ncpfs", "ncp",   "9p",     "ceph",
                                         "glusterfs", "lustre", "gpfs",  "davfs", "webdav", "coda"};
    if (kNetwork.contains(t))
        return true;
    // FUSE file systems name their kind after the dot: fuse.sshfs, fuse.glusterfs, fuse.davfs2 …
    if (t.startsWith("fuse.")) {
        const QByteArray kind = t.mid(5);
        return kind == "sshfs" || kind == "glusterfs" || kind == "davfs2" || kind == "rclone" ||
               kind == "smbnetfs" || kind == "cephfs" || kind == "s3fs";
    }
    return false;
}

Status Database::networkFileSystemRefusal(const QString& path, const QByteArray& fsType, bool allowNetwork)
{
    if (allowNetwork)
        return {};
    const bool unc = path.startsWith(QLatin1String("//")) || path.startsWith(QLatin1String("\\\\"));
    if (!unc && !isNetworkFileSystem(fsType))
        return {};
    const QString kind = fsType.isEmpty() ? QCoreApplication::translate("Database", "network share")
                                          : QString::fromUtf8(fsType);
    return Error::invalid(
        QStringLiteral("db"), path,
        QCoreApplication::translate(
            "Database",
            "The archive file %1 is on a network file system (%2). Several desks writing to one file "
            "over the network can damage it. Keep the file on a local disk, or for several computers "
            "use a PostgreSQL server. To open it here anyway, set ARCHIVEROOM_ALLOW_NETWORK_FS=1.")
            .arg(path, kind));
}

Error Database::readOnlyError()
{
    return Error::of(
        ErrorCode::PermissionDenied,
        QCoreApplication::translate("Database",
                                    "This archive is open read-only: nothing can be saved to it. It can be "
                                    "searched and printed; to change it, open the archive in use (or restore "
                                    "a backup, File → Restore from backup…) on a writable disk."));
}

bool Database::mustOpenReadOnly(const QString& path)
{
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return false;
    const QFileInfo file(path);
    if (!file.exists())
        return false; // created here: its folder decides whether that works
    if (!file.isWritable())
        return true;
    const QFileInfo folder(file.absolutePath());
    return !folder.isWritable() && !(QFileInfo::exists(path + QLatin1String("-wal")) &&
                                     QFileInfo::exists(path + QLatin1String("-shm")));
}

} // namespace ar
