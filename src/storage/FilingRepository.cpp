#include "FilingRepository.h"

#include "SqlHelpers.h"
#include "StoredDates.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ar {

using namespace sqlh;
using namespace storeddates;

namespace {
QString fieldsToText(const QMap<QString, QString>& fields)
{
    if (fields.isEmpty())
        return {};
    QJsonObject o;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> fieldsFromText(const QString& text)
{
    QMap<QString, QString> out;
    if (text.isEmpty())
        return out;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

ItemKind kindFrom(const QSqlQuery& q, int)
{
    ItemKind k;
    k.id = q.value(0).toLongLong();
    k.category = q.value(1).toString();
    k.name = q.value(2).toString();
    k.required = q.value(3).toInt() != 0;
    const QString f = q.value(4).toString();
    k.fields = f.isEmpty() ? QStringList() : f.split(QLatin1Char('|'));
    k.sortOrder = q.value(5).toInt();
    k.active = q.value(6).toInt() != 0;
    k.requiredWhen = q.value(7).toString();
    return k;
}
const QString kKindCols = QStringLiteral("id, category, name, required, fields, sort_order, active, required_when");
// A kind is required of a dossier when it always is, or when its case applies to the dossier
// (R4: the agent's ID copy once an entrusted agent received the handover). Needs `k` and `d`.
const QString kRequiredOf = QStringLiteral(
    "(k.required = 1 OR (k.required_when <> '' AND EXISTS (SELECT 1 FROM dossier_conditions dc "
    "WHERE dc.dossier_id = d.id AND dc.code = k.required_when)))");

// R11: a kind of the dossier d's category that it must hold (k, joined or in a subquery) and has no
// item of; and the dossiers checked at all (a former owner's is kept as it was handed back).
const QString kKindRequired =
    QStringLiteral("k.category = d.category AND %1 AND k.active = 1").arg(kRequiredOf);
const QString kKindMissing = QStringLiteral(
    "NOT EXISTS (SELECT 1 FROM dossier_items i WHERE i.dossier_id = d.id AND i.kind_id = k.id)");
const QString kDossierChecked = QStringLiteral("d.status NOT IN ('former_owner', 'destroyed', 'lost')");

const QString kItemSelect = QStringLiteral(
    "SELECT i.id, i.dossier_id, i.kind_id, k.name, i.seq, i.title, i.doc_no, i.responsible, i.item_date, "
    "i.pages, i.received_on, COALESCE(ru.display_name, ''), i.due_on, i.filed_at, COALESCE(fu.display_name, ''), "
    "i.fields, i.note, (SELECT COUNT(*) FROM attachments a WHERE a.item_id = i.id) "
    "FROM dossier_items i JOIN item_kinds k ON k.id = i.kind_id "
    "LEFT JOIN users ru ON ru.id = i.received_by LEFT JOIN users fu ON fu.id = i.filed_by ");

DossierItem itemFrom(const QSqlQuery& q, int)
{
    DossierItem i;
    i.id = q.value(0).toLongLong();
    i.dossierId = q.value(1).toLongLong();
    i.kindId = q.value(2).toLongLong();
    i.kindName = q.value(3).toString();
    i.seq = q.value(4).toInt();
    i.title = q.value(5).toString();
    if (i.title.isEmpty()) // stored empty: the kind's name (storedTitle)
        i.title = i.kindName;
    i.docNo = q.value(6).toString();
    i.responsible = q.value(7).toString();
    i.date = fromDay(q.value(8));
    i.pages = q.value(9).toInt();
    i.receivedOn = fromDay(q.value(10));
    i.receivedBy = q.value(11).toString();
    i.dueOn = fromDay(q.value(12));
    i.filedAt = fromEpoch(q.value(13));
    i.filedBy = q.value(14).toString();
    i.fields = fieldsFromText(q.value(15).toString());
    i.note = q.value(16).toString();
    i.attachments = q.value(17).toInt();
    return i;
}

// An item's title as stored: empty when it is its kind's name (most items: the handover papers
// are named by their kind), which reading gives back (itemFrom). About a fifth of an item's row.
// `kindName` is the item's kind's name as the writer has it; empty, the title is kept whole.
QString storedTitle(const DossierItem& i)
{
    return !i.kindName.isEmpty() && i.title == i.kindName ? QString() : i.title;
}

// The room reference B-U-R of a dossier, or empty.
const QString kRoomJoin = dossierPlaceJoin(PlaceJoin::AnyDossier);
const QString kRoomRef = QStringLiteral("COALESCE(b.code || '-' || u.code || '-' || r.number, '')");
} // namespace

Result<QList<ItemKind>> FilingRepository::kinds(const QString& category, bool includeInactive)
{
    return listOf<ItemKind>(
        m_db.exec(QStringLiteral("SELECT %1 FROM item_kinds WHERE category = ? AND (active = 1 OR ? = 1) "
                                 "ORDER BY sort_order, id")
                      .arg(kKindCols),
                  {category, includeInactive ? 1 : 0}),
        kindFrom);
}

Result<ItemKind> FilingRepository::kind(qint64 id)
{
    return oneOf<ItemKind>(
        m_db.exec(QStringLiteral("SELECT %1 FROM item_kinds WHERE id = ?").arg(kKindCols), {id}), kindFrom,
        QString::number(id));
}

Result<qint64> FilingRepository::insertKind(const ItemKind& k)
{
    return m_db.insert(QStringLiteral("INSERT INTO item_kinds(category, name, required, fields, sort_order, active, "
                                      "required_when) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {k.category, k.name, k.required ? 1 : 0, k.fields.join(QLatin1Char('|')), k.sortOrder,
                        k.active ? 1 : 0, k.requiredWhen});
}

Result<QList<qint64>> FilingRepository::updateKind(const ItemKind& k)
{
    // The items that carry the kind's name (stored empty, storedTitle) keep the name they were
    // filed under: it is written into them before the kind is renamed. (A rename is rare: both
    // statements read the kind's items through the table.)
    QList<qint64> dossiers;
    {
        auto renamed =
            m_db.exec(QStringLiteral("SELECT DISTINCT dossier_id FROM dossier_items WHERE kind_id = ? AND "
                                     "title = '' AND (SELECT name FROM item_kinds WHERE id = ?) <> ? "
                                     "ORDER BY dossier_id"),
                      {k.id, k.id, k.name});
        if (!renamed)
            return renamed.error();
        while (renamed.value().next())
            dossiers << renamed.value().value(0).toLongLong();
    }
    if (auto w = m_db.write(
            QStringLiteral("UPDATE dossier_items SET title = (SELECT name FROM item_kinds WHERE id = ?) "
                           "WHERE kind_id = ? AND title = '' AND "
                           "(SELECT name FROM item_kinds WHERE id = ?) <> ?"),
            {k.id, k.id, k.id, k.name});
        !w)
        return w.error();
    if (auto s = done(m_db.write(QStringLiteral("UPDATE item_kinds SET name = ?, required = ?, fields = ?, "
                                                "sort_order = ?, active = ? WHERE id = ?"),
                                 {k.name, k.required ? 1 : 0, k.fields.join(QLatin1Char('|')), k.sortOrder,
                                  k.active ? 1 : 0, k.id}));
        !s)
        return s.error();
    return dossiers;
}

Result<int> FilingRepository::nextItemSeq(qint64 dossierId)
{
    auto v = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM dossier_items WHERE dossier_id = ?"),
                         {dossierId});
    if (!v)
        return v.error();
    return v->toInt();
}

FilingRepository::Filed FilingRepository::filed(qint64 userId, const QDateTime& at)
{
    // filed_on is the local calendar day, compared with due_on (R12).
    return {toEpoch(at), toDay(at.toLocalTime().date()), userId};
}

Result<qint64> FilingRepository::insertItem(const DossierItem& i, qint64 receivedBy, const Filed* filed)
{
    QVariantList args{i.dossierId,
                      i.kindId,
                      i.seq,
                      storedTitle(i),
                      i.docNo,
                      i.responsible,
                      toDay(i.date),
                      i.pages,
                      toDay(i.receivedOn),
                      nullableId(receivedBy),
                      toDay(i.dueOn),
                      fieldsToText(i.fields),
                      i.note};
    if (!filed)
        return m_db.insert(
            QStringLiteral("INSERT INTO dossier_items(dossier_id, kind_id, seq, title, doc_no, "
                           "responsible, item_date, pages, received_on, received_by, due_on, "
                           "fields, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            args);
    args << filed->at << filed->on << nullableId(filed->by);
    return m_db.insert(
        QStringLiteral("INSERT INTO dossier_items(dossier_id, kind_id, seq, title, doc_no, "
                       "responsible, item_date, pages, received_on, received_by, due_on, fields, "
                       "note, filed_at, filed_on, filed_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        args);
}

Status FilingRepository::insertFiledItems(const QList<DossierItem>& items, qint64 receivedBy,
                                          const QList<Filed>& filed)
{
    if (filed.size() != items.size())
        return Error::of(
            ErrorCode::Failed,
            QStringLiteral("insertFiledItems: %1 items, %2 filings").arg(items.size()).arg(filed.size()));
    const QVariant by = nullableId(receivedBy);
    return insertRows(
        m_db,
        QStringLiteral("INSERT INTO dossier_items(dossier_id, kind_id, seq, title, doc_no, "
                       "responsible, item_date, pages, received_on, received_by, due_on, fields, "
                       "note, filed_at, filed_on, filed_by) VALUES "),
        16, {}, items.size(), [&](qsizetype n, QVariantList& args) {
            const DossierItem& i = items.at(n);
            const Filed& f = filed.at(n);
            args << i.dossierId << i.kindId << i.seq << storedTitle(i) << i.docNo << i.responsible
                 << toDay(i.date) << i.pages << toDay(i.receivedOn) << by << toDay(i.dueOn)
                 << fieldsToText(i.fields) << i.note << f.at << f.on << nullableId(f.by);
        });
}

Result<DossierItem> FilingRepository::item(qint64 id)
{
    return oneOf<DossierItem>(m_db.exec(kItemSelect + QStringLiteral("WHERE i.id = ?"), {id}), itemFrom,
                              QString::number(id));
}

Result<QList<DossierItem>> FilingRepository::items(qint64 dossierId)
{
    return listOf<DossierItem>(
        m_db.exec(kItemSelect + QStringLiteral("WHERE i.dossier_id = ? ORDER BY i.seq"), {dossierId}), itemFrom);
}

Status FilingRepository::setFiled(qint64 itemId, qint64 userId, const QDateTime& at)
{
    const Filed f = filed(userId, at);
    return done(m_db.write(
        QStringLiteral("UPDATE dossier_items SET filed_at = ?, filed_on = ?, filed_by = ? WHERE id = ?"),
        {f.at, f.on, nullableId(f.by), itemId}));
}

Result<QList<ItemKind>> FilingRepository::missingKinds(qint64 dossierId)
{
    return listOf<ItemKind>(
        m_db.exec(
            QStringLiteral("SELECT k.id, k.category, k.name, k.required, k.fields, k.sort_order, k.active, "
                           "k.required_when FROM dossiers d JOIN item_kinds k ON %1 "
                           "WHERE d.id = ? AND %2 ORDER BY k.sort_order, k.id")
                .arg(kKindRequired, kKindMissing),
            {dossierId}),
        kindFrom);
}

Result<QStringList> FilingRepository::conditions(qint64 dossierId)
{
    return strings(
        m_db.exec(QStringLiteral("SELECT code FROM dossier_conditions WHERE dossier_id = ? ORDER BY code"),
                  {dossierId}));
}

Result<bool> FilingRepository::addCondition(qint64 dossierId, const QString& condition)
{
    auto known = conditions(dossierId);
    if (!known)
        return known.error();
    if (known->contains(condition))
        return false;
    auto r = m_db.write(QStringLiteral("INSERT INTO dossier_conditions(dossier_id, code) VALUES (?, ?)"),
                        {dossierId, condition});
    if (!r)
        return r.error();
    return true;
}

Result<int> FilingRepository::missingCount(qint64 estateId)
{
    // The dossiers of missing(): the same joins and conditions, one row per dossier.
    auto v = m_db.scalar(
        QStringLiteral("SELECT COUNT(*) FROM dossiers d %1 WHERE b.estate_id = ? AND %2 AND EXISTS "
                       "(SELECT 1 FROM item_kinds k WHERE %3 AND %4)")
            .arg(dossierPlaceJoin(PlaceJoin::InAnEstate), kDossierChecked, kKindRequired, kKindMissing),
        {estateId});
    if (!v)
        return v.error();
    return v.value().toInt();
}

Result<QList<FilingRepository::MissingRow>> FilingRepository::missing(qint64 estateId, qint64 buildingId,
                                                                      int limit)
{
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT d.id, d.archive_no, d.category, d.title, d.status, %1, k.name FROM dossiers d %2 "
            "JOIN item_kinds k ON %3 WHERE b.estate_id = ? AND (? = 0 OR b.id = ?) AND %4 AND %5 "
            "ORDER BY LENGTH(b.code), b.code, LENGTH(u.code), u.code, r.floor, LENGTH(r.number), r.number, "
            "d.archive_no, k.sort_order")
            .arg(kRoomRef, dossierPlaceJoin(PlaceJoin::InAnEstate), kKindRequired, kDossierChecked,
                 kKindMissing),
        {estateId, buildingId, buildingId});
    if (!q)
        return q.error();
    QList<MissingRow> out;
    while (q.value().next()) {
        const qint64 id = q.value().value(0).toLongLong();
        if (out.isEmpty() || out.last().dossier.id != id) {
            if (limit > 0 && out.size() >= limit)
                break;
            MissingRow row;
            row.dossier.id = id;
            row.dossier.archiveNo = q.value().value(1).toString();
            row.dossier.category = q.value().value(2).toString();
            row.dossier.title = q.value().value(3).toString();
            row.dossier.status = q.value().value(4).toString();
            row.room = q.value().value(5).toString();
            out << row;
        }
        out.last().missing << q.value().value(6).toString();
    }
    return out;
}

namespace {
// Items with their dossier's archive number and room: the item columns, then those two.
QString queueSelect()
{
    return QString(kItemSelect).replace(QLatin1String(" FROM dossier_items i"),
                                        QStringLiteral(", d.archive_no, %1 FROM dossier_items i").arg(kRoomRef)) +
           QStringLiteral("JOIN dossiers d ON d.id = i.dossier_id ") + kRoomJoin;
}

FilingRepository::QueueRow queueRowFrom(const QSqlQuery& q, int)
{
    FilingRepository::QueueRow r;
    r.item = itemFrom(q, 0);
    r.archiveNo = q.value(18).toString();
    r.room = q.value(19).toString();
    return r;
}
} // namespace

Result<QList<FilingRepository::QueueRow>> FilingRepository::queue(const QDate& today, bool lateOnly)
{
    return listOf<QueueRow>(
        m_db.exec(queueSelect() + QStringLiteral("WHERE i.filed_at IS NULL AND (? = 0 OR i.due_on < ?) "
                                                 "ORDER BY i.due_on, d.archive_no, i.seq"),
                  {lateOnly ? 1 : 0, toDay(today)}),
        queueRowFrom);
}

Result<QList<FilingRepository::QueueRow>> FilingRepository::filedLate(const QDate& since)
{
    return listOf<QueueRow>(
        m_db.exec(queueSelect() +
                      QStringLiteral("WHERE i.filed_at IS NOT NULL AND i.filed_on > i.due_on "
                                     "AND i.received_on >= ? ORDER BY i.due_on, d.archive_no, i.seq"),
                  {toDay(since)}),
        queueRowFrom);
}

Result<qint64> FilingRepository::runningCampaign(qint64 estateId)
{
    auto v = m_db.scalar(
        QStringLiteral("SELECT id FROM handover_campaigns WHERE estate_id = ? AND ended_at IS NULL"), {estateId});
    if (!v)
        return v.error();
    return v->isValid() ? v->toLongLong() : 0;
}

Result<qint64> FilingRepository::startCampaign(qint64 estateId, qint64 userId, const QDateTime& at)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO handover_campaigns(estate_id, started_at, started_by) VALUES (?, ?, ?)"),
        {estateId, timestamp(at), nullableId(userId)});
}

Status FilingRepository::endCampaign(qint64 campaignId, qint64 userId, const QDateTime& at)
{
    return done(m_db.write(QStringLiteral("UPDATE handover_campaigns SET ended_at = ?, ended_by = ? WHERE id = ?"),
                          {timestamp(at), nullableId(userId), campaignId}));
}

Result<qint64> FilingRepository::insertHandover(const Handover& h, const QList<qint64>& dossierIds,
                                                qint64 recordedBy)
{
    auto id = m_db.insert(QStringLiteral("INSERT INTO handovers(stage, from_name, to_name, handed_at, recorded_by, "
                                         "note) VALUES (?, ?, ?, ?, ?, ?)"),
                          {h.stage, h.fromName, h.toName, timestamp(h.handedAt), nullableId(recordedBy), h.note});
    if (!id)
        return id;
    for (qint64 d : dossierIds)
        if (auto s = done(m_db.write(
                QStringLiteral("INSERT INTO handover_dossiers(handover_id, dossier_id) VALUES (?, ?)"), {id.value(), d}));
            !s)
            return s.error();
    return id;
}

Result<QList<FilingRepository::Handover>> FilingRepository::handovers(qint64 dossierId)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT h.id, h.stage, h.from_name, h.to_name, h.handed_at, COALESCE(u.display_name, ''), "
                       "h.note FROM handovers h LEFT JOIN users u ON u.id = h.recorded_by WHERE ? = 0 OR EXISTS "
                       "(SELECT 1 FROM handover_dossiers x WHERE x.handover_id = h.id AND x.dossier_id = ?) "
                       "ORDER BY h.handed_at DESC, h.id DESC"),
        {dossierId, dossierId});
    if (!q)
        return q.error();
    QList<Handover> out;
    while (q.value().next()) {
        Handover h;
        h.id = q.value().value(0).toLongLong();
        h.stage = q.value().value(1).toString();
        h.fromName = q.value().value(2).toString();
        h.toName = q.value().value(3).toString();
        h.handedAt = QDateTime::fromString(q.value().value(4).toString(), Qt::ISODate);
        h.recordedBy = q.value().value(5).toString();
        h.note = q.value().value(6).toString();
        out << h;
    }
    for (Handover& h : out) {
        auto nos = m_db.exec(QStringLiteral("SELECT d.archive_no FROM handover_dossiers x JOIN dossiers d ON "
                                            "d.id = x.dossier_id WHERE x.handover_id = ? ORDER BY d.archive_no"),
                             {h.id});
        if (!nos)
            return nos.error();
        while (nos.value().next())
            h.archiveNos << nos.value().value(0).toString();
    }
    return out;
}

Result<qint64> FilingRepository::insertAttachment(const Attachment& a, qint64 userId)
{
    return m_db.insert(QStringLiteral("INSERT INTO attachments(item_id, content_key, file_name, mime, size, "
                                      "added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {a.itemId, a.contentKey, a.fileName, a.mime, a.size, timestamp(a.addedAt), nullableId(userId)});
}

namespace {
FilingRepository::Attachment attachmentFrom(const QSqlQuery& q, int)
{
    FilingRepository::Attachment a;
    a.id = q.value(0).toLongLong();
    a.itemId = q.value(1).toLongLong();
    a.contentKey = q.value(2).toString();
    a.fileName = q.value(3).toString();
    a.mime = q.value(4).toString();
    a.size = q.value(5).toLongLong();
    a.addedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    return a;
}
const QString kAttCols = QStringLiteral("id, item_id, content_key, file_name, mime, size, added_at");
} // namespace

Result<QList<FilingRepository::Attachment>> FilingRepository::attachments(qint64 itemId)
{
    return listOf<Attachment>(
        m_db.exec(QStringLiteral("SELECT %1 FROM attachments WHERE item_id = ? ORDER BY id").arg(kAttCols), {itemId}),
        attachmentFrom);
}

Result<FilingRepository::Attachment> FilingRepository::attachment(qint64 id)
{
    return oneOf<Attachment>(
        m_db.exec(QStringLiteral("SELECT %1 FROM attachments WHERE id = ?").arg(kAttCols), {id}), attachmentFrom,
        QString::number(id));
}

} // namespace ar
