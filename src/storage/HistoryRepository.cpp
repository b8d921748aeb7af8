#include "HistoryRepository.h"

#include "SqlHelpers.h"

namespace ar {

using namespace sqlh;

Status HistoryRepository::append(const Row& row, qint64 userId, const QDateTime& at)
{
    return appendMany({row}, userId, at);
}

Status HistoryRepository::appendMany(const QList<Row>& rows, qint64 userId, const QDateTime& at)
{
    const QVariant by = nullableId(userId);
    const QVariant when = timestamp(at);
    return insertRows(
        m_db,
        QStringLiteral("INSERT INTO change_history(entity, entity_id, field, old_value, new_value, "
                       "sensitive, changed_by, changed_at, masked) VALUES "),
        9, {}, rows.size(), [&](qsizetype i, QVariantList& args) {
            const Row& row = rows.at(i);
            args << row.entity << row.entityId << row.field << row.oldValue << row.newValue
                 << (row.sensitive ? 1 : 0) << by << when
                 << (row.masked.isEmpty() ? QVariant() : QVariant(row.masked));
        });
}

Result<QList<HistoryRepository::Stored>> HistoryRepository::list(const QString& entity, qint64 entityId)
{
    return listOf<Stored>(
        m_db.exec(
            QStringLiteral(
                "SELECT h.entity, h.entity_id, h.field, h.old_value, h.new_value, h.sensitive, "
                "h.changed_at, COALESCE(u.display_name, ''), COALESCE(h.masked, '') FROM change_history h "
                "LEFT JOIN users u ON u.id = h.changed_by "
                "WHERE h.entity = ? AND h.entity_id = ? ORDER BY h.id"),
            {entity, entityId}),
        [](const QSqlQuery& q, int) {
            Stored s;
            s.row = Row{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(),   q.value(5).toInt() != 0};
            s.at = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
            s.user = q.value(7).toString();
            s.row.masked = q.value(8).toString();
            return s;
        });
}

Result<QList<std::pair<qint64, HistoryRepository::Row>>> HistoryRepository::sensitiveRows()
{
    return listOf<std::pair<qint64, Row>>(
        m_db.exec(QStringLiteral("SELECT id, entity, entity_id, field, old_value, new_value, "
                                 "COALESCE(masked, '') FROM change_history "
                                 "WHERE sensitive = 1 ORDER BY id")),
        [](const QSqlQuery& q, int) {
            return std::make_pair(q.value(0).toLongLong(),
                                  Row{q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                                      q.value(4).toString(), q.value(5).toString(), true,
                                      q.value(6).toString()});
        });
}

Status HistoryRepository::rewriteValues(qint64 rowId, const QString& oldValue, const QString& newValue)
{
    return done(
        m_db.write(QStringLiteral("UPDATE change_history SET old_value = ?, new_value = ? WHERE id = ?"),
                   {oldValue, newValue, rowId}));
}

Status HistoryRepository::setMasked(qint64 rowId, const QString& masked)
{
    return done(m_db.write(QStringLiteral("UPDATE change_history SET masked = ? WHERE id = ?"),
                           {masked.isEmpty() ? QVariant() : QVariant(masked), rowId}));
}

} // namespace ar
