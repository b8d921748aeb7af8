// Self-inspection (issue #19 item 6, R48): each number is the length of the list the owning
// service gives, scoped to the asking role; the month's reconciliation covers every place (R44);
// the printable monthly sheet.
#include "InspectionWorld.h"

#include <QProcess>

using namespace ar;
using namespace ar::test;

namespace {

int countOf(const SelfInspection& si, const char* key)
{
    const InspectionItem* i = si.item(QString::fromLatin1(key));
    return i && i->shown ? i->count() : -1;
}

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The length of each list as the service that owns it gives it to the signed-in user.
QMap<QString, int> ownLists(Demo& d, const User& u)
{
    actAs(d.f, u);
    Archive& a = *d.f.archive;
    QMap<QString, int> n;
    int missingItems = 0;
    for (const Estate& e : a.estate().estates().value())
        missingItems += int(a.filing().missing(e.id).value().size());
    n[QStringLiteral("missing_items")] = missingItems;
    n[QStringLiteral("late_filings")] = int(a.filing().lateFilings().value().size());
    n[QStringLiteral("overdue")] = int(a.loans().overdue().value().size());
    LoanService::ListFilter lost;
    lost.statuses = {LoanStatus::Lost};
    int lostOnes = 0;
    for (const Loan& l : a.loans().list(lost).value())
        lostOnes += l.dossierStatus == QLatin1String("lost") ? 1 : 0; // not found again since (R34)
    n[QStringLiteral("lost")] = lostOnes;
    if (u.role != Role::Clerk)
        n[QStringLiteral("pending_approvals")] = int(a.loans().inbox().value().size());
    n[QStringLiteral("damaged")] = int(a.loanRegisters().damages(true).value().size());
    n[QStringLiteral("missing_dossiers")] = int(a.reconciliation().missing().value().size());
    n[QStringLiteral("destroy_candidates")] = int(a.destruction().candidates().value().size());
    n[QStringLiteral("held")] =
        count(a, QStringLiteral("SELECT COUNT(*) FROM dossier_holds WHERE released_at IS NULL"));
    if (u.role != Role::Clerk) {
        const QDate today = d.f.clock.today();
        const QDate first(today.year(), today.month(), 1);
        n[QStringLiteral("violations")] =
            int(a.violations().list({}, first, first.addMonths(1).addDays(-1)).value().size());
    }
    return n;
}

} // namespace

class TestServicesSelfInspection : public QObject
{
    Q_OBJECT

private slots:
    void R48_everyNumberIsTheLengthOfTheOwningServicesList();
    void R48_eachRoleSeesItsPart_othersAreRefused();
    void R44_R48_monthIsDoneOnlyWhenItsFinishedSessionsCoverEveryPlace();
    void R48_lastBackupAge();
    void R48_startScreenNumbersAreTheListsCountedByEstate();
    void R48_monthlySheetListsNumbersTruncatedListsAndSignatures();
    void R44_P7_monthlyReconciliationReport();
};

void TestServicesSelfInspection::R48_everyNumberIsTheLengthOfTheOwningServicesList()
{
    Demo d;
    for (const User& u : {d.leader, d.csManager, d.clerk}) {
        const SelfInspection si = d.inspect(u);
        const QMap<QString, int> own = ownLists(d, u);
        for (auto it = own.cbegin(); it != own.cend(); ++it)
            QVERIFY2(countOf(si, it.key().toLatin1().constData()) == it.value(),
                     qPrintable(QStringLiteral("%1 as %2: %3, its list %4")
                                    .arg(it.key(), u.login)
                                    .arg(countOf(si, it.key().toLatin1().constData()))
                                    .arg(it.value())));
        for (const InspectionItem& i : si.items)
            if (i.shown)
                for (const InspectionRow& r : i.rows)
                    QCOMPARE(r.cells.size(), i.columns.size());
    }
    // The leader's view has one of every kind: no number passes by being 0 on both sides.
    const SelfInspection all = d.inspect(d.leader);
    for (const InspectionItem& i : all.items)
        if (i.key != QLatin1String("reconciliation_uncovered"))
            QVERIFY2(i.shown && i.count() > 0, qPrintable(i.key));
    QCOMPARE(countOf(all, "lost"), 1);
    QCOMPARE(countOf(all, "held"), 1);
    QCOMPARE(countOf(all, "destroy_candidates"), 1);
    QCOMPARE(countOf(all, "violations"), 1);       // this month's; one more was last month
    QCOMPARE(countOf(all, "missing_dossiers"), 2); // the two folders shelf 1 is missing
    QCOMPARE(countOf(all, "reconciliation_missing"), 2);
    // Missing items (R11) by building add up to the number.
    int byBuilding = 0;
    for (const auto& b : all.missingByBuilding)
        byBuilding += b.second;
    QCOMPARE(byBuilding, countOf(all, "missing_items"));
    QVERIFY(!all.missingByBuilding.isEmpty());
}

// The start screen asks for the numbers only (issue #23: the missing items' list holds most
// dossiers of a large archive) and counts the missing items estate by estate: every number is
// still its list's length, and the estates' counts add up to the missing items' list — one line
// per dossier, however many items it misses.
void TestServicesSelfInspection::R48_startScreenNumbersAreTheListsCountedByEstate()
{
    Demo d;
    for (const User& u : {d.leader, d.csManager, d.clerk}) {
        actAs(d.f, u);
        SelfInspectionService& si = d.f.archive->selfInspection();
        const SelfInspection lists = si.inspect().value();
        const SelfInspection numbers = si.inspect({}, SelfInspectionService::Depth::Numbers).value();
        QCOMPARE(numbers.items.size(), lists.items.size());
        for (int k = 0; k < int(lists.items.size()); ++k) {
            const InspectionItem& n = numbers.items.at(k);
            const InspectionItem& l = lists.items.at(k);
            QCOMPARE(n.key, l.key);
            QCOMPARE(n.shown, l.shown);
            QVERIFY(!l.pending);
            if (n.key == QLatin1String("missing_items")) {
                QVERIFY(n.pending);
                QVERIFY(n.rows.isEmpty());
                continue;
            }
            QVERIFY2(!n.pending, qPrintable(n.key));
            QCOMPARE(n.count(), l.count());
        }
        int counted = 0;
        for (const Estate& e : d.f.archive->estate().estates().value())
            counted += si.missingItemsIn(e.id).value();
        QCOMPARE(counted, countOf(lists, "missing_items"));
        // Some dossier misses more than one item: counting items instead of dossiers would differ.
        int itemsMissing = 0;
        for (const Estate& e : d.f.archive->estate().estates().value())
            for (const auto& row : d.f.archive->filing().missing(e.id).value())
                itemsMissing += int(row.missing.size());
        QVERIFY2(itemsMissing > counted,
                 qPrintable(QStringLiteral("%1 items, %2 dossiers").arg(itemsMissing).arg(counted)));
    }
    actAs(d.f, d.staff);
    auto refused = d.f.archive->selfInspection().missingItemsIn(d.f.archive->estate().estates()->first().id);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
}

void TestServicesSelfInspection::R48_eachRoleSeesItsPart_othersAreRefused()
{
    Demo d;
    const SelfInspection clerk = d.inspect(d.clerk);
    // R23: heads decide; R49: managers and leaders record violations.
    QVERIFY(!clerk.item(QStringLiteral("pending_approvals"))->shown);
    QVERIFY(!clerk.item(QStringLiteral("violations"))->shown);
    QVERIFY(clerk.item(QStringLiteral("overdue"))->shown);
    QVERIFY(clerk.item(QStringLiteral("destroy_candidates"))->shown);
    // A manager sees the department's loans and damage: the 工程部 head not the 客服部 loans the
    // leader sees, but the damage of the 工程部 repair dossier.
    const SelfInspection leader = d.inspect(d.leader);
    const SelfInspection gc = d.inspect(d.gcManager);
    QVERIFY(countOf(leader, "overdue") > 0);
    int gcOverdue = 0;
    actAs(d.f, d.leader);
    for (const Loan& l : d.f.archive->loans().overdue().value())
        if (l.department == QStringLiteral("工程部") || l.approverDepartment == QStringLiteral("工程部"))
            ++gcOverdue;
    QCOMPARE(countOf(gc, "overdue"), gcOverdue);
    QCOMPARE(countOf(leader, "damaged"), 1);
    QCOMPARE(countOf(gc, "damaged"), 1); // the repair dossier is 工程部's (R2)
    QCOMPARE(countOf(d.inspect(d.csManager), "damaged"), 0);
    QVERIFY(countOf(leader, "pending_approvals") > countOf(gc, "pending_approvals"));
    for (const User& u : {d.staff, d.f.admin}) {
        actAs(d.f, u);
        auto refused = d.f.archive->selfInspection().inspect();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    }
    // A month that has not begun is bad input naming the month.
    actAs(d.f, d.leader);
    auto future = d.f.archive->selfInspection().inspect(d.f.clock.today().addMonths(1));
    QVERIFY(!future.ok());
    QCOMPARE(future.error().code, ErrorCode::InvalidInput);
    QCOMPARE(future.error().field, QStringLiteral("month"));
}

void TestServicesSelfInspection::R44_R48_monthIsDoneOnlyWhenItsFinishedSessionsCoverEveryPlace()
{
    Demo d;
    ReconSessionService& sessions = d.f.archive->reconSessions();
    const QString shelf2Path = QStringLiteral("档案室/A柜/第2层");
    // November: shelf 1 finished, shelf 2 (one folder left on it, one lost) not reconciled.
    SelfInspection si = d.inspect(d.clerk);
    QCOMPARE(si.reconciliation->state, QStringLiteral("partly"));
    QCOMPARE(si.reconciliation->finished, 1);
    QCOMPARE(si.reconciliation->uncovered.size(), 1);
    QCOMPARE(si.reconciliation->uncovered.at(0).locationId, d.shelf2);
    QCOMPARE(countOf(si, "reconciliation_uncovered"), 1);
    // An open session over shelf 2 does not cover it yet.
    actAs(d.f, d.clerk);
    auto open = sessions.start(shelf2Path);
    AR_VERIFY_OK(open);
    si = d.inspect(d.clerk);
    QCOMPARE(si.reconciliation->state, QStringLiteral("partly"));
    QCOMPARE(countOf(si, "reconciliation_sessions"), 2);
    // October: nothing.
    si = d.inspect(d.clerk, QDate(2026, 10, 15));
    QCOMPARE(si.reconciliation->state, QStringLiteral("not_started"));
    QCOMPARE(countOf(si, "reconciliation_sessions"), 0);
    // Finished in December, the shelf-2 session belongs to December, not to November.
    const QDateTime now = d.f.clock.now();
    actAs(d.f, d.clerk);
    for (const QString& no : d.second.mid(1))
        AR_VERIFY_OK(sessions.scan(open->id, no));
    d.f.clock.set(QDateTime(QDate(2026, 12, 1), QTime(9, 0), now.timeZone()));
    AR_VERIFY_OK(sessions.finish(open->id));
    si = d.inspect(d.clerk, QDate(2026, 11, 1));
    QCOMPARE(si.reconciliation->state, QStringLiteral("partly"));
    si = d.inspect(d.clerk);
    QCOMPARE(si.month, QDate(2026, 12, 1));
    QCOMPARE(si.reconciliation->state, QStringLiteral("partly")); // shelf 1 not checked in December
    QCOMPARE(si.reconciliation->uncovered.at(0).locationId, d.shelf1);
    // Shelf 1 in December too: done. The two missing were found missing again; the month's
    // count says what its sessions found, found ones not counted.
    actAs(d.f, d.clerk);
    auto again = sessions.start(QStringLiteral("档案室/A柜/第1层"));
    AR_VERIFY_OK(again);
    for (const QString& no : d.first.mid(0, 3))
        AR_VERIFY_OK(sessions.scan(again->id, no));
    AR_VERIFY_OK(sessions.finish(again->id));
    si = d.inspect(d.clerk);
    QCOMPARE(si.reconciliation->state, QStringLiteral("done"));
    QVERIFY(si.reconciliation->uncovered.isEmpty());
    QCOMPARE(countOf(si, "reconciliation_missing"), 1);
    QCOMPARE(si.reconciliation->missing.at(0).archiveNo, d.first.at(3));
    QCOMPARE(countOf(si, "missing_dossiers"), 1); // first.at(2) was found by the later scan
    // A place filled after the sessions is not covered: partly again. An empty place needs none.
    actAs(d.f, d.f.admin);
    const qint64 box =
        d.f.archive->places().addLocation(d.shelf2, QStringLiteral("box"), QStringLiteral("盒01")).value();
    const qint64 cab2 =
        d.f.archive->places().addLocation(0, QStringLiteral("room"), QStringLiteral("二号档案室")).value();
    Q_UNUSED(box);
    actAs(d.f, d.clerk);
    si = d.inspect(d.clerk);
    QCOMPARE(si.reconciliation->state, QStringLiteral("done")); // the box lies in shelf 2's range
    const QString late = d.open(QStringLiteral("repair"), QStringLiteral("2026年维修记录补"), 2026);
    AR_VERIFY_OK(d.f.archive->places().move(d.f.archive->dossiers().byArchiveNo(late)->id, cab2));
    si = d.inspect(d.clerk);
    QCOMPARE(si.reconciliation->state, QStringLiteral("partly"));
    QCOMPARE(si.reconciliation->uncovered.size(), 1);
    QCOMPARE(si.reconciliation->uncovered.at(0).locationId, cab2);
    QCOMPARE(si.reconciliation->uncovered.at(0).dossiers, 1);
}

void TestServicesSelfInspection::R48_lastBackupAge()
{
    if (test::onPostgres())
        QSKIP("makes a backup file, which a PostgreSQL archive refuses (pg_dump on the server)");
    Demo d;
    SelfInspection si = d.inspect(d.clerk);
    QVERIFY(!si.lastBackup.isValid());
    QCOMPARE(si.backupAgeHours(), qint64(-1));
    actAs(d.f, d.clerk);
    AR_VERIFY_OK(d.f.archive->backups().create(d.f.dir.filePath(QStringLiteral("a.arbackup"))));
    d.f.clock.advanceSecs(30 * 3600);
    si = d.inspect(d.leader);
    QVERIFY(si.lastBackup.isValid());
    QCOMPARE(si.backupAgeHours(), qint64(30));
}

void TestServicesSelfInspection::R48_monthlySheetListsNumbersTruncatedListsAndSignatures()
{
    Demo d;
    actAs(d.f, d.leader);
    const SelfInspection si = d.inspect(d.leader);
    const int missingItems = countOf(si, "missing_items");
    QVERIFY(missingItems > 3);
    auto doc = d.f.archive->selfInspection().sheet({}, 3);
    AR_VERIFY_OK(doc);
    QCOMPARE(doc->rows.size(), si.items.size());
    for (int i = 0; i < si.items.size(); ++i) {
        const InspectionItem& item = si.items.at(i);
        QCOMPARE(doc->rows.at(i).at(1), item.label);
        QCOMPARE(doc->rows.at(i).at(2), QString::number(item.count()));
        const QStringList lines = doc->rows.at(i).at(3).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), item.count() > 3 ? 4 : item.count());
        if (item.count() > 3)
            QCOMPARE(lines.last(), QStringLiteral("…and %1 more").arg(item.count() - 3));
    }
    QCOMPARE(doc->footer.size(), 3);
    // Printed: one page or more, the first 档号 of the lists on it, recorded.
    PrintRequest r;
    r.form = PrintForm::SelfInspection;
    const QString pdf = d.f.dir.filePath(QStringLiteral("sheet.pdf"));
    auto pages = d.f.archive->printing().toPdf(r, pdf);
    AR_VERIFY_OK(pages);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(si.item(QStringLiteral("held"))->rows.at(0).archiveNo), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Reviewed by")), qPrintable(text));
    QCOMPARE(count(*d.f.archive, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'print' AND "
                                                "detail LIKE '%self-inspection%'")),
             1);
    // The clerk's sheet says which parts are not theirs; staff may not print it.
    actAs(d.f, d.clerk);
    auto clerkDoc = d.f.archive->selfInspection().sheet({});
    AR_VERIFY_OK(clerkDoc);
    QCOMPARE(clerkDoc->rows.at(4).at(2), QStringLiteral("—"));
    actAs(d.f, d.staff);
    QCOMPARE(d.f.archive->printing().toPdf(r, pdf).error().code, ErrorCode::PermissionDenied);
}

void TestServicesSelfInspection::R44_P7_monthlyReconciliationReport()
{
    Demo d;
    ReconciliationService& rec = d.f.archive->reconciliation();
    ReconSessionService& sessions = d.f.archive->reconSessions();
    actAs(d.f, d.clerk);
    // A second session this month, over shelf 2, still open: not in the report, its shelf left.
    auto open = sessions.start(QStringLiteral("档案室/A柜/第2层"));
    AR_VERIFY_OK(open);
    auto doc = rec.monthReportDoc(d.f.clock.today());
    AR_VERIFY_OK(doc);
    QCOMPARE(doc->title, QStringLiteral("Monthly reconciliation report"));
    QVERIFY2(doc->subtitle.at(0).contains(QStringLiteral("partly done")) &&
                 doc->subtitle.at(0).contains(QStringLiteral("1 of 2")),
             qPrintable(doc->subtitle.at(0)));
    // The two missing of shelf 1's session, then shelf 2 not reconciled.
    QCOMPARE(doc->rows.size(), 3);
    QCOMPARE(doc->rows.at(0).at(2), d.first.at(2));
    QCOMPARE(doc->rows.at(1).at(2), d.first.at(3));
    QCOMPARE(doc->rows.at(0).at(4), QStringLiteral("missing"));
    QCOMPARE(doc->rows.at(2).at(5), QStringLiteral("档案室 › A柜 › 第2层"));
    QCOMPARE(doc->rows.at(2).at(4), QStringLiteral("not reconciled"));
    const QString pdf = d.f.dir.filePath(QStringLiteral("month.pdf"));
    PrintRequest report;
    report.form = PrintForm::Reconciliation;
    report.month = d.f.clock.today();
    AR_VERIFY_OK(d.f.archive->printing().toPdf(report, pdf));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(d.first.at(3)) && text.contains(QStringLiteral("第2层")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Reviewed by")), qPrintable(text));
    AR_VERIFY_OK(rec.monthReportXlsx(d.f.clock.today(), d.f.dir.filePath(QStringLiteral("month.xlsx"))));
    QCOMPARE(count(*d.f.archive,
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN ('print', 'export') "
                                  "AND detail LIKE '%\"month\"%'")),
             2);
    // October had none: an empty report that says so, with lines to fill in.
    doc = rec.monthReportDoc(QDate(2026, 10, 1));
    AR_VERIFY_OK(doc);
    QVERIFY(doc->subtitle.at(0).contains(QStringLiteral("not started")));
    QCOMPARE(doc->rows.size(), 2); // both shelves, not reconciled
    QCOMPARE(doc->rows.at(0).at(4), QStringLiteral("not reconciled"));
    // Staff may not print it.
    actAs(d.f, d.staff);
    QCOMPARE(rec.monthReportDoc(d.f.clock.today()).error().code, ErrorCode::PermissionDenied);
}

QTEST_MAIN(TestServicesSelfInspection)
#include "TestServicesSelfInspection.moc"
