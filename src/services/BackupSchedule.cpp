#include "BackupService.h"

#include "BackupFile.h"
#include "Context.h"
#include "UseCase.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace ar {

using namespace backupfile;

// --- settings -----------------------------------------------------------------------------------------

Result<BackupSettings> BackupService::settings()
{
    BackupSettings s;
    auto folder = m_ctx.meta.get(kMetaFolder);
    auto interval = m_ctx.meta.get(kMetaInterval, QStringLiteral("24"));
    auto keep = m_ctx.meta.get(kMetaKeep, BackupKeep().toString());
    if (!folder)
        return folder.error();
    if (!interval)
        return interval.error();
    if (!keep)
        return keep.error();
    s.folder = folder.value();
    s.intervalHours = std::max(1, interval.value().toInt());
    s.keep = BackupKeep::parse(keep.value()).value_or(BackupKeep());
    return s;
}

Status BackupService::setSettings(const BackupSettings& s)
{
    if (auto r = m_ctx.require(Permission::RestoreBackup); !r)
        return r;
    if (!s.folder.isEmpty() && !QFileInfo(s.folder).isDir())
        return Error::invalid(QStringLiteral("folder"), s.folder,
                              BackupService::tr("The backup folder %1 does not exist").arg(s.folder));
    if (s.intervalHours < 1 || s.intervalHours > 24 * 366)
        return Error::invalid(QStringLiteral("interval"), QString::number(s.intervalHours),
                              BackupService::tr("The interval is between 1 hour and a year"));
    if (!BackupKeep::parse(s.keep.toString()))
        return Error::invalid(QStringLiteral("keep"), s.keep.toString(),
                              BackupService::tr("Keep at least one daily backup; counts are whole numbers"));
    return usecase::write(m_ctx, [&](usecase::Step& step) -> Status {
        if (auto r = step.transaction().begin(); !r)
            return r;
        const QString folder = s.folder.isEmpty() ? QString() : QFileInfo(s.folder).absoluteFilePath();
        for (const auto& [key, value] :
             {std::pair{kMetaFolder, folder}, std::pair{kMetaInterval, QString::number(s.intervalHours)},
              std::pair{kMetaKeep, s.keep.toString()}})
            if (auto r = m_ctx.meta.set(key, value); !r)
                return r;
        const QJsonObject detail{{QStringLiteral("folder"), folder},
                                 {QStringLiteral("interval_hours"), s.intervalHours},
                                 {QStringLiteral("keep"), s.keep.toString()}};
        step.audit(AuditAction::BackupSettings, QStringLiteral("backup"), 0, {}, auditDetail(detail));
        return {};
    });
}

Result<QDateTime> BackupService::lastBackup()
{
    auto v = m_ctx.meta.get(kMetaLast);
    if (!v)
        return v.error();
    return QDateTime::fromString(v.value(), Qt::ISODate);
}

Result<bool> BackupService::overdue()
{
    auto s = settings();
    if (!s)
        return s.error();
    if (s->folder.isEmpty())
        return false;
    auto last = lastBackup();
    if (!last)
        return last.error();
    return !last->isValid() || last->secsTo(m_ctx.clock.now()) > qint64(s->intervalHours) * 3600;
}

// --- automatic folders ------------------------------------------------------------------------------------

QStringList BackupService::backupsIn(const QString& folder)
{
    struct Found
    {
        QDateTime at;
        int n; // a later backup of the same second is newer: "-2" after none
        QString path;
    };
    QList<Found> found;
    const QDir dir(folder);
    for (const QString& name :
         dir.entryList({kFilePrefix + QStringLiteral("*") + kFileSuffix}, QDir::Files)) {
        const QDateTime t = backupTime(name);
        if (t.isValid())
            found.append({t, backupNumber(name), dir.filePath(name)});
    }
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        if (a.at != b.at)
            return a.at > b.at;
        return a.n != b.n ? a.n > b.n : a.path > b.path;
    });
    QStringList out;
    for (const Found& f : found)
        out << f.path;
    return out;
}

QStringList BackupService::rotate(const QString& folder, const BackupKeep& keep)
{
    const QStringList all = backupsIn(folder);
    QSet<QString> kept;
    auto keepNewestPer = [&all, &kept](int count, auto periodOf) {
        QSet<qint64> periods;
        for (const QString& file : all) {
            if (int(periods.size()) >= count)
                break;
            const qint64 p = periodOf(backupTime(QFileInfo(file).fileName()).date());
            if (!periods.contains(p)) {
                periods.insert(p);
                kept.insert(file);
            }
        }
    };
    keepNewestPer(keep.daily, [](const QDate& d) { return d.toJulianDay(); });
    keepNewestPer(keep.weekly, [](const QDate& d) {
        int year = 0;
        const int week = d.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    keepNewestPer(keep.monthly, [](const QDate& d) { return qint64(d.year()) * 100 + d.month(); });
    QStringList removed;
    for (const QString& file : all)
        if (!kept.contains(file) && QFile::remove(file))
            removed << file;
    // What a backup killed mid-way left under its temporary name, once it is a day old.
    const QDir dir(folder);
    for (const QFileInfo& fi :
         dir.entryInfoList({QStringLiteral(".archiveroom-*.arbackup.partial-*")}, QDir::Files | QDir::Hidden))
        if (fi.lastModified().secsTo(QDateTime::currentDateTime()) > 24 * 3600)
            QFile::remove(fi.absoluteFilePath());
    return removed;
}

} // namespace ar
