// Borrowing (issue #5): requests decided by the access matrix, approvals, the desk, due dates
// on the working-day calendar, extensions, overdue, loss, damage, copies, visits and owners'
// requests. Each slot names the rule it proves; the clock is fixed (Fixture).
#include "LoanHelpers.h"
#include "TestSql.h"

#include <QColor>
#include <QDirIterator>
#include <QImage>

using namespace ar;
using namespace ar::test;

namespace {

struct Desk
{
    Fixture f{Role::Clerk};
    User clerk;
    User staff;      // 客服部
    User csManager;  // 客服部 head
    User engManager; // 工程部 head
    User finManager; // 财务部 head
    User leader;
    QString ownerNo;   // owner dossier of 3-2-1201 (客服部)
    QString financeNo; // 财务 dossier (财务部)

    Desk()
    {
        clerk = f.user;
        staff = addAccount(f, Role::Staff, QStringLiteral("staff-cs"), QStringLiteral("客服部"));
        csManager = addAccount(f, Role::Manager, QStringLiteral("head-cs"), QStringLiteral("客服部"));
        engManager = addAccount(f, Role::Manager, QStringLiteral("head-eng"), QStringLiteral("工程部"));
        finManager = addAccount(f, Role::Manager, QStringLiteral("head-fin"), QStringLiteral("财务部"));
        leader = addAccount(f, Role::Leader, QStringLiteral("gm"), QStringLiteral("总经理办公室"));
        f.makeSmallEstate();
        actAs(f, clerk);
        auto reg = f.archive->people().registerPerson(wangXiaoming(f.roomId(QStringLiteral("3-2-1201"))));
        if (!reg)
            qFatal("register: %s", qPrintable(reg.error().message));
        ownerNo = reg->archiveNo;
        financeNo = addDossier(f, QStringLiteral("finance"), QStringLiteral("2026年9月收支凭证"));
    }
    LoanService& loans() { return f.archive->loans(); }
    LoanDeskService& desk() { return f.archive->desk(); }
    LoanRegisterService& loanRegisters() { return f.archive->loanRegisters(); }
    WorkCalendarService& calendar() { return f.archive->calendar(); }
    Result<Loan> ask(const User& who, const QString& no, AccessMode mode = AccessMode::Borrow,
                     const QString& purpose = QStringLiteral("核对资料"))
    {
        actAs(f, who);
        LoanService::Request r;
        r.archiveNo = no;
        r.mode = mode;
        r.purpose = purpose;
        return loans().request(r);
    }
    int audits(const QString& action)
    {
        return count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"), {action});
    }
};

} // namespace

class TestServicesLoans : public QObject
{
    Q_OBJECT

private slots:
    void R23_staffOwnerDossierWaitsForCustomerServiceHeadAndIsDueTheSameDay();
    void R2_R23_onlyTheApprovingHeadOrALeaderDecides();
    void R23_rejectionNeedsAReasonAndIsFinal();
    void R30_requestStatesPurposeAndNothingIsSavedWithout();
    void R30_wantedReturnShortensTheDueDate();
    void R21_leaderTakeOutIsGrantedAtOnceAndStillRegistered();
    void R31_financeLoanSkipsNationalDay2026();
    void R31_ownerAndTenantDossiersAreDueTheSameDayEvenOnAHoliday();
    void R31_yearWithoutCalendarWarnsUntilAnAdministratorLoadsIt();
    void R24_stateOrganVisitIsRegisteredAndNeverTakenOut();
    void R24_visitNeedsTheConsentOfALeaderOrTheOwningHead();
    void R33_oneDossierIsNeverOutTwice();
    void R33_R45_damagedReturnOpensADamageRecordForTheManager();
    void R33_deskChecksOutAndInByArchiveNumber();
    void R32_extensionAskedBeforeTheDueDateAndApprovedByTheResponsibleHead();
    void R32_extensionAfterTheDueDateIsRefused();
    void R34_lostLoanKeepsTheReportAndTellsTheManager();
    void R35_overdueListByDepartmentWithDaysOverdue();
    void R35_overdueBorrowersOfADepartmentSortByPinyin();
    void R25_copyNeedsApprovalAndIsRegisteredInZc05();
    void R47_ownerRequestIsRegisteredAndAnswered();
    void R27_everyStepIsAudited();
    void R20_administratorAndOtherRolesAreKeptOut();
    void R35_demoHasLoansInEveryStateTheDeskMeets();
    void R2_R23_anotherDepartmentsStaffWaitsForTheOwningHead();
    void R25_R32_nobodyApprovesTheirOwnRequest();
    void R42_R6_returnAfterAnOwnerChangeLeavesTheDossierFormerOwner();
    void R34_R42_lostStaysLostUntilFound();
    void R24_visitOnlyForADossierInTheRoom();
    void R45_damageFoundAtADailyCheckGoesToTheOwningManager();
    void R45_photoOfTheDamageIsStoredEncryptedAndSeenByItsManager();
    void R45_aFileThatIsNoImageIsRefusedAndNothingIsSaved();
    void R27_aRuleRefusalInsideAServiceIsTraced();
    void R27_freeTextIsNotCopiedIntoTheTrail();
};

void TestServicesLoans::R23_staffOwnerDossierWaitsForCustomerServiceHeadAndIsDueTheSameDay()
{
    Desk d;
    auto asked = d.ask(d.staff, d.ownerNo);
    AR_VERIFY_OK(asked);
    QCOMPARE(asked->status, LoanStatus::Pending); // R23
    QCOMPARE(asked->rule, QStringLiteral("R23"));
    QCOMPARE(asked->approverDepartment, QStringLiteral("客服部"));
    QVERIFY(asked->approverName.contains(QStringLiteral("head-cs")));

    // The 客服部 head sees it in the inbox and approves.
    actAs(d.f, d.csManager);
    auto inbox = d.loans().inbox();
    AR_VERIFY_OK(inbox);
    QCOMPARE(inbox->size(), 1);
    QCOMPARE(inbox->first().id, asked->id);
    auto approved = d.loans().approve(asked->id);
    AR_VERIFY_OK(approved);
    QCOMPARE(approved->status, LoanStatus::Approved);
    QCOMPARE(approved->approverName, QStringLiteral("head-cs"));
    AR_VERIFY_OK(d.loans().inbox());
    QVERIFY(d.loans().inbox()->isEmpty());

    // Checked out by scanning the spine label (the 档号), due back the same day (R31).
    actAs(d.f, d.clerk);
    auto out = d.desk().checkOutByArchiveNo(d.ownerNo, QStringLiteral("staff-cs"));
    AR_VERIFY_OK(out);
    QCOMPARE(out->id, asked->id);
    QCOMPARE(out->status, LoanStatus::Out);
    QCOMPARE(out->due, QDate(2026, 11, 27));
    QCOMPARE(dossierStatus(d.f, d.ownerNo), QStringLiteral("on_loan"));

    auto back = d.desk().giveBackByArchiveNo(d.ownerNo, ReturnCondition::Complete);
    AR_VERIFY_OK(back);
    QCOMPARE(back->status, LoanStatus::Returned);
    QCOMPARE(back->returnCondition, QStringLiteral("complete"));
    QCOMPARE(dossierStatus(d.f, d.ownerNo), QStringLiteral("open"));
}

void TestServicesLoans::R2_R23_onlyTheApprovingHeadOrALeaderDecides()
{
    Desk d;
    auto asked = d.ask(d.staff, d.ownerNo);
    AR_VERIFY_OK(asked);
    for (const User& u : {d.engManager, d.clerk, d.staff}) {
        actAs(d.f, u);
        auto r = d.loans().approve(asked->id);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::PermissionDenied);
    }
    actAs(d.f, d.engManager);
    QVERIFY(d.loans().inbox()->isEmpty()); // not 工程部's request
    actAs(d.f, d.leader);
    QCOMPARE(d.loans().inbox()->size(), 1); // leaders see all
    AR_VERIFY_OK(d.loans().approve(asked->id));
    // Nothing left to decide.
    auto again = d.loans().approve(asked->id);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
}

void TestServicesLoans::R23_rejectionNeedsAReasonAndIsFinal()
{
    Desk d;
    auto asked = d.ask(d.staff, d.ownerNo);
    AR_VERIFY_OK(asked);
    actAs(d.f, d.csManager);
    auto noReason = d.loans().reject(asked->id, QStringLiteral("  "));
    QVERIFY(!noReason.ok());
    QCOMPARE(noReason.error().field, QStringLiteral("reason"));
    auto rejected = d.loans().reject(asked->id, QStringLiteral("与工作无关"));
    AR_VERIFY_OK(rejected);
    QCOMPARE(rejected->status, LoanStatus::Rejected);
    QCOMPARE(rejected->decisionReason, QStringLiteral("与工作无关"));
    // The requester sees the outcome.
    actAs(d.f, d.staff);
    auto mine = d.loans().list({false, true, {}, {}});
    AR_VERIFY_OK(mine);
    QCOMPARE(mine->size(), 1);
    QCOMPARE(mine->first().status, LoanStatus::Rejected);
    actAs(d.f, d.clerk);
    auto out = d.desk().checkOut(asked->id);
    QVERIFY(!out.ok());
    QCOMPARE(out.error().code, ErrorCode::Conflict);
}

void TestServicesLoans::R30_requestStatesPurposeAndNothingIsSavedWithout()
{
    Desk d;
    const int before = count(*d.f.archive, QStringLiteral("SELECT COUNT(*) FROM loans"));
    const int auditsBefore = count(*d.f.archive, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    auto r = d.ask(d.staff, d.ownerNo, AccessMode::Borrow, QStringLiteral("   "));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QCOMPARE(r.error().field, QStringLiteral("purpose"));
    auto unknown = d.ask(d.staff, QStringLiteral("Z109-YZ·2026-Y-9999"));
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    QCOMPARE(count(*d.f.archive, QStringLiteral("SELECT COUNT(*) FROM loans")), before);
    QCOMPARE(count(*d.f.archive, QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditsBefore);
    // Borrower, department and purpose are stored with the request.
    auto ok = d.ask(d.staff, d.ownerNo, AccessMode::Borrow, QStringLiteral("核对业主电话"));
    AR_VERIFY_OK(ok);
    QCOMPARE(ok->borrowerLogin, QStringLiteral("staff-cs"));
    QCOMPARE(ok->department, QStringLiteral("客服部"));
    QCOMPARE(ok->purpose, QStringLiteral("核对业主电话"));
}

void TestServicesLoans::R30_wantedReturnShortensTheDueDate()
{
    Desk d;
    actAs(d.f, d.finManager);
    LoanService::Request r{d.financeNo,         {}, AccessMode::Borrow, QStringLiteral("审计"),
                           QDate(2026, 11, 30), {}};
    auto l = d.loans().request(r);
    AR_VERIFY_OK(l);
    QCOMPARE(l->due, QDate(2026, 11, 30)); // policy would be 7 working days: 2026-12-08
    r.wantedReturn = QDate(2026, 11, 26);
    auto past = d.loans().request(r);
    QCOMPARE(past.error().field, QStringLiteral("wanted_return"));
}

void TestServicesLoans::R21_leaderTakeOutIsGrantedAtOnceAndStillRegistered()
{
    Desk d;
    auto l = d.ask(d.leader, d.financeNo);
    AR_VERIFY_OK(l);
    QCOMPARE(l->status, LoanStatus::Approved); // R21
    QCOMPARE(l->rule, QStringLiteral("R21"));
    QVERIFY(l->approverName.isEmpty());
    QCOMPARE(count(*d.f.archive, QStringLiteral("SELECT COUNT(*) FROM loans WHERE borrower_id = ?"),
                   {d.leader.id}),
             1);
    actAs(d.f, d.clerk);
    auto out = d.desk().checkOut(l->id);
    AR_VERIFY_OK(out);
    QCOMPARE(out->status, LoanStatus::Out);
}

void TestServicesLoans::R31_financeLoanSkipsNationalDay2026()
{
    Desk d;
    // Wednesday 2026-09-30: the last working day before the National Day holiday (10-01..10-07).
    setDay(d.f, QDate(2026, 9, 30));
    auto l = d.ask(d.finManager, d.financeNo); // R22: a manager's take-out is granted
    AR_VERIFY_OK(l);
    QCOMPARE(l->status, LoanStatus::Approved);
    actAs(d.f, d.clerk);
    auto out = d.desk().checkOut(l->id);
    AR_VERIFY_OK(out);
    // 7 working days: 10-08 Thu, 10-09 Fri, 10-10 Sat (make-up working day), 10-12, 10-13,
    // 10-14, 10-15 → due Thursday 2026-10-15 (plain Monday–Friday would say 10-09).
    QCOMPARE(out->due, QDate(2026, 10, 15));
    QVERIFY(out->warnings.isEmpty());
}

void TestServicesLoans::R31_ownerAndTenantDossiersAreDueTheSameDayEvenOnAHoliday()
{
    // The path a loan takes (LoanService::dueDate with the category's period), on National Day
    // 2026, where counting working days would move any other category past the holiday.
    Desk d;
    for (const char* category : {"owner", "tenant"}) {
        auto due = d.calendar().dueDate(QString::fromLatin1(category), QDate(2026, 10, 1));
        AR_VERIFY_OK(due);
        QCOMPARE(due->date, QDate(2026, 10, 1));
        QVERIFY(due->warnings.isEmpty());
    }
    auto finance = d.calendar().dueDate(QStringLiteral("finance"), QDate(2026, 10, 1));
    AR_VERIFY_OK(finance);
    QVERIFY(finance->date > QDate(2026, 10, 8)); // a control: other categories do count days
}

void TestServicesLoans::R31_yearWithoutCalendarWarnsUntilAnAdministratorLoadsIt()
{
    Desk d;
    setDay(d.f, QDate(2026, 12, 28)); // Monday; 7 working days reach into 2027
    auto l = d.ask(d.finManager, d.financeNo);
    AR_VERIFY_OK(l);
    QCOMPARE(l->warnings.size(), 1);
    QVERIFY(l->warnings.first().contains(QStringLiteral("2027")));
    QCOMPARE(l->due, QDate(2027, 1, 6)); // Monday–Friday: 29, 30, 31, 1, 4, 5, 6

    // Only the administrator loads a calendar.
    const QByteArray y2027 = "year 2027\nsource test notice\n2027-01-01 off 元旦\n";
    actAs(d.f, d.clerk);
    QCOMPARE(d.calendar().loadYear(y2027, QStringLiteral("2027.txt")).error().code,
             ErrorCode::PermissionDenied);
    actAs(d.f, d.f.admin);
    auto loaded = d.calendar().loadYear(y2027, QStringLiteral("2027.txt"));
    AR_VERIFY_OK(loaded);
    QCOMPARE(loaded->year, 2027);
    auto due = d.calendar().dueDate(QStringLiteral("finance"), QDate(2026, 12, 28));
    AR_VERIFY_OK(due);
    QVERIFY(due->warnings.isEmpty());
    QCOMPARE(due->date, QDate(2027, 1, 7)); // 2027-01-01 is now a holiday
    QCOMPARE(d.audits(QStringLiteral("change")), 1);
    // A bad file changes nothing and names the line.
    auto bad = d.calendar().loadYear("year 2028\n2028-13-01 off x\n", QStringLiteral("2028.txt"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().row, 2);
    QVERIFY(!d.calendar().workCalendar()->hasYear(2028));
}

void TestServicesLoans::R24_stateOrganVisitIsRegisteredAndNeverTakenOut()
{
    Desk d;
    actAs(d.f, d.clerk);
    LoanRegisterService::VisitInput v{d.ownerNo,
                                      QStringLiteral("公安局华苑派出所"),
                                      QStringLiteral("李警官"),
                                      QStringLiteral("警官证 110123"),
                                      QStringLiteral("head-cs"),
                                      QStringLiteral("调查取证")};
    auto visit = d.loanRegisters().addVisit(v);
    AR_VERIFY_OK(visit);
    QVERIFY(visit->loanId > 0);
    QCOMPARE(visit->approvedByName, QStringLiteral("head-cs"));
    auto l = d.loans().loan(visit->loanId);
    AR_VERIFY_OK(l);
    QCOMPARE(l->status, LoanStatus::InRoom);
    QCOMPARE(l->rule, QStringLiteral("R24"));
    auto out = d.desk().checkOut(visit->loanId);
    QVERIFY(!out.ok());
    QCOMPARE(out.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(dossierStatus(d.f, d.ownerNo), QStringLiteral("open"));
    // Nor by scanning the folder for the "borrower".
    QVERIFY(!d.desk().checkOutByArchiveNo(d.ownerNo, {}).ok());
    // Nor by extending or approving it.
    actAs(d.f, d.csManager);
    QVERIFY(!d.loans().approve(visit->loanId).ok());
    QCOMPARE(dossierStatus(d.f, d.ownerNo), QStringLiteral("open"));
    QCOMPARE(count(*d.f.archive, QStringLiteral("SELECT COUNT(*) FROM visits")), 1);
}

void TestServicesLoans::R24_visitNeedsTheConsentOfALeaderOrTheOwningHead()
{
    Desk d;
    actAs(d.f, d.clerk);
    LoanRegisterService::VisitInput v{d.ownerNo,
                                      QStringLiteral("法院"),
                                      QStringLiteral("王法官"),
                                      QStringLiteral("工作证"),
                                      QStringLiteral("head-eng"),
                                      {}};
    auto wrongHead = d.loanRegisters().addVisit(v);
    QCOMPARE(wrongHead.error().field, QStringLiteral("approved_by"));
    v.approvedByLogin = QStringLiteral("gm");
    v.credential.clear();
    QCOMPARE(d.loanRegisters().addVisit(v).error().field, QStringLiteral("credential"));
    QCOMPARE(count(*d.f.archive, QStringLiteral("SELECT COUNT(*) FROM visits")), 0);
    v.credential = QStringLiteral("工作证 0815");
    AR_VERIFY_OK(d.loanRegisters().addVisit(v));

    // The desk's list of who may consent: the leader and the owning department's head only.
    auto who = d.loanRegisters().visitConsenters(d.ownerNo);
    AR_VERIFY_OK(who);
    QStringList logins;
    for (const User& u : who.value())
        logins << u.login;
    logins.sort();
    QCOMPARE(logins, (QStringList{QStringLiteral("gm"), QStringLiteral("head-cs")}));
    actAs(d.f, d.staff);
    QCOMPARE(d.loanRegisters().visitConsenters(d.ownerNo).error().code, ErrorCode::PermissionDenied);
}

void TestServicesLoans::R33_oneDossierIsNeverOutTwice()
{
    Desk d;
    auto a = d.ask(d.leader, d.financeNo);
    auto b = d.ask(d.finManager, d.financeNo);
    AR_VERIFY_OK(a);
    AR_VERIFY_OK(b);
    actAs(d.f, d.clerk);
    AR_VERIFY_OK(d.desk().checkOut(a->id));
    auto second = d.desk().checkOut(b->id);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, ErrorCode::Conflict);
    QVERIFY(second.error().message.contains(QStringLiteral("gm")));
    QCOMPARE(count(*d.f.archive, QStringLiteral("SELECT COUNT(*) FROM loans WHERE status = 'out'")), 1);
    // Back in, then the second may go.
    AR_VERIFY_OK(d.desk().giveBack(a->id, ReturnCondition::Complete));
    AR_VERIFY_OK(d.desk().checkOut(b->id));
}

void TestServicesLoans::R33_R45_damagedReturnOpensADamageRecordForTheManager()
{
    Desk d;
    auto l = d.ask(d.leader, d.ownerNo);
    AR_VERIFY_OK(l);
    actAs(d.f, d.clerk);
    AR_VERIFY_OK(d.desk().checkOut(l->id));
    auto noNote = d.desk().giveBack(l->id, ReturnCondition::Damaged);
    QCOMPARE(noNote.error().field, QStringLiteral("note"));
    auto back = d.desk().giveBack(l->id, ReturnCondition::Damaged, QStringLiteral("封面撕破"));
    AR_VERIFY_OK(back);
    QCOMPARE(back->returnCondition, QStringLiteral("damaged"));
    // The 客服部 head (owner dossiers are theirs, R2) sees it; the 工程部 head does not.
    actAs(d.f, d.csManager);
    auto s = d.loans().summary();
    AR_VERIFY_OK(s);
    QCOMPARE(s->damaged.size(), 1);
    QCOMPARE(s->damaged.first().archiveNo, d.ownerNo);
    QCOMPARE(s->damaged.first().note, QStringLiteral("封面撕破"));
    actAs(d.f, d.engManager);
    QVERIFY(d.loanRegisters().damages()->isEmpty());
    QCOMPARE(d.loanRegisters().markRepaired(s->damaged.first().id, QStringLiteral("x")).error().code,
             ErrorCode::PermissionDenied);
    // R45: repaired at once, and then off the list.
    actAs(d.f, d.csManager);
    AR_VERIFY_OK(d.loanRegisters().markRepaired(s->damaged.first().id, QStringLiteral("已修补封面")));
    QVERIFY(d.loanRegisters().damages()->isEmpty());
    QCOMPARE(d.loanRegisters().damages(false)->size(), 1);
}

void TestServicesLoans::R33_deskChecksOutAndInByArchiveNumber()
{
    Desk d;
    actAs(d.f, d.clerk);
    // A manager without a request asks at the desk: granted (R22) and out at once.
    auto out =
        d.desk().checkOutByArchiveNo(d.financeNo, QStringLiteral("head-fin"), QStringLiteral("年度审计"));
    AR_VERIFY_OK(out);
    QCOMPARE(out->status, LoanStatus::Out);
    QCOMPARE(out->rule, QStringLiteral("R22"));
    // Staff without a request: the request waits, nothing goes out.
    auto waits = d.desk().checkOutByArchiveNo(d.ownerNo, QStringLiteral("staff-cs"), QStringLiteral("回访"));
    AR_VERIFY_OK(waits);
    QCOMPARE(waits->status, LoanStatus::Pending);
    QCOMPARE(dossierStatus(d.f, d.ownerNo), QStringLiteral("open"));
    // No purpose: nothing is asked.
    auto noPurpose = d.desk().checkOutByArchiveNo(d.ownerNo, QStringLiteral("gm"));
    QCOMPARE(noPurpose.error().field, QStringLiteral("purpose"));
    // Check in by the same scan; a folder not out is a conflict.
    AR_VERIFY_OK(d.desk().giveBackByArchiveNo(d.financeNo, ReturnCondition::Complete));
    QCOMPARE(dossierStatus(d.f, d.financeNo), QStringLiteral("filed"));
    QCOMPARE(d.desk().giveBackByArchiveNo(d.financeNo, ReturnCondition::Complete).error().code,
             ErrorCode::Conflict);
}

void TestServicesLoans::R32_extensionAskedBeforeTheDueDateAndApprovedByTheResponsibleHead()
{
    Desk d;
    auto asked = d.ask(d.staff, d.ownerNo);
    actAs(d.f, d.csManager);
    AR_VERIFY_OK(d.loans().approve(asked->id));
    actAs(d.f, d.clerk);
    AR_VERIFY_OK(d.desk().checkOut(asked->id));
    actAs(d.f, d.staff);
    auto ext = d.loans().extend(asked->id, QDate(2026, 11, 30), QStringLiteral("周末加班核对"));
    AR_VERIFY_OK(ext);
    QVERIFY(ext->extensionPending);
    QCOMPARE(ext->due, QDate(2026, 11, 27)); // unchanged until approved
    QCOMPARE(d.loans().extend(asked->id, QDate(2026, 12, 1), QStringLiteral("again")).error().code,
             ErrorCode::Conflict);
    actAs(d.f, d.engManager);
    QCOMPARE(d.loans().approve(asked->id).error().code, ErrorCode::PermissionDenied);
    actAs(d.f, d.csManager);
    QCOMPARE(d.loans().inbox()->size(), 1);
    auto approved = d.loans().approve(asked->id);
    AR_VERIFY_OK(approved);
    QCOMPARE(approved->due, QDate(2026, 11, 30)); // the new due date recorded
    QVERIFY(!approved->extensionPending);
    auto history = d.loans().extensions(asked->id);
    AR_VERIFY_OK(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().oldDue, QDate(2026, 11, 27));
    QCOMPARE(history->first().status, ExtensionStatus::Approved);
    // The responsible head asking waits too (R32: nobody approves their own request).
    auto asksToo = d.loans().extend(asked->id, QDate(2026, 12, 2), QStringLiteral("客户未到"));
    AR_VERIFY_OK(asksToo);
    QVERIFY(asksToo->extensionPending);
    QCOMPARE(asksToo->due, QDate(2026, 11, 30));
    actAs(d.f, d.leader);
    auto direct = d.loans().approve(asked->id);
    AR_VERIFY_OK(direct);
    QCOMPARE(direct->due, QDate(2026, 12, 2));
}

void TestServicesLoans::R32_extensionAfterTheDueDateIsRefused()
{
    Desk d;
    auto l = d.ask(d.leader, d.ownerNo);
    actAs(d.f, d.clerk);
    AR_VERIFY_OK(d.desk().checkOut(l->id));
    setDay(d.f, QDate(2026, 11, 28));
    actAs(d.f, d.leader);
    auto late = d.loans().extend(l->id, QDate(2026, 12, 1), QStringLiteral("late"));
    QVERIFY(!late.ok());
    QCOMPARE(late.error().code, ErrorCode::InvalidInput);
    QVERIFY2(late.error().message.contains(QStringLiteral("before the due date")),
             qPrintable(late.error().message));
    QCOMPARE(count(*d.f.archive, QStringLiteral("SELECT COUNT(*) FROM loan_extensions")), 0);
}

void TestServicesLoans::R34_lostLoanKeepsTheReportAndTellsTheManager()
{
    Desk d;
    auto l = d.ask(d.staff, d.ownerNo);
    actAs(d.f, d.csManager);
    AR_VERIFY_OK(d.loans().approve(l->id));
    actAs(d.f, d.clerk);
    AR_VERIFY_OK(d.desk().checkOut(l->id));
    QCOMPARE(d.desk().reportLost(l->id, QStringLiteral(" ")).error().field, QStringLiteral("report"));
    const QString report = QStringLiteral("借阅人在搬迁办公室时遗失，已报告部门经理");
    auto lost = d.desk().reportLost(l->id, report);
    AR_VERIFY_OK(lost);
    QCOMPARE(lost->status, LoanStatus::Lost);
    QCOMPARE(lost->lostReport, report);
    QCOMPARE(dossierStatus(d.f, d.ownerNo), QStringLiteral("lost"));
    // The report stays in the dossier's history.
    auto dossier = d.f.archive->context().dossiers.byArchiveNo(d.ownerNo);
    auto history = d.f.archive->context().history.list(QStringLiteral("dossier"), dossier->id);
    AR_VERIFY_OK(history);
    bool kept = false;
    for (const auto& h : history.value())
        kept = kept || (h.row.field == QLatin1String("lost_report") && h.row.newValue == report);
    QVERIFY(kept);
    // The manager is told: the start screen lists it.
    actAs(d.f, d.csManager);
    auto s = d.loans().summary();
    AR_VERIFY_OK(s);
    QCOMPARE(s->lost.size(), 1);
    QCOMPARE(s->lost.first().lostReport, report);
    // A lost dossier is not lent again.
    QCOMPARE(d.ask(d.leader, d.ownerNo).error().field, QStringLiteral("archive_no"));
}

// Issue #20 item 8: a list of people sorts as a Chinese reader does, by pinyin: 李四 (li) before
// 张三 (zhang), where code points put 张 (U+5F20) before 李 (U+674E).
void TestServicesLoans::R35_overdueBorrowersOfADepartmentSortByPinyin()
{
    Desk d;
    QList<User> leaders;
    for (const auto& [login, name] : {std::pair{"zhangsan", "张三"}, std::pair{"lisi", "李四"}}) {
        actAs(d.f, d.f.admin);
        User u;
        u.login = QString::fromLatin1(login);
        u.displayName = QString::fromUtf8(name);
        u.role = Role::Leader;
        u.department = QStringLiteral("总经理办公室");
        auto added = d.f.archive->accounts().addUser(u, QStringLiteral("desk-pass-123"));
        AR_VERIFY_OK(added);
        leaders << added.value();
    }
    // 张三 borrows first (the lower loan id and the earlier or same due date).
    for (const User& who : leaders) {
        auto loan = d.ask(who, addDossier(d.f, QStringLiteral("finance"), QStringLiteral("收支凭证")));
        AR_VERIFY_OK(loan);
        actAs(d.f, d.clerk);
        AR_VERIFY_OK(d.desk().checkOut(loan->id));
    }
    setDay(d.f, QDate(2027, 3, 1));
    actAs(d.f, d.clerk);
    auto o = d.loans().overdue();
    AR_VERIFY_OK(o);
    QStringList names;
    for (const Loan& l : o.value())
        names << l.borrowerName;
    QCOMPARE(names, (QStringList{QStringLiteral("李四"), QStringLiteral("张三")}));
}

void TestServicesLoans::R35_overdueListByDepartmentWithDaysOverdue()
{
    Desk d;
    auto a = d.ask(d.leader, d.ownerNo);       // due the same day
    auto b = d.ask(d.finManager, d.financeNo); // due 2026-12-08
    actAs(d.f, d.clerk);
    AR_VERIFY_OK(d.desk().checkOut(a->id));
    AR_VERIFY_OK(d.desk().checkOut(b->id));
    QVERIFY(d.loans().overdue()->isEmpty()); // due today is not overdue
    setDay(d.f, QDate(2026, 11, 30));
    auto o = d.loans().overdue();
    AR_VERIFY_OK(o);
    QCOMPARE(o->size(), 1);
    QCOMPARE(o->first().archiveNo, d.ownerNo);
    QCOMPARE(o->first().daysOverdue, 3);
    setDay(d.f, QDate(2026, 12, 10));
    o = d.loans().overdue();
    QCOMPARE(o->size(), 2);
    // By department, then borrower, in pinyin order (issue #20 item 8): 财务部 (cai) before
    // 总经理办公室 (zong), where code points put 总 (U+603B) before 财 (U+8D22).
    QCOMPARE(o->at(0).department, QStringLiteral("财务部"));
    QCOMPARE(o->at(1).department, QStringLiteral("总经理办公室"));
    for (const Loan& l : o.value())
        QCOMPARE(l.daysOverdue, int(l.due.daysTo(QDate(2026, 12, 10))));
    // The 客服部 head sees the owner dossier (客服部 approves it), the 财务部 head the finance one.
    actAs(d.f, d.csManager);
    QCOMPARE(d.loans().summary()->overdue.size(), 1);
    actAs(d.f, d.finManager);
    QCOMPARE(d.loans().summary()->overdue.size(), 1);
    QCOMPARE(d.loans().summary()->overdue.first().archiveNo, d.financeNo);
    // Staff see none of it on a start screen.
    actAs(d.f, d.staff);
    QVERIFY(d.loans().summary()->overdue.isEmpty());
}

void TestServicesLoans::R25_copyNeedsApprovalAndIsRegisteredInZc05()
{
    Desk d;
    auto asked = d.ask(d.clerk, d.financeNo, AccessMode::Copy, QStringLiteral("报税"));
    AR_VERIFY_OK(asked);
    QCOMPARE(asked->status, LoanStatus::Pending);
    QCOMPARE(asked->rule, QStringLiteral("R25"));
    QCOMPARE(asked->approverDepartment, QStringLiteral("财务部")); // the owning department (R2)
    QCOMPARE(d.loanRegisters().recordCopy(asked->id, QStringLiteral("1-3"), 3, 1).error().code,
             ErrorCode::PermissionDenied);
    actAs(d.f, d.csManager);
    QCOMPARE(d.loans().approve(asked->id).error().code, ErrorCode::PermissionDenied);
    actAs(d.f, d.finManager);
    AR_VERIFY_OK(d.loans().approve(asked->id));
    actAs(d.f, d.clerk);
    QCOMPARE(d.loanRegisters().recordCopy(asked->id, QStringLiteral("1-3"), 0, 1).error().field,
             QStringLiteral("sheets"));
    auto entry =
        d.loanRegisters().recordCopy(asked->id, QStringLiteral("1-3"), 3, 2, QStringLiteral("加盖复印章"));
    AR_VERIFY_OK(entry);
    QCOMPARE(entry->archiveNo, d.financeNo);
    QCOMPARE(entry->purpose, QStringLiteral("报税"));
    QCOMPARE(entry->approverName, QStringLiteral("head-fin"));
    QCOMPARE(entry->department, QStringLiteral("客服部"));
    auto reg = d.loanRegisters().copyRegister();
    AR_VERIFY_OK(reg);
    QCOMPARE(reg->size(), 1);
    QCOMPARE(reg->first().copies, 2);
    QCOMPARE(d.audits(QStringLiteral("copy")), 1);
}

void TestServicesLoans::R47_ownerRequestIsRegisteredAndAnswered()
{
    Desk d;
    actAs(d.f, d.clerk);
    auto r = d.loanRegisters().registerOwnerRequest(d.ownerNo, OwnerRequestKind::Correct,
                                                    QStringLiteral("联系电话有误"));
    AR_VERIFY_OK(r);
    QCOMPARE(d.loanRegisters().ownerRequests(true)->size(), 1);
    QCOMPARE(d.loanRegisters().answerOwnerRequest(r->id, QString()).error().field, QStringLiteral("answer"));
    auto a = d.loanRegisters().answerOwnerRequest(r->id, QStringLiteral("已更正并告知业主"));
    AR_VERIFY_OK(a);
    QVERIFY(a->answeredAt.isValid());
    QVERIFY(d.loanRegisters().ownerRequests(true)->isEmpty());
    QCOMPARE(d.loanRegisters().answerOwnerRequest(r->id, QStringLiteral("again")).error().code,
             ErrorCode::Conflict);
    // A finance dossier has no owner to ask.
    QCOMPARE(d.loanRegisters()
                 .registerOwnerRequest(d.financeNo, OwnerRequestKind::View, QStringLiteral("x"))
                 .error()
                 .field,
             QStringLiteral("archive_no"));
}

void TestServicesLoans::R27_everyStepIsAudited()
{
    Desk d;
    const int steps = d.audits(QStringLiteral("loan_step")), approvals = d.audits(QStringLiteral("approval"));
    auto l = d.ask(d.staff, d.ownerNo); // request
    actAs(d.f, d.csManager);
    AR_VERIFY_OK(d.loans().approve(l->id)); // approval
    actAs(d.f, d.clerk);
    AR_VERIFY_OK(d.desk().checkOut(l->id));                            // checkout
    AR_VERIFY_OK(d.desk().giveBack(l->id, ReturnCondition::Complete)); // return
    QCOMPARE(d.audits(QStringLiteral("loan_step")), steps + 3);
    QCOMPARE(d.audits(QStringLiteral("approval")), approvals + 1);
    QCOMPARE(
        count(*d.f.archive,
              QStringLiteral(
                  "SELECT COUNT(*) FROM audit_log WHERE entity = 'loan' AND entity_id = ? AND dossier = ?"),
              {l->id, d.ownerNo}),
        4);
    actAs(d.f, d.f.admin);
    auto v = d.f.archive->audit().verify();
    AR_VERIFY_OK(v);
    QVERIFY(v->intact());
}

void TestServicesLoans::R20_administratorAndOtherRolesAreKeptOut()
{
    Desk d;
    auto admin = d.ask(d.f.admin, d.ownerNo);
    QCOMPARE(admin.error().code, ErrorCode::PermissionDenied);
    auto l = d.ask(d.leader, d.ownerNo);
    actAs(d.f, d.staff);
    QCOMPARE(d.desk().checkOut(l->id).error().code, ErrorCode::PermissionDenied);  // the desk is the clerk's
    QCOMPARE(d.loans().loan(l->id).error().code, ErrorCode::PermissionDenied);     // not theirs
    LoanService::Request forOther{d.ownerNo, QStringLiteral("gm"), AccessMode::View, QStringLiteral("x"), {},
                                  {}};
    QCOMPARE(d.loans().request(forOther).error().code, ErrorCode::PermissionDenied);
}

void TestServicesLoans::R35_demoHasLoansInEveryStateTheDeskMeets()
{
    Fixture f(Role::Clerk);
    actAs(f, f.admin);
    auto sum = f.archive->demo().generate(80, 7);
    AR_VERIFY_OK(sum);
    QVERIFY(sum->loans >= 4);
    QCOMPARE(count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM loans")), sum->loans);
    actAs(f, f.user);
    auto all = f.archive->loans().list();
    AR_VERIFY_OK(all);
    QCOMPARE(all->size(), sum->loans);
    QSet<LoanStatus> seen;
    for (const Loan& l : all.value())
        seen.insert(l.status);
    QVERIFY(seen.contains(LoanStatus::Returned) && seen.contains(LoanStatus::Out) &&
            seen.contains(LoanStatus::Pending));
    auto overdue = f.archive->loans().overdue();
    AR_VERIFY_OK(overdue);
    QVERIFY(!overdue->isEmpty());
    // Every folder that is out is marked on loan, and only once (R33).
    QCOMPARE(count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM dossiers WHERE status = 'on_loan'")),
             count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM loans WHERE status = 'out'")));
}

// The repro of issue #16: a 工程部 staff member asks for an owner dossier (客服部 owns it, R2).
// Under the old reading of R23 the request went to the borrower's own head (工程部).
void TestServicesLoans::R2_R23_anotherDepartmentsStaffWaitsForTheOwningHead()
{
    Desk d;
    const User engStaff = addAccount(d.f, Role::Staff, QStringLiteral("staff-eng"), QStringLiteral("工程部"));
    auto asked = d.ask(engStaff, d.ownerNo);
    AR_VERIFY_OK(asked);
    QCOMPARE(asked->status, LoanStatus::Pending);
    QCOMPARE(asked->rule, QStringLiteral("R23"));
    QCOMPARE(asked->department, QStringLiteral("工程部")); // the borrower's department, as asked
    QCOMPARE(asked->approverDepartment, QStringLiteral("客服部"));
    QVERIFY2(asked->approverName.contains(QStringLiteral("head-cs")), qPrintable(asked->approverName));

    // Not in the 工程部 head's inbox, and not theirs to decide.
    actAs(d.f, d.engManager);
    AR_VERIFY_OK(d.loans().inbox());
    QVERIFY(d.loans().inbox()->isEmpty());
    QCOMPARE(d.loans().approve(asked->id).error().code, ErrorCode::PermissionDenied);
    // In the 客服部 head's inbox; the 客服部 head approves.
    actAs(d.f, d.csManager);
    auto inbox = d.loans().inbox();
    AR_VERIFY_OK(inbox);
    QCOMPARE(inbox->size(), 1);
    QCOMPARE(inbox->first().id, asked->id);
    auto approved = d.loans().approve(asked->id);
    AR_VERIFY_OK(approved);
    QCOMPARE(approved->status, LoanStatus::Approved);
    QCOMPARE(approved->approverName, QStringLiteral("head-cs"));

    // The other way round: a 客服部 staff member's finance request waits for 财务部, not 客服部.
    auto finance = d.ask(d.staff, d.financeNo);
    AR_VERIFY_OK(finance);
    QCOMPARE(finance->approverDepartment, QStringLiteral("财务部"));
    actAs(d.f, d.csManager);
    QVERIFY(d.loans().inbox()->isEmpty());
    QCOMPARE(d.loans().approve(finance->id).error().code, ErrorCode::PermissionDenied);
    actAs(d.f, d.finManager);
    QCOMPARE(d.loans().inbox()->size(), 1);
    AR_VERIFY_OK(d.loans().approve(finance->id));
}

void TestServicesLoans::R25_R32_nobodyApprovesTheirOwnRequest()
{
    Desk d;
    const User csManager2 =
        addAccount(d.f, Role::Manager, QStringLiteral("head-cs2"), QStringLiteral("客服部"));
    // R25: the 客服部 head asks for a copy of an owner dossier, which 客服部 owns.
    auto copy = d.ask(d.csManager, d.ownerNo, AccessMode::Copy, QStringLiteral("办理产权证明"));
    AR_VERIFY_OK(copy);
    QCOMPARE(copy->status, LoanStatus::Pending);
    QCOMPARE(copy->approverDepartment, QStringLiteral("客服部"));
    QCOMPARE(copy->approverName, QStringLiteral("Head of 客服部 (head-cs2)")); // not the asker
    actAs(d.f, d.csManager);
    QVERIFY(d.loans().inbox()->isEmpty()); // not in the asker's own inbox
    auto self = d.loans().approve(copy->id);
    QVERIFY(!self.ok());
    QCOMPARE(self.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(d.loans().loan(copy->id)->status, LoanStatus::Pending);
    // Another head of the owning department decides.
    actAs(d.f, csManager2);
    QCOMPARE(d.loans().inbox()->size(), 1);
    AR_VERIFY_OK(d.loans().approve(copy->id));

    // R32: the head's own take-out (granted, R22), out; the head asks for more time.
    auto own = d.ask(d.csManager, d.ownerNo);
    AR_VERIFY_OK(own);
    QCOMPARE(own->status, LoanStatus::Approved);
    actAs(d.f, d.clerk);
    AR_VERIFY_OK(d.desk().checkOut(own->id));
    actAs(d.f, d.csManager);
    auto ext = d.loans().extend(own->id, QDate(2026, 11, 30), QStringLiteral("业主周末来访"));
    AR_VERIFY_OK(ext);
    QVERIFY(ext->extensionPending);
    QCOMPARE(ext->due, QDate(2026, 11, 27));
    QVERIFY(d.loans().inbox()->isEmpty());
    QCOMPARE(d.loans().approve(own->id).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(d.loans().reject(own->id, QStringLiteral("x")).error().code, ErrorCode::PermissionDenied);
    actAs(d.f, d.leader);
    QCOMPARE(d.loans().inbox()->size(), 1);
    auto granted = d.loans().approve(own->id);
    AR_VERIFY_OK(granted);
    QCOMPARE(granted->due, QDate(2026, 11, 30));

    // A leader's copy request waits for the owning head, not for the leader.
    auto leaderCopy = d.ask(d.leader, d.financeNo, AccessMode::Copy, QStringLiteral("审计"));
    AR_VERIFY_OK(leaderCopy);
    QCOMPARE(d.loans().approve(leaderCopy->id).error().code, ErrorCode::PermissionDenied);
    actAs(d.f, d.finManager);
    AR_VERIFY_OK(d.loans().approve(leaderCopy->id));
}

// R42: the owner changes while the former owner's dossier is out; the return must not make it
// current again (R6: every status change is a history row).
void TestServicesLoans::R42_R6_returnAfterAnOwnerChangeLeavesTheDossierFormerOwner()
{
    Desk d;
    auto l = d.ask(d.leader, d.ownerNo);
    AR_VERIFY_OK(l);
    actAs(d.f, d.clerk);
    AR_VERIFY_OK(d.desk().checkOut(l->id));
    const qint64 room = d.f.roomId(QStringLiteral("3-2-1201"));
    PersonData buyer = registration(room, OccupancyRole::Owner, QStringLiteral("陈静"),
                                    fakeId(QDate(1990, 8, 8), false), {QStringLiteral("13700001111")})
                           .person;
    auto change = d.f.archive->dossiers().changeOwner(room, buyer, {});
    AR_VERIFY_OK(change);
    QCOMPARE(dossierStatus(d.f, d.ownerNo), QStringLiteral("former_owner"));

    auto back = d.desk().giveBack(l->id, ReturnCondition::Complete);
    AR_VERIFY_OK(back);
    QCOMPARE(back->status, LoanStatus::Returned);
    QCOMPARE(dossierStatus(d.f, d.ownerNo), QStringLiteral("former_owner"));
    // The status rows tell the story: open → on loan (check-out) → former owner (owner change),
    // and nothing else.
    auto dossier = d.f.archive->context().dossiers.byArchiveNo(d.ownerNo);
    auto history = d.f.archive->context().history.list(QStringLiteral("dossier"), dossier->id);
    AR_VERIFY_OK(history);
    QStringList statuses;
    for (const auto& h : history.value())
        if (h.row.field == QLatin1String("status"))
            statuses << h.row.newValue;
    QCOMPARE(statuses.size(), 2);
    QCOMPARE(statuses.first(), QStringLiteral("on_loan"));
    // Not on the missing list again.
    const auto missing = d.f.archive->filing().missing(d.f.archive->estate().estates()->first().id);
    AR_VERIFY_OK(missing);
    QVERIFY(std::none_of(missing->begin(), missing->end(), [&](const FilingRepository::MissingRow& r) {
        return r.dossier.archiveNo == d.ownerNo;
    }));

    // A dossier nothing happened to while out goes back to what it was, with its history row.
    auto f = d.ask(d.leader, d.financeNo);
    actAs(d.f, d.clerk);
    AR_VERIFY_OK(d.desk().checkOut(f->id));
    AR_VERIFY_OK(d.desk().giveBack(f->id, ReturnCondition::Complete));
    QCOMPARE(dossierStatus(d.f, d.financeNo), QStringLiteral("filed"));
    auto fin = d.f.archive->context().dossiers.byArchiveNo(d.financeNo);
    auto finHistory = d.f.archive->context().history.list(QStringLiteral("dossier"), fin->id);
    QStringList finStatuses;
    for (const auto& h : finHistory.value())
        if (h.row.field == QLatin1String("status"))
            finStatuses << h.row.oldValue + QStringLiteral("→") + h.row.newValue;
    QCOMPARE(finStatuses, (QStringList{QStringLiteral("filed→on_loan"), QStringLiteral("on_loan→filed")}));
}

void TestServicesLoans::R34_R42_lostStaysLostUntilFound()
{
    Desk d;
    auto l = d.ask(d.leader, d.ownerNo);
    auto waiting = d.ask(d.leader, d.ownerNo, AccessMode::Borrow, QStringLiteral("第二次核对"));
    AR_VERIFY_OK(waiting);
    actAs(d.f, d.clerk);
    AR_VERIFY_OK(d.desk().checkOut(l->id));
    AR_VERIFY_OK(d.desk().reportLost(l->id, QStringLiteral("借阅人出差途中遗失，已书面报告")));
    // The owner changes while the dossier is lost: it stays lost (R34), not former_owner.
    const qint64 room = d.f.roomId(QStringLiteral("3-2-1201"));
    PersonData buyer = registration(room, OccupancyRole::Owner, QStringLiteral("陈静"),
                                    fakeId(QDate(1990, 8, 8), false), {QStringLiteral("13700001111")})
                           .person;
    AR_VERIFY_OK(d.f.archive->dossiers().changeOwner(room, buyer, {}));
    QCOMPARE(dossierStatus(d.f, d.ownerNo), QStringLiteral("lost"));
    // Never requested or handed over while lost.
    QCOMPARE(d.ask(d.leader, d.ownerNo).error().field, QStringLiteral("archive_no"));
    actAs(d.f, d.clerk);
    QCOMPARE(d.desk().checkOut(waiting->id).error().code, ErrorCode::Conflict);
    QCOMPARE(dossierStatus(d.f, d.ownerNo), QStringLiteral("lost"));

    // Found again: the clerk records it with a note.
    actAs(d.f, d.staff);
    QCOMPARE(d.desk().markFound(d.ownerNo, QStringLiteral("x")).error().code, ErrorCode::PermissionDenied);
    actAs(d.f, d.clerk);
    const int audits = d.audits(QStringLiteral("loan_step"));
    QCOMPARE(d.desk().markFound(d.ownerNo, QStringLiteral("  ")).error().field, QStringLiteral("note"));
    QCOMPARE(dossierStatus(d.f, d.ownerNo), QStringLiteral("lost"));
    auto found = d.desk().markFound(d.ownerNo, QStringLiteral("在工程部资料柜中找到，完好"));
    AR_VERIFY_OK(found);
    // The owner changed meanwhile: it comes back as the former owner's dossier (R42).
    QCOMPARE(found->status, QStringLiteral("former_owner"));
    QCOMPARE(dossierStatus(d.f, d.ownerNo), QStringLiteral("former_owner"));
    QCOMPARE(d.audits(QStringLiteral("loan_step")), audits + 1);
    auto history = d.f.archive->context().history.list(QStringLiteral("dossier"), found->id);
    bool noted = false, status = false;
    for (const auto& h : history.value()) {
        noted = noted || (h.row.field == QLatin1String("found_note") &&
                          h.row.newValue == QStringLiteral("在工程部资料柜中找到，完好"));
        status =
            status || (h.row.field == QLatin1String("status") && h.row.oldValue == QLatin1String("lost") &&
                       h.row.newValue == QLatin1String("former_owner"));
    }
    QVERIFY(noted && status);
    QCOMPARE(d.desk().markFound(d.ownerNo, QStringLiteral("again")).error().code, ErrorCode::Conflict);
    // Off the managers' list of lost dossiers, and lent again.
    actAs(d.f, d.csManager);
    QVERIFY(d.loans().summary()->lost.isEmpty());
    actAs(d.f, d.clerk);
    AR_VERIFY_OK(d.desk().checkOut(waiting->id));

    // Without an owner change a found dossier goes back to the status it had: the finance one filed.
    auto fl = d.ask(d.leader, d.financeNo);
    actAs(d.f, d.clerk);
    AR_VERIFY_OK(d.desk().checkOut(fl->id));
    AR_VERIFY_OK(d.desk().reportLost(fl->id, QStringLiteral("遗失")));
    auto financeFound = d.desk().markFound(d.financeNo, QStringLiteral("夹在其他档案中"));
    AR_VERIFY_OK(financeFound);
    QCOMPARE(financeFound->status, QStringLiteral("filed"));
}

void TestServicesLoans::R24_visitOnlyForADossierInTheRoom()
{
    Desk d;
    auto l = d.ask(d.leader, d.ownerNo);
    actAs(d.f, d.clerk);
    AR_VERIFY_OK(d.desk().checkOut(l->id));
    LoanRegisterService::VisitInput v{d.ownerNo,
                                      QStringLiteral("公安局华苑派出所"),
                                      QStringLiteral("李警官"),
                                      QStringLiteral("警官证 110123"),
                                      QStringLiteral("head-cs"),
                                      QStringLiteral("调查取证")};
    const int loans = count(*d.f.archive, QStringLiteral("SELECT COUNT(*) FROM loans"));
    auto out = d.loanRegisters().addVisit(v);
    QVERIFY(!out.ok());
    QCOMPARE(out.error().code, ErrorCode::Conflict);
    QVERIFY2(out.error().message.contains(QStringLiteral("gm")),
             qPrintable(out.error().message)); // where it is
    // Lost: refused too, and says so.
    AR_VERIFY_OK(d.desk().reportLost(l->id, QStringLiteral("遗失")));
    auto lost = d.loanRegisters().addVisit(v);
    QCOMPARE(lost.error().code, ErrorCode::Conflict);
    QVERIFY2(lost.error().message.contains(dossierStatusLabel(QStringLiteral("lost"))),
             qPrintable(lost.error().message));
    QCOMPARE(count(*d.f.archive, QStringLiteral("SELECT COUNT(*) FROM visits")), 0);
    QCOMPARE(count(*d.f.archive, QStringLiteral("SELECT COUNT(*) FROM loans")), loans);
    // In the room: registered.
    v.archiveNo = d.financeNo;
    v.approvedByLogin = QStringLiteral("head-fin");
    AR_VERIFY_OK(d.loanRegisters().addVisit(v));
}

void TestServicesLoans::R45_damageFoundAtADailyCheckGoesToTheOwningManager()
{
    Desk d;
    // The clerk (客服部) finds a finance dossier (owned by 财务部) damaged on the shelf: no loan.
    actAs(d.f, d.clerk);
    QCOMPARE(d.clerk.department, QStringLiteral("客服部"));
    const int before = count(*d.f.archive, QStringLiteral("SELECT COUNT(*) FROM damage_records"));
    QCOMPARE(d.loanRegisters().recordDamage(d.financeNo, QStringLiteral("  ")).error().field,
             QStringLiteral("note"));
    QCOMPARE(d.loanRegisters()
                 .recordDamage(QStringLiteral("Z109-XX·2026-Y-9999"), QStringLiteral("受潮"))
                 .error()
                 .field,
             QStringLiteral("archive_no"));
    actAs(d.f, d.staff);
    QCOMPARE(d.loanRegisters().recordDamage(d.financeNo, QStringLiteral("受潮")).error().code,
             ErrorCode::PermissionDenied);
    QCOMPARE(count(*d.f.archive, QStringLiteral("SELECT COUNT(*) FROM damage_records")), before);
    actAs(d.f, d.clerk);
    auto r = d.loanRegisters().recordDamage(d.financeNo, QStringLiteral("封面受潮，第3页撕裂"));
    AR_VERIFY_OK(r);
    QCOMPARE(r->department, QStringLiteral("财务部")); // the owning department, not the clerk's
    QCOMPARE(r->loanId, 0);
    // The finance manager sees it (list and start screen); the customer-service manager does not.
    actAs(d.f, d.finManager);
    QCOMPARE(d.loanRegisters().damages()->size(), 1);
    QCOMPARE(d.loanRegisters().damages()->first().archiveNo, d.financeNo);
    QCOMPARE(d.loans().summary()->damaged.size(), 1);
    actAs(d.f, d.csManager);
    QCOMPARE(d.loanRegisters().damages()->size(), 0);
    QCOMPARE(d.loanRegisters().markRepaired(r->id, QStringLiteral("已修补")).error().code,
             ErrorCode::PermissionDenied);
    // Open until marked repaired.
    actAs(d.f, d.finManager);
    AR_VERIFY_OK(d.loanRegisters().markRepaired(r->id, QStringLiteral("已修补并重新装订")));
    QCOMPARE(d.loanRegisters().damages()->size(), 0);
    QCOMPARE(d.audits(QStringLiteral("loan_step")) > 0, true);
    QCOMPARE(count(*d.f.archive, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'damage' AND "
                                                "detail LIKE '%daily_check%'")),
             1);
}

namespace {
// A small PNG photo of "damage" with a pattern that would show if it were stored in the clear.
QByteArray writePhoto(const QString& path)
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(200, 30, 30));
    for (int x = 0; x < 64; x += 4)
        image.setPixel(x, x % 48, qRgb(250, 250, 250));
    if (!image.save(path, "PNG"))
        qFatal("cannot write %s", qPrintable(path));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

// The sealed photos kept: files beside a SQLite archive, rows of `contents` on PostgreSQL.
QMap<QString, QByteArray> storedFiles(const Fixture& f)
{
    return test::storedContents(f.archive->database());
}
} // namespace

void TestServicesLoans::R45_photoOfTheDamageIsStoredEncryptedAndSeenByItsManager()
{
    Desk d;
    const QString path = d.f.dir.filePath(QStringLiteral("damage.png"));
    const QByteArray plain = writePhoto(path);
    actAs(d.f, d.clerk);
    auto r = d.loanRegisters().recordDamage(d.financeNo, QStringLiteral("封面受潮"), path);
    AR_VERIFY_OK(r);
    QVERIFY(r->hasPhoto());
    QCOMPARE(r->photoName, QStringLiteral("damage.png"));
    // Stored like a scan: one sealed file in the store, named by its content key, not the image.
    const QMap<QString, QByteArray> files = storedFiles(d.f);
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.firstKey(), r->photoKey);
    const QByteArray& sealed = files.first();
    QVERIFY(sealed != plain);
    QVERIFY(!sealed.contains(plain.mid(plain.size() / 2, 24)));
    QVERIFY(!sealed.contains("IHDR"));
    // The owning department's manager who marks it repaired views it: the same bytes, audited.
    actAs(d.f, d.finManager);
    auto listed = d.loanRegisters().damages();
    AR_VERIFY_OK(listed);
    QCOMPARE(listed->size(), 1);
    QVERIFY(listed->first().hasPhoto());
    const int views = d.audits(QStringLiteral("view_attachment"));
    auto seen = d.loanRegisters().damagePhoto(r->id);
    AR_VERIFY_OK(seen);
    QCOMPARE(seen.value(), plain);
    QCOMPARE(d.audits(QStringLiteral("view_attachment")), views + 1);
    QCOMPARE(count(*d.f.archive,
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'view_attachment' "
                                  "AND entity = 'damage' AND entity_id = ?"),
                   {r->id}),
             1);
    AR_VERIFY_OK(d.loanRegisters().markRepaired(r->id, QStringLiteral("已修补")));
    // Another department's manager sees neither the record nor its photo.
    actAs(d.f, d.csManager);
    QCOMPARE(d.loanRegisters().damagePhoto(r->id).error().code, ErrorCode::NotFound);
    // A record without a photo says so.
    actAs(d.f, d.clerk);
    auto bare = d.loanRegisters().recordDamage(d.financeNo, QStringLiteral("第3页撕裂"));
    AR_VERIFY_OK(bare);
    QVERIFY(!bare->hasPhoto());
    QCOMPARE(d.loanRegisters().damagePhoto(bare->id).error().code, ErrorCode::NotFound);
}

void TestServicesLoans::R45_aFileThatIsNoImageIsRefusedAndNothingIsSaved()
{
    Desk d;
    actAs(d.f, d.clerk);
    // Named like a photo, but text inside: refused by what it is, not by its name.
    const QString fake = d.f.dir.filePath(QStringLiteral("photo.jpg"));
    {
        QFile f(fake);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("业主王小明 13800135678 not an image\n");
    }
    const int records = count(*d.f.archive, QStringLiteral("SELECT COUNT(*) FROM damage_records"));
    const int trail = count(*d.f.archive, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    auto r = d.loanRegisters().recordDamage(d.financeNo, QStringLiteral("封面受潮"), fake);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QCOMPARE(r.error().field, QStringLiteral("photo"));
    QVERIFY2(r.error().message.contains(QStringLiteral("photo.jpg")), qPrintable(r.error().message));
    auto missing = d.loanRegisters().recordDamage(d.financeNo, QStringLiteral("封面受潮"),
                                                  d.f.dir.filePath(QStringLiteral("none.png")));
    QCOMPARE(missing.error().field, QStringLiteral("photo"));
    QCOMPARE(count(*d.f.archive, QStringLiteral("SELECT COUNT(*) FROM damage_records")), records);
    QCOMPARE(count(*d.f.archive, QStringLiteral("SELECT COUNT(*) FROM audit_log")), trail);
    QVERIFY(storedFiles(d.f).isEmpty());
}

namespace {
// The `refused` records of the trail naming `what` (the refused step) and `rule`, by `login`.
int refusals(Desk& d, const QString& what, const QString& rule, const QString& login)
{
    return count(
        *d.f.archive,
        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'refused' AND user_login = ? AND %1 = ? AND "
                       "%2 = ?")
            .arg(jsonFieldSql(d.f.archive->database(), QStringLiteral("detail"), QStringLiteral("refused")),
                 jsonFieldSql(d.f.archive->database(), QStringLiteral("detail"), QStringLiteral("rule"))),
        {login, what, rule});
}
} // namespace

void TestServicesLoans::R27_aRuleRefusalInsideAServiceIsTraced()
{
    Desk d;
    // A head who asks for a dossier of their own department cannot approve it (R32): the role may
    // approve, the rule refuses — and the trail says who tried, what and which rule.
    auto own = d.ask(d.csManager, d.ownerNo, AccessMode::Copy, QStringLiteral("办理产权证明"));
    AR_VERIFY_OK(own);
    QCOMPARE(own->status, LoanStatus::Pending);
    QCOMPARE(d.loans().approve(own->id).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(refusals(d, QStringLiteral("loan_decide_own"), QStringLiteral("R32"), QStringLiteral("head-cs")),
             1);
    QCOMPARE(count(*d.f.archive,
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'refused' AND "
                                  "entity = 'loan' AND entity_id = ? AND dossier = ?"),
                   {own->id, d.ownerNo}),
             1);
    // Another department's head (工程部) may approve loans, but not this one (R2).
    actAs(d.f, d.engManager);
    QCOMPARE(d.loans().approve(own->id).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(refusals(d, QStringLiteral("loan_decide"), QStringLiteral("R2"), QStringLiteral("head-eng")), 1);
    // A dossier out on loan: a state organ's visit is refused (R24).
    auto out = d.ask(d.leader, d.ownerNo);
    actAs(d.f, d.clerk);
    AR_VERIFY_OK(d.desk().checkOut(out->id));
    const LoanRegisterService::VisitInput v{d.ownerNo,
                                            QStringLiteral("公安局华苑派出所"),
                                            QStringLiteral("李警官"),
                                            QStringLiteral("警官证 110123"),
                                            QStringLiteral("head-cs"),
                                            QStringLiteral("调查取证")};
    QCOMPARE(d.loanRegisters().addVisit(v).error().code, ErrorCode::Conflict);
    QCOMPARE(refusals(d, QStringLiteral("visit"), QStringLiteral("R24"), d.clerk.login), 1);
    // Lost: never requested again until found (R34).
    AR_VERIFY_OK(d.desk().reportLost(out->id, QStringLiteral("遗失")));
    QVERIFY(!d.ask(d.leader, d.ownerNo).ok());
    QCOMPARE(refusals(d, QStringLiteral("loan_request"), QStringLiteral("R34"), QStringLiteral("gm")), 1);
    // Damage of 财务部 is marked repaired by its manager, not by 客服部's (R45).
    actAs(d.f, d.clerk);
    auto damage = d.loanRegisters().recordDamage(d.financeNo, QStringLiteral("受潮"));
    AR_VERIFY_OK(damage);
    actAs(d.f, d.csManager);
    QCOMPARE(d.loanRegisters().markRepaired(damage->id, QStringLiteral("已修补")).error().code,
             ErrorCode::PermissionDenied);
    QCOMPARE(refusals(d, QStringLiteral("damage_repaired"), QStringLiteral("R45"), QStringLiteral("head-cs")),
             1);
    // A staff member may look at the register, not at another department's finance dossier (R20).
    actAs(d.f, d.staff);
    const qint64 finance = d.f.archive->context().dossiers.byArchiveNo(d.financeNo)->id;
    QCOMPARE(d.f.archive->dossiers().view(finance).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(refusals(d, QStringLiteral("dossier_view"), QStringLiteral("R20"), QStringLiteral("staff-cs")),
             1);
    // The trail still verifies.
    actAs(d.f, d.clerk);
    auto verified = d.f.archive->audit().verify();
    AR_VERIFY_OK(verified);
    QVERIFY(verified->intact());
}

void TestServicesLoans::R27_freeTextIsNotCopiedIntoTheTrail()
{
    Desk d;
    // Texts that name people, as clerks type them; each is kept in its own record, never in the
    // trail, which keeps its kind and length.
    const QString purpose = QStringLiteral("业主王小明（13800135678）要求核对购房合同");
    const QString loss = QStringLiteral("借阅人张伟出差途中遗失，已书面报告");
    const QString damageNote = QStringLiteral("李娜办理时发现第3页撕裂");
    const QString request = QStringLiteral("业主王小明申请复印身份证复印件");
    actAs(d.f, d.clerk);
    AR_VERIFY_OK(d.loanRegisters().registerOwnerRequest(d.ownerNo, OwnerRequestKind::View, request));
    // A request withdrawn with its reason (the loan keeps the reason).
    const QString withdrawal = QStringLiteral("王小明已自行提供合同原件");
    auto w = d.ask(d.staff, d.ownerNo);
    AR_VERIFY_OK(w);
    actAs(d.f, d.staff);
    AR_VERIFY_OK(d.loans().withdraw(w->id, withdrawal));
    auto l = d.ask(d.leader, d.ownerNo, AccessMode::Borrow, purpose);
    AR_VERIFY_OK(l);
    actAs(d.f, d.clerk);
    AR_VERIFY_OK(d.desk().checkOut(l->id));
    AR_VERIFY_OK(d.desk().reportLost(l->id, loss));
    AR_VERIFY_OK(d.loanRegisters().recordDamage(d.financeNo, damageNote));
    for (const QString& text : {purpose, loss, damageNote, request, withdrawal})
        for (const QString& part : {text, text.left(6)})
            QCOMPARE(count(*d.f.archive,
                           QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE %1 OR %2")
                               .arg(containsSql(d.f.archive->database(), QStringLiteral("reason")),
                                    containsSql(d.f.archive->database(), QStringLiteral("detail"))),
                           {part, part}),
                     0);
    // What the trail keeps instead: the kind and the length; the record holding the text is named.
    QCOMPARE(count(*d.f.archive,
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'loan' AND "
                                  "entity_id = ? AND reason = ?"),
                   {l->id, QStringLiteral("[loss_report: %1 characters]").arg(loss.size())}),
             1);
    QCOMPARE(count(*d.f.archive,
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'damage' AND "
                                  "reason = ?"),
                   {QStringLiteral("[damage_note: %1 characters]").arg(damageNote.size())}),
             1);
    QCOMPARE(count(*d.f.archive,
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'loan' AND "
                                  "entity_id = ? AND reason = ?"),
                   {w->id, QStringLiteral("[withdraw_reason: %1 characters]").arg(withdrawal.size())}),
             1);
    // The texts themselves are where they belong.
    QCOMPARE(d.loans().loan(l->id)->purpose, purpose);
    QCOMPARE(d.loans().loan(w->id)->decisionReason, withdrawal);
    QCOMPARE(d.loanRegisters().damages()->first().note, damageNote);
}

QTEST_GUILESS_MAIN(TestServicesLoans)
#include "TestServicesLoans.moc"
