#include "ui/dossiers/LocationsDialog.h"

#include "services/Archive.h"
#include "ui/common/MessageBox.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ar::ui {

LocationsDialog::LocationsDialog(Archive& archive, bool choosing, QWidget* parent)
    : QDialog(parent), m_archive(archive), m_choosing(choosing)
{
    setObjectName(QStringLiteral("locationsDialog"));
    setWindowTitle(choosing ? tr("Move the folder to…") : tr("Archive rooms, cabinets, shelves and boxes"));
    auto* layout = new QVBoxLayout(this);
    auto* split = new QSplitter(this);
    m_tree = new QTreeWidget(split);
    m_tree->setObjectName(QStringLiteral("locationTree"));
    m_tree->setHeaderLabels({tr("Place"), tr("Kind"), tr("Folders")});
    m_folders = new QTableWidget(split);
    m_folders->setObjectName(QStringLiteral("folderTable"));
    m_folders->setColumnCount(3);
    m_folders->setHorizontalHeaderLabels({tr("Archive no."), tr("Title"), tr("Status")});
    m_folders->verticalHeader()->hide();
    m_folders->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_folders->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_folders->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_folders->horizontalHeader()->setStretchLastSection(true);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    auto* hint = new QLabel(tr("Folders are listed in shelf order: building, unit, room."), this);
    layout->addWidget(hint);
    auto* buttons = new QDialogButtonBox(this);
    m_add = buttons->addButton(tr("&Add place…"), QDialogButtonBox::ActionRole);
    m_add->setObjectName(QStringLiteral("addPlaceButton"));
    const Archive& ctx = archive;
    m_add->setEnabled(ctx.can(Permission::FileDossiers) || ctx.can(Permission::ConfigureArchive));
    connect(m_add, &QPushButton::clicked, this, &LocationsDialog::addPlace);
    if (!choosing) {
        m_move = buttons->addButton(tr("Mo&ve selected folders…"), QDialogButtonBox::ActionRole);
        m_move->setObjectName(QStringLiteral("moveFoldersButton"));
        m_move->setEnabled(false);
        connect(m_move, &QPushButton::clicked, this, &LocationsDialog::moveSelected);
        connect(m_folders, &QTableWidget::itemSelectionChanged, this, [this] {
            m_move->setEnabled(m_archive.can(Permission::FileDossiers) &&
                               !m_folders->selectionModel()->selectedRows().isEmpty());
        });
    }
    if (choosing) {
        buttons->addButton(QDialogButtonBox::Ok)->setText(tr("&Move here"));
        buttons->addButton(QDialogButtonBox::Cancel);
    } else {
        buttons->addButton(QDialogButtonBox::Close);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &LocationsDialog::showFolders);
    resize(820, 480);
    reload();
}

qint64 LocationsDialog::choose(Archive& archive, qint64 current, QWidget* parent)
{
    LocationsDialog d(archive, true, parent);
    d.reload(current);
    if (d.exec() != QDialog::Accepted)
        return 0;
    return d.currentLocation();
}

void LocationsDialog::reload(qint64 select)
{
    m_tree->clear();
    auto all = m_archive.places().locations();
    if (!all) {
        MessageBox::warning(this, windowTitle(), all.error().message);
        return;
    }
    QHash<qint64, QTreeWidgetItem*> byId;
    // Parents come before children only by id order; place what can be placed until all are.
    QList<Location> pending = all.value();
    std::sort(pending.begin(), pending.end(), [](const Location& a, const Location& b) { return a.id < b.id; });
    QList<Location> sorted = all.value(); // keeps the repository's sibling order
    for (int pass = 0; pass < 8 && !pending.isEmpty(); ++pass) {
        for (const Location& l : sorted) {
            if (byId.contains(l.id))
                continue;
            QTreeWidgetItem* parent = l.parentId ? byId.value(l.parentId) : nullptr;
            if (l.parentId && !parent)
                continue;
            auto n = m_archive.places().dossiersAt(l.id);
            auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
            item->setText(0, l.name);
            item->setText(1, locationKindLabel(l.kind));
            item->setText(2, n && n.value() ? QString::number(n.value()) : QString());
            item->setData(0, Qt::UserRole, l.id);
            item->setData(1, Qt::UserRole, l.kind);
            byId.insert(l.id, item);
        }
        pending.erase(std::remove_if(pending.begin(), pending.end(), [&](const Location& l) { return byId.contains(l.id); }),
                      pending.end());
    }
    // R15: new folders with no place yet, for the clerk to shelve.
    if (!m_choosing && m_archive.can(Permission::ViewRegister)) {
        auto unplaced = m_archive.places().unplaced();
        auto* item = new QTreeWidgetItem;
        item->setText(0, tr("Folders without a place"));
        item->setText(2, unplaced && !unplaced->isEmpty() ? QString::number(unplaced->size()) : QString());
        item->setData(0, Qt::UserRole, qint64(-1));
        item->setForeground(0, unplaced && !unplaced->isEmpty() ? QColor(0xb3, 0x26, 0x1e) : QColor());
        m_tree->insertTopLevelItem(0, item);
        byId.insert(-1, item);
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
    if (QTreeWidgetItem* item = byId.value(select))
        m_tree->setCurrentItem(item);
    showFolders();
}

bool LocationsDialog::showingUnplaced() const
{
    QTreeWidgetItem* item = m_tree->currentItem();
    return item && item->data(0, Qt::UserRole).toLongLong() == -1;
}

void LocationsDialog::showUnplaced()
{
    if (m_choosing)
        return;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == -1)
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
}

void LocationsDialog::moveSelected()
{
    const qint64 to = choose(m_archive, 0, this);
    if (to > 0)
        moveSelectedTo(to);
}

bool LocationsDialog::moveSelectedTo(qint64 locationId)
{
    QList<qint64> ids;
    for (const QModelIndex& row : m_folders->selectionModel()->selectedRows())
        ids << m_folders->item(row.row(), 0)->data(Qt::UserRole).toLongLong();
    const qint64 shown = showingUnplaced() ? -1 : currentLocation();
    bool ok = true;
    for (qint64 id : ids) {
        if (auto s = m_archive.places().move(id, locationId); !s) {
            MessageBox::warning(this, windowTitle(), s.error().message);
            ok = false;
            break;
        }
    }
    reload(shown);
    return ok;
}

qint64 LocationsDialog::currentLocation() const
{
    QTreeWidgetItem* item = m_tree->currentItem();
    const qint64 id = item ? item->data(0, Qt::UserRole).toLongLong() : 0;
    return id > 0 ? id : 0;
}

void LocationsDialog::showFolders()
{
    m_folders->setRowCount(0);
    const qint64 id = currentLocation();
    const bool unplaced = showingUnplaced();
    if ((!id && !unplaced) || !m_archive.can(Permission::ViewRegister))
        return;
    auto list = unplaced ? m_archive.places().unplaced() : m_archive.places().atLocation(id);
    if (!list)
        return;
    m_folders->setRowCount(int(list->size()));
    for (int r = 0; r < list->size(); ++r) {
        const Dossier& d = list->at(r);
        auto* no = new QTableWidgetItem(d.archiveNo);
        no->setData(Qt::UserRole, d.id);
        m_folders->setItem(r, 0, no);
        m_folders->setItem(r, 1, new QTableWidgetItem(d.title));
        m_folders->setItem(r, 2, new QTableWidgetItem(dossierStatusLabel(d.status)));
    }
    m_folders->resizeColumnsToContents();
}

void LocationsDialog::addPlace()
{
    QTreeWidgetItem* parent = m_tree->currentItem();
    const QString parentKind = parent ? parent->data(1, Qt::UserRole).toString() : QString();
    QStringList kinds;
    const QStringList all = locationKinds();
    for (int i = parent ? int(all.indexOf(parentKind)) + 1 : 0; i < (parent ? all.size() : 1); ++i)
        kinds << all.at(i);
    if (kinds.isEmpty()) {
        MessageBox::information(this, windowTitle(), tr("A box holds folders, not other places."));
        return;
    }
    QStringList labels;
    for (const QString& k : kinds)
        labels << locationKindLabel(k);
    bool ok = true;
    const QString label = labels.size() == 1
                              ? labels.first()
                              : QInputDialog::getItem(this, tr("Add place"), tr("Kind:"), labels, 0, false, &ok);
    if (!ok)
        return;
    const QString name = QInputDialog::getText(
        this, tr("Add place"),
        parent ? tr("Name of the new %1 in %2:").arg(label, parent->text(0)) : tr("Name of the new %1:").arg(label),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    auto id = m_archive.places().addLocation(parent ? parent->data(0, Qt::UserRole).toLongLong() : 0,
                                             kinds.at(labels.indexOf(label)), name);
    if (!id) {
        MessageBox::warning(this, windowTitle(), id.error().message);
        return;
    }
    reload(id.value());
}

} // namespace ar::ui
