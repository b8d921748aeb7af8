#pragma once

#include "TestDatabase.h"
#include "services/Archive.h"
#include "services/Context.h" // the fixtures reach inside (AR_SERVICES_INTERNAL)

#include <QTemporaryDir>

#include <memory>

namespace ar::test {

// A fresh archive in a temporary folder, on a fixed clock (2026-11-27 10:00 Beijing time),
// with one signed-in user of the given role.
struct Fixture
{
    explicit Fixture(Role role = Role::Clerk);
    QTemporaryDir dir;
    FixedClock clock;
    std::unique_ptr<Archive> archive;
    User admin;
    User user;

    // The archive's location: test.db in `dir`, or in the PostgreSQL runs a fresh schema on the
    // test server (TestDatabase.h).
    QString location;
    QString dbPath() const { return location; }
    // Signs in as a new account with this role (created by the admin).
    User becomeRole(Role role, const QString& login = {}, const QString& department = QStringLiteral("客服部"));
    // Estate "HY" 华苑小区 with building 3, unit 2, rooms 1201, 1202, 1301.
    qint64 makeSmallEstate();
    qint64 roomId(const QString& ref);
};

// A valid mainland ID number (fictional: province-level region code) for a birth date and sex.
QString fakeId(const QDate& birth, bool male, int seq = 12);

// Every row of `tables` ({table, ORDER BY}), one line each, the sealed columns and the audit
// chain's hashes as "*" (their bytes differ from one archive to the next): for tests that compare
// what two ways of writing the same records wrote. The dates stored as numbers (StoredDates.h) are
// given as the text they were stored as before 0030/0031, their columns in the order they had then,
// so digests taken before those migrations still hold. Empty with `*error` set if a table cannot be read.
QStringList dumpRows(Database& db, const QList<std::pair<const char*, const char*>>& tables, QString* error);
// The SHA-256 (hex) of a dump; when the environment variable `env` names a file, the dump is
// written there too, to see what differs.
QByteArray dumpDigest(const QStringList& dump, const char* env);

} // namespace ar::test
