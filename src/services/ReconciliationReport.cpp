// The reconciliation report (R44, P7): counts, the missing and misplaced dossiers with their
// places, and the signature lines, as an A4 table (src/print) and as a spreadsheet.
#include "ReconciliationService.h"

#include "AuditService.h"
#include "io/Xlsx.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QPdfWriter>

namespace ar {

namespace {

QString day(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().date().toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

// Rows of the report: every dossier that is not simply in place, by category.
QList<QStringList> rowsOf(const ReconTally& t)
{
    QList<QStringList> rows;
    const auto add = [&rows](const QList<ReconEntry>& list, const QString& what) {
        for (const ReconEntry& e : list)
            rows << QStringList{
                QString::number(rows.size() + 1), e.archiveNo, e.title, what, e.place, e.note};
    };
    add(t.missingList, ReconciliationService::resultLabel(QStringLiteral("missing")));
    add(t.misplacedList, ReconciliationService::resultLabel(QStringLiteral("misplaced")));
    add(t.onLoanList, ReconciliationService::resultLabel(QStringLiteral("on_loan")));
    add(t.destroyedList, ReconciliationService::resultLabel(QStringLiteral("destroyed")));
    add(t.unknownList, ReconciliationService::resultLabel(QStringLiteral("unknown")));
    return rows;
}

} // namespace

Result<print::TableDoc> ReconciliationService::reportDoc(qint64 sessionId)
{
    if (auto s = m_ctx.require(Permission::PrintForms); !s)
        return s.error();
    auto t = tally(sessionId);
    if (!t)
        return t.error();
    const ReconSession& s = t->session;
    print::TableDoc doc;
    doc.title = tr("Archive reconciliation report");
    doc.subtitle << tr("Session %1 — range: %2")
                        .arg(QString::number(s.id), s.scope.isEmpty() ? tr("the whole archive") : s.scope)
                 << tr("Started %1 by %2; %3")
                        .arg(day(s.startedAt), s.startedBy,
                             s.finished() ? tr("finished %1 by %2").arg(day(s.finishedAt), s.finishedBy)
                                          : tr("not finished: the missing are those not scanned so far"))
                 << tr("Expected %1, in place %2, misplaced %3, on loan %4, missing %5, unknown %6")
                        .arg(t->expected)
                        .arg(t->found)
                        .arg(t->misplaced)
                        .arg(t->onLoan)
                        .arg(t->missing)
                        .arg(t->unknown);
    if (t->destroyed > 0)
        doc.subtitle << tr("Destroyed dossiers scanned: %1").arg(t->destroyed);
    doc.rightNote = tr("Printed on %1").arg(m_ctx.clock.today().toString(QStringLiteral("yyyy-MM-dd")));
    doc.columns = {{tr("No."), 0.5, Qt::AlignCenter},     {tr("Archive no."), 2.2, Qt::AlignLeft, true},
                   {tr("Title"), 2.0, Qt::AlignLeft},     {tr("Result"), 1.2, Qt::AlignCenter},
                   {tr("Its place"), 2.4, Qt::AlignLeft}, {tr("Remarks"), 1.8, Qt::AlignLeft}};
    doc.rows = rowsOf(t.value());
    doc.blankRows = doc.rows.isEmpty() ? 3 : 0;
    doc.footer = {tr("Entries: %1").arg(doc.rows.size()), tr("Reconciled by (archive clerk):"),
                  tr("Reviewed by:")};
    doc.pageFormat = tr("Page %1 of %2");
    return doc;
}

Result<int> ReconciliationService::reportPdf(qint64 sessionId, const QString& path)
{
    auto doc = reportDoc(sessionId);
    if (!doc)
        return doc.error();
    const QFileInfo info(path);
    if (path.isEmpty() || !info.absoluteDir().exists())
        return Error::invalid(QStringLiteral("out"), path, tr("The folder of %1 does not exist").arg(path));
    const QString temp = path + QStringLiteral(".part");
    int pages = 0;
    {
        QPdfWriter writer(temp);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("ArchiveRoom"));
        writer.setTitle(doc->title);
        writer.setPageSize(QPageSize(QPageSize::A4));
        pages = print::renderTable(doc.value(), writer);
    }
    QFile written(temp);
    if (!written.exists() || written.size() == 0) {
        QFile::remove(temp);
        return Error::of(ErrorCode::Failed, tr("Cannot write %1").arg(path));
    }
    Transaction tx(m_ctx.db);
    const QJsonObject detail{{QStringLiteral("form"), QStringLiteral("reconciliation")},
                             {QStringLiteral("session"), sessionId},
                             {QStringLiteral("pages"), pages},
                             {QStringLiteral("entries"), int(doc->rows.size())},
                             {QStringLiteral("target"), QStringLiteral("pdf:") + info.fileName()}};
    if (auto s = AuditService(m_ctx).record(AuditAction::Print, QStringLiteral("print"), 0, {},
                                            auditDetail(detail));
        !s) {
        QFile::remove(temp);
        return s.error();
    }
    QFile::remove(path);
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        return Error::of(ErrorCode::Failed, tr("Cannot write %1").arg(path));
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return pages;
}

Status ReconciliationService::reportXlsx(qint64 sessionId, const QString& path)
{
    if (auto s = m_ctx.require(Permission::ExportLists); !s)
        return s;
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return Error::invalid(QStringLiteral("out"), path, tr("The file %1 must end in .xlsx").arg(path));
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Error::invalid(QStringLiteral("out"), path, tr("The folder of %1 does not exist").arg(path));
    auto doc = reportDoc(sessionId);
    if (!doc)
        return doc.error();
    QStringList header;
    for (const print::Column& c : doc->columns)
        header << c.header;
    // The counts and the range above the list, as on paper.
    QList<QStringList> rows;
    for (const QString& line : doc->subtitle)
        rows << QStringList{{}, line};
    rows << QStringList();
    rows << header;
    rows << doc->rows;
    Transaction tx(m_ctx.db);
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = AuditService(m_ctx).record(
            AuditAction::Export, QStringLiteral("list"), 0, {},
            auditDetail(QJsonObject{{QStringLiteral("list"), QStringLiteral("reconciliation")},
                                    {QStringLiteral("session"), sessionId},
                                    {QStringLiteral("rows"), int(doc->rows.size())},
                                    {QStringLiteral("file"), info.fileName()}}));
        !s)
        return s;
    if (auto s = io::writeXlsx(path, doc->title, {doc->title}, rows); !s)
        return s;
    return tx.commit();
}

} // namespace ar
