<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>Company leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View in the archive room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessService</name>
    <message>
        <source>Please sign in first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: name the rule that decides, such as R23</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision that needs approval must say who approves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator role never gets access to dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head of the department that owns the category approves, not the borrower&apos;s own head</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>Login %1: 2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive already has accounts; sign in instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong login or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 is already taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive key is not available in this session; sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-ins before a lockout: 1 to 100, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lockout: 1 to 1440 minutes, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle lock: 0 (never) to 480 minutes, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts: the account %1 is locked until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 has no key to the archive yet: ask the administrator to set a new password for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot of %1 does not open: it was damaged or tampered with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is locked after too many failed attempts, until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is locked; sign in again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is the same as the old one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account or take away your own administrator role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled; enable it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the recovery key of this archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum password length: %1 to %2 characters, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key grant of %1 does not open: it was damaged or tampered with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <source>The archive %1 is read-only here and was last opened by an older version of ArchiveRoom (schema %2, this version needs %3): it cannot be upgraded on read-only media. Copy it to a writable disk and open it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 was made by a newer version of ArchiveRoom (schema %2, this version knows %3): update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive stays in %1 and was not moved to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it may be open in another ArchiveRoom window; it is moved on a later start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists in both folders; move or remove one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive was moved from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of the database on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 was not upgraded and is unchanged: before the upgrade it is copied as it is to %2, and that copy could not be written (%3). Make room on the disk or allow writing in its folder, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 could not be upgraded from version %2 to %3: %4
It is at version %5 now: each step of an upgrade is saved whole or not at all, and the next opening continues from there once the cause is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file as it was before the upgrade is kept at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged value found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by full number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose destruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve destruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject destruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>Cannot compute the audit hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is missing (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records %1 to %2 are missing (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the next record is %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 of %2 was not written by ArchiveRoom (its number is out of sequence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record 1 of %1 does not start the chain: the trail was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 of %2 does not link to record %3: record %3 was changed and its hash rewritten, or records were removed or inserted here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 of %2 was changed after it was written (its content no longer matches its hash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head of the audit chain was deleted from the database; the last %1 records cannot be checked for deletions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1, the last of the trail, is missing (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records %1 to %2 at the end of the trail are missing (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 was added to the trail outside ArchiveRoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records %1 to %2 were added to the trail outside ArchiveRoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is not the last record ArchiveRoom wrote: the end of the trail was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint record %1 is not in the trail any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 differs from the checkpoint: the trail was rewritten up to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a limit between 1 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail has no seal: it was rewritten or replaced with the file alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records %1 to %2 were cut from the end of the trail and its head rewritten with the file alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trail up to record %1 was rewritten with the file alone: it no longer matches its seal (records were changed, removed or cut, and the hashes computed again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 (%2) was added after the last sealed record; ArchiveRoom writes only failed sign-ins there: it was written with the file alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sealed: read by the archive clerk and company leaders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the sealed reason does not open: it was changed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the backup goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; a backup never replaces a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist (is the disk connected?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is locked; sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a private temporary folder in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scan is missing from %1 (%2): the backup would not restore it; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the scan %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval is between 1 hour and a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at least one daily backup; counts are whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the restored archive goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the archive in use; a backup is restored into a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; a backup is restored into a new file, never over one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator (or the recovery key) restores a backup; an archive clerk may check one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup has data after its end: it was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup ends too early: it was cut short or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup ends too early after part %1: it was cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 of the backup is damaged (its length is wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup ends too early in part %1: it was cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part 1 of the backup does not decrypt: the file or its manifest was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 of the backup does not decrypt: it was changed, moved or replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable ArchiveRoom backup: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start like one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format %1 is not known to this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends inside its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a recovery key: it has 52 letters and digits in groups of four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password or the recovery key is needed to open the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no key in this backup: only the administrators and archive clerks of the archive at the time of the backup can open it, or the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key does not open this backup (it belongs to another archive, or the file was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not open this backup (wrong password, or the file was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database in the backup does not match its manifest (%1 bytes, the manifest says %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database in the backup does not match its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan %1 of the backup is not what the backup should hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan %1 of the backup does not match its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan %1 of the backup does not open with the archive&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup holds a part this version does not know: it was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup holds no database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup holds %1 scan files (%2 bytes); its manifest says %3 (%4 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database in the backup cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database in the backup cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scan the database refers to is missing from the backup (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database in the backup cannot be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database in the backup is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database in the backup has %1 %2; its manifest says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail in the backup does not end where its manifest says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail in the backup cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail in the backup is broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of a PostgreSQL archive are made with pg_dump on the server; see docs/admin.md</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryAdminDialog</name>
    <message>
        <source>Dossier categories and checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code in the archive number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owning &amp;department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fixed term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;loan period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;umbering rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item kinds (checklist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add kind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit kind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;inactive kinds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat new password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Option --%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find rooms, people and dossiers by any fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register an owner; opens the owner dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a co-owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a tenant; opens the tenant dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a household member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register an entrusted agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the owner of a room (masked unless --unmask)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the tenant of a room (masked unless --unmask)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new archive database and its first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty archive with a generated, fictional estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account (new password from ARCHIVEROOM_NEW_PASSWORD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an estate (小区)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a room; its building and unit are created when missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See: archiveroom help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1 for &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 has no accounts yet; run: archiveroom init --admin LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who you are: --user LOGIN (or ARCHIVEROOM_USER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password: set ARCHIVEROOM_PASSWORD or run on a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 %2: write the date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--room B-U-R is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender %1: write 男/女 or male/female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered %1 as %2 of %3; dossier %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered %1 as %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no current %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room or archive number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (old 15-digit number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sensitive values masked; --unmask shows them if your role may)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init needs --admin LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds an archive with accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new password: set ARCHIVEROOM_NEW_PASSWORD or run on a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the archive %1 with administrator %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--households needs a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 estates, %2 buildings, %3 rooms, %4 persons, %5 dossiers in %6 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add LOGIN --role ROLE --department DEPT --name NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1: one of leader, manager, assistant, clerk, staff, admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added estate %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1: a number of square metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1: one of residential, commercial, office, parking, storage, other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room add B-U-R [--estate CODE] [--area M2] [--use USE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added room %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No help for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ArchiveRoom %1 — the archive room of a property-management company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a command the window opens. The password comes from ARCHIVEROOM_PASSWORD or is asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 done, 1 failed, 2 usage error, 3 permission denied, 4 invalid input (nothing written), 5 not found, 6 conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More: archiveroom help COMMAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show ROOM|ARCHIVE-NO [--unmask --reason TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--checkpoint %1: write it as ID:HASH, as audit verify prints it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is broken at record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain intact, %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint: %1 (keep it away from this computer; audit verify --checkpoint checks the trail against it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--person %1: give the person&apos;s number (person_id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit records match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the audit trail&apos;s hash chain; exit 1 names the first broken record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the audit trail: who viewed, unmasked or changed what, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key (shown only now; print it and lock it away):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user edit LOGIN [--name NAME] [--role ROLE] [--department DEPT] [--disable|--enable]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user reset LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password set for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user recover LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recovery key: set ARCHIVEROOM_RECOVERY_KEY or run on a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an account&apos;s name, role or department, or disable it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your own password (new one from ARCHIVEROOM_NEW_PASSWORD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an account a new password (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the recovery key, give an account a new password (no sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one archive number (档号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no estate yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several estates: name one with --estate CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no estate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--category and --title are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year needs a year such as 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened dossier %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shelved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, destroyable from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to file by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing: complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no building %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) with missing items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>filed late (due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--to LOCATION is required, e.g. --to 档案室/A柜/第2层</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--queued needs the item number shown by dossier queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed item #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--item KIND is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pages needs a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--field is written NAME=VALUE, e.g. --field 维修人员=赵师傅</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed %1 in %2 as item %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 for %2 as item %3; to be filed by the clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner change ROOM --name … --id … [--date YYYY-MM-DD]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New owner of %1: %2; dossier %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former owner&apos;s dossier %1 kept apart; destroyable from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location add PATH --kind room|cabinet|shelf|box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>handover add ARCHIVE-NO… --from NAME --to NAME [--stage to_clerk|to_company]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hand-over #%1 recorded: %n dossier(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Handover campaign on for %1: filing is due the same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover campaign over for %1: filing is due within a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category %1 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist list CATEGORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist add CATEGORY --name NAME [--required] [--fields A|B|C]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added item kind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a dossier by hand (repair, service, security, engineering, finance); prints its archive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dossier with its items, checklist, location and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossiers of a room: owner, tenant, former owners, repair and service records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner and tenant dossiers with required items missing, in shelf order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received items waiting to be filed; --late: late filings for the manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a received item (filed at once by the clerk; --queue to file later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new owner for a room: new dossier; the former one kept apart, destroyable 3 years later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an archive room, cabinet, shelf or box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive rooms, cabinets, shelves and boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a hand-over batch (assistant → clerk, clerk → company archive room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a handover campaign: filing is due the same day (manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the handover campaign (manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier categories: department, retention, loan period, numbering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a category&apos;s department, retention, loan period or numbering rule (administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item kinds of a category; required ones make the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item kind to a category&apos;s checklist (administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approver: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>extension asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loan request ARCHIVE-NO --borrower LOGIN --mode view|borrow|copy --purpose TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode %1: one of view, borrow, copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until %1: write the date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loan approve ID [--reason TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loan reject ID --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loan checkout ID|ARCHIVE-NO [--borrower LOGIN] [--purpose TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition %1: one of ok, damaged, incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loan extend ID --until YYYY-MM-DD [--reason TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loan lost ID --report TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loan copy ID --pages PAGES --sheets N [--copies N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sheets and --copies need numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy registered (ZC-05/B05): %1 pages %2, %3 sheet(s) x %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit add --organ ORGAN --officer NAME --credential DOC --dossier ARCHIVE-NO --approved-by LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit %1 registered: %2 %3 views %4 in the archive room only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar load FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working-day calendar %1 loaded: %2 date(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner request %1: %2 %3 — %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner request ARCHIVE-NO --kind view|correct|copy --detail TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind %1: one of view, correct, copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner answer ID --answer TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damage repaired ID --note TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage record %1 closed: repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask to view, borrow or copy a dossier; prints the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve a request or an extension (department head, leader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject a request or an extension, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand a dossier over at the desk (loan ID or scanned 档号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a dossier in and record its condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for (or grant) a later due date, before the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a dossier lost on loan, with the written report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the copies made for an approved copy request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List loans (all you may see, overdue ones, or your own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a state organ&apos;s viewing in the archive room (never a take-out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register an owner&apos;s request to view, correct or copy their own record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the answer to an owner&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List owners&apos; requests (open ones, or --all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List damaged or incomplete dossiers waiting for repair (or --all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a damage record once the dossier is repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a year of public holidays and make-up working days (administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the years of the working-day calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 written: %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Print a form, catalog, register or spine labels to a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label sheets spine labels can be printed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a label sheet (sizes in millimetres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 %2: give a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE.pdf is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out %1: the file is written as PDF and must end in .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--code is qr or code128</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the label sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label sheet %1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2 “%3”: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sheet %2 (header in row %3): %4 to add, %5 to update, %6 unchanged, %7 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: everything in the file is on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: fix the rejected rows, or import the good ones with --only-valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export owners FILE.xlsx|FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written: %2 owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a handover roster of owners (and tenants, members, rooms) from .xlsx or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the current owners to .xlsx or .csv (masked; audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export dossiers FILE.xlsx|FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written: %2 dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the dossier list (catalog) of an estate or a building to .xlsx or .csv (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no archive at %1; check the path, or create one with: archiveroom init --admin LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an encrypted backup of the whole archive (database and scans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt and check a backup completely; exit 1 names what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup into a new archive file (never over an existing one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) without a place</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>category set CODE [--retention Y|D30] [--department …] [--loan-days N | --loan-working-days N | --loan-calendar-days N] [--numbering PATTERN]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one of --loan-days, --loan-working-days and --loan-calendar-days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders that have no place yet, in shelf order, for dossier move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loan return ID|ARCHIVE-NO --condition ok|damaged|incomplete [--note TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--condition is required: say how the dossier came back (ok, damaged or incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loan found ARCHIVE-NO --note TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that a lost dossier was found again, with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests and extensions waiting for your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit ROOM|ARCHIVE-NO [--name …] [--phone …] …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person edit PERSON-ID [--name …] [--phone …] …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a person number (the person_id of owner show --json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one field to change, e.g. --phone 13800135678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected %1: %2 (kept in the history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the owner&apos;s details; each change is kept in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the tenant&apos;s details; each change is kept in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a person&apos;s details by person number (co-owners, members, agents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a company leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destroyed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold add ARCHIVE-NO --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on hold: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold release ARCHIVE-NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold of %1 is released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destroyable from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier may be destroyed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destroy propose ARCHIVE-NO… --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destroy approve BATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destroy reject BATCH --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destroy execute BATCH --method TEXT --witness LOGIN --witness LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No destruction batch yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export destruction-list FILE.xlsx|FILE.csv --batch N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a dossier on hold: it is never destroyed until released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the hold of a dossier (its owning department&apos;s head or a leader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers past retention that may be proposed for destruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a destruction batch (the clerk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve a destruction batch: your department&apos;s part, or the batch as a leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject a destruction batch with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry out an approved destruction batch with its method and two witnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destruction batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the destruction list of a batch to .xlsx or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not found at a reconciliation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (since %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 in batch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage record %1 opened for %2: waiting for repair (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record damage found at a daily check (outside a loan) for the owning department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print destruction-list --batch N --out FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1: give the number of a reconciliation session (see reconcile list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconcile start [--location PATH]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Session %1 started over %2: %n dossier(s) expected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>reconcile scan SESSION [CODE…] (or one code per line on standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing since %1: found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 (%2): expected %3, in place %4, misplaced %5, on loan %6, missing %7, unknown %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconcile finish SESSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconcile show SESSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, scanned %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconcile lost ARCHIVE-NO --report TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is recorded as lost; the report is kept in its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconcile move SESSION ARCHIVE-NO…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved into the session&apos;s place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>violation add --person NAME --what TEXT --measure 警告|记过|记大过|罚款 [--amount YUAN] [--loan ID] [--dossier ARCHIVE-NO]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--loan %1: give the loan&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation %1 recorded: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out %1: the report is written as .pdf or .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a reconciliation of the whole archive or of a place and everything in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan folders into a session (codes as arguments or one per line on standard input); each is classified at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish a session: lists the missing and the misplaced; the session becomes read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counts and lists of a session (so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the reconciliation sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers found missing and not found since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report the loss of a missing dossier that is not on loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a violation and the measure taken (managers, leaders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List violations, newest first (managers, leaders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move folders scanned as misplaced into the session&apos;s place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one form: owner-form, tenant-form, catalog, borrow-register, copy-register, labels, destruction-list, reconciliation, self-inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print reconciliation --session S|--month YYYY-MM --out FILE.pdf|FILE.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--month %1: write the month as YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--list %1: one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not part of what your role sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status [--month YYYY-MM] [--list KEY]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-inspection of %1 (month %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation this month: %1 — %2 of %3 session(s) finished, %4 place(s) not reconciled, %5 found missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: %1 (%2 hours ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The self-inspection numbers; --list KEY prints the list behind one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the archive numbers (档号) of the folders to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move folders to another archive room, cabinet, shelf or box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loan withdraw ID [--reason TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status %1: one of pending, approved, rejected, in_room, refused, out, returned, lost, withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw your own request while it waits for its decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--read-only opens an existing archive; init makes a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (photo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damage add ARCHIVE-NO --note TEXT [--photo FILE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damage photo ID --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of damage record %1 written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the photo of a damage record to a file (audited view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: archiveroom [--db PATH] [--user LOGIN] [--json] [--lang zh_CN|en] [--read-only] COMMAND [ARGS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (key of the older form: reset the password or sign in once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export tenants FILE.xlsx|FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written: %2 tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the current tenants with their lease to .xlsx or .csv (masked; audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type %1: one of cn_id, passport, hk_macao, taiwan, foreigner, other, credit_code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (lease %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lease ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no current tenancy to record a lease on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names a tenant of several rooms: give the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days %1: write a number of days, e.g. 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No lease ends within %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lease ended %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>List the leases ending within --days N days (30), and those already ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import owners FILE.xlsx|FILE.xls|FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 persons, %2 dossiers, %3 scans, %4 audit records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one backup file, or a folder with --dir (not both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep goes with --dir: it says which backups of the folder to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep %1: write DAILY,WEEKLY,MONTHLY, e.g. 7,4,12 (at least one daily)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: %1 (%2 bytes): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older backup removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of an administrator or clerk in the backup: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password: set ARCHIVEROOM_PASSWORD (or ARCHIVEROOM_RECOVERY_KEY) or run on a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the backup file to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is not sound: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is sound: made %2 by %3; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the backup file and the new archive: backup restore FILE --to PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored into the new archive %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it with: archiveroom --db %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg-setup takes no words, only options: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 (schema %2) is ready for the desks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables given to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version %1 (up to date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema upgraded from version %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner role: %1; desk role: %2 (the audit log only read and appended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now desks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer desks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desks (members of %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate takes no words, only --from and --to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate needs --to LOCATION (a new file or postgresql://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the archive %1 to %2 (schema version %3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows in %2 tables, the same on both sides; %3 files beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail intact on the target: %1 records, last hash %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source was not changed. Open the copy with: archiveroom --db %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare a PostgreSQL database for the desks: roles, schema, rights (the audit log append-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a whole archive to another place: a file to a PostgreSQL database, or back to a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown form %1: owner-form, tenant-form, catalog, borrow-register, copy-register, labels, destruction-list, reconciliation, self-inspection, reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--loan %1: give loan numbers, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking: row %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing: row %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: copying the archive as it is to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: upgrading to version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: writing the search index again (part %3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Upgrading the archive from version %1 to version %2 (%n step(s))…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The archive is upgraded (%1 s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeNameDialog</name>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentStore</name>
    <message>
        <source>The content %1 is missing from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Already exists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An inner step failed; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has schema version %1, newer than this program knows (%2). Use a newer ArchiveRoom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version %1 is unknown to this program (it knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another desk is saving to the archive; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive file %1 is on a network file system (%2). Several desks writing to one file over the network can damage it. Keep the file on a local disk, or for several computers use a PostgreSQL server. To open it here anyway, set ARCHIVEROOM_ALLOW_NETWORK_FS=1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive is open read-only: nothing can be saved to it. It can be searched and printed; to change it, open the archive in use (or restore a backup, File → Restore from backup…) on a writable disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1 read-only: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 uses the encoding %2; an archive needs UTF8 (createdb -E UTF8 -T template0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL location is wrong at %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port is a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must begin with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not write the password into the location; set PGPASSWORD or put it in ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name before @ is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IPv6 address needs its closing ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only :port may follow the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one server, not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the database after the server, as in postgresql://archivist@dbserver/archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a database name has no /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parameter has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value may not contain ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode is one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of seconds is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parameter (known: host, port, user, sslmode, sslrootcert, connect_timeout, application_name, options)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive on the server is older than this program (schema version %1, this version needs %2), and the role %3 may not upgrade it: the administrator upgrades it with archiveroom pg-setup (see docs/admin.md), then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database on the server holds no archive yet, and the role %1 may not create its tables: the administrator makes the archive with archiveroom pg-setup (see docs/admin.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of %1 wants a password, or did not accept the one given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoOffer</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts: %1. Password of each: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try ArchiveRoom with a made-up company of %1 households first?

It goes into a separate trial archive; this archive stays empty for your real records. You can open the trial at any time from File › Trial archive.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the trial archive…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoService</name>
    <message>
        <source>Demo data goes into an empty archive only; this one already has estates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households %1: give 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestructionService</name>
    <message>
        <source>Destruction list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for destruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company leader: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyed by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of destruction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destruction list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason of the hold (a dispute, an audit, a court order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 was destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 is already on hold since %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the head of %1 or a company leader releases the hold of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 is not on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is kept permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it may be destroyed from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is on hold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is on loan (loan %1, %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is already in destruction batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the archive clerk, department heads and company leaders see destruction candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no destruction batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not see destruction batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason of the destruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the dossiers to destroy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a destruction candidate, nothing proposed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed in batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destruction batch %1 is %2; only a proposed batch is approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody approves their own proposal: batch %1 waits for others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destruction batch %1 is approved by the heads of %2 and a company leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company leader already approved batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already approved its part of batch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (company leader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (head of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 approved by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason of the rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destruction batch %1 is %2 already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody decides their own proposal: batch %1 waits for others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destruction batch %1 is decided by the heads of %2 and a company leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destruction batch %1 was carried out on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destruction batch %1 was rejected; nothing is destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a company leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the head of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destruction batch %1 is not approved yet; it waits for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the dossiers are destroyed (shredding, pulping, incineration …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name two witnesses, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two witnesses must be two different people, not %1 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness %1 is not an active account of the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one who destroys cannot also be a witness: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destruction batch %1 cannot be carried out, nothing was destroyed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destroyed in batch %1 (%2), witnesses %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 was destroyed, but these scan files could not be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>former owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cabinet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierService</name>
    <message>
        <source>There is no dossier category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category needs the department that owns it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention is Y (permanent) or D followed by years, e.g. D30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner dossiers are kept permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loan period is 0 (the same day) to 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A numbering rule must contain {seq} so numbers stay unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item kind needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field name may not contain &apos;|&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category already has an item kind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such item kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the archive clerk or the department that owns %1 dossiers may open one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner and tenant dossiers are opened by registering the owner or tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dossier needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no dossier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not see this dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not add items to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 is %2; nothing can be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dossiers have no item kind &quot;%2&quot;; kinds: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page count must be between 0 and 10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day received cannot be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s date cannot be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;; fields: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 was already filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (late: due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager starts or ends a handover campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hand-over goes to_clerk (assistant → clerk) or to_company (clerk → the company archive room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who hands the dossiers over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who receives the dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hand-over needs at least one dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the archive clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the company archive room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the archive clerk or the administrator sets up locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A location is a room, cabinet, shelf or box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A location needs a name without &apos;/&apos; or &apos;›&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 cannot hold a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an archive room stands on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a location %1 here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no location %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 was destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the archive clerk or the property assistant attaches scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans are images or PDF files; %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is locked; sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan %1 is missing from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan %1 was changed or damaged; it cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An owner change is recorded on or after the day it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no current owner; register the owner instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive number %1 is already in use: the numbering rule %2 of %3 gives numbers another dossier already has. The administrator must change the rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbering rule %1 of %2 has no {year}: numbers start again at 1 every year, so %3 would be given again next year. Put {year} into the rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbering rule %1 of %2 gives the same archive numbers as the rule %3 of %4 (both would number a dossier %5). Put {category} or a code of its own into the rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is out of range (1949 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or scan an archive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 fits more than %n dossiers: %2; give more of the archive number</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 fits %n dossiers: %2; give more of the archive number</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a location %1 there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one folder to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a label or type an archive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the label of a box or shelf first, then the folders to put there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 dossier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Estate</name>
    <message>
        <source>Residential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EstateService</name>
    <message>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: use 1 to 10 letters or digits (it becomes part of room numbers like 3-2-1201)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The estate name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phase name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floors %1 to %2: give a range between 1 and 200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms per floor %1: between 1 and 99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room has people or dossiers registered and cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the unit&apos;s rooms first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the building&apos;s units first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room %1: write it as BUILDING-UNIT-ROOM, for example 3-2-1201</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No estate with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No estate has been set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room %1 exists in several estates; name the estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are several estates; name one with its code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: numbers start at 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains an invisible or control character (%2) at position %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The estate name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The building name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phase name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportHelper</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not export lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list was not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the list as shown (masked) to an Excel or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>Owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: lists are exported as .xlsx or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no building %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no dossier category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lease ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>New archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to ArchiveRoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters and digits, e.g. admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>ArchiveRoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 cannot be opened:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in — trial archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial archive with made-up data. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive on the server cannot be opened:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sheet %2; it has: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sheet of %1 has a header row naming the room and the owner (房号, 姓名, 身份证号码 …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet %1 has no header row naming the room and the owner (房号, 姓名, 身份证号码 …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column gives the room: map one to 房号 (3-2-1201), or three to 楼栋, 单元 and 室号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the room is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a room: write it as 3-2-1201, 3栋2单元1201 or 3座2单元1201室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no room %1 and you may not add rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the area is not a number of square metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of 业主, 共有人, 租户, 家庭成员, 受托人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write 男 or 女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (ends in zeros: was the column once a number in Excel?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 already gives the owner of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 already registers %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number %1 is already registered for %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has an owner (%2): an owner change is recorded in the window or with owner change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the file was read as GB18030 (简体中文): if it was saved in another encoding such as Big5, save it again as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only .xlsx, .xls and .csv files can be imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Io</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell holds the Excel error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is masked (***): an exported list cannot be imported back; import the original roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ID number was stored as a number and has lost its last digits (Excel keeps 15); the original cannot be recovered: format the column as text and type the numbers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date (write it as 2026-11-27)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a lease term (write it as 2026-01-01至2026-12-31)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, more than any roster; it is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says it is %2 but is not; save it again as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text file: it holds a NUL byte at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoding of %1 is not recognised (not UTF-8, UTF-16 or GB18030); save it again as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 has a value in column %3; a roster has at most %4 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more than %2 cells, more than any roster; split it into smaller files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2, column %3 holds more than %4 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be read here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xls) or it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no Excel workbook (it may be a Word or other Office file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses a character set that cannot be read; open it in Excel or WPS and save it as .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged in a way that a spreadsheet program would not write; it is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or cut short and cannot be read (FreeXL error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a password; open it, remove the password and save it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 sheets, more than any roster; it is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cell %2 of the sheet %3 holds more than %4 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sheet %2 has a value in cell %3; a roster has at most %4 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sheet %2 has more than %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sheet %2 holds more than %3 cells, more than any roster; split it into smaller files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a complete Excel workbook (%2 is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the part %2 unpacks to more than %3 MB, more than any roster; it is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB in all, more than any roster; it is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2 cannot be read (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or cut short: %2 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: text number %2 of the workbook holds more than %3 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more than %2 texts, more than any roster; it is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sheet %2 has a row numbered &quot;%3&quot;; rows are numbered 1 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sheet %2 has a cell &quot;%3&quot; that is not a cell of a worksheet (A1 to XFD1048576)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sheet %2 has more than %3 cells in row %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sheet %2 has more than %3 merged areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx) or it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its list of sheets cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists more parts than a workbook has; it is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the part %2 holds more than %3 MB of text without markup, more than any cell; it is not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysByRole</name>
    <message>
        <source>The archive&apos;s keys are damaged: they do not open with its data key. Restore the archive from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account has not received the key to the full values yet: it is given to a new clerk or leader account when a clerk or leader who holds it signs in. Until then you see the masked values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelSheet</name>
    <message>
        <source>A code needs a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code 128 carries plain ASCII only; the 档号 %1 has “%2”: print QR codes instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code can be made of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has %1 labels; skip 0 to %2 of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sheet has at least one row and one column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label is at least 15 × 10 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is at least 50 × 50 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margins and gaps cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns of %2 mm with the margin and gaps take %3 mm; the page is %4 mm wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows of %2 mm with the margin and gaps take %3 mm; the page is %4 mm high</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Loan</name>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the room only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete and undamaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View own record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of own record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive clerk keeps the dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidential: this role may not see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company leaders borrow directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>managers view in the archive room directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the department head&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside persons view in the room only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copies need approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the access rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoanService</name>
    <message>
        <source>Head of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the archive clerk registers a request for someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working-day calendar for %1 is loaded: counted Monday to Friday without the public holidays. An administrator can load the year (借阅 → 载入工作日历).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 is %2 and cannot be lent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State the purpose of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return date %1 is in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan %1 is decided by the head of %2 or a company leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan %1 waits for no decision (it is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan %1 is a viewing in the archive room and can never be taken out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan %1 is for %2, not for taking out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan %1 is already out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan %1 is %2: only an approved request is handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 is already on loan to %2 (loan %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 is %2 and cannot be handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 has %2 approved requests: name the borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 has no approved request to take it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no approved request for %2: state the purpose to ask now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan %1 is %2: nothing to check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is damaged or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 is not on loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the borrower asks to extend loan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan %1 is %2: only a dossier that is out is extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan %1 was due on %2: an extension is asked before the due date; return the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new due date must be after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan %1 already waits for an extension to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan %1 is %2: only a dossier that is out can be lost on loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report on the loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan %1 is not yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan %1 is not a copy request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan %1 is %2: no copy without approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which pages were copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of sheets must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of copies must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the officer&apos;s credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot consent: a company leader or the head of %2 does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 belongs to no owner or tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what the owner asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner request %1 is already answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the dossier was repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open damage record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage record %1 belongs to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan %1: nobody decides their own request; another head of %2 or a company leader decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 is %2, not lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where and how dossier %1 was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 is not in the archive room: it is on loan to %2 (%3, loan %4), due %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 is not in the archive room: it is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 is %2: there is no folder to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is damaged in dossier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan %1 was not asked by you: only the borrower or who registered the request withdraws it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan %1 is %2: only a request that waits for its decision is withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the borrower&apos;s login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo %1 is larger than %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo of the damage is an image file (JPEG, PNG …); %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is locked; sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No damage record %1 you may see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage record %1 has no photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo of damage record %1 is missing from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo of damage record %1 was changed or damaged; it cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ArchiveRoom was locked after a time without input. Everything that was open stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ArchiveRoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners, tenants and household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show f&amp;ormer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password must have at least %1 characters (the administrator&apos;s setting); this one has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password has only digits (like a date or a phone number, which are guessed first): add letters, or make it at least 12 digits long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is a sequence or a repeated pattern (like 12345678, abcdefgh or 12121212), which is guessed first; choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is a row of neighbouring keys (like qwertyui or 1qaz2wsx), which is guessed first; choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is the login with digits or symbols around it; choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is a common word with digits or symbols around it (like Password123!), which is guessed first; choose another</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong/Macao permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taiwan permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreigner permanent residence card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrusted agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDetailsDialog</name>
    <message>
        <source>Full details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Owner record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner record form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 digits, the last may be X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when the move-in date is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. spouse, child, parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>This record was changed by someone else meanwhile; reload it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person with number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored %1 of person no. %2 is damaged: it fails its integrity check and cannot be shown. Restore the archive from a backup, or enter the value anew in the person&apos;s form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masked values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintService</name>
    <message>
        <source>Owner record form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant record form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier contents list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog of filed documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrowing register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrowing and copying record ZC-05/B05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spine labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no location %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room: %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no building %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit is named with its building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A register is printed for a period: give its first and last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends (%1) before it begins (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block</source>
        <comment>the 座 after the building on the form header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no.</source>
        <comment>the 号 after the room on the form header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant&apos;s signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the full values are printed (a reason is required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an owner dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a tenant dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the dossier, a room, or a building (and unit) to print the forms of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner dossier there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant dossier there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 names nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full values printed by %1 (%2); keep this sheet in the archive room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive values are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the dossier whose contents list is printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents of the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive no.: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total pages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiled by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier there to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doc. no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers: %1, entries: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive borrowing register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrowed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive clerk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pp. %1, %2 sheets × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of borrowed and copied documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower / copier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrow / copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages and copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A range of rooms needs its first room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the labels: a building, a unit, a room, a range of rooms or a dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no dossier %1 there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room %1 has no dossier to label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room %1 comes before %2 on the shelves; name the first room first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier there to label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer or file could not be written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no label sheet %1; there are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label sheet needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only saved label sheets can be removed; %1 is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destruction list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the destruction batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · batch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly self-inspection sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%n folder(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There are no locations to label</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Location labels · %n label(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reconciliation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · session %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan %1 is not overdue, or not among the loans you may chase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loan is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder to return a dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive room</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n loan(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dossier below is %n day(s) overdue. Please return it to the archive room at once, or ask the approving head for an extension.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Archive no.: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrowed on: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due back on: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>User manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any form: save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S, Ctrl+Enter, or Enter in a one-line field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any form: close (asks when something was typed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main window: start a search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just type (or scan) anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search box: open the first hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A menu or a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user manual is not installed: %1 was not found. Reinstall the archiveroom package.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconciliationService</name>
    <message>
        <source>Archive reconciliation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 — range: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1 by %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not finished: the missing are those not scanned so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1, in place %2, misplaced %3, on loan %4, missing %5, unknown %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyed dossiers scanned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciled by (archive clerk):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 must end in .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misplaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scanned already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shelved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loan %1 to %2 (%3), due %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no location %1 (see the list of locations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no reconciliation session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation session %1 is finished and can no longer be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a spine label or type an archive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 covers the whole archive: move the folder to its place by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not scanned as misplaced in session %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconciliation session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report on the loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 is out on loan %2: report the loss on the loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 is not missing: only a dossier a reconciliation found missing, or one that is out on loan, can be reported lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 belongs to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly reconciliation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month %1: %2 — %3 of %4 sessions finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished sessions together: expected %1, in place %2, misplaced %3, on loan %4, unknown %5; dossiers found missing %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every place that holds dossiers was reconciled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places that hold dossiers and were not reconciled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reconciled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Give the month to report on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Forgot password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the printed recovery key of this archive, the login whose password was forgotten and a new password for it. Without the recovery key, ask the administrator to reset the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat new password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key of this archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is shown only once. If the password of every administrator is lost, this key is the only way back into the archive: with it a new password can be set for any account. Print it (or write it down), seal it in an envelope and lock it away, apart from this computer. Whoever holds the key can open the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have printed or &amp;written down the key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterService</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number is required for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one phone number is required for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 5 phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move-in date %1 is more than a year ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date is too far ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number %1 is already registered for %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already registered as %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already on file; the existing record was linked to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a current owner (%2); register a co-owner, or record an owner change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number %1 already belongs to another person on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tie to the room has already ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the full values are needed (a reason is required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entrusted agent %1 receives the handover: the agent&apos;s ID copy is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation has no gender (%1 given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person %1: only an organisation (document type %2) has a contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lease term and contract number are kept for tenants only, not for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lease end %1 is before the lease start %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract number contains an invisible or control character (%1) at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of days %1 must be between 0 and 3660</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat new password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>Room &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Floor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area (m²):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomGridDialog</name>
    <message>
        <source>Add rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;floor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To floor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms &amp;per floor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area (m²):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfInspectionService</name>
    <message>
        <source>The self-inspection is for the archive clerk, department managers and company leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month %1 has not begun yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers with missing items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late filings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage to repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing since a reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation sessions this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found missing this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places not reconciled this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for destruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyable since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly archive self-inspection sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of the archive on %1, as %2 (%3) sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation of the month: %1 — sessions finished %2 of %3, places not reconciled %4, found missing %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: %1 (%2 hours ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not part of what your role sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspected by (signature):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by (signature):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAdmin</name>
    <message>
        <source>Copying the table %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to name the same archive (%1): migrate copies an archive to another place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no archive at %1; check the path of --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already: migrate writes a new archive file, never over an existing one; choose a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no archive at %1: it has no tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 has schema version %2, older than this program&apos;s %3: open it once with this version (for example archiveroom --db %1 status), which upgrades it, then migrate it. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 was made by a newer version of ArchiveRoom (schema %2, this version knows %3): migrate it with that version. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds an archive (its table %2 has %3 rows): migrate copies into an empty database, or one made by archiveroom pg-setup that holds no archive yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source and the target have different tables (only in the source: %1; only in the target: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 has other columns in the source (%2) than in the target (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy does not have the rows of the source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail does not verify on the target: %1 (run archiveroom audit verify on the source to see whether it was broken there already)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run migrate to a server as the role that ran archiveroom pg-setup (or the server&apos;s superuser): a desk&apos;s role may not set the archive&apos;s id sequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg-setup prepares an archive on a PostgreSQL server: give its location as --db postgresql://USER@HOST/DBNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role name for pg-setup is written in lower-case letters, digits and _ (at most 63), not starting with a digit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner role and the desk role must be two different roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be made a desk: it is one of the archive&apos;s roles, or also given to --revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the connecting role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search path of %1 names no schema that exists in the database %2: create the schema, or leave search_path out of the location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run pg-setup as the server&apos;s superuser (postgres) or as the database&apos;s owner with the right to create roles (createuser --createrole; createdb --owner); see docs/admin.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 may not create the role %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 may not grant rights on the schema %2 of the database %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no role %1 on the server: make it first with createuser --pwprompt %1, then run pg-setup --grant %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan %1 is in %2 already; move it away first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>Please sign in first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not allowed to do this</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ArchiveRoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forgot password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrialArchive</name>
    <message>
        <source>Trial administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial archive clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial general manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial property assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trial archive already exists at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnmaskReasonDialog</name>
    <message>
        <source>Show full details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpgradeProgressDialog</name>
    <message>
        <source>Step %1 of %2: keeping a copy of the archive as it is
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: upgrading to version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: writing the search index again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the archive from version %1 to version %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A large archive takes some minutes. The upgrade cannot be interrupted:
each step is saved whole or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserAdminDialog</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Failed sign-ins before a lockout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lockout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Idle lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum password length</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters and digits, e.g. zhangli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active (may sign in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initial password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have 18 digits (or 15 for an old card), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first 17 characters must be digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 15-character number must be all digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last character must be a digit or X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region code %1 is not a province code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date %1 is not plausible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check digit should be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is an old 15-digit number; ask for the current 18-digit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number %1: only letters, digits, &apos;-&apos; and brackets, 5 to 30 of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the extension must be digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: only digits are allowed (letters or symbols found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: a mobile number has 11 digits, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the number range %3 is not a known mobile range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: a landline is the area code and 7 or 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: no area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: not a mobile or landline number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name %1 is longer than 50 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name %1 contains digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender %1 does not match ID number %2, which is of a %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name contains an invisible or control character (%1) at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name %1 contains &quot;%2&quot;, which is not part of a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have 18 characters, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character %1 at position %2 is not allowed (only digits and the capitals without I, O, Z, S, V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check character is %1, it should be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is longer than 100 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 contains &quot;%3&quot;, which is not part of a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViolationService</name>
    <message>
        <source>Name the person who committed the violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the violation was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text holds the invisible or control character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure %1: one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fine needs its amount in yuan, e.g. 100 or 300 (given: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fine must be more than 0 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount goes with a fine only, not with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loan %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>Line %1: the date is not a valid YYYY-MM-DD date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 does not belong to the notice of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a holiday file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no valid year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1: isOffDay must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the year is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: write &quot;YYYY-MM-DD off NAME&quot; or &quot;YYYY-MM-DD work NAME&quot;, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the line &quot;year YYYY&quot; must come first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no line &quot;year YYYY&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists no dates for %2: the notice is not published yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::AccountActions</name>
    <message>
        <source>&amp;Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::ApprovalInbox</name>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason (required to reject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests wait here for the head of the department that approves them; copies need the owning department; extensions are marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan %1 no longer waits for your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>under an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, pages %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, back by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension asked; due now:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::AuditDialog</name>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain is intact: %1 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain is broken at record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint to note down: %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;udit trail…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::AuditModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rooms added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::BackupActions</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of this archive yet. Back up now: File › Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last backup is %1 days %2 hours old (made %3); backups are due every %4 hours. Is the backup disk connected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup into %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup of the archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the changes of this session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 (%2) holds %3 persons, %4 dossiers and %5 scans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 was restored into the new archive %2 (%3 persons, %4 dossiers, %5 scans). The archive in use, %6, is kept as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ArchiveRoom now starts again with the restored archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check of the backup %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is complete and can be restored: made %2 by %3, with %4 persons, %5 dossiers and %6 scans; its audit trail verifies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::BackupDialog</name>
    <message>
        <source>Back up the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One encrypted file with the whole archive: the database and the scans. Keep it on another disk or a USB stick. It opens with the password of an administrator or archive clerk, or with the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ArchiveRoom backups (*.arbackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::BackupDialogs</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::BackupSettingsDialog</name>
    <message>
        <source>Backup settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: no automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ArchiveRoom backs up into this folder at the first sign-in of each day and when the window is closed after changes. Choose a second disk or a USB stick, not the disk of the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warn when the last backup is older than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;daily backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep wee&amp;kly backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;monthly backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::BorrowDesk</name>
    <message>
        <source>Borrow desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login of the borrower (scan the staff card or type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only needed when the borrower has no approved request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what is damaged or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan the spine label or type the archive no., then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Borrower:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition at return:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next borrower (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked out to %2, due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — a damage record was opened for the manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: request registered, waiting for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved or waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ar::ui::CategoryAdminDialog</name>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the archive-wide rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item kinds of %1 (the required ones make the checklist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier &amp;categories and checklists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens: {fonds} {category} {year} {retention} {seq} or {seq:4} (four digits). The rule must contain {seq} and {year} and give numbers no other category&apos;s rule gives. Only new dossiers are numbered by a changed rule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ; type the same password twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is changed. Use the new one from the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::CodeNameDialog</name>
    <message>
        <source>letters or digits, e.g. 3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::CopyForm</name>
    <message>
        <source>Copies of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pages copied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copies of each:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::CopyRegisterDialog</name>
    <message>
        <source>Copy register (ZC-05/B05)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrowing and copying record: one line for each copy made for an approved copy request. The clerk records copies from the loan list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::DamageDialog</name>
    <message>
        <source>Damaged dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers that came back damaged or incomplete stay here until they are repaired. Managers see their department&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show repaired ones t&amp;oo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;repaired…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How was the dossier repaired or completed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage record %1 is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &amp;photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a photo of the damage (JPEG, PNG …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of the damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Photo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo of damage record %1 cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of damage record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::DestructionDialog</name>
    <message>
        <source>a company leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the head of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers past their retention, not on hold, not on loan and in no open batch. Tick those to destroy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyable from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for destruction, e.g. retention period expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propose batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for rejecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shredding, pulping, incineration …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login of a witness other than you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login of a second witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destroy the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness 1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness 2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pri&amp;nt destruction list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 (%2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyed on %1 by %2 (%3), witnesses %4 and %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the dossiers to destroy first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy the dossiers of batch %1? Their items, scans and the personal data of people with no other tie are erased for good; the catalog keeps their entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print destruction list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destruction-list-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export destruction list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destruction-list-%1.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel files (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::DossierActions</name>
    <message>
        <source>&amp;New dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a repair, service, security, engineering or finance dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filing queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Late filings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Missing items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an estate in the tree first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive &amp;places…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handover campaign running (file the same day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a hand-&amp;over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers of the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers of room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: choose a room first to tie it to one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened dossier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property assistant → archive clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive clerk → company archive room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One archive number per line: scan the spine labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossiers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hand-over recorded: %n dossier(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Handover campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover campaign on: items are due for filing the day they are received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover campaign over: filing is due within a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destruction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers past retention: propose, approve and carry out their destruction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::DossierDialog</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shelved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destroyable from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) on file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Complete: every required item is on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to file by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this dossier out of destruction (a dispute, an audit, a court order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;damage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold since %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroyed on %1 in destruction batch %2: only the catalog entry is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release &amp;hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing since %1 (not found at a reconciliation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 kept out of destruction?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is damaged (found at a daily check)? The owning department&apos;s manager sees it until it is repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage record %1 is open for %2 until the dossier is repaired.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::DossierPicker</name>
    <message>
        <source>Which dossier?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 fits more than %n dossiers; the first ones:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 fits %n dossiers; pick one:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fits several dossiers; none was picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no dossier %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::EstateActions</name>
    <message>
        <source>Add &amp;estate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;phase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;building…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rooms by &amp;floor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edi&amp;t room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is short (e.g. HY) and goes into archive numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code goes into room references like 3-2-1201; the name may stay empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove room %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::EstateTreeModel</name>
    <message>
        <source>Building code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit code %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::ExpiringLeasesDialog</name>
    <message>
        <source>&amp;Leases ending soon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leases ending soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leases ending within the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and those already ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>lease ended %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No lease ends within %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lease(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ar::ui::FilingQueueDialog</name>
    <message>
        <source>Filing queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Late filings only (due date passed, or filed after it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late filings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing queue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late filings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::FirstRunDialog</name>
    <message>
        <source>The two passwords differ; type the same password twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new, empty archive is being created in %1.

Another folder on this computer, such as a second disk, can hold it instead: &quot;Other folder…&quot;. A network share is not a place for it (several computers writing one file can damage it): when several computers work on one archive, it lives on a server (&quot;On a server…&quot;).

Set up the administrator&apos;s account. The administrator adds the other users and their roles. Keep the password safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::FormGuard</name>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed in this form has not been saved. Close it and discard the changes?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::HistoryDialog</name>
    <message>
        <source>Change history — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::HistoryModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::IdleLock</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::ImportDialog</name>
    <message>
        <source>Import owner roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember this mapping for files of this layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns whose header is not recognised are marked; choose what they hold, or leave them not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only rows with &amp;problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import only the &amp;good rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a roster to see what it would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet %1, header in row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, encoding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the mapping remembered for this layout is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This header is not recognised: choose what the column holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping changed: press Check to see the rows again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1, update %2, unchanged %3, rejected %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, new room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are rejected: fix them in the file, or import only the good rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are rejected, so nothing was imported. Fix them in the file (Export rejected rows… lists them with the reason) and check again, or import only the good rows.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: the good rows are all on record already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s) will be left out and stay as they are in the file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the other %n row(s) that change something?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are rejected, so nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change: everything in the file is on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported: %1 added, %2 updated, %3 unchanged; %n rejected row(s) left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows were not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s) written to %1, with the reason in the last column. Fix them there and import that file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A developer&apos;s roster, .xlsx, .xls or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.xls *.et *.csv);;Excel workbook (*.xlsx *.xls);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::InspectionListDialog</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a line to open its dossier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::KindEditDialog</name>
    <message>
        <source>Item kind %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item kind — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Required: every dossier of the category must hold one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One field a line, e.g. repair time, repairer, work done, cost. Each item of this kind is received with these fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active: offered when items are received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own &amp;fields:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::LabelSheetDialog</name>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label sheets and printer calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 得力 A4 3×7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page (width × height):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels (columns × rows):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label si&amp;ze (width × height):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Margin (left × top):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gaps (across × down):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sheets saved here can be removed; the presets stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Choose the sheet above and print the calibration page on plain paper, with both offsets at 0.
2. Lay the page on a label sheet against the light. Each label&apos;s outline has a cross at its centre: measure in millimetres how far a cross lies from the centre of its label — to the right and downwards are positive, to the left and upwards negative.
3. Enter the two distances and save them for this printer. Print the page again: the crosses should now sit in the middle of the labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;inter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed too far &amp;right by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed too far &amp;down by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;calibration page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label sheet %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove label sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the label sheet %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved for %1: labels are shifted %2 mm left and %3 mm up when printed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save calibration page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calibration.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calibration page could not be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration page printed; measure the crosses and enter the shift.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::LoanActions</name>
    <message>
        <source>Borrow &amp;desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrow &amp;request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approvals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue loans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Loans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State organ&apos;s &amp;visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y register (ZC-05)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;maged dossiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wners&apos; requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load working-day &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit of a state organ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered: %1 (%2) views %3 in the archive room, with the consent of %4. It can never be taken out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load working-day calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (*.txt *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded: %2 holidays and make-up working days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::LoanListDialog</name>
    <message>
        <source>Only &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for an &amp;extension…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;lost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;copies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension of loan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the dossier needed longer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan %1: extension to %2 asked, waiting for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan %1 is now due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written report: how and when the dossier was lost, who was told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is recorded as lost; the report is kept in its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 sheets × %3 copied (pages %4), entered in the copy register (ZC-05)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;found…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and how was the dossier found? In what state?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is found again and is %2; the note is kept in its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wit&amp;hdraw request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the request for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the request withdrawn? (may stay empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request for %1 is withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::LoanModel</name>
    <message>
        <source>, extension asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::LoanPanel</name>
    <message>
        <source>&amp;Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1   Lost: %2   Waiting for approval: %3   Damaged: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue %1 days: %2 — %3 (%4), due %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost: %1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension asked: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval: %1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To repair: %1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing since %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to decide it in the approval inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leases ending within 30 days: %1, already ended: %2 (Register → Leases ending soon)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::LoanRequestDialog</name>
    <message>
        <source>Borrow request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive no. (scan or type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for a copy: which pages, e.g. 1-3, 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Borrower:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrow request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted: %1. Due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered; waiting for the approval of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be viewed in the archive room only: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or the room, e.g. 3-2-1201, to choose among its dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) of %1: choose one</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ar::ui::LocationsDialog</name>
    <message>
        <source>Move the folder to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive rooms, cabinets, shelves and boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders are listed in shelf order: building, unit, room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A box holds folders, not other places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new %1 in %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;ve selected folders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders without a place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::LockDialog</name>
    <message>
        <source>Locked — enter the password of %1 to continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::MainWindow</name>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, room, phone tail, archive no. — or scan a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ArchiveRoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People of room %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners, tenants and household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not tied to a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ArchiveRoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ArchiveRoom %1
The archive room of a property-management company: estates, owners and tenants, their dossiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change o&amp;wner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import owner roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport owner list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the &amp;room list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the &amp;people of the room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the &amp;dossier list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossiers of the building chosen in the tree, or of the whole estate, in shelf order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers of building %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start of ArchiveRoom.

Restart now? You will sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive is open read-only (a copy, a backup disk or a file that cannot be written here): you can search, view and print, but nothing can be saved. Sign-ins and views are not recorded in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — trial archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial archive: the company, people and numbers in it are made up. Your real archive is not open; go back to it with File › Back to the real archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the real &amp;archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trial archive (made-up data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the trial archive and open the real one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a separate archive with a made-up company to try things out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the te&amp;nant list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive on a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ArchiveRoom opens %1 from the next start.

Restart now? You will sign in again (and type the server&apos;s password again unless this computer keeps it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive on a ser&amp;ver…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::MissingItemsDialog</name>
    <message>
        <source>Missing items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 folders with missing items, in shelf order; choose a building to see the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 folders with %2 missing items.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::MoveByScanDialog</name>
    <message>
        <source>Move by &amp;scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move by scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan a box or shelf label, then the folders or boxes, each with Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet: scan the label of a box or shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each move is saved as it happens. Scan the target again to end it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now moving into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target: scan a box or shelf label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::OccupantActions</name>
    <message>
        <source>Register &amp;owner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register &amp;co-owner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register &amp;tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register household &amp;member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register entrusted &amp;agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;ve out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved out on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) no longer belongs to this room from %3. The record and its history stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;full details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show full details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::OccupantModel</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lease ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::OverdueDialog</name>
    <message>
        <source>Overdue loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print reminder slips…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ar::ui::OwnerChangeDialog</name>
    <message>
        <source>Change of owner — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner changed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no current owner; register the owner instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is the current owner of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no owner dossier on file for the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their dossier &lt;b&gt;%1&lt;/b&gt; is closed on the day of the change and kept apart as a former owner&apos;s dossier; it may be destroyed from &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From that day %1 no longer owns the room. The new owner below is registered and gets a new dossier with a new archive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now the owner of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dossier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former owner&apos;s dossier: %1, may be destroyed from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::OwnerRequestForm</name>
    <message>
        <source>An owner&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive no. of the owner&apos;s or tenant&apos;s dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What is asked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::OwnerRequestsDialog</name>
    <message>
        <source>Owners&apos; requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An owner or tenant asks to view, correct or copy their own record: register what was asked and, once handled, the answer given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;answered ones too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gister…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nswer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 registered for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer given to the owner (what was shown, corrected or copied):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::PersonDetailsDialog</name>
    <message>
        <source>Full details — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full details of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (old 15-digit number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown for: %1. This view is recorded in the audit trail; close the window when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::PersonForm</name>
    <message>
        <source>Date filled in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>date format of the form header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything the form does not cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building %1 unit %2 room %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner record form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-owner record form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant record form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant&apos;s signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household member record form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrusted agent record form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from the ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is registered as %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier opened with archive number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes are saved. Please note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored values of this person are damaged and cannot be read: %1. They are shown empty; enter them anew, or restore the archive from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a household &amp;member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the tenant form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the owner form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the spine &amp;label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register &amp;another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;full values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number, phones and the other masked values in full, to correct them; you give the reason once and it is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show full values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why are the full values needed? (recorded in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full values are shown; the view is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when the lease term is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::PhoneListEdit</name>
    <message>
        <source>Mobile or landline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this phone number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::PrintActions</name>
    <message>
        <source>&amp;Owner record form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant record form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossier contents list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Catalog of filed documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Borrowing register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrowing and cop&amp;ying record ZC-05…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spine labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank o&amp;wner form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank te&amp;nant form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label sheets and printer calibration…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::PrintDialog</name>
    <message>
        <source>Print: %1, blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the form with the choices made on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Estate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B-U-R, e.g. 3-2-1201</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One room; it takes precedence over building and unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B-U-R; empty for one room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels of the rooms from the first to this one, in shelf order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive no., or scan a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossier (archive no.):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>档案室/A柜/3层/盒01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog of one box or shelf: its place; building and unit are then ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bo&amp;x or shelf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label s&amp;heet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels already used on the first sheet: printing starts after them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the &amp;full values (ID numbers, phones, addresses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in the audit trail with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. proof of ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all buildings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 × %3, %4 × %5 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier (archive no.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box or shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code on the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choices have changed: press Preview to see the form again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sensitive values are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent to %1: %n page(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The folder of %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: %n page(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code 128 (every scanner reads it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::ReceiveItemDialog</name>
    <message>
        <source>Receive an item for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the kind, unless given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eceived on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned pages (images or PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add scans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File at once (the folder is complete for this item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive clerk files it; it waits in the filing queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind has no fields of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::ReconciliationDialog</name>
    <message>
        <source>&amp;Reconciliation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report as E&amp;xcel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan the spine label or type the archive no., then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place / remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ession:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;can:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 is open: scan the folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 is finished and can only be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the range and start a session, or pick an open one to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Session %1 started: %n folder(s) expected. Scan them now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>missing since %1: found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a session or pick an open one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it belongs at %1 (Move here puts it on this shelf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1 · in place %2 · misplaced %3 · on loan %4 · %5 %6 · unknown %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scanned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved into this session&apos;s place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Finish session %1? The %n folder(s) not scanned and not on loan will be recorded as missing, and the session can no longer be changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reconciliation finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing (%1):
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconciliation-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 written: %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report as Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconciliation-%1.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::RecoverDialog</name>
    <message>
        <source>Set &amp;new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ; type the same password twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 is set. Sign in with the new password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::RecoveryKeyDialog</name>
    <message>
        <source>Archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ArchiveRoom — recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the password of every administrator is lost, this key sets a new password for any account (&quot;Forgot password…&quot; in the sign-in window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever holds this key can open the archive. Keep it sealed and locked away, apart from the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by: ____________    Date: ____________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::ResetPasswordDialog</name>
    <message>
        <source>Reset password — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password for %1 (%2). Any lockout ends. Tell the user the new password in person and ask them to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::RestoreDialog</name>
    <message>
        <source>&amp;Switch to the restored archive (the current one is kept as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instead of a password: XXXX-XXXX-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is checked completely and written into a new archive file; the archive in use is never overwritten. An administrator&apos;s password of the time of the backup, or the recovery key, opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ArchiveRoom backups (*.arbackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or recovery &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;archive file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New archive file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ArchiveRoom archives (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made %1 by %2: %3 persons, %4 dossiers, %5 scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is read completely, as a restore would read it: every part against its checksum, the database and its audit trail. Nothing is written. The password of an account of the time of the backup, or the recovery key, opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::RoomDialog</name>
    <message>
        <source>e.g. 1201</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::RoomGridDialog</name>
    <message>
        <source>The last floor is below the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rooms: %2 … %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rooms to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::RoomTableModel</name>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s lease has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lease ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::SearchController</name>
    <message>
        <source>Nothing found for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::SearchResultModel</name>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role / estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive no.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::SelfInspectionView</name>
    <message>
        <source>&lt;b&gt;The archive at a glance&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the monthly sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation of %1: %2 (%3 of %4 sessions finished, %5 places not reconciled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: %1 hours ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly self-&amp;inspection sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly self-inspection sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month (YYYY-MM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month %1: write the month as YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-inspection-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-inspection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::ServerDialog</name>
    <message>
        <source>Archive on a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When several computers work on one archive, it lives on a PostgreSQL server. The office IT person sets the server up and gives you the details below. Leave the password empty if it is kept on this computer (~/.pgpass); a password typed here is used until ArchiveRoom is closed and never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. archive-server or 192.168.1.20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: this computer&apos;s login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted if the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, server&apos;s certificate checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted (this computer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate authority&apos;s file, for a checked certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server&apos;s name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checked certificate needs the file of the certificate authority that signed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::SignInDialog</name>
    <message>
        <source>ArchiveRoom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::UnmaskReasonDialog</name>
    <message>
        <source>The full ID number, phones and addresses of %1 are shown only for a reason. The reason, your name and the time are recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity check at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer of ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent contact with the occupant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request of a state organ (police, procuratorate, court)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose or type the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::UserAdminDialog</name>
    <message>
        <source> attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) has a new password and can sign in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A locked account can sign in again after the lockout, or at once after the administrator resets its password. The idle lock covers the open windows and keeps what was typed into them; 0 turns it off. New passwords need the minimum length and may not be a common password; passwords set earlier keep working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::UserEditDialog</name>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the new user the initial password in person; they can change it under &quot;Account › Change password…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts are never deleted, only disabled: the audit trail keeps naming them. A disabled account cannot sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::UserModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account&apos;s key is still of the form written before keys were given by role: with a copy of the archive file, its password opens the full ID numbers and phones. It is rewritten when the account signs in, or at once when you reset its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active — older key: reset the password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::ViolationsDialog</name>
    <message>
        <source>&amp;Violations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations and measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan / dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record a violation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations are recorded with the measure taken by the department managers and company leaders; they cannot be changed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unauthorised lending, a leak, a lost dossier, late return …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan, for a fine (e.g. 100 or 300)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Loan no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossier (archive no.):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation %1 recorded: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ar::ui::VisitDialog</name>
    <message>
        <source>Visit of a state organ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive no. (scan or type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. a public security bureau, a court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind and number of the officer&apos;s credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what is looked at and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer looks at the dossier in the archive room only; it is never taken out. A company leader or the head of the owning department consents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;fficer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credential:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent &amp;given by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
