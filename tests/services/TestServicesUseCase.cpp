// The use-case helper (src/services/UseCase.h, issue #21 item 2): what every service call that
// writes relies on — the permission's refusal as Context::require gives it, one transaction that
// joins the caller's, the audit records in order and in that transaction, every error unchanged.
#include "ServiceHelpers.h"
#include "services/UseCase.h"

using namespace ar;
using namespace ar::test;

class TestServicesUseCase : public QObject
{
    Q_OBJECT

private slots:
    void R27_aRefusalIsTheOneOfRequireAndIsTraced();
    void aCallersCheckRefusesWithItsOwnMessage();
    void R27_recordsAreWrittenInOrderWithTheWorkAndCommitted();
    void anErrorOfTheWorkComesBackUnchangedAndNothingIsSaved();
    void R27_aRecordThatCannotBeWrittenFailsTheCall();
    void aWorkInsideACallersTransactionJoinsIt();
    void rollBackDoomsTheCallersTransaction();
};

namespace {
const QString kKey = QStringLiteral("usecase_test");

QString metaValue(Fixture& f)
{
    auto v = f.archive->context().meta.get(kKey);
    return v ? v.value() : QStringLiteral("?");
}

int records(Fixture& f, const QString& action)
{
    return count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"), {action});
}
} // namespace

void TestServicesUseCase::R27_aRefusalIsTheOneOfRequireAndIsTraced()
{
    Fixture f(Role::Staff);
    Context& ctx = f.archive->context();
    const Status expected = ctx.require(Permission::ConfigureArchive);
    QVERIFY(!expected);
    const int refusedBefore = records(f, QStringLiteral("refused"));
    bool ran = false;
    const Status s = usecase::write(ctx, Permission::ConfigureArchive, [&](usecase::Step&) -> Status {
        ran = true;
        return ctx.meta.set(kKey, QStringLiteral("x"));
    });
    QVERIFY(!ran);
    QVERIFY(!s);
    QCOMPARE(s.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(s.error().message, expected.error().message);
    QCOMPARE(records(f, QStringLiteral("refused")), refusedBefore + 1);
    QCOMPARE(metaValue(f), QString());
}

void TestServicesUseCase::aCallersCheckRefusesWithItsOwnMessage()
{
    Fixture f(Role::Staff);
    Context& ctx = f.archive->context();
    const QString message = QStringLiteral("Only the archive clerk or the administrator does this");
    bool ran = false;
    const Result<int> r = usecase::write(
        ctx,
        usecase::allowed(ctx.can(Permission::FileDossiers) || ctx.can(Permission::ConfigureArchive), message),
        [&](usecase::Step&) -> Result<int> {
            ran = true;
            return 1;
        });
    QVERIFY(!ran);
    QCOMPARE(r.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(r.error().message, message);
}

void TestServicesUseCase::R27_recordsAreWrittenInOrderWithTheWorkAndCommitted()
{
    Fixture f(Role::Clerk);
    Context& ctx = f.archive->context();
    const int before = count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const Result<QString> r =
        usecase::write(ctx, Permission::FileDossiers, [&](usecase::Step& step) -> Result<QString> {
            if (auto s = ctx.meta.set(kKey, QStringLiteral("written")); !s)
                return s.error();
            step.audit(AuditAction::Configure, QStringLiteral("first"), 1);
            step.audit(AuditAction::Configure, QStringLiteral("second"), 2);
            return QStringLiteral("done");
        });
    AR_VERIFY_OK(r);
    QCOMPARE(r.value(), QStringLiteral("done"));
    QCOMPARE(metaValue(f), QStringLiteral("written"));
    QCOMPARE(count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM audit_log")), before + 2);
    auto last = f.archive->database().exec(
        QStringLiteral("SELECT entity, entity_id, user_login FROM audit_log ORDER BY id DESC LIMIT 2"));
    AR_VERIFY_OK(last);
    QSqlQuery& q = last.value();
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("second"));
    QCOMPARE(q.value(2).toString(), f.user.login);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("first"));
    QCOMPARE(q.value(1).toLongLong(), 1);
    // The chain still verifies: the records were appended as any other.
    auto report = f.archive->audit().verify();
    AR_VERIFY_OK(report);
    QVERIFY2(report->intact(), qPrintable(report->message));
}

void TestServicesUseCase::anErrorOfTheWorkComesBackUnchangedAndNothingIsSaved()
{
    Fixture f(Role::Clerk);
    Context& ctx = f.archive->context();
    const int before = count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const Error wrong =
        Error::invalid(QStringLiteral("name"), QStringLiteral("a/b"), QStringLiteral("No '/' here"));
    const Result<qint64> r =
        usecase::write(ctx, Permission::FileDossiers, [&](usecase::Step& step) -> Result<qint64> {
            if (auto s = ctx.meta.set(kKey, QStringLiteral("half")); !s)
                return s.error();
            step.audit(AuditAction::Configure, QStringLiteral("half"), 1);
            return wrong;
        });
    QVERIFY(!r);
    QCOMPARE(r.error().code, wrong.code);
    QCOMPARE(r.error().message, wrong.message);
    QCOMPARE(r.error().field, wrong.field);
    QCOMPARE(r.error().value, wrong.value);
    QCOMPARE(metaValue(f), QString());
    QCOMPARE(count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM audit_log")), before);
}

void TestServicesUseCase::R27_aRecordThatCannotBeWrittenFailsTheCall()
{
    Fixture f(Role::Clerk);
    Context& ctx = f.archive->context();
    const int before = count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const Error broken = Error::of(ErrorCode::Failed, QStringLiteral("The trail cannot be written"));
    bool after = false;
    const Status s = usecase::write(ctx, Permission::FileDossiers, [&](usecase::Step& step) -> Status {
        if (auto w = ctx.meta.set(kKey, QStringLiteral("half")); !w)
            return w;
        step.audit(AuditAction::Configure, QStringLiteral("kept"), 1);
        step.audited(broken); // as a support's record that failed
        step.audited(Error::of(ErrorCode::Conflict, QStringLiteral("a later one")));
        after = true;
        return {};
    });
    QVERIFY(after); // the work is not stopped: records are its last steps
    QVERIFY(!s);
    QCOMPARE(s.error().code, broken.code);
    QCOMPARE(s.error().message, broken.message); // the first failure
    QCOMPARE(metaValue(f), QString());
    QCOMPARE(count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM audit_log")), before);
}

void TestServicesUseCase::aWorkInsideACallersTransactionJoinsIt()
{
    Fixture f(Role::Clerk);
    Context& ctx = f.archive->context();
    {
        Transaction outer(ctx.db);
        const Status s = usecase::write(ctx, Permission::FileDossiers, [&](usecase::Step& step) -> Status {
            step.audit(AuditAction::Configure, QStringLiteral("joined"), 1);
            return ctx.meta.set(kKey, QStringLiteral("inner"));
        });
        AR_VERIFY_OK(s);
        // The caller does not commit: the inner commit was only a vote.
    }
    QCOMPARE(metaValue(f), QString());
    QCOMPARE(count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'joined'")), 0);
}

void TestServicesUseCase::rollBackDoomsTheCallersTransaction()
{
    Fixture f(Role::Clerk);
    Context& ctx = f.archive->context();
    Transaction outer(ctx.db);
    AR_VERIFY_OK(ctx.meta.set(kKey, QStringLiteral("outer")));
    const Status s = usecase::write(ctx, [&](usecase::Step& step) -> Status {
        step.rollBack(); // nothing to do: as a hand-written `return {};` before the commit
        return {};
    });
    AR_VERIFY_OK(s);
    const Status committed = outer.commit();
    QVERIFY(!committed);
    QCOMPARE(metaValue(f), QString());
}

QTEST_GUILESS_MAIN(TestServicesUseCase)
#include "TestServicesUseCase.moc"
