// Where the default archive lives (issue #22 item 8): one folder, ~/.local/share/ArchiveRoom; an
// archive in the doubled folder of older versions moves there on first start, and is never
// overwritten or lost when the new folder already has one.
#include "services/Archive.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ar;

class TestArchiveFolder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aNewUserGetsTheOneFolder();
    void anOldArchiveMovesWithEverythingBesideIt();
    void bothFoldersHoldAnArchive_theOldStaysInUseAndNothingMoves();
    void anArchiveThatMayBeOpenIsNotMoved();
    void theMovedArchiveOpens();

private:
    void write(const QString& relative, const QByteArray& content);
    QByteArray read(const QString& relative) const;
    QString at(const QString& relative) const { return m_home->filePath(relative); }

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestArchiveFolder::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void TestArchiveFolder::write(const QString& relative, const QByteArray& content)
{
    QVERIFY(QDir().mkpath(QFileInfo(at(relative)).absolutePath()));
    QFile f(at(relative));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

QByteArray TestArchiveFolder::read(const QString& relative) const
{
    QFile f(at(relative));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(missing)");
}

void TestArchiveFolder::aNewUserGetsTheOneFolder()
{
    const auto location = Archive::settleDefaultPath(m_home->path());
    QCOMPARE(location.path, at(QStringLiteral("ArchiveRoom/archiveroom.db")));
    QVERIFY(location.notice.isEmpty());
}

void TestArchiveFolder::anOldArchiveMovesWithEverythingBesideIt()
{
    write(QStringLiteral("ArchiveRoom/ArchiveRoom/archiveroom.db"), "db");
    write(QStringLiteral("ArchiveRoom/ArchiveRoom/archiveroom.db-wal"), "wal");
    write(QStringLiteral("ArchiveRoom/ArchiveRoom/archiveroom.db.files/ab/abcdef"), "scan");
    write(QStringLiteral("ArchiveRoom/ArchiveRoom/.archiveroom-note"), "hidden");
    const auto location = Archive::settleDefaultPath(m_home->path());
    QCOMPARE(location.path, at(QStringLiteral("ArchiveRoom/archiveroom.db")));
    QVERIFY2(location.notice.contains(QStringLiteral("moved")), qPrintable(location.notice));
    QCOMPARE(read(QStringLiteral("ArchiveRoom/archiveroom.db")), QByteArray("db"));
    QCOMPARE(read(QStringLiteral("ArchiveRoom/archiveroom.db-wal")), QByteArray("wal"));
    QCOMPARE(read(QStringLiteral("ArchiveRoom/archiveroom.db.files/ab/abcdef")), QByteArray("scan"));
    QCOMPARE(read(QStringLiteral("ArchiveRoom/.archiveroom-note")), QByteArray("hidden"));
    QVERIFY(!QFileInfo::exists(at(QStringLiteral("ArchiveRoom/ArchiveRoom"))));
    // The next start finds it in place and says nothing.
    const auto again = Archive::settleDefaultPath(m_home->path());
    QCOMPARE(again.path, location.path);
    QVERIFY(again.notice.isEmpty());
}

void TestArchiveFolder::bothFoldersHoldAnArchive_theOldStaysInUseAndNothingMoves()
{
    write(QStringLiteral("ArchiveRoom/ArchiveRoom/archiveroom.db"), "old");
    write(QStringLiteral("ArchiveRoom/ArchiveRoom/archiveroom.db.files/x"), "old scan");
    write(QStringLiteral("ArchiveRoom/archiveroom.db"), "new");
    const auto location = Archive::settleDefaultPath(m_home->path());
    QCOMPARE(location.path, at(QStringLiteral("ArchiveRoom/ArchiveRoom/archiveroom.db")));
    QVERIFY2(location.notice.contains(QStringLiteral("archiveroom.db exists in both folders")),
             qPrintable(location.notice));
    QCOMPARE(read(QStringLiteral("ArchiveRoom/ArchiveRoom/archiveroom.db")), QByteArray("old"));
    QCOMPARE(read(QStringLiteral("ArchiveRoom/ArchiveRoom/archiveroom.db.files/x")), QByteArray("old scan"));
    QCOMPARE(read(QStringLiteral("ArchiveRoom/archiveroom.db")), QByteArray("new"));
    QVERIFY(!QFileInfo::exists(at(QStringLiteral("ArchiveRoom/archiveroom.db.files"))));
}

void TestArchiveFolder::anArchiveThatMayBeOpenIsNotMoved()
{
    write(QStringLiteral("ArchiveRoom/ArchiveRoom/archiveroom.db"), "db");
    write(QStringLiteral("ArchiveRoom/ArchiveRoom/archiveroom.db-shm"), "shm");
    const auto location = Archive::settleDefaultPath(m_home->path());
    QCOMPARE(location.path, at(QStringLiteral("ArchiveRoom/ArchiveRoom/archiveroom.db")));
    QVERIFY(!location.notice.isEmpty());
    QVERIFY(!QFileInfo::exists(at(QStringLiteral("ArchiveRoom/archiveroom.db"))));
}

void TestArchiveFolder::theMovedArchiveOpens()
{
    // A real archive, closed, in the old folder: after the move it opens in the new one.
    const QString old = at(QStringLiteral("ArchiveRoom/ArchiveRoom/archiveroom.db"));
    {
        auto archive = Archive::open(old);
        QVERIFY2(archive, qPrintable(archive ? QString() : archive.error().message));
    }
    const auto location = Archive::settleDefaultPath(m_home->path());
    QCOMPARE(location.path, at(QStringLiteral("ArchiveRoom/archiveroom.db")));
    auto moved = Archive::open(location.path);
    QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));
    QVERIFY(!QFileInfo::exists(old));
}

QTEST_GUILESS_MAIN(TestArchiveFolder)
#include "TestArchiveFolder.moc"
