#include "ContentStore.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ar {

namespace {

Error contentNotFound(const QString& key, const QString& where)
{
    return Error::of(
        ErrorCode::NotFound,
        QCoreApplication::translate("ContentStore", "The content %1 is missing from %2").arg(key, where));
}

// Files: <folder>/<first two characters of the key>/<key>.
class FolderContentStore final : public ContentStore
{
public:
    explicit FolderContentStore(QString folder) : m_folder(std::move(folder)) {}

    QString pathOf(const QString& key) const
    {
        return m_folder + QLatin1Char('/') + key.left(2) + QLatin1Char('/') + key;
    }

    Status put(const QString& key, const QByteArray& sealed) override
    {
        const QString target = pathOf(key);
        if (QFileInfo::exists(target))
            return {};
        const QString dir = QFileInfo(target).path();
        if (!QDir().mkpath(dir))
            return Error::of(
                ErrorCode::Failed,
                QCoreApplication::translate("ContentStore", "Cannot create the folder %1").arg(dir));
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(sealed) < 0 || !out.commit())
            return Error::of(
                ErrorCode::Failed,
                QCoreApplication::translate("ContentStore", "Cannot write the file %1").arg(target));
        return {};
    }

    Result<QByteArray> get(const QString& key) override
    {
        QFile f(pathOf(key));
        if (!f.open(QIODevice::ReadOnly))
            return contentNotFound(key, m_folder);
        return f.readAll();
    }

    Result<bool> has(const QString& key) override { return QFileInfo::exists(pathOf(key)); }

    Result<QStringList> keys() override
    {
        QStringList out;
        QDirIterator it(m_folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo f(it.next());
            if (f.dir().dirName() == f.fileName().left(2)) // <first two characters>/<key>
                out << f.fileName();
        }
        out.sort();
        return out;
    }

    Status remove(const QString& key) override
    {
        const QString path = pathOf(key);
        if (QFile::exists(path) && !QFile::remove(path))
            return Error::of(
                ErrorCode::Failed,
                QCoreApplication::translate("ContentStore", "Cannot remove the file %1").arg(path));
        return {};
    }

    bool transactional() const override { return false; }
    QString where() const override { return m_folder; }

private:
    QString m_folder;
};

// The table `contents` (migration 0022), with the folder of earlier versions to read from.
class TableContentStore final : public ContentStore
{
public:
    explicit TableContentStore(Database& db) : m_db(db), m_earlier(db.filesFolder()) {}

    Status put(const QString& key, const QByteArray& sealed) override
    {
        return sqlh::done(m_db.write(
            QStringLiteral("INSERT INTO contents(key, sealed) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"),
            {key, sealed}));
    }

    Result<QByteArray> get(const QString& key) override
    {
        auto q = m_db.exec(QStringLiteral("SELECT sealed FROM contents WHERE key = ?"), {key});
        if (!q)
            return q.error();
        if (q.value().next())
            return q.value().value(0).toByteArray();
        auto earlier = m_earlier.get(key);
        if (!earlier)
            return contentNotFound(key, where());
        return earlier;
    }

    Result<bool> has(const QString& key) override
    {
        auto v = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM contents WHERE key = ?"), {key});
        if (!v)
            return v.error();
        if (v.value().toInt() > 0)
            return true;
        return m_earlier.has(key);
    }

    Result<QStringList> keys() override
    {
        auto q = m_db.exec(QStringLiteral("SELECT key FROM contents ORDER BY key"));
        if (!q)
            return q.error();
        QStringList out;
        while (q.value().next())
            out << q.value().value(0).toString();
        // And those earlier versions kept in this desk's folder, not yet in the table.
        auto earlier = m_earlier.keys();
        if (!earlier)
            return earlier.error();
        for (const QString& k : earlier.value())
            if (!out.contains(k))
                out << k;
        out.sort();
        return out;
    }

    Status remove(const QString& key) override
    {
        if (auto s = sqlh::done(m_db.write(QStringLiteral("DELETE FROM contents WHERE key = ?"), {key})); !s)
            return s;
        // A copy in the folder of earlier versions goes too (at once: it was never transactional).
        return m_earlier.remove(key);
    }

    bool transactional() const override { return true; }
    QString where() const override
    {
        return QCoreApplication::translate("ContentStore", "the database %1").arg(m_db.path());
    }

private:
    Database& m_db;
    FolderContentStore m_earlier;
};

} // namespace

std::unique_ptr<ContentStore> ContentStore::of(Database& db)
{
    if (db.isPostgres())
        return std::make_unique<TableContentStore>(db);
    return std::make_unique<FolderContentStore>(db.filesFolder());
}

} // namespace ar
