// Keys by role (issue #17 item 5, R20, R26): roles that may not unmask never hold the key of
// the full values. An attacker with a copy of the file and the password of a staff member, a
// property assistant, a manager or the administrator gets masked values only; readers without the full key
// still see the masked forms; a new clerk gets the full key from a clerk or leader; older archives upgrade.
#include "ServiceHelpers.h"
#include "security/FieldCodec.h"
#include "security/KeyVault.h"
#include "security/TestHooks.h"
#include "storage/SealedBytes.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ar;
using namespace ar::test;

namespace {

const QString kAdminPassword = QStringLiteral("gate-keeper-2026");
const QString kRolePassword = QStringLiteral("desk-pass-123");

QString storedValue(Archive& a, const QString& sql, qint64 id)
{
    auto v = a.database().scalar(sql, {id});
    return v ? sealedbytes::text(v.value()) : QString(); // bytes on SQLite (issue #23)
}

// Whether anything in a user's key slot, unwrapped with the password by the program's own key
// code, opens the stored ID number or first phone of person `id` when used as the data key:
// every 32-byte window of what the slot holds is tried.
bool slotOpensFullValues(Archive& a, qint64 userId, const QString& password, qint64 personId,
                         const QString& fullId)
{
    auto slot = a.context().keySlots.forUser(userId);
    if (!slot || !slot.value())
        return false;
    const auto payload = keys::unwrap(*slot.value(), password);
    if (!payload)
        return false;
    const QString ctx = a.context().persons.context(personId);
    const QString id = storedValue(a, QStringLiteral("SELECT id_number FROM persons WHERE id = ?"), personId);
    const QString phone = storedValue(
        a, QStringLiteral("SELECT phone FROM person_phones WHERE person_id = ? ORDER BY position"), personId);
    for (qsizetype i = 0; i + 32 <= payload->size(); ++i) {
        FieldCodec c;
        c.setDataKey(payload->mid(i, 32));
        const auto openedId = c.openChecked(SensitiveField::IdNumber, id, ctx);
        const auto openedPhone = c.openChecked(SensitiveField::Phone, phone, ctx);
        if ((openedId && *openedId == fullId) ||
            (openedPhone && !openedPhone->isEmpty() && !openedPhone->contains(QLatin1Char('*'))))
            return true;
    }
    return false;
}

// The grant of the full key written for an account (keys by role), empty if none.
QString grantOf(Archive& a, qint64 userId)
{
    return storedValue(a,
                       QStringLiteral("SELECT COALESCE(full_key, '') FROM key_slots WHERE kind = 'user' AND "
                                      "user_id = ?"),
                       userId);
}

QByteArray dataKeyOf(Archive& a)
{
    return dynamic_cast<const FieldCodec&>(a.context().codec).dataKey();
}

// The archive as the program before keys by role left it (a session holding the data key must be
// signed in): each given account's slot wraps the data key itself; no operational key, no masked
// forms, no writer keys. False if a step failed.
bool makeOlderForm(Fixture& f, const QList<std::pair<qint64, QString>>& accounts)
{
    Context& ctx = f.archive->context();
    const QByteArray dk = dataKeyOf(*f.archive);
    if (dk.size() != 32)
        return false;
    for (const auto& [uid, pw] : accounts)
        if (!ctx.keySlots.put(keys::wrapForUser(dk, uid, pw), f.clock.now()))
            return false;
    if (!ctx.db.exec(QStringLiteral("DELETE FROM meta WHERE key IN ('operational_key', "
                                    "'operational_keys', 'archive_public_key', 'archive_private_key')")))
        return false;
    for (const char* sql : {"UPDATE persons SET masked = NULL", "UPDATE change_history SET masked = NULL",
                            "DELETE FROM writer_keys"})
        if (!ctx.db.exec(QString::fromLatin1(sql)))
            return false;
    return true;
}

// A new archive whose clerk has registered 王小明 in 3-2-1201 (the clerk is signed in).
struct WithOwner
{
    Fixture f;
    Registration r;
    qint64 personId = 0;
    WithOwner()
    {
        f.makeSmallEstate();
        r = wangXiaoming(f.roomId(QStringLiteral("3-2-1201")));
        auto done = f.archive->people().registerPerson(r);
        if (!done)
            qFatal("cannot register: %s", qPrintable(done.error().message));
        personId = done->personId;
    }
};

// A second clerk added by the administrator (signed in by the caller), waiting for the full key.
Result<User> addSecondClerk(AccountService& acc)
{
    User u;
    u.login = QStringLiteral("clerk2");
    u.displayName = QStringLiteral("新文员");
    u.role = Role::Clerk;
    u.department = QStringLiteral("客服部");
    return acc.addUser(u, kRolePassword);
}

} // namespace

class TestServicesKeys : public QObject
{
    Q_OBJECT

private slots:
    void R26_aCopiedFileWithThePasswordOfARoleThatMayNotUnmaskOpensNoIdNumberOrPhone_data();
    void R26_aCopiedFileWithThePasswordOfARoleThatMayNotUnmaskOpensNoIdNumberOrPhone();
    void R20_managerSeesMaskedValuesWithoutTheFullKey_clerkAndLeaderUnmask();
    void R20_maskedFormsAreStoredCompactAndReadBackAsMasked();
    void R26_aNewClerkGetsTheFullKeyOnlyAfterAClerkOrLeaderSignsIn();
    void R26_anArchiveFromBeforeKeysByRoleUpgradesAtEachSignIn();
    void R26_R46_readOnlyCopyOfAnOlderArchiveIsReadAndNotRewritten();
    void R26_anAssistantsEarlierGrantIsPassedOnAndThenDeleted();
};

void TestServicesKeys::R26_aCopiedFileWithThePasswordOfARoleThatMayNotUnmaskOpensNoIdNumberOrPhone_data()
{
    QTest::addColumn<int>("role");
    QTest::newRow("staff") << int(Role::Staff);
    QTest::newRow("assistant") << int(Role::Assistant);
    QTest::newRow("manager") << int(Role::Manager);
    QTest::newRow("admin") << int(Role::Admin);
}

void TestServicesKeys::R26_aCopiedFileWithThePasswordOfARoleThatMayNotUnmaskOpensNoIdNumberOrPhone()
{
    if (test::onPostgres())
        QSKIP("a copy of the archive file: a SQLite file by nature");
    QFETCH(int, role);
    WithOwner w;
    Fixture& f = w.f;
    const Registration& r = w.r;
    const qint64 personId = w.personId;
    const User clerk = f.user;
    const User who = Role(role) == Role::Admin ? f.admin : f.becomeRole(Role(role));
    const QString password = Role(role) == Role::Admin ? kAdminPassword : kRolePassword;
    // Everyone has signed in once since the archive was made.
    for (const auto& [login, pw] : {std::pair{f.admin.login, kAdminPassword},
                                    std::pair{clerk.login, kRolePassword}, std::pair{who.login, password}}) {
        f.archive->accounts().signOut();
        AR_VERIFY_OK(f.archive->accounts().signIn(login, pw));
    }
    f.archive->accounts().signOut();

    // The attacker's copy of the file, opened with the program.
    const QString copy = f.dir.filePath(QStringLiteral("copy.db"));
    AR_VERIFY_OK(f.archive->database().snapshotInto(copy));
    auto opened = Archive::open(copy, &f.clock);
    AR_VERIFY_OK(opened);
    Archive& a = *opened.value();
    // 1. What the password unwraps, tried as the data key: nothing opens the ID number or phone.
    QVERIFY(!slotOpensFullValues(a, who.id, password, personId, r.person.idNumber));
    // 2. Signed in with the program's own code: the stored values read as masked forms only.
    AR_VERIFY_OK(a.accounts().signIn(who.login, password));
    auto p = a.context().persons.load(personId, true);
    AR_VERIFY_OK(p);
    QCOMPARE(p->data.idNumber, mask::idNumber(r.person.idNumber));
    QCOMPARE(p->data.phones, QStringList{mask::phone(r.person.phones.first())});
    for (const QString& secret : {r.person.idNumber, r.person.phones.first(), r.person.homeAddress})
        QVERIFY2(!p->data.idNumber.contains(secret) && !p->data.phones.join(QString()).contains(secret) &&
                     !p->data.homeAddress.contains(secret),
                 qPrintable(secret));
    // The clerk's password on the same copy still opens everything (the check would see it).
    a.accounts().signOut();
    AR_VERIFY_OK(a.accounts().signIn(clerk.login, kRolePassword));
    QCOMPARE(a.context().persons.load(personId).value().data.idNumber, r.person.idNumber);
}

// The masked forms a session without the full key reads (issue #23, a smaller file): the compact
// text holds the same masked values as the JSON before it, runs of stars included, and takes
// fewer bytes than the JSON of the same values would.
void TestServicesKeys::R20_maskedFormsAreStoredCompactAndReadBackAsMasked()
{
    Fixture f;
    f.makeSmallEstate();
    Registration r = wangXiaoming(f.roomId(QStringLiteral("3-2-1201")));
    r.person.phones = {QStringLiteral("13812345678"), QStringLiteral("010-65123456")};
    r.person.workUnit = QStringLiteral("**演示**科技有限公司");
    r.person.emergencyContact.clear();
    auto done = f.archive->people().registerPerson(r);
    AR_VERIFY_OK(done);
    const qint64 id = done->personId;

    f.becomeRole(Role::Manager);
    auto shown = f.archive->people().person(id);
    AR_VERIFY_OK(shown);
    QVERIFY(shown->masked);
    QCOMPARE(shown->data.idNumber, mask::idNumber(r.person.idNumber));
    QCOMPARE(shown->data.phones,
             (QStringList{mask::phone(r.person.phones.at(0)), mask::phone(r.person.phones.at(1))}));
    QCOMPARE(shown->data.workUnit, mask::freeText(r.person.workUnit));
    QCOMPARE(shown->data.homeAddress, mask::freeText(r.person.homeAddress));
    QCOMPARE(shown->data.emergencyContact, QString());

    QJsonObject o{{QStringLiteral("i"), shown->data.idNumber},
                  {QStringLiteral("p"), QJsonArray::fromStringList(shown->data.phones)},
                  {QStringLiteral("w"), shown->data.workUnit},
                  {QStringLiteral("h"), shown->data.homeAddress}};
    const qsizetype json = QJsonDocument(o).toJson(QJsonDocument::Compact).size();
    auto stored =
        f.archive->database().scalar(QStringLiteral("SELECT masked FROM persons WHERE id = ?"), {id});
    AR_VERIFY_OK(stored);
    const qsizetype sealed = sealedbytes::fromText(sealedbytes::text(stored.value())).size();
    // One tag byte, the nonce and the GCM tag (29 bytes) around the plain text.
    QVERIFY2(sealed - 29 <= json - 40,
             qPrintable(QStringLiteral("%1 bytes sealed, JSON %2").arg(sealed).arg(json)));
}

void TestServicesKeys::R20_managerSeesMaskedValuesWithoutTheFullKey_clerkAndLeaderUnmask()
{
    Fixture f;
    f.makeSmallEstate();
    const qint64 room = f.roomId(QStringLiteral("3-2-1201"));
    const Registration r = wangXiaoming(room);
    auto done = f.archive->people().registerPerson(r);
    AR_VERIFY_OK(done);
    const qint64 id = done->personId;
    Person edited = f.archive->people().unmasked(id, QStringLiteral("核对")).value();
    edited.data.phones = {QStringLiteral("13987654321")};
    AR_VERIFY_OK(f.archive->people().updatePerson(edited));
    const User clerk = f.user;

    f.becomeRole(Role::Manager);
    // The manager's session itself reads masked forms: no full value is in reach.
    auto raw = f.archive->context().persons.load(id);
    AR_VERIFY_OK(raw);
    QCOMPARE(raw->data.idNumber, mask::idNumber(r.person.idNumber));
    // The form and the room's list show the masked values as before.
    auto shown = f.archive->people().person(id);
    AR_VERIFY_OK(shown);
    QVERIFY(shown->masked);
    QCOMPARE(shown->data.idNumber, mask::idNumber(r.person.idNumber));
    QCOMPARE(shown->data.phones, QStringList{mask::phone(QStringLiteral("13987654321"))});
    QCOMPARE(shown->data.homeAddress, mask::freeText(r.person.homeAddress));
    QCOMPARE(shown->data.emergencyContact, mask::freeText(r.person.emergencyContact, 1));
    auto occupants = f.archive->people().occupants(room, false);
    AR_VERIFY_OK(occupants);
    QCOMPARE(occupants->first().phone, mask::phone(QStringLiteral("13987654321")));
    // R6: the history of a sensitive field, masked.
    auto history = f.archive->people().history(id);
    AR_VERIFY_OK(history);
    bool seen = false;
    for (const HistoryEntry& e : history.value())
        if (e.field == QLatin1String("phones")) {
            QCOMPARE(e.oldValue, mask::phone(r.person.phones.first()));
            QCOMPARE(e.newValue, mask::phone(QStringLiteral("13987654321")));
            seen = true;
        }
    QVERIFY(seen);

    // A leader gets the full key from the clerk's next sign-in, then unmasks; so does the clerk.
    const User leader = f.becomeRole(Role::Leader);
    f.archive->accounts().signOut();
    AR_VERIFY_OK(f.archive->accounts().signIn(clerk.login, kRolePassword));
    auto full = f.archive->people().unmasked(id, QStringLiteral("核对"));
    AR_VERIFY_OK(full);
    QCOMPARE(full->data.idNumber, r.person.idNumber);
    f.archive->accounts().signOut();
    AR_VERIFY_OK(f.archive->accounts().signIn(leader.login, kRolePassword));
    full = f.archive->people().unmasked(id, QStringLiteral("核对"));
    AR_VERIFY_OK(full);
    QCOMPARE(full->data.idNumber, r.person.idNumber);
    QCOMPARE(full->data.phones, QStringList{QStringLiteral("13987654321")});
    history = f.archive->people().history(id);
    AR_VERIFY_OK(history);
    for (const HistoryEntry& e : history.value())
        if (e.field == QLatin1String("phones"))
            QCOMPARE(e.oldValue, r.person.phones.first());
}

void TestServicesKeys::R26_aNewClerkGetsTheFullKeyOnlyAfterAClerkOrLeaderSignsIn()
{
    WithOwner w;
    Fixture& f = w.f;
    const Registration& r = w.r;
    const qint64 personId = w.personId;
    const User clerk = f.user;
    AccountService& acc = f.archive->accounts();
    acc.signOut();
    // The administrator (who holds no full key once a clerk has it) creates a second clerk.
    AR_VERIFY_OK(acc.signIn(f.admin.login, kAdminPassword));
    auto added = addSecondClerk(acc);
    AR_VERIFY_OK(added);
    acc.signOut();

    // Not before: the new clerk sees masked values and is told why unmasking waits.
    AR_VERIFY_OK(acc.signIn(added->login, kRolePassword));
    auto early = f.archive->people().unmasked(personId, QStringLiteral("核对"));
    QVERIFY(!early.ok());
    QCOMPARE(early.error().code, ErrorCode::PermissionDenied);
    QVERIFY2(early.error().message.contains(QStringLiteral("signs in")), qPrintable(early.error().message));
    auto masked = f.archive->people().person(personId);
    AR_VERIFY_OK(masked);
    QCOMPARE(masked->data.idNumber, mask::idNumber(r.person.idNumber));
    // Nor can it register: the duplicate check needs the full key. Nothing is written.
    const QString before = snapshot(*f.archive);
    auto early2 = f.archive->people().registerPerson(
        registration(f.roomId(QStringLiteral("3-2-1202")), OccupancyRole::Owner, QStringLiteral("李娜"),
                     fakeId(QDate(1990, 8, 9), false), {QStringLiteral("13700246813")}));
    QCOMPARE(early2.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(snapshot(*f.archive), before);
    acc.signOut();

    // After: the first clerk signs in, and the grant is written for the new clerk.
    AR_VERIFY_OK(acc.signIn(clerk.login, kRolePassword));
    acc.signOut();
    AR_VERIFY_OK(acc.signIn(added->login, kRolePassword));
    auto full = f.archive->people().unmasked(personId, QStringLiteral("核对"));
    AR_VERIFY_OK(full);
    QCOMPARE(full->data.idNumber, r.person.idNumber);
    // A role change away from clerk deletes the grant.
    acc.signOut();
    AR_VERIFY_OK(acc.signIn(f.admin.login, kAdminPassword));
    User demoted = added.value();
    demoted.role = Role::Staff;
    AR_VERIFY_OK(acc.updateUser(demoted));
    QVERIFY(acc.users().ok());
    QVERIFY(grantOf(*f.archive, demoted.id).isEmpty());
}

void TestServicesKeys::R26_anArchiveFromBeforeKeysByRoleUpgradesAtEachSignIn()
{
    if (test::onPostgres())
        QSKIP("makes an older archive through a backup file, which a PostgreSQL archive refuses");
    if (!ar::testhooks::enabled())
        QSKIP("writes an older backup format through a test hook: build with AR_TEST_HOOKS (presets dev, ci, "
              "asan)");
    Fixture f;
    f.makeSmallEstate();
    const QString recoveryKey = f.archive->accounts().takeRecoveryKey();
    const Registration r = wangXiaoming(f.roomId(QStringLiteral("3-2-1201")));
    auto done = f.archive->people().registerPerson(r);
    AR_VERIFY_OK(done);
    const qint64 id = done->personId;
    Person edited = f.archive->people().unmasked(id, QStringLiteral("核对")).value();
    edited.data.phones = {QStringLiteral("13987654321")};
    AR_VERIFY_OK(f.archive->people().updatePerson(edited));
    const User clerk = f.user;
    const User staff = f.becomeRole(Role::Staff);
    const User manager = f.becomeRole(Role::Manager);
    f.archive->accounts().signOut();
    AR_VERIFY_OK(f.archive->accounts().signIn(clerk.login, kRolePassword));

    // The archive as the program before keys by role left it: every slot wraps the data key
    // itself, no operational key, no masked forms.
    Context& ctx = f.archive->context();
    QVERIFY(makeOlderForm(f, {{f.admin.id, kAdminPassword},
                              {clerk.id, kRolePassword},
                              {staff.id, kRolePassword},
                              {manager.id, kRolePassword}}));
    QVERIFY(slotOpensFullValues(*f.archive, staff.id, kRolePassword, id, r.person.idNumber));
    // A backup as that program wrote it (format 1: its key derives from the data key).
    const QString oldBackup = f.dir.filePath(QStringLiteral("old.arbackup"));
    qputenv("ARCHIVEROOM_TEST_BACKUP_FORMAT", "1");
    auto made = f.archive->backups().create(oldBackup);
    qunsetenv("ARCHIVEROOM_TEST_BACKUP_FORMAT");
    AR_VERIFY_OK(made);
    f.archive->accounts().signOut();
    // The administrator is shown which accounts still have a key of the older form.
    const auto olderKeys = [&] {
        f.archive->context().setUser(f.admin);
        auto ids = f.archive->accounts().accountsWithOlderKeys();
        f.archive->context().setUser(std::nullopt);
        return ids ? ids.value() : QSet<qint64>{-1};
    };
    QCOMPARE(olderKeys(), (QSet<qint64>{f.admin.id, clerk.id, staff.id, manager.id}));

    // The staff member signs in first: the slot is rewritten without the data key, and the
    // masked forms are written (the old slot still held the data key for this one sign-in).
    AR_VERIFY_OK(f.archive->accounts().signIn(staff.login, kRolePassword));
    QVERIFY(!slotOpensFullValues(*f.archive, staff.id, kRolePassword, id, r.person.idNumber));
    QVERIFY(grantOf(*f.archive, staff.id).isEmpty());
    QCOMPARE(ctx.persons.load(id).value().data.idNumber, mask::idNumber(r.person.idNumber));
    f.archive->accounts().signOut();
    QCOMPARE(olderKeys(), (QSet<qint64>{f.admin.id, clerk.id, manager.id}));
    // The manager: masked forms in the form and in the history.
    AR_VERIFY_OK(f.archive->accounts().signIn(manager.login, kRolePassword));
    QVERIFY(!slotOpensFullValues(*f.archive, manager.id, kRolePassword, id, r.person.idNumber));
    QCOMPARE(f.archive->people().person(id).value().data.phones,
             QStringList{mask::phone(QStringLiteral("13987654321"))});
    bool seen = false;
    for (const HistoryEntry& e : f.archive->people().history(id).value())
        if (e.field == QLatin1String("phones")) {
            QCOMPARE(e.oldValue, mask::phone(r.person.phones.first()));
            seen = true;
        }
    QVERIFY(seen);
    f.archive->accounts().signOut();
    // The administrator: no data key either; the audit chain and its seal still verify.
    AR_VERIFY_OK(f.archive->accounts().signIn(f.admin.login, kAdminPassword));
    QVERIFY(!slotOpensFullValues(*f.archive, f.admin.id, kAdminPassword, id, r.person.idNumber));
    auto report = f.archive->audit().verify();
    AR_VERIFY_OK(report);
    QVERIFY2(report->intact(), qPrintable(report->message));
    // The old backup still verifies and restores (with the administrator's password of its time).
    BackupSecret secret;
    secret.login = f.admin.login;
    secret.password = kAdminPassword;
    auto check = BackupService::verify(oldBackup, secret);
    AR_VERIFY_OK(check);
    QVERIFY2(check->ok, qPrintable(check->problem));
    auto restored =
        BackupService::restore(oldBackup, secret, f.dir.filePath(QStringLiteral("restored.db")), f.clock);
    AR_VERIFY_OK(restored);
    // A new backup opens with the administrator's password and with the recovery key.
    const QString newBackup = f.dir.filePath(QStringLiteral("new.arbackup"));
    AR_VERIFY_OK(f.archive->backups().create(newBackup));
    check = BackupService::verify(newBackup, secret);
    AR_VERIFY_OK(check);
    QVERIFY2(check->ok, qPrintable(check->problem));
    BackupSecret recovery;
    recovery.recoveryKey = recoveryKey;
    check = BackupService::verify(newBackup, recovery);
    AR_VERIFY_OK(check);
    QVERIFY2(check->ok, qPrintable(check->problem));
    f.archive->accounts().signOut();
    // The clerk still unmasks, now through the grant of the new form.
    AR_VERIFY_OK(f.archive->accounts().signIn(clerk.login, kRolePassword));
    QVERIFY(!grantOf(*f.archive, clerk.id).isEmpty());
    QCOMPARE(f.archive->people().unmasked(id, QStringLiteral("核对")).value().data.idNumber,
             r.person.idNumber);
    report = f.archive->audit().verify();
    AR_VERIFY_OK(report);
    QVERIFY2(report->intact(), qPrintable(report->message));
}

// An older archive (slots wrapping the data key, no operational key) on read-only media (issue
// #18): its clerk and its staff sign in and look things up, and not one byte of the file changes:
// the upgrade waits for a sign-in where it can be written.
void TestServicesKeys::R26_R46_readOnlyCopyOfAnOlderArchiveIsReadAndNotRewritten()
{
    if (test::onPostgres())
        QSKIP("a copy of the archive file on read-only media: a SQLite file by nature");
    WithOwner w;
    Fixture& f = w.f;
    const Registration& r = w.r;
    const qint64 personId = w.personId;
    const User clerk = f.user;
    const User staff = f.becomeRole(Role::Staff);
    f.archive->accounts().signOut();
    AR_VERIFY_OK(f.archive->accounts().signIn(clerk.login, kRolePassword));
    QVERIFY(makeOlderForm(f, {{clerk.id, kRolePassword}, {staff.id, kRolePassword}}));
    f.archive->accounts().signOut();
    const QString copy = f.dir.filePath(QStringLiteral("old-copy.db"));
    AR_VERIFY_OK(f.archive->database().snapshotInto(copy));
    auto digest = [&copy] {
        QFile file(copy);
        return file.open(QIODevice::ReadOnly)
                   ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                   : QByteArray();
    };
    const QByteArray before = digest();
    QVERIFY(!before.isEmpty());
    {
        auto opened = Archive::open(copy, &f.clock, Database::Access::ReadOnly);
        AR_VERIFY_OK(opened);
        Archive& a = *opened.value();
        QVERIFY(a.isReadOnly());
        // The clerk reads the full values with the old slot, in memory.
        AR_VERIFY_OK(a.accounts().signIn(clerk.login, kRolePassword));
        auto full = a.people().unmasked(personId, QStringLiteral("核对"));
        AR_VERIFY_OK(full);
        QCOMPARE(full->data.idNumber, r.person.idNumber);
        a.accounts().signOut();
        // Staff sign in too; the slot stays as it was (it is rewritten where the file is writable).
        AR_VERIFY_OK(a.accounts().signIn(staff.login, kRolePassword));
        a.accounts().signOut();
    }
    QCOMPARE(digest(), before);
    // The same sign-in on the writable archive rewrites the staff member's slot.
    AR_VERIFY_OK(f.archive->accounts().signIn(staff.login, kRolePassword));
    QVERIFY(!slotOpensFullValues(*f.archive, staff.id, kRolePassword, personId, r.person.idNumber));
}

// Before the assistant stopped registering persons, assistants held a grant of the full key. An
// archive where an assistant's grant is the last one a signed-in account can open (the clerk left,
// a new clerk waits): the assistant's next sign-in grants the key on to the new clerk, then deletes
// its own; the file then opens nothing with the assistant's password.
void TestServicesKeys::R26_anAssistantsEarlierGrantIsPassedOnAndThenDeleted()
{
    if (test::onPostgres())
        QSKIP("an older copy of the archive file: a SQLite file by nature");
    WithOwner w;
    Fixture& f = w.f;
    const Registration& r = w.r;
    const qint64 personId = w.personId;
    const User clerk = f.user;
    const User assistant = f.becomeRole(Role::Assistant);
    QVERIFY(grantOf(*f.archive, assistant.id).isEmpty()); // none for a new assistant
    AccountService& acc = f.archive->accounts();
    acc.signOut();
    AR_VERIFY_OK(acc.signIn(clerk.login, kRolePassword));
    // The grant as the program used to write it for an assistant.
    Context& ctx = f.archive->context();
    auto slot = ctx.keySlots.forUser(assistant.id);
    QVERIFY(slot && slot.value());
    QByteArray dk = dataKeyOf(*f.archive);
    AR_VERIFY_OK(
        ctx.keySlots.setFullKey(assistant.id, keys::grantFor(slot.value()->publicKey, dk, assistant.id)));
    dk.fill('\0');
    QVERIFY(!grantOf(*f.archive, assistant.id).isEmpty());
    acc.signOut();
    // The clerk leaves; a new clerk is added, waiting for the key.
    AR_VERIFY_OK(acc.signIn(f.admin.login, kAdminPassword));
    User gone = clerk;
    gone.active = false;
    AR_VERIFY_OK(acc.updateUser(gone));
    auto added = addSecondClerk(acc);
    AR_VERIFY_OK(added);
    QVERIFY(grantOf(*f.archive, added->id).isEmpty());
    acc.signOut();

    // The assistant signs in: the key goes on to the new clerk, and the assistant keeps none.
    AR_VERIFY_OK(acc.signIn(assistant.login, kRolePassword));
    QVERIFY(!f.archive->context().codec.holdsFullKey());
    acc.signOut();
    QVERIFY(!grantOf(*f.archive, added->id).isEmpty());
    QVERIFY(grantOf(*f.archive, assistant.id).isEmpty());
    AR_VERIFY_OK(acc.signIn(added->login, kRolePassword));
    auto full = f.archive->people().unmasked(personId, QStringLiteral("核对"));
    AR_VERIFY_OK(full);
    QCOMPARE(full->data.idNumber, r.person.idNumber);
    acc.signOut();
    const QString copy = f.dir.filePath(QStringLiteral("copy.db"));
    AR_VERIFY_OK(f.archive->database().snapshotInto(copy));
    auto opened = Archive::open(copy, &f.clock);
    AR_VERIFY_OK(opened);
    QVERIFY(!slotOpensFullValues(*opened.value(), assistant.id, kRolePassword, personId, r.person.idNumber));
    AR_VERIFY_OK(opened.value()->accounts().signIn(assistant.login, kRolePassword));
    QVERIFY(!opened.value()->context().codec.holdsFullKey());
}

QTEST_GUILESS_MAIN(TestServicesKeys)
#include "TestServicesKeys.moc"
