#include "TrialArchive.h"

#include "Context.h"

#include "Archive.h"
#include "AuditService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace ar::trial {

namespace {

// The files an archive at `path` may have made: the database, its WAL and shared memory, and
// the file store of scans (BackupService).
QStringList filesOf(const QString& path)
{
    return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
            path + QStringLiteral(".files")};
}

void removeFiles(const QString& path)
{
    for (const QString& f : filesOf(path)) {
        const QFileInfo fi(f);
        if (fi.isDir())
            QDir(f).removeRecursively();
        else if (fi.exists())
            QFile::remove(f);
    }
}

Status fill(Archive& a, int households, const std::function<bool(int, int)>& progress)
{
    const QList<Account> all = accounts();
    auto admin = a.accounts().createFirstAdmin(all.first().login, all.first().name, password());
    if (!admin)
        return admin.error();
    (void)a.accounts().takeRecoveryKey(); // the trial's passwords are published; its data is made up
    for (qsizetype i = 1; i < all.size(); ++i) {
        User u;
        u.login = all.at(i).login;
        u.displayName = all.at(i).name;
        u.role = all.at(i).role;
        u.department = all.at(i).department;
        if (auto added = a.accounts().addUser(u, password()); !added)
            return added.error();
    }
    if (auto made = a.demo().generate(households, 1, progress); !made)
        return made.error();
    Context& ctx = a.context();
    Transaction tx(ctx.db);
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = ctx.meta.set(QStringLiteral("trial"), QStringLiteral("1")); !s)
        return s;
    if (auto s = AuditService(ctx).record(AuditAction::Demo, QStringLiteral("archive"), 0, {},
                                          auditDetail({{QStringLiteral("trial"), true}}));
        !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    a.accounts().signOut();
    return {};
}

} // namespace

QString pathFor(const QString& archivePath)
{
    const QFileInfo fi(archivePath);
    return fi.dir().filePath(fi.completeBaseName() + QStringLiteral("-trial.db"));
}

QList<Account> accounts()
{
    return {
        {QStringLiteral("admin"), Role::Admin,
         QCoreApplication::translate("TrialArchive", "Trial administrator"),
         QCoreApplication::translate("TrialArchive", "Administration")},
        {QStringLiteral("clerk"), Role::Clerk,
         QCoreApplication::translate("TrialArchive", "Trial archive clerk"),
         QCoreApplication::translate("TrialArchive", "Archive room")},
        {QStringLiteral("manager"), Role::Manager,
         QCoreApplication::translate("TrialArchive", "Trial manager"),
         QCoreApplication::translate("TrialArchive", "Customer service")},
        {QStringLiteral("leader"), Role::Leader,
         QCoreApplication::translate("TrialArchive", "Trial general manager"),
         QCoreApplication::translate("TrialArchive", "Management")},
        {QStringLiteral("assistant"), Role::Assistant,
         QCoreApplication::translate("TrialArchive", "Trial property assistant"),
         QCoreApplication::translate("TrialArchive", "Customer service")},
        {QStringLiteral("staff"), Role::Staff, QCoreApplication::translate("TrialArchive", "Trial engineer"),
         QCoreApplication::translate("TrialArchive", "Engineering")},
    };
}

bool exists(const QString& path)
{
    const QStringList files = filesOf(path);
    return std::any_of(files.cbegin(), files.cend(), [](const QString& f) { return QFileInfo::exists(f); });
}

QString password()
{
    return QStringLiteral("try-archive-2026");
}

Status create(const QString& path, int households, const std::function<bool(int, int)>& progress,
              const Clock* clock)
{
    if (exists(path))
        return Error::of(
            ErrorCode::Conflict,
            QCoreApplication::translate("TrialArchive", "A trial archive already exists at %1").arg(path));
    Status s;
    {
        auto opened = Archive::open(path, clock);
        if (!opened)
            s = opened.error();
        else
            s = fill(*opened.value(), households, progress);
    } // closed before its files are removed
    if (!s)
        removeFiles(path);
    return s;
}

} // namespace ar::trial
