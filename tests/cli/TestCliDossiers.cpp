// The dossier commands as scripts see them (issue #4): dossier add/show/missing/queue/move,
// file, owner change, location add — exit codes and the JSON keys of CLI.md.
#include "CliRunner.h"
#include "core/Validators.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using ar::test::CliArchive;
using ar::test::Run;
using ar::test::runArchiveroom;

class TestCliDossiers : public QObject
{
    Q_OBJECT

private:
    // The template is made once in initTestCase; every test function works on a copy (init).
    CliArchive m_dir;
    QString m_ownerNo;
    QString db() const { return m_dir.filePath(QStringLiteral("dossiers.db")); }
    static QString id(const char* first17)
    {
        QString s = QString::fromLatin1(first17);
        return s + ar::mainlandIdCheckChar(s);
    }
    Run admin(const QStringList& args, const QString& newPassword = {})
    {
        return runArchiveroom(db(), args, QStringLiteral("admin"), QStringLiteral("admin-secret"), newPassword);
    }
    Run clerk(const QStringList& args)
    {
        return runArchiveroom(db(), args, QStringLiteral("clerk1"), QStringLiteral("clerk1-secret"));
    }
    QJsonObject show(const QString& no)
    {
        const Run r = clerk({QStringLiteral("dossier"), QStringLiteral("show"), no, QStringLiteral("--json")});
        if (r.code != 0)
            qWarning("%s", qPrintable(r.err));
        return r.json().object();
    }
    // What earlier functions' scenarios leave behind, for the functions that go on from there
    // (every function starts from the template: the owner dossier m_ownerNo of 3-2-1201).
    // The places of R15_locationsAndMoves: 档案室/A柜 with two shelves, the owner's folder on the
    // second.
    bool places()
    {
        bool ok =
            clerk({QStringLiteral("location"), QStringLiteral("add"), QStringLiteral("档案室")}).code == 0 &&
            clerk({QStringLiteral("location"), QStringLiteral("add"), QStringLiteral("档案室/A柜"),
                   QStringLiteral("--kind"), QStringLiteral("cabinet")})
                    .code == 0;
        for (const char* shelf : {"第1层", "第2层"})
            ok = ok && clerk({QStringLiteral("location"), QStringLiteral("add"),
                              QStringLiteral("档案室/A柜/") + QString::fromUtf8(shelf),
                              QStringLiteral("--kind"), QStringLiteral("shelf")})
                               .code == 0;
        return ok && clerk({QStringLiteral("dossier"), QStringLiteral("move"), m_ownerNo,
                            QStringLiteral("--to"), QStringLiteral("档案室/A柜/第2层")})
                             .code == 0;
    }
    // The repair dossier of 3-2-1202 of R5_repairDossierUnderItsRoom (the year's first: …-0001).
    bool repairDossier()
    {
        return clerk({QStringLiteral("dossier"), QStringLiteral("add"), QStringLiteral("--category"),
                      QStringLiteral("维修"), QStringLiteral("--title"), QStringLiteral("厨房水管维修"),
                      QStringLiteral("--room"), QStringLiteral("3-2-1202")})
                   .code == 0;
    }
    // R42_ownerChange's new owner 陈静, and R6_R20_ownerEditCorrectsWithHistory's agent 赵刚 of 3-2-1201.
    bool newOwnerWithAgent()
    {
        return clerk({QStringLiteral("owner"), QStringLiteral("change"), QStringLiteral("3-2-1201"),
                      QStringLiteral("--name"), QStringLiteral("陈静"), QStringLiteral("--id"),
                      id("31000019900808002"), QStringLiteral("--phone"), QStringLiteral("13700001111")})
                       .code == 0 &&
               clerk({QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("--room"),
                      QStringLiteral("3-2-1201"), QStringLiteral("--name"), QStringLiteral("赵刚"),
                      QStringLiteral("--id"), id("31000019900709001")})
                       .code == 0;
    }
    static QStringList strings(const QJsonValue& v)
    {
        QStringList out;
        for (const QJsonValue& x : v.toArray())
            out << x.toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        ar::test::useFixedClock(); // before the template is made
        QVERIFY(m_dir.isValid());
        QCOMPARE(runArchiveroom(db(), {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")}, {}, {},
                                QStringLiteral("admin-secret"))
                     .code,
                 0);
        for (const auto& [login, role] : {std::pair{"clerk1", "clerk"}, std::pair{"staff1", "staff"}})
            QCOMPARE(admin({QStringLiteral("user"), QStringLiteral("add"), QString::fromLatin1(login), QStringLiteral("--role"),
                            QString::fromLatin1(role), QStringLiteral("--department"), QStringLiteral("客服部"),
                            QStringLiteral("--name"), QString::fromLatin1(login)},
                           QString::fromLatin1(login) + QStringLiteral("-secret"))
                         .code,
                     0);
        QCOMPARE(admin({QStringLiteral("estate"), QStringLiteral("add"), QStringLiteral("--code"), QStringLiteral("HY"),
                        QStringLiteral("--name"), QStringLiteral("华苑小区")})
                     .code,
                 0);
        for (const char* room : {"3-2-1201", "3-2-1202"})
            QCOMPARE(admin({QStringLiteral("room"), QStringLiteral("add"), QString::fromLatin1(room)}).code, 0);
        const Run owner = clerk({QStringLiteral("owner"), QStringLiteral("add"), QStringLiteral("--room"),
                                 QStringLiteral("3-2-1201"), QStringLiteral("--name"), QStringLiteral("欧阳明华"),
                                 QStringLiteral("--id"), id("31000019800517043"), QStringLiteral("--phone"),
                                 QStringLiteral("13800135678"), QStringLiteral("--json")});
        QVERIFY2(owner.code == 0, qPrintable(owner.err));
        m_ownerNo = owner.json().object().value(QStringLiteral("archive_no")).toString();
        QVERIFY(m_ownerNo.startsWith(QStringLiteral("Z109-YZ·")));
    }

    void init() { QVERIFY(m_dir.fresh()); }
    void cleanup() { m_dir.drop(); }

    void R11_fileShowsWhatIsStillMissing()
    {
        QJsonObject d = show(m_ownerNo);
        QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE(strings(d.value(QStringLiteral("missing"))).size(), 8);
        const Run filed = clerk({QStringLiteral("file"), m_ownerNo, QStringLiteral("--item"), QStringLiteral("业主档案表"),
                                 QStringLiteral("--pages"), QStringLiteral("2"), QStringLiteral("--date"),
                                 QStringLiteral("2026-11-20")});
        QVERIFY2(filed.code == 0, qPrintable(filed.err));
        QVERIFY2(filed.out.contains(QStringLiteral("Still missing")), qPrintable(filed.out));
        d = show(m_ownerNo);
        QCOMPARE(strings(d.value(QStringLiteral("missing"))).size(), 7);
        QVERIFY(!strings(d.value(QStringLiteral("missing"))).contains(QStringLiteral("业主档案表")));
        const QJsonObject item = d.value(QStringLiteral("items")).toArray().first().toObject();
        QCOMPARE(item.value(QStringLiteral("kind")).toString(), QStringLiteral("业主档案表"));
        QCOMPARE(item.value(QStringLiteral("pages")).toInt(), 2);
        QCOMPARE(item.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-20"));
        QVERIFY(item.contains(QStringLiteral("received")));
        QVERIFY(d.value(QStringLiteral("destroy_eligible")).isNull()); // owner: permanent (R40)
        const Run missing = clerk({QStringLiteral("dossier"), QStringLiteral("missing"), QStringLiteral("--json")});
        QCOMPARE(missing.code, 0);
        const QJsonObject row = missing.json().array().first().toObject();
        QCOMPARE(row.value(QStringLiteral("archive_no")).toString(), m_ownerNo);
        QCOMPARE(row.value(QStringLiteral("room")).toString(), QStringLiteral("3-2-1201"));
        QCOMPARE(strings(row.value(QStringLiteral("missing"))).size(), 7);
    }

    void R11_badItemIsRefusedAndNothingWritten()
    {
        const int before = show(m_ownerNo).value(QStringLiteral("items")).toArray().size();
        const Run r = clerk({QStringLiteral("file"), m_ownerNo, QStringLiteral("--item"), QStringLiteral("结婚证")});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("结婚证")), qPrintable(r.err));
        const Run scan = clerk({QStringLiteral("file"), m_ownerNo, QStringLiteral("--item"), QStringLiteral("购房合同"),
                                QStringLiteral("--attach"), m_dir.filePath(QStringLiteral("absent.pdf"))});
        QCOMPARE(scan.code, 4); // the item is not saved without its scan
        QCOMPARE(show(m_ownerNo).value(QStringLiteral("items")).toArray().size(), before);
        QCOMPARE(runArchiveroom(db(), {QStringLiteral("file"), m_ownerNo, QStringLiteral("--item"), QStringLiteral("购房合同")},
                                QStringLiteral("staff1"), QStringLiteral("staff1-secret"))
                     .code,
                 3);
    }

    void R15_locationsAndMoves()
    {
        QCOMPARE(clerk({QStringLiteral("location"), QStringLiteral("add"), QStringLiteral("档案室")}).code, 0);
        QCOMPARE(clerk({QStringLiteral("location"), QStringLiteral("add"), QStringLiteral("档案室/A柜"), QStringLiteral("--kind"),
                        QStringLiteral("cabinet")})
                     .code,
                 0);
        for (const char* shelf : {"第1层", "第2层"})
            QCOMPARE(clerk({QStringLiteral("location"), QStringLiteral("add"),
                            QStringLiteral("档案室/A柜/") + QString::fromUtf8(shelf), QStringLiteral("--kind"),
                            QStringLiteral("shelf")})
                         .code,
                     0);
        QCOMPARE(clerk({QStringLiteral("dossier"), QStringLiteral("move"), m_ownerNo, QStringLiteral("--to"),
                        QStringLiteral("档案室/A柜/第1层")})
                     .code,
                 0);
        QCOMPARE(clerk({QStringLiteral("dossier"), QStringLiteral("move"), m_ownerNo, QStringLiteral("--to"),
                        QStringLiteral("档案室/A柜/第2层")})
                     .code,
                 0);
        const QJsonObject d = show(m_ownerNo);
        QCOMPARE(d.value(QStringLiteral("location")).toString(), QStringLiteral("档案室 › A柜 › 第2层"));
        int moves = 0;
        for (const QJsonValue& h : d.value(QStringLiteral("history")).toArray())
            moves += h.toObject().value(QStringLiteral("field")).toString() == QLatin1String("location") ? 1 : 0;
        QCOMPARE(moves, 2);
        const Run bad = clerk({QStringLiteral("dossier"), QStringLiteral("move"), m_ownerNo, QStringLiteral("--to"),
                               QStringLiteral("档案室/Z柜")});
        QCOMPARE(bad.code, 4);
    }

    void R5_repairDossierUnderItsRoom()
    {
        const Run r = clerk({QStringLiteral("dossier"), QStringLiteral("add"), QStringLiteral("--category"), QStringLiteral("维修"),
                             QStringLiteral("--title"), QStringLiteral("厨房水管维修"), QStringLiteral("--room"),
                             QStringLiteral("3-2-1202"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString no = r.json().object().value(QStringLiteral("archive_no")).toString();
        QVERIFY(no.contains(QStringLiteral("WX·")));
        QCOMPARE(r.json().object().value(QStringLiteral("room")).toString(), QStringLiteral("3-2-1202"));
        const Run item = clerk({QStringLiteral("file"), no, QStringLiteral("--item"), QStringLiteral("维修记录"),
                                QStringLiteral("--field"), QStringLiteral("维修人员=赵师傅"), QStringLiteral("--field"),
                                QStringLiteral("维修费用=120元")});
        QVERIFY2(item.code == 0, qPrintable(item.err));
        const Run found = clerk({QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--room"),
                                 QStringLiteral("3-2-1202"), QStringLiteral("--json")});
        QCOMPARE(found.code, 0);
        QCOMPARE(found.json().array().size(), 1);
        QCOMPARE(found.json().array().first().toObject().value(QStringLiteral("archive_no")).toString(), no);
        const QJsonObject fields =
            show(no).value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("fields")).toObject();
        QCOMPARE(fields.value(QStringLiteral("维修人员")).toString(), QStringLiteral("赵师傅"));
    }

    void R42_ownerChange()
    {
        const Run r = clerk({QStringLiteral("owner"), QStringLiteral("change"), QStringLiteral("3-2-1201"), QStringLiteral("--name"),
                             QStringLiteral("陈静"), QStringLiteral("--id"), id("31000019900808002"), QStringLiteral("--phone"),
                             QStringLiteral("13700001111"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("former_archive_no")).toString(), m_ownerNo);
        const QString newNo = o.value(QStringLiteral("archive_no")).toString();
        QVERIFY(newNo != m_ownerNo);
        QCOMPARE(show(m_ownerNo).value(QStringLiteral("status")).toString(), QStringLiteral("former_owner"));
        QCOMPARE(show(m_ownerNo).value(QStringLiteral("destroy_eligible")).toString(),
                 ar::test::today().addYears(3).toString(Qt::ISODate));
        QCOMPARE(show(newNo).value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        // A second change with a bad ID number changes nothing.
        const Run bad = clerk({QStringLiteral("owner"), QStringLiteral("change"), QStringLiteral("3-2-1201"), QStringLiteral("--name"),
                               QStringLiteral("林一"), QStringLiteral("--id"), QStringLiteral("310000199001010000")});
        QCOMPARE(bad.code, 4);
        QCOMPARE(show(newNo).value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    }

    // Issue #16, 12a: the loan period in working or in calendar days (as the window can).
    void R31_categorySetTakesWorkingOrCalendarDays()
    {
        auto finance = [this] {
            const Run list = clerk({QStringLiteral("category"), QStringLiteral("list"), QStringLiteral("--json")});
            for (const QJsonValue& c : list.json().array())
                if (c.toObject().value(QStringLiteral("code")).toString() == QLatin1String("finance"))
                    return c.toObject();
            return QJsonObject();
        };
        QCOMPARE(finance().value(QStringLiteral("loan_working_days")).toBool(), true);
        Run r = admin({QStringLiteral("category"), QStringLiteral("set"), QStringLiteral("finance"),
                       QStringLiteral("--loan-calendar-days"), QStringLiteral("10")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(finance().value(QStringLiteral("loan_days")).toInt(), 10);
        QCOMPARE(finance().value(QStringLiteral("loan_working_days")).toBool(), false);
        r = admin({QStringLiteral("category"), QStringLiteral("set"), QStringLiteral("finance"),
                   QStringLiteral("--loan-working-days"), QStringLiteral("5")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(finance().value(QStringLiteral("loan_days")).toInt(), 5);
        QCOMPARE(finance().value(QStringLiteral("loan_working_days")).toBool(), true);
        // --loan-days keeps the kind of days.
        QCOMPARE(admin({QStringLiteral("category"), QStringLiteral("set"), QStringLiteral("finance"),
                        QStringLiteral("--loan-days"), QStringLiteral("7")})
                     .code,
                 0);
        QCOMPARE(finance().value(QStringLiteral("loan_working_days")).toBool(), true);
        QCOMPARE(admin({QStringLiteral("category"), QStringLiteral("set"), QStringLiteral("finance"),
                        QStringLiteral("--loan-days"), QStringLiteral("7"), QStringLiteral("--loan-working-days"),
                        QStringLiteral("7")})
                     .code,
                 2);
        QCOMPARE(admin({QStringLiteral("category"), QStringLiteral("set"), QStringLiteral("finance"),
                        QStringLiteral("--loan-working-days"), QStringLiteral("many")})
                     .code,
                 4);
        QCOMPARE(finance().value(QStringLiteral("loan_days")).toInt(), 7);
    }

    // Issue #16, 12b: the filing queue gives the day to file by (应归档), not a return day (应还).
    void R12_queueSaysWhenToFileNotWhenToReturn()
    {
        const Run add = clerk({QStringLiteral("dossier"), QStringLiteral("add"), QStringLiteral("--category"),
                               QStringLiteral("repair"), QStringLiteral("--title"), QStringLiteral("电梯维修"),
                               QStringLiteral("--json")});
        QVERIFY2(add.code == 0, qPrintable(add.err));
        const QString no = add.json().object().value(QStringLiteral("archive_no")).toString();
        QCOMPARE(clerk({QStringLiteral("file"), no, QStringLiteral("--item"), QStringLiteral("维修记录"),
                        QStringLiteral("--queue")})
                     .code,
                 0);
        const Run queue = clerk({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("dossier"),
                                 QStringLiteral("queue")});
        QCOMPARE(queue.code, 0);
        QVERIFY2(queue.out.contains(no) && queue.out.contains(QStringLiteral("前归档")) &&
                     !queue.out.contains(QStringLiteral("应还")),
                 qPrintable(queue.out));
    }

    // Issue #16, 12d: new folders without a place are listed until the clerk shelves them.
    void R15_unplacedFoldersAreListedUntilMoved()
    {
        QVERIFY(places());
        auto unplaced = [this] {
            const Run r = clerk({QStringLiteral("dossier"), QStringLiteral("unplaced"), QStringLiteral("--json")});
            QStringList nos;
            for (const QJsonValue& d : r.json().array())
                nos << d.toObject().value(QStringLiteral("archive_no")).toString();
            return nos;
        };
        const Run add = clerk({QStringLiteral("dossier"), QStringLiteral("add"), QStringLiteral("--category"),
                               QStringLiteral("finance"), QStringLiteral("--title"), QStringLiteral("2026年11月凭证"),
                               QStringLiteral("--json")});
        QVERIFY2(add.code == 0, qPrintable(add.err));
        const QString no = add.json().object().value(QStringLiteral("archive_no")).toString();
        QStringList nos = unplaced();
        QVERIFY2(nos.contains(no), qPrintable(nos.join(QLatin1Char(' '))));
        QVERIFY(!nos.contains(m_ownerNo)); // shelved by places()
        QCOMPARE(clerk({QStringLiteral("dossier"), QStringLiteral("move"), no, QStringLiteral("--to"),
                        QStringLiteral("档案室/A柜/第1层")})
                     .code,
                 0);
        nos = unplaced();
        QVERIFY(!nos.contains(no));
        const Run text = clerk({QStringLiteral("dossier"), QStringLiteral("unplaced")});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QStringLiteral("%1 folder(s) without a place").arg(nos.size())) ||
                     text.out.contains(QStringLiteral("without a place")),
                 qPrintable(text.out));
        QCOMPARE(runArchiveroom(db(), {QStringLiteral("dossier"), QStringLiteral("unplaced")}, QStringLiteral("staff1"),
                                QStringLiteral("staff1-secret"))
                     .code,
                 3);
    }

    // Issue #16, 12c: the command line corrects a person as the register's form does (R6:
    // history; R20: a value handed back masked is kept as it is).
    void R6_R20_ownerEditCorrectsWithHistory()
    {
        auto record = [this](bool unmask) {
            QStringList args{QStringLiteral("owner"), QStringLiteral("show"), QStringLiteral("3-2-1201"),
                             QStringLiteral("--json")};
            if (unmask)
                args << QStringLiteral("--unmask") << QStringLiteral("--reason") << QStringLiteral("核对");
            return clerk(args).json().object();
        };
        const QJsonObject before = record(true);
        const QString idNumber = before.value(QStringLiteral("id_number")).toString();
        QVERIFY(!idNumber.isEmpty());
        Run r = clerk({QStringLiteral("owner"), QStringLiteral("edit"), QStringLiteral("3-2-1201"), QStringLiteral("--phone"),
                       QStringLiteral("13911112222"), QStringLiteral("--work-unit"), QStringLiteral("示例物流有限公司"),
                       QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(strings(r.json().object().value(QStringLiteral("changed"))),
                 QStringList({QStringLiteral("phones"), QStringLiteral("work_unit")}));
        QJsonObject after = record(true);
        QCOMPARE(strings(after.value(QStringLiteral("phones"))), QStringList{QStringLiteral("13911112222")});
        QCOMPARE(after.value(QStringLiteral("work_unit")).toString(), QStringLiteral("示例物流有限公司"));
        QCOMPARE(after.value(QStringLiteral("id_number")).toString(), idNumber);
        // The masked ID number as `owner show` prints it, handed back: kept, nothing changes.
        const QString masked = record(false).value(QStringLiteral("id_number")).toString();
        QVERIFY(masked != idNumber);
        r = clerk({QStringLiteral("owner"), QStringLiteral("edit"), QStringLiteral("3-2-1201"), QStringLiteral("--id"),
                   masked, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(strings(r.json().object().value(QStringLiteral("changed"))), QStringList());
        QCOMPARE(record(true).value(QStringLiteral("id_number")).toString(), idNumber);
        // The register's checks: a bad phone is refused, named, and nothing changes.
        r = clerk({QStringLiteral("owner"), QStringLiteral("edit"), QStringLiteral("3-2-1201"), QStringLiteral("--phone"),
                   QStringLiteral("12345")});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("12345")), qPrintable(r.err));
        QCOMPARE(strings(record(true).value(QStringLiteral("phones"))), QStringList{QStringLiteral("13911112222")});
        QCOMPARE(clerk({QStringLiteral("owner"), QStringLiteral("edit"), QStringLiteral("3-2-1201")}).code, 2);
        QCOMPARE(runArchiveroom(db(),
                                {QStringLiteral("owner"), QStringLiteral("edit"), QStringLiteral("3-2-1201"),
                                 QStringLiteral("--phone"), QStringLiteral("13911113333")},
                                QStringLiteral("staff1"), QStringLiteral("staff1-secret"))
                     .code,
                 3);
        // The history has one row per corrected field.
        const Run audit = admin({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                                 QStringLiteral("change"), QStringLiteral("--json")});
        QCOMPARE(audit.code, 0);
        QVERIFY2(audit.out.contains(QStringLiteral("work_unit")), qPrintable(audit.out));
        // Anyone on file by person number: an entrusted agent.
        r = clerk({QStringLiteral("agent"), QStringLiteral("add"), QStringLiteral("--room"), QStringLiteral("3-2-1201"),
                   QStringLiteral("--name"), QStringLiteral("赵刚"), QStringLiteral("--id"), id("31000019900709001"),
                   QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString agent = QString::number(r.json().object().value(QStringLiteral("person_id")).toInteger());
        r = clerk({QStringLiteral("person"), QStringLiteral("edit"), agent, QStringLiteral("--phone"),
                   QStringLiteral("13700001234"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(strings(r.json().object().value(QStringLiteral("changed"))), QStringList{QStringLiteral("phones")});
        QCOMPARE(clerk({QStringLiteral("person"), QStringLiteral("edit"), QStringLiteral("x1"), QStringLiteral("--notes"),
                        QStringLiteral("y")})
                     .code,
                 4);
    }

    // R4, R11: with an agent registered (委托收楼), the current owner's dossier needs the agent's
    // ID copy; the former owner's dossier does not.
    void R4_R11_agentMakesTheIdCopyRequired()
    {
        QVERIFY(newOwnerWithAgent());
        const Run list = clerk({QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--room"),
                                QStringLiteral("3-2-1201"), QStringLiteral("--json")});
        QString current;
        for (const QJsonValue& d : list.json().array())
            if (d.toObject().value(QStringLiteral("category")).toString() == QLatin1String("owner") &&
                d.toObject().value(QStringLiteral("status")).toString() == QLatin1String("open"))
                current = d.toObject().value(QStringLiteral("archive_no")).toString();
        QVERIFY(!current.isEmpty());
        QVERIFY(strings(show(current).value(QStringLiteral("missing")))
                    .contains(QStringLiteral("受托人身份证复印件（委托收楼）")));
        QVERIFY(!strings(show(m_ownerNo).value(QStringLiteral("missing")))
                     .contains(QStringLiteral("受托人身份证复印件（委托收楼）")));
    }

    // Issue #20: every argument that takes a 档号 takes it as scanners and clerks type it.
    void R10_scannedFormsOfAnArchiveNumberAndAnAmbiguousTail()
    {
        QVERIFY(repairDossier());
        QVERIFY(m_ownerNo.contains(QChar(0x00B7)));
        QString noDot = m_ownerNo, fullStop = m_ownerNo, hyphen = m_ownerNo;
        noDot.remove(QChar(0x00B7));
        fullStop.replace(QChar(0x00B7), QLatin1Char('.'));
        hyphen.replace(QChar(0x00B7), QLatin1Char('-'));
        QString tail = m_ownerNo.mid(m_ownerNo.indexOf(QStringLiteral("YZ")));
        tail.replace(QChar(0x00B7), QLatin1Char(' '));
        for (const QString& typed : {noDot, fullStop.toLower(), hyphen, tail.toLower()}) {
            const Run r =
                clerk({QStringLiteral("dossier"), QStringLiteral("show"), typed, QStringLiteral("--json")});
            QVERIFY2(r.code == 0, qPrintable(typed + QStringLiteral(": ") + r.err));
            QCOMPARE(r.json().object().value(QStringLiteral("archive_no")).toString(), m_ownerNo);
        }
        const Run request =
            clerk({QStringLiteral("loan"), QStringLiteral("request"), fullStop.toLower(),
                   QStringLiteral("--mode"), QStringLiteral("view"), QStringLiteral("--purpose"),
                   QStringLiteral("核对"), QStringLiteral("--json")});
        QVERIFY2(request.code == 0, qPrintable(request.err));
        QCOMPARE(request.json().object().value(QStringLiteral("archive_no")).toString(), m_ownerNo);
        const Run search = clerk({QStringLiteral("search"), fullStop.toLower(), QStringLiteral("--json")});
        QCOMPARE(search.code, 0);
        bool found = false;
        for (const QJsonValue& h : search.json().array())
            found = found || h.toObject().value(QStringLiteral("archive_no")).toString() == m_ownerNo;
        QVERIFY2(found, qPrintable(search.out));

        // The first repair dossier (repairDossier()) ends in 0001 too: "0001" is
        // ambiguous, refused with the candidates listed; nothing is requested.
        const Run repairs =
            clerk({QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--room"),
                   QStringLiteral("3-2-1202"), QStringLiteral("--json")});
        const QString repairNo =
            repairs.json().array().first().toObject().value(QStringLiteral("archive_no")).toString();
        QVERIFY2(repairNo.endsWith(QStringLiteral("-0001")) && m_ownerNo.endsWith(QStringLiteral("-0001")),
                 qPrintable(repairNo));
        const Run ambiguous =
            clerk({QStringLiteral("dossier"), QStringLiteral("show"), QStringLiteral("0001")});
        QCOMPARE(ambiguous.code, 4);
        QVERIFY2(ambiguous.err.contains(m_ownerNo) && ambiguous.err.contains(repairNo),
                 qPrintable(ambiguous.err));
        const Run refused =
            clerk({QStringLiteral("loan"), QStringLiteral("request"), QStringLiteral("0001"),
                   QStringLiteral("--mode"), QStringLiteral("view"), QStringLiteral("--purpose"),
                   QStringLiteral("核对"), QStringLiteral("--json")});
        QCOMPARE(refused.code, 4);
        QVERIFY2(refused.err.contains(repairNo), qPrintable(refused.err));
        const Run unknown =
            clerk({QStringLiteral("dossier"), QStringLiteral("show"), QStringLiteral("Z109-YZ.2026-Y-9999")});
        QCOMPARE(unknown.code, 5);
    }

    // Issue #19 item 1: location labels carry codes; `dossier move` takes them and several 档号.
    void R15_locationLabelsAndMovesByScannedCodes()
    {
        QVERIFY(places());
        QVERIFY(repairDossier());
        QCOMPARE(clerk({QStringLiteral("location"), QStringLiteral("add"),
                        QStringLiteral("档案室/A柜/第1层/03号盒"), QStringLiteral("--kind"),
                        QStringLiteral("box")})
                     .code,
                 0);
        const Run list =
            clerk({QStringLiteral("location"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        QString boxCode;
        for (const QJsonValue& l : list.json().array())
            if (l.toObject().value(QStringLiteral("path")).toString().endsWith(QStringLiteral("03号盒")))
                boxCode = l.toObject().value(QStringLiteral("code")).toString();
        QVERIFY2(boxCode.startsWith(QStringLiteral("LOC-")), qPrintable(list.out));
        // The owner's folder and the first repair folder, as scanned, into the box by its code.
        const Run repairs =
            clerk({QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--room"),
                   QStringLiteral("3-2-1202"), QStringLiteral("--json")});
        const QString repairNo =
            repairs.json().array().first().toObject().value(QStringLiteral("archive_no")).toString();
        QString owner = m_ownerNo, repair = repairNo;
        owner.replace(QChar(0x00B7), QLatin1Char('.'));
        repair.remove(QChar(0x00B7));
        const Run moved = clerk({QStringLiteral("dossier"), QStringLiteral("move"), owner.toLower(), repair,
                                 QStringLiteral("--to"), boxCode.toLower()});
        QVERIFY2(moved.code == 0, qPrintable(moved.err));
        for (const QString& no : {m_ownerNo, repairNo})
            QCOMPARE(show(no).value(QStringLiteral("location")).toString(),
                     QStringLiteral("档案室 › A柜 › 第1层 › 03号盒"));
        // One unknown number among several: nothing moves (one transaction).
        const Run partly = clerk({QStringLiteral("dossier"), QStringLiteral("move"), m_ownerNo,
                                  QStringLiteral("Z109-YZ.2026-Y-9999"), QStringLiteral("--to"),
                                  QStringLiteral("档案室/A柜/第2层")});
        QCOMPARE(partly.code, 5);
        QCOMPARE(show(m_ownerNo).value(QStringLiteral("location")).toString(),
                 QStringLiteral("档案室 › A柜 › 第1层 › 03号盒"));
        // The labels of every place under the cabinet.
        const QString pdf = m_dir.filePath(QStringLiteral("places.pdf"));
        const Run labels =
            clerk({QStringLiteral("print"), QStringLiteral("location-labels"), QStringLiteral("--under"),
                   QStringLiteral("档案室/A柜"), QStringLiteral("--out"), pdf, QStringLiteral("--json")});
        QVERIFY2(labels.code == 0, qPrintable(labels.err));
        QCOMPARE(labels.json().object().value(QStringLiteral("labels")).toInt(),
                 4); // cabinet, 2 shelves, box
        QVERIFY(QFileInfo::exists(pdf));
        const Run nowhere =
            clerk({QStringLiteral("print"), QStringLiteral("location-labels"), QStringLiteral("--under"),
                   QStringLiteral("档案室/Z柜"), QStringLiteral("--out"), pdf});
        QCOMPARE(nowhere.code, 4);
    }
};

QTEST_MAIN(TestCliDossiers)
#include "TestCliDossiers.moc"
