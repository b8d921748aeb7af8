#include "ui/io/ImportDialog.h"

#include "services/Archive.h"
#include "ui/common/DialogSeam.h"
#include "ui/common/MessageBox.h"
#include "ui/io/ExportHelper.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ar::ui {

namespace {

enum MappingColumn
{
    MapLetter,
    MapHeader,
    MapField,
    MapColumns
};

enum PreviewColumn
{
    PrevRow,
    PrevRoom,
    PrevName,
    PrevRole,
    PrevAction,
    PrevProblems,
    PrevColumns
};

QColor actionColour(ImportAction a)
{
    switch (a) {
    case ImportAction::Add: return QColor(0xdf, 0xf2, 0xdc);
    case ImportAction::Update: return QColor(0xdc, 0xe8, 0xf7);
    case ImportAction::Unchanged: return QColor(0xee, 0xee, 0xee);
    case ImportAction::Rejected: return QColor(0xf8, 0xd7, 0xd7);
    }
    return {};
}

QTableWidgetItem* item(const QString& text)
{
    auto* i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return i;
}

} // namespace

ImportDialog::ImportDialog(Archive& archive, QWidget* parent) : QDialog(parent), m_archive(archive)
{
    setObjectName(QStringLiteral("ImportDialog"));
    setWindowTitle(tr("Import owner roster"));
    resize(1180, 660);

    // The file and what was found in it.
    auto* fileLabel = new QLabel(tr("&File:"), this);
    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    m_fileEdit->setReadOnly(true);
    m_fileEdit->setPlaceholderText(tr("A developer's roster, .xlsx, .xls or .csv"));
    fileLabel->setBuddy(m_fileEdit);
    auto* chooseButton = new QPushButton(tr("&Choose…"), this);
    chooseButton->setObjectName(QStringLiteral("chooseButton"));
    connect(chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    auto* top = new QHBoxLayout;
    top->addWidget(fileLabel);
    top->addWidget(m_fileEdit, 1);
    top->addWidget(chooseButton);
    m_infoLabel = new QLabel(this);
    m_infoLabel->setObjectName(QStringLiteral("infoLabel"));
    m_infoLabel->setWordWrap(true);

    // The columns and what they are imported as.
    auto* mappingBox = new QGroupBox(tr("Columns"), this);
    m_mappingTable = new QTableWidget(0, MapColumns, mappingBox);
    m_mappingTable->setObjectName(QStringLiteral("mappingTable"));
    m_mappingTable->setHorizontalHeaderLabels({tr("Column"), tr("Header in the file"), tr("Imported as")});
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(MapLetter, QHeaderView::ResizeToContents);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(MapHeader, QHeaderView::Stretch);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(MapField, QHeaderView::ResizeToContents);
    m_rememberCheck = new QCheckBox(tr("&Remember this mapping for files of this layout"), mappingBox);
    m_rememberCheck->setObjectName(QStringLiteral("rememberCheck"));
    auto* mappingHint = new QLabel(tr("Columns whose header is not recognised are marked; choose what they hold, "
                                      "or leave them not imported."),
                                   mappingBox);
    mappingHint->setWordWrap(true);
    auto* mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->addWidget(mappingHint);
    mappingLayout->addWidget(m_mappingTable, 1);
    mappingLayout->addWidget(m_rememberCheck);

    // The preview of every row.
    auto* previewBox = new QGroupBox(tr("Preview"), this);
    m_countsLabel = new QLabel(previewBox);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_countsLabel->setWordWrap(true);
    m_problemsOnly = new QCheckBox(tr("Only rows with &problems"), previewBox);
    m_problemsOnly->setObjectName(QStringLiteral("problemsOnlyCheck"));
    connect(m_problemsOnly, &QCheckBox::toggled, this, &ImportDialog::applyFilter);
    m_previewTable = new QTableWidget(0, PrevColumns, previewBox);
    m_previewTable->setObjectName(QStringLiteral("previewTable"));
    m_previewTable->setHorizontalHeaderLabels(
        {tr("Row"), tr("Room"), tr("Name"), tr("Role"), tr("What happens"), tr("Problems")});
    m_previewTable->verticalHeader()->hide();
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewTable->setWordWrap(true);
    for (int c : {int(PrevRow), int(PrevRoom), int(PrevName), int(PrevRole), int(PrevAction)})
        m_previewTable->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_previewTable->horizontalHeader()->setStretchLastSection(true);
    // The problems wrap: the rows follow the width of their column.
    connect(m_previewTable->horizontalHeader(), &QHeaderView::sectionResized, m_previewTable,
            [this] { m_previewTable->resizeRowsToContents(); });
    auto* countsRow = new QHBoxLayout;
    countsRow->addWidget(m_countsLabel, 1);
    countsRow->addWidget(m_problemsOnly);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addLayout(countsRow);
    previewLayout->addWidget(m_previewTable, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(mappingBox);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({400, 780});
    splitter->setChildrenCollapsible(false);

    // What can be done.
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_checkButton = buttons->addButton(tr("C&heck"), QDialogButtonBox::ActionRole);
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_rejectedButton = buttons->addButton(tr("E&xport rejected rows…"), QDialogButtonBox::ActionRole);
    m_rejectedButton->setObjectName(QStringLiteral("exportRejectedButton"));
    m_goodRowsButton = buttons->addButton(tr("Import only the &good rows…"), QDialogButtonBox::ActionRole);
    m_goodRowsButton->setObjectName(QStringLiteral("importGoodRowsButton"));
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    connect(m_checkButton, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::importAll);
    connect(m_goodRowsButton, &QPushButton::clicked, this, &ImportDialog::importGoodRows);
    connect(m_rejectedButton, &QPushButton::clicked, this, &ImportDialog::exportRejected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_infoLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    m_countsLabel->setText(tr("Choose a roster to see what it would change."));
    updateButtons();
}

bool ImportDialog::chooseFile()
{
    std::optional<RosterFile> answer;
    QString path;
    if (DialogSeam<RosterFile>::take(answer))
        path = answer ? answer->path : QString();
    else
        path = QFileDialog::getOpenFileName(
            this, tr("Choose a roster"), QDir::homePath(),
            tr("Rosters (*.xlsx *.xls *.et *.csv);;Excel workbook (*.xlsx *.xls);;CSV (*.csv)"));
    if (path.isEmpty())
        return false;
    return openFile(path);
}

bool ImportDialog::openFile(const QString& path)
{
    ImportService::Options o;
    auto inspected = m_archive.imports().inspect(path, o);
    if (!inspected) {
        MessageBox::warning(this, windowTitle(), inspected.error().message);
        return false;
    }
    m_path = path;
    m_inspected = inspected.value();
    m_report = ImportReport{};
    m_checked = false;
    m_done = false;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    QString info = tr("Sheet %1, header in row %2").arg(m_inspected.sheet).arg(m_inspected.headerRow);
    if (!m_inspected.encoding.isEmpty())
        info += tr(", encoding %1").arg(m_inspected.encoding);
    auto remembered = m_archive.imports().rememberedMapping(m_inspected.layout);
    const bool known = remembered && !remembered->isEmpty();
    if (known)
        info += tr(" — the mapping remembered for this layout is used");
    m_infoLabel->setText(info + QLatin1Char('.'));
    m_rememberCheck->setChecked(false);
    fillMapping();
    return check();
}

void ImportDialog::fillMapping()
{
    const QStringList& headers = m_inspected.headers;
    m_mappingTable->setRowCount(int(headers.size()));
    const QColor unknownColour(0xff, 0xf0, 0xb3);
    for (int c = 0; c < headers.size(); ++c) {
        const QString header = headers.at(c);
        m_mappingTable->setItem(c, MapLetter, item(ImportService::columnName(c)));
        auto* h = item(header);
        m_mappingTable->setItem(c, MapHeader, h);
        auto* combo = new QComboBox(m_mappingTable);
        combo->setObjectName(QStringLiteral("fieldCombo_") + ImportService::columnName(c));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->addItem(tr("(not imported)"), -1);
        for (io::RosterField f : ImportService::rosterFields())
            combo->addItem(ImportService::rosterFieldLabel(f), int(f));
        if (m_inspected.mapping.contains(c))
            combo->setCurrentIndex(combo->findData(int(m_inspected.mapping.value(c))));
        // A header no field is known by, and not mapped (by hand or remembered): marked until
        // the clerk chooses what the column holds.
        const bool unknown = !header.trimmed().isEmpty() && !ImportService::fieldForHeader(header);
        h->setData(Qt::UserRole, unknown); // for tests
        auto mark = [this, c, unknown, unknownColour, combo] {
            const bool open = unknown && combo->currentData().toInt() < 0;
            for (int col : {int(MapLetter), int(MapHeader)}) {
                QTableWidgetItem* i = m_mappingTable->item(c, col);
                i->setBackground(open ? QBrush(unknownColour) : QBrush());
                i->setToolTip(open ? tr("This header is not recognised: choose what the column holds") : QString());
            }
        };
        mark();
        connect(combo, &QComboBox::currentIndexChanged, this, mark);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::markStale);
        m_mappingTable->setCellWidget(c, MapField, combo);
    }
    // The combo boxes are cell widgets: the field column is as wide as the widest of them.
    int comboWidth = 0;
    for (int c = 0; c < m_mappingTable->rowCount(); ++c)
        if (QWidget* w = m_mappingTable->cellWidget(c, MapField))
            comboWidth = qMax(comboWidth, w->sizeHint().width());
    m_mappingTable->horizontalHeader()->setSectionResizeMode(MapField, QHeaderView::Interactive);
    m_mappingTable->setColumnWidth(MapField, qMax(comboWidth + 4, m_mappingTable->columnWidth(MapField)));
    m_mappingTable->horizontalHeader()->setSectionResizeMode(MapHeader, QHeaderView::Stretch);
}

QMap<int, io::RosterField> ImportDialog::mapping() const
{
    QMap<int, io::RosterField> out;
    for (int c = 0; c < m_mappingTable->rowCount(); ++c)
        if (auto* combo = qobject_cast<QComboBox*>(m_mappingTable->cellWidget(c, MapField)))
            if (const int f = combo->currentData().toInt(); f >= 0)
                out.insert(c, io::RosterField(f));
    return out;
}

void ImportDialog::setField(int column, std::optional<io::RosterField> field)
{
    if (auto* combo = qobject_cast<QComboBox*>(m_mappingTable->cellWidget(column, MapField)))
        combo->setCurrentIndex(combo->findData(field ? int(*field) : -1));
}

void ImportDialog::markStale()
{
    if (!m_checked && !m_done)
        return;
    m_checked = false;
    m_done = false;
    m_countsLabel->setText(tr("The mapping changed: press Check to see the rows again."));
    updateButtons();
}

ImportService::Options ImportDialog::options() const
{
    ImportService::Options o;
    o.sheet = m_inspected.sheet;
    o.mapping = mapping();
    return o;
}

Result<ImportReport> ImportDialog::runWithProgress(const ImportService::Options& options, const QString& label)
{
    QProgressDialog progress(label, tr("Cancel"), 0, 100, this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    ImportService::Options o = options;
    o.progress = [&progress](int done, int total) {
        if (total > 0 && progress.maximum() != total)
            progress.setMaximum(total);
        progress.setValue(qMin(done, progress.maximum()));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    auto r = m_archive.imports().importRoster(m_path, o);
    progress.close();
    return r;
}

bool ImportDialog::check()
{
    if (m_path.isEmpty())
        return false;
    ImportService::Options o = options();
    o.dryRun = true;
    auto r = runWithProgress(o, tr("Checking the rows…"));
    if (!r) {
        m_report = ImportReport{};
        m_checked = false;
        fillPreview();
        m_countsLabel->setText(r.error().message);
        MessageBox::warning(this, windowTitle(), r.error().message);
        updateButtons();
        return false;
    }
    if (r->cancelled) {
        m_report = ImportReport{};
        m_checked = false;
        fillPreview();
        m_countsLabel->setText(tr("The check was cancelled."));
        updateButtons();
        return false;
    }
    m_report = r.value();
    m_checked = true;
    m_done = false;
    fillPreview();
    m_countsLabel->setText(countsText());
    updateButtons();
    return true;
}

QString ImportDialog::countsText() const
{
    return tr("Add %1, update %2, unchanged %3, rejected %4")
        .arg(m_report.added)
        .arg(m_report.updated)
        .arg(m_report.unchanged)
        .arg(m_report.rejected);
}

void ImportDialog::fillPreview()
{
    m_previewTable->setRowCount(int(m_report.rows.size()));
    for (int r = 0; r < m_report.rows.size(); ++r) {
        const ImportRow& row = m_report.rows.at(r);
        QStringList problems;
        for (const Error& e : row.errors)
            problems << (e.value.isEmpty() ? tr("%1: %2").arg(e.field, e.message)
                                           : tr("%1 “%2”: %3").arg(e.field, e.value, e.message));
        for (const QString& w : row.warnings)
            problems << tr("Note: %1").arg(w);
        QString action = importActionLabel(row.action);
        if (row.action == ImportAction::Update && !row.changes.isEmpty())
            action += QStringLiteral("（%1）").arg(row.changes.join(QStringLiteral("、")));
        if (row.newRoom && row.action != ImportAction::Rejected)
            action += tr(", new room");
        const QStringList cells{QString::number(row.row), row.room, row.name,
                                row.name.isEmpty() ? QString() : roleLabel(row.role), action,
                                problems.join(QLatin1Char('\n'))};
        for (int c = 0; c < PrevColumns; ++c) {
            auto* i = item(cells.at(c));
            i->setBackground(actionColour(row.action));
            if (c == PrevRow)
                i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == PrevAction)
                i->setData(Qt::UserRole, importActionCode(row.action));
            m_previewTable->setItem(r, c, i);
        }
    }
    m_previewTable->resizeRowsToContents();
    applyFilter();
}

void ImportDialog::applyFilter()
{
    const bool only = m_problemsOnly->isChecked();
    for (int r = 0; r < m_report.rows.size() && r < m_previewTable->rowCount(); ++r) {
        const ImportRow& row = m_report.rows.at(r);
        m_previewTable->setRowHidden(r, only && row.errors.isEmpty() && row.warnings.isEmpty());
    }
}

void ImportDialog::updateButtons()
{
    const bool may = m_archive.can(Permission::ImportRegister);
    const bool ready = m_checked && !m_done && may;
    m_checkButton->setEnabled(!m_path.isEmpty());
    m_importButton->setEnabled(ready && m_report.rejected == 0 && m_report.added + m_report.updated > 0);
    m_importButton->setToolTip(ready && m_report.rejected > 0
                                   ? tr("Rows are rejected: fix them in the file, or import only the good rows")
                                   : QString());
    m_goodRowsButton->setEnabled(ready && m_report.rejected > 0 && m_report.added + m_report.updated > 0);
    m_rejectedButton->setEnabled(m_checked && m_report.rejected > 0);
}

bool ImportDialog::importAll()
{
    if (!m_checked && !check())
        return false;
    if (m_report.rejected > 0) {
        MessageBox::warning(this, windowTitle(),
                            tr("%n row(s) are rejected, so nothing was imported. Fix them in the file (Export "
                               "rejected rows… lists them with the reason) and check again, or import only the "
                               "good rows.",
                               nullptr, m_report.rejected));
        return false;
    }
    return run(false);
}

bool ImportDialog::importGoodRows()
{
    if (!m_checked && !check())
        return false;
    const int good = m_report.added + m_report.updated;
    if (good == 0) {
        MessageBox::information(this, windowTitle(),
                                tr("Nothing to change: the good rows are all on record already."));
        return false;
    }
    if (m_report.rejected > 0) {
        const auto answer = MessageBox::question(
            this, windowTitle(),
            tr("%n rejected row(s) will be left out and stay as they are in the file.", nullptr, m_report.rejected) +
                QStringLiteral("\n\n") + tr("Import the other %n row(s) that change something?", nullptr, good),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
    }
    return run(true);
}

bool ImportDialog::run(bool onlyValid)
{
    ImportService::Options o = options();
    o.onlyValid = onlyValid;
    auto r = runWithProgress(o, tr("Importing…"));
    if (!r) {
        MessageBox::warning(this, windowTitle(), tr("Nothing was imported: %1").arg(r.error().message));
        return false;
    }
    if (r->cancelled) {
        MessageBox::information(this, windowTitle(), tr("Cancelled: nothing was imported."));
        return false;
    }
    if (!r->written && r->rejected > 0 && !onlyValid) {
        // The file changed since the check and now has rejected rows.
        m_report = r.value();
        fillPreview();
        m_countsLabel->setText(countsText());
        updateButtons();
        MessageBox::warning(this, windowTitle(),
                            tr("%n row(s) are rejected, so nothing was imported.", nullptr, r->rejected));
        return false;
    }
    if (m_rememberCheck->isChecked())
        if (auto s = m_archive.imports().rememberMapping(m_inspected.layout, o.mapping); !s)
            MessageBox::warning(this, windowTitle(), s.error().message);
    m_report = r.value();
    m_done = true;
    fillPreview();
    updateButtons();
    if (!r->written) {
        m_countsLabel->setText(countsText());
        MessageBox::information(this, windowTitle(), tr("Nothing to change: everything in the file is on record."));
        return false;
    }
    const QString done =
        (r->rejected > 0 ? tr("Imported: %1 added, %2 updated, %3 unchanged; %n rejected row(s) left out.", nullptr,
                              r->rejected)
                         : tr("Imported: %1 added, %2 updated, %3 unchanged."))
            .arg(r->added)
            .arg(r->updated)
            .arg(r->unchanged);
    m_countsLabel->setText(done);
    emit imported();
    MessageBox::information(this, windowTitle(), done);
    return true;
}

bool ImportDialog::exportRejected()
{
    if (!m_checked || m_report.rejected == 0)
        return false;
    const QString suggested = QFileInfo(m_path).completeBaseName() + tr("-rejected");
    const QString path = ExportHelper::askSavePath(this, tr("Save the rejected rows"), suggested);
    if (path.isEmpty())
        return false;
    if (auto s = m_archive.imports().writeRejected(m_report, path); !s) {
        MessageBox::warning(this, windowTitle(), tr("The rejected rows were not written: %1").arg(s.error().message));
        return false;
    }
    MessageBox::information(this, windowTitle(),
                            tr("%n rejected row(s) written to %1, with the reason in the last column. Fix them "
                               "there and import that file.",
                               nullptr, m_report.rejected)
                                .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace ar::ui
