#include "ChangeSignal.h"

#include "Database.h"

#include <QObject>
#include <QSqlDriver>

namespace ar::changesignal {

namespace {
// One channel per archive: archives in two schemas of one database do not wake each other.
// Hashed, as a channel's name is limited to 63 bytes and a schema's name may be as long.
const QString kChannelSql = QStringLiteral("'archiveroom_' || left(md5(current_schema()), 16)");
} // namespace

Result<QString> channel(Database& db)
{
    auto v = db.scalar(QStringLiteral("SELECT ") + kChannelSql);
    if (!v)
        return v.error();
    return v.value().toString();
}

Status announce(Database& db)
{
    if (!db.isPostgres())
        return {};
    auto r = db.exec(QStringLiteral("SELECT pg_notify(%1, '')").arg(kChannelSql));
    if (!r)
        return r.error();
    return {};
}

bool listen(Database& db, QObject* context, std::function<void()> changed)
{
    if (!db.isPostgres())
        return false;
    QSqlDriver* driver = db.handle().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return false;
    auto name = channel(db);
    if (!name)
        return false;
    if (!driver->subscribedToNotifications().contains(name.value()) &&
        !driver->subscribeToNotification(name.value()))
        return false;
    QObject::connect(driver, &QSqlDriver::notification, context,
                     [name = name.value(), changed = std::move(changed)](
                         const QString& n, QSqlDriver::NotificationSource source, const QVariant&) {
                         if (n == name && source != QSqlDriver::SelfSource)
                             changed();
                     });
    return true;
}

Result<qint64> dataVersion(Database& db)
{
    if (db.isPostgres())
        return qint64(0);
    auto v = db.scalar(QStringLiteral("PRAGMA data_version"));
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

} // namespace ar::changesignal
