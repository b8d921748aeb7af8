#include "DossierRepository.h"

#include "SqlHelpers.h"

namespace ar {

using namespace sqlh;

namespace {
Category categoryFrom(const QSqlQuery& q, int)
{
    return Category{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString()};
}
Dossier dossierFrom(const QSqlQuery& q, int)
{
    Dossier d;
    d.id = q.value(0).toLongLong();
    d.archiveNo = q.value(1).toString();
    d.category = q.value(2).toString();
    d.title = q.value(3).toString();
    d.roomId = q.value(4).toLongLong();
    d.personId = q.value(5).toLongLong();
    d.year = q.value(6).toInt();
    d.seq = q.value(7).toInt();
    d.status = q.value(8).toString();
    return d;
}
const QString kCatCols = QStringLiteral("code, name, archive_code, department, retention");
const QString kCols = QStringLiteral(
    "id, archive_no, category, title, COALESCE(room_id, 0), COALESCE(person_id, 0), year, seq, status");
} // namespace

Result<Category> DossierRepository::category(const QString& code)
{
    return oneOf<Category>(
        m_db.exec(QStringLiteral("SELECT %1 FROM categories WHERE code = ? OR name = ?").arg(kCatCols),
                  {code, code}),
        categoryFrom, code);
}

Result<QList<Category>> DossierRepository::categories()
{
    return listOf<Category>(
        m_db.exec(QStringLiteral("SELECT %1 FROM categories ORDER BY sort_order").arg(kCatCols)),
        categoryFrom);
}

Result<int> DossierRepository::nextSeq(const QString& category, int year)
{
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO archive_sequences(category, year, last_seq) VALUES (?, ?, 1) "
                       "ON CONFLICT (category, year) DO UPDATE SET last_seq = archive_sequences.last_seq + 1 "
                       "RETURNING last_seq"),
        {category, year});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::of(ErrorCode::Failed, QStringLiteral("archive sequence"));
    return q.value().value(0).toInt();
}

Result<qint64> DossierRepository::insert(const Dossier& d, qint64 createdBy, const QDateTime& now)
{
    return m_db.insert(
        QStringLiteral(
            "INSERT INTO dossiers(archive_no, category, title, room_id, person_id, year, seq, status, "
            "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {d.archiveNo, d.category, d.title, nullableId(d.roomId), nullableId(d.personId), d.year, d.seq,
         d.status, timestamp(now), nullableId(createdBy)});
}

Result<QList<Dossier>> DossierRepository::ofRoom(qint64 roomId)
{
    return listOf<Dossier>(
        m_db.exec(QStringLiteral("SELECT %1 FROM dossiers WHERE room_id = ? ORDER BY id").arg(kCols),
                  {roomId}),
        dossierFrom);
}

Result<QList<Dossier>> DossierRepository::ofPerson(qint64 personId)
{
    return listOf<Dossier>(
        m_db.exec(QStringLiteral("SELECT %1 FROM dossiers WHERE person_id = ? ORDER BY id").arg(kCols),
                  {personId}),
        dossierFrom);
}

Result<Dossier> DossierRepository::byArchiveNo(const QString& archiveNo)
{
    return oneOf<Dossier>(
        m_db.exec(QStringLiteral("SELECT %1 FROM dossiers WHERE archive_no = ?").arg(kCols), {archiveNo}),
        dossierFrom, archiveNo);
}

Result<Dossier> DossierRepository::byId(qint64 id)
{
    return oneOf<Dossier>(m_db.exec(QStringLiteral("SELECT %1 FROM dossiers WHERE id = ?").arg(kCols), {id}),
                          dossierFrom, QString::number(id));
}

Result<QList<Dossier>> DossierRepository::byIds(const QList<qint64>& ids)
{
    QList<Dossier> out;
    for (const InBatch& b : inBatches(ids)) {
        auto part = listOf<Dossier>(
            m_db.exec(QStringLiteral("SELECT %1 FROM dossiers WHERE id IN (%2)").arg(kCols, b.placeholders),
                      b.args),
            dossierFrom);
        if (!part)
            return part.error();
        out << part.value();
    }
    return out;
}

} // namespace ar
