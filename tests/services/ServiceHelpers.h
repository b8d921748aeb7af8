#pragma once

// Small helpers shared by the service tests: typical registrations and a snapshot of what the
// archive holds, to prove that a refused input saved nothing.

#include "TestSupport.h"
#include "core/Masking.h"
#include "core/Validators.h"

#include <QTest>
#include <QTimeZone>

namespace ar::test {

inline Registration registration(qint64 roomId, OccupancyRole role, const QString& name,
                                 const QString& idNumber, const QStringList& phones)
{
    Registration r;
    r.roomId = roomId;
    r.role = role;
    r.person.name = name;
    r.person.idType = IdType::MainlandId;
    r.person.idNumber = idNumber;
    r.person.phones = phones;
    return r;
}

// Wang Xiaoming, born 1980-05-17, owner with a mobile (the running example of the issue).
inline Registration wangXiaoming(qint64 roomId)
{
    Registration r = registration(roomId, OccupancyRole::Owner, QStringLiteral("王小明"),
                                  fakeId(QDate(1980, 5, 17), true), {QStringLiteral("13812345678")});
    r.person.gender = Gender::Male;
    r.person.workUnit = QStringLiteral("演示科技有限公司");
    r.person.homeAddress = QStringLiteral("演示市示例路8号");
    r.person.emergencyContact = QStringLiteral("李芳 13900001111");
    r.person.moveInDate = QDate(2026, 11, 20);
    r.person.notes = QStringLiteral("收楼时登记");
    return r;
}

// Every table a registration writes to, counted: equal snapshots mean nothing was saved.
inline QString snapshot(Archive& a)
{
    QStringList out;
    for (const char* table : {"persons", "person_phones", "occupancies", "dossiers", "change_history",
                              "search_keys", "archive_sequences"}) {
        auto n =
            a.database().scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table)));
        out << QStringLiteral("%1=%2").arg(QString::fromLatin1(table),
                                           n ? n.value().toString() : QStringLiteral("?"));
    }
    auto seq =
        a.database().scalar(QStringLiteral("SELECT COALESCE(SUM(last_seq), 0) FROM archive_sequences"));
    out << QStringLiteral("seq=%1").arg(seq ? seq.value().toString() : QStringLiteral("?"));
    return out.join(QLatin1Char(' '));
}

inline int count(Archive& a, const QString& sql, std::initializer_list<QVariant> args = {})
{
    auto n = a.database().scalar(sql, args);
    return n ? n.value().toInt() : -1;
}

} // namespace ar::test

// Fails the test with the service's own message when a Result is not ok.
#define AR_VERIFY_OK(result)                                                                                 \
    do {                                                                                                     \
        const auto& r_ = (result);                                                                           \
        QVERIFY2(r_.ok(), r_.ok() ? "" : qPrintable(r_.error().message));                                    \
    } while (0)
