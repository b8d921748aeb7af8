#pragma once

#include "Forward.h"
#include "LoanRegisterService.h"
#include "LoanService.h"
#include "RegisterService.h"
#include "core/PrintDocument.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>

#include <optional>
#include <variant>

namespace ar {

// The printed forms of RULES P1–P6.
enum class PrintForm
{
    OwnerForm,       // P1 业主档案表
    TenantForm,      // P2 租户档案表
    DossierCatalog,  // P3 卷内目录: the items of one dossier
    FileCatalog,     // P3 归档文件目录: the items of a box, building or unit, in shelf order
    BorrowRegister,  // P4 档案借阅登记表
    CopyRegister,    // P5 资料文件借阅、复制记录表 ZC-05/B05
    Labels,          // P6 spine labels
    DestructionList, // P7 销毁清册 of a destruction batch (R43)
    SelfInspection,  // the monthly self-inspection sheet (R48)
    Reconciliation,  // P7 reconciliation report: one session, or a month (R44)
    Reminders,       // 催还单: a reminder slip per overdue loan (R35)
};
// "owner-form", "tenant-form", "catalog", "file-catalog", "borrow-register", "copy-register", "labels"
QString printFormCode(PrintForm f);
std::optional<PrintForm> printFormFromCode(const QString& code);
QString printFormLabel(PrintForm f);
QList<PrintForm> allPrintForms();

// What to print. Rooms are B-U-R; building and unit are the estate's codes.
struct PrintRequest
{
    PrintForm form = PrintForm::OwnerForm;
    QString estate;      // estate code; may be empty with one estate
    QString building;    // building code: all of it
    QString unit;        // unit code within the building
    QString room;        // one room, or the first of a range (labels)
    QString lastRoom;    // labels: the last room of the range, in shelf order
    QString archiveNo;   // one dossier
    QString location;    // catalog of a box: its path "档案室/A柜/3层/盒01"
    QString category;    // labels and catalogs: only this category
    QDate from, to;      // registers: the period
    qint64 batch = 0;    // the destruction list: its batch
    QDate month;         // the self-inspection sheet, the month's reconciliation: any day of its month
    qint64 session = 0;  // the reconciliation report of one session (else the month's)
    QList<qint64> loans; // reminder slips: these overdue loans (empty: every one the user sees)
    bool blank = false;  // forms: empty, for filling in by hand
    bool unmask = false; // forms: the full values (permission, reason; audited)
    QString reason;
    // Labels
    print::LabelSheet sheet = print::presetSheets().first();
    print::CodeKind code = print::CodeKind::Code128; // issue #20: every scanner reads it
    print::Calibration calibration;
    int skip = 0;
};

// A print made ready: the document, what it covers, whether it is masked.
struct PrintJob
{
    PrintRequest request;
    QString description; // "业主档案表 · 3-2-1201"
    std::variant<print::TableDoc, QList<print::PersonFormDoc>, QList<print::SpineLabel>,
                 QList<print::LetterDoc>>
        document;
    int entries = 0;        // rows, forms or labels
    QStringList archiveNos; // the dossiers whose data is on paper (forms): one audit record each
    QList<qint64> loanIds;  // reminder slips: the loans chased, one audit record each (with archiveNos)
    bool masked = true;
};

// Printing (P1–P6): gathers what a form shows, through the same permission checks and masking
// as the screen (R20), paints it with src/print and records every print (R27: what, who,
// how many pages).
class DestructionService;
class SelfInspectionService;
class ReconciliationService;

class PrintService
{
    Q_DECLARE_TR_FUNCTIONS(PrintService)

public:
    PrintService(Context& ctx, RegisterService& people, LoanService& loans,
                 LoanRegisterService& loanRegisters)
        : m_ctx(ctx), m_people(people), m_loans(loans), m_loanRegisters(loanRegisters)
    {
    }

    // Checks and loads; unmasking is recorded here, as the preview already shows the values.
    Result<PrintJob> prepare(const PrintRequest& r);
    // Paints the job; the number of pages.
    static Result<int> render(const PrintJob& job, QPagedPaintDevice& device);
    // A calibration page for a label sheet (P6): each label's outline and a cross at its centre,
    // and a 100 mm rule, shifted by `cal`; the number of pages. Nothing is recorded.
    static int renderCalibration(const print::LabelSheet& sheet, const print::Calibration& cal,
                                 QPagedPaintDevice& device);
    // The audit record of a print that went to `target` ("pdf:NAME" or "printer:NAME").
    Status recordPrint(const PrintJob& job, int pages, const QString& target);
    // prepare + render to a PDF file + record; the number of pages. Nothing is recorded when
    // the file cannot be written.
    Result<int> toPdf(const PrintRequest& r, const QString& path);
    // render to a PDF file + record, for a job made ready elsewhere (location labels).
    Result<int> jobToPdf(const PrintJob& job, const QString& path);

    // Labels of the locations (R15, issue #19 item 1): every room, cabinet, shelf and box under
    // `underPath` (a path or a location code; empty: all), each with its name large, its path and
    // the code on it (scancode::locationCode); a box's label also gives the range of 档号 it holds
    // (first – last in shelf order) and how many.
    Result<PrintJob> locationLabels(const QString& underPath, print::CodeKind code = print::CodeKind::Code128,
                                    const print::LabelSheet& sheet = print::presetSheets().first());

    // Label sheets: the presets and those saved in the archive (by name).
    Result<QList<print::LabelSheet>> labelSheets();
    Status saveLabelSheet(const print::LabelSheet& s);
    Status removeLabelSheet(const QString& name);
    Result<print::LabelSheet> labelSheet(const QString& name);

    // The destruction list (P7) is gathered by the destruction service (set by Archive).
    void setDestruction(DestructionService* d) { m_destruction = d; }
    // The self-inspection sheet (R48) is gathered by the self-inspection service.
    void setSelfInspection(SelfInspectionService* s) { m_selfInspection = s; }
    // The reconciliation report (P7, R44) is gathered by the reconciliation service.
    void setReconciliation(ReconciliationService* r) { m_reconciliation = r; }

private:
    Result<ShelfFilter> scope(const PrintRequest& r, QStringList* described);
    Result<PrintJob> personForms(const PrintRequest& r);
    Result<PrintJob> dossierCatalog(const PrintRequest& r);
    Result<PrintJob> fileCatalog(const PrintRequest& r);
    Result<PrintJob> borrowRegister(const PrintRequest& r);
    Result<PrintJob> copyRegister(const PrintRequest& r);
    Result<PrintJob> labels(const PrintRequest& r);
    Result<PrintJob> reminders(const PrintRequest& r);
    print::PersonFormDoc blankForm(bool owner) const;
    Status checkPeriod(const PrintRequest& r) const;

    Context& m_ctx;
    RegisterService& m_people;
    LoanService& m_loans;
    LoanRegisterService& m_loanRegisters; // the copy register
    DestructionService* m_destruction = nullptr;
    SelfInspectionService* m_selfInspection = nullptr;
    ReconciliationService* m_reconciliation = nullptr;
};

// 公开, 内部, 保密, 机密 for the stored codes.
QString securityLevelLabel(const QString& code);

} // namespace ar
