// The audit commands as scripts see them (R27): audit verify's exit codes when the trail is
// intact and after the sqlite3 tool changed a record or cut the trail; audit list's filters and
// JSON keys.
#include "CliRunner.h"
#include "core/Validators.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using ar::test::CliArchive;
using ar::test::Run;
using ar::test::runArchiveroom;

class TestCliAudit : public QObject
{
    Q_OBJECT

private:
    // The template is made once in initTestCase; every test function works on a copy (init).
    CliArchive m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("audit.db")); }
    QString archiveNo() const { return QStringLiteral("Z109-YZ·%1-Y-0001").arg(ar::test::today().year()); }

    Run run(const QStringList& args, const QString& user = QStringLiteral("admin"),
            const QString& password = QStringLiteral("admin-secret"), const QString& newPassword = {})
    {
        return runArchiveroom(db(), args, user, password, newPassword);
    }
    Run asClerk(const QStringList& args)
    {
        return run(args, QStringLiteral("clerk1"), QStringLiteral("clerk-secret"));
    }
    Run asStaff(const QStringList& args)
    {
        return run(args, QStringLiteral("staff1"), QStringLiteral("staff-secret"));
    }

    // The sqlite3 command-line tool, as someone with the database file would use it.
    bool sqlite3(const QString& sql)
    {
        QProcess p;
        p.start(QStringLiteral("sqlite3"), {db(), sql});
        return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

private slots:
    void initTestCase()
    {
        ar::test::useFixedClock(); // before the template is made
        QVERIFY(m_dir.isValid());
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")}, QString(),
                     {}, QStringLiteral("admin-secret"))
                     .code,
                 0);
        for (const auto& [login, role, pw] :
             {std::tuple{"clerk1", "clerk", "clerk-secret"}, std::tuple{"staff1", "staff", "staff-secret"}})
            QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QString::fromLatin1(login),
                          QStringLiteral("--role"), QString::fromLatin1(role), QStringLiteral("--department"),
                          QStringLiteral("客服部"), QStringLiteral("--name"), QString::fromLatin1(login)},
                         QStringLiteral("admin"), QStringLiteral("admin-secret"), QString::fromLatin1(pw))
                         .code,
                     0);
        QCOMPARE(run({QStringLiteral("estate"), QStringLiteral("add"), QStringLiteral("--code"),
                      QStringLiteral("HY"), QStringLiteral("--name"), QStringLiteral("华苑小区")})
                     .code,
                 0);
        QCOMPARE(run({QStringLiteral("room"), QStringLiteral("add"), QStringLiteral("3-2-1201")}).code, 0);
        QString id = QStringLiteral("31000019800517043");
        id += ar::mainlandIdCheckChar(id);
        const Run owner =
            asClerk({QStringLiteral("owner"), QStringLiteral("add"), QStringLiteral("--room"),
                     QStringLiteral("3-2-1201"), QStringLiteral("--name"), QStringLiteral("欧阳明华"),
                     QStringLiteral("--id"), id, QStringLiteral("--phone"), QStringLiteral("13800135678")});
        QVERIFY2(owner.code == 0, qPrintable(owner.err));
        for (const QStringList& show :
             {QStringList{QStringLiteral("owner"), QStringLiteral("show"), QStringLiteral("3-2-1201")},
              QStringList{QStringLiteral("owner"), QStringLiteral("show"), QStringLiteral("3-2-1201"),
                          QStringLiteral("--unmask"), QStringLiteral("--reason"),
                          QStringLiteral("业主来电核对")}})
            QCOMPARE(asClerk(show).code, 0);
    }

    void init() { QVERIFY(m_dir.fresh()); }
    void cleanup() { m_dir.drop(); }

    void R27_auditVerifyFindsARecordChangedWithSqlite3()
    {
        const Run intact = run({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(intact.code == 0, qPrintable(intact.err));
        QVERIFY2(intact.out.contains(QStringLiteral("Chain intact")), qPrintable(intact.out));
        QVERIFY(sqlite3(QStringLiteral("UPDATE audit_log SET reason = 'nothing happened' WHERE id = 2")));
        const Run broken = run({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(broken.code, 1);
        QVERIFY2(broken.err.contains(QStringLiteral("record 2")), qPrintable(broken.err));
        const Run json = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(json.code, 1);
        QCOMPARE(json.json().object().value(QStringLiteral("broken_id")).toInt(), 2);
        QCOMPARE(json.json().object().value(QStringLiteral("problem")).toString(), QStringLiteral("edited"));
        // Put back as it was, the chain is whole again: the check is of content, not of the file.
        QVERIFY(sqlite3(QStringLiteral("UPDATE audit_log SET reason = '' WHERE id = 2")));
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify")}).code, 0);
        // A deleted record is named too.
        QVERIFY(sqlite3(QStringLiteral("DELETE FROM audit_log WHERE id = 3")));
        const Run gap = run({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(gap.code, 1);
        QVERIFY2(gap.err.contains(QStringLiteral("record 3")), qPrintable(gap.err));
        // Staff may not read or check the trail.
        QCOMPARE(asStaff({QStringLiteral("audit"), QStringLiteral("verify")}).code, 3);
    }

    void R27_auditVerifyFailsOnATrailCutWithTheFileAlone()
    {
        // An archive of its own: the trail cut at its end and the head rewritten with the
        // sqlite3 tool, as someone with a copy of the file and no password would. Every link and
        // the head agree; the keyed seal does not, and verify exits 1.
        const QString cut = m_dir.filePath(QStringLiteral("cut.db"));
        auto as = [&](const QStringList& args) {
            return runArchiveroom(cut, args, QStringLiteral("admin"), QStringLiteral("admin-secret"));
        };
        QCOMPARE(runArchiveroom(cut,
                                {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
                                QString(), {}, QStringLiteral("admin-secret"))
                     .code,
                 0);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(as({QStringLiteral("estate"), QStringLiteral("add"), QStringLiteral("--code"),
                         QStringLiteral("E%1").arg(i), QStringLiteral("--name"),
                         QStringLiteral("小区%1").arg(QChar(0x4E00 + i))})
                         .code,
                     0);
        QCOMPARE(as({QStringLiteral("audit"), QStringLiteral("verify")}).code, 0);
        auto sql = [&](const QString& statement) {
            QProcess p;
            p.start(QStringLiteral("sqlite3"), {cut, statement});
            return p.waitForFinished(30000) && p.exitCode() == 0
                       ? QString::fromUtf8(p.readAllStandardOutput()).trimmed()
                       : QStringLiteral("failed");
        };
        const QStringList head =
            sql(QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head'")).split(QLatin1Char(':'));
        QCOMPARE(head.size(), 4); // count, hash, sealed record, seal
        const qint64 n = head.at(0).toLongLong();
        QVERIFY(sql(QStringLiteral("DELETE FROM audit_log WHERE id > %1").arg(n - 4)) !=
                QLatin1String("failed"));
        const QString last = sql(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
        for (const QString& value :
             {QStringLiteral("%1:%2:%3:%4").arg(n - 4).arg(last, head.at(2), head.at(3)),
              QStringLiteral("%1:%2:%1:%3").arg(n - 4).arg(last, head.at(3)),
              QStringLiteral("%1:%2").arg(n - 4).arg(last)}) {
            // Each verify signs in and appends: cut again, so each try starts from the same trail.
            QVERIFY(sql(QStringLiteral("DELETE FROM audit_log WHERE id > %1").arg(n - 4)) !=
                    QLatin1String("failed"));
            QVERIFY(sql(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'audit_head'").arg(value)) !=
                    QLatin1String("failed"));
            const Run r = as({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
            QVERIFY2(r.code == 1, qPrintable(value + QLatin1Char(' ') + r.out + r.err));
            const QString problem = r.json().object().value(QStringLiteral("problem")).toString();
            QVERIFY2(problem == QLatin1String("seal_mismatch") || problem == QLatin1String("unsealed"),
                     qPrintable(r.out));
        }
    }

    void R27_auditListJson()
    {
        const Run r = asClerk({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--dossier"),
                               archiveNo(), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QStringList actions;
        for (const QJsonValue& v : r.json().array()) {
            const QJsonObject o = v.toObject();
            for (const char* key : {"id", "at", "user", "action", "entity", "entity_id", "subject", "dossier",
                                    "detail", "reason", "hash", "prev_hash"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            QCOMPARE(o.value(QStringLiteral("entity")).toString(), QStringLiteral("person"));
            QCOMPARE(o.value(QStringLiteral("subject")).toString(), QStringLiteral("欧阳明华"));
            QCOMPARE(o.value(QStringLiteral("user")).toString(), QStringLiteral("clerk1"));
            actions << o.value(QStringLiteral("action")).toString();
            if (actions.last() == QLatin1String("register"))
                QCOMPARE(o.value(QStringLiteral("dossier")).toString(), archiveNo());
            if (actions.last() == QLatin1String("unmask"))
                QCOMPARE(o.value(QStringLiteral("reason")).toString(), QStringLiteral("业主来电核对"));
        }
        QCOMPARE(actions, (QStringList{QStringLiteral("register"), QStringLiteral("view_person"),
                                       QStringLiteral("unmask")}));
        // Filters narrow it; the latest records come last, ids rising.
        const Run unmasks = run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                                 QStringLiteral("unmask"), QStringLiteral("--by"), QStringLiteral("clerk1"),
                                 QStringLiteral("--from"), ar::test::today().toString(Qt::ISODate),
                                 QStringLiteral("--json")});
        QCOMPARE(unmasks.code, 0);
        QCOMPARE(unmasks.json().array().size(), 1);
        const Run two = run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"),
                             QStringLiteral("2"), QStringLiteral("--json")});
        QCOMPARE(two.json().array().size(), 2);
        QVERIFY(two.json().array().at(0).toObject().value(QStringLiteral("id")).toInt() <
                two.json().array().at(1).toObject().value(QStringLiteral("id")).toInt());
        const Run text = asClerk({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--person"),
                                  QStringLiteral("1")});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("reason: 业主来电核对")), qPrintable(text.out));
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--from"),
                      QStringLiteral("2026-02-30")})
                     .code,
                 4);
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                      QStringLiteral("frobnicate")})
                     .code,
                 4);
        QCOMPARE(asStaff({QStringLiteral("audit"), QStringLiteral("list")}).code, 3);
    }

    // #17 item 8: damage is never silent. One byte of the sealed ID number (stored as bytes since
    // schema 27) changed with sqlite3: `owner show --unmask` exits 1 naming the field (it showed an
    // empty value and exit 0), the masked view too, and the trail records the damaged value.
    void R26_aFlippedByteInASealedFieldMakesOwnerShowExit1()
    {
        QVERIFY(sqlite3(QStringLiteral(
            "UPDATE persons SET id_number = CAST(substr(id_number, 1, 20) || CASE substr(id_number, 21, 1) "
            "WHEN x'41' THEN x'42' ELSE x'41' END || substr(id_number, 22) AS BLOB) WHERE name = '欧阳明华' "
            "AND typeof(id_number) = 'blob'")));
        const Run full =
            asClerk({QStringLiteral("owner"), QStringLiteral("show"), QStringLiteral("3-2-1201"),
                     QStringLiteral("--unmask"), QStringLiteral("--reason"), QStringLiteral("核对")});
        QCOMPARE(full.code, 1);
        QVERIFY2(full.err.contains(QStringLiteral("ID number")) &&
                     full.err.contains(QStringLiteral("damaged")),
                 qPrintable(full.err));
        QVERIFY(full.out.isEmpty());
        const Run masked =
            asClerk({QStringLiteral("owner"), QStringLiteral("show"), QStringLiteral("3-2-1201")});
        QCOMPARE(masked.code, 1);
        const Run trail = run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                               QStringLiteral("damaged_value"), QStringLiteral("--json")});
        QVERIFY2(trail.code == 0, qPrintable(trail.err));
        QCOMPARE(trail.json().array().size(), 2);
        QVERIFY(trail.json()
                    .array()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QStringLiteral("id_number")));
    }
};

QTEST_MAIN(TestCliAudit)
#include "TestCliAudit.moc"
