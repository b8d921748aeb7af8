// The window's progress dialog while an archive of an older version is upgraded (issue #23):
// shown from the first step, naming the step, modal, and neither cancelled nor closed.

#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "ui/common/UpgradeProgressDialog.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPixmap>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>

using namespace ar;
using namespace ar::ui;

class TestUpgradeDialog : public QObject
{
    Q_OBJECT
private slots:
    void showsEachStepOfAnUpgradeAndCannotBeClosed();
    void labelNamesTheStep();
};

void TestUpgradeDialog::showsEachStepOfAnUpgradeAndCannotBeClosed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("archiveroom.db"));
    {
        auto db = Database::openSqlite(path);
        QVERIFY(db.ok());
        QVERIFY(Migrator(*db.value()).migrate(25).ok());
    }
    UpgradeProgressDialog upgrade;
    const UpgradeReport shown = upgrade.report();
    QStringList labels;
    bool checked = false;
    const QString shot = qEnvironmentVariable("AR_UPGRADE_DIALOG_PNG");
    auto opened = Archive::open(path, nullptr, DatabaseAccess::Detect, [&](const UpgradeProgress& p) {
        shown(p);
        QProgressDialog* d = upgrade.dialog();
        QVERIFY(d);
        QVERIFY(d->isVisible());
        if (p.changed && (labels.isEmpty() || labels.last() != d->labelText()))
            labels << d->labelText();
        if (checked || p.stage != UpgradeProgress::Stage::Migration || p.version != 27)
            return;
        checked = true;
        QCOMPARE(d->windowModality(), Qt::ApplicationModal);
        QVERIFY(d->findChildren<QPushButton*>().isEmpty()); // no Cancel
        QVERIFY(d->value() > 0);
        // Neither Escape nor closing the window ends it: the upgrade goes on.
        QTest::keyClick(d, Qt::Key_Escape);
        QVERIFY(!d->close());
        QVERIFY(d->isVisible());
        QVERIFY(!d->wasCanceled());
        // To look at it: AR_UPGRADE_DIALOG_PNG=/tmp/dialog.png.
        const QPixmap pixmap = d->grab();
        QVERIFY(!pixmap.isNull());
        if (!shot.isEmpty())
            QVERIFY(pixmap.save(shot));
    });
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    QVERIFY(checked);
    const int steps = 1 + (Migrator::latestVersion() - 25) + 1;
    // One label per step at least (the index's parts share theirs).
    QVERIFY2(labels.size() >= steps, qPrintable(labels.join(QStringLiteral("\n---\n"))));
    QVERIFY(labels.first().contains(QStringLiteral("Step 1 of %1: keeping a copy").arg(steps)));
    QVERIFY(
        labels.last().contains(QStringLiteral("Step %1 of %1: writing the search index again").arg(steps)));
    QCOMPARE(upgrade.dialog()->value(), upgrade.dialog()->maximum());
}

void TestUpgradeDialog::labelNamesTheStep()
{
    UpgradeProgress p;
    p.stage = UpgradeProgress::Stage::Migration;
    p.step = 3;
    p.steps = 6;
    p.fromVersion = 25;
    p.toVersion = 29;
    p.version = 27;
    const QString text = UpgradeProgressDialog::labelText(p);
    QVERIFY(text.startsWith(QStringLiteral("Upgrading the archive from version 25 to version 29")));
    QVERIFY(text.contains(QStringLiteral("Step 3 of 6: upgrading to version 27")));
    QVERIFY(text.contains(QStringLiteral("cannot be interrupted")));
}

QTEST_MAIN(TestUpgradeDialog)
#include "TestUpgradeDialog.moc"
