#include "ui/common/UpgradeProgressDialog.h"

#include "ui/StartupProbe.h"

#include <QApplication>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QKeyEvent>
#include <QProgressDialog>

namespace ar::ui {

namespace {

class UpgradeText
{
    Q_DECLARE_TR_FUNCTIONS(UpgradeProgressDialog)
};

// A progress dialog that neither Escape nor the window's close button closes: the upgrade goes on.
class UnclosableProgress : public QProgressDialog
{
public:
    using QProgressDialog::QProgressDialog;

protected:
    void keyPressEvent(QKeyEvent* e) override
    {
        if (e->key() == Qt::Key_Escape) {
            e->accept();
            return;
        }
        QProgressDialog::keyPressEvent(e);
    }
    void closeEvent(QCloseEvent* e) override { e->ignore(); }
};

} // namespace

UpgradeProgressDialog::UpgradeProgressDialog(QWidget* parent) : m_parent(parent) {}

UpgradeProgressDialog::~UpgradeProgressDialog()
{
    // The bench (ARCHIVEROOM_BENCH=1): how long the upgrade took and how responsive the window was.
    if (m_dialog) {
        probe::report("upgrade-ms", double(m_sinceStart.elapsed()));
        probe::report("upgrade-longest-event-gap-ms", double(qMax(m_longestGapMs, m_sinceEvents.elapsed())));
    }
}

QString UpgradeProgressDialog::labelText(const UpgradeProgress& p)
{
    QString what;
    switch (p.stage) {
    case UpgradeProgress::Stage::Copy:
        what = UpgradeText::tr("Step %1 of %2: keeping a copy of the archive as it is\n%3")
                   .arg(p.step)
                   .arg(p.steps)
                   .arg(QDir::toNativeSeparators(p.copyPath));
        break;
    case UpgradeProgress::Stage::Migration:
        what =
            UpgradeText::tr("Step %1 of %2: upgrading to version %3").arg(p.step).arg(p.steps).arg(p.version);
        break;
    case UpgradeProgress::Stage::SearchIndex:
        what = UpgradeText::tr("Step %1 of %2: writing the search index again").arg(p.step).arg(p.steps);
        break;
    }
    return UpgradeText::tr("Upgrading the archive from version %1 to version %2…")
               .arg(p.fromVersion)
               .arg(p.toVersion) +
           QStringLiteral("\n\n") + what + QStringLiteral("\n\n") +
           UpgradeText::tr("A large archive takes some minutes. The upgrade cannot be interrupted:\n"
                           "each step is saved whole or not at all.");
}

UpgradeReport UpgradeProgressDialog::report()
{
    return [this](const UpgradeProgress& p) { update(p); };
}

void UpgradeProgressDialog::update(const UpgradeProgress& p)
{
    if (!m_dialog) {
        QWidget* parent = m_parent ? m_parent : QApplication::activeModalWidget();
        m_dialog = std::make_unique<UnclosableProgress>(parent);
        m_dialog->setObjectName(QStringLiteral("upgradeProgress"));
        m_dialog->setWindowTitle(UpgradeText::tr("Upgrading the archive"));
        m_dialog->setWindowFlags(Qt::Dialog | Qt::CustomizeWindowHint | Qt::WindowTitleHint);
        m_dialog->setWindowModality(Qt::ApplicationModal);
        m_dialog->setCancelButton(nullptr);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
        m_dialog->setMinimumDuration(0);
        m_dialog->setMinimumWidth(480);
        m_dialog->setRange(0, 1000);
        m_dialog->show();
        m_sinceEvents.start();
        m_sinceStart.start();
        QCoreApplication::processEvents();
    }
    if (p.changed) {
        m_dialog->setLabelText(labelText(p));
        // The whole upgrade: each step an equal share, the part of the step done inside it.
        const int steps = qMax(p.steps, 1);
        const double inStep = p.total > 0 ? double(qMin(p.done, p.total)) / double(p.total) : 0.0;
        m_dialog->setValue(int(1000.0 * (double(qMax(p.step - 1, 0)) + inStep) / steps));
    }
    if (const qint64 gap = m_sinceEvents.elapsed(); gap >= 50) {
        m_longestGapMs = qMax(m_longestGapMs, gap);
        m_sinceEvents.restart();
        QCoreApplication::processEvents();
    }
}

} // namespace ar::ui
