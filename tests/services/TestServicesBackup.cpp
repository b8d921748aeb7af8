// Backups (R46): one encrypted file holds the database snapshot and the scans; it opens with
// the password of an administrator or clerk in it, or the recovery key; verify finds any
// change; restore writes a new archive that has everything and records where it came from.
#include "ServiceHelpers.h"

#include "security/KeyVault.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>
#include <QtEndian>

using namespace ar;
using namespace ar::test;

namespace {

const QString kAdminPassword = QStringLiteral("gate-keeper-2026");
const QString kRolePassword = QStringLiteral("desk-pass-123");

QByteArray pdf(const QByteArray& text)
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ") + text +
           QByteArrayLiteral("\ntrailer << /Root 1 0 R >>\n%%EOF\n");
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

BackupSecret password(const QString& login, const QString& pw)
{
    BackupSecret s;
    s.login = login;
    s.password = pw;
    return s;
}

} // namespace

class TestServicesBackup : public QObject
{
    Q_OBJECT

    // An archive with three people, a dossier opened by hand and two scans; the clerk signed in.
    struct Filled
    {
        Fixture f{Role::Clerk};
        QString recoveryKey;
        QString idNumber = fakeId(QDate(1980, 5, 17), true);
        QByteArray scan1 = pdf("业主身份证复印件 first scan");
        QByteArray scan2 = pdf("房产证复印件 second scan, a little longer than the first one");
        qint64 attachment1 = 0;
        Filled()
        {
            recoveryKey = f.archive->accounts().takeRecoveryKey();
            f.makeSmallEstate();
            auto& people = f.archive->people();
            auto reg = people.registerPerson(wangXiaoming(f.roomId(QStringLiteral("3-2-1201"))));
            if (!reg)
                qFatal("%s", qPrintable(reg.error().message));
            auto second = people.registerPerson(registration(
                f.roomId(QStringLiteral("3-2-1202")), OccupancyRole::Owner, QStringLiteral("欧阳明华"),
                fakeId(QDate(1975, 3, 2), false), {QStringLiteral("13900135678")}));
            auto third = people.registerPerson(registration(
                f.roomId(QStringLiteral("3-2-1301")), OccupancyRole::Tenant, QStringLiteral("司马光"),
                fakeId(QDate(1990, 8, 9), true), {QStringLiteral("13700246813")}));
            if (!second || !third)
                qFatal("cannot register");
            DossierInput hand;
            hand.category = QStringLiteral("repair");
            hand.title = QStringLiteral("3座电梯维修");
            if (!f.archive->dossiers().open(hand))
                qFatal("cannot open dossier");
            auto d = f.archive->dossiers().byArchiveNo(reg->archiveNo);
            auto kinds = f.archive->dossiers().kinds(QStringLiteral("owner"));
            ItemInput in;
            in.kind = kinds->first().name;
            in.pages = 2;
            auto item = f.archive->filing().receive(d->id, in);
            if (!item)
                qFatal("%s", qPrintable(item.error().message));
            const QString p1 = f.dir.filePath(QStringLiteral("scan1.pdf"));
            const QString p2 = f.dir.filePath(QStringLiteral("scan2.pdf"));
            writeAll(p1, scan1);
            writeAll(p2, scan2);
            auto a1 = f.archive->filing().attach(item->id, p1);
            auto a2 = f.archive->filing().attach(item->id, p2);
            if (!a1 || !a2)
                qFatal("cannot attach");
            attachment1 = a1.value();
            QFile::remove(p1);
            QFile::remove(p2);
        }
        QString path(const QString& name) const { return f.dir.filePath(name); }
        BackupResult backup(const QString& name = QStringLiteral("b.arbackup"))
        {
            auto r = f.archive->backups().create(path(name));
            if (!r)
                qFatal("backup: %s", qPrintable(r.error().message));
            return r.value();
        }
    };

private slots:
    void R46_aRestoredBackupHasEveryPersonDossierAndScan();
    void R46_theBackupFileHoldsNoPersonalDataInTheClear();
    void R46_aChangedByteOrACutFileFailsVerify();
    void R46_opensWithAnAdministratorsOrClerksPasswordOrTheRecoveryKey();
    void R46_onlyAnAdministratorRestores_clerksCreateAndCheck();
    void R46_restoreNeverWritesOverAFileOrTheArchiveInUse();
    void R46_manifestReadableWithoutKey_andNamesNoPerson();
    void R46_aCancelledBackupLeavesNoFile();
    void R46_backupsAreAuditedAndTheLastOneIsRemembered();
    void R46_rotationKeepsSevenDailyFourWeeklyTwelveMonthly();
    void R46_settingsAreTheAdministratorsAndAudited();
};

void TestServicesBackup::R46_aRestoredBackupHasEveryPersonDossierAndScan()
{
    Filled a;
    const BackupResult b = a.backup();
    QCOMPARE(b.manifest.persons, 3);
    QCOMPARE(b.manifest.dossiers, 4);
    QCOMPARE(b.manifest.scans, 2);
    QCOMPARE(b.manifest.scanFiles, 2);
    QCOMPARE(b.manifest.createdBy, QStringLiteral("clerk1"));

    const QString target = a.path(QStringLiteral("restored/archive.db"));
    QVERIFY(QDir().mkpath(a.path(QStringLiteral("restored"))));
    FixedClock later(a.f.clock.now().addDays(3));
    auto r = BackupService::restore(b.file, password(QStringLiteral("admin"), kAdminPassword), target, later,
                                    a.f.dbPath());
    AR_VERIFY_OK(r);
    QCOMPARE(r->file, QFileInfo(target).absoluteFilePath());

    auto opened = Archive::open(target, &later);
    AR_VERIFY_OK(opened);
    Archive& restored = *opened.value();
    for (const char* table :
         {"persons", "dossiers", "attachments", "person_phones", "dossier_items", "users"})
        QCOMPARE(count(restored, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))),
                 count(*a.f.archive, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))));
    // The passwords of the time of the backup sign in; the scans open byte for byte.
    AR_VERIFY_OK(restored.accounts().signIn(QStringLiteral("clerk1"), kRolePassword));
    auto data = restored.filing().attachmentData(a.attachment1);
    AR_VERIFY_OK(data);
    QCOMPARE(data.value(), a.scan1);
    auto found = restored.search().search(QStringLiteral("欧阳"));
    AR_VERIFY_OK(found);
    QVERIFY(!found->isEmpty());
    // The trail verifies and says, as its last records, that the archive was restored.
    auto chain = restored.audit().verify();
    AR_VERIFY_OK(chain);
    QVERIFY2(chain->intact(), qPrintable(chain->message));
    AuditService::Filter f;
    f.action = QStringLiteral("restore");
    auto rows = restored.audit().list(f);
    AR_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().record.userLogin, QStringLiteral("admin"));
    QVERIFY(rows->first().record.detail.contains(QStringLiteral("b.arbackup")));
    QCOMPARE(rows->first().record.id, b.manifest.auditRecords + 1);
    // Nothing plain is left beside the new archive.
    const QStringList beside = QDir(a.path(QStringLiteral("restored")))
                                   .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QVERIFY2(beside.size() <= 4, qPrintable(beside.join(QLatin1Char(' '))));
    for (const QString& name : beside)
        QVERIFY2(name.startsWith(QLatin1String("archive.db")), qPrintable(name));
}

void TestServicesBackup::R46_theBackupFileHoldsNoPersonalDataInTheClear()
{
    Filled a;
    const QByteArray bytes = readAll(a.backup().file);
    QVERIFY(bytes.size() > 1000);
    // What a thief would grep for, and what is in the database in plain text (names, notes).
    // Not a four-digit phone tail: masking shows it to every role, and four digits turn up by
    // chance among the file's bytes (the readable manifest's numbers, the ciphertext): it failed a run.
    for (const QString& needle :
         {QStringLiteral("王小明"), QStringLiteral("欧阳明华"), QStringLiteral("司马光"), a.idNumber,
          a.idNumber.right(8), QStringLiteral("13812345678"), QStringLiteral("12345678"),
          QStringLiteral("收楼时登记"), QStringLiteral("华苑小区"), QStringLiteral("3座电梯维修"),
          QStringLiteral("SQLite format")}) {
        QVERIFY2(!bytes.contains(needle.toUtf8()), qPrintable(needle));
        QVERIFY2(
            !bytes.contains(QByteArray(reinterpret_cast<const char*>(needle.utf16()), needle.size() * 2)),
            qPrintable(needle));
    }
    // The private temporary folder of the snapshot is gone.
    const QStringList temps =
        QDir(QDir::tempPath())
            .entryList({QStringLiteral("archiveroom-backup-%1-*").arg(QCoreApplication::applicationPid())},
                       QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY2(temps.isEmpty(), qPrintable(temps.join(QLatin1Char(' '))));
}

void TestServicesBackup::R46_aChangedByteOrACutFileFailsVerify()
{
    Filled a;
    const BackupResult b = a.backup();
    const QByteArray good = readAll(b.file);
    const BackupSecret admin = password(QStringLiteral("admin"), kAdminPassword);
    auto intact = BackupService::verify(b.file, admin);
    AR_VERIFY_OK(intact);
    QVERIFY2(intact->ok, qPrintable(intact->problem));

    const int headerEnd = 16 + int(qFromBigEndian<quint32>(good.constData() + 12));
    const int countAt = good.indexOf("\"persons\":3");
    QVERIFY(countAt > 0 && countAt < headerEnd);
    QList<std::pair<QString, QByteArray>> damaged;
    QByteArray manifest = good;
    manifest[countAt + 10] = '4'; // the manifest claims 4 persons
    damaged.append({QStringLiteral("manifest"), manifest});
    for (const int at : {headerEnd + 2, headerEnd + 40, int(good.size()) / 2, int(good.size()) - 1}) {
        QByteArray changed = good;
        changed[at] = char(changed.at(at) ^ 0x01);
        damaged.append({QStringLiteral("byte %1").arg(at), changed});
    }
    damaged.append({QStringLiteral("cut"), good.left(good.size() - 100)});
    damaged.append({QStringLiteral("appended"), good + QByteArrayLiteral("more")});
    for (const auto& [what, bytes] : std::as_const(damaged)) {
        const QString path = a.path(QStringLiteral("damaged.arbackup"));
        QFile::remove(path);
        QVERIFY(writeAll(path, bytes));
        auto r = BackupService::verify(path, admin);
        AR_VERIFY_OK(r);
        QVERIFY2(!r->ok, qPrintable(what));
        QVERIFY2(!r->problem.isEmpty(), qPrintable(what));
        // A damaged backup is never restored.
        FixedClock clock(a.f.clock.now());
        auto restored = BackupService::restore(path, admin, a.path(QStringLiteral("from-damaged.db")), clock);
        QVERIFY2(!restored, qPrintable(what));
        QVERIFY(!QFileInfo::exists(a.path(QStringLiteral("from-damaged.db"))));
    }
}

void TestServicesBackup::R46_opensWithAnAdministratorsOrClerksPasswordOrTheRecoveryKey()
{
    Filled a;
    a.f.becomeRole(Role::Staff, QStringLiteral("staff1"));
    a.f.becomeRole(Role::Leader, QStringLiteral("leader1"));
    a.f.archive->context().setUser(a.f.user);
    const BackupResult b = a.backup();
    auto check = [&b](const BackupSecret& s) {
        auto r = BackupService::verify(b.file, s);
        return r ? r->ok : false;
    };
    QVERIFY(check(password(QStringLiteral("admin"), kAdminPassword)));
    QVERIFY(check(password(QStringLiteral("clerk1"), kRolePassword)));
    QVERIFY(check(password({}, kAdminPassword))); // without a login every slot is tried
    BackupSecret recovery;
    recovery.recoveryKey = a.recoveryKey.toLower();
    QVERIFY(!a.recoveryKey.isEmpty());
    QVERIFY(check(recovery));
    // Accounts other than administrators and clerks have no slot in a backup.
    QVERIFY(!check(password(QStringLiteral("staff1"), kRolePassword)));
    QVERIFY(!check(password(QStringLiteral("leader1"), kRolePassword)));
    QVERIFY(!check(password({}, QStringLiteral("wrong-password"))));
    QVERIFY(!check(password(QStringLiteral("admin"), kRolePassword)));
    BackupSecret otherKey;
    otherKey.recoveryKey = keys::newRecoveryKey();
    QVERIFY(!check(otherKey));
    auto r = BackupService::verify(b.file, password(QStringLiteral("staff1"), kRolePassword));
    AR_VERIFY_OK(r);
    QVERIFY(r->problem.contains(QStringLiteral("staff1")));
}

void TestServicesBackup::R46_onlyAnAdministratorRestores_clerksCreateAndCheck()
{
    Filled a;
    const BackupResult b = a.backup(); // the clerk made it
    FixedClock clock(a.f.clock.now());
    auto byClerk = BackupService::restore(b.file, password(QStringLiteral("clerk1"), kRolePassword),
                                          a.path(QStringLiteral("clerk.db")), clock);
    QVERIFY(!byClerk);
    QCOMPARE(byClerk.error().code, ErrorCode::PermissionDenied);
    QVERIFY(!QFileInfo::exists(a.path(QStringLiteral("clerk.db"))));
    BackupSecret recovery;
    recovery.recoveryKey = a.recoveryKey;
    AR_VERIFY_OK(BackupService::restore(b.file, recovery, a.path(QStringLiteral("recovered.db")), clock));
    // Staff make none.
    a.f.becomeRole(Role::Staff, QStringLiteral("staff1"));
    auto byStaff = a.f.archive->backups().create(a.path(QStringLiteral("staff.arbackup")));
    QVERIFY(!byStaff);
    QCOMPARE(byStaff.error().code, ErrorCode::PermissionDenied);
    QVERIFY(!QFileInfo::exists(a.path(QStringLiteral("staff.arbackup"))));
}

void TestServicesBackup::R46_restoreNeverWritesOverAFileOrTheArchiveInUse()
{
    Filled a;
    const BackupResult b = a.backup();
    FixedClock clock(a.f.clock.now());
    const BackupSecret admin = password(QStringLiteral("admin"), kAdminPassword);
    const QByteArray before = readAll(a.f.dbPath());
    auto overInUse = BackupService::restore(b.file, admin, a.f.dbPath(), clock, a.f.dbPath());
    QCOMPARE(overInUse.error().code, ErrorCode::Conflict);
    const QString existing = a.path(QStringLiteral("existing.db"));
    QVERIFY(writeAll(existing, "keep me"));
    auto overFile = BackupService::restore(b.file, admin, existing, clock);
    QCOMPARE(overFile.error().code, ErrorCode::Conflict);
    QCOMPARE(readAll(existing), QByteArray("keep me"));
    // A backup is not written over a file either.
    QCOMPARE(a.f.archive->backups().create(existing).error().code, ErrorCode::Conflict);
    QCOMPARE(readAll(existing), QByteArray("keep me"));
    QCOMPARE(readAll(a.f.dbPath()).size(), before.size());
}

void TestServicesBackup::R46_manifestReadableWithoutKey_andNamesNoPerson()
{
    Filled a;
    const BackupResult b = a.backup();
    auto m = BackupService::readManifest(b.file);
    AR_VERIFY_OK(m);
    QCOMPARE(m->persons, 3);
    QCOMPARE(m->dossiers, 4);
    QCOMPARE(m->scans, 2);
    QCOMPARE(m->auditRecords, b.manifest.auditRecords);
    QVERIFY(m->auditHead.startsWith(QString::number(m->auditRecords) + QLatin1Char(':')));
    QCOMPARE(m->createdAt, QStringLiteral("2026-11-27T02:00:00Z"));
    QCOMPARE(m->createdBy, QStringLiteral("clerk1"));
    QVERIFY(m->schemaVersion >= 9);
    QVERIFY(!BackupService::readManifest(a.path(QStringLiteral("absent"))));
    QVERIFY(writeAll(a.path(QStringLiteral("not-a-backup")), "SQLite format 3"));
    QCOMPARE(BackupService::readManifest(a.path(QStringLiteral("not-a-backup"))).error().code,
             ErrorCode::InvalidInput);
}

void TestServicesBackup::R46_aCancelledBackupLeavesNoFile()
{
    Filled a;
    const QString dir = a.path(QStringLiteral("auto"));
    QVERIFY(QDir().mkpath(dir));
    int calls = 0;
    auto r = a.f.archive->backups().createInFolder(dir, BackupKeep(), [&calls](qint64 done, qint64 total) {
        ++calls;
        return done < total / 2 || total == 0; // cancel half-way
    });
    QVERIFY(!r);
    QVERIFY(calls > 0);
    QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    auto last = a.f.archive->backups().lastBackup();
    AR_VERIFY_OK(last);
    QVERIFY(!last->isValid());
}

void TestServicesBackup::R46_backupsAreAuditedAndTheLastOneIsRemembered()
{
    Filled a;
    auto& backups = a.f.archive->backups();
    const QString dir = a.path(QStringLiteral("auto"));
    QVERIFY(QDir().mkpath(dir));
    a.f.archive->context().setUser(a.f.admin);
    BackupSettings s;
    s.folder = dir;
    AR_VERIFY_OK(backups.setSettings(s));
    auto due = backups.overdue();
    AR_VERIFY_OK(due);
    QVERIFY(due.value()); // never backed up
    auto r = backups.createInFolder(dir, BackupKeep());
    AR_VERIFY_OK(r);
    // Named by the local time of the computer.
    QCOMPARE(QFileInfo(r->file).fileName(),
             QStringLiteral("archiveroom-%1.arbackup")
                 .arg(a.f.clock.now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QCOMPARE(backups.lastBackup().value(), a.f.clock.now());
    QVERIFY(!backups.overdue().value());
    a.f.clock.advanceSecs(23 * 3600);
    QVERIFY(!backups.overdue().value());
    a.f.clock.advanceSecs(2 * 3600);
    QVERIFY(backups.overdue().value());
    AuditService::Filter f;
    f.action = QStringLiteral("backup");
    auto rows = a.f.archive->audit().list(f);
    AR_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().record.userLogin, QStringLiteral("admin"));
    QVERIFY(rows->first().record.detail.contains(QFileInfo(r->file).fileName()));
    // The second backup in the same second gets a name of its own.
    auto again = backups.createInFolder(dir, BackupKeep());
    AR_VERIFY_OK(again);
    QVERIFY(again->file != r->file);
}

void TestServicesBackup::R46_rotationKeepsSevenDailyFourWeeklyTwelveMonthly()
{
    QTemporaryDir dir;
    // One backup at 02:00 every day of 2026 up to 27 November, and a second one on the 27th.
    QStringList all;
    for (QDate d(2026, 1, 1); d <= QDate(2026, 11, 27); d = d.addDays(1))
        all << QStringLiteral("archiveroom-%1-020000.arbackup").arg(d.toString(QStringLiteral("yyyyMMdd")));
    all << QStringLiteral("archiveroom-20261127-180000.arbackup");
    for (const QString& name : std::as_const(all))
        QVERIFY(writeAll(dir.filePath(name), "x"));
    QVERIFY(writeAll(dir.filePath(QStringLiteral("notes.txt")), "not a backup"));
    QVERIFY(writeAll(dir.filePath(QStringLiteral("archiveroom-important.arbackup")), "not ours by name"));
    const QStringList removed = BackupService::rotate(dir.path(), BackupKeep{7, 4, 12});
    QStringList kept = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    // Daily: 21–27 November (the newest of the 27th); weekly (ISO weeks, Monday first): the newest
    // of the weeks of 27, 22, 15 and 8 November; monthly: the newest of each month, Jan–Nov.
    QStringList expected{QStringLiteral("archiveroom-20261127-180000.arbackup")};
    for (int day : {21, 22, 23, 24, 25, 26})
        expected << QStringLiteral("archiveroom-202611%1-020000.arbackup").arg(day);
    for (int day : {15, 8})
        expected << QStringLiteral("archiveroom-202611%1-020000.arbackup").arg(day, 2, 10, QLatin1Char('0'));
    for (int month = 1; month <= 10; ++month)
        expected << QStringLiteral("archiveroom-2026%1%2-020000.arbackup")
                        .arg(month, 2, 10, QLatin1Char('0'))
                        .arg(QDate(2026, month, 1).daysInMonth());
    expected << QStringLiteral("archiveroom-important.arbackup") << QStringLiteral("notes.txt");
    expected.sort();
    QCOMPARE(kept, expected);
    QCOMPARE(removed.size(), all.size() - 1 - 6 - 2 - 10);

    // Two backups within one second: the second is named "-2" and is the newer one kept (it
    // sorted before by its name, and the rotation removed the backup just made).
    QTemporaryDir same;
    for (const char* name : {"archiveroom-20261127-180000.arbackup", "archiveroom-20261127-180000-2.arbackup",
                             "archiveroom-20261126-020000.arbackup"})
        QVERIFY(writeAll(same.filePath(QString::fromLatin1(name)), "x"));
    QCOMPARE(QFileInfo(BackupService::backupsIn(same.path()).first()).fileName(),
             QStringLiteral("archiveroom-20261127-180000-2.arbackup"));
    BackupService::rotate(same.path(), BackupKeep{1, 0, 0});
    QCOMPARE(QDir(same.path()).entryList(QDir::Files),
             QStringList{QStringLiteral("archiveroom-20261127-180000-2.arbackup")});
}

void TestServicesBackup::R46_settingsAreTheAdministratorsAndAudited()
{
    Filled a;
    auto& backups = a.f.archive->backups();
    BackupSettings s;
    s.folder = a.path(QStringLiteral("absent-folder"));
    QCOMPARE(backups.setSettings(s).error().code, ErrorCode::PermissionDenied); // the clerk
    a.f.archive->context().setUser(a.f.admin);
    auto bad = backups.setSettings(s);
    QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
    QCOMPARE(bad.error().field, QStringLiteral("folder"));
    QVERIFY(backups.settings()->folder.isEmpty()); // nothing changed
    s.folder = a.f.dir.path();
    s.intervalHours = 48;
    s.keep = BackupKeep{3, 2, 6};
    AR_VERIFY_OK(backups.setSettings(s));
    QCOMPARE(backups.settings()->intervalHours, 48);
    QCOMPARE(backups.settings()->keep.toString(), QStringLiteral("3,2,6"));
    AuditService::Filter f;
    f.action = QStringLiteral("backup_settings");
    QCOMPARE(a.f.archive->audit().list(f)->size(), 1);
    QVERIFY(!BackupKeep::parse(QStringLiteral("0,4,12")));
    QVERIFY(!BackupKeep::parse(QStringLiteral("7,4")));
    QVERIFY(!BackupKeep::parse(QStringLiteral("7,-1,12")));
    QCOMPARE(BackupKeep::parse(QStringLiteral("7, 4, 12"))->toString(), QStringLiteral("7,4,12"));
}

QTEST_GUILESS_MAIN(TestServicesBackup)
#include "TestServicesBackup.moc"
