// Printing (P1–P6): the form codes, painting a prepared job, the audit record of every print
// (R27) and the label sheets. What each form shows is gathered in PrintForms.cpp.
#include "PrintService.h"

#include "Context.h"
#include "print/Labels.h"
#include "print/Letter.h"
#include "print/PersonForm.h"
#include "print/Table.h"

#include "AuditService.h"
#include "DestructionService.h"
#include "ReconciliationService.h"
#include "SelfInspectionService.h"
#include "UseCase.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPdfWriter>

namespace ar {

namespace {

const char* const kSheetsKey = "label_sheets";

} // namespace

QString printFormCode(PrintForm f)
{
    switch (f) {
    case PrintForm::OwnerForm:
        return QStringLiteral("owner-form");
    case PrintForm::TenantForm:
        return QStringLiteral("tenant-form");
    case PrintForm::DossierCatalog:
        return QStringLiteral("catalog");
    case PrintForm::FileCatalog:
        return QStringLiteral("file-catalog");
    case PrintForm::BorrowRegister:
        return QStringLiteral("borrow-register");
    case PrintForm::CopyRegister:
        return QStringLiteral("copy-register");
    case PrintForm::Labels:
        return QStringLiteral("labels");
    case PrintForm::DestructionList:
        return QStringLiteral("destruction-list");
    case PrintForm::SelfInspection:
        return QStringLiteral("self-inspection");
    case PrintForm::Reconciliation:
        return QStringLiteral("reconciliation");
    case PrintForm::Reminders:
        return QStringLiteral("reminders");
    }
    return {};
}

QList<PrintForm> allPrintForms()
{
    return {PrintForm::OwnerForm,      PrintForm::TenantForm,      PrintForm::DossierCatalog,
            PrintForm::FileCatalog,    PrintForm::BorrowRegister,  PrintForm::CopyRegister,
            PrintForm::Labels,         PrintForm::DestructionList, PrintForm::SelfInspection,
            PrintForm::Reconciliation, PrintForm::Reminders};
}

std::optional<PrintForm> printFormFromCode(const QString& code)
{
    for (PrintForm f : allPrintForms())
        if (printFormCode(f) == code.trimmed().toLower())
            return f;
    return std::nullopt;
}

QString printFormLabel(PrintForm f)
{
    switch (f) {
    case PrintForm::OwnerForm:
        return PrintService::tr("Owner record form");
    case PrintForm::TenantForm:
        return PrintService::tr("Tenant record form");
    case PrintForm::DossierCatalog:
        return PrintService::tr("Dossier contents list");
    case PrintForm::FileCatalog:
        return PrintService::tr("Catalog of filed documents");
    case PrintForm::BorrowRegister:
        return PrintService::tr("Borrowing register");
    case PrintForm::CopyRegister:
        return PrintService::tr("Borrowing and copying record ZC-05/B05");
    case PrintForm::Labels:
        return PrintService::tr("Spine labels");
    case PrintForm::DestructionList:
        return PrintService::tr("Destruction list");
    case PrintForm::SelfInspection:
        return PrintService::tr("Monthly self-inspection sheet");
    case PrintForm::Reconciliation:
        return PrintService::tr("Reconciliation report");
    case PrintForm::Reminders:
        return PrintService::tr("Reminder slips");
    }
    return {};
}

QString securityLevelLabel(const QString& code)
{
    if (code == QLatin1String("public"))
        return PrintService::tr("Public");
    if (code == QLatin1String("internal"))
        return PrintService::tr("Internal");
    if (code == QLatin1String("confidential"))
        return PrintService::tr("Confidential");
    if (code == QLatin1String("secret"))
        return PrintService::tr("Secret");
    return code;
}

// --- printing --------------------------------------------------------------------------

Result<PrintJob> PrintService::prepare(const PrintRequest& r)
{
    if (r.form == PrintForm::OwnerForm || r.form == PrintForm::TenantForm) {
        auto job = personForms(r);
        if (!job) // a damaged value is never printed blank; recorded once the forms' read has ended
            return AuditService(m_ctx).damaged(job.error());
        return job;
    }
    switch (r.form) {
    case PrintForm::OwnerForm:
    case PrintForm::TenantForm:
        break; // above
    case PrintForm::DossierCatalog:
        return dossierCatalog(r);
    case PrintForm::FileCatalog:
        return fileCatalog(r);
    case PrintForm::BorrowRegister:
        return borrowRegister(r);
    case PrintForm::CopyRegister:
        return copyRegister(r);
    case PrintForm::Labels:
        return labels(r);
    case PrintForm::Reminders:
        return reminders(r);
    case PrintForm::DestructionList: {
        if (!m_destruction)
            return Error::of(ErrorCode::Failed, tr("Unknown form"));
        if (r.batch <= 0)
            return Error::invalid(QStringLiteral("batch"), QString::number(r.batch),
                                  tr("Name the destruction batch"));
        auto doc = m_destruction->listDocument(r.batch);
        if (!doc)
            return doc.error();
        PrintJob job;
        job.request = r;
        job.entries = int(doc->rows.size());
        job.description = tr("%1 · batch %2").arg(doc->title).arg(r.batch);
        job.document = doc.value();
        return job;
    }
    case PrintForm::SelfInspection: {
        if (!m_selfInspection)
            return Error::of(ErrorCode::Failed, tr("Unknown form"));
        auto doc = m_selfInspection->sheet(r.month);
        if (!doc)
            return doc.error();
        PrintJob job;
        job.request = r;
        job.entries = int(doc->rows.size());
        job.description = doc->title + QStringLiteral(" · ") + doc->subtitle.value(0);
        job.document = doc.value();
        return job;
    }
    case PrintForm::Reconciliation: {
        if (!m_reconciliation)
            return Error::of(ErrorCode::Failed, tr("Unknown form"));
        const QDate day = r.month.isValid() ? r.month : m_ctx.clock.today();
        auto doc =
            r.session > 0 ? m_reconciliation->reportDoc(r.session) : m_reconciliation->monthReportDoc(day);
        if (!doc)
            return doc.error();
        PrintJob job;
        job.request = r;
        job.entries = int(doc->rows.size());
        job.description = r.session > 0
                              ? tr("%1 · session %2").arg(doc->title).arg(r.session)
                              : tr("%1 · %2").arg(doc->title, day.toString(QStringLiteral("yyyy-MM")));
        job.document = doc.value();
        return job;
    }
    }
    return Error::of(ErrorCode::Usage, tr("Unknown form"));
}

int PrintService::renderCalibration(const print::LabelSheet& sheet, const print::Calibration& cal,
                                   QPagedPaintDevice& device)
{
    return print::renderCalibration(sheet, cal, device);
}

Result<int> PrintService::render(const PrintJob& job, QPagedPaintDevice& device)
{
    int pages = 0;
    if (const auto* t = std::get_if<print::TableDoc>(&job.document)) {
        pages = print::renderTable(*t, device);
    } else if (const auto* f = std::get_if<QList<print::PersonFormDoc>>(&job.document)) {
        pages = print::renderPersonForms(*f, device);
    } else if (const auto* l = std::get_if<QList<print::SpineLabel>>(&job.document)) {
        auto n = print::renderLabels(*l, job.request.sheet, job.request.code, job.request.calibration, device,
                                     job.request.skip);
        if (!n)
            return n.error();
        pages = n.value();
    } else if (const auto* letters = std::get_if<QList<print::LetterDoc>>(&job.document)) {
        pages = print::renderLetters(*letters, device);
    }
    if (pages <= 0)
        return Error::of(ErrorCode::Failed, tr("The printer or file could not be written to"));
    return pages;
}

Status PrintService::recordPrint(const PrintJob& job, int pages, const QString& target)
{
    QJsonObject detail{{QStringLiteral("form"), printFormCode(job.request.form)},
                       {QStringLiteral("pages"), pages},
                       {QStringLiteral("entries"), job.entries},
                       {QStringLiteral("masked"), job.masked},
                       {QStringLiteral("target"), target}};
    if (job.request.blank)
        detail.insert(QStringLiteral("blank"), true);
    if (job.request.form == PrintForm::Reconciliation && job.request.session > 0)
        detail.insert(QStringLiteral("session"), job.request.session);
    else if (job.request.form == PrintForm::Reconciliation || job.request.form == PrintForm::SelfInspection) {
        const QDate day = job.request.month.isValid() ? job.request.month : m_ctx.clock.today();
        detail.insert(QStringLiteral("month"), day.toString(QStringLiteral("yyyy-MM")));
    }
    return usecase::write(m_ctx, [&](usecase::Step& step) -> Status {
        if (auto s = step.transaction().begin(); !s)
            return s;
        if (!job.loanIds.isEmpty()) {
            // Reminder slips (R35): one record per loan chased, naming its dossier.
            for (qsizetype i = 0; i < job.loanIds.size(); ++i)
                if (auto s = AuditService(m_ctx).record(AuditAction::Print, QStringLiteral("loan"),
                                                        job.loanIds.at(i), job.archiveNos.value(i),
                                                        auditDetail(detail));
                    !s)
                    return s;
        } else if (job.archiveNos.isEmpty()) {
            detail.insert(QStringLiteral("scope"), job.description);
            if (auto s = AuditService(m_ctx).record(AuditAction::Print, QStringLiteral("print"), 0, {},
                                                    auditDetail(detail), job.request.reason);
                !s)
                return s;
        } else {
            // A form with a person's data on it: one record per dossier printed (R27).
            for (const QString& no : job.archiveNos)
                if (auto s = AuditService(m_ctx).record(AuditAction::Print, QStringLiteral("dossier"), 0, no,
                                                        auditDetail(detail), job.request.reason);
                    !s)
                    return s;
        }
        return {};
    });
}

Result<int> PrintService::toPdf(const PrintRequest& r, const QString& path)
{
    auto job = prepare(r);
    if (!job)
        return job.error();
    return jobToPdf(job.value(), path);
}

Result<int> PrintService::jobToPdf(const PrintJob& prepared, const QString& path)
{
    const std::optional<PrintJob> job(prepared);
    const QFileInfo info(path);
    if (path.isEmpty() || !info.absoluteDir().exists())
        return Error::invalid(QStringLiteral("out"), path, tr("The folder of %1 does not exist").arg(path));
    // Written beside the target and moved over it: a failed print leaves no half-written file.
    const QString temp = path + QStringLiteral(".part");
    int pages = 0;
    {
        QPdfWriter writer(temp);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("ArchiveRoom"));
        writer.setTitle(job->description);
        auto n = render(job.value(), writer);
        if (!n) {
            QFile::remove(temp);
            return n.error();
        }
        pages = n.value();
    }
    QFile written(temp);
    if (!written.exists() || written.size() == 0) {
        QFile::remove(temp);
        return Error::of(ErrorCode::Failed, tr("Cannot write %1").arg(path));
    }
    if (auto s = recordPrint(job.value(), pages, QStringLiteral("pdf:") + info.fileName()); !s) {
        QFile::remove(temp);
        return s.error();
    }
    QFile::remove(path);
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        return Error::of(ErrorCode::Failed, tr("Cannot write %1").arg(path));
    }
    return pages;
}

// --- label sheets ----------------------------------------------------------------------

Result<QList<print::LabelSheet>> PrintService::labelSheets()
{
    QList<print::LabelSheet> out = print::presetSheets();
    auto raw = m_ctx.meta.get(QString::fromLatin1(kSheetsKey));
    if (!raw)
        return raw.error();
    const QJsonArray saved = QJsonDocument::fromJson(raw->toUtf8()).array();
    for (const QJsonValue& v : saved) {
        const print::LabelSheet s = print::LabelSheet::fromJson(v.toObject());
        bool replaced = false;
        for (print::LabelSheet& o : out)
            if (o.name == s.name) {
                o = s;
                replaced = true;
            }
        if (!replaced)
            out << s;
    }
    return out;
}

Result<print::LabelSheet> PrintService::labelSheet(const QString& name)
{
    auto all = labelSheets();
    if (!all)
        return all.error();
    for (const print::LabelSheet& s : all.value())
        if (s.name == name.trimmed())
            return s;
    QStringList names;
    for (const print::LabelSheet& s : all.value())
        names << s.name;
    return Error::invalid(
        QStringLiteral("sheet"), name,
        tr("There is no label sheet %1; there are: %2").arg(name, names.join(QStringLiteral(", "))));
}

Status PrintService::saveLabelSheet(const print::LabelSheet& sheet)
{
    if (auto s = m_ctx.require(Permission::PrintForms); !s)
        return s;
    print::LabelSheet s = sheet;
    s.name = s.name.trimmed();
    if (s.name.isEmpty())
        return Error::invalid(QStringLiteral("name"), {}, tr("A label sheet needs a name"));
    if (const QString why = s.problem(); !why.isEmpty())
        return Error::invalid(QStringLiteral("sheet"), s.name, why);
    return usecase::write(m_ctx, [&](usecase::Step& step) -> Status {
        if (auto st = step.transaction().begin(); !st)
            return st;
        auto raw = m_ctx.meta.get(QString::fromLatin1(kSheetsKey));
        if (!raw)
            return raw.error();
        QJsonArray saved = QJsonDocument::fromJson(raw->toUtf8()).array();
        QJsonArray next;
        for (const QJsonValue& v : saved)
            if (v.toObject().value(QStringLiteral("name")).toString() != s.name)
                next << v;
        next << s.toJson();
        if (auto st = m_ctx.meta.set(QString::fromLatin1(kSheetsKey),
                                     QString::fromUtf8(QJsonDocument(next).toJson(QJsonDocument::Compact)));
            !st)
            return st;
        step.audit(AuditAction::Configure, QStringLiteral("label_sheet"), 0, {},
                   auditDetail(QJsonObject{{QStringLiteral("sheet"), s.name}}));
        return {};
    });
}

Status PrintService::removeLabelSheet(const QString& name)
{
    return usecase::write(m_ctx, Permission::PrintForms, [&](usecase::Step& step) -> Status {
        if (auto st = step.transaction().begin(); !st)
            return st;
        auto raw = m_ctx.meta.get(QString::fromLatin1(kSheetsKey));
        if (!raw)
            return raw.error();
        QJsonArray next;
        bool found = false;
        for (const QJsonValue& v : QJsonDocument::fromJson(raw->toUtf8()).array()) {
            if (v.toObject().value(QStringLiteral("name")).toString() == name) {
                found = true;
                continue;
            }
            next << v;
        }
        if (!found)
            return Error::of(ErrorCode::NotFound,
                             tr("Only saved label sheets can be removed; %1 is not one").arg(name));
        if (auto st = m_ctx.meta.set(QString::fromLatin1(kSheetsKey),
                                     QString::fromUtf8(QJsonDocument(next).toJson(QJsonDocument::Compact)));
            !st)
            return st;
        step.audit(AuditAction::Configure, QStringLiteral("label_sheet"), 0, {},
                   auditDetail(QJsonObject{{QStringLiteral("sheet"), name},
                                           {QStringLiteral("op"), QStringLiteral("remove")}}));
        return {};
    });
}

} // namespace ar
