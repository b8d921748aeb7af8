// Around a request (issue #20 item 7): who asked withdraws it while it waits; the desk sees the
// borrower with what they have out; the approver sees the dossier's room. The clock is fixed.
#include "LoanHelpers.h"

using namespace ar;
using namespace ar::test;

namespace {

struct Requests
{
    Fixture f{Role::Clerk};
    User clerk;
    User engStaff;  // 工程部: asks for an owner dossier of 客服部
    User csStaff;   // 客服部
    User csManager; // decides owner dossiers
    QString ownerNo;
    QString otherNo;

    Requests()
    {
        clerk = f.user;
        engStaff = addAccount(f, Role::Staff, QStringLiteral("staff-eng"), QStringLiteral("工程部"));
        csStaff = addAccount(f, Role::Staff, QStringLiteral("staff-cs"), QStringLiteral("客服部"));
        csManager = addAccount(f, Role::Manager, QStringLiteral("head-cs"), QStringLiteral("客服部"));
        f.makeSmallEstate();
        actAs(f, clerk);
        auto reg = f.archive->people().registerPerson(wangXiaoming(f.roomId(QStringLiteral("3-2-1201"))));
        if (!reg)
            qFatal("register: %s", qPrintable(reg.error().message));
        ownerNo = reg->archiveNo;
        otherNo = addDossier(f, QStringLiteral("repair"), QStringLiteral("厨房水管维修"));
    }
    LoanService& loans() { return f.archive->loans(); }
    LoanDeskService& desk() { return f.archive->desk(); }
    LoanRegisterService& loanRegisters() { return f.archive->loanRegisters(); }
    WorkCalendarService& calendar() { return f.archive->calendar(); }
    Result<Loan> ask(const User& who, const QString& no, const QString& borrower = {})
    {
        actAs(f, who);
        LoanService::Request r;
        r.archiveNo = no;
        r.borrowerLogin = borrower;
        r.mode = AccessMode::Borrow;
        r.purpose = QStringLiteral("核对交房资料");
        return loans().request(r);
    }
    int withdrawRecords()
    {
        return count(*f.archive,
                     QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'loan_step' AND "
                                    "detail LIKE '%\"withdraw\"%'"));
    }
};

} // namespace

class TestServicesLoanRequests : public QObject
{
    Q_OBJECT
private slots:
    void R23_whoAskedWithdrawsAWaitingRequest();
    void R23_clerkWhoRegisteredTheRequestMayWithdrawIt();
    void R33_deskSeesTheBorrowerAndWhatTheyHaveOut();
    void R23_inboxNamesTheDossiersRoom();
    void R20_staffSeeARoomsDossiersWithoutNames();
};

void TestServicesLoanRequests::R23_whoAskedWithdrawsAWaitingRequest()
{
    Requests r;
    auto asked = r.ask(r.engStaff, r.ownerNo);
    AR_VERIFY_OK(asked);
    QCOMPARE(asked->status, LoanStatus::Pending);

    // Another staff member, and the approving head, cannot withdraw it; nothing changes.
    actAs(r.f, r.csStaff);
    QCOMPARE(r.loans().withdraw(asked->id).error().code, ErrorCode::PermissionDenied);
    actAs(r.f, r.csManager);
    QCOMPARE(r.loans().withdraw(asked->id).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(r.loans().inbox()->size(), 1);
    QCOMPARE(r.withdrawRecords(), 0);

    // Who asked withdraws it: it leaves the head's inbox and cannot be approved any more.
    actAs(r.f, r.engStaff);
    auto withdrawn = r.loans().withdraw(asked->id, QStringLiteral("资料已从业主处取得"));
    AR_VERIFY_OK(withdrawn);
    QCOMPARE(withdrawn->status, LoanStatus::Withdrawn);
    QCOMPARE(loanStatusCode(withdrawn->status), QStringLiteral("withdrawn"));
    QCOMPARE(r.withdrawRecords(), 1);
    actAs(r.f, r.csManager);
    QVERIFY(r.loans().inbox()->isEmpty());
    QCOMPARE(r.loans().approve(asked->id).error().code, ErrorCode::Conflict);

    // Once decided, a request is no longer withdrawn.
    actAs(r.f, r.engStaff);
    QCOMPARE(r.loans().withdraw(asked->id).error().code, ErrorCode::Conflict);
    auto again = r.ask(r.engStaff, r.ownerNo);
    AR_VERIFY_OK(again);
    actAs(r.f, r.csManager);
    AR_VERIFY_OK(r.loans().approve(again->id));
    actAs(r.f, r.engStaff);
    auto late = r.loans().withdraw(again->id);
    QCOMPARE(late.error().code, ErrorCode::Conflict);
    QVERIFY2(late.error().message.contains(QString::number(again->id)), qPrintable(late.error().message));
    QCOMPARE(r.withdrawRecords(), 1);
    QCOMPARE(r.loans().loan(again->id)->status, LoanStatus::Approved);
}

void TestServicesLoanRequests::R23_clerkWhoRegisteredTheRequestMayWithdrawIt()
{
    Requests r;
    // The clerk registers a request for the 工程部 staff member at the desk.
    auto asked = r.ask(r.clerk, r.ownerNo, QStringLiteral("staff-eng"));
    AR_VERIFY_OK(asked);
    QCOMPARE(asked->status, LoanStatus::Pending);
    QCOMPARE(asked->borrowerId, r.engStaff.id);
    // Both the borrower and the clerk who registered it may withdraw; the clerk does.
    actAs(r.f, r.clerk);
    AR_VERIFY_OK(r.loans().withdraw(asked->id));
    QCOMPARE(r.loans().loan(asked->id)->status, LoanStatus::Withdrawn);
}

void TestServicesLoanRequests::R33_deskSeesTheBorrowerAndWhatTheyHaveOut()
{
    Requests r;
    setDay(r.f, QDate(2026, 11, 2));
    // Out since 2 November, due the same day (owner dossier): overdue by the 5th.
    auto out = r.ask(r.engStaff, r.ownerNo);
    actAs(r.f, r.csManager);
    AR_VERIFY_OK(r.loans().approve(out->id));
    actAs(r.f, r.clerk);
    AR_VERIFY_OK(r.desk().checkOut(out->id));
    // And one waiting for approval; another borrower's loan is not shown.
    auto waiting = r.ask(r.engStaff, r.otherNo);
    AR_VERIFY_OK(waiting);
    setDay(r.f, QDate(2026, 11, 5));

    actAs(r.f, r.clerk);
    auto b = r.desk().deskBorrower(QStringLiteral("staff-eng"));
    AR_VERIFY_OK(b);
    QCOMPARE(b->user.department, QStringLiteral("工程部"));
    QCOMPARE(b->loans.size(), 2);
    QCOMPARE(b->overdue, 1);
    for (const Loan& l : b->loans) {
        QCOMPARE(l.borrowerId, r.engStaff.id);
        if (l.id == out->id)
            QVERIFY2(l.daysOverdue > 0, qPrintable(QString::number(l.daysOverdue)));
    }
    auto other = r.desk().deskBorrower(QStringLiteral("staff-cs"));
    AR_VERIFY_OK(other);
    QVERIFY(other->loans.isEmpty());
    QCOMPARE(other->overdue, 0);

    // An unknown login is named; the desk is the clerk's.
    auto unknown = r.desk().deskBorrower(QStringLiteral("nobody"));
    QCOMPARE(unknown.error().code, ErrorCode::InvalidInput);
    QVERIFY(unknown.error().message.contains(QStringLiteral("nobody")));
    actAs(r.f, r.csManager);
    QCOMPARE(r.desk().deskBorrower(QStringLiteral("staff-eng")).error().code, ErrorCode::PermissionDenied);
}

void TestServicesLoanRequests::R23_inboxNamesTheDossiersRoom()
{
    Requests r;
    AR_VERIFY_OK(r.ask(r.engStaff, r.ownerNo));
    actAs(r.f, r.csManager);
    auto inbox = r.loans().inbox();
    AR_VERIFY_OK(inbox);
    QCOMPARE(inbox->size(), 1);
    QVERIFY2(inbox->first().room.endsWith(QStringLiteral("3-2-1201")), qPrintable(inbox->first().room));
    QVERIFY(!inbox->first().dossierTitle.isEmpty());
    QCOMPARE(inbox->first().categoryName, QStringLiteral("业主"));
}

void TestServicesLoanRequests::R20_staffSeeARoomsDossiersWithoutNames()
{
    Requests r;
    const qint64 room = r.f.roomId(QStringLiteral("3-2-1201"));
    // The clerk sees the owner dossier's title with the owner's name in it …
    actAs(r.f, r.clerk);
    auto seen = r.f.archive->dossiers().ofRoom(room);
    AR_VERIFY_OK(seen);
    QCOMPARE(seen->size(), 1);
    QVERIFY2(seen->first().title.contains(QStringLiteral("王小明")), qPrintable(seen->first().title));
    // … staff find it by room to ask for it: the same 档号 and category, no name.
    actAs(r.f, r.engStaff);
    auto asked = r.f.archive->dossiers().ofRoom(room);
    AR_VERIFY_OK(asked);
    QCOMPARE(asked->size(), 1);
    QCOMPARE(asked->first().archiveNo, seen->first().archiveNo);
    QCOMPARE(asked->first().category, QStringLiteral("owner"));
    QVERIFY2(!asked->first().title.contains(QStringLiteral("王小明")), qPrintable(asked->first().title));
    QVERIFY2(asked->first().title.contains(QStringLiteral("3-2-1201")), qPrintable(asked->first().title));
    QCOMPARE(asked->first().personId, 0);
    AR_VERIFY_OK(r.ask(r.engStaff, asked->first().archiveNo));
    // The administrator asks for nothing and sees no dossiers.
    actAs(r.f, r.f.admin);
    QCOMPARE(r.f.archive->dossiers().ofRoom(room).error().code, ErrorCode::PermissionDenied);
}

QTEST_GUILESS_MAIN(TestServicesLoanRequests)
#include "TestServicesLoanRequests.moc"
