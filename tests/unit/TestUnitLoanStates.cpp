// The loan's states and the dossier's status as pure rules of core (issue #21 item 3): every
// (status, event) pair of a loan, the status a request starts in, overdue days, and what a dossier
// becomes when it comes back or is found again. No database.

#include "core/Dossier.h"
#include "core/Loan.h"

#include <QTest>

#include <map>
#include <utility>

using namespace ar;

Q_DECLARE_METATYPE(ar::LoanStatus)
Q_DECLARE_METATYPE(ar::LoanEvent)

namespace {

const QList<LoanStatus> kStatuses = {LoanStatus::Pending,  LoanStatus::Approved, LoanStatus::Rejected,
                                     LoanStatus::InRoom,   LoanStatus::Refused,  LoanStatus::Out,
                                     LoanStatus::Returned, LoanStatus::Lost,     LoanStatus::Withdrawn};

const QList<std::pair<LoanEvent, const char*>> kEvents = {
    {LoanEvent::Approve, "approve"},
    {LoanEvent::Reject, "reject"},
    {LoanEvent::Withdraw, "withdraw"},
    {LoanEvent::CheckOut, "check_out"},
    {LoanEvent::Return, "return"},
    {LoanEvent::EndInRoom, "end_in_room"},
    {LoanEvent::RecordCopy, "record_copy"},
    {LoanEvent::ReportLost, "report_lost"},
    {LoanEvent::AskExtension, "ask_extension"},
};

// The only steps a loan may take; every other (status, event) pair is refused.
const std::map<std::pair<LoanStatus, LoanEvent>, LoanStatus> kAllowed = {
    // R23, R25: the approver decides a request that waits; who asked may withdraw it until then.
    {{LoanStatus::Pending, LoanEvent::Approve}, LoanStatus::Approved},
    {{LoanStatus::Pending, LoanEvent::Reject}, LoanStatus::Rejected},
    {{LoanStatus::Pending, LoanEvent::Withdraw}, LoanStatus::Withdrawn},
    // R33: only an approved take-out is handed over; it comes back with its condition recorded.
    {{LoanStatus::Approved, LoanEvent::CheckOut}, LoanStatus::Out},
    {{LoanStatus::Out, LoanEvent::Return}, LoanStatus::Returned},
    // R24: a viewing in the room (approved, or a state organ's visit) is checked in, never taken out.
    {{LoanStatus::Approved, LoanEvent::EndInRoom}, LoanStatus::Returned},
    {{LoanStatus::InRoom, LoanEvent::EndInRoom}, LoanStatus::Returned},
    // R25: no copy without approval.
    {{LoanStatus::Approved, LoanEvent::RecordCopy}, LoanStatus::Returned},
    // R34: only a dossier that is out is lost on loan.
    {{LoanStatus::Out, LoanEvent::ReportLost}, LoanStatus::Lost},
    // R32: an extension is asked while the dossier is out; the loan stays out.
    {{LoanStatus::Out, LoanEvent::AskExtension}, LoanStatus::Out},
};

} // namespace

class TestUnitLoanStates : public QObject
{
    Q_OBJECT

private slots:
    void R23_R24_R25_R32_R33_R34_everyStatusAndEvent_data();
    void R23_R24_R25_R32_R33_R34_everyStatusAndEvent();
    void R24_anInRoomViewingIsNeverTakenOut();
    void R33_aLoanThatIsOutIsNotHandedOverAgain();
    void R34_onlyALoanThatIsOutIsLost();
    void R21_R23_R24_requestStartsFromTheAccessDecision();
    void R35_daysOverdueOnlyWhileOut();
    void R34_R43_goneDossiersStayAtTheDesk();
    void R33_dossierComesBackToItsStatusBeforeTheLoan();
    void R34_R42_foundDossierStatus_data();
    void R34_R42_foundDossierStatus();
};

void TestUnitLoanStates::R23_R24_R25_R32_R33_R34_everyStatusAndEvent_data()
{
    QTest::addColumn<LoanStatus>("from");
    QTest::addColumn<LoanEvent>("event");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<LoanStatus>("to");
    for (LoanStatus s : kStatuses)
        for (const auto& [e, name] : kEvents) {
            const auto it = kAllowed.find({s, e});
            const bool allowed = it != kAllowed.end();
            QTest::addRow("%s/%s", qPrintable(loanStatusCode(s)), name)
                << s << e << allowed << (allowed ? it->second : s);
        }
}

void TestUnitLoanStates::R23_R24_R25_R32_R33_R34_everyStatusAndEvent()
{
    QFETCH(LoanStatus, from);
    QFETCH(LoanEvent, event);
    QFETCH(bool, allowed);
    QFETCH(LoanStatus, to);
    const std::optional<LoanStatus> after = loanAfter(from, event);
    QCOMPARE(after.has_value(), allowed);
    if (allowed)
        QCOMPARE(loanStatusCode(*after), loanStatusCode(to));
}

void TestUnitLoanStates::R24_anInRoomViewingIsNeverTakenOut()
{
    QVERIFY(!loanAfter(LoanStatus::InRoom, LoanEvent::CheckOut));
    QVERIFY(!loanAfter(LoanStatus::InRoom, LoanEvent::Return));
    QVERIFY(!loanAfter(LoanStatus::InRoom, LoanEvent::ReportLost));
}

void TestUnitLoanStates::R33_aLoanThatIsOutIsNotHandedOverAgain()
{
    QVERIFY(!loanAfter(LoanStatus::Out, LoanEvent::CheckOut));
    QVERIFY(!loanAfter(LoanStatus::Returned, LoanEvent::CheckOut));
    QVERIFY(!loanAfter(LoanStatus::Lost, LoanEvent::CheckOut));
    QVERIFY(!loanAfter(LoanStatus::Out, LoanEvent::EndInRoom));
}

void TestUnitLoanStates::R34_onlyALoanThatIsOutIsLost()
{
    for (LoanStatus s : kStatuses)
        QCOMPARE(loanAfter(s, LoanEvent::ReportLost).has_value(), s == LoanStatus::Out);
    // A lost loan is closed: it neither comes back nor is extended.
    QVERIFY(!loanAfter(LoanStatus::Lost, LoanEvent::Return));
    QVERIFY(!loanAfter(LoanStatus::Lost, LoanEvent::AskExtension));
}

void TestUnitLoanStates::R21_R23_R24_requestStartsFromTheAccessDecision()
{
    QCOMPARE(loanStatusCode(loanStatusOnRequest(AccessOutcome::Granted)), QStringLiteral("approved"));
    QCOMPARE(loanStatusCode(loanStatusOnRequest(AccessOutcome::NeedsApproval)), QStringLiteral("pending"));
    QCOMPARE(loanStatusCode(loanStatusOnRequest(AccessOutcome::InRoomOnly)), QStringLiteral("in_room"));
    QCOMPARE(loanStatusCode(loanStatusOnRequest(AccessOutcome::Refused)), QStringLiteral("refused"));
}

void TestUnitLoanStates::R35_daysOverdueOnlyWhileOut()
{
    const QDate due(2026, 10, 9);
    QCOMPARE(loanDaysOverdue(LoanStatus::Out, due, QDate(2026, 10, 12)), 3);
    QCOMPARE(loanDaysOverdue(LoanStatus::Out, due, due), 0);
    QCOMPARE(loanDaysOverdue(LoanStatus::Out, due, QDate(2026, 10, 1)), 0);
    QCOMPARE(loanDaysOverdue(LoanStatus::Out, QDate(), QDate(2026, 10, 12)), 0);
    QCOMPARE(loanDaysOverdue(LoanStatus::Returned, due, QDate(2026, 10, 12)), 0);
    QCOMPARE(loanDaysOverdue(LoanStatus::Lost, due, QDate(2026, 10, 12)), 0);
    QCOMPARE(loanDaysOverdue(LoanStatus::Approved, due, QDate(2026, 10, 12)), 0);
}

void TestUnitLoanStates::R34_R43_goneDossiersStayAtTheDesk()
{
    for (const QString& s : dossierStatuses()) {
        const bool gone = s == QLatin1String("lost") || s == QLatin1String("destroyed");
        QCOMPARE(dossierIsGone(s), gone);
        QCOMPARE(dossierIsInRoom(s), !gone && s != QLatin1String("on_loan"));
    }
    QCOMPARE(QString::fromLatin1(dossierGoneRule(QStringLiteral("lost"))), QStringLiteral("R34"));
    QCOMPARE(QString::fromLatin1(dossierGoneRule(QStringLiteral("destroyed"))), QStringLiteral("R43"));
}

void TestUnitLoanStates::R33_dossierComesBackToItsStatusBeforeTheLoan()
{
    QCOMPARE(dossierStatusAfterReturn(QString()), QStringLiteral("open"));
    QCOMPARE(dossierStatusAfterReturn(QStringLiteral("filed")), QStringLiteral("filed"));
    QCOMPARE(dossierStatusAfterReturn(QStringLiteral("former_owner")), QStringLiteral("former_owner"));
}

void TestUnitLoanStates::R34_R42_foundDossierStatus_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<bool>("ownerChanged");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown") << QString() << false << QStringLiteral("open");
    QTest::newRow("filed") << QStringLiteral("filed") << false << QStringLiteral("filed");
    QTest::newRow("open") << QStringLiteral("open") << false << QStringLiteral("open");
    QTest::newRow("on_loan") << QStringLiteral("on_loan") << false << QStringLiteral("open");
    QTest::newRow("lost") << QStringLiteral("lost") << false << QStringLiteral("open");
    QTest::newRow("owner changed") << QStringLiteral("filed") << true << QStringLiteral("former_owner");
    QTest::newRow("owner changed, unknown") << QString() << true << QStringLiteral("former_owner");
}

void TestUnitLoanStates::R34_R42_foundDossierStatus()
{
    QFETCH(QString, before);
    QFETCH(bool, ownerChanged);
    QFETCH(QString, expected);
    QCOMPARE(dossierStatusWhenFound(before, ownerChanged), expected);
}

QTEST_GUILESS_MAIN(TestUnitLoanStates)
#include "TestUnitLoanStates.moc"
