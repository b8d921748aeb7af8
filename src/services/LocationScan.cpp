// Location labels and moves by scan (issue #19 item 1, R15): each room, cabinet, shelf and box has a
// label whose code names it (scancode::locationCode); scanning a box's label and then folders moves
// the folders into the box, scanning a shelf's label and then boxes' labels moves the boxes.
#include "AuditService.h"

#include "Context.h"
#include "DossierService.h"
#include "DossierSupport.h"
#include "PlaceService.h"
#include "PrintService.h"
#include "UseCase.h"
#include "print/Labels.h"

#include "core/ScanCode.h"
#include "core/TextNormalize.h"

#include <QJsonObject>

#include <algorithm>
#include <functional>

namespace ar {

namespace {

int kindRank(const QString& kind)
{
    return int(locationKinds().indexOf(kind));
}

} // namespace

Status PlaceService::moveLocation(qint64 locationId, qint64 parentId)
{
    return usecase::write(m_ctx, Permission::FileDossiers, [&](usecase::Step& step) -> Status {
        auto l = m_ctx.locations.byId(locationId);
        if (!l)
            return Error::invalid(QStringLiteral("location"), QString::number(locationId),
                                  tr("There is no such location"));
        auto parent = m_ctx.locations.byId(parentId);
        if (!parent)
            return Error::invalid(QStringLiteral("parent"), QString::number(parentId),
                                  tr("There is no such location"));
        if (l->parentId == parentId) {
            step.rollBack();
            return {};
        }
        if (kindRank(parent->kind) >= kindRank(l->kind))
            return Error::invalid(
                QStringLiteral("location"), l->name,
                tr("A %1 cannot hold a %2").arg(locationKindLabel(parent->kind), locationKindLabel(l->kind)));
        auto all = m_ctx.locations.all();
        if (!all)
            return all.error();
        int order = 0;
        for (const Location& x : all.value()) {
            if (x.parentId != parentId)
                continue;
            if (x.name == l->name)
                return Error::of(ErrorCode::Conflict,
                                 tr("There is already a location %1 there").arg(l->name));
            order = std::max(order, x.sortOrder);
        }
        auto from = m_ctx.locations.path(locationId);
        if (!from)
            return from.error();
        if (auto s = m_ctx.locations.setParent(locationId, parentId, order + 1); !s)
            return s;
        auto to = m_ctx.locations.path(locationId);
        if (!to)
            return to.error();
        const QDateTime now = m_ctx.clock.now();
        if (auto s = m_ctx.history.append({QStringLiteral("location"), locationId, QStringLiteral("place"),
                                           from.value(), to.value(), false},
                                          m_ctx.userId(), now);
            !s)
            return s;
        // R15: each folder in it is in the same box, at a place that reads differently now.
        auto inside = m_ctx.dossiers.atLocation(locationId);
        if (!inside)
            return inside.error();
        for (const Dossier& d : inside.value())
            if (auto s =
                    DossierSupport(m_ctx).note(d.id, QStringLiteral("location"), from.value(), to.value());
                !s)
                return s;
        step.audit(AuditAction::Configure, QStringLiteral("location"), locationId, {},
                   auditDetail({{QStringLiteral("moved_from"), from.value()},
                                {QStringLiteral("moved_to"), to.value()},
                                {QStringLiteral("folders"), int(inside->size())}}));
        return {};
    });
}

Result<QList<Dossier>> PlaceService::moveFolders(const QStringList& codes, qint64 locationId,
                                                 const QString& note)
{
    if (auto s = m_ctx.require(Permission::FileDossiers); !s)
        return s.error();
    if (codes.isEmpty())
        return Error::invalid(QStringLiteral("archive_no"), {}, tr("Name at least one folder to move"));
    return usecase::write(m_ctx, [&](usecase::Step&) -> Result<QList<Dossier>> {
        QList<Dossier> out;
        for (const QString& c : codes) {
            auto d = DossierService::resolveOne(m_ctx, c);
            if (!d)
                return d.error();
            if (auto s = move(d->id, locationId, note); !s)
                return s.error();
            out << d.value();
        }
        return out;
    });
}

Result<ScanMoveStep> PlaceService::scanToMove(qint64 targetId, const QString& code)
{
    if (auto s = m_ctx.require(Permission::FileDossiers); !s)
        return s.error();
    if (text::normalize(code).isEmpty())
        return Error::invalid(QStringLiteral("code"), code, tr("Scan a label or type an archive number"));
    ScanMoveStep step;
    step.targetId = targetId;
    std::optional<Location> target;
    if (targetId) {
        auto t = m_ctx.locations.byId(targetId);
        if (!t)
            return Error::invalid(QStringLiteral("target"), QString::number(targetId),
                                  tr("There is no such location"));
        target = t.value();
    }
    if (const qint64 scanned = scancode::locationIdFromCode(code)) {
        auto l = m_ctx.locations.byId(scanned);
        if (!l)
            return Error::invalid(QStringLiteral("code"), code,
                                  tr("There is no location %1").arg(text::normalize(code)));
        auto path = m_ctx.locations.path(scanned);
        if (!path)
            return path.error();
        if (target && scanned != targetId && kindRank(target->kind) < kindRank(l->kind)) {
            // A box scanned after a shelf: the box goes onto the shelf.
            auto from = m_ctx.locations.path(l->parentId);
            if (!from)
                return from.error();
            if (auto s = moveLocation(scanned, targetId); !s)
                return s.error();
            auto now = m_ctx.locations.path(scanned);
            if (!now)
                return now.error();
            step.kind = ScanMoveStep::Kind::Location;
            step.what = now.value();
            step.from = from.value();
        } else {
            // A new target; the target scanned again ends it.
            step.kind = ScanMoveStep::Kind::Target;
            step.targetId = scanned == targetId ? 0 : scanned;
        }
    } else {
        auto d = DossierService::resolveOne(m_ctx, code, QStringLiteral("code"));
        if (!d)
            return d.error();
        if (!target)
            return Error::invalid(
                QStringLiteral("code"), code,
                tr("Scan the label of a box or shelf first, then the folders to put there"));
        auto from = m_ctx.locations.path(d->locationId);
        if (!from)
            return from.error();
        if (auto s = move(d->id, targetId); !s)
            return s.error();
        step.kind = ScanMoveStep::Kind::Folder;
        step.what = d->archiveNo;
        step.from = from.value();
    }
    if (step.targetId) {
        auto p = m_ctx.locations.path(step.targetId);
        if (!p)
            return p.error();
        step.targetPath = p.value();
    }
    return step;
}

Result<PrintJob> PrintService::locationLabels(const QString& underPath, print::CodeKind code,
                                              const print::LabelSheet& sheet)
{
    if (auto s = m_ctx.require(Permission::PrintForms); !s)
        return s.error();
    if (const QString why = sheet.problem(); !why.isEmpty())
        return Error::invalid(QStringLiteral("sheet"), sheet.name, why);
    auto all = m_ctx.locations.all();
    if (!all)
        return all.error();
    qint64 under = 0;
    if (!text::normalize(underPath).isEmpty()) {
        under = scancode::locationIdFromCode(underPath);
        if (!under || !m_ctx.locations.byId(under)) {
            auto byPath = m_ctx.locations.byPath(underPath);
            if (!byPath)
                return Error::invalid(QStringLiteral("under"), underPath,
                                      tr("There is no location %1").arg(text::normalize(underPath)));
            under = byPath.value();
        }
    }
    // Depth first in each parent's order: a room, its cabinets, their shelves, their boxes.
    QList<print::SpineLabel> out;
    QList<qint64> order;
    if (under)
        order << under;
    std::function<void(qint64)> walk = [&](qint64 parent) {
        QList<Location> children;
        for (const Location& l : all.value())
            if (l.parentId == parent)
                children << l;
        std::sort(children.begin(), children.end(), [](const Location& a, const Location& b) {
            return a.sortOrder != b.sortOrder ? a.sortOrder < b.sortOrder : a.id < b.id;
        });
        for (const Location& l : children) {
            order << l.id;
            walk(l.id);
        }
    };
    walk(under);
    for (qint64 id : std::as_const(order)) {
        auto l = m_ctx.locations.byId(id);
        auto path = m_ctx.locations.path(id);
        if (!l || !path)
            return (!l ? Error(l.error()) : Error(path.error()));
        print::SpineLabel label;
        label.room = l->name;
        label.place = locationKindLabel(l->kind) + QStringLiteral(" · ") + path.value();
        label.code = scancode::locationCode(id);
        label.archiveNo = label.code;
        if (l->kind == QLatin1String("box")) {
            auto held = m_ctx.dossiers.atLocation(id);
            if (!held)
                return held.error();
            if (held->isEmpty())
                label.title = tr("empty");
            else
                label.title = tr("%1 – %2 (%n folder(s))", nullptr, int(held->size()))
                                  .arg(held->first().archiveNo, held->last().archiveNo);
            // Under the bars, beside the code: the range of 档号 in the box.
            label.archiveNo = label.code + QStringLiteral("  ") + label.title;
        }
        out << label;
    }
    if (out.isEmpty())
        return Error::of(ErrorCode::NotFound, tr("There are no locations to label"));
    for (const print::SpineLabel& l : std::as_const(out))
        if (auto img = print::codeImage(print::labelCode(l), code); !img)
            return img.error();
    PrintJob job;
    job.request.form = PrintForm::Labels;
    job.request.code = code;
    job.request.sheet = sheet;
    job.request.location = underPath;
    job.entries = int(out.size());
    job.description = tr("Location labels · %n label(s)", nullptr, int(out.size()));
    job.document = out;
    return job;
}

} // namespace ar
