#include "ui/loans/LoanActions.h"

#include "ui/loans/LoanListDialog.h"

#include "ui/common/DialogRunner.h"
#include "ui/common/MessageBox.h"
#include "ui/loans/ApprovalInbox.h"
#include "ui/loans/BorrowDesk.h"
#include "ui/loans/DeskRecords.h"
#include "ui/loans/LoanPanel.h"
#include "ui/loans/LoanRequestDialog.h"
#include "ui/loans/OverdueDialog.h"

#include "services/Archive.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>

namespace ar::ui {

LoanActions::LoanActions(Archive& archive, QWidget* dialogParent)
    : QObject(dialogParent), m_archive(archive), m_parent(dialogParent),
      m_desk(new QAction(tr("Borrow &desk…"), this)), m_request(new QAction(tr("Borrow &request…"), this)),
      m_inbox(new QAction(tr("&Approvals…"), this)), m_overdue(new QAction(tr("&Overdue loans…"), this)),
      m_list(new QAction(tr("&Loans…"), this)), m_visit(new QAction(tr("State organ's &visit…"), this)),
      m_copies(new QAction(tr("Cop&y register (ZC-05)…"), this)),
      m_damages(new QAction(tr("Da&maged dossiers…"), this)),
      m_ownerRequests(new QAction(tr("O&wners' requests…"), this)),
      m_loadCalendar(new QAction(tr("Load working-day &calendar…"), this))
{
    m_desk->setObjectName(QStringLiteral("actionBorrowDesk"));
    m_desk->setShortcut(QKeySequence(Qt::Key_F9));
    m_request->setObjectName(QStringLiteral("actionBorrowRequest"));
    m_inbox->setObjectName(QStringLiteral("actionApprovals"));
    m_overdue->setObjectName(QStringLiteral("actionOverdue"));
    m_list->setObjectName(QStringLiteral("actionLoanList"));
    m_loadCalendar->setObjectName(QStringLiteral("actionLoadCalendar"));
    m_visit->setObjectName(QStringLiteral("actionVisit"));
    m_copies->setObjectName(QStringLiteral("actionCopyRegister"));
    m_damages->setObjectName(QStringLiteral("actionDamages"));
    m_ownerRequests->setObjectName(QStringLiteral("actionOwnerRequests"));
    connect(m_visit, &QAction::triggered, this, &LoanActions::onVisit);
    connect(m_copies, &QAction::triggered, this, [this] {
        CopyRegisterDialog dialog(m_archive, m_parent);
        DialogRunner::exec(dialog);
    });
    connect(m_damages, &QAction::triggered, this, [this] {
        DamageDialog dialog(m_archive, m_parent);
        connect(&dialog, &DamageDialog::changed, this, &LoanActions::refreshPanel);
        DialogRunner::exec(dialog);
    });
    connect(m_ownerRequests, &QAction::triggered, this, [this] {
        OwnerRequestsDialog dialog(m_archive, m_parent);
        DialogRunner::exec(dialog);
    });
    connect(m_list, &QAction::triggered, this, &LoanActions::onList);
    connect(m_desk, &QAction::triggered, this, &LoanActions::onDesk);
    connect(m_request, &QAction::triggered, this, &LoanActions::onRequest);
    connect(m_inbox, &QAction::triggered, this, &LoanActions::onInbox);
    connect(m_overdue, &QAction::triggered, this, &LoanActions::onOverdue);
    connect(m_loadCalendar, &QAction::triggered, this, &LoanActions::onLoadCalendar);
    updateEnabled();
}

void LoanActions::fillMenu(QMenu* menu) const
{
    menu->addActions({m_desk, m_request});
    menu->addSeparator();
    menu->addActions({m_list, m_inbox, m_overdue});
    menu->addSeparator();
    menu->addActions({m_visit, m_copies, m_damages, m_ownerRequests});
    menu->addSeparator();
    menu->addAction(m_loadCalendar);
}

void LoanActions::updateEnabled()
{
    const Archive& c = m_archive;
    m_desk->setVisible(c.can(Permission::RunDesk));
    m_request->setVisible(c.can(Permission::RequestLoan));
    m_inbox->setVisible(c.can(Permission::ApproveLoans));
    m_list->setVisible(c.can(Permission::RequestLoan));
    m_overdue->setVisible(c.can(Permission::RunDesk) || c.can(Permission::ApproveLoans));
    m_loadCalendar->setVisible(c.can(Permission::ConfigureArchive));
    m_visit->setVisible(c.can(Permission::RunDesk));
    m_copies->setVisible(c.can(Permission::RunDesk) || c.can(Permission::ApproveLoans) ||
                         c.can(Permission::PrintForms));
    m_damages->setVisible(c.can(Permission::RunDesk) || c.can(Permission::ApproveLoans));
    m_ownerRequests->setVisible(c.can(Permission::RunDesk));
}

QDockWidget* LoanActions::addPanelTo(QMainWindow* window)
{
    const Archive& c = m_archive;
    if (!c.can(Permission::RunDesk) && !c.can(Permission::ApproveLoans))
        return nullptr;
    auto* dock = new QDockWidget(tr("Loans to watch"), window);
    dock->setObjectName(QStringLiteral("loanPanelDock"));
    dock->toggleViewAction()->setObjectName(QStringLiteral("actionLoanPanel"));
    m_panel = new LoanPanel(m_archive, dock);
    connect(m_panel, &LoanPanel::approvalWanted, this, &LoanActions::openInboxAt);
    dock->setWidget(m_panel);
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    return dock;
}

void LoanActions::refreshPanel()
{
    if (m_panel)
        m_panel->refresh();
}

void LoanActions::refreshForOtherDesks()
{
    if (m_panel)
        m_panel->refreshForOtherDesks();
    emit otherDesksChanged();
}

void LoanActions::onDesk()
{
    BorrowDesk desk(m_archive, m_parent);
    connect(&desk, &BorrowDesk::loansChanged, this, &LoanActions::refreshPanel);
    connect(this, &LoanActions::otherDesksChanged, &desk, &BorrowDesk::refresh);
    DialogRunner::exec(desk);
}

void LoanActions::onRequest()
{
    LoanRequestDialog dialog(m_archive, m_parent);
    if (DialogRunner::exec(dialog) == QDialog::Accepted)
        refreshPanel();
}

void LoanActions::onInbox()
{
    openInboxAt(0);
}

void LoanActions::openInboxAt(qint64 loanId)
{
    ApprovalInbox inbox(m_archive, m_parent);
    if (loanId > 0)
        inbox.selectLoan(loanId);
    connect(&inbox, &ApprovalInbox::loansChanged, this, &LoanActions::refreshPanel);
    connect(this, &LoanActions::otherDesksChanged, &inbox, &ApprovalInbox::refresh);
    DialogRunner::exec(inbox);
    refreshPanel();
}

void LoanActions::onList()
{
    LoanListDialog dialog(m_archive, m_parent);
    connect(&dialog, &LoanListDialog::loansChanged, this, &LoanActions::refreshPanel);
    connect(this, &LoanActions::otherDesksChanged, &dialog, &LoanListDialog::refresh);
    DialogRunner::exec(dialog);
}

void LoanActions::onOverdue()
{
    OverdueDialog dialog(m_archive, m_parent);
    DialogRunner::exec(dialog);
}

void LoanActions::onVisit()
{
    VisitDialog dialog(m_archive, m_parent);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    const Visit& v = dialog.visit();
    MessageBox::information(m_parent, tr("Visit of a state organ"),
                            tr("Registered: %1 (%2) views %3 in the archive room, with the consent of %4. "
                               "It can never be taken out.")
                                .arg(v.officer, v.organ, v.archiveNo, v.approvedByName));
    refreshPanel();
}

void LoanActions::onLoadCalendar()
{
    const QString path = QFileDialog::getOpenFileName(m_parent, tr("Load working-day calendar"), {},
                                                      tr("Calendar (*.txt *.json)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        MessageBox::warning(m_parent, tr("Working-day calendar"), tr("Cannot read %1").arg(path));
        return;
    }
    auto y = m_archive.calendar().loadYear(f.readAll(), QFileInfo(path).fileName());
    if (!y) {
        MessageBox::warning(m_parent, tr("Working-day calendar"), y.error().message);
        return;
    }
    MessageBox::information(
        m_parent, tr("Working-day calendar"),
        tr("%1 loaded: %2 holidays and make-up working days.").arg(y->year).arg(y->days.size()));
}

} // namespace ar::ui
