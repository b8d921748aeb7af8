// The reconciliation report (R44, P7): counts, the missing and misplaced dossiers with their
// places, and the signature lines, as an A4 table (src/print) and as a spreadsheet.
#include "ReconciliationService.h"
#include "ServiceDates.h"

#include "Context.h"

#include "AuditService.h"
#include "io/Xlsx.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace ar {

using svc::day;

namespace {

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
    auto t = m_sessions.tally(sessionId);
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

namespace {

// The report as a sheet: the lines above the table, then the table; recorded as an export.
Status writeXlsx(Context& ctx, const print::TableDoc& doc, const QString& path, QJsonObject detail)
{
    QStringList header;
    for (const print::Column& c : doc.columns)
        header << c.header;
    // The counts and the range above the list, as on paper.
    QList<QStringList> rows;
    for (const QString& line : doc.subtitle)
        rows << QStringList{{}, line};
    rows << QStringList();
    rows << header;
    rows << doc.rows;
    Transaction tx(ctx.db);
    if (auto s = tx.begin(); !s)
        return s;
    detail.insert(QStringLiteral("list"), QStringLiteral("reconciliation"));
    detail.insert(QStringLiteral("rows"), int(doc.rows.size()));
    detail.insert(QStringLiteral("file"), QFileInfo(path).fileName());
    if (auto s =
            AuditService(ctx).record(AuditAction::Export, QStringLiteral("list"), 0, {}, auditDetail(detail));
        !s)
        return s;
    if (auto s = io::writeXlsx(path, doc.title, {doc.title}, rows); !s)
        return s;
    return tx.commit();
}

Status checkXlsxTarget(const QString& path)
{
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return Error::invalid(QStringLiteral("out"), path,
                              ReconciliationService::tr("The file %1 must end in .xlsx").arg(path));
    if (!QFileInfo(path).absoluteDir().exists())
        return Error::invalid(QStringLiteral("out"), path,
                              ReconciliationService::tr("The folder of %1 does not exist").arg(path));
    return {};
}

} // namespace

Status ReconciliationService::reportXlsx(qint64 sessionId, const QString& path)
{
    if (auto s = m_ctx.require(Permission::ExportLists); !s)
        return s;
    if (auto s = checkXlsxTarget(path); !s)
        return s;
    auto doc = reportDoc(sessionId);
    if (!doc)
        return doc.error();
    return writeXlsx(m_ctx, doc.value(), path, {{QStringLiteral("session"), sessionId}});
}

Result<print::TableDoc> ReconciliationService::monthReportDoc(const QDate& day)
{
    if (auto s = m_ctx.require(Permission::PrintForms); !s)
        return s.error();
    auto m = month(day);
    if (!m)
        return m.error();
    print::TableDoc doc;
    doc.title = tr("Monthly reconciliation report");
    doc.subtitle << tr("Month %1: %2 — %3 of %4 sessions finished")
                        .arg(m->month.toString(QStringLiteral("yyyy-MM")), monthStateLabel(m->state))
                        .arg(m->finished)
                        .arg(m->sessions.size());
    int expected = 0, found = 0, misplaced = 0, onLoan = 0, unknown = 0;
    doc.columns = {{tr("No."), 0.5, Qt::AlignCenter},
                   {tr("Session"), 0.7, Qt::AlignCenter},
                   {tr("Archive no."), 2.2, Qt::AlignLeft, true},
                   {tr("Title"), 2.0, Qt::AlignLeft},
                   {tr("Result"), 1.2, Qt::AlignCenter},
                   {tr("Its place"), 2.4, Qt::AlignLeft},
                   {tr("Remarks"), 1.6, Qt::AlignLeft}};
    for (const ReconSession& s : m->sessions) {
        if (!s.finished())
            continue;
        auto t = m_sessions.tally(s.id);
        if (!t)
            return t.error();
        expected += t->expected;
        found += t->found;
        misplaced += t->misplaced;
        onLoan += t->onLoan;
        unknown += t->unknown;
        for (const QStringList& r : rowsOf(t.value()))
            doc.rows << QStringList{QString::number(doc.rows.size() + 1),
                                    QString::number(s.id),
                                    r.value(1),
                                    r.value(2),
                                    r.value(3),
                                    r.value(4),
                                    r.value(5)};
    }
    doc.subtitle
        << tr("Finished sessions together: expected %1, in place %2, misplaced %3, on loan %4, unknown %5; "
              "dossiers found missing %6")
               .arg(expected)
               .arg(found)
               .arg(misplaced)
               .arg(onLoan)
               .arg(unknown)
               .arg(m->missing.size());
    // The places left: listed as rows, so that none is cut off however many there are.
    doc.subtitle
        << (m->uncovered.isEmpty()
                ? tr("Every place that holds dossiers was reconciled")
                : tr("Places that hold dossiers and were not reconciled: %1").arg(m->uncovered.size()));
    for (const ReconPlace& p : m->uncovered)
        doc.rows << QStringList{QString::number(doc.rows.size() + 1),
                                QString(),
                                QString(),
                                QString(),
                                tr("not reconciled"),
                                p.path,
                                tr("%n dossier(s)", nullptr, p.dossiers)};
    doc.rightNote = tr("Printed on %1").arg(m_ctx.clock.today().toString(QStringLiteral("yyyy-MM-dd")));
    doc.blankRows = doc.rows.isEmpty() ? 3 : 0;
    doc.footer = {tr("Entries: %1").arg(doc.rows.size()), tr("Reconciled by (archive clerk):"),
                  tr("Reviewed by:")};
    doc.pageFormat = tr("Page %1 of %2");
    return doc;
}

Status ReconciliationService::monthReportXlsx(const QDate& day, const QString& path)
{
    if (auto s = m_ctx.require(Permission::ExportLists); !s)
        return s;
    if (auto s = checkXlsxTarget(path); !s)
        return s;
    auto doc = monthReportDoc(day);
    if (!doc)
        return doc.error();
    return writeXlsx(
        m_ctx, doc.value(), path,
        {{QStringLiteral("month"), QDate(day.year(), day.month(), 1).toString(QStringLiteral("yyyy-MM"))}});
}

} // namespace ar
