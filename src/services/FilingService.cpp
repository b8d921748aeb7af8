#include "FilingService.h"

#include "Context.h"
#include "DossierService.h"
#include "DossierSupport.h"
#include "storage/ContentStore.h"

#include "AuditService.h"
#include "UseCase.h"
#include "core/Search.h"
#include "core/TextNormalize.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QMimeDatabase>

namespace ar {

namespace {
constexpr qint64 kMaxAttachmentBytes = 64LL * 1024 * 1024;
} // namespace

// --- items and filing -----------------------------------------------------------------------------

Result<DossierItem> FilingService::receive(qint64 dossierId, const ItemInput& in)
{
    auto d = DossierSupport(m_ctx).checkedDossier(dossierId);
    if (!d)
        return d.error();
    auto cat = m_ctx.dossiers.category(d->category);
    if (!cat)
        return cat.error();
    const bool clerk = m_ctx.can(Permission::FileDossiers);
    // R13: the assistant collects handover packets for the clerk; R5: a department keeps its records.
    const bool mayReceive =
        clerk || (m_ctx.can(Permission::HandOver) && DossierSupport::isHousehold(cat->code)) ||
        (DossierSupport::ownsCategory(m_ctx, cat.value()) && !DossierSupport::isHousehold(cat->code));
    if (!mayReceive)
        return m_ctx.refuse(Error::denied(tr("You may not add items to %1").arg(d->archiveNo)), "R2",
                            QStringLiteral("dossier_add_item"), QStringLiteral("dossier"), d->id,
                            d->archiveNo);
    if (d->status == QLatin1String("destroyed") || d->status == QLatin1String("lost"))
        return Error::of(
            ErrorCode::Conflict,
            tr("Dossier %1 is %2; nothing can be added").arg(d->archiveNo, dossierStatusLabel(d->status)));
    auto kinds = m_ctx.filing.kinds(d->category);
    if (!kinds)
        return kinds.error();
    const QString wanted = text::normalize(in.kind);
    std::optional<ItemKind> kind;
    for (const ItemKind& k : kinds.value())
        if (text::normalize(k.name) == wanted || QString::number(k.id) == wanted)
            kind = k;
    if (!kind) {
        // A unique fragment is enough: "身份证" finds 业主身份证复印件.
        QList<ItemKind> hits;
        for (const ItemKind& k : kinds.value())
            if (!wanted.isEmpty() && text::normalize(k.name).contains(wanted))
                hits << k;
        if (hits.size() == 1)
            kind = hits.first();
    }
    if (!kind) {
        QStringList names;
        for (const ItemKind& k : kinds.value())
            names << k.name;
        return Error::invalid(QStringLiteral("item"), in.kind,
                              tr("%1 dossiers have no item kind \"%2\"; kinds: %3")
                                  .arg(cat->name, in.kind, names.join(QStringLiteral("、"))));
    }
    if (in.pages < 0 || in.pages > 10000)
        return Error::invalid(QStringLiteral("pages"), QString::number(in.pages),
                              tr("The page count must be between 0 and 10000"));
    const QDate today = m_ctx.clock.today();
    const QDate received = in.received.isValid() ? in.received : today;
    if (received > today)
        return Error::invalid(QStringLiteral("received"), received.toString(Qt::ISODate),
                              tr("The day received cannot be in the future"));
    if (in.date.isValid() && in.date > today)
        return Error::invalid(QStringLiteral("date"), in.date.toString(Qt::ISODate),
                              tr("The document's date cannot be in the future"));
    QMap<QString, QString> fields;
    for (auto it = in.fields.begin(); it != in.fields.end(); ++it) {
        const QString key = text::normalize(it.key());
        if (!kind->fields.contains(key))
            return Error::invalid(
                QStringLiteral("field"), it.key(),
                tr("%1 has no field \"%2\"; fields: %3")
                    .arg(kind->name, it.key(),
                         kind->fields.isEmpty() ? tr("none") : kind->fields.join(QStringLiteral("、"))));
        fields.insert(key, text::normalize(it.value()));
    }

    auto itemId = usecase::write(m_ctx, [&](usecase::Step& step) -> Result<qint64> {
        if (auto s = step.transaction().begin(); !s)
            return s.error();
        bool campaign = false;
        if (d->roomId) {
            auto place = m_ctx.estates.place(d->roomId);
            if (!place)
                return place.error();
            auto running = m_ctx.filing.runningCampaign(place->estate.id);
            if (!running)
                return running.error();
            campaign = running.value() != 0;
        }
        auto seq = m_ctx.filing.nextItemSeq(dossierId);
        if (!seq)
            return seq.error();
        DossierItem item;
        item.dossierId = dossierId;
        item.kindId = kind->id;
        item.kindName = kind->name;
        item.seq = seq.value();
        item.title = text::normalize(in.title).isEmpty() ? kind->name : text::normalize(in.title);
        item.docNo = text::normalize(in.docNo);
        item.responsible = text::normalize(in.responsible);
        item.date = in.date;
        item.pages = in.pages;
        item.receivedOn = received;
        item.dueOn = filingDue(received, campaign);
        item.fields = fields;
        item.note = text::normalize(in.note);
        auto id = m_ctx.filing.insertItem(item, m_ctx.userId());
        if (!id)
            return id.error();
        item.id = id.value();
        // A title typed for the item is searchable; the kind's name it has otherwise adds nothing.
        if (item.title != kind->name)
            if (auto s = m_ctx.search.add(SearchIndex::Term::ItemTitle, dossierId,
                                          searchkeys::forTitle(item.title));
                !s)
                return s.error();
        if (auto s = DossierSupport(m_ctx).note(
                dossierId, QStringLiteral("item_received"), {},
                QStringLiteral("%1. %2 (%3)").arg(item.seq).arg(item.title, kind->name));
            !s)
            return s.error();
        if (auto s = DossierSupport(m_ctx).audit(AuditAction::ReceiveItem, d.value(),
                                                 {{QStringLiteral("item"), kind->name},
                                                  {QStringLiteral("pages"), item.pages},
                                                  {QStringLiteral("due"), item.dueOn.toString(Qt::ISODate)}});
            !s)
            return s.error();
        for (const QString& path : in.attach)
            if (auto a = attach(item.id, path); !a)
                return a.error();
        if (in.file && clerk)
            if (auto s = fileItem(item.id); !s)
                return s.error();
        return item.id;
    });
    if (!itemId)
        return itemId.error();
    auto stored = m_ctx.filing.item(itemId.value());
    return stored;
}

Status FilingService::fileItem(qint64 itemId)
{
    return usecase::write(m_ctx, Permission::FileDossiers, [&](usecase::Step&) -> Status {
        auto item = m_ctx.filing.item(itemId);
        if (!item)
            return Error::of(ErrorCode::NotFound, tr("There is no such item"));
        if (item->filed())
            return Error::of(ErrorCode::Conflict, tr("Item %1 was already filed").arg(item->title));
        auto d = DossierSupport(m_ctx).checkedDossier(item->dossierId);
        if (!d)
            return d.error();
        const QDateTime now = m_ctx.clock.now();
        if (auto s = m_ctx.filing.setFiled(itemId, m_ctx.userId(), now); !s)
            return s;
        const bool late = now.date() > item->dueOn;
        if (auto s = DossierSupport(m_ctx).note(
                d->id, QStringLiteral("item_filed"), {},
                QStringLiteral("%1. %2").arg(item->seq).arg(item->title) +
                    (late ? tr(" (late: due %1)").arg(item->dueOn.toString(Qt::ISODate)) : QString()));
            !s)
            return s;
        if (auto s = DossierSupport(m_ctx).audit(
                AuditAction::FileItem, d.value(),
                {{QStringLiteral("item"), item->kindName}, {QStringLiteral("late"), late}});
            !s)
            return s;
        if (auto s = DossierSupport(m_ctx).updateCompleteness(d.value()); !s)
            return s;
        return {};
    });
}

Result<QList<FilingRepository::QueueRow>> FilingService::queue(bool lateOnly)
{
    if (auto s = m_ctx.require(Permission::ViewRegister); !s)
        return s.error();
    return m_ctx.filing.queue(m_ctx.clock.today(), lateOnly);
}

Result<QList<FilingRepository::QueueRow>> FilingService::lateFilings(int days)
{
    if (auto s = m_ctx.require(Permission::ViewRegister); !s)
        return s.error();
    auto open = m_ctx.filing.queue(m_ctx.clock.today(), true);
    if (!open)
        return open;
    auto done = m_ctx.filing.filedLate(m_ctx.clock.today().addDays(-days));
    if (!done)
        return done;
    return open.value() + done.value();
}

Result<QList<FilingRepository::MissingRow>> FilingService::missing(qint64 estateId, qint64 buildingId,
                                                                   int limit)
{
    if (auto s = m_ctx.require(Permission::ViewRegister); !s)
        return s.error();
    return m_ctx.filing.missing(estateId, buildingId, limit);
}

Result<bool> FilingService::campaignRunning(qint64 estateId)
{
    auto id = m_ctx.filing.runningCampaign(estateId);
    if (!id)
        return id.error();
    return id.value() != 0;
}

Status FilingService::setCampaign(qint64 estateId, bool running)
{
    // R12: the manager switches the handover campaign on and off.
    if (!m_ctx.can(Permission::DeclareCampaigns))
        return Error::denied(tr("Only a manager starts or ends a handover campaign"));
    return usecase::write(m_ctx, [&](usecase::Step& step) -> Status {
        auto estate = m_ctx.estates.estate(estateId);
        if (!estate)
            return Error::of(ErrorCode::NotFound, tr("There is no such estate"));
        auto current = m_ctx.filing.runningCampaign(estateId);
        if (!current)
            return current.error();
        if ((current.value() != 0) == running) {
            step.rollBack();
            return {};
        }
        const QDateTime now = m_ctx.clock.now();
        if (running) {
            if (auto id = m_ctx.filing.startCampaign(estateId, m_ctx.userId(), now); !id)
                return id.error();
        } else if (auto s = m_ctx.filing.endCampaign(current.value(), m_ctx.userId(), now); !s) {
            return s;
        }
        step.audit(AuditAction::Configure, QStringLiteral("estate"), estateId, {},
                   auditDetail({{QStringLiteral("handover_campaign"), running}}));
        return {};
    });
}

// --- hand-overs ------------------------------------------------------------------------------------

Result<qint64> FilingService::recordHandover(const QString& stage, const QString& from, const QString& to,
                                             const QStringList& archiveNos, const QString& noteText)
{
    if (auto s = m_ctx.require(Permission::HandOver); !s)
        return s.error();
    if (stage != QLatin1String("to_clerk") && stage != QLatin1String("to_company"))
        return Error::invalid(QStringLiteral("stage"), stage,
                              tr("A hand-over goes to_clerk (assistant → clerk) or to_company (clerk → the "
                                 "company archive room)"));
    FilingRepository::Handover h;
    h.stage = stage;
    h.fromName = text::normalize(from);
    h.toName = text::normalize(to);
    h.note = text::normalize(noteText);
    h.handedAt = m_ctx.clock.now();
    if (h.fromName.isEmpty())
        return Error::invalid(QStringLiteral("from"), from, tr("Say who hands the dossiers over"));
    if (h.toName.isEmpty())
        return Error::invalid(QStringLiteral("to"), to, tr("Say who receives the dossiers"));
    if (archiveNos.isEmpty())
        return Error::invalid(QStringLiteral("dossier"), {}, tr("A hand-over needs at least one dossier"));
    return usecase::write(m_ctx, [&](usecase::Step& step) -> Result<qint64> {
        if (auto s = step.transaction().begin(); !s)
            return s.error();
        QList<Dossier> dossiers;
        for (const QString& no : archiveNos) {
            auto d = DossierService::resolveOne(m_ctx, no, QStringLiteral("dossier"));
            if (!d) {
                if (d.error().code != ErrorCode::NotFound)
                    return d.error();
                return Error::invalid(QStringLiteral("dossier"), no, d.error().message);
            }
            if (std::any_of(dossiers.begin(), dossiers.end(),
                            [&](const Dossier& x) { return x.id == d->id; }))
                continue;
            dossiers << d.value();
        }
        QList<qint64> ids;
        for (const Dossier& d : dossiers)
            ids << d.id;
        auto id = m_ctx.filing.insertHandover(h, ids, m_ctx.userId());
        if (!id)
            return id.error();
        const QString what = (stage == QLatin1String("to_clerk") ? tr("to the archive clerk")
                                                                 : tr("to the company archive room"));
        for (const Dossier& d : dossiers) {
            if (auto s =
                    DossierSupport(m_ctx).note(d.id, QStringLiteral("handover"), h.fromName,
                                               h.toName + QStringLiteral(" (") + what + QLatin1Char(')'));
                !s)
                return s.error();
            if (auto s = DossierSupport(m_ctx).audit(AuditAction::Handover, d,
                                                     {{QStringLiteral("stage"), stage},
                                                      {QStringLiteral("from"), h.fromName},
                                                      {QStringLiteral("to"), h.toName},
                                                      {QStringLiteral("batch"), id.value()}});
                !s)
                return s.error();
        }
        return id;
    });
}

Result<QList<FilingRepository::Handover>> FilingService::handovers()
{
    if (auto s = m_ctx.require(Permission::ViewRegister); !s)
        return s.error();
    return m_ctx.filing.handovers();
}

// --- attachments -----------------------------------------------------------------------------------

Result<qint64> FilingService::attach(qint64 itemId, const QString& filePath)
{
    if (!m_ctx.can(Permission::FileDossiers) && !m_ctx.can(Permission::HandOver))
        return Error::denied(tr("Only the archive clerk or the property assistant attaches scans"));
    // Before any file is written into the store (read-only media: nothing may change there).
    if (m_ctx.db.isReadOnly())
        return Database::readOnlyError();
    auto item = m_ctx.filing.item(itemId);
    if (!item)
        return Error::of(ErrorCode::NotFound, tr("There is no such item"));
    QFile f(filePath);
    const QFileInfo info(filePath);
    if (!info.isFile() || !f.open(QIODevice::ReadOnly))
        return Error::invalid(QStringLiteral("attach"), filePath,
                              tr("Cannot read the file %1").arg(filePath));
    if (info.size() > kMaxAttachmentBytes)
        return Error::invalid(QStringLiteral("attach"), filePath,
                              tr("The file is larger than %1 MB").arg(kMaxAttachmentBytes / (1024 * 1024)));
    const QByteArray plain = f.readAll();
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(filePath, plain).name();
    if (!mime.startsWith(QLatin1String("image/")) && mime != QLatin1String("application/pdf"))
        return Error::invalid(QStringLiteral("attach"), info.fileName(),
                              tr("Scans are images or PDF files; %1 is %2").arg(info.fileName(), mime));
    const QString key = m_ctx.codec.contentKey(plain);
    if (key.isEmpty())
        return Error::of(ErrorCode::Failed, tr("The archive is locked; sign in again"));
    return usecase::write(m_ctx, [&](usecase::Step& step) -> Result<qint64> {
        if (auto s = step.transaction().begin(); !s)
            return s.error();
        // The sealed scan: a file beside a SQLite archive, a row in this transaction on a server.
        const auto store = ContentStore::of(m_ctx.db);
        auto kept = store->has(key);
        if (!kept)
            return kept.error();
        if (!kept.value())
            if (auto s = store->put(key, m_ctx.codec.sealFile(plain, key)); !s)
                return s.error();
        FilingRepository::Attachment a;
        a.itemId = itemId;
        a.contentKey = key;
        a.fileName = info.fileName();
        a.mime = mime;
        a.size = plain.size();
        a.addedAt = m_ctx.clock.now();
        auto id = m_ctx.filing.insertAttachment(a, m_ctx.userId());
        if (!id)
            return id;
        auto d = DossierSupport(m_ctx).checkedDossier(item->dossierId);
        if (!d)
            return d.error();
        if (auto s = DossierSupport(m_ctx).note(
                d->id, QStringLiteral("attachment"), {},
                QStringLiteral("%1. %2: %3").arg(item->seq).arg(item->title, a.fileName));
            !s)
            return s.error();
        step.audited(DossierSupport(m_ctx).audit(
            AuditAction::Attach, d.value(),
            {{QStringLiteral("item"), item->kindName}, {QStringLiteral("file"), a.fileName}}));
        return id;
    });
}

Result<QList<FilingRepository::Attachment>> FilingService::attachments(qint64 itemId)
{
    if (auto s = m_ctx.require(Permission::ViewRegister); !s)
        return s.error();
    return m_ctx.filing.attachments(itemId);
}

Result<QByteArray> FilingService::attachmentData(qint64 attachmentId)
{
    if (auto s = m_ctx.require(Permission::ViewRegister); !s)
        return s.error();
    auto a = m_ctx.filing.attachment(attachmentId);
    if (!a)
        return Error::of(ErrorCode::NotFound, tr("There is no such scan"));
    const auto store = ContentStore::of(m_ctx.db);
    auto sealed = store->get(a->contentKey);
    if (!sealed)
        return sealed.error().code == ErrorCode::NotFound
                   ? Error::of(ErrorCode::NotFound,
                               tr("The scan %1 is missing from %2").arg(a->fileName, store->where()))
                   : sealed.error();
    auto plain = m_ctx.codec.openFile(sealed.value(), a->contentKey);
    if (!plain)
        return Error::of(ErrorCode::Failed,
                         tr("The scan %1 was changed or damaged; it cannot be opened").arg(a->fileName));
    auto item = m_ctx.filing.item(a->itemId);
    if (!item)
        return item.error();
    auto d = DossierSupport(m_ctx).checkedDossier(item->dossierId);
    if (!d)
        return d.error();
    if (auto s = DossierSupport(m_ctx).audit(AuditAction::ViewAttachment, d.value(),
                                             {{QStringLiteral("file"), a->fileName}});
        !s)
        return s.error();
    return *plain;
}

} // namespace ar
