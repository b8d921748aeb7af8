// Help › 用户手册 reads the manual from share/archiveroom/manual beside the program (issue #22
// item 4): found in the build tree and in an installed layout, every screenshot resolves, and a
// missing manual says where it was looked for.
#include "ui/help/HelpDialogs.h"

#include <QDialog>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>

#include <memory>

using namespace ar::ui;

class TestManual : public QObject
{
    Q_OBJECT

private slots:
    void init() { qunsetenv("ARCHIVEROOM_MANUAL_DIR"); }
    void foundBesideTheProgramInTheBuildTree();
    void foundInAnInstalledLayout();
    void everyScreenshotOfTheManualResolves();
    void aMissingManualSaysWhereItWasLookedFor();

private:
    static QString buildManualDir() { return QStringLiteral(AR_BUILD_DIR "/share/archiveroom/manual"); }
};

void TestManual::foundBesideTheProgramInTheBuildTree()
{
    const QString found = findManual(QStringLiteral(AR_BUILD_DIR "/bin"));
    QCOMPARE(found, QDir::cleanPath(buildManualDir() + QStringLiteral("/user-manual.md")));
}

void TestManual::foundInAnInstalledLayout()
{
    // /usr/bin/archiveroom → /usr/share/archiveroom/manual, under a temporary root.
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString bin = root.filePath(QStringLiteral("usr/bin"));
    const QString manual = root.filePath(QStringLiteral("usr/share/archiveroom/manual"));
    QVERIFY(QDir().mkpath(bin));
    QCOMPARE(findManual(bin), QString());
    QVERIFY(QDir().mkpath(manual));
    QVERIFY(QFile::copy(buildManualDir() + QStringLiteral("/user-manual.md"),
                        manual + QStringLiteral("/user-manual.md")));
    QCOMPARE(findManual(bin), QDir(manual).filePath(QStringLiteral("user-manual.md")));
    // The folder named by ARCHIVEROOM_MANUAL_DIR wins.
    qputenv("ARCHIVEROOM_MANUAL_DIR", buildManualDir().toUtf8());
    QCOMPARE(findManual(bin), QDir::cleanPath(buildManualDir() + QStringLiteral("/user-manual.md")));
}

void TestManual::everyScreenshotOfTheManualResolves()
{
    qputenv("ARCHIVEROOM_MANUAL_DIR", buildManualDir().toUtf8());
    std::unique_ptr<QDialog> dialog(makeManualDialog(nullptr));
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    auto* browser = dialog->findChild<QTextBrowser*>(QStringLiteral("manualBrowser"));
    QVERIFY(browser);
    QVERIFY(browser->toPlainText().contains(QString::fromUtf8("借阅")));

    // Every ![…](images/….png) of the markdown is an image of the document, and loads.
    QFile md(buildManualDir() + QStringLiteral("/user-manual.md"));
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(md.readAll());
    static const QRegularExpression link(QStringLiteral("!\\[[^\\]]*\\]\\(([^)]+)\\)"));
    QStringList linked;
    for (auto it = link.globalMatch(text); it.hasNext();)
        linked << it.next().captured(1);
    QVERIFY(linked.size() >= 10);

    QStringList shown, broken;
    for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next()) {
        for (auto f = b.begin(); !f.atEnd(); ++f) {
            const QTextCharFormat format = f.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            const QString name = format.toImageFormat().name();
            shown << name;
            const QVariant data = browser->loadResource(QTextDocument::ImageResource, QUrl(name));
            if (QImage::fromData(data.toByteArray()).isNull())
                broken << name;
        }
    }
    QCOMPARE(shown, linked);
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QStringLiteral(", "))));
}

void TestManual::aMissingManualSaysWhereItWasLookedFor()
{
    QTemporaryDir empty;
    qputenv("ARCHIVEROOM_MANUAL_DIR", empty.path().toUtf8());
    std::unique_ptr<QDialog> dialog(makeManualDialog(nullptr));
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    auto* browser = dialog->findChild<QTextBrowser*>(QStringLiteral("manualBrowser"));
    QVERIFY(browser);
    QVERIFY2(browser->toPlainText().contains(QStringLiteral("user-manual.md was not found")),
             qPrintable(browser->toPlainText()));
}

QTEST_MAIN(TestManual)
#include "TestManual.moc"
