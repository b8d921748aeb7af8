// Tenancy and companies on the command line (issue #20 item 9): --lease-from/--lease-to/--contract
// on `tenant add` and `tenant edit`, `tenant expiring`, organisations with --id-type credit_code.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using ar::test::CliArchive;
using ar::test::fictionalId;
using ar::test::Run;
using ar::test::runArchiveroom;

class TestCliLeases : public QObject
{
    Q_OBJECT

private:
    // The template is made once in initTestCase; every test function works on a copy (init).
    CliArchive m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("leases.db")); }
    Run admin(const QStringList& args, const QString& newPassword = {})
    {
        return runArchiveroom(db(), args, QStringLiteral("admin"), QStringLiteral("admin-secret"),
                              newPassword);
    }
    Run clerk(const QStringList& args)
    {
        return runArchiveroom(db(), args, QStringLiteral("clerk1"), QStringLiteral("clerk-secret"));
    }
    static QString iso(const QDate& d) { return d.toString(Qt::ISODate); }
    // 赵租客 rents 3-2-1201 under contract HT-001 until ten days from today.
    Run addTenant()
    {
        const QDate today = ar::test::today();
        return clerk({QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("--room"),
                      QStringLiteral("3-2-1201"), QStringLiteral("--name"), QStringLiteral("赵租客"),
                      QStringLiteral("--id"), fictionalId(QDate(1990, 3, 8), true), QStringLiteral("--phone"),
                      QStringLiteral("13712345678"), QStringLiteral("--lease-from"),
                      iso(today.addMonths(-11)), QStringLiteral("--lease-to"), iso(today.addDays(10)),
                      QStringLiteral("--contract"), QStringLiteral("HT-001")});
    }

private slots:
    void initTestCase()
    {
        ar::test::useFixedClock(); // before the template is made
        QVERIFY(m_dir.isValid());
        QCOMPARE(runArchiveroom(db(),
                                {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
                                QString(), {}, QStringLiteral("admin-secret"))
                     .code,
                 0);
        QCOMPARE(admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clerk1"),
                        QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--department"),
                        QStringLiteral("客服部"), QStringLiteral("--name"), QStringLiteral("前台小李")},
                       QStringLiteral("clerk-secret"))
                     .code,
                 0);
        QCOMPARE(admin({QStringLiteral("estate"), QStringLiteral("add"), QStringLiteral("--code"),
                        QStringLiteral("HY"), QStringLiteral("--name"), QStringLiteral("华苑小区")})
                     .code,
                 0);
        for (const char* room : {"3-2-1201", "3-2-1202", "5-1-0301"})
            QCOMPARE(admin({QStringLiteral("room"), QStringLiteral("add"), QString::fromLatin1(room)}).code,
                     0);
    }

    void init() { QVERIFY(m_dir.fresh()); }
    void cleanup() { m_dir.drop(); }

    void R3_tenantAddTakesTheLease()
    {
        const QDate today = ar::test::today();
        const Run added = addTenant();
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const Run shown = clerk({QStringLiteral("tenant"), QStringLiteral("show"), QStringLiteral("3-2-1201"),
                                 QStringLiteral("--json")});
        QCOMPARE(shown.code, 0);
        const QJsonObject room =
            shown.json().object().value(QStringLiteral("rooms")).toArray().first().toObject();
        QCOMPARE(room.value(QStringLiteral("lease_to")).toString(), iso(today.addDays(10)));
        QCOMPARE(room.value(QStringLiteral("contract_no")).toString(), QStringLiteral("HT-001"));
        QCOMPARE(room.value(QStringLiteral("lease_overdue")).toBool(), false);
    }

    void R3_leaseEndBeforeStartIsRefused()
    {
        QCOMPARE(addTenant().code, 0);
        const Run refused =
            clerk({QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("--room"),
                   QStringLiteral("3-2-1202"), QStringLiteral("--name"), QStringLiteral("钱租客"),
                   QStringLiteral("--id"), fictionalId(QDate(1991, 4, 9), false), QStringLiteral("--phone"),
                   QStringLiteral("13712345679"), QStringLiteral("--lease-from"),
                   QStringLiteral("2026-06-01"), QStringLiteral("--lease-to"), QStringLiteral("2026-05-01")});
        QCOMPARE(refused.code, 4);
        QVERIFY2(refused.err.contains(QStringLiteral("2026-05-01")) &&
                     refused.err.contains(QStringLiteral("2026-06-01")),
                 qPrintable(refused.err));
        // Nothing was registered.
        QCOMPARE(clerk({QStringLiteral("tenant"), QStringLiteral("show"), QStringLiteral("3-2-1202")}).code,
                 5);
        const Run badDate =
            clerk({QStringLiteral("tenant"), QStringLiteral("edit"), QStringLiteral("3-2-1201"),
                   QStringLiteral("--lease-to"), QStringLiteral("31.12.2026")});
        QCOMPARE(badDate.code, 4);
        QVERIFY2(badDate.err.contains(QStringLiteral("--lease-to 31.12.2026")), qPrintable(badDate.err));
    }

    void tenantEditChangesTheLease()
    {
        QCOMPARE(addTenant().code, 0);
        const QDate end = ar::test::today().addDays(40);
        const Run edited =
            clerk({QStringLiteral("tenant"), QStringLiteral("edit"), QStringLiteral("3-2-1201"),
                   QStringLiteral("--lease-to"), iso(end), QStringLiteral("--json")});
        QVERIFY2(edited.code == 0, qPrintable(edited.err));
        QCOMPARE(edited.json().object().value(QStringLiteral("changed")).toArray().first().toString(),
                 QStringLiteral("lease"));
        const Run shown = clerk({QStringLiteral("tenant"), QStringLiteral("show"), QStringLiteral("3-2-1201"),
                                 QStringLiteral("--json")});
        const QJsonObject room =
            shown.json().object().value(QStringLiteral("rooms")).toArray().first().toObject();
        QCOMPARE(room.value(QStringLiteral("lease_to")).toString(), iso(end));
        QCOMPARE(room.value(QStringLiteral("contract_no")).toString(), QStringLiteral("HT-001")); // kept
        // Only tenants have a lease option.
        QCOMPARE(clerk({QStringLiteral("owner"), QStringLiteral("edit"), QStringLiteral("3-2-1201"),
                        QStringLiteral("--lease-to"), iso(end)})
                     .code,
                 2);
    }

    void tenantExpiringListsByEndDate()
    {
        const QDate today = ar::test::today();
        // 3-2-1201's lease runs to 40 days from today (as tenantEditChangesTheLease leaves it).
        QCOMPARE(addTenant().code, 0);
        QCOMPARE(clerk({QStringLiteral("tenant"), QStringLiteral("edit"), QStringLiteral("3-2-1201"),
                        QStringLiteral("--lease-to"), iso(today.addDays(40))})
                     .code,
                 0);
        const Run added =
            clerk({QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("--room"),
                   QStringLiteral("5-1-0301"), QStringLiteral("--name"), QStringLiteral("孙租客"),
                   QStringLiteral("--id"), fictionalId(QDate(1992, 5, 10), true), QStringLiteral("--phone"),
                   QStringLiteral("13712345670"), QStringLiteral("--lease-from"), iso(today.addYears(-1)),
                   QStringLiteral("--lease-to"), iso(today.addDays(-3))});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        Run list = clerk({QStringLiteral("tenant"), QStringLiteral("expiring"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        QJsonArray a = list.json().array();
        QCOMPARE(a.size(), 1); // 3-2-1201 ends in 40 days now: not within 30
        QCOMPARE(a.at(0).toObject().value(QStringLiteral("room")).toString(), QStringLiteral("5-1-0301"));
        QCOMPARE(a.at(0).toObject().value(QStringLiteral("overdue")).toBool(), true);
        QCOMPARE(a.at(0).toObject().value(QStringLiteral("days_left")).toInt(), -3);
        list = clerk({QStringLiteral("tenant"), QStringLiteral("expiring"), QStringLiteral("--days"),
                      QStringLiteral("60"), QStringLiteral("--json")});
        a = list.json().array();
        QCOMPARE(a.size(), 2);
        QCOMPARE(a.at(1).toObject().value(QStringLiteral("room")).toString(), QStringLiteral("3-2-1201"));
        const Run text = clerk({QStringLiteral("tenant"), QStringLiteral("expiring")});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("lease ended 3 day")), qPrintable(text.out));
        const Run bad = clerk({QStringLiteral("tenant"), QStringLiteral("expiring"), QStringLiteral("--days"),
                               QStringLiteral("soon")});
        QCOMPARE(bad.code, 4);
        QVERIFY2(bad.err.contains(QStringLiteral("soon")), qPrintable(bad.err));
        // The room shows the flag.
        const Run shown =
            clerk({QStringLiteral("tenant"), QStringLiteral("show"), QStringLiteral("5-1-0301")});
        QVERIFY2(shown.out.contains(QStringLiteral("lease ended")), qPrintable(shown.out));
    }

    void R3_organisationOwnerWithCreditCode()
    {
        const Run wrong = clerk(
            {QStringLiteral("owner"), QStringLiteral("add"), QStringLiteral("--room"),
             QStringLiteral("3-2-1202"), QStringLiteral("--name"), QStringLiteral("演示市第3商贸有限公司"),
             QStringLiteral("--id-type"), QStringLiteral("credit_code"), QStringLiteral("--id"),
             QStringLiteral("911100007A5B6C8D25"), QStringLiteral("--contact"), QStringLiteral("钱经理"),
             QStringLiteral("--phone"), QStringLiteral("13612345678")});
        QCOMPARE(wrong.code, 4);
        QVERIFY2(wrong.err.contains(QStringLiteral("911100007A5B6C8D25")), qPrintable(wrong.err));
        const Run added = clerk(
            {QStringLiteral("owner"), QStringLiteral("add"), QStringLiteral("--room"),
             QStringLiteral("3-2-1202"), QStringLiteral("--name"), QStringLiteral("演示市第3商贸有限公司"),
             QStringLiteral("--id-type"), QStringLiteral("credit_code"), QStringLiteral("--id"),
             QStringLiteral("911100007A5B6C8D24"), QStringLiteral("--contact"), QStringLiteral("钱经理"),
             QStringLiteral("--phone"), QStringLiteral("13612345678")});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const Run shown = clerk({QStringLiteral("owner"), QStringLiteral("show"), QStringLiteral("3-2-1202"),
                                 QStringLiteral("--json")});
        QCOMPARE(shown.code, 0);
        const QJsonObject o = shown.json().object();
        QCOMPARE(o.value(QStringLiteral("id_type")).toString(), QStringLiteral("credit_code"));
        QCOMPARE(o.value(QStringLiteral("contact_name")).toString(), QStringLiteral("钱经理"));
        QVERIFY(o.value(QStringLiteral("id_number")).toString() !=
                QStringLiteral("911100007A5B6C8D24")); // masked
    }
};

QTEST_MAIN(TestCliLeases)
#include "TestCliLeases.moc"
