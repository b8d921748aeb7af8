// The hash chain of the audit trail (R27): verify() passes on an intact trail and names the
// first broken record when one was edited, deleted (in the middle or at the end) or slipped in
// with SQL, as someone with the sqlite3 tool would; a trail rewritten or cut with the file alone
// (the hashes computed again) breaks its keyed seal; two processes appending at once keep one
// chain; a checkpoint noted down earlier catches an older copy of the whole file put back.

#include "ServiceHelpers.h"
#include "security/AuditHash.h"

#include <QProcess>

#include <memory>
#include <vector>

using namespace ar;
using namespace ar::test;

namespace {

// An archive whose trail holds a dozen records.
struct Trail
{
    std::unique_ptr<Fixture> f = std::make_unique<Fixture>(Role::Clerk);
    qint64 wang = 0;

    Trail()
    {
        f->makeSmallEstate();
        auto done = f->archive->people().registerPerson(wangXiaoming(f->roomId(QStringLiteral("3-2-1201"))));
        if (!done)
            qFatal("%s", qPrintable(done.error().message));
        wang = done->personId;
        for (int i = 0; i < 4; ++i) {
            f->clock.advanceSecs(60);
            if (!f->archive->people().person(wang) || !f->archive->people().history(wang))
                qFatal("cannot view");
        }
    }
    Archive& a() { return *f->archive; }
    int records() { return count(a(), QStringLiteral("SELECT COUNT(*) FROM audit_log")); }
    void sql(const QString& statement, std::initializer_list<QVariant> args = {})
    {
        auto r = a().database().exec(statement, args);
        if (!r)
            qFatal("%s", qPrintable(r.error().message));
    }
    AuditService::VerifyReport verify(const std::optional<AuditService::Checkpoint>& cp = std::nullopt)
    {
        auto r = a().audit().verify(cp);
        if (!r)
            qFatal("%s", qPrintable(r.error().message));
        return r.value();
    }
};

} // namespace

class TestServicesAuditChain : public QObject
{
    Q_OBJECT

private slots:
    void R27_intactChainVerifies();
    void R27_editedRecordIsNamed();
    void R27_rehashedRecordBreaksTheLinkAfterIt();
    void R27_deletedMiddleRecordIsNamed();
    void R27_deletedLastRecordIsCaught();
    void R27_deletedLastRecordStaysCaughtAfterMoreRecords();
    void R27_recordInsertedWithSqlIsCaught();
    void R27_deletedHeadIsCaught();
    void R27_trailRewrittenWithTheFileAloneBreaksItsSeal();
    void R27_trailCutWithTheFileAloneBreaksItsSeal();
    void R27_onlyFailedSignInsFollowTheSeal();
    void R27_sealRemovedIsNotSealedAgain();
    void R27_trailFromBeforeTheSealIsSealedOnce();
    void R27_checkpointCatchesAnOlderCopy();
    void R27_twoProcessesAppendToOneChainAtOnce();
    void R27_hashCoversEveryFieldUnambiguously();
};

void TestServicesAuditChain::R27_intactChainVerifies()
{
    Trail t;
    const auto rep = t.verify();
    QVERIFY2(rep.intact(), qPrintable(rep.message));
    QCOMPARE(rep.records, qint64(t.records()));
    QVERIFY(rep.records >= 12);
    QCOMPARE(rep.lastId, rep.records);
    QCOMPARE(rep.lastHash, t.a().context().audit.last()->hash);
    // The first record starts from the fixed genesis value.
    QCOMPARE(count(t.a(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE id = 1 AND prev_hash = ?"),
                   {auditGenesisHash()}),
             1);
}

void TestServicesAuditChain::R27_editedRecordIsNamed()
{
    Trail t;
    t.sql(QStringLiteral("UPDATE audit_log SET detail = '{\"view\":\"nothing\"}' WHERE id = 7"));
    const auto rep = t.verify();
    QVERIFY(!rep.intact());
    QCOMPARE(rep.problem, AuditService::Problem::Edited);
    QCOMPARE(rep.brokenId, qint64(7));
    QVERIFY(!rep.brokenAt.isEmpty());
    QVERIFY2(rep.message.contains(QStringLiteral("7")), qPrintable(rep.message));
    // Who did it is as protected as what: changing the user is caught the same way.
    Trail u;
    u.sql(QStringLiteral("UPDATE audit_log SET user_login = 'nobody' WHERE id = 5"));
    QCOMPARE(u.verify().brokenId, qint64(5));
    QCOMPARE(u.verify().problem, AuditService::Problem::Edited);
}

void TestServicesAuditChain::R27_rehashedRecordBreaksTheLinkAfterIt()
{
    // Editing a record and writing a matching hash for it: the next record's link breaks.
    Trail t;
    AuditRecord r = t.a().audit().list({0, {}, {}, {}, {}, {}, 1, 5, false})->first().record;
    QCOMPARE(r.id, qint64(6));
    r.userLogin = QStringLiteral("someone_else");
    t.sql(QStringLiteral("UPDATE audit_log SET user_login = ?, hash = ? WHERE id = 6"),
          {r.userLogin, auditHash(r.prevHash, r)});
    const auto rep = t.verify();
    QCOMPARE(rep.problem, AuditService::Problem::Relinked);
    QCOMPARE(rep.brokenId, qint64(7));
    QVERIFY2(rep.message.contains(QStringLiteral("6")), qPrintable(rep.message));
}

void TestServicesAuditChain::R27_deletedMiddleRecordIsNamed()
{
    Trail t;
    t.sql(QStringLiteral("DELETE FROM audit_log WHERE id = 4"));
    const auto rep = t.verify();
    QCOMPARE(rep.problem, AuditService::Problem::Missing);
    QCOMPARE(rep.brokenId, qint64(4));
    QVERIFY2(rep.message.contains(QStringLiteral("4")), qPrintable(rep.message));
}

void TestServicesAuditChain::R27_deletedLastRecordIsCaught()
{
    Trail t;
    const qint64 n = t.records();
    t.sql(QStringLiteral("DELETE FROM audit_log WHERE id = ?"), {n});
    const auto rep = t.verify();
    QCOMPARE(rep.problem, AuditService::Problem::TailMissing);
    QCOMPARE(rep.brokenId, n);
    QVERIFY2(rep.message.contains(QString::number(n)), qPrintable(rep.message));
}

void TestServicesAuditChain::R27_deletedLastRecordStaysCaughtAfterMoreRecords()
{
    // Work goes on after the deletion: the gap stays visible, the trail stays writable.
    Trail t;
    const qint64 n = t.records();
    t.sql(QStringLiteral("DELETE FROM audit_log WHERE id = ?"), {n});
    AR_VERIFY_OK(t.a().people().person(t.wang));
    AR_VERIFY_OK(t.a().people().history(t.wang));
    const auto rep = t.verify();
    QCOMPARE(rep.problem, AuditService::Problem::Missing);
    QCOMPARE(rep.brokenId, n);
    QCOMPARE(t.a().context().audit.last()->id, n + 2);
}

void TestServicesAuditChain::R27_recordInsertedWithSqlIsCaught()
{
    Trail t;
    const AuditRecord last = t.a().context().audit.last().value();
    AuditRecord forged = last;
    forged.id = last.id + 1;
    forged.action = QStringLiteral("view_person");
    forged.prevHash = last.hash;
    forged.hash = auditHash(forged.prevHash, forged); // even with a correct hash
    t.sql(QStringLiteral("INSERT INTO audit_log(id, at, user_id, user_login, action, entity, entity_id, "
                         "detail, reason, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
          {forged.id, forged.at, forged.userId, forged.userLogin, forged.action, forged.entity,
           forged.entityId, forged.detail, forged.reason, forged.prevHash, forged.hash});
    const auto rep = t.verify();
    QCOMPARE(rep.problem, AuditService::Problem::Added);
    QCOMPARE(rep.brokenId, forged.id);
}

void TestServicesAuditChain::R27_deletedHeadIsCaught()
{
    Trail t;
    t.sql(QStringLiteral("DELETE FROM meta WHERE key = 'audit_head'"));
    QCOMPARE(t.verify().problem, AuditService::Problem::HeadMissing);
}

void TestServicesAuditChain::R27_trailRewrittenWithTheFileAloneBreaksItsSeal()
{
    // Someone with the file but no password rewrites record 3 and every hash after it, and the
    // head: each link holds again, but the seal over the end is keyed, and cannot be redone.
    Trail t;
    QVERIFY(t.verify().intact());
    QList<AuditRecord> all;
    QVERIFY(t.a().context().audit.forEach([&all](const AuditRecord& r) {
        all << r;
        return true;
    }));
    all[2].detail = QStringLiteral("{\"view\":\"rewritten\"}");
    QString prev = auditGenesisHash();
    for (AuditRecord& r : all) {
        r.prevHash = prev;
        r.hash = prev = auditHash(r.prevHash, r);
        t.sql(QStringLiteral("UPDATE audit_log SET detail = ?, prev_hash = ?, hash = ? WHERE id = ?"),
              {r.detail, r.prevHash, r.hash, r.id});
    }
    const auto head = t.a().context().audit.head().value();
    // The head moved to the new end, its seal kept …
    t.sql(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'audit_head'"),
          {QStringLiteral("%1:%2:%3:%4").arg(all.size()).arg(prev).arg(head.sealedCount).arg(head.seal)});
    auto rep = t.verify();
    QCOMPARE(rep.problem, AuditService::Problem::SealMismatch);
    QCOMPARE(rep.brokenId, head.sealedCount);
    // … or dropped, as in an archive from before the seal.
    t.sql(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'audit_head'"), {QStringLiteral("%1:%2").arg(all.size()).arg(prev)});
    QCOMPARE(t.verify().problem, AuditService::Problem::Unsealed);
    // Work going on does not seal the rewritten trail over.
    t.sql(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'audit_head'"),
          {QStringLiteral("%1:%2:%3:%4").arg(all.size()).arg(prev).arg(head.sealedCount).arg(head.seal)});
    AR_VERIFY_OK(t.a().people().person(t.wang));
    QCOMPARE(t.verify().problem, AuditService::Problem::SealMismatch);
}

void TestServicesAuditChain::R27_trailCutWithTheFileAloneBreaksItsSeal()
{
    // The last records deleted and the head set to the new last one: every link and the head
    // agree, the seal does not.
    Trail t;
    const qint64 n = t.records();
    const auto head = t.a().context().audit.head().value();
    QCOMPARE(head.sealedCount, n);
    t.sql(QStringLiteral("DELETE FROM audit_log WHERE id > ?"), {n - 3});
    const QString newLast = t.a().context().audit.last()->hash;
    t.sql(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'audit_head'"),
          {QStringLiteral("%1:%2:%3:%4").arg(n - 3).arg(newLast).arg(head.sealedCount).arg(head.seal)});
    auto rep = t.verify();
    QCOMPARE(rep.problem, AuditService::Problem::SealMismatch);
    QCOMPARE(rep.brokenId, n - 2);
    // With the seal moved back to the new end, it does not match either.
    t.sql(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'audit_head'"),
          {QStringLiteral("%1:%2:%3:%4").arg(n - 3).arg(newLast).arg(n - 3).arg(head.seal)});
    rep = t.verify();
    QCOMPARE(rep.problem, AuditService::Problem::SealMismatch);
    QCOMPARE(rep.brokenId, n - 3);
}

void TestServicesAuditChain::R27_onlyFailedSignInsFollowTheSeal()
{
    // Nobody signed in holds the key: failed sign-ins are appended unsealed and are fine; a
    // record of another kind there was written with the file alone.
    Trail t;
    t.a().accounts().signOut();
    QVERIFY(!t.a().accounts().signIn(QStringLiteral("clerk1"), QStringLiteral("wrong-password")));
    QVERIFY(!t.a().accounts().signIn(QStringLiteral("clerk1"), QStringLiteral("wrong-again")));
    const auto head = t.a().context().audit.head().value();
    QCOMPARE(head.count, head.sealedCount + 2);
    AR_VERIFY_OK(t.a().accounts().signIn(QStringLiteral("clerk1"), QStringLiteral("desk-pass-123")));
    QVERIFY(t.verify().intact());
    const AuditRecord last = t.a().context().audit.last().value();
    AuditRecord forged = last;
    forged.id = last.id + 1;
    forged.action = QStringLiteral("unmask");
    forged.reason = QStringLiteral("forged");
    forged.prevHash = last.hash;
    forged.hash = auditHash(forged.prevHash, forged);
    t.sql(QStringLiteral("INSERT INTO audit_log(id, at, user_id, user_login, action, entity, entity_id, "
                         "detail, reason, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
          {forged.id, forged.at, forged.userId, forged.userLogin, forged.action, forged.entity, forged.entityId, forged.detail,
           forged.reason, forged.prevHash, forged.hash});
    const auto newHead = t.a().context().audit.head().value();
    t.sql(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'audit_head'"),
          {QStringLiteral("%1:%2:%3:%4").arg(forged.id).arg(forged.hash).arg(newHead.sealedCount).arg(newHead.seal)});
    const auto rep = t.verify();
    QCOMPARE(rep.problem, AuditService::Problem::Unsealed);
    QCOMPARE(rep.brokenId, forged.id);
}

void TestServicesAuditChain::R27_sealRemovedIsNotSealedAgain()
{
    // The trail cut and its seal removed, as if it came from before the seal: work going on does
    // not seal it again (only a trail the upgrade noted is sealed on trust, once).
    Trail t;
    const qint64 n = t.records();
    t.sql(QStringLiteral("DELETE FROM audit_log WHERE id > ?"), {n - 2});
    const QString newLast = t.a().context().audit.last()->hash;
    t.sql(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'audit_head'"), {QStringLiteral("%1:%2").arg(n - 2).arg(newLast)});
    AR_VERIFY_OK(t.a().people().person(t.wang));
    const auto rep = t.verify();
    QCOMPARE(rep.problem, AuditService::Problem::Unsealed);
    QCOMPARE(t.a().context().audit.head()->sealedCount, 0);
}

void TestServicesAuditChain::R27_trailFromBeforeTheSealIsSealedOnce()
{
    // An archive upgraded from before the seal (migration 0012 notes its trail): the first
    // signed-in append seals it and the note is gone.
    Trail t;
    const qint64 n = t.records();
    const QString last = t.a().context().audit.last()->hash;
    t.sql(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'audit_head'"), {QStringLiteral("%1:%2").arg(n).arg(last)});
    t.sql(QStringLiteral("INSERT INTO meta(key, value) VALUES ('audit_unsealed_before', ?)"), {QStringLiteral("%1:%2").arg(n).arg(last)});
    AR_VERIFY_OK(t.a().people().person(t.wang));
    QVERIFY(t.verify().intact());
    QCOMPARE(t.a().context().audit.head()->sealedCount, n + 1);
    QVERIFY(!t.a().context().audit.writtenBeforeTheSeal().value());
}

void TestServicesAuditChain::R27_checkpointCatchesAnOlderCopy()
{
    if (test::onPostgres())
        QSKIP("an older copy of the archive file: a SQLite file by nature (PostgreSQL: pg_dump)");
    // An older copy of the whole file put back has a trail and seal of its own that hold: a
    // checkpoint noted down since catches it.
    Trail t;
    const QString older = t.f->dbPath() + QStringLiteral(".older");
    t.sql(QStringLiteral("VACUUM INTO '%1'").arg(older));
    for (int i = 0; i < 3; ++i)
        AR_VERIFY_OK(t.a().people().person(t.wang));
    const auto now = t.verify();
    QVERIFY(now.intact());
    const auto checkpoint = AuditService::parseCheckpoint(QStringLiteral("%1:%2").arg(now.lastId).arg(now.lastHash));
    QVERIFY(checkpoint);
    QVERIFY(t.verify(checkpoint).intact());
    auto copy = Archive::open(older, &t.f->clock);
    AR_VERIFY_OK(copy);
    AR_VERIFY_OK(copy.value()->accounts().signIn(QStringLiteral("clerk1"), QStringLiteral("desk-pass-123")));
    QVERIFY(copy.value()->audit().verify(std::nullopt)->intact());
    const auto rep = copy.value()->audit().verify(checkpoint);
    QVERIFY(rep.ok());
    QCOMPARE(rep->problem, AuditService::Problem::CheckpointMismatch);
    QCOMPARE(rep->brokenId, now.lastId);
    QVERIFY(!AuditService::parseCheckpoint(QStringLiteral("12:nothex")));
}

void TestServicesAuditChain::R27_twoProcessesAppendToOneChainAtOnce()
{
    // Two desks (two processes on the same file, ar_desk_worker) append at the same moment, a
    // hundred views and a hundred history views each: every append continues from the head the
    // other just wrote (the write lock is taken before the head is read), none is lost, no id is
    // taken twice, and the chain verifies.
    Trail t;
    const int before = t.records();
    constexpr int kSteps = 100;
    const qint64 start = QDateTime::currentMSecsSinceEpoch() + 1500; // both begin together
    std::vector<std::unique_ptr<QProcess>> desks;
    for (int i = 0; i < 2; ++i) {
        desks.push_back(std::make_unique<QProcess>());
        desks.back()->start(QStringLiteral(AR_DESK_WORKER),
                            {QStringLiteral("mode=views"), QStringLiteral("db=") + t.f->dbPath(),
                             QStringLiteral("user=clerk1"), QStringLiteral("password=desk-pass-123"),
                             QStringLiteral("person=%1").arg(t.wang), QStringLiteral("steps=%1").arg(kSteps),
                             QStringLiteral("start=%1").arg(start)});
    }
    for (auto& p : desks) {
        QVERIFY(p->waitForFinished(120000));
        const QString err = QString::fromUtf8(p->readAllStandardError()).trimmed();
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QCOMPARE(p->exitCode(), 0);
        QCOMPARE(QString::fromUtf8(p->readAllStandardOutput()).trimmed(),
                 QStringLiteral("steps %1").arg(kSteps));
    }
    // Each desk also signed in: one record more each.
    QCOMPARE(t.records(), before + 2 * (2 * kSteps + 1));
    QCOMPARE(count(t.a(), QStringLiteral("SELECT MAX(id) FROM audit_log")), t.records());
    const auto rep = t.verify();
    QVERIFY2(rep.intact(), qPrintable(rep.message));
    QCOMPARE(rep.records, qint64(t.records()));
    // The archive that was open all along appends after both.
    AR_VERIFY_OK(t.a().people().person(t.wang));
    QVERIFY2(t.verify().intact(), qPrintable(t.verify().message));
}

void TestServicesAuditChain::R27_hashCoversEveryFieldUnambiguously()
{
    AuditRecord r;
    r.id = 1;
    r.at = QStringLiteral("2026-11-27T02:00:00Z");
    r.userId = 2;
    r.userLogin = QStringLiteral("clerk1");
    r.action = QStringLiteral("view_person");
    r.entity = QStringLiteral("person");
    r.entityId = 3;
    r.detail = QStringLiteral("ab");
    r.reason = QStringLiteral("c");
    const QString h = auditHash(auditGenesisHash(), r);
    QCOMPARE(h.size(), 64);
    QCOMPARE(auditHash(auditGenesisHash(), r), h); // deterministic
    // Moving a character from one field to the next changes the hash.
    AuditRecord shifted = r;
    shifted.detail = QStringLiteral("a");
    shifted.reason = QStringLiteral("bc");
    QVERIFY(auditHash(auditGenesisHash(), shifted) != h);
    // Each field counts, the previous hash too.
    QVERIFY(auditHash(QString(64, QLatin1Char('1')), r) != h);
    for (auto change : std::initializer_list<std::function<void(AuditRecord&)>>{
             [](AuditRecord& x) { x.id = 9; },
             [](AuditRecord& x) { x.at = QStringLiteral("2026-11-27T02:00:01Z"); },
             [](AuditRecord& x) { x.userId = 9; },
             [](AuditRecord& x) { x.userLogin = QStringLiteral("clerk2"); },
             [](AuditRecord& x) { x.action = QStringLiteral("unmask"); },
             [](AuditRecord& x) { x.entity = QStringLiteral("room"); },
             [](AuditRecord& x) { x.entityId = 9; },
             [](AuditRecord& x) { x.dossier = QStringLiteral("Z109"); },
             [](AuditRecord& x) { x.detail = QStringLiteral("ab "); },
             [](AuditRecord& x) { x.reason = QStringLiteral("C"); }}) {
        AuditRecord x = r;
        change(x);
        QVERIFY(auditHash(auditGenesisHash(), x) != h);
    }
    // The stored prev_hash and hash are not part of what is hashed.
    AuditRecord withHashes = r;
    withHashes.prevHash = QStringLiteral("x");
    withHashes.hash = QStringLiteral("y");
    QCOMPARE(auditHash(auditGenesisHash(), withHashes), h);
}

QTEST_GUILESS_MAIN(TestServicesAuditChain)
#include "TestServicesAuditChain.moc"
