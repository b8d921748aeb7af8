#include "ui/dossiers/DossierActions.h"

#include "services/Archive.h"
#include "ui/common/MessageBox.h"
#include "ui/dossiers/DestructionDialog.h"
#include "ui/dossiers/DossierDialog.h"
#include "ui/dossiers/FilingQueueDialog.h"
#include "ui/dossiers/LocationsDialog.h"
#include "ui/dossiers/MissingItemsDialog.h"
#include "ui/io/ExportHelper.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ar::ui {

DossierActions::DossierActions(Archive& archive, QWidget* parent)
    : QObject(parent), m_archive(archive), m_parent(parent)
{
    m_new = new QAction(tr("&New dossier…"), this);
    m_new->setObjectName(QStringLiteral("actionNewDossier"));
    m_new->setToolTip(tr("Open a repair, service, security, engineering or finance dossier"));
    connect(m_new, &QAction::triggered, this, &DossierActions::createDossier);
    m_queue = new QAction(tr("&Filing queue…"), this);
    m_queue->setObjectName(QStringLiteral("actionFilingQueue"));
    connect(m_queue, &QAction::triggered, this, [this] {
        FilingQueueDialog d(m_archive, false, m_parent);
        d.exec();
        reloadRoom();
    });
    m_late = new QAction(tr("&Late filings…"), this);
    m_late->setObjectName(QStringLiteral("actionLateFilings"));
    connect(m_late, &QAction::triggered, this, [this] {
        FilingQueueDialog d(m_archive, true, m_parent);
        d.exec();
    });
    m_missing = new QAction(tr("&Missing items…"), this);
    m_missing->setObjectName(QStringLiteral("actionMissingItems"));
    connect(m_missing, &QAction::triggered, this, [this] {
        if (!m_estateId) {
            emit statusMessage(tr("Choose an estate in the tree first"));
            return;
        }
        MissingItemsDialog d(m_archive, m_estateId, m_parent);
        d.exec();
    });
    m_locations = new QAction(tr("Archive &places…"), this);
    m_locations->setObjectName(QStringLiteral("actionLocations"));
    connect(m_locations, &QAction::triggered, this, [this] {
        LocationsDialog d(m_archive, false, m_parent);
        d.exec();
    });
    m_campaign = new QAction(tr("&Handover campaign running (file the same day)"), this);
    m_campaign->setObjectName(QStringLiteral("actionCampaign"));
    m_campaign->setCheckable(true);
    connect(m_campaign, &QAction::triggered, this, &DossierActions::toggleCampaign);
    m_handover = new QAction(tr("Record a hand-&over…"), this);
    m_handover->setObjectName(QStringLiteral("actionHandover"));
    connect(m_handover, &QAction::triggered, this, &DossierActions::recordHandover);
    m_destruction = new QAction(tr("&Destruction…"), this);
    m_destruction->setObjectName(QStringLiteral("actionDestruction"));
    m_destruction->setToolTip(
        tr("Dossiers past retention: propose, approve and carry out their destruction"));
    connect(m_destruction, &QAction::triggered, this, [this] {
        DestructionDialog d(m_archive, m_parent);
        d.exec();
        reloadRoom();
        emit changed();
    });
    updateEnabled();
}

void DossierActions::fillMenu(QMenu* menu)
{
    menu->addAction(m_new);
    menu->addSeparator();
    menu->addAction(m_queue);
    menu->addAction(m_late);
    menu->addAction(m_missing);
    menu->addAction(m_handover);
    menu->addAction(m_destruction);
    menu->addSeparator();
    menu->addAction(m_locations);
    menu->addAction(m_campaign);
}

void DossierActions::updateEnabled()
{
    const Archive& ctx = m_archive;
    const bool sees = ctx.can(Permission::ViewRegister);
    m_queue->setEnabled(sees);
    m_late->setEnabled(sees);
    m_missing->setEnabled(sees && m_estateId);
    m_locations->setEnabled(ctx.user().has_value());
    m_handover->setEnabled(ctx.can(Permission::HandOver));
    const bool destroys = ctx.can(Permission::ProposeDestruction) ||
                          ctx.can(Permission::ApproveDestruction) || ctx.can(Permission::ExecuteDestruction);
    m_destruction->setVisible(destroys);
    m_destruction->setEnabled(destroys);
    // DossierService::open: the clerk, or a department for the categories it owns.
    m_new->setEnabled(ctx.can(Permission::FileDossiers) || ctx.can(Permission::KeepDepartmentRecords));
    const bool manager = ctx.can(Permission::DeclareCampaigns);
    m_campaign->setVisible(manager);
    m_campaign->setEnabled(manager && m_estateId);
}

QWidget* DossierActions::roomPanel()
{
    if (m_panel)
        return m_panel;
    m_panel = new QWidget(m_parent);
    m_panel->setObjectName(QStringLiteral("roomDossierPanel"));
    auto* layout = new QVBoxLayout(m_panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_roomTitle = new QLabel(tr("Dossiers of the room"), m_panel);
    layout->addWidget(m_roomTitle);
    m_roomTable = new QTableWidget(m_panel);
    m_roomTable->setObjectName(QStringLiteral("roomDossierTable"));
    m_roomTable->setColumnCount(4);
    m_roomTable->setHorizontalHeaderLabels({tr("Archive no."), tr("Category"), tr("Status"), tr("Title")});
    m_roomTable->verticalHeader()->hide();
    m_roomTable->verticalHeader()->setDefaultSectionSize(m_roomTable->fontMetrics().height() + 8);
    m_roomTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_roomTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_roomTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_roomTable->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_roomTable);
    auto open = [this](int row) {
        if (row >= 0 && row < m_roomDossiers.size())
            openDossier(m_roomDossiers.at(row));
    };
    connect(m_roomTable, &QTableWidget::cellActivated, this, open);
    connect(m_roomTable, &QTableWidget::cellDoubleClicked, this, open);
    if (m_archive.can(Permission::ExportLists)) {
        auto* exportList = new QAction(tr("Export this list…"), m_roomTable);
        exportList->setObjectName(QStringLiteral("actionExportRoomDossiers"));
        connect(exportList, &QAction::triggered, this, [this] {
            ExportHelper::exportTable(m_archive, m_parent,
                                      ExportHelper::tableFrom(m_roomTable, QStringLiteral("room_dossiers"),
                                                              tr("Dossiers of %1").arg(m_roomRef)));
        });
        m_roomTable->addAction(exportList);
        m_roomTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    }
    return m_panel;
}

void DossierActions::setRoom(qint64 roomId, const QString& ref)
{
    m_roomId = roomId;
    m_roomRef = ref;
    reloadRoom();
}

void DossierActions::setEstate(qint64 estateId)
{
    if (estateId == m_estateId)
        return;
    m_estateId = estateId;
    if (estateId) {
        auto running = m_archive.filing().campaignRunning(estateId);
        m_campaign->setChecked(running && running.value());
    }
    updateEnabled();
}

void DossierActions::reloadRoom()
{
    if (!m_roomTable)
        return;
    m_roomTable->setRowCount(0);
    m_roomDossiers.clear();
    m_roomTitle->setText(m_roomId ? tr("Dossiers of room %1").arg(m_roomRef) : tr("Dossiers of the room"));
    if (!m_roomId || !m_archive.can(Permission::ViewRegister))
        return;
    auto list = m_archive.dossiers().ofRoom(m_roomId);
    auto cats = m_archive.dossiers().categories();
    if (!list || !cats)
        return;
    QHash<QString, QString> names;
    for (const Category& c : cats.value())
        names.insert(c.code, c.name);
    m_roomTable->setRowCount(int(list->size()));
    for (int r = 0; r < list->size(); ++r) {
        const Dossier& d = list->at(r);
        m_roomDossiers << d.id;
        m_roomTable->setItem(r, 0, new QTableWidgetItem(d.archiveNo));
        m_roomTable->setItem(r, 1, new QTableWidgetItem(names.value(d.category, d.category)));
        auto* status = new QTableWidgetItem(dossierStatusLabel(d.status));
        if (d.status == QLatin1String("former_owner") || d.status == QLatin1String("lost"))
            status->setForeground(Qt::gray);
        m_roomTable->setItem(r, 2, status);
        m_roomTable->setItem(r, 3, new QTableWidgetItem(d.title));
    }
    m_roomTable->resizeColumnsToContents();
}

void DossierActions::openDossier(qint64 dossierId)
{
    auto* dialog = new DossierDialog(m_archive, dossierId, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->reload()) {
        delete dialog;
        return;
    }
    connect(dialog, &DossierDialog::changed, this, [this] {
        reloadRoom();
        emit changed();
    });
    dialog->show();
}

void DossierActions::createDossier()
{
    QDialog d(m_parent);
    d.setObjectName(QStringLiteral("newDossierDialog"));
    d.setWindowTitle(tr("New dossier"));
    auto* form = new QFormLayout(&d);
    auto* category = new QComboBox(&d);
    category->setObjectName(QStringLiteral("categoryBox"));
    if (auto cats = m_archive.dossiers().categories(); cats)
        for (const Category& c : cats.value())
            if (c.code != QLatin1String("owner") && c.code != QLatin1String("tenant"))
                category->addItem(QStringLiteral("%1（%2）").arg(c.name, c.department), c.code);
    form->addRow(tr("&Category:"), category);
    auto* title = new QLineEdit(&d);
    title->setObjectName(QStringLiteral("titleEdit"));
    title->setMinimumWidth(360);
    form->addRow(tr("&Title:"), title);
    auto* year = new QSpinBox(&d);
    year->setRange(1949, m_archive.clock().today().year() + 1);
    year->setValue(m_archive.clock().today().year());
    form->addRow(tr("&Year:"), year);
    auto* room = new QLabel(m_roomId ? m_roomRef : tr("(none: choose a room first to tie it to one)"), &d);
    form->addRow(tr("Room:"), room);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    qint64 opened = 0;
    connect(buttons, &QDialogButtonBox::accepted, &d, [&] {
        DossierInput in;
        in.category = category->currentData().toString();
        in.title = title->text();
        in.roomId = m_roomId;
        in.year = year->value();
        auto r = m_archive.dossiers().open(in);
        if (!r) {
            MessageBox::warning(&d, d.windowTitle(), r.error().message);
            return;
        }
        opened = r->id;
        emit statusMessage(tr("Opened dossier %1").arg(r->archiveNo));
        d.accept();
    });
    if (d.exec() != QDialog::Accepted || !opened)
        return;
    reloadRoom();
    openDossier(opened);
}

// R13: a batch of folders handed from the property assistant to the clerk, or from the clerk to
// the company archive room. Archive numbers are typed or scanned, one per line.
void DossierActions::recordHandover()
{
    QDialog d(m_parent);
    d.setObjectName(QStringLiteral("handoverDialog"));
    d.setWindowTitle(tr("Record a hand-over"));
    auto* form = new QFormLayout(&d);
    auto* stage = new QComboBox(&d);
    stage->addItem(tr("Property assistant → archive clerk"), QStringLiteral("to_clerk"));
    stage->addItem(tr("Archive clerk → company archive room"), QStringLiteral("to_company"));
    form->addRow(tr("&Stage:"), stage);
    const auto& user = m_archive.user();
    auto* from = new QLineEdit(user ? user->displayName : QString(), &d);
    auto* to = new QLineEdit(&d);
    form->addRow(tr("&From:"), from);
    form->addRow(tr("&To:"), to);
    auto* numbers = new QPlainTextEdit(&d);
    numbers->setObjectName(QStringLiteral("handoverNumbers"));
    numbers->setPlaceholderText(tr("One archive number per line: scan the spine labels"));
    numbers->setMinimumSize(360, 160);
    form->addRow(tr("&Dossiers:"), numbers);
    auto* note = new QLineEdit(&d);
    form->addRow(tr("&Note:"), note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &d, [&] {
        const QStringList nos = numbers->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList cleaned;
        for (const QString& n : nos)
            if (!n.trimmed().isEmpty())
                cleaned << n.trimmed();
        auto id = m_archive.filing().recordHandover(stage->currentData().toString(), from->text(), to->text(),
                                                    cleaned, note->text());
        if (!id) {
            MessageBox::warning(&d, d.windowTitle(), id.error().message);
            return;
        }
        emit statusMessage(tr("Hand-over recorded: %n dossier(s)", nullptr, int(cleaned.size())));
        d.accept();
    });
    d.exec();
}

void DossierActions::toggleCampaign(bool on)
{
    if (auto s = m_archive.filing().setCampaign(m_estateId, on); !s) {
        MessageBox::warning(m_parent, tr("Handover campaign"), s.error().message);
        m_campaign->setChecked(!on);
        return;
    }
    emit statusMessage(on ? tr("Handover campaign on: items are due for filing the day they are received")
                          : tr("Handover campaign over: filing is due within a week"));
}

} // namespace ar::ui
