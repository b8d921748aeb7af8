#include "ui/dossiers/CategoryAdminDialog.h"

#include "ui_CategoryAdminDialog.h"

#include "services/Archive.h"
#include "ui/account/UserEditDialog.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/FormErrors.h"
#include "ui/common/MessageBox.h"
#include "ui/dossiers/KindEditDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QPushButton>
#include <QSignalBlocker>

namespace ar::ui {

namespace {
constexpr int kCodeRole = Qt::UserRole;
} // namespace

CategoryAdminDialog::CategoryAdminDialog(Archive& archive, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::CategoryAdminDialog>()), m_archive(archive)
{
    m_ui->setupUi(this);
    setStyleSheet(FormErrors::styleSheet() +
                  QStringLiteral("QSpinBox[invalid=\"true\"] { border: 2px solid #c62828; }"
                                 "#numberingHint { color: #5f6368; } #statusLabel { color: #1b5e20; }"));
    m_errors = std::make_unique<FormErrors>(
        m_ui->errorLabel, QList<QWidget*>{m_ui->nameEdit, m_ui->departmentCombo, m_ui->yearsSpin,
                                          m_ui->loanDaysSpin, m_ui->numberingEdit});
    m_ui->departmentCombo->addItems(UserEditDialog::defaultDepartments());
    m_ui->yearsSpin->setSuffix(tr(" years"));
    m_ui->loanDaysSpin->setSuffix(tr(" days"));
    m_ui->loanDaysSpin->setSpecialValueText(tr("the same day"));
    m_ui->numberingEdit->setPlaceholderText(tr("empty: the archive-wide rule"));
    m_ui->numberingHint->setText(
        tr("Tokens: {fonds} {category} {year} {retention} {seq} or {seq:4} (four digits). "
           "The rule must contain {seq} and {year} and give numbers no other category's rule gives. "
           "Only new dossiers are numbered by a changed rule."));
    m_ui->categoryList->setMinimumWidth(12 * fontMetrics().averageCharWidth() + 40);
    m_ui->categoryList->setMaximumWidth(22 * fontMetrics().averageCharWidth() + 40);
    m_ui->categoryList->setMinimumHeight(8 * (fontMetrics().height() + 4));
    m_ui->numberingHint->setMinimumWidth(48 * fontMetrics().averageCharWidth()); // two lines, not five

    QTableWidget* t = m_ui->kindTable;
    t->setColumnCount(KindColumnCount);
    t->setHorizontalHeaderLabels({tr("Item kind"), tr("Required"), tr("Own fields"), tr("Active")});
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(false);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    t->horizontalHeader()->setSectionResizeMode(KindName, QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(KindRequired, QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(KindFields, QHeaderView::Stretch);
    t->horizontalHeader()->setSectionResizeMode(KindActive, QHeaderView::ResizeToContents);
    t->setMinimumHeight(8 * t->verticalHeader()->defaultSectionSize());

    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CategoryAdminDialog::reject);
    connect(m_ui->categoryList, &QListWidget::currentRowChanged, this, &CategoryAdminDialog::showCategory);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &CategoryAdminDialog::saveCategory);
    connect(m_ui->addKindButton, &QPushButton::clicked, this, &CategoryAdminDialog::addKind);
    connect(m_ui->editKindButton, &QPushButton::clicked, this, &CategoryAdminDialog::editKind);
    connect(m_ui->toggleKindButton, &QPushButton::clicked, this, &CategoryAdminDialog::toggleKindActive);
    connect(m_ui->showInactiveCheck, &QCheckBox::toggled, this, &CategoryAdminDialog::loadKinds);
    connect(t, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_filling && item->column() == KindRequired)
            setKindRequired(item->row(), item->checkState() == Qt::Checked);
    });
    connect(t, &QTableWidget::itemSelectionChanged, this, &CategoryAdminDialog::updateKindButtons);
    connect(t, &QTableWidget::cellDoubleClicked, this, [this](int, int column) {
        if (column != KindRequired)
            editKind();
    });
    connect(m_ui->yearsRadio, &QRadioButton::toggled, m_ui->yearsSpin, &QSpinBox::setEnabled);
    for (QWidget* w : {static_cast<QWidget*>(m_ui->nameEdit), static_cast<QWidget*>(m_ui->numberingEdit)})
        connect(qobject_cast<QLineEdit*>(w), &QLineEdit::textEdited, m_ui->statusLabel, &QLabel::clear);

    loadCategories();
    resize(sizeHint().expandedTo(QSize(860, 620)));
}

CategoryAdminDialog::~CategoryAdminDialog() = default;

void CategoryAdminDialog::loadCategories()
{
    const QString keep = currentCode();
    auto cats = m_archive.dossiers().categories();
    if (!cats) {
        MessageBox::warning(this, windowTitle(), cats.error().message);
        return;
    }
    m_categories = cats.value();
    QSignalBlocker block(m_ui->categoryList);
    m_ui->categoryList->clear();
    for (const Category& c : std::as_const(m_categories)) {
        auto* item = new QListWidgetItem(QStringLiteral("%1  (%2)").arg(c.name, c.archiveCode));
        item->setData(kCodeRole, c.code);
        m_ui->categoryList->addItem(item);
    }
    block.unblock();
    if (keep.isEmpty() || !selectCategory(keep))
        m_ui->categoryList->setCurrentRow(m_categories.isEmpty() ? -1 : 0);
}

bool CategoryAdminDialog::selectCategory(const QString& code)
{
    for (int i = 0; i < m_categories.size(); ++i)
        if (m_categories.at(i).code == code) {
            if (m_ui->categoryList->currentRow() == i)
                showCategory();
            else
                m_ui->categoryList->setCurrentRow(i);
            return true;
        }
    return false;
}

QString CategoryAdminDialog::currentCode() const
{
    const int row = m_ui->categoryList->currentRow();
    return row >= 0 && row < m_categories.size() ? m_categories.at(row).code : QString();
}

void CategoryAdminDialog::showCategory()
{
    m_errors->clear();
    m_ui->statusLabel->clear();
    const int row = m_ui->categoryList->currentRow();
    const bool any = row >= 0 && row < m_categories.size();
    m_ui->categoryGroup->setEnabled(any);
    m_ui->kindGroup->setEnabled(any);
    if (!any)
        return;
    const Category& c = m_categories.at(row);
    m_ui->categoryGroup->setTitle(tr("Category %1").arg(c.name));
    m_ui->nameEdit->setText(c.name);
    m_ui->codeLabel->setText(c.archiveCode);
    m_ui->departmentCombo->setCurrentText(c.department);
    const int years = retentionYears(c.retention);
    m_ui->permanentRadio->setChecked(years == 0);
    m_ui->yearsRadio->setChecked(years > 0);
    m_ui->yearsSpin->setEnabled(years > 0);
    if (years > 0)
        m_ui->yearsSpin->setValue(years);
    m_ui->loanDaysSpin->setValue(c.loanDays);
    m_ui->workingDaysCheck->setChecked(c.loanWorkingDays);
    m_ui->numberingEdit->setText(c.numberingPattern);
    m_ui->kindGroup->setTitle(tr("Item kinds of %1 (the required ones make the checklist)").arg(c.name));
    loadKinds();
}

Category CategoryAdminDialog::collect() const
{
    Category c = m_categories.value(m_ui->categoryList->currentRow());
    c.name = m_ui->nameEdit->text();
    c.department = m_ui->departmentCombo->currentText();
    c.retention = m_ui->permanentRadio->isChecked() ? QStringLiteral("Y")
                                                    : QStringLiteral("D%1").arg(m_ui->yearsSpin->value());
    c.loanDays = m_ui->loanDaysSpin->value();
    c.loanWorkingDays = m_ui->workingDaysCheck->isChecked();
    c.numberingPattern = m_ui->numberingEdit->text().trimmed();
    return c;
}

QWidget* CategoryAdminDialog::fieldWidget(const QString& field) const
{
    if (field == QLatin1String("name"))
        return m_ui->nameEdit;
    if (field == QLatin1String("department"))
        return m_ui->departmentCombo;
    if (field == QLatin1String("retention"))
        return m_ui->yearsRadio->isChecked() ? static_cast<QWidget*>(m_ui->yearsSpin)
                                             : static_cast<QWidget*>(m_ui->permanentRadio);
    if (field == QLatin1String("loan_days"))
        return m_ui->loanDaysSpin;
    if (field == QLatin1String("numbering_pattern"))
        return m_ui->numberingEdit;
    return nullptr;
}

void CategoryAdminDialog::saveCategory()
{
    if (currentCode().isEmpty())
        return;
    m_ui->statusLabel->clear();
    const Category c = collect();
    if (auto s = m_archive.dossiers().updateCategory(c); !s) {
        m_errors->show(s.error().message, fieldWidget(s.error().field));
        return;
    }
    m_errors->clear();
    loadCategories();
    m_ui->statusLabel->setText(tr("Saved."));
}

void CategoryAdminDialog::loadKinds()
{
    const QString code = currentCode();
    m_kinds.clear();
    if (!code.isEmpty()) {
        auto k = m_archive.dossiers().kinds(code, m_ui->showInactiveCheck->isChecked());
        if (!k)
            MessageBox::warning(this, windowTitle(), k.error().message);
        else
            m_kinds = k.value();
    }
    m_filling = true;
    QTableWidget* t = m_ui->kindTable;
    t->clearContents();
    t->setRowCount(int(m_kinds.size()));
    for (int row = 0; row < m_kinds.size(); ++row) {
        const ItemKind& k = m_kinds.at(row);
        auto* name = new QTableWidgetItem(k.name);
        auto* required = new QTableWidgetItem(k.required ? tr("required") : tr("optional"));
        required->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        required->setCheckState(k.required ? Qt::Checked : Qt::Unchecked);
        auto* fields = new QTableWidgetItem(k.fields.join(tr(", ")));
        fields->setToolTip(k.fields.join(QLatin1Char('\n')));
        auto* active = new QTableWidgetItem(k.active ? tr("active") : tr("inactive"));
        for (QTableWidgetItem* item : {name, required, fields, active}) {
            if (!k.active)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        }
        t->setItem(row, KindName, name);
        t->setItem(row, KindRequired, required);
        t->setItem(row, KindFields, fields);
        t->setItem(row, KindActive, active);
    }
    m_filling = false;
    updateKindButtons();
}

int CategoryAdminDialog::currentKindRow() const
{
    const QModelIndexList rows = m_ui->kindTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

bool CategoryAdminDialog::selectKind(qint64 kindId)
{
    for (int row = 0; row < m_kinds.size(); ++row)
        if (m_kinds.at(row).id == kindId) {
            m_ui->kindTable->selectRow(row);
            return true;
        }
    return false;
}

void CategoryAdminDialog::updateKindButtons()
{
    const int row = currentKindRow();
    m_ui->editKindButton->setEnabled(row >= 0);
    m_ui->toggleKindButton->setEnabled(row >= 0);
    m_ui->toggleKindButton->setText(row >= 0 && !m_kinds.at(row).active ? tr("&Reactivate")
                                                                        : tr("Deac&tivate"));
}

bool CategoryAdminDialog::saveKindShown(const ItemKind& k)
{
    auto saved = m_archive.dossiers().saveKind(k);
    if (!saved) {
        MessageBox::warning(this, windowTitle(), saved.error().message);
        loadKinds();
        return false;
    }
    loadKinds();
    selectKind(saved.value());
    return true;
}

void CategoryAdminDialog::addKind()
{
    const QString code = currentCode();
    if (code.isEmpty())
        return;
    ItemKind k;
    k.category = code;
    KindEditDialog dialog(m_archive, k, m_categories.at(m_ui->categoryList->currentRow()).name, this);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    loadKinds();
    selectKind(dialog.savedKind().id);
}

void CategoryAdminDialog::editKind()
{
    const int row = currentKindRow();
    if (row < 0)
        return;
    KindEditDialog dialog(m_archive, m_kinds.at(row), m_categories.at(m_ui->categoryList->currentRow()).name,
                          this);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    loadKinds();
    selectKind(dialog.savedKind().id);
}

void CategoryAdminDialog::toggleKindActive()
{
    const int row = currentKindRow();
    if (row < 0)
        return;
    ItemKind k = m_kinds.at(row);
    k.active = !k.active;
    saveKindShown(k);
}

void CategoryAdminDialog::setKindRequired(int row, bool required)
{
    if (row < 0 || row >= m_kinds.size() || m_kinds.at(row).required == required)
        return;
    ItemKind k = m_kinds.at(row);
    k.required = required;
    saveKindShown(k);
}

QAction* CategoryAdminDialog::createAction(Archive& archive, QWidget* parent)
{
    auto* action = new QAction(tr("Dossier &categories and checklists…"), parent);
    action->setObjectName(QStringLiteral("actionCategoryAdmin"));
    const bool may = archive.can(Permission::ConfigureArchive);
    action->setVisible(may);
    action->setEnabled(may);
    connect(action, &QAction::triggered, parent, [&archive, parent] {
        CategoryAdminDialog dialog(archive, parent);
        DialogRunner::exec(dialog);
    });
    return action;
}

} // namespace ar::ui
