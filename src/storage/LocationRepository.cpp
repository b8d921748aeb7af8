#include "LocationRepository.h"

#include "SqlHelpers.h"

#include <QRegularExpression>

namespace ar {

using namespace sqlh;

namespace {
Location locationFrom(const QSqlQuery& q, int)
{
    Location l;
    l.id = q.value(0).toLongLong();
    l.parentId = q.value(1).toLongLong();
    l.kind = q.value(2).toString();
    l.name = q.value(3).toString();
    l.sortOrder = q.value(4).toInt();
    return l;
}
const QString kLocationCols = QStringLiteral("id, COALESCE(parent_id, 0), kind, name, sort_order");
} // namespace

Result<QList<Location>> LocationRepository::all()
{
    return listOf<Location>(
        m_db.exec(QStringLiteral("SELECT %1 FROM locations ORDER BY sort_order, LENGTH(name), name")
                      .arg(kLocationCols)),
        locationFrom);
}

Result<Location> LocationRepository::byId(qint64 id)
{
    return oneOf<Location>(
        m_db.exec(QStringLiteral("SELECT %1 FROM locations WHERE id = ?").arg(kLocationCols), {id}),
        locationFrom, QString::number(id));
}

Result<qint64> LocationRepository::insert(const Location& l)
{
    return m_db.insert(QStringLiteral("INSERT INTO locations(parent_id, kind, name, sort_order) VALUES (?, ?, ?, ?)"),
                       {nullableId(l.parentId), l.kind, l.name, l.sortOrder});
}

Status LocationRepository::rename(qint64 id, const QString& name)
{
    return done(m_db.write(QStringLiteral("UPDATE locations SET name = ? WHERE id = ?"), {name, id}));
}

Status LocationRepository::setParent(qint64 id, qint64 parentId, int sortOrder)
{
    return done(m_db.write(QStringLiteral("UPDATE locations SET parent_id = ?, sort_order = ? WHERE id = ?"),
                           {nullableId(parentId), sortOrder, id}));
}

Result<QString> LocationRepository::path(qint64 id)
{
    QStringList parts;
    for (int depth = 0; id > 0 && depth < 16; ++depth) {
        auto l = byId(id);
        if (!l)
            return l.error();
        parts.prepend(l->name);
        id = l->parentId;
    }
    return parts.join(QStringLiteral(" › "));
}

Result<qint64> LocationRepository::byPath(const QString& path)
{
    static const QRegularExpression sep(QStringLiteral("\\s*[/›>]\\s*"));
    const QStringList parts = path.trimmed().split(sep, Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return Error::of(ErrorCode::NotFound, path);
    qint64 parent = 0;
    for (const QString& name : parts) {
        auto v = m_db.scalar(QStringLiteral("SELECT id FROM locations WHERE COALESCE(parent_id, 0) = ? AND name = ?"),
                             {parent, name});
        if (!v)
            return v.error();
        if (!v->isValid())
            return Error::of(ErrorCode::NotFound, path);
        parent = v->toLongLong();
    }
    return parent;
}

Result<int> LocationRepository::dossierCount(qint64 id)
{
    auto v = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM dossiers WHERE location_id = ?"), {id});
    if (!v)
        return v.error();
    return v->toInt();
}

} // namespace ar
