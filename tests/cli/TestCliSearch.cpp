// Search the Chinese way from the command line (issue #20 item 8): pinyin initials and full pinyin
// find people, a Latin query finds no dossier through pinyin, words of titles find dossiers.
#include "CliRunner.h"
#include "core/Validators.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using ar::test::CliArchive;
using ar::test::Run;
using ar::test::runArchiveroom;

using ar::test::fictionalId;

class TestCliSearch : public QObject
{
    Q_OBJECT

private:
    // The template is made once in initTestCase; every test function works on a copy (init).
    CliArchive m_dir;
    QString m_repairNo;

    Run run(const QStringList& args, const QString& user = QStringLiteral("clerk1"),
            const QString& password = QStringLiteral("clerk-secret"), const QString& newPassword = {})
    {
        return runArchiveroom(m_dir.filePath(QStringLiteral("cli.db")), args, user, password, newPassword);
    }
    // The hits of `search QUERY --json` of one kind, as "room name" or the 档号 for dossiers.
    QStringList hits(const QString& query, const QString& kind,
                     const QString& user = QStringLiteral("clerk1"),
                     const QString& password = QStringLiteral("clerk-secret"))
    {
        const Run r = run({QStringLiteral("search"), query, QStringLiteral("--json")}, user, password);
        if (r.code != 0)
            qWarning("search %s: %d %s", qPrintable(query), r.code, qPrintable(r.err));
        QStringList out;
        for (const QJsonValue& v : r.json().array()) {
            const QJsonObject h = v.toObject();
            if (h.value(QStringLiteral("kind")).toString() != kind)
                continue;
            out << (kind == QLatin1String("dossier")
                        ? h.value(QStringLiteral("archive_no")).toString()
                        : h.value(QStringLiteral("room")).toString() + QLatin1Char(' ') +
                              h.value(QStringLiteral("name")).toString());
        }
        out.sort();
        return out;
    }
    void owner(const QString& room, const QString& name, int seq)
    {
        const Run r = run({QStringLiteral("owner"), QStringLiteral("add"), QStringLiteral("--room"), room,
                           QStringLiteral("--name"), name, QStringLiteral("--id"),
                           fictionalId(QDate(1980, 5, 17), true, seq), QStringLiteral("--phone"),
                           QStringLiteral("1380013%1").arg(seq, 4, 10, QLatin1Char('0'))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
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
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clerk1"),
                      QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--department"),
                      QStringLiteral("客服部"), QStringLiteral("--name"), QStringLiteral("前台小李")},
                     QStringLiteral("admin"), QStringLiteral("admin-secret"), QStringLiteral("clerk-secret"))
                     .code,
                 0);
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("staff1"),
                      QStringLiteral("--role"), QStringLiteral("staff"), QStringLiteral("--department"),
                      QStringLiteral("工程部"), QStringLiteral("--name"), QStringLiteral("工程小王")},
                     QStringLiteral("admin"), QStringLiteral("admin-secret"), QStringLiteral("staff-secret"))
                     .code,
                 0);
        QCOMPARE(run({QStringLiteral("estate"), QStringLiteral("add"), QStringLiteral("--code"),
                      QStringLiteral("HY"), QStringLiteral("--name"), QStringLiteral("华苑小区")},
                     QStringLiteral("admin"), QStringLiteral("admin-secret"))
                     .code,
                 0);
        for (const char* room : {"3-2-1201", "3-2-1202", "3-2-1301"})
            QCOMPARE(run({QStringLiteral("room"), QStringLiteral("add"), QString::fromLatin1(room)},
                         QStringLiteral("admin"), QStringLiteral("admin-secret"))
                         .code,
                     0);
        owner(QStringLiteral("3-2-1201"), QStringLiteral("张三"), 1);
        owner(QStringLiteral("3-2-1202"), QStringLiteral("杨洲"), 2);
        owner(QStringLiteral("3-2-1301"), QStringLiteral("王小明"), 3);
        // A repair record of 3-2-1201 with an item titled as the repair man wrote it.
        const Run d =
            run({QStringLiteral("dossier"), QStringLiteral("add"), QStringLiteral("--category"),
                 QStringLiteral("repair"), QStringLiteral("--title"), QStringLiteral("3-2-1201 维修记录"),
                 QStringLiteral("--room"), QStringLiteral("3-2-1201"), QStringLiteral("--json")});
        QVERIFY2(d.code == 0, qPrintable(d.err));
        m_repairNo = d.json().object().value(QStringLiteral("archive_no")).toString();
        QVERIFY(!m_repairNo.isEmpty());
        const Run f =
            run({QStringLiteral("file"), m_repairNo, QStringLiteral("--item"), QStringLiteral("维修记录"),
                 QStringLiteral("--title"), QStringLiteral("厨房水管维修")});
        QVERIFY2(f.code == 0, qPrintable(f.err));
    }

    void init() { QVERIFY(m_dir.fresh()); }
    void cleanup() { m_dir.drop(); }

    void initialsAndFullPinyinFindAPerson()
    {
        const QStringList zhangsan{QStringLiteral("3-2-1201 张三")};
        QCOMPARE(hits(QStringLiteral("zs"), QStringLiteral("person")), zhangsan);
        QCOMPARE(hits(QStringLiteral("zhangsan"), QStringLiteral("person")), zhangsan);
        QCOMPARE(hits(QStringLiteral("zhangs"), QStringLiteral("person")), zhangsan);
        QCOMPARE(hits(QStringLiteral("xm"), QStringLiteral("person")),
                 QStringList{QStringLiteral("3-2-1301 王小明")});
        QVERIFY(hits(QStringLiteral("zx"), QStringLiteral("person")).isEmpty());
        // Staff see no people, by pinyin either (R20).
        QVERIFY(hits(QStringLiteral("zs"), QStringLiteral("person"), QStringLiteral("staff1"),
                     QStringLiteral("staff-secret"))
                    .isEmpty());
    }

    void lettersFindNoDossierThroughPinyin()
    {
        // Every owner dossier's 档号 has the piece YZ·…: `yz` finds those as it always did, the one
        // person whose name reads yz (杨洲), and neither 张三 nor 王小明, whose dossiers hold YZ.
        QCOMPARE(hits(QStringLiteral("yz"), QStringLiteral("person")),
                 QStringList{QStringLiteral("3-2-1202 杨洲")});
        const QStringList owners = hits(QStringLiteral("yz"), QStringLiteral("dossier"));
        QCOMPARE(owners.size(), 3);
        for (const QString& no : owners)
            QVERIFY2(no.contains(QStringLiteral("-YZ·")), qPrintable(no));
        // A person's pinyin finds no dossier: 王小明's owner dossier is not a hit of `wxm`.
        QVERIFY(hits(QStringLiteral("wxm"), QStringLiteral("dossier")).isEmpty());
        QCOMPARE(hits(QStringLiteral("wxm"), QStringLiteral("person")),
                 QStringList{QStringLiteral("3-2-1301 王小明")});
    }

    void wordsOfTitlesFindDossiers()
    {
        QCOMPARE(hits(QStringLiteral("水管"), QStringLiteral("dossier")), QStringList{m_repairNo});
        QCOMPARE(hits(QStringLiteral("维修记录"), QStringLiteral("dossier")), QStringList{m_repairNo});
        QVERIFY(hits(QStringLiteral("水电"), QStringLiteral("dossier")).isEmpty());
        const Run staff = run({QStringLiteral("search"), QStringLiteral("水管"), QStringLiteral("--json")},
                              QStringLiteral("staff1"), QStringLiteral("staff-secret"));
        QCOMPARE(staff.code, 0);
        QCOMPARE(staff.json().array().size(), 0);
    }
};

QTEST_MAIN(TestCliSearch)
#include "TestCliSearch.moc"
