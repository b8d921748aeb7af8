#include "ui/dossiers/SelfInspectionView.h"

#include "services/Archive.h"
#include "ui/common/MessageBox.h"
#include "ui/dossiers/DossierDialog.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <optional>

namespace ar::ui {

// --- the list behind a number ---------------------------------------------------------------

InspectionListDialog::InspectionListDialog(Archive& archive, const InspectionItem& item, QWidget* parent)
    : QDialog(parent), m_archive(archive), m_item(item), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("InspectionListDialog_") + item.key);
    setWindowTitle(tr("%1: %2").arg(item.label).arg(item.count()));
    m_table->setObjectName(QStringLiteral("inspectionTable"));
    m_table->setColumnCount(int(item.header.size()));
    m_table->setHorizontalHeaderLabels(item.header);
    m_table->setRowCount(item.count());
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < item.count(); ++r)
        for (int c = 0; c < item.header.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(item.rows.at(r).cells.value(c)));
    m_table->resizeColumnsToContents();
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { openRow(row); });
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) { openRow(row); });
    auto* hint = new QLabel(tr("Double-click a line to open its dossier."), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(820, 420);
}

bool InspectionListDialog::openRow(int row)
{
    if (row < 0 || row >= m_item.count() || m_item.rows.at(row).archiveNo.isEmpty())
        return false;
    auto d = m_archive.dossiers().byArchiveNo(m_item.rows.at(row).archiveNo);
    if (!d) {
        MessageBox::warning(this, windowTitle(), d.error().message);
        return false;
    }
    DossierDialog::open(m_archive, d->id, this);
    return true;
}

// --- the grid ------------------------------------------------------------------------------

SelfInspectionView::SelfInspectionView(Archive& archive, QWidget* parent)
    : QWidget(parent), m_archive(archive), m_summary(new QLabel(this)), m_grid(new QGridLayout),
      m_counter(new QTimer(this))
{
    setObjectName(QStringLiteral("SelfInspectionView"));
    m_counter->setInterval(0);
    connect(m_counter, &QTimer::timeout, this, &SelfInspectionView::countSome);
    m_summary->setObjectName(QStringLiteral("inspectionSummary"));
    m_summary->setWordWrap(true);
    auto* title = new QLabel(tr("<b>The archive at a glance</b>"), this);
    auto* print = new QPushButton(tr("Print the monthly sheet…"), this);
    print->setObjectName(QStringLiteral("printSheetButton"));
    connect(print, &QPushButton::clicked, this, [this] {
        if (QAction* a = createPrintAction(m_archive, this)) {
            a->trigger();
            a->deleteLater();
        }
    });
    m_grid->setSpacing(4);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addLayout(m_grid);
    layout->addWidget(m_summary);
    layout->addWidget(print, 0, Qt::AlignLeft);
    // The window comes back to the front after a dialog changed something: read again.
    qApp->installEventFilter(this);
}

QToolButton* SelfInspectionView::tile(const QString& key) const
{
    return findChild<QToolButton*>(QStringLiteral("inspect_") + key);
}

void SelfInspectionView::refresh()
{
    m_lastRefreshMs = QDateTime::currentMSecsSinceEpoch();
    m_counter->stop();
    m_toCount.clear();
    m_counted = 0;
    auto s = m_archive.selfInspection().inspect({}, SelfInspectionService::Depth::Numbers);
    if (!s) {
        m_summary->setText(s.error().message);
        for (QToolButton* t : m_tiles)
            t->hide();
        return;
    }
    m_state = s.value();
    for (QToolButton* t : std::as_const(m_tiles))
        m_grid->removeWidget(t); // laid out again: the parts shown may change
    const int columns = 2;
    int shown = 0;
    for (const InspectionItem& i : m_state.items) {
        QToolButton* t = tile(i.key);
        if (!t) {
            t = new QToolButton(this);
            t->setObjectName(QStringLiteral("inspect_") + i.key);
            t->setToolButtonStyle(Qt::ToolButtonTextOnly);
            t->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
            t->setAutoRaise(false);
            const QString key = i.key;
            connect(t, &QToolButton::clicked, this, [this, key] { openList(key); });
            m_tiles << t;
        }
        t->setVisible(i.shown);
        if (!i.shown)
            continue;
        if (i.pending) {
            auto estates = m_archive.estate().estates();
            if (estates)
                for (const Estate& e : estates.value())
                    m_toCount << e.id;
        }
        showTile(t, i, i.pending && !m_toCount.isEmpty());
        m_grid->addWidget(t, shown / columns, shown % columns);
        ++shown;
    }
    QStringList lines;
    if (m_state.reconciliation) {
        const ReconMonth& r = *m_state.reconciliation;
        lines << tr("Reconciliation of %1: %2 (%3 of %4 sessions finished, %5 places not reconciled)")
                     .arg(m_state.month.toString(QStringLiteral("yyyy-MM")),
                          ReconciliationService::monthStateLabel(r.state))
                     .arg(r.finished)
                     .arg(r.sessions.size())
                     .arg(r.uncovered.size());
    }
    lines << (m_state.lastBackup.isValid() ? tr("Last backup: %1 hours ago").arg(m_state.backupAgeHours())
                                           : tr("Last backup: none yet"));
    m_summary->setText(lines.join(QLatin1Char('\n')));
    if (!m_toCount.isEmpty() && m_painted)
        m_counter->start();
}

void SelfInspectionView::paintEvent(QPaintEvent* event)
{
    QWidget::paintEvent(event);
    // The first numbers are shown before the missing items are counted: a window on a large
    // archive is usable at once, and the count follows.
    m_painted = true;
    if (!m_toCount.isEmpty() && !m_counter->isActive())
        m_counter->start();
}

void SelfInspectionView::showTile(QToolButton* t, const InspectionItem& i, bool partial)
{
    const int n = i.pending ? m_counted : i.count();
    t->setText(QStringLiteral("%1%2\n%3").arg(n).arg(partial ? QStringLiteral("…") : QString(), i.label));
    t->setToolTip(partial ? tr("Counting…") : tr("Open the list: %1").arg(i.label));
    QFont f = t->font();
    f.setBold(n > 0);
    t->setFont(f);
}

void SelfInspectionView::countSome()
{
    // About 20 ms of counting per turn of the event loop: the window stays usable on an archive of
    // hundreds of estates, and a small one is counted in the first turn.
    QElapsedTimer turn;
    turn.start();
    while (!m_toCount.isEmpty() && turn.elapsed() < 20) {
        auto n = m_archive.selfInspection().missingItemsIn(m_toCount.takeFirst());
        if (!n) {
            m_toCount.clear();
            m_summary->setText(n.error().message);
            break;
        }
        m_counted += n.value();
    }
    for (const InspectionItem& i : std::as_const(m_state.items))
        if (i.pending)
            if (QToolButton* t = tile(i.key))
                showTile(t, i, !m_toCount.isEmpty());
    if (m_toCount.isEmpty())
        m_counter->stop();
}

void SelfInspectionView::refreshIfOlderThan(int ms)
{
    if (QDateTime::currentMSecsSinceEpoch() - m_lastRefreshMs >= ms)
        refresh();
}

InspectionListDialog* SelfInspectionView::openList(const QString& key)
{
    const InspectionItem* i = m_state.item(key);
    if (!i || !i->shown)
        return nullptr;
    std::optional<InspectionItem> read;
    if (i->pending) {
        // Left out of the numbers (Depth::Numbers): the list is read now, in full.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto full = m_archive.selfInspection().inspect();
        QApplication::restoreOverrideCursor();
        if (!full) {
            MessageBox::warning(this, tr("Self-inspection"), full.error().message);
            return nullptr;
        }
        const InspectionItem* listed = full->item(key);
        if (!listed)
            return nullptr;
        read = *listed;
        i = &*read;
    }
    auto* dialog = new InspectionListDialog(m_archive, *i, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

bool SelfInspectionView::eventFilter(QObject* watched, QEvent* event)
{
    // At most every few seconds: the lists are read in full.
    if (event->type() == QEvent::WindowActivate && watched == window() && isVisible() &&
        QDateTime::currentMSecsSinceEpoch() - m_lastRefreshMs > 3000)
        QTimer::singleShot(0, this, &SelfInspectionView::refresh);
    return QWidget::eventFilter(watched, event);
}

QAction* SelfInspectionView::createPrintAction(Archive& archive, QWidget* parent)
{
    auto* a = new QAction(tr("Monthly self-&inspection sheet…"), parent);
    a->setObjectName(QStringLiteral("actionPrintSelfInspection"));
    a->setEnabled(archive.selfInspection().available());
    QObject::connect(a, &QAction::triggered, parent, [&archive, parent] {
        bool ok = false;
        const QString text =
            QInputDialog::getText(parent, tr("Monthly self-inspection sheet"), tr("Month (YYYY-MM):"),
                                  QLineEdit::Normal, QDate::currentDate().toString(QStringLiteral("yyyy-MM")),
                                  &ok)
                .trimmed();
        if (!ok)
            return;
        const QDate month = QDate::fromString(text + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}$"));
        if (!shape.match(text).hasMatch() || !month.isValid()) {
            MessageBox::warning(parent, tr("Monthly self-inspection sheet"),
                                tr("Month %1: write the month as YYYY-MM").arg(text));
            return;
        }
        const QString path =
            QFileDialog::getSaveFileName(parent, tr("Monthly self-inspection sheet"),
                                         tr("self-inspection-%1.pdf").arg(text), tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            printSheet(archive, parent, month, path);
    });
    return a;
}

bool SelfInspectionView::printSheet(Archive& archive, QWidget* parent, const QDate& month,
                                    const QString& path)
{
    PrintRequest r;
    r.form = PrintForm::SelfInspection;
    r.month = month;
    auto pages = archive.printing().toPdf(r, path);
    if (!pages) {
        MessageBox::warning(parent, tr("Monthly self-inspection sheet"), pages.error().message);
        return false;
    }
    return true;
}

} // namespace ar::ui
