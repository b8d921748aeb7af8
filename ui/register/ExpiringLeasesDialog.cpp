#include "ui/register/ExpiringLeasesDialog.h"

#include "services/Archive.h"
#include "ui/common/DialogRunner.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ar::ui {

QAction* ExpiringLeasesDialog::createAction(Archive& archive, QWidget* parent)
{
    auto* a = new QAction(tr("&Leases ending soon…"), parent);
    a->setObjectName(QStringLiteral("actionExpiringLeases"));
    a->setEnabled(archive.can(Permission::ViewRegister));
    QObject::connect(a, &QAction::triggered, parent, [&archive, parent] {
        ExpiringLeasesDialog d(archive, parent);
        DialogRunner::exec(d);
    });
    return a;
}

ExpiringLeasesDialog::ExpiringLeasesDialog(Archive& archive, QWidget* parent)
    : QDialog(parent), m_archive(archive), m_days(new QSpinBox(this)), m_table(new QTableWidget(0, 6, this)),
      m_message(new QLabel(this))
{
    setWindowTitle(tr("Leases ending soon"));
    setObjectName(QStringLiteral("ExpiringLeasesDialog"));
    m_days->setObjectName(QStringLiteral("daysBox"));
    m_days->setRange(0, 3660);
    m_days->setValue(30);
    m_days->setSuffix(tr(" days"));
    m_table->setObjectName(QStringLiteral("leaseTable"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Lease ends"), tr("Room"), tr("Tenant"), tr("Lease starts"),
                                        tr("Contract no."), tr("Days left")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    connect(m_days, &QSpinBox::valueChanged, this, &ExpiringLeasesDialog::refresh);
    auto* top = new QHBoxLayout;
    auto* caption = new QLabel(tr("Leases ending within the next"), this);
    caption->setBuddy(m_days);
    top->addWidget(caption);
    top->addWidget(m_days);
    top->addWidget(new QLabel(tr("and those already ended"), this));
    top->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 420);
    refresh();
}

void ExpiringLeasesDialog::refresh()
{
    m_table->setRowCount(0);
    auto due = m_archive.people().expiringLeases(m_days->value());
    if (!due) {
        m_message->setText(due.error().message);
        return;
    }
    const QColor red(0xb3, 0x26, 0x1e);
    for (const LeaseDue& l : due.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString left = l.overdue() ? tr("lease ended %n day(s) ago", nullptr, -l.daysLeft)
                                         : tr("%n day(s)", nullptr, l.daysLeft);
        const QStringList cells{l.occupancy.leaseTo.toString(Qt::ISODate),
                                l.room,
                                l.name,
                                l.occupancy.leaseFrom.toString(Qt::ISODate),
                                l.occupancy.contractNo,
                                left};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (l.overdue())
                item->setForeground(red);
            m_table->setItem(row, c, item);
        }
    }
    m_message->setText(due->isEmpty() ? tr("No lease ends within %n day(s).", nullptr, m_days->value())
                                      : tr("%n lease(s).", nullptr, int(due->size())));
}

} // namespace ar::ui
