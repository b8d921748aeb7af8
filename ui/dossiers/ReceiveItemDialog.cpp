#include "ui/dossiers/ReceiveItemDialog.h"
#include "ui/common/FormGuard.h"

#include "services/Archive.h"
#include "ui/common/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ar::ui {

ReceiveItemDialog::ReceiveItemDialog(Archive& archive, const DossierView& dossier, QWidget* parent)
    : QDialog(parent), m_archive(archive), m_dossier(dossier)
{
    setObjectName(QStringLiteral("receiveItemDialog"));
    setWindowTitle(tr("Receive an item for %1").arg(dossier.dossier.archiveNo));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindBox"));
    if (auto kinds = archive.dossiers().kinds(dossier.category.code); kinds)
        m_kinds = kinds.value();
    for (const ItemKind& k : m_kinds) {
        const bool missing = dossier.missing.contains(k.name);
        m_kind->addItem(missing ? tr("%1 (missing)").arg(k.name) : k.name, k.id);
    }
    // The first missing item is the one most likely handed in.
    for (int i = 0; i < m_kinds.size(); ++i)
        if (dossier.missing.contains(m_kinds.at(i).name)) {
            m_kind->setCurrentIndex(i);
            break;
        }
    form->addRow(tr("&Kind:"), m_kind);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("as the kind, unless given"));
    form->addRow(tr("&Title:"), m_title);
    m_docNo = new QLineEdit(this);
    form->addRow(tr("Document &no.:"), m_docNo);
    m_responsible = new QLineEdit(this);
    form->addRow(tr("&Responsible:"), m_responsible);
    const QDate today = archive.clock().today();
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setSpecialValueText(tr("none"));
    m_date->setMinimumDate(QDate(1949, 1, 1));
    m_date->setDate(m_date->minimumDate());
    form->addRow(tr("Document &date:"), m_date);
    m_pages = new QSpinBox(this);
    m_pages->setObjectName(QStringLiteral("pagesBox"));
    m_pages->setRange(0, 10000);
    m_pages->setValue(1);
    form->addRow(tr("&Pages:"), m_pages);
    m_received = new QDateEdit(today, this);
    m_received->setObjectName(QStringLiteral("receivedEdit"));
    m_received->setCalendarPopup(true);
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_received->setMaximumDate(today);
    form->addRow(tr("R&eceived on:"), m_received);
    layout->addLayout(form);

    auto* fieldsBox = new QGroupBox(tr("Fields of this kind"), this);
    m_fieldsForm = new QFormLayout(fieldsBox);
    layout->addWidget(fieldsBox);

    auto* scanBox = new QGroupBox(tr("Scanned pages (images or PDF)"), this);
    auto* scanLayout = new QHBoxLayout(scanBox);
    m_scans = new QListWidget(scanBox);
    m_scans->setObjectName(QStringLiteral("scanList"));
    m_scans->setMaximumHeight(4 * fontMetrics().height() + 8);
    scanLayout->addWidget(m_scans);
    auto* add = new QPushButton(tr("&Add scans…"), scanBox);
    connect(add, &QPushButton::clicked, this, &ReceiveItemDialog::addScans);
    scanLayout->addWidget(add, 0, Qt::AlignTop);
    layout->addWidget(scanBox);

    auto* bottom = new QFormLayout;
    m_note = new QLineEdit(this);
    bottom->addRow(tr("&Note:"), m_note);
    m_fileNow = new QCheckBox(tr("&File at once (the folder is complete for this item)"), this);
    m_fileNow->setObjectName(QStringLiteral("fileNowCheck"));
    const bool clerk = archive.can(Permission::FileDossiers);
    m_fileNow->setChecked(clerk);
    m_fileNow->setEnabled(clerk);
    if (!clerk)
        m_fileNow->setToolTip(tr("The archive clerk files it; it waits in the filing queue"));
    bottom->addRow(QString(), m_fileNow);
    layout->addLayout(bottom);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Receive"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReceiveItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReceiveItemDialog::kindChanged);
    kindChanged();
    resize(520, sizeHint().height());
    m_guard = new FormGuard(this);
}

void ReceiveItemDialog::kindChanged()
{
    while (m_fieldsForm->rowCount() > 0)
        m_fieldsForm->removeRow(0);
    m_fields.clear();
    const int i = m_kind->currentIndex();
    const QStringList fields = i >= 0 && i < m_kinds.size() ? m_kinds.at(i).fields : QStringList();
    for (const QString& f : fields) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("field_") + f);
        m_fieldsForm->addRow(f + QLatin1Char(':'), edit);
        m_fields << std::pair{f, edit};
    }
    if (fields.isEmpty())
        m_fieldsForm->addRow(new QLabel(tr("This kind has no fields of its own."), this));
}

QLineEdit* ReceiveItemDialog::fieldEdit(const QString& name) const
{
    for (const auto& [f, edit] : m_fields)
        if (f == name)
            return edit;
    return nullptr;
}

void ReceiveItemDialog::addScans()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Scanned pages"), QString(), tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)"));
    for (const QString& f : files) {
        auto* item = new QListWidgetItem(QFileInfo(f).fileName(), m_scans);
        item->setData(Qt::UserRole, f);
        item->setToolTip(f);
    }
}

ItemInput ReceiveItemDialog::input() const
{
    ItemInput in;
    const int i = m_kind->currentIndex();
    in.kind = i >= 0 && i < m_kinds.size() ? QString::number(m_kinds.at(i).id) : QString();
    in.title = m_title->text();
    in.docNo = m_docNo->text();
    in.responsible = m_responsible->text();
    if (m_date->date() != m_date->minimumDate())
        in.date = m_date->date();
    in.pages = m_pages->value();
    in.received = m_received->date();
    for (const auto& [f, edit] : m_fields)
        if (!edit->text().trimmed().isEmpty())
            in.fields.insert(f, edit->text());
    for (int r = 0; r < m_scans->count(); ++r)
        in.attach << m_scans->item(r)->data(Qt::UserRole).toString();
    in.note = m_note->text();
    in.file = m_fileNow->isChecked();
    return in;
}

void ReceiveItemDialog::accept()
{
    auto r = m_archive.filing().receive(m_dossier.dossier.id, input());
    if (!r) {
        MessageBox::warning(this, windowTitle(), r.error().message);
        return;
    }
    QDialog::accept();
}

void ReceiveItemDialog::reject()
{
    if (m_guard->allowClose())
        QDialog::reject();
}

} // namespace ar::ui
