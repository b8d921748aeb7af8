#include "DossierRepository.h"

#include "SqlHelpers.h"
#include "StoredDates.h"

#include "core/ScanCode.h"

#include <algorithm>
#include <tuple>
#include <vector>

namespace ar {

using namespace sqlh;

namespace {
Category categoryFrom(const QSqlQuery& q, int)
{
    Category c;
    c.code = q.value(0).toString();
    c.name = q.value(1).toString();
    c.archiveCode = q.value(2).toString();
    c.department = q.value(3).toString();
    c.retention = q.value(4).toString();
    c.loanDays = q.value(5).toInt();
    c.loanWorkingDays = q.value(6).toInt() != 0;
    c.numberingPattern = q.value(7).toString();
    return c;
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
    d.securityLevel = q.value(9).toString();
    d.locationId = q.value(10).toLongLong();
    d.destroyEligible = dateFrom(q.value(11));
    d.closedOn = dateFrom(q.value(12));
    d.retention = q.value(13).toString();
    return d;
}
const QString kCatCols = QStringLiteral(
    "code, name, archive_code, department, retention, loan_days, loan_working_days, "
    "COALESCE(numbering_pattern, '')");
const QString kDossierCols = QStringLiteral(
    "id, archive_no, category, title, COALESCE(room_id, 0), COALESCE(person_id, 0), year, seq, status, "
    "security_level, COALESCE(location_id, 0), destroy_eligible, closed_on, retention");
// The same columns for a query that names the dossiers table `d`.
const QString kColsD = QStringLiteral(
    "d.id, d.archive_no, d.category, d.title, COALESCE(d.room_id, 0), COALESCE(d.person_id, 0), d.year, "
    "d.seq, d.status, d.security_level, COALESCE(d.location_id, 0), d.destroy_eligible, d.closed_on, "
    "d.retention");
// Shelf order (R14): building, unit, room in natural order ("2" before "10"), then archive number;
// dossiers without a room (finance, engineering …) after the rooms.
const QString kShelfJoin = dossierPlaceJoin(PlaceJoin::AnyDossier);
const QString kShelfOrder = QStringLiteral(
    "ORDER BY CASE WHEN b.id IS NULL THEN 1 ELSE 0 END, LENGTH(b.code), b.code, LENGTH(u.code), u.code, "
    "r.floor, LENGTH(r.number), r.number, d.archive_no");
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

Status DossierRepository::updateCategory(const Category& c)
{
    return done(m_db.write(
        QStringLiteral("UPDATE categories SET name = ?, department = ?, retention = ?, loan_days = ?, "
                       "loan_working_days = ?, numbering_pattern = ? WHERE code = ?"),
        {c.name, c.department, c.retention, c.loanDays, c.loanWorkingDays ? 1 : 0,
         c.numberingPattern.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(c.numberingPattern),
         c.code}));
}

Result<int> DossierRepository::nextSeq(const QString& category, int year, int count)
{
    if (count < 1)
        return Error::of(ErrorCode::Failed, QStringLiteral("archive sequence: count %1").arg(count));
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO archive_sequences(category, year, last_seq) VALUES (?, ?, ?) "
                       "ON CONFLICT (category, year) DO UPDATE SET last_seq = archive_sequences.last_seq + ? "
                       "RETURNING last_seq"),
        {category, year, count, count});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::of(ErrorCode::Failed, QStringLiteral("archive sequence"));
    return q.value().value(0).toInt() - count + 1;
}

Result<qint64> DossierRepository::insert(const Dossier& d, qint64 createdBy, const QDateTime& now)
{
    auto id = m_db.insert(
        QStringLiteral(
            "INSERT INTO dossiers(archive_no, category, title, room_id, person_id, year, seq, status, "
            "created_at, created_by, retention) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "COALESCE(NULLIF(?, ''), (SELECT c.retention FROM categories c WHERE c.code = ?)))"),
        {d.archiveNo, d.category, d.title, nullableId(d.roomId), nullableId(d.personId), d.year, d.seq,
         d.status, storeddates::toEpoch(now), nullableId(createdBy), d.retention, d.category});
    if (!id)
        return id;
    if (auto s = addArchiveKeys(id.value(), d.archiveNo); !s)
        return s.error();
    return id;
}

Result<qint64> DossierRepository::insertMany(const QList<Dossier>& ds, qint64 createdBy, const QDateTime& now)
{
    if (ds.isEmpty())
        return qint64(0);
    auto first = m_db.reserveIds(QStringLiteral("dossiers"), int(ds.size()));
    if (!first)
        return first;
    const QVariant at = storeddates::toEpoch(now);
    const QVariant by = nullableId(createdBy);
    if (auto s = insertRows(
            m_db,
            QStringLiteral(
                "INSERT INTO dossiers(id, archive_no, category, title, room_id, person_id, year, seq, "
                "status, created_at, created_by, retention) VALUES "),
            // The retention as insert() gives it: the dossier's own, else its category's.
            QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(NULLIF(?, ''), "
                           "(SELECT c.retention FROM categories c WHERE c.code = ?)))"),
            {}, ds.size(),
            [&](qsizetype i, QVariantList& args) {
                const Dossier& d = ds.at(i);
                args << first.value() + i << d.archiveNo << d.category << d.title << nullableId(d.roomId)
                     << nullableId(d.personId) << d.year << d.seq << d.status << at << by << d.retention
                     << d.category;
            });
        !s)
        return s.error();
    std::vector<std::pair<qint64, QString>> keys; // (dossier, key), the first of each its whole number
    std::vector<bool> whole;
    for (qsizetype i = 0; i < ds.size(); ++i) {
        const QStringList k = scancode::archiveKeys(ds.at(i).archiveNo);
        for (qsizetype j = 0; j < k.size(); ++j) {
            keys.emplace_back(first.value() + i, k.at(j));
            whole.push_back(j == 0);
        }
    }
    if (auto s = insertRows(m_db, QStringLiteral("INSERT INTO archive_keys(key, dossier_id, whole) VALUES "),
                            3, QStringLiteral(" ON CONFLICT DO NOTHING"), qsizetype(keys.size()),
                            [&](qsizetype i, QVariantList& args) {
                                args << keys[size_t(i)].second << keys[size_t(i)].first
                                     << (whole[size_t(i)] ? 1 : 0);
                            });
        !s)
        return s.error();
    return first;
}

Status DossierRepository::addArchiveKeys(qint64 dossierId, const QString& archiveNo)
{
    const QStringList keys = scancode::archiveKeys(archiveNo);
    for (qsizetype i = 0; i < keys.size(); ++i)
        if (auto s = done(
                m_db.write(QStringLiteral("INSERT INTO archive_keys(key, dossier_id, whole) VALUES (?, ?, ?) "
                                          "ON CONFLICT DO NOTHING"),
                           {keys.at(i), dossierId, i == 0 ? 1 : 0}));
            !s)
            return s;
    return {};
}

Result<QList<DossierRepository::KeyMatch>> DossierRepository::byArchiveKey(const QString& key, int limit)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1, MAX(k.whole) FROM archive_keys k JOIN dossiers d ON d.id = "
                                      "k.dossier_id WHERE k.key = ? GROUP BY %1 ORDER BY MAX(k.whole) DESC, "
                                      "d.archive_no LIMIT ?")
                           .arg(kColsD),
                       {key, limit});
    if (!q)
        return q.error();
    QList<KeyMatch> out;
    while (q.value().next()) {
        KeyMatch m;
        m.dossier = dossierFrom(q.value(), 0);
        m.whole = q.value().value(14).toInt() != 0;
        out << m;
    }
    return out;
}

Result<bool> DossierRepository::needsArchiveKeys()
{
    // A file keyed before has keys for every dossier (each is keyed when it is inserted).
    auto n = m_db.scalar(QStringLiteral("SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM dossiers LIMIT 1) d) - "
                                        "(SELECT COUNT(*) FROM (SELECT 1 FROM archive_keys LIMIT 1) k)"));
    if (!n)
        return n.error();
    return n.value().toInt() > 0;
}

Result<int> DossierRepository::addMissingArchiveKeys()
{
    // A file from before the keys has none (needsArchiveKeys): every dossier's are written, in key
    // order. (Which dossier has none is not asked: archive_keys has no index by dossier since
    // migration 0029, and a file has its keys for all dossiers or for none.)
    return rewriteArchiveKeys();
}

Result<int> DossierRepository::rewriteArchiveKeys()
{
    if (auto r = m_db.write(QStringLiteral("DELETE FROM archive_keys")); !r)
        return r.error();
    auto q = m_db.exec(QStringLiteral("SELECT id, archive_no FROM dossiers ORDER BY id"));
    if (!q)
        return q.error();
    struct Key
    {
        QString key;
        qint64 dossier;
        bool whole;
    };
    std::vector<Key> keys;
    int dossiers = 0;
    while (q.value().next()) {
        const qint64 id = q.value().value(0).toLongLong();
        const QStringList k = scancode::archiveKeys(q.value().value(1).toString());
        for (qsizetype j = 0; j < k.size(); ++j)
            keys.push_back({k.at(j), id, j == 0});
        if (++dossiers % 4096 == 0)
            m_db.tick();
    }
    // In key order, as the table's primary key wants them.
    std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
        return std::tie(a.key, a.dossier) < std::tie(b.key, b.dossier);
    });
    if (auto s = insertRows(m_db, QStringLiteral("INSERT INTO archive_keys(key, dossier_id, whole) VALUES "),
                            3, QStringLiteral(" ON CONFLICT DO NOTHING"), qsizetype(keys.size()),
                            [&](qsizetype i, QVariantList& args) {
                                const Key& k = keys[size_t(i)];
                                args << k.key << k.dossier << (k.whole ? 1 : 0);
                            });
        !s)
        return s.error();
    return dossiers;
}

Result<QStringList> DossierRepository::takenArchiveNos(const QStringList& archiveNos)
{
    QStringList out;
    for (const InBatch& b : inBatches(archiveNos)) {
        auto q = m_db.exec(
            QStringLiteral("SELECT archive_no FROM dossiers WHERE archive_no IN (%1)").arg(b.placeholders),
            b.args);
        if (!q)
            return q.error();
        while (q.value().next())
            if (const QString no = q.value().value(0).toString(); !out.contains(no))
                out << no;
    }
    return out;
}

Result<QList<Dossier>> DossierRepository::ofRoom(qint64 roomId)
{
    return listOf<Dossier>(
        m_db.exec(QStringLiteral("SELECT %1 FROM dossiers WHERE room_id = ? ORDER BY id").arg(kDossierCols),
                  {roomId}),
        dossierFrom);
}

Result<QList<Dossier>> DossierRepository::ofPerson(qint64 personId)
{
    return listOf<Dossier>(
        m_db.exec(QStringLiteral("SELECT %1 FROM dossiers WHERE person_id = ? ORDER BY id").arg(kDossierCols),
                  {personId}),
        dossierFrom);
}

Result<Dossier> DossierRepository::byArchiveNo(const QString& archiveNo)
{
    return oneOf<Dossier>(
        m_db.exec(QStringLiteral("SELECT %1 FROM dossiers WHERE archive_no = ?").arg(kDossierCols),
                  {archiveNo}),
        dossierFrom, archiveNo);
}

Result<Dossier> DossierRepository::byId(qint64 id)
{
    return oneOf<Dossier>(
        m_db.exec(QStringLiteral("SELECT %1 FROM dossiers WHERE id = ?").arg(kDossierCols), {id}),
        dossierFrom, QString::number(id));
}

Result<QList<Dossier>> DossierRepository::byIds(const QList<qint64>& ids)
{
    QList<Dossier> out;
    for (const InBatch& b : inBatches(ids)) {
        auto part = listOf<Dossier>(
            m_db.exec(
                QStringLiteral("SELECT %1 FROM dossiers WHERE id IN (%2)").arg(kDossierCols, b.placeholders),
                b.args),
            dossierFrom);
        if (!part)
            return part.error();
        out << part.value();
    }
    return out;
}

Status DossierRepository::setStatus(qint64 id, const QString& status)
{
    return done(m_db.write(QStringLiteral("UPDATE dossiers SET status = ? WHERE id = ?"), {status, id}));
}

Status DossierRepository::setLocation(qint64 id, qint64 locationId)
{
    return done(m_db.write(QStringLiteral("UPDATE dossiers SET location_id = ? WHERE id = ?"), {nullableId(locationId), id}));
}

Status DossierRepository::closeAsFormerOwner(qint64 id, const QDate& closedOn, const QDate& eligible)
{
    return done(m_db.write(QStringLiteral("UPDATE dossiers SET status = 'former_owner', closed_on = ?, "
                                         "destroy_eligible = ? WHERE id = ?"),
                          {nullableDate(closedOn), nullableDate(eligible), id}));
}

Status DossierRepository::closeKeepingStatus(qint64 id, const QDate& closedOn, const QDate& eligible)
{
    return done(
        m_db.write(QStringLiteral("UPDATE dossiers SET closed_on = ?, destroy_eligible = ? WHERE id = ?"),
                   {nullableDate(closedOn), nullableDate(eligible), id}));
}

Result<QList<Dossier>> DossierRepository::atLocation(qint64 locationId)
{
    return listOf<Dossier>(m_db.exec(QStringLiteral("SELECT %1 FROM dossiers d %2 WHERE d.location_id = ? %3")
                                         .arg(kColsD, kShelfJoin, kShelfOrder),
                                     {locationId}),
                           dossierFrom);
}

Result<QList<Dossier>> DossierRepository::unplaced()
{
    return listOf<Dossier>(
        m_db.exec(QStringLiteral("SELECT %1 FROM dossiers d %2 WHERE d.location_id IS NULL "
                                 "AND d.status NOT IN ('destroyed', 'lost') %3")
                      .arg(kColsD, kShelfJoin, kShelfOrder)),
        dossierFrom);
}

Result<QList<ShelfEntry>> DossierRepository::shelfEntries(const ShelfFilter& f)
{
    const QString items =
        f.withItems ? QStringLiteral(", COALESCE(i.seq, 0), COALESCE(NULLIF(i.title, ''), ik.name, ''), "
                                     "COALESCE(i.doc_no, ''), "
                                     "COALESCE(i.responsible, ''), i.item_date, COALESCE(i.pages, 0), "
                                     "COALESCE(i.note, '')")
                    : QString();
    // An item's title stored empty is its kind's name (FilingRepository::insertItem).
    const QString join = f.withItems ? QStringLiteral("LEFT JOIN dossier_items i ON i.dossier_id = d.id "
                                                      "LEFT JOIN item_kinds ik ON ik.id = i.kind_id ")
                                     : QString();
    QString where = QStringLiteral("WHERE d.status <> 'destroyed' ");
    QVariantList args;
    PlaceJoin places = PlaceJoin::AnyDossier;
    if (f.locationId) {
        where += QStringLiteral("AND d.location_id = ? ");
        args << f.locationId;
    } else if (f.withoutRoom && !f.buildingId && !f.unitId && !f.roomId) {
        // Dossiers tied to no room belong to no estate in particular: the archive's own.
        where += QStringLiteral("AND (b.estate_id = ? OR d.room_id IS NULL) ");
        args << f.estateId;
    } else {
        where += QStringLiteral("AND b.estate_id = ? ");
        args << f.estateId;
        places = PlaceJoin::InAnEstate;
    }
    if (f.buildingId) {
        where += QStringLiteral("AND b.id = ? ");
        args << f.buildingId;
    }
    if (f.unitId) {
        where += QStringLiteral("AND u.id = ? ");
        args << f.unitId;
    }
    if (f.roomId) {
        where += QStringLiteral("AND r.id = ? ");
        args << f.roomId;
    }
    if (!f.category.isEmpty()) {
        where += QStringLiteral("AND d.category = ? ");
        args << f.category;
    }
    const QString sql =
        QStringLiteral(
            "SELECT d.id, d.archive_no, d.category, d.title, d.security_level, d.status, "
            "COALESCE(d.room_id, 0), COALESCE(b.code, ''), COALESCE(b.name, ''), COALESCE(u.code, ''), "
            "COALESCE(u.name, ''), COALESCE(r.number, ''), COALESCE(d.person_id, 0), d.year, "
            "COALESCE(d.location_id, 0), d.retention%1 FROM dossiers d %2%3%4%5%6")
            .arg(items, dossierPlaceJoin(places), join, where, kShelfOrder,
                 f.withItems ? QStringLiteral(", i.seq") : QString());
    auto q = m_db.exec(sql, args);
    if (!q)
        return q.error();
    QList<ShelfEntry> out;
    QSqlQuery& r = q.value();
    while (r.next()) {
        ShelfEntry e;
        e.dossierId = r.value(0).toLongLong();
        e.archiveNo = r.value(1).toString();
        e.category = r.value(2).toString();
        e.title = r.value(3).toString();
        e.securityLevel = r.value(4).toString();
        e.status = r.value(5).toString();
        e.roomId = r.value(6).toLongLong();
        e.buildingCode = r.value(7).toString();
        e.buildingName = r.value(8).toString();
        e.unitCode = r.value(9).toString();
        e.unitName = r.value(10).toString();
        e.roomNumber = r.value(11).toString();
        e.personId = r.value(12).toLongLong();
        e.year = r.value(13).toInt();
        e.locationId = r.value(14).toLongLong();
        e.retention = r.value(15).toString();
        if (f.withItems) {
            e.itemSeq = r.value(16).toInt();
            e.itemTitle = r.value(17).toString();
            e.docNo = r.value(18).toString();
            e.responsible = r.value(19).toString();
            e.itemDate = storeddates::fromDay(r.value(20));
            e.pages = r.value(21).toInt();
            e.itemNote = r.value(22).toString();
        }
        out << e;
    }
    return out;
}

} // namespace ar
