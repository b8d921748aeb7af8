// The working-day calendar of R31: public holidays and make-up working days (调休) from the
// State Council notices, Monday–Friday for a year without data, and the files that carry them.

#include "core/WorkCalendar.h"

#include <QTest>

using namespace ar;

class TestUnitCalendar : public QObject
{
    Q_OBJECT

private slots:
    void R31_shippedYearsAreLoaded();
    void R31_holidaysAndMakeUpDays_data();
    void R31_holidaysAndMakeUpDays();
    void R31_sevenWorkingDaysAcrossNationalDay2026();
    void R31_zeroDaysIsTheSameDay();
    void R31_yearWithoutDataFallsBackToMondayToFriday();
    void R31_aNewerYearFromHolidayCnJson();
    void R31_ownFormatRoundTrips();
    void R31_badFilesNameTheLine_data();
    void R31_badFilesNameTheLine();
};

void TestUnitCalendar::R31_shippedYearsAreLoaded()
{
    const WorkCalendar c = WorkCalendar::shipped();
    for (int y = 2020; y <= 2026; ++y)
        QVERIFY2(c.hasYear(y), qPrintable(QString::number(y)));
    // 2027: the notice was not out when the data was taken (2027.json has no dates).
    QVERIFY(!c.hasYear(2027));
    QVERIFY(c.year(2026)->source.contains(QStringLiteral("gov.cn")));
}

void TestUnitCalendar::R31_holidaysAndMakeUpDays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");
    QTest::newRow("2026-10-01 Thu 国庆节 off") << QDate(2026, 10, 1) << false;
    QTest::newRow("2026-10-05 Mon 国庆节 off") << QDate(2026, 10, 5) << false;
    QTest::newRow("2026-10-08 Thu back to work") << QDate(2026, 10, 8) << true;
    QTest::newRow("2026-10-10 Sat make-up working day") << QDate(2026, 10, 10) << true;
    QTest::newRow("2026-10-11 Sun ordinary weekend") << QDate(2026, 10, 11) << false;
    QTest::newRow("2026-09-20 Sun make-up working day") << QDate(2026, 9, 20) << true;
    QTest::newRow("2026-09-25 Fri 中秋节 off") << QDate(2026, 9, 25) << false;
    QTest::newRow("2024-02-04 Sun 春节 make-up") << QDate(2024, 2, 4) << true;
    QTest::newRow("2024-02-12 Mon 春节 off") << QDate(2024, 2, 12) << false;
    QTest::newRow("2026-11-27 Fri ordinary") << QDate(2026, 11, 27) << true;
}

void TestUnitCalendar::R31_holidaysAndMakeUpDays()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);
    QCOMPARE(WorkCalendar::shipped().isWorkingDay(date), working);
}

void TestUnitCalendar::R31_sevenWorkingDaysAcrossNationalDay2026()
{
    const WorkCalendar c = WorkCalendar::shipped();
    // 2026 notice: 10-01..10-07 off, Saturday 10-10 a make-up working day. From Wednesday
    // 09-30 (the last working day before the holiday) the 7 working days are 10-08, 10-09,
    // 10-10 (Sat), 10-12, 10-13, 10-14, 10-15: due Thursday 2026-10-15.
    QCOMPARE(c.addWorkingDays(QDate(2026, 9, 30), 7), QDate(2026, 10, 15));
    QCOMPARE(c.workingDaysBetween(QDate(2026, 9, 30), QDate(2026, 10, 15)), 7);
    // Plain Monday–Friday would have said Friday 10-09.
    QCOMPARE(WorkCalendar().addWorkingDays(QDate(2026, 9, 30), 7), QDate(2026, 10, 9));
    QVERIFY(c.yearsWithoutData(QDate(2026, 9, 30), QDate(2026, 10, 15)).isEmpty());
}

void TestUnitCalendar::R31_zeroDaysIsTheSameDay()
{
    // Adding no working days leaves the day as it is, even a holiday or a Sunday. (The loans'
    // own path for a period of 0 — owner and tenant dossiers back the same day — is proven by
    // TestServicesLoans::R31_ownerAndTenantDossiersAreDueTheSameDayEvenOnAHoliday.)
    QCOMPARE(WorkCalendar::shipped().addWorkingDays(QDate(2026, 10, 1), 0), QDate(2026, 10, 1));
    QCOMPARE(WorkCalendar::shipped().addWorkingDays(QDate(2026, 11, 29), 0), QDate(2026, 11, 29));
}

void TestUnitCalendar::R31_yearWithoutDataFallsBackToMondayToFriday()
{
    const WorkCalendar c = WorkCalendar::shipped();
    // Thursday 2026-12-31 + 1: Friday 2027-01-01 counts as a working day without the 2027 notice.
    QCOMPARE(c.addWorkingDays(QDate(2026, 12, 31), 1), QDate(2027, 1, 1));
    QCOMPARE(c.yearsWithoutData(QDate(2026, 12, 31), QDate(2027, 1, 1)), QList<int>{2027});
}

void TestUnitCalendar::R31_aNewerYearFromHolidayCnJson()
{
    WorkCalendar c = WorkCalendar::shipped();
    const QByteArray json = R"({"year": 2027, "papers": ["https://www.gov.cn/example"],
        "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true},
                 {"name": "春节", "date": "2027-02-06", "isOffDay": false}]})";
    auto y = WorkCalendar::parse(json, QStringLiteral("2027.json"));
    QVERIFY2(y.ok(), y.ok() ? "" : qPrintable(y.error().message));
    QCOMPARE(y->days.size(), 2);
    c.setYear(y.value());
    QVERIFY(c.hasYear(2027));
    QCOMPARE(c.addWorkingDays(QDate(2026, 12, 31), 1), QDate(2027, 1, 4));
    QVERIFY(c.isWorkingDay(QDate(2027, 2, 6))); // a Saturday
    QVERIFY(c.yearsWithoutData(QDate(2026, 12, 31), QDate(2027, 1, 4)).isEmpty());
}

void TestUnitCalendar::R31_ownFormatRoundTrips()
{
    const WorkCalendar shipped = WorkCalendar::shipped();
    const CalendarYear* y2026 = shipped.year(2026);
    QVERIFY(y2026);
    const QString text = WorkCalendar::format(*y2026, {QStringLiteral("test")});
    auto back = WorkCalendar::parse(text.toUtf8(), QStringLiteral("2026.txt"));
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
    QCOMPARE(back->year, 2026);
    QCOMPARE(back->days.size(), y2026->days.size());
    QCOMPARE(back->source, y2026->source);
    for (int i = 0; i < back->days.size(); ++i) {
        QCOMPARE(back->days.at(i).date, y2026->days.at(i).date);
        QCOMPARE(back->days.at(i).off, y2026->days.at(i).off);
        QCOMPARE(back->days.at(i).name, y2026->days.at(i).name);
    }
}

void TestUnitCalendar::R31_badFilesNameTheLine_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("value");
    QTest::newRow("no year line") << QByteArray("2027-01-01 off 元旦\n") << 1
                                  << QStringLiteral("2027-01-01 off 元旦");
    QTest::newRow("bad kind") << QByteArray("year 2027\n2027-01-01 holiday\n") << 2
                              << QStringLiteral("2027-01-01 holiday");
    QTest::newRow("bad date") << QByteArray("# c\nyear 2027\n2027-02-30 off 春节\n") << 3
                              << QStringLiteral("2027-02-30");
    QTest::newRow("other year") << QByteArray("year 2027\n2029-01-01 off 元旦\n") << 2
                                << QStringLiteral("2029-01-01");
    QTest::newRow("twice") << QByteArray("year 2027\n2027-01-01 off 元旦\n2027-01-01 work 元旦\n") << 3
                           << QStringLiteral("2027-01-01");
    QTest::newRow("no dates") << QByteArray("year 2027\n") << 0 << QStringLiteral("2027");
    QTest::newRow("holiday-cn without dates")
        << QByteArray(R"({"year": 2027, "papers": [], "days": []})") << 0 << QStringLiteral("2027");
    QTest::newRow("holiday-cn isOffDay missing")
        << QByteArray(R"({"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01"}]})") << 1
        << QStringLiteral("2027-01-01");
}

void TestUnitCalendar::R31_badFilesNameTheLine()
{
    QFETCH(QByteArray, data);
    QFETCH(int, row);
    QFETCH(QString, value);
    auto y = WorkCalendar::parse(data, QStringLiteral("f.txt"));
    QVERIFY(!y.ok());
    QCOMPARE(y.error().code, ErrorCode::InvalidInput);
    QCOMPARE(y.error().row, row);
    QCOMPARE(y.error().value, value);
}

QTEST_GUILESS_MAIN(TestUnitCalendar)
#include "TestUnitCalendar.moc"
