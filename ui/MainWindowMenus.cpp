// The main window's menus (File, Estate, Register, Dossiers, Loans, Print, View, Help) and the
// register's import and export, wired to their action classes. The window itself — its views,
// search, layout and the session's moments — is MainWindow.cpp.
#include "ui/MainWindow.h"
#include "ui_MainWindow.h"

#include "services/Archive.h"
#include "services/ChangeWatcher.h"
#include "ui/DemoOffer.h"
#include "ui/Settings.h"
#include "ui/account/AccountActions.h"
#include "ui/account/ServerDialog.h"
#include "ui/audit/AuditDialog.h"
#include "ui/backup/BackupActions.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/MessageBox.h"
#include "ui/dossiers/CategoryAdminDialog.h"
#include "ui/dossiers/DossierActions.h"
#include "ui/dossiers/MoveByScanDialog.h"
#include "ui/dossiers/OwnerChangeDialog.h"
#include "ui/dossiers/ReconciliationDialog.h"
#include "ui/dossiers/SelfInspectionView.h"
#include "ui/dossiers/ViolationsDialog.h"
#include "ui/estate/EstateActions.h"
#include "ui/estate/EstateTreeModel.h"
#include "ui/estate/RoomTableModel.h"
#include "ui/help/HelpDialogs.h"
#include "ui/io/ExportHelper.h"
#include "ui/io/ImportDialog.h"
#include "ui/loans/LoanActions.h"
#include "ui/loans/LoanPanel.h"
#include "ui/print/PrintActions.h"
#include "ui/register/ExpiringLeasesDialog.h"
#include "ui/register/OccupantActions.h"
#include "ui/register/OccupantModel.h"
#include "ui/search/SearchController.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QShowEvent>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace ar::ui {

void MainWindow::setUpMenus()
{
    // File
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    // Backups (R46): by hand, restore, settings; the automatic one at the first sign-in of the
    // day (once the window shows) and on closing after changes; the warning of an old backup.
    // The demo company lives in a trial archive of its own (issue #20 item 11): made-up data is
    // backed up by hand only.
    auto trial = m_archive.demo().isTrial();
    m_trial = trial && trial.value();
    m_backupActions = new BackupActions(m_archive, this);
    m_backupActions->fillMenu(file, quit);
    auto* trialAction =
        new QAction(m_trial ? tr("Back to the real &archive") : tr("&Trial archive (made-up data)"), this);
    trialAction->setObjectName(QStringLiteral("actionTrialArchive"));
    trialAction->setToolTip(m_trial ? tr("Close the trial archive and open the real one")
                                    : tr("Open a separate archive with a made-up company to try things out"));
    connect(trialAction, &QAction::triggered, this, &MainWindow::switchArchive);
    file->insertAction(quit, trialAction);
    if (!m_trial) {
        // Which archive this computer opens: one on a server that several computers share, or
        // the one on this computer (issue #24).
        auto* serverAction = new QAction(tr("Archive on a ser&ver…"), this);
        serverAction->setObjectName(QStringLiteral("actionServerArchive"));
        connect(serverAction, &QAction::triggered, this, &MainWindow::chooseServerArchive);
        file->insertAction(quit, serverAction);
    }
    file->insertSeparator(quit);
    if (!m_trial) {
        m_backupActions->addWarningTo(this);
        QTimer::singleShot(0, m_backupActions, &BackupActions::backUpIfFirstToday);
    }

    // Estate
    m_estateActions = new EstateActions(m_archive, m_tree, m_ui->estateTree, m_rooms, m_ui->roomTable, this);
    QMenu* estate = menuBar()->addMenu(tr("&Estate"));
    estate->setObjectName(QStringLiteral("menuEstate"));
    m_estateActions->fillMenu(estate);
    m_ui->estateTree->addActions({m_estateActions->addBuilding(), m_estateActions->addUnit(),
                                  m_estateActions->addRooms(), m_estateActions->addRoom()});
    m_ui->roomTable->addActions({m_estateActions->addRoom(), m_estateActions->addRooms()});
    connect(m_estateActions, &EstateActions::roomsChanged, this, [this] { refreshRooms(); });
    connect(m_estateActions, &EstateActions::statusMessage, this, &MainWindow::showStatus);

    // Register
    m_occupantActions = new OccupantActions(m_archive, m_occupants, m_ui->occupantTable, this);
    QMenu* reg = menuBar()->addMenu(tr("&Register"));
    reg->setObjectName(QStringLiteral("menuRegister"));
    m_occupantActions->fillMenu(reg);
    // The audit trail (R27), for the roles that may read it; it opens on the selected person.
    reg->addAction(ExpiringLeasesDialog::createAction(m_archive, this));
    reg->addSeparator();
    reg->addAction(AuditDialog::createAction(m_archive, this, [this] { return currentPersonId(); }));
    setUpImportExport(reg);
    setUpOccupantToolBar();
    m_ui->occupantTable->addActions({m_occupantActions->editPerson(), m_occupantActions->history(),
                                     m_occupantActions->unmask(), m_occupantActions->moveOut()});
    connect(m_occupantActions, &OccupantActions::changed, this, &MainWindow::refreshRooms);
    connect(m_occupantActions, &OccupantActions::saved, this, &MainWindow::showStatus);
    if (QAction* people = findChild<QAction*>(QStringLiteral("actionExportOccupants"));
        people && people->isEnabled())
        m_ui->occupantTable->addAction(people);

    // Dossiers: filing, missing items, places (issue #4); the room's dossiers below its people.
    m_dossierActions = new DossierActions(m_archive, this);
    QMenu* dossiers = menuBar()->addMenu(tr("&Dossiers"));
    dossiers->setObjectName(QStringLiteral("menuDossiers"));
    m_dossierActions->fillMenu(dossiers);
    // R42: the owner of the selected room changes (a sale); R1/R2/R4/R40: the administrator's
    // categories and checklists.
    m_changeOwner = new QAction(tr("Change o&wner…"), this);
    m_changeOwner->setObjectName(QStringLiteral("actionChangeOwner"));
    m_changeOwner->setEnabled(false);
    connect(m_changeOwner, &QAction::triggered, this, [this] {
        if (OwnerChangeDialog::run(m_archive, currentRoomId(), this))
            refreshRooms();
    });
    reg->insertAction(reg->actions().value(0), m_changeOwner);
    reg->insertSeparator(reg->actions().value(1));
    // R44: the monthly reconciliation by scanning.
    dossiers->addAction(ReconciliationDialog::createAction(m_archive, this));
    // R15: folders into a box, boxes onto a shelf, by scanning their labels.
    dossiers->addAction(MoveByScanDialog::createAction(m_archive, this));
    // R49: violations and the measures taken (managers, leaders).
    dossiers->addAction(ViolationsDialog::createAction(m_archive, this));
    dossiers->addSeparator();
    dossiers->addAction(CategoryAdminDialog::createAction(m_archive, this));
    m_ui->rightSplitter->addWidget(m_dossierActions->roomPanel());
    connect(m_dossierActions, &DossierActions::statusMessage, this, &MainWindow::showStatus);
    connect(m_dossierActions, &DossierActions::changed, this, [this] { refreshRooms(); });
    // Borrowing (#5): the 借阅 menu and the start-screen panel of overdue, lost and pending loans.
    auto* loans = new LoanActions(m_archive, this);
    QMenu* loanMenu = menuBar()->addMenu(tr("&Loans"));
    loanMenu->setObjectName(QStringLiteral("menuLoans"));
    loans->fillMenu(loanMenu);
    loans->addPanelTo(this);
    // R48: the panel's self-inspection numbers follow what the dossier views changed.
    connect(m_dossierActions, &DossierActions::changed, loans, [loans] {
        if (loans->panel())
            loans->panel()->refresh();
    });
    // What other desks change (a request to approve, a folder checked out there) shows here within
    // a second: the panel, and the inbox, desk or loan list open now.
    m_changeWatcher = new ChangeWatcher(m_archive, this);
    connect(m_changeWatcher, &ChangeWatcher::changedElsewhere, loans, &LoanActions::refreshForOtherDesks);

    // Printing (#6): each form with its preview, PDF and the audit record of every print; the
    // dialogs start from what is selected here.
    auto* printing = new PrintActions(m_archive, this, [this] {
        PrintRequest r;
        const QModelIndex node = m_ui->estateTree->currentIndex();
        if (const qint64 roomId = currentRoomId()) {
            if (auto place = m_archive.rooms().place(roomId)) {
                r.estate = place->estate.code;
                r.building = place->building.code;
                r.unit = place->unit.code;
                r.room = place->ref();
            }
        } else if (node.isValid()) {
            const auto kind = m_tree->kind(node);
            const QModelIndex buildingNode = kind == EstateTreeModel::Kind::Unit ? node.parent() : node;
            if (auto estates = m_archive.estate().estates())
                for (const Estate& e : estates.value())
                    if (e.id == m_tree->estateIdOf(node))
                        r.estate = e.code;
            if (kind == EstateTreeModel::Kind::Building || kind == EstateTreeModel::Kind::Unit) {
                if (auto buildings = m_archive.estate().buildings(m_tree->estateIdOf(node)))
                    for (const Building& b : buildings.value())
                        if (b.id == m_tree->id(buildingNode)) {
                            r.building = b.code;
                            if (kind == EstateTreeModel::Kind::Unit)
                                if (auto units = m_archive.estate().units(b.id))
                                    for (const Unit& u : units.value())
                                        if (u.id == m_tree->id(node))
                                            r.unit = u.code;
                        }
            }
        }
        // The dossier chosen in the room's list of dossiers, for its contents list.
        if (QTableWidget* table = m_dossierActions ? m_dossierActions->roomTable() : nullptr)
            if (const int row = table->currentRow(); row >= 0 && table->item(row, 0))
                r.archiveNo = table->item(row, 0)->text();
        return r;
    });
    connect(m_occupantActions, &OccupantActions::printChosen, this,
            [printing](bool label, OccupancyRole role) {
                const PrintForm form = label                           ? PrintForm::Labels
                                       : role == OccupancyRole::Tenant ? PrintForm::TenantForm
                                                                       : PrintForm::OwnerForm;
                if (QAction* a = printing->action(form); a && a->isEnabled())
                    a->trigger();
            });
    QMenu* printMenu = menuBar()->addMenu(tr("&Print"));
    printMenu->setObjectName(QStringLiteral("menuPrint"));
    printing->fillMenu(printMenu);
    // R48: the monthly self-inspection sheet.
    printMenu->addSeparator();
    printMenu->addAction(SelfInspectionView::createPrintAction(m_archive, this));

    // Account: one's own password, the administrator's users, signing out.
    m_accountActions = new AccountActions(m_archive, this);
    QMenu* account = menuBar()->addMenu(tr("&Account"));
    account->setObjectName(QStringLiteral("menuAccount"));
    m_accountActions->fillMenu(account);
    connect(m_accountActions, &AccountActions::signOutRequested, this, &MainWindow::signOutRequested);
    connect(m_accountActions, &AccountActions::policyChanged, this, &MainWindow::accountPolicyChanged);

    // Search: the box is where the clerk starts, so it has a key of its own.
    QAction* find = new QAction(tr("&Find…"), this);
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::Key_F3)});
    connect(find, &QAction::triggered, this, [this] {
        m_searchBox->setFocus(Qt::ShortcutFocusReason);
        m_searchBox->selectAll();
    });
    file->insertAction(quit, find);
    file->insertSeparator(quit);

    // Settings: the language applies from the next start (the window is built from tr() once).
    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    settings->setObjectName(QStringLiteral("menuSettings"));
    QMenu* language = settings->addMenu(tr("&Language"));
    auto* group = new QActionGroup(this);
    const QString current = Settings::value(Setting::Language).toString();
    const QString active = current.isEmpty() ? QStringLiteral("zh_CN") : current;
    for (const auto& [code, label] : {std::pair{QStringLiteral("zh_CN"), QStringLiteral("中文（简体）")},
                                      std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction* a = language->addAction(label);
        a->setObjectName(QStringLiteral("actionLanguage_") + code);
        a->setCheckable(true);
        a->setChecked(code == active);
        group->addAction(a);
        const QString lang = code;
        connect(a, &QAction::triggered, this, [this, lang] { chooseLanguage(lang); });
    }

    // Help
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    QAction* manual = help->addAction(tr("User &manual"), this, [this] { makeManualDialog(this)->show(); });
    manual->setObjectName(QStringLiteral("actionManual"));
    manual->setShortcut(QKeySequence::HelpContents);
    QAction* keys =
        help->addAction(tr("&Keyboard shortcuts"), this, [this] { makeShortcutsDialog(this)->show(); });
    keys->setObjectName(QStringLiteral("actionShortcuts"));
    help->addSeparator();
    QAction* about = help->addAction(tr("&About ArchiveRoom"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
}

void MainWindow::setUpImportExport(QMenu* reg)
{
    // Issue #7: the developer's roster in, lists out (masked as on screen, audited). The
    // services are the gate; the actions only spare the other roles a dead end.
    const Archive& ctx = m_archive;
    reg->addSeparator();
    QAction* import = reg->addAction(tr("&Import owner roster…"));
    import->setObjectName(QStringLiteral("actionImportRoster"));
    import->setEnabled(ctx.can(Permission::ImportRegister));
    connect(import, &QAction::triggered, this, [this] {
        ImportDialog dialog(m_archive, this);
        connect(&dialog, &ImportDialog::imported, this, [this] {
            m_tree->refresh();
            refreshRooms();
        });
        DialogRunner::exec(dialog);
    });

    const bool mayExport = ctx.can(Permission::ExportLists);
    QAction* owners = reg->addAction(tr("E&xport owner list…"));
    owners->setObjectName(QStringLiteral("actionExportOwners"));
    owners->setEnabled(mayExport);
    connect(owners, &QAction::triggered, this, [this] {
        const QString code = currentEstateCode();
        ExportHelper::exportTable(
            m_archive, this, [this, code] { return m_archive.exports().owners(code); }, tr("Owners"));
    });
    QAction* tenants = reg->addAction(tr("Export the te&nant list…"));
    tenants->setObjectName(QStringLiteral("actionExportTenants"));
    tenants->setEnabled(mayExport);
    connect(tenants, &QAction::triggered, this, [this] {
        const QString code = currentEstateCode();
        ExportHelper::exportTable(
            m_archive, this, [this, code] { return m_archive.exports().tenants(code); }, tr("Tenants"));
    });
    QAction* dossiers = reg->addAction(tr("Export the &dossier list…"));
    dossiers->setObjectName(QStringLiteral("actionExportDossiers"));
    dossiers->setToolTip(
        tr("The dossiers of the building chosen in the tree, or of the whole estate, in shelf order"));
    dossiers->setEnabled(mayExport);
    connect(dossiers, &QAction::triggered, this, [this] {
        const QString code = currentEstateCode();
        QString building; // the building the tree's selection lies in, if any
        for (QModelIndex n = m_ui->estateTree->currentIndex(); n.isValid(); n = n.parent())
            if (m_tree->kind(n) == EstateTreeModel::Kind::Building) {
                building = m_tree->building(n).code;
                break;
            }
        ExportHelper::exportTable(
            m_archive, this, [this, code, building] { return m_archive.exports().dossiers(code, building); },
            building.isEmpty() ? tr("Dossiers") : tr("Dossiers of building %1").arg(building));
    });
    QAction* rooms = reg->addAction(tr("Export the &room list…"));
    rooms->setObjectName(QStringLiteral("actionExportRooms"));
    rooms->setEnabled(mayExport);
    connect(rooms, &QAction::triggered, this, [this] {
        ExportHelper::exportTable(
            m_archive, this, ExportHelper::tableFrom(m_ui->roomTable, QStringLiteral("rooms"), tr("Rooms")));
    });
    QAction* people = reg->addAction(tr("Export the &people of the room…"));
    people->setObjectName(QStringLiteral("actionExportOccupants"));
    people->setEnabled(mayExport);
    connect(people, &QAction::triggered, this, [this] {
        ExportHelper::exportTable(
            m_archive, this,
            ExportHelper::tableFrom(m_ui->occupantTable, QStringLiteral("occupants"), tr("People")));
    });
    if (mayExport)
        m_ui->roomTable->addAction(rooms);
}

} // namespace ar::ui
