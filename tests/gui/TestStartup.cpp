// What the start-up does before the sign-in window shows, and what it leaves until after
// (issue #23): the window icon is read without the image-format plugins, and only when a
// platform asks for it.
#include "TestSupport.h"

#include "ui/GuiMain.h"

#include <QFile>
#include <QPixmap>
#include <QTest>

using namespace ar;

namespace {

// Whether a library whose path contains `part` is mapped into this process.
bool mapped(const QByteArray& part)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    return maps.readAll().contains(part);
}

} // namespace

class TestStartup : public QObject
{
    Q_OBJECT

private slots:
    // First: nothing else in this process has read an image yet.
    void windowIcon_readsNoImageFormatPlugin();
};

void TestStartup::windowIcon_readsNoImageFormatPlugin()
{
    if (!QFile::exists(QStringLiteral("/proc/self/maps")))
        QSKIP("needs /proc/self/maps");
    QVERIFY(!mapped("/imageformats/"));
    const QIcon icon = ui::appIcon();
    QVERIFY(!icon.isNull());
    // The sizes are known before any file is read (what the X11 platform asks for first).
    QCOMPARE(icon.availableSizes().size(), 7);
    QVERIFY(icon.availableSizes().contains(QSize(256, 256)));
    // Each size comes from its own file; between two sizes the larger is scaled down.
    for (int size : {16, 32, 48, 256}) {
        const QPixmap p = icon.pixmap(QSize(size, size), qreal(1));
        QVERIFY(!p.isNull());
        QCOMPARE(p.size(), QSize(size, size));
    }
    QCOMPARE(icon.pixmap(QSize(40, 40), qreal(1)).size(), QSize(40, 40));
    QVERIFY(!icon.pixmap(QSize(32, 32), qreal(1), QIcon::Disabled).isNull());
    // Read by Qt's own PNG reader: no gif, ico or jpeg plugin (nor libjpeg) was loaded for it.
    QVERIFY2(!mapped("/imageformats/"), "an image-format plugin was loaded for the window icon");
}

QTEST_MAIN(TestStartup)
#include "TestStartup.moc"
