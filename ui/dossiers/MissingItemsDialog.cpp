#include "ui/dossiers/MissingItemsDialog.h"

#include "services/Archive.h"
#include "ui/common/MessageBox.h"
#include "ui/dossiers/DossierDialog.h"
#include "ui/io/ExportHelper.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ar::ui {

namespace {
// A whole large estate has many incomplete folders; the list shows the first ones in shelf order.
constexpr int kShown = 2000;
} // namespace

MissingItemsDialog::MissingItemsDialog(Archive& archive, qint64 estateId, QWidget* parent)
    : QDialog(parent), m_archive(archive), m_estateId(estateId)
{
    setObjectName(QStringLiteral("missingItemsDialog"));
    setWindowTitle(tr("Missing items"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("&Building:"), this);
    m_building = new QComboBox(this);
    m_building->setObjectName(QStringLiteral("buildingBox"));
    label->setBuddy(m_building);
    m_building->addItem(tr("All buildings"), 0);
    if (auto buildings = archive.estate().buildings(estateId); buildings)
        for (const Building& b : buildings.value())
            m_building->addItem(b.name, b.id);
    top->addWidget(label);
    top->addWidget(m_building);
    top->addStretch();
    layout->addLayout(top);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("missingTable"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Room"), tr("Archive no."), tr("Missing")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("missingSummary"));
    layout->addWidget(m_summary);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    ExportHelper::addButton(archive, buttons, this, [this] {
        return ExportHelper::tableFrom(m_table, QStringLiteral("missing"), tr("Missing items"));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_building, &QComboBox::currentIndexChanged, this, &MissingItemsDialog::reload);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (row >= 0 && row < m_rows.size())
            DossierDialog::open(m_archive, m_rows.at(row).dossier.id, this);
    });
    resize(900, 520);
    reload();
}

void MissingItemsDialog::reload()
{
    auto rows = m_archive.filing().missing(m_estateId, m_building->currentData().toLongLong(), kShown + 1);
    if (!rows) {
        MessageBox::warning(this, windowTitle(), rows.error().message);
        return;
    }
    m_rows = rows.value();
    const bool more = m_rows.size() > kShown;
    if (more)
        m_rows.resize(kShown);
    m_table->setRowCount(int(m_rows.size()));
    int items = 0;
    for (int r = 0; r < m_rows.size(); ++r) {
        const auto& row = m_rows.at(r);
        items += int(row.missing.size());
        m_table->setItem(r, 0, new QTableWidgetItem(row.room));
        m_table->setItem(r, 1, new QTableWidgetItem(row.dossier.archiveNo));
        m_table->setItem(r, 2, new QTableWidgetItem(row.missing.join(QStringLiteral("、"))));
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_table->resizeRowsToContents();
    m_summary->setText(more ? tr("The first %1 folders with missing items, in shelf order; choose a building to see the rest.")
                                  .arg(kShown)
                            : tr("%1 folders with %2 missing items.").arg(m_rows.size()).arg(items));
}

} // namespace ar::ui
