#include "ui/dossiers/FilingQueueDialog.h"

#include "services/Archive.h"
#include "ui/common/MessageBox.h"
#include "ui/dossiers/DossierDialog.h"
#include "ui/io/ExportHelper.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ar::ui {

FilingQueueDialog::FilingQueueDialog(Archive& archive, bool lateOnly, QWidget* parent)
    : QDialog(parent), m_archive(archive)
{
    setObjectName(QStringLiteral("filingQueueDialog"));
    setWindowTitle(tr("Filing queue"));
    auto* layout = new QVBoxLayout(this);
    m_late = new QCheckBox(tr("&Late filings only (due date passed, or filed after it)"), this);
    m_late->setObjectName(QStringLiteral("lateOnlyCheck"));
    m_late->setChecked(lateOnly);
    layout->addWidget(m_late);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels(
        {tr("Due"), tr("Archive no."), tr("Room"), tr("Item"), tr("Received"), tr("Received by"), tr("Filed")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_file = buttons->addButton(tr("&File selected"), QDialogButtonBox::ActionRole);
    m_file->setObjectName(QStringLiteral("fileSelectedButton"));
    m_file->setEnabled(archive.can(Permission::FileDossiers));
    connect(m_file, &QPushButton::clicked, this, &FilingQueueDialog::fileSelected);
    ExportHelper::addButton(archive, buttons, this, [this] {
        return m_late->isChecked()
                   ? ExportHelper::tableFrom(m_table, QStringLiteral("late_filings"), tr("Late filings"))
                   : ExportHelper::tableFrom(m_table, QStringLiteral("filing_queue"), tr("Filing queue"));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_late, &QCheckBox::toggled, this, &FilingQueueDialog::reload);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (row < 0 || row >= m_rows.size())
            return;
        DossierDialog::open(m_archive, m_rows.at(row).item.dossierId, this);
    });
    resize(900, 480);
    reload();
}

void FilingQueueDialog::reload()
{
    auto rows = m_late->isChecked() ? m_archive.filing().lateFilings() : m_archive.filing().queue();
    if (!rows) {
        MessageBox::warning(this, windowTitle(), rows.error().message);
        return;
    }
    m_rows = rows.value();
    const QDate today = m_archive.clock().today();
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const auto& q = m_rows.at(r);
        const DossierItem& i = q.item;
        const QStringList texts{i.dueOn.toString(QStringLiteral("yyyy-MM-dd")), q.archiveNo, q.room, i.title,
                                i.receivedOn.toString(QStringLiteral("yyyy-MM-dd")), i.receivedBy,
                                i.filed() ? i.filedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : QString()};
        const bool late = i.filed() ? i.filedAt.toLocalTime().date() > i.dueOn : today > i.dueOn;
        for (int c = 0; c < texts.size(); ++c) {
            auto* cell = new QTableWidgetItem(texts.at(c));
            if (late)
                cell->setForeground(QColor(0xb3, 0x26, 0x1e));
            m_table->setItem(r, c, cell);
        }
    }
    m_table->resizeColumnsToContents();
    setWindowTitle(m_late->isChecked() ? tr("Late filings (%1)").arg(m_rows.size()) : tr("Filing queue (%1)").arg(m_rows.size()));
}

void FilingQueueDialog::fileSelected()
{
    QList<qint64> ids;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        if (i.row() < m_rows.size() && !m_rows.at(i.row()).item.filed())
            ids << m_rows.at(i.row()).item.id;
    for (qint64 id : ids)
        if (auto s = m_archive.filing().fileItem(id); !s) {
            MessageBox::warning(this, windowTitle(), s.error().message);
            break;
        }
    reload();
}

} // namespace ar::ui
