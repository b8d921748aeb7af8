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

MainWindow::MainWindow(Archive& archive, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<::Ui::MainWindow>()), m_archive(archive),
      m_tree(new EstateTreeModel(archive.estate(), this)), m_rooms(new RoomTableModel(archive.rooms(), this)),
      m_occupants(new OccupantModel(archive.people(), this))
{
    m_ui->setupUi(this);
    setUpViews();
    setUpSearch();
    setUpMenus();
    restoreLayout();
    showReadOnly();
    showTrial();

    const auto& user = m_archive.user();
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    if (user)
        m_userLabel->setText(tr("Signed in: %1 (%2)").arg(user->displayName, roleLabel(user->role)));
    statusBar()->addPermanentWidget(m_userLabel);
    for (QAbstractItemView* v :
         {static_cast<QAbstractItemView*>(m_ui->estateTree), static_cast<QAbstractItemView*>(m_ui->roomTable),
          static_cast<QAbstractItemView*>(m_ui->occupantTable)})
        v->installEventFilter(this);
}

MainWindow::~MainWindow() = default;

void MainWindow::showReadOnly()
{
    if (!m_archive.isReadOnly())
        return;
    // A copy, a backup disk, a file without write permission (issue #18): the title and a banner
    // above everything say so; every change is refused by the services with one message.
    setWindowTitle(tr("%1 — read-only").arg(windowTitle()));
    addBanner(QStringLiteral("readOnly"), tr("Read-only"),
              tr("This archive is open read-only (a copy, a backup disk or a file that cannot be "
                 "written here): you can search, view and print, but nothing can be saved. "
                 "Sign-ins and views are not recorded in it."),
              QStringLiteral("background: #fff3cd; color: #7a4b00; padding: 6px;"));
}

void MainWindow::addBanner(const QString& name, const QString& title, const QString& text,
                           const QString& style)
{
    auto* bar = new QToolBar(title, this);
    bar->setObjectName(name + QStringLiteral("Bar"));
    bar->setMovable(false);
    bar->toggleViewAction()->setVisible(false);
    auto* banner = new QLabel(text, bar);
    banner->setObjectName(name + QStringLiteral("Banner"));
    banner->setWordWrap(true);
    banner->setStyleSheet(style);
    bar->addWidget(banner);
    addToolBar(Qt::TopToolBarArea, bar);
    insertToolBarBreak(bar);
}

void MainWindow::showTrial()
{
    if (!m_trial)
        return;
    setWindowTitle(tr("%1 — trial archive").arg(windowTitle()));
    addBanner(QStringLiteral("trial"), tr("Trial archive"),
              tr("Trial archive: the company, people and numbers in it are made up. Your real "
                 "archive is not open; go back to it with File › Back to the real archive."),
              QStringLiteral("background: #e3f0ff; color: #0b3d75; padding: 6px;"));
}

void MainWindow::switchArchive()
{
    if (!m_trial && !DemoOffer::ensureTrial(m_archive.path(), this))
        return;
    // Closed like any other close (forms still open ask first); only a closed window switches.
    if (close())
        emit switchArchiveRequested();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // After sign-in the clerk types or scans at once: the search box has the focus.
    if (!event->spontaneous())
        m_searchBox->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        const QString text = key->text();
        if (plain && !text.isEmpty() && text.at(0).isPrint() && !text.at(0).isSpace()) {
            m_searchBox->setFocus(Qt::ShortcutFocusReason);
            m_searchBox->clear();
            QCoreApplication::sendEvent(m_searchBox, event);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setUpViews()
{
    m_ui->estateTree->setModel(m_tree);
    m_ui->roomTable->setModel(m_rooms);
    m_ui->occupantTable->setModel(m_occupants);
    // Compact rows: a clerk scans long lists of rooms.
    const int rowHeight = fontMetrics().height() + 8;
    for (QTableView* t : {m_ui->roomTable, m_ui->occupantTable}) {
        t->verticalHeader()->hide();
        t->verticalHeader()->setDefaultSectionSize(rowHeight);
        t->horizontalHeader()->setHighlightSections(false);
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }
    // Owners get room for two or three names; tenants take the rest of the width.
    m_ui->roomTable->horizontalHeader()->setSectionResizeMode(RoomTableModel::Owners,
                                                              QHeaderView::Interactive);
    m_ui->roomTable->horizontalHeader()->resizeSection(RoomTableModel::Owners, 16 * fontMetrics().height());
    m_ui->roomTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->occupantTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->occupantToolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    connect(m_ui->estateTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onTreeCurrentChanged);
    connect(m_ui->roomTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onRoomCurrentChanged);
    connect(m_tree, &EstateTreeModel::loadFailed, this, &MainWindow::showStatus);
    connect(m_rooms, &RoomTableModel::loadFailed, this, &MainWindow::showStatus);
    connect(m_occupants, &OccupantModel::loadFailed, this, &MainWindow::showStatus);

    m_ui->showFormerCheck->setChecked(Settings::value(Setting::ShowFormerOccupants).toBool());
    m_occupants->setIncludeEnded(m_ui->showFormerCheck->isChecked());
    connect(m_ui->showFormerCheck, &QCheckBox::toggled, this, [this](bool on) {
        Settings::setValue(Setting::ShowFormerOccupants, on);
        m_occupants->setIncludeEnded(on);
    });

    // One estate is the common case: open it so the buildings show at once.
    if (m_tree->canFetchMore({}))
        m_tree->fetchMore({});
    if (m_tree->rowCount() == 1)
        m_ui->estateTree->expand(m_tree->index(0, 0));
}

void MainWindow::setUpSearch()
{
    m_searchBox = new QLineEdit(this);
    m_searchBox->setObjectName(QStringLiteral("searchBox"));
    m_searchBox->setPlaceholderText(tr("Search name, room, phone tail, archive no. — or scan a label"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->setMinimumWidth(420);
    m_searchBox->setMaximumWidth(640);
    auto* label = new QLabel(tr("Fi&nd:"), this);
    label->setBuddy(m_searchBox);
    label->setContentsMargins(4, 0, 6, 0);
    m_ui->mainToolBar->addWidget(label);
    m_ui->mainToolBar->addWidget(m_searchBox);
    // The search box is the way in: its bar is not offered for hiding.
    m_ui->mainToolBar->toggleViewAction()->setObjectName(QStringLiteral("actionShowSearchBar"));
    m_ui->mainToolBar->toggleViewAction()->setVisible(false);
    m_ui->occupantToolBar->toggleViewAction()->setObjectName(QStringLiteral("actionShowOccupantToolBar"));
    m_search = new SearchController(m_archive.search(), m_searchBox, this);
    connect(m_search, &SearchController::hitChosen, this, &MainWindow::openHit);
    connect(m_search, &SearchController::message, this, &MainWindow::showStatus);
    // "Nothing found" stays while typing finds nothing, and goes as soon as a search finds again.
    connect(m_search, &SearchController::noMatch, this,
            [this](const QString& text) { statusBar()->showMessage(text); });
    connect(m_search, &SearchController::noMatchCleared, this, [this](const QString& text) {
        if (statusBar()->currentMessage() == text)
            statusBar()->clearMessage();
    });
}

QString MainWindow::currentEstateCode() const
{
    // The estate chosen in the tree; with one estate the services need none.
    if (const QModelIndex node = m_ui->estateTree->currentIndex(); node.isValid())
        if (auto estates = m_archive.estate().estates())
            for (const Estate& e : estates.value())
                if (e.id == m_tree->estateIdOf(node))
                    return e.code;
    return {};
}

void MainWindow::setUpOccupantToolBar()
{
    // One button for the five ways to register: the owner on click, the rest from its menu.
    auto* registerButton = new QToolButton(this);
    registerButton->setObjectName(QStringLiteral("registerButton"));
    registerButton->setPopupMode(QToolButton::MenuButtonPopup);
    registerButton->setDefaultAction(m_occupantActions->registerAs(OccupancyRole::Owner));
    auto* registerMenu = new QMenu(registerButton);
    for (OccupancyRole role : allRoles())
        registerMenu->addAction(m_occupantActions->registerAs(role));
    registerButton->setMenu(registerMenu);
    m_ui->occupantToolBar->addWidget(registerButton);
    m_ui->occupantToolBar->addAction(m_occupantActions->registerAs(OccupancyRole::Tenant));
    m_ui->occupantToolBar->addAction(m_occupantActions->registerAs(OccupancyRole::Member));
    m_ui->occupantToolBar->addSeparator();
    m_ui->occupantToolBar->addActions({m_occupantActions->editPerson(), m_occupantActions->history(),
                                       m_occupantActions->unmask(), m_occupantActions->moveOut()});
    // Tool buttons show the action's text without its mnemonic, whether "&Edit" or "修改(&E)".
    static const QRegularExpression mnemonic(QStringLiteral("\\(&.\\)|&|…"));
    for (QAction* a : m_ui->occupantToolBar->actions() + registerMenu->actions())
        a->setIconText(a->text().remove(mnemonic));
}

void MainWindow::restoreLayout()
{
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({280, 1000});
    m_ui->rightSplitter->setSizes({480, 320});
    restoreGeometry(Settings::value(Setting::MainWindowGeometry).toByteArray());
    m_ui->mainSplitter->restoreState(Settings::value(Setting::MainSplitterState).toByteArray());
    m_ui->rightSplitter->restoreState(Settings::value(Setting::RightSplitterState).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_backupActions && !m_trial)
        m_backupActions->backUpIfChanged();
    Settings::setValue(Setting::MainWindowGeometry, saveGeometry());
    Settings::setValue(Setting::MainSplitterState, m_ui->mainSplitter->saveState());
    Settings::setValue(Setting::RightSplitterState, m_ui->rightSplitter->saveState());
    event->accept();
}

void MainWindow::onTreeCurrentChanged(const QModelIndex& current)
{
    const auto kind = m_tree->kind(current);
    const qint64 id = m_tree->id(current);
    if (kind == EstateTreeModel::Kind::Unit) {
        m_rooms->setUnit(id);
    } else if (kind == EstateTreeModel::Kind::Building) {
        // A building shows the rooms of all its units: small buildings have one unit only.
        QList<qint64> ids;
        if (auto units = m_archive.estate().units(id))
            for (const Unit& u : units.value())
                ids << u.id;
        m_rooms->setUnits(ids);
    } else {
        m_rooms->setUnits({});
    }
    QStringList path;
    for (QModelIndex i = current; i.isValid(); i = i.parent())
        path.prepend(i.data().toString());
    m_ui->roomTitle->setText(path.isEmpty() ? tr("Rooms")
                                            : tr("Rooms of %1").arg(path.join(QStringLiteral(" › "))));
    if (m_dossierActions)
        m_dossierActions->setEstate(current.isValid() ? m_tree->estateIdOf(current) : 0);
    onRoomCurrentChanged({});
}

void MainWindow::onRoomCurrentChanged(const QModelIndex& current)
{
    const qint64 roomId = current.isValid() ? m_rooms->row(current.row()).room.id : 0;
    if (roomId != m_occupants->roomId())
        m_occupants->setRoom(roomId);
    m_ui->occupantTitle->setText(roomId ? tr("People of room %1").arg(m_rooms->row(current.row()).ref)
                                        : tr("Owners, tenants and household"));
    m_occupantActions->updateEnabled();
    if (m_dossierActions)
        m_dossierActions->setRoom(roomId, roomId ? m_rooms->row(current.row()).ref : QString());
    if (m_changeOwner)
        m_changeOwner->setEnabled(roomId && m_archive.can(Permission::RegisterPersons));
}

qint64 MainWindow::currentRoomId() const
{
    return m_occupants->roomId();
}

qint64 MainWindow::currentPersonId() const
{
    const QModelIndex i = m_ui->occupantTable->currentIndex();
    return i.isValid() ? m_occupants->occupant(i.row()).occupancy.personId : 0;
}

void MainWindow::refreshRooms(qint64 personId)
{
    const qint64 roomId = currentRoomId();
    m_rooms->reload();
    const int row = m_rooms->rowOf(roomId);
    if (row >= 0)
        m_ui->roomTable->setCurrentIndex(m_rooms->index(row, 0));
    m_occupants->setRoom(row >= 0 ? roomId : 0);
    if (personId)
        selectPerson(personId);
}

bool MainWindow::selectRoom(qint64 roomId)
{
    auto place = m_archive.rooms().place(roomId);
    if (!place) {
        showStatus(place.error().message);
        return false;
    }
    const QModelIndex unit = m_tree->locateUnit(place.value());
    if (!unit.isValid())
        return false;
    m_ui->estateTree->setCurrentIndex(unit);
    m_ui->estateTree->scrollTo(unit);
    if (m_rooms->unitIds() != QList<qint64>{place->unit.id})
        m_rooms->setUnit(place->unit.id);
    const int row = m_rooms->rowOf(roomId);
    if (row < 0)
        return false;
    const QModelIndex index = m_rooms->index(row, 0);
    m_ui->roomTable->setCurrentIndex(index);
    m_ui->roomTable->scrollTo(index);
    return true;
}

bool MainWindow::selectPerson(qint64 personId)
{
    const int row = m_occupants->rowOfPerson(personId);
    if (row < 0)
        return false;
    m_ui->occupantTable->setCurrentIndex(m_occupants->index(row, 0));
    return true;
}

void MainWindow::openHit(const SearchHit& hit)
{
    // A scanned spine label or a typed archive number opens the dossier itself.
    if (hit.kind == HitKind::Dossier) {
        if (hit.roomId)
            selectRoom(hit.roomId);
        m_dossierActions->openDossier(hit.id);
        return;
    }
    if (hit.roomId == 0) {
        showStatus(tr("%1 is not tied to a room").arg(hit.name));
        return;
    }
    if (!selectRoom(hit.roomId))
        return;
    if (hit.kind != HitKind::Person || selectPerson(hit.id))
        return;
    // Found but no longer tied to the room: show the former occupants too.
    m_ui->showFormerCheck->setChecked(true);
    selectPerson(hit.id);
}

namespace {

std::function<void()>& restartHandler()
{
    static std::function<void()> handler;
    return handler;
}

// The program again, with the same arguments; the saved language, not the one forced by
// ARCHIVEROOM_LANG, is the one it starts in.
void restartProgram()
{
    if (restartHandler()) {
        restartHandler()();
        return;
    }
    QProcess p;
    p.setProgram(QCoreApplication::applicationFilePath());
    p.setArguments(QCoreApplication::arguments().mid(1));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ARCHIVEROOM_LANG"));
    p.setProcessEnvironment(env);
    p.startDetached();
}

} // namespace

void MainWindow::setRestartHandler(std::function<void()> handler)
{
    restartHandler() = std::move(handler);
}

void MainWindow::chooseLanguage(const QString& lang)
{
    Settings::setValue(Setting::Language, lang);
    // The window's texts are made once; the new language needs a new start. Offered, not forced:
    // a clerk in the middle of work says "later".
    if (MessageBox::question(this, tr("Language"),
                             tr("The new language is used from the next start of ArchiveRoom.\n\n"
                                "Restart now? You will sign in again."),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
        return;
    // Closed like any other close (forms still open ask first); only a closed window restarts.
    if (close())
        restartProgram();
}

void MainWindow::chooseServerArchive()
{
    ServerDialog dialog(this);
    const bool onServer = Archive::isServerLocation(m_archive.path());
    if (onServer)
        dialog.setLocation(m_archive.path());
    QString next;
    for (;;) {
        const int answer = DialogRunner::exec(dialog);
        if (answer == ServerDialog::ThisComputer) {
            next.clear();
            break;
        }
        if (answer != QDialog::Accepted)
            return;
        // Checked now, while the user is here to correct it, rather than at the next start.
        Archive::setServerPassword(dialog.location(), dialog.password());
        if (auto check = Archive::open(dialog.location(), nullptr, DatabaseAccess::ReadOnly); !check) {
            dialog.setError(check.error().message);
            continue;
        }
        next = dialog.location();
        break;
    }
    if (next.isEmpty() && !onServer)
        return; // already the archive on this computer
    Settings::setValue(Setting::ArchivePath, next);
    const QString where = next.isEmpty() ? tr("the archive on this computer") : next;
    if (MessageBox::question(this, tr("Archive on a server"),
                             tr("ArchiveRoom opens %1 from the next start.\n\nRestart now? You will sign in "
                                "again (and type the server's password again unless this computer keeps it).")
                                 .arg(where),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
        return;
    if (close())
        restartProgram();
}

void MainWindow::showAbout()
{
    MessageBox::information(this, tr("About ArchiveRoom"),
                            tr("ArchiveRoom %1\nThe archive room of a property-management company: "
                               "estates, owners and tenants, their dossiers.")
                                .arg(QStringLiteral(AR_VERSION)));
}

void MainWindow::showStatus(const QString& text)
{
    statusBar()->showMessage(text, 8000);
}

QLineEdit* MainWindow::searchBox() const
{
    return m_searchBox;
}

QTreeView* MainWindow::estateTree() const
{
    return m_ui->estateTree;
}

QTableView* MainWindow::roomTable() const
{
    return m_ui->roomTable;
}

QTableView* MainWindow::occupantTable() const
{
    return m_ui->occupantTable;
}

} // namespace ar::ui
