#include "ui/loans/LoanPanel.h"

#include "services/Archive.h"
#include "ui/dossiers/SelfInspectionView.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ar::ui {

LoanPanel::LoanPanel(Archive& archive, QWidget* parent)
    : QWidget(parent), m_archive(archive), m_inspection(new SelfInspectionView(archive, this)),
      m_headline(new QLabel(this)), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("LoanPanel"));
    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("panelList"));
    // A narrow dock: long lines wrap instead of hiding behind a horizontal scroll bar.
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(false);
    auto* refreshButton = new QPushButton(tr("&Update"), this);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    connect(refreshButton, &QPushButton::clicked, this, &LoanPanel::refresh);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        if (id > 0)
            emit approvalWanted(id);
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_inspection);
    layout->addWidget(m_headline);
    layout->addWidget(m_list, 1);
    layout->addWidget(refreshButton, 0, Qt::AlignRight);
    refresh();
}

void LoanPanel::refresh()
{
    m_inspection->refresh();
    refreshLines();
}

void LoanPanel::refreshForOtherDesks()
{
    m_inspection->refreshIfOlderThan(kInspectionEveryMs);
    refreshLines();
}

void LoanPanel::refreshLines()
{
    m_list->clear();
    auto s = m_archive.loans().summary();
    if (!s) {
        m_headline->setText(s.error().message);
        return;
    }
    // R44: dossiers a reconciliation found missing, until a later scan finds them.
    QList<MissingDossier> missing;
    if (m_archive.can(Permission::FileDossiers) ||
        m_archive.can(Permission::ApproveLoans))
        if (auto m = m_archive.reconciliation().missing())
            missing = m.value();
    m_headline->setText(tr("Overdue: %1   Lost: %2   Waiting for approval: %3   Damaged: %4")
                            .arg(s->overdue.size())
                            .arg(s->lost.size())
                            .arg(s->awaiting.size())
                            .arg(s->damaged.size()) +
                        (missing.isEmpty() ? QString() : tr("   Missing: %1").arg(missing.size())));
    const QColor red(0xb0, 0x20, 0x20);
    for (const MissingDossier& m : missing) {
        auto* item = new QListWidgetItem(
            tr("Missing since %1: %2 — %3").arg(m.since.toString(Qt::ISODate), m.archiveNo, m.title), m_list);
        item->setForeground(red);
    }
    // Tenancies (issue #20 item 9): one line for the leases ending within 30 days or ended.
    if (m_archive.can(Permission::ViewRegister))
        if (auto leases = m_archive.people().leaseCounts(30); leases && leases->ending + leases->ended > 0) {
            auto* item = new QListWidgetItem(
                tr("Leases ending within 30 days: %1, already ended: %2 (Register → Leases ending soon)")
                    .arg(leases->ending)
                    .arg(leases->ended),
                m_list);
            if (leases->ended > 0)
                item->setForeground(red);
        }
    for (const Loan& l : s->overdue) {
        auto* item = new QListWidgetItem(
            tr("Overdue %1 days: %2 — %3 (%4), due %5")
                .arg(l.daysOverdue)
                .arg(l.archiveNo, l.borrowerName, l.department, l.due.toString(Qt::ISODate)),
            m_list);
        item->setForeground(red);
    }
    for (const Loan& l : s->lost) {
        auto* item = new QListWidgetItem(
            tr("Lost: %1 — %2: %3").arg(l.archiveNo, l.borrowerName, l.lostReport), m_list);
        item->setForeground(red);
    }
    // Only who may decide opens the inbox from a line; the clerk sees what waits, read only.
    const bool decides = m_archive.can(Permission::ApproveLoans);
    for (const Loan& l : s->awaiting) {
        auto* item = new QListWidgetItem(
            l.extensionPending
                ? tr("Extension asked: %1 — %2").arg(l.archiveNo, l.borrowerName)
                : tr("Waiting for approval: %1 — %2, %3").arg(l.archiveNo, l.borrowerName, l.purpose),
            m_list);
        if (decides) {
            item->setData(Qt::UserRole, l.id);
            item->setToolTip(tr("Double-click to decide it in the approval inbox"));
        }
    }
    for (const DamageRecord& d : s->damaged)
        new QListWidgetItem(
            tr("To repair: %1 — %2: %3").arg(d.archiveNo, returnConditionLabel(d.condition), d.note), m_list);
}

QStringList LoanPanel::lines() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

QString LoanPanel::headline() const
{
    return m_headline->text();
}

} // namespace ar::ui
