// The postgresql:// location (issue #24 item 2): what it says, and a clear refusal naming the
// wrong part of a bad one.
#include "storage/PostgresUrl.h"

#include <QTest>

using namespace ar;

class TestStoragePostgresUrl : public QObject
{
    Q_OBJECT
private slots:
    void userHostPortDatabase();
    void socketFolderAndParameters();
    void optionsAreQuotedForLibpq();
    void onlyPostgresLocationsAreServerLocations();
    void badLocationsNameTheWrongPart_data();
    void badLocationsNameTheWrongPart();
};

void TestStoragePostgresUrl::userHostPortDatabase()
{
    auto loc = parsePostgresUrl(QStringLiteral("postgresql://archivist@dbserver:5433/archive"));
    QVERIFY2(loc.ok(), qPrintable(loc.ok() ? QString() : loc.error().message));
    QCOMPARE(loc->user, QStringLiteral("archivist"));
    QCOMPARE(loc->host, QStringLiteral("dbserver"));
    QCOMPARE(loc->port, 5433);
    QCOMPARE(loc->database, QStringLiteral("archive"));
    QCOMPARE(loc->connectOptions(), QString());

    auto bare = parsePostgresUrl(QStringLiteral("postgres://dbserver/archive"));
    QVERIFY(bare.ok());
    QCOMPARE(bare->user, QString());
    QCOMPARE(bare->port, 0);

    auto v6 = parsePostgresUrl(QStringLiteral("postgresql://u@[::1]:6000/a%20b"));
    QVERIFY(v6.ok());
    QCOMPARE(v6->host, QStringLiteral("::1"));
    QCOMPARE(v6->port, 6000);
    QCOMPARE(v6->database, QStringLiteral("a b"));
}

void TestStoragePostgresUrl::socketFolderAndParameters()
{
    auto loc = parsePostgresUrl(
        QStringLiteral("postgresql:///archive?host=/var/run/postgresql&port=5432&user=desk1&sslmode=verify-full"
                       "&sslrootcert=/etc/archiveroom/root.crt&connect_timeout=5&application_name=desk%201"));
    QVERIFY2(loc.ok(), qPrintable(loc.ok() ? QString() : loc.error().message));
    QCOMPARE(loc->host, QStringLiteral("/var/run/postgresql"));
    QCOMPARE(loc->port, 5432);
    QCOMPARE(loc->user, QStringLiteral("desk1"));
    QCOMPARE(loc->database, QStringLiteral("archive"));
    QCOMPARE(loc->sslMode, QStringLiteral("verify-full"));
    QCOMPARE(loc->sslRootCert, QStringLiteral("/etc/archiveroom/root.crt"));
    QCOMPARE(loc->connectTimeout, QStringLiteral("5"));
    QCOMPARE(loc->applicationName, QStringLiteral("desk 1"));

    // An encoded socket folder in the host part, as libpq allows.
    auto encoded = parsePostgresUrl(QStringLiteral("postgresql://%2Ftmp%2Fpg/archive"));
    QVERIFY(encoded.ok());
    QCOMPARE(encoded->host, QStringLiteral("/tmp/pg"));
}

void TestStoragePostgresUrl::optionsAreQuotedForLibpq()
{
    auto loc = parsePostgresUrl(
        QStringLiteral("postgresql:///archive?sslmode=require&options=-c%20search_path%3Dt1&application_name=it's"));
    QVERIFY(loc.ok());
    QCOMPARE(loc->options, QStringLiteral("-c search_path=t1"));
    QCOMPARE(loc->connectOptions(),
             QStringLiteral("sslmode='require';application_name='it\\'s';options='-c search_path=t1'"));
}

void TestStoragePostgresUrl::onlyPostgresLocationsAreServerLocations()
{
    QVERIFY(isPostgresUrl(QStringLiteral("postgresql://h/db")));
    QVERIFY(isPostgresUrl(QStringLiteral("POSTGRES://h/db")));
    QVERIFY(!isPostgresUrl(QStringLiteral("/home/clerk/archiveroom.db")));
    QVERIFY(!isPostgresUrl(QStringLiteral("postgresql.db")));
    QVERIFY(!isPostgresUrl(QStringLiteral(":memory:")));
}

void TestStoragePostgresUrl::badLocationsNameTheWrongPart_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("says");
    QTest::newRow("scheme") << "mysql://h/db" << "scheme" << "postgresql://";
    QTest::newRow("no scheme separator") << "postgresql:h/db" << "scheme" << "postgresql://";
    QTest::newRow("password in the user part") << "postgresql://u:secret@h/db" << "password" << "PGPASSWORD";
    QTest::newRow("password parameter") << "postgresql://h/db?password=secret" << "password" << ".pgpass";
    QTest::newRow("port not a number") << "postgresql://h:54x2/db" << "port" << "1 to 65535";
    QTest::newRow("port too big") << "postgresql://h:70000/db" << "port" << "1 to 65535";
    QTest::newRow("port empty") << "postgresql://h:/db" << "port" << "1 to 65535";
    QTest::newRow("port parameter") << "postgresql:///db?port=0" << "port" << "1 to 65535";
    QTest::newRow("no database") << "postgresql://h" << "database" << "name the database";
    QTest::newRow("empty database") << "postgresql://h/?sslmode=require" << "database" << "name the database";
    QTest::newRow("database with a slash") << "postgresql://h/a/b" << "database" << "no /";
    QTest::newRow("sslmode") << "postgresql://h/db?sslmode=always" << "sslmode" << "verify-full";
    QTest::newRow("unknown parameter") << "postgresql://h/db?sslmod=require" << "sslmod" << "unknown parameter";
    QTest::newRow("parameter without value") << "postgresql://h/db?host" << "host" << "no value";
    QTest::newRow("host twice") << "postgresql://h/db?host=/tmp" << "host" << "twice";
    QTest::newRow("host list") << "postgresql://a,b/db" << "host" << "not a list";
    QTest::newRow("unclosed IPv6") << "postgresql://[::1/db" << "host" << "closing ]";
    QTest::newRow("empty user") << "postgresql://@h/db" << "user" << "empty";
    QTest::newRow("semicolon") << "postgresql://h/db?application_name=a;b" << "application_name" << ";";
    QTest::newRow("timeout") << "postgresql://h/db?connect_timeout=soon" << "connect_timeout" << "seconds";
}

void TestStoragePostgresUrl::badLocationsNameTheWrongPart()
{
    QFETCH(QString, url);
    QFETCH(QString, field);
    QFETCH(QString, says);
    auto loc = parsePostgresUrl(url);
    QVERIFY(!loc.ok());
    QCOMPARE(loc.error().code, ErrorCode::InvalidInput);
    QCOMPARE(loc.error().field, field);
    QVERIFY2(loc.error().message.contains(says), qPrintable(loc.error().message));
    QVERIFY2(loc.error().message.contains(field), qPrintable(loc.error().message));
    QVERIFY2(!loc.error().message.contains(QLatin1String("secret")), qPrintable(loc.error().message));
}

QTEST_GUILESS_MAIN(TestStoragePostgresUrl)
#include "TestStoragePostgresUrl.moc"
