// Monthly reconciliation (issue #19, R44): sessions over a location subtree, scans classified and
// saved as they come, missing dossiers kept until a later scan finds them, the report (P7).
#include "LoanHelpers.h"

#include <QProcess>

using namespace ar;
using namespace ar::test;

namespace {

// An archive room with two shelves of finance dossiers (owned by 财务部): eight on the first
// shelf, three on the second; a leader and the finance manager.
struct Shelves
{
    Fixture f{Role::Clerk};
    User clerk;
    User leader;
    User finManager;
    User csManager;
    qint64 room = 0, shelf1 = 0, shelf2 = 0;
    QStringList first, second; // 档号 on each shelf
    const QString shelf1Path = QStringLiteral("一号档案室/A柜/第1层");
    const QString shelf2Path = QStringLiteral("一号档案室/A柜/第2层");

    Shelves()
    {
        clerk = f.user;
        leader = addAccount(f, Role::Leader, QStringLiteral("gm"), QStringLiteral("总经理办公室"));
        finManager = addAccount(f, Role::Manager, QStringLiteral("head-fin"), QStringLiteral("财务部"));
        csManager = addAccount(f, Role::Manager, QStringLiteral("head-cs"), QStringLiteral("客服部"));
        PlaceService& places = f.archive->places();
        actAs(f, f.admin);
        room = places.addLocation(0, QStringLiteral("room"), QStringLiteral("一号档案室")).value();
        const qint64 cab = places.addLocation(room, QStringLiteral("cabinet"), QStringLiteral("A柜")).value();
        shelf1 = places.addLocation(cab, QStringLiteral("shelf"), QStringLiteral("第1层")).value();
        shelf2 = places.addLocation(cab, QStringLiteral("shelf"), QStringLiteral("第2层")).value();
        actAs(f, clerk);
        for (int i = 0; i < 11; ++i) {
            const QString no =
                addDossier(f, QStringLiteral("finance"), QStringLiteral("2026年%1月收支凭证").arg(i + 1));
            const qint64 id = f.archive->context().dossiers.byArchiveNo(no)->id;
            if (!places.move(id, i < 8 ? shelf1 : shelf2))
                qFatal("cannot shelve %s", qPrintable(no));
            (i < 8 ? first : second) << no;
        }
    }
    ReconciliationService& rec() { return f.archive->reconciliation(); }
    ReconSessionService& sessions() { return f.archive->reconSessions(); }
    // Takes the dossier out on a loan to the leader (granted at once, R21, checked out at the desk).
    qint64 lend(const QString& no)
    {
        actAs(f, leader);
        LoanService::Request r;
        r.archiveNo = no;
        r.mode = AccessMode::Borrow;
        r.purpose = QStringLiteral("审计");
        auto l = f.archive->loans().request(r);
        actAs(f, clerk);
        if (!l || !f.archive->desk().checkOut(l->id))
            qFatal("cannot lend %s", qPrintable(no));
        return l->id;
    }
    QString result(qint64 session, const QString& code)
    {
        auto r = sessions().scan(session, code);
        return r ? r->scan.result : QStringLiteral("error: ") + r.error().message;
    }
};

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestServicesReconciliation : public QObject
{
    Q_OBJECT

private slots:
    void R44_shelfSessionReportsTwoMissingOneMisplacedOneOnLoan();
    void R44_eachScanIsClassifiedAtOnce();
    void R44_missingStaysUntilALaterScanFindsIt();
    void R44_scansAreSavedAsTheyComeAndASessionResumes();
    void R44_finishedSessionsAreReadOnly();
    void R44_R15_misplacedFolderMovesIntoTheSessionsPlaceWithHistory();
    void R34_R44_missingDossierWithoutALoanIsReportedLost();
    void R44_badInputSavesNothing();
    void R34_R44_lossReportedOnALoanClosesTheMissingRecord();
    void R49_violationsAreRecordedByManagersOnly();
};

void TestServicesReconciliation::R44_shelfSessionReportsTwoMissingOneMisplacedOneOnLoan()
{
    Shelves s;
    const qint64 loan = s.lend(s.first.at(0));
    auto session = s.sessions().start(s.shelf1Path);
    AR_VERIFY_OK(session);
    QCOMPARE(session->expected, 8); // the one on loan is still expected on this shelf
    // All but two of the shelf (first.at(6), first.at(7) are not scanned), the one on loan
    // (brought back without a check-in), and one folder from the other shelf.
    for (int i = 0; i < 6; ++i)
        s.result(session->id, s.first.at(i));
    auto misplaced = s.sessions().scan(session->id, s.second.at(0));
    AR_VERIFY_OK(misplaced);
    QCOMPARE(misplaced->scan.result, QStringLiteral("misplaced"));
    QCOMPARE(misplaced->scan.place, QStringLiteral("一号档案室 › A柜 › 第2层")); // its right place
    auto t = s.sessions().finish(session->id);
    AR_VERIFY_OK(t);
    QCOMPARE(t->expected, 8);
    QCOMPARE(t->found, 5);
    QCOMPARE(t->missing, 2);
    QCOMPARE(t->misplaced, 1);
    QCOMPARE(t->onLoan, 1);
    QCOMPARE(t->unknown, 0);
    QCOMPARE(t->missingList.size(), 2);
    QCOMPARE(t->missingList.at(0).archiveNo, s.first.at(6));
    QCOMPARE(t->missingList.at(1).archiveNo, s.first.at(7));
    QCOMPARE(t->misplacedList.at(0).archiveNo, s.second.at(0));
    QVERIFY(t->onLoanList.at(0).note.contains(QString::number(loan)));
    // The missing ones are recorded; the one on loan is not missing.
    QVERIFY(s.rec().missingSince(s.f.archive->context().dossiers.byArchiveNo(s.first.at(6))->id)->isValid());
    QVERIFY(!s.rec().missingSince(s.f.archive->context().dossiers.byArchiveNo(s.first.at(0))->id)->isValid());

    const QString pdf = s.f.dir.filePath(QStringLiteral("rec.pdf"));
    PrintRequest report;
    report.form = PrintForm::Reconciliation;
    report.session = session->id;
    auto pages = s.f.archive->printing().toPdf(report, pdf);
    AR_VERIFY_OK(pages);
    QCOMPARE(pages.value(), 1);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(s.first.at(6)) && text.contains(s.first.at(7)), qPrintable(text));
    QVERIFY2(text.contains(s.second.at(0)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("第2层")), qPrintable(text)); // the misplaced one's right place
    QVERIFY2(!text.contains(s.first.at(1)), qPrintable(text));          // found ones are not listed
    QCOMPARE(count(*s.f.archive, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'print' AND "
                                                "detail LIKE '%reconciliation%'")),
             1);
    const QString xlsx = s.f.dir.filePath(QStringLiteral("rec.xlsx"));
    AR_VERIFY_OK(s.rec().reportXlsx(session->id, xlsx));
    QVERIFY(QFileInfo(xlsx).size() > 0);
}

void TestServicesReconciliation::R44_eachScanIsClassifiedAtOnce()
{
    Shelves s;
    s.lend(s.first.at(1));
    // A dossier that was destroyed (built on another branch; here its status is set directly).
    const qint64 gone = s.f.archive->context().dossiers.byArchiveNo(s.first.at(2))->id;
    QVERIFY(s.f.archive->context().dossiers.setStatus(gone, QStringLiteral("destroyed")));
    auto session = s.sessions().start(s.shelf1Path);
    AR_VERIFY_OK(session);
    QCOMPARE(session->expected, 7); // not the destroyed one
    QCOMPARE(s.result(session->id, s.first.at(0)), QStringLiteral("found"));
    QCOMPARE(s.result(session->id, QStringLiteral("  ") + s.first.at(3) + QStringLiteral("\n")),
             QStringLiteral("found")); // the scanner's Enter and stray spaces
    QCOMPARE(s.result(session->id, s.first.at(0)), QStringLiteral("duplicate"));
    QCOMPARE(s.result(session->id, s.first.at(1)), QStringLiteral("on_loan"));
    QCOMPARE(s.result(session->id, s.first.at(2)), QStringLiteral("destroyed"));
    QCOMPARE(s.result(session->id, s.second.at(1)), QStringLiteral("misplaced"));
    QCOMPARE(s.result(session->id, QStringLiteral("Z109-XX·2026-Y-9999")), QStringLiteral("unknown"));
    QCOMPARE(s.result(session->id, QStringLiteral("Z109-XX·2026-Y-9999")), QStringLiteral("duplicate"));
    // The whole cabinet contains both shelves: the same folder is in place there.
    auto cabinet = s.sessions().start(QStringLiteral("一号档案室/A柜"));
    AR_VERIFY_OK(cabinet);
    QCOMPARE(cabinet->expected, 10);
    QCOMPARE(s.result(cabinet->id, s.second.at(1)), QStringLiteral("found"));
    auto scans = s.sessions().scans(session->id);
    AR_VERIFY_OK(scans);
    QCOMPARE(scans->size(), 8);
    QVERIFY(scans->at(3).note.contains(QStringLiteral("gm")));
}

void TestServicesReconciliation::R44_missingStaysUntilALaterScanFindsIt()
{
    Shelves s;
    const qint64 lostId = s.f.archive->context().dossiers.byArchiveNo(s.first.at(7))->id;
    setDay(s.f, QDate(2026, 11, 2));
    auto november = s.sessions().start(s.shelf1Path);
    for (int i = 0; i < 7; ++i)
        s.result(november->id, s.first.at(i));
    AR_VERIFY_OK(s.sessions().finish(november->id));
    QCOMPARE(s.rec().missingSince(lostId).value(), QDate(2026, 11, 2));
    // The managers see it: the owning department's manager and a leader, not another department's.
    actAs(s.f, s.finManager);
    QCOMPARE(s.rec().missing()->size(), 1);
    QCOMPARE(s.rec().missing()->first().archiveNo, s.first.at(7));
    actAs(s.f, s.csManager);
    QCOMPARE(s.rec().missing()->size(), 0);
    actAs(s.f, s.leader);
    QCOMPARE(s.rec().missing()->size(), 1);
    actAs(s.f, s.clerk);

    // December: a session of another shelf, and one of the same shelf that misses it again: it
    // stays missing since November (not since December).
    setDay(s.f, QDate(2026, 12, 1));
    auto other = s.sessions().start(s.shelf2Path);
    s.result(other->id, s.second.at(0));
    AR_VERIFY_OK(s.sessions().finish(other->id));
    auto again = s.sessions().start(s.shelf1Path);
    AR_VERIFY_OK(s.sessions().finish(again->id));
    QCOMPARE(s.rec().missingSince(lostId).value(), QDate(2026, 11, 2));
    QCOMPARE(count(*s.f.archive,
                   QStringLiteral("SELECT COUNT(*) FROM missing_dossiers WHERE dossier_id = ? AND "
                                  "resolved_at IS NULL"),
                   {lostId}),
             1);
    // A later scan in any session finds it (here the whole archive's): no longer missing.
    setDay(s.f, QDate(2026, 12, 5));
    auto whole = s.sessions().start({});
    AR_VERIFY_OK(whole);
    auto found = s.sessions().scan(whole->id, s.first.at(7));
    AR_VERIFY_OK(found);
    QCOMPARE(found->scan.result, QStringLiteral("found"));
    QCOMPARE(found->wasMissingSince, QDate(2026, 11, 2));
    QVERIFY(!s.rec().missingSince(lostId)->isValid());
    actAs(s.f, s.finManager);
    // December's sessions missed the rest of the first shelf (7) and two of the second.
    QCOMPARE(s.rec().missing()->size(), 9);
    for (const MissingDossier& m : s.rec().missing().value())
        QVERIFY(m.archiveNo != s.first.at(7));
}

void TestServicesReconciliation::R44_scansAreSavedAsTheyComeAndASessionResumes()
{
    Shelves s;
    auto one = s.sessions().start(s.shelf1Path);
    auto two = s.sessions().start(s.shelf2Path); // a second clerk on the other shelf at the same time
    AR_VERIFY_OK(one);
    AR_VERIFY_OK(two);
    s.result(one->id, s.first.at(0));
    s.result(two->id, s.second.at(0));
    s.result(one->id, s.first.at(1));
    // The window is closed (the archive closed) without finishing: everything scanned is kept.
    const qint64 sessionId = one->id;
    s.f.archive.reset();
    auto reopened = Archive::open(s.f.dbPath(), &s.f.clock);
    AR_VERIFY_OK(reopened);
    s.f.archive = std::move(reopened).value();
    AR_VERIFY_OK(s.f.archive->accounts().signIn(s.clerk.login, QStringLiteral("desk-pass-123")));
    auto sessions = s.sessions().sessions();
    AR_VERIFY_OK(sessions);
    QCOMPARE(sessions->size(), 2);
    auto resumed = s.sessions().session(sessionId);
    QCOMPARE(resumed->status, QStringLiteral("open"));
    QCOMPARE(resumed->scanned, 2);
    QCOMPARE(s.result(sessionId, s.first.at(0)), QStringLiteral("duplicate")); // known after resuming
    for (int i = 2; i < 8; ++i)
        QCOMPARE(s.result(sessionId, s.first.at(i)), QStringLiteral("found"));
    auto t = s.sessions().finish(sessionId);
    AR_VERIFY_OK(t);
    QCOMPARE(t->found, 8);
    QCOMPARE(t->missing, 0);
    // The other shelf's session is still open and its scan is its own.
    auto other = s.sessions().tally(two->id);
    QCOMPARE(other->session.status, QStringLiteral("open"));
    QCOMPARE(other->found, 1);
    QCOMPARE(other->missing, 2); // live: not scanned so far
}

void TestServicesReconciliation::R44_finishedSessionsAreReadOnly()
{
    Shelves s;
    auto session = s.sessions().start(s.shelf1Path);
    s.result(session->id, s.second.at(0));
    AR_VERIFY_OK(s.sessions().finish(session->id));
    const int scans = count(*s.f.archive, QStringLiteral("SELECT COUNT(*) FROM reconciliation_scans"));
    auto late = s.sessions().scan(session->id, s.first.at(0));
    QVERIFY(!late);
    QCOMPARE(late.error().code, ErrorCode::Conflict);
    QCOMPARE(s.sessions().finish(session->id).error().code, ErrorCode::Conflict);
    QCOMPARE(s.sessions().moveHere(session->id, s.second.at(0)).error().code, ErrorCode::Conflict);
    QCOMPARE(count(*s.f.archive, QStringLiteral("SELECT COUNT(*) FROM reconciliation_scans")), scans);
    QCOMPARE(count(*s.f.archive, QStringLiteral("SELECT COUNT(*) FROM missing_dossiers")), 8);
    // Reading it stays possible: the managers and leaders read, only the clerk works.
    actAs(s.f, s.finManager);
    AR_VERIFY_OK(s.sessions().tally(session->id));
    QCOMPARE(s.sessions().start(s.shelf2Path).error().code, ErrorCode::PermissionDenied);
}

void TestServicesReconciliation::R44_R15_misplacedFolderMovesIntoTheSessionsPlaceWithHistory()
{
    Shelves s;
    auto session = s.sessions().start(s.shelf1Path);
    QCOMPARE(s.result(session->id, s.second.at(2)), QStringLiteral("misplaced"));
    AR_VERIFY_OK(s.sessions().moveHere(session->id, s.second.at(2)));
    auto d = s.f.archive->context().dossiers.byArchiveNo(s.second.at(2));
    QCOMPARE(d->locationId, s.shelf1);
    auto view = s.f.archive->dossiers().view(d->id);
    AR_VERIFY_OK(view);
    bool moved = false;
    for (const HistoryEntry& h : view->history)
        moved =
            moved || (h.field == QStringLiteral("location") && h.newValue.contains(QStringLiteral("第1层")) &&
                      h.oldValue.contains(QStringLiteral("第2层")));
    QVERIFY(moved);
    auto t = s.sessions().tally(session->id);
    QCOMPARE(t->misplacedList.first().note, ReconciliationService::tr("moved here"));
    // Only a folder scanned as misplaced here can be moved by the session.
    QCOMPARE(s.sessions().moveHere(session->id, s.second.at(1)).error().field, QStringLiteral("archive_no"));
    QCOMPARE(s.f.archive->context().dossiers.byArchiveNo(s.second.at(1))->locationId, s.shelf2);
}

void TestServicesReconciliation::R34_R44_missingDossierWithoutALoanIsReportedLost()
{
    Shelves s;
    auto session = s.sessions().start(s.shelf2Path);
    s.result(session->id, s.second.at(0));
    s.result(session->id, s.second.at(1));
    AR_VERIFY_OK(s.sessions().finish(session->id));
    // Not missing: refused, nothing changes.
    QCOMPARE(s.rec().reportLost(s.second.at(0), QStringLiteral("找不到")).error().code, ErrorCode::Conflict);
    QCOMPARE(dossierStatus(s.f, s.second.at(0)), QStringLiteral("filed"));
    QCOMPARE(s.rec().reportLost(s.second.at(2), QStringLiteral("  ")).error().field,
             QStringLiteral("report"));
    // Another department's manager may not; the owning department's may.
    actAs(s.f, s.csManager);
    QCOMPARE(s.rec().reportLost(s.second.at(2), QStringLiteral("多方查找未果")).error().code,
             ErrorCode::PermissionDenied);
    actAs(s.f, s.finManager);
    auto lost = s.rec().reportLost(s.second.at(2), QStringLiteral("多方查找未果，已报告总经理"));
    AR_VERIFY_OK(lost);
    QCOMPARE(lost->status, QStringLiteral("lost"));
    QVERIFY(!s.rec().missingSince(lost->id)->isValid());
    QCOMPARE(
        count(*s.f.archive,
              QStringLiteral("SELECT COUNT(*) FROM change_history WHERE entity = 'dossier' AND entity_id = ? "
                             "AND field = 'lost_report'"),
              {lost->id}),
        1);
    QCOMPARE(count(*s.f.archive,
                   QStringLiteral("SELECT COUNT(*) FROM missing_dossiers WHERE resolved_how = 'lost'")),
             1);
}

void TestServicesReconciliation::R44_badInputSavesNothing()
{
    Shelves s;
    auto bad = s.sessions().start(QStringLiteral("一号档案室/Z柜"));
    QVERIFY(!bad);
    QCOMPARE(bad.error().field, QStringLiteral("location"));
    QVERIFY(bad.error().message.contains(QStringLiteral("Z柜")));
    QCOMPARE(count(*s.f.archive, QStringLiteral("SELECT COUNT(*) FROM reconciliation_sessions")), 0);
    auto session = s.sessions().start(s.shelf1Path);
    QCOMPARE(s.sessions().scan(session->id, QStringLiteral("  ")).error().field, QStringLiteral("code"));
    QCOMPARE(s.sessions().scan(999, s.first.at(0)).error().code, ErrorCode::NotFound);
    QCOMPARE(count(*s.f.archive, QStringLiteral("SELECT COUNT(*) FROM reconciliation_scans")), 0);
}

void TestServicesReconciliation::R34_R44_lossReportedOnALoanClosesTheMissingRecord()
{
    Shelves s;
    auto session = s.sessions().start(s.shelf2Path);
    AR_VERIFY_OK(s.sessions().finish(session->id));
    const qint64 id = s.f.archive->context().dossiers.byArchiveNo(s.second.at(0))->id;
    QVERIFY(s.rec().missingSince(id)->isValid());
    // Found by someone without a reconciliation scan and lent out; then lost on that loan.
    const qint64 loan = s.lend(s.second.at(0));
    QCOMPARE(s.rec().reportLost(s.second.at(0), QStringLiteral("借出后遗失")).error().code,
             ErrorCode::Conflict);
    QVERIFY(s.rec().missingSince(id)->isValid());
    AR_VERIFY_OK(s.f.archive->desk().reportLost(loan, QStringLiteral("借阅人遗失，已报告")));
    QVERIFY(!s.rec().missingSince(id)->isValid());
    QCOMPARE(s.rec().missing()->size(), 2);
}

void TestServicesReconciliation::R49_violationsAreRecordedByManagersOnly()
{
    Shelves s;
    ViolationService& v = s.f.archive->violations();
    const qint64 loan = s.lend(s.first.at(0));
    ViolationService::Input in;
    in.person = QStringLiteral("李四");
    in.what = QStringLiteral("借出档案逾期未还");
    in.measure = QStringLiteral("罚款");
    in.amount = QStringLiteral("100");
    in.loanId = loan;
    in.archiveNo = s.first.at(0);
    // The clerk and other roles neither record nor read them.
    for (Role role : {Role::Clerk, Role::Staff, Role::Assistant, Role::Admin}) {
        actAs(s.f, role == Role::Clerk ? s.clerk : (role == Role::Admin ? s.f.admin : s.f.becomeRole(role)));
        QCOMPARE(v.add(in).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(v.list().error().code, ErrorCode::PermissionDenied);
    }
    QCOMPARE(count(*s.f.archive, QStringLiteral("SELECT COUNT(*) FROM violations")), 0);
    // Bad input is refused with the field and nothing is saved.
    actAs(s.f, s.finManager);
    ViolationService::Input bad = in;
    bad.amount.clear();
    QCOMPARE(v.add(bad).error().field, QStringLiteral("amount")); // a fine needs its amount
    bad = in;
    bad.measure = QStringLiteral("警告");
    QCOMPARE(v.add(bad).error().field, QStringLiteral("amount")); // only a fine has one
    bad = in;
    bad.measure = QStringLiteral("开除");
    QCOMPARE(v.add(bad).error().field, QStringLiteral("measure"));
    bad = in;
    bad.loanId = 999;
    QCOMPARE(v.add(bad).error().field, QStringLiteral("loan"));
    bad = in;
    bad.person = QStringLiteral(" ");
    QCOMPARE(v.add(bad).error().field, QStringLiteral("person"));
    QCOMPARE(count(*s.f.archive, QStringLiteral("SELECT COUNT(*) FROM violations")), 0);
    // A manager records; a leader records and sees every one.
    auto fine = v.add(in);
    AR_VERIFY_OK(fine);
    QCOMPARE(fine->amountFen, 10000);
    QCOMPARE(fine->decidedBy, s.finManager.displayName);
    actAs(s.f, s.leader);
    ViolationService::Input warning;
    warning.person = QStringLiteral("王五");
    warning.what = QStringLiteral("私自转借档案");
    warning.measure = QStringLiteral("记过");
    AR_VERIFY_OK(v.add(warning));
    auto all = v.list();
    AR_VERIFY_OK(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(1).measure, QStringLiteral("罚款"));
    QCOMPARE(all->at(1).archiveNo, s.first.at(0));
    QCOMPARE(all->at(1).loanId, loan);
    QCOMPARE(v.list(QStringLiteral("李四"))->size(), 1);
    QCOMPARE(count(*s.f.archive, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'violation'")),
             2);
}

QTEST_MAIN(TestServicesReconciliation)
#include "TestServicesReconciliation.moc"
