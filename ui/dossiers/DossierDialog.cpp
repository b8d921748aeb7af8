#include "ui/dossiers/DossierDialog.h"

#include "services/Archive.h"
#include "ui/common/MessageBox.h"
#include "ui/common/ReadOnlyTable.h"
#include "ui/dossiers/LocationsDialog.h"
#include "ui/dossiers/ReceiveItemDialog.h"
#include "ui/loans/DeskRecords.h"
#include "ui/loans/LoanListDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ar::ui {

namespace {

QTableWidgetItem* cell(const QString& text, const QVariant& data = {})
{
    auto* i = new QTableWidgetItem(text);
    if (data.isValid())
        i->setData(Qt::UserRole, data);
    return i;
}

QString day(const QDate& d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}
} // namespace

DossierDialog::DossierDialog(Archive& archive, qint64 dossierId, QWidget* parent)
    : QDialog(parent), m_archive(archive), m_id(dossierId)
{
    setObjectName(QStringLiteral("dossierDialog"));
    auto* layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("dossierHeader"));
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);
    layout->addWidget(m_header);
    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("missingLabel"));
    m_missing->setWordWrap(true);
    layout->addWidget(m_missing);

    auto* tabs = new QTabWidget(this);
    m_items = readOnlyTable(this, QStringLiteral("itemTable"),
                            {tr("No."), tr("Title"), tr("Kind"), tr("Date"), tr("Pages"), tr("Received"),
                             tr("Filing"), tr("Scans"), tr("Details")});
    m_checklist = readOnlyTable(this, QStringLiteral("checklistTable"),
                                {QString(), tr("Item kind"), tr("Required"), tr("Items")});
    m_history = readOnlyTable(this, QStringLiteral("dossierHistoryTable"),
                              {tr("When"), tr("Who"), tr("What"), tr("From"), tr("To")});
    tabs->addTab(m_items, tr("&Items"));
    tabs->addTab(m_checklist, tr("&Checklist"));
    tabs->addTab(m_history, tr("&History"));
    m_loans = readOnlyTable(this, QStringLiteral("dossierLoanTable"),
                            {tr("Requested"), tr("Borrower"), tr("Department"), tr("Mode"), tr("Status"),
                             tr("Due"), tr("Returned")});
    tabs->addTab(m_loans, tr("&Loans"));
    layout->addWidget(tabs, 1);

    auto* buttons = new QHBoxLayout;
    m_receive = new QPushButton(tr("&Receive item…"), this);
    m_receive->setObjectName(QStringLiteral("receiveButton"));
    m_file = new QPushButton(tr("&File selected"), this);
    m_file->setObjectName(QStringLiteral("fileButton"));
    m_move = new QPushButton(tr("&Move folder…"), this);
    m_move->setObjectName(QStringLiteral("moveButton"));
    m_scans = new QPushButton(tr("&Scans…"), this);
    m_scans->setObjectName(QStringLiteral("scansButton"));
    m_hold = new QPushButton(tr("&Hold…"), this);
    m_hold->setObjectName(QStringLiteral("holdButton"));
    m_hold->setToolTip(tr("Keep this dossier out of destruction (a dispute, an audit, a court order)"));
    m_damage = new QPushButton(tr("Record &damage…"), this);
    m_damage->setObjectName(QStringLiteral("damageButton"));
    auto* close = new QPushButton(tr("Close"), this);
    for (QPushButton* b : {m_receive, m_file, m_move, m_scans, m_hold, m_damage})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(m_receive, &QPushButton::clicked, this, &DossierDialog::receiveItem);
    connect(m_file, &QPushButton::clicked, this, &DossierDialog::fileSelected);
    connect(m_move, &QPushButton::clicked, this, &DossierDialog::moveFolder);
    connect(m_scans, &QPushButton::clicked, this, &DossierDialog::showScans);
    connect(m_hold, &QPushButton::clicked, this, [this] {
        if (m_view.hold)
            releaseHold();
        else
            askHold();
    });
    connect(m_damage, &QPushButton::clicked, this, &DossierDialog::recordDamage);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_items, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_items->currentRow();
        const bool any = row >= 0 && row < m_view.items.size();
        m_file->setEnabled(any && !m_view.items.at(row).filed() &&
                           m_archive.can(Permission::FileDossiers));
        m_scans->setEnabled(any && m_view.items.at(row).attachments > 0);
    });
    const Archive& ctx = m_archive;
    m_move->setEnabled(ctx.can(Permission::FileDossiers));
    m_damage->setEnabled(ctx.can(Permission::RunDesk));
    // FilingService::receive: the clerk, the assistant for household packets, a department for
    // the categories it owns.
    m_receive->setEnabled(ctx.can(Permission::FileDossiers) || ctx.can(Permission::HandOver) ||
                          ctx.can(Permission::KeepDepartmentRecords));
    resize(900, 560);
}

void DossierDialog::open(Archive& archive, qint64 dossierId, QWidget* parent)
{
    auto* dialog = new DossierDialog(archive, dossierId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->reload()) {
        delete dialog;
        return;
    }
    dialog->show();
}

bool DossierDialog::reload()
{
    auto v = m_archive.dossiers().view(m_id);
    if (!v) {
        MessageBox::warning(parentWidget(), tr("Dossier"), v.error().message);
        return false;
    }
    m_view = v.value();
    fill();
    return true;
}

void DossierDialog::fill()
{
    const Dossier& d = m_view.dossier;
    setWindowTitle(tr("Dossier %1").arg(d.archiveNo));
    QStringList lines;
    lines << QStringLiteral("<b style='font-size:large'>%1</b>&nbsp;&nbsp;%2")
                 .arg(d.archiveNo.toHtmlEscaped(), d.title.toHtmlEscaped());
    QStringList facts{tr("Category: %1").arg(m_view.category.name),
                      tr("Status: %1").arg(dossierStatusLabel(d.status))};
    if (!m_view.room.isEmpty())
        facts << tr("Room: %1").arg(m_view.room);
    if (!m_view.person.isEmpty())
        facts << tr("Person: %1").arg(m_view.person);
    lines << facts.join(QStringLiteral("　")).toHtmlEscaped();
    QStringList place{tr("Location: %1").arg(m_view.location.isEmpty() ? tr("not shelved") : m_view.location),
                      tr("Retention: %1").arg(retentionLabel(m_view.dossier.retention))};
    if (m_view.destroyEligible.isValid())
        place << tr("destroyable from %1").arg(day(m_view.destroyEligible));
    lines << place.join(QStringLiteral("　")).toHtmlEscaped();
    if (m_view.hold)
        lines << QStringLiteral("<span style='color:#b3261e'>%1</span>")
                     .arg(tr("On hold since %1 (%2): %3")
                              .arg(day(m_view.hold->placedAt.toLocalTime().date()), m_view.hold->placedBy,
                                   m_view.hold->reason)
                              .toHtmlEscaped());
    if (d.status == QLatin1String("destroyed"))
        lines << QStringLiteral("<b>%1</b>")
                     .arg(tr("Destroyed on %1 in destruction batch %2: only the catalog entry is kept")
                              .arg(day(m_view.destroyedOn))
                              .arg(m_view.destructionBatch)
                              .toHtmlEscaped());
    const Archive& ctx = m_archive;
    m_hold->setText(m_view.hold ? tr("Release &hold") : tr("&Hold…"));
    m_hold->setEnabled(d.status != QLatin1String("destroyed") &&
                       ctx.can(m_view.hold ? Permission::ReleaseHolds : Permission::HoldDossiers));
    // R44: not found at a reconciliation, until a later scan finds it or a loss is reported.
    if (auto since = m_archive.reconciliation().missingSince(d.id); since && since->isValid())
        lines << QStringLiteral("<span style='color:#b3261e'>%1</span>")
                     .arg(tr("Missing since %1 (not found at a reconciliation)")
                              .arg(day(since.value()))
                              .toHtmlEscaped());
    m_header->setText(lines.join(QStringLiteral("<br>")));
    if (m_view.checklist.isEmpty() || std::none_of(m_view.checklist.begin(), m_view.checklist.end(),
                                                   [](const ItemKind& k) { return k.required; }))
        m_missing->setText(tr("%n item(s) on file.", nullptr, int(m_view.items.size())));
    else if (m_view.complete())
        m_missing->setText(QStringLiteral("<span style='color:#1b7f3b'>%1</span>")
                               .arg(tr("✔ Complete: every required item is on file.")));
    else
        m_missing->setText(
            QStringLiteral("<span style='color:#b3261e'>%1</span>")
                .arg(tr("✘ Missing: %1").arg(m_view.missing.join(QStringLiteral("、"))).toHtmlEscaped()));

    m_items->setRowCount(int(m_view.items.size()));
    const QDate today = m_archive.clock().today();
    for (int r = 0; r < m_view.items.size(); ++r) {
        const DossierItem& i = m_view.items.at(r);
        QStringList details;
        for (auto it = i.fields.begin(); it != i.fields.end(); ++it)
            details << it.key() + QLatin1Char(':') + it.value();
        if (!i.docNo.isEmpty())
            details.prepend(tr("No. %1").arg(i.docNo));
        if (!i.note.isEmpty())
            details << i.note;
        const QString filing = i.filed() ? tr("filed %1").arg(day(i.filedAt.toLocalTime().date()))
                                         : tr("to file by %1").arg(day(i.dueOn));
        const QList<QTableWidgetItem*> cells{cell(QString::number(i.seq), i.id),
                                             cell(i.title),
                                             cell(i.kindName),
                                             cell(day(i.date)),
                                             cell(QString::number(i.pages)),
                                             cell(day(i.receivedOn)),
                                             cell(filing),
                                             cell(i.attachments ? QString::number(i.attachments) : QString()),
                                             cell(details.join(QStringLiteral("；")))};
        for (int c = 0; c < cells.size(); ++c)
            m_items->setItem(r, c, cells.at(c));
        if (!i.filed() && today > i.dueOn)
            cells.at(6)->setForeground(QColor(0xb3, 0x26, 0x1e));
    }
    m_items->resizeColumnsToContents();

    m_checklist->setRowCount(int(m_view.checklist.size()));
    for (int r = 0; r < m_view.checklist.size(); ++r) {
        const ItemKind& k = m_view.checklist.at(r);
        const int n = int(std::count_if(m_view.items.begin(), m_view.items.end(),
                                        [&](const DossierItem& i) { return i.kindId == k.id; }));
        auto* tick = cell(n > 0 ? QStringLiteral("✔") : (k.required ? QStringLiteral("✘") : QString()));
        tick->setForeground(n > 0 ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb3, 0x26, 0x1e));
        m_checklist->setItem(r, 0, tick);
        m_checklist->setItem(r, 1, cell(k.name));
        m_checklist->setItem(r, 2, cell(k.required ? tr("required") : tr("optional")));
        m_checklist->setItem(r, 3, cell(n ? QString::number(n) : QString()));
    }
    m_checklist->resizeColumnsToContents();

    auto whatLabel = [](const QString& f) {
        if (f == QLatin1String("opened"))
            return tr("opened");
        if (f == QLatin1String("item_received"))
            return tr("item received");
        if (f == QLatin1String("item_filed"))
            return tr("item filed");
        if (f == QLatin1String("location"))
            return tr("moved");
        if (f == QLatin1String("status"))
            return tr("status");
        if (f == QLatin1String("handover"))
            return tr("handed over");
        if (f == QLatin1String("attachment"))
            return tr("scan attached");
        if (f == QLatin1String("required"))
            return tr("item required");
        return f;
    };
    m_history->setRowCount(int(m_view.history.size()));
    for (int r = 0; r < m_view.history.size(); ++r) {
        const HistoryEntry& h = m_view.history.at(r);
        m_history->setItem(r, 0, cell(h.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_history->setItem(r, 1, cell(h.user));
        m_history->setItem(r, 2, cell(whatLabel(h.field)));
        m_history->setItem(r, 3, cell(h.oldValue));
        m_history->setItem(r, 4, cell(h.newValue));
    }
    m_history->resizeColumnsToContents();

    // The dossier's loans (issue #5), as far as the user may see them.
    LoanService::ListFilter filter;
    filter.archiveNo = d.archiveNo;
    auto loans = m_archive.loans().list(filter);
    const QList<Loan> list = loans ? loans.value() : QList<Loan>();
    m_loans->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const Loan& l = list.at(r);
        m_loans->setItem(r, 0, cell(day(l.requestedAt.toLocalTime().date())));
        m_loans->setItem(r, 1, cell(l.borrowerName));
        m_loans->setItem(r, 2, cell(l.department));
        m_loans->setItem(r, 3, cell(accessModeLabel(l.mode)));
        m_loans->setItem(r, 4, cell(loanStatusLabel(l.status)));
        m_loans->setItem(r, 5, cell(day(l.due)));
        m_loans->setItem(r, 6, cell(day(l.returnedAt.toLocalTime().date())));
    }
    m_loans->resizeColumnsToContents();
    m_file->setEnabled(false);
    m_scans->setEnabled(false);
}

qint64 DossierDialog::selectedItemId() const
{
    const int row = m_items->currentRow();
    return row >= 0 && row < m_view.items.size() ? m_view.items.at(row).id : 0;
}

void DossierDialog::receiveItem()
{
    ReceiveItemDialog dialog(m_archive, m_view, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit changed();
}

void DossierDialog::fileSelected()
{
    const qint64 id = selectedItemId();
    if (!id)
        return;
    if (auto s = m_archive.filing().fileItem(id); !s) {
        MessageBox::warning(this, windowTitle(), s.error().message);
        return;
    }
    reload();
    emit changed();
}

void DossierDialog::askHold()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Hold"), tr("Why is %1 kept out of destruction?").arg(m_view.dossier.archiveNo),
        QLineEdit::Normal, {}, &ok);
    if (ok)
        placeHold(reason);
}

bool DossierDialog::placeHold(const QString& reason)
{
    if (auto h = m_archive.destruction().hold(m_view.dossier.archiveNo, reason); !h) {
        MessageBox::warning(this, windowTitle(), h.error().message);
        return false;
    }
    reload();
    emit changed();
    return true;
}

bool DossierDialog::releaseHold()
{
    if (auto s = m_archive.destruction().release(m_view.dossier.archiveNo); !s) {
        MessageBox::warning(this, windowTitle(), s.error().message);
        return false;
    }
    reload();
    emit changed();
    return true;
}

bool DossierDialog::recordDamage()
{
    auto entry = DamageDialog::ask(this, tr("Damage to %1").arg(m_view.dossier.archiveNo),
                                   tr("What is damaged (found at a daily check)? The owning department's "
                                      "manager sees it until it is repaired."));
    if (!entry)
        return false;
    auto r = m_archive.loanRegisters().recordDamage(m_view.dossier.archiveNo, entry->note, entry->photoPath);
    if (!r) {
        MessageBox::warning(this, windowTitle(), r.error().message);
        return false;
    }
    MessageBox::information(this, windowTitle(),
                            tr("Damage record %1 is open for %2 until the dossier is repaired.")
                                .arg(QString::number(r->id), r->department));
    reload();
    emit changed();
    return true;
}

void DossierDialog::moveFolder()
{
    const qint64 to = LocationsDialog::choose(m_archive, m_view.dossier.locationId, this);
    if (!to)
        return;
    if (auto s = m_archive.places().move(m_id, to); !s) {
        MessageBox::warning(this, windowTitle(), s.error().message);
        return;
    }
    reload();
    emit changed();
}

void DossierDialog::showScans()
{
    const qint64 itemId = selectedItemId();
    auto list = m_archive.filing().attachments(itemId);
    if (!list || list->isEmpty())
        return;
    QStringList names;
    for (const auto& a : list.value())
        names << a.fileName;
    bool ok = true;
    const QString chosen = names.size() == 1
                               ? names.first()
                               : QInputDialog::getItem(this, tr("Scans"), tr("Scan:"), names, 0, false, &ok);
    if (!ok)
        return;
    const auto& a = list->at(names.indexOf(chosen));
    auto content = m_archive.filing().attachmentData(a.id);
    if (!content) {
        MessageBox::warning(this, tr("Scans"), content.error().message);
        return;
    }
    QPixmap page;
    if (a.mime.startsWith(QLatin1String("image/")) && page.loadFromData(content.value())) {
        QDialog viewer(this);
        viewer.setWindowTitle(a.fileName);
        auto* l = new QVBoxLayout(&viewer);
        auto* area = new QScrollArea(&viewer);
        auto* label = new QLabel(area);
        label->setPixmap(page);
        area->setWidget(label);
        l->addWidget(area);
        viewer.resize(800, 700);
        viewer.exec();
        return;
    }
    // A PDF scan: the app does not render PDF pages; it saves a copy where the user says (audited).
    const QString target = QFileDialog::getSaveFileName(this, tr("Save a copy of the scan"), a.fileName);
    if (target.isEmpty())
        return;
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(content.value()) < 0 || !out.commit())
        MessageBox::warning(this, tr("Scans"), tr("Cannot write %1").arg(target));
}

} // namespace ar::ui
