#include "ui/dossiers/KindEditDialog.h"
#include "ui/common/FormGuard.h"

#include "services/Archive.h"
#include "ui/common/FormErrors.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ar::ui {

KindEditDialog::KindEditDialog(Archive& archive, const ItemKind& kind, const QString& categoryName,
                               QWidget* parent)
    : QDialog(parent), m_archive(archive), m_kind(kind)
{
    setWindowTitle(kind.id ? tr("Item kind %1 — %2").arg(kind.name, categoryName)
                           : tr("New item kind — %1").arg(categoryName));
    setStyleSheet(FormErrors::styleSheet() +
                  QStringLiteral("QPlainTextEdit[invalid=\"true\"] { border: 2px solid #c62828; }"
                                 "#fieldsHint { color: #5f6368; }"));
    m_nameEdit = new QLineEdit(kind.name, this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_requiredCheck = new QCheckBox(tr("&Required: every dossier of the category must hold one"), this);
    m_requiredCheck->setObjectName(QStringLiteral("requiredCheck"));
    m_requiredCheck->setChecked(kind.required);
    m_fieldsEdit = new QPlainTextEdit(kind.fields.join(QLatin1Char('\n')), this);
    m_fieldsEdit->setObjectName(QStringLiteral("fieldsEdit"));
    m_fieldsEdit->setTabChangesFocus(true);
    m_fieldsEdit->setFixedHeight(6 * fontMetrics().lineSpacing());
    auto* fieldsHint = new QLabel(tr("One field a line, e.g. repair time, repairer, work done, cost. "
                                     "Each item of this kind is received with these fields."),
                                  this);
    fieldsHint->setObjectName(QStringLiteral("fieldsHint"));
    fieldsHint->setWordWrap(true);
    m_activeCheck = new QCheckBox(tr("&Active: offered when items are received"), this);
    m_activeCheck->setObjectName(QStringLiteral("activeCheck"));
    m_activeCheck->setChecked(kind.active);
    m_errorLabel = new QLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(QString(), m_requiredCheck);
    form->addRow(tr("Own &fields:"), m_fieldsEdit);
    form->addRow(QString(), fieldsHint);
    form->addRow(QString(), m_activeCheck);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    m_errors = std::make_unique<FormErrors>(m_errorLabel, QList<QWidget*>{m_nameEdit, m_fieldsEdit});

    connect(m_buttons, &QDialogButtonBox::accepted, this, &KindEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &KindEditDialog::reject);
    m_nameEdit->setFocus();
    resize(sizeHint().expandedTo(QSize(460, 0)));
    m_guard = new FormGuard(this);
}

KindEditDialog::~KindEditDialog() = default;

void KindEditDialog::accept()
{
    ItemKind k = m_kind;
    k.name = m_nameEdit->text();
    k.required = m_requiredCheck->isChecked();
    k.fields.clear();
    for (const QString& line : m_fieldsEdit->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            k.fields << line.trimmed();
    k.active = m_activeCheck->isChecked();
    auto saved = m_archive.dossiers().saveKind(k);
    if (!saved) {
        const Error& e = saved.error();
        QWidget* field = e.field == QLatin1String("fields") ? static_cast<QWidget*>(m_fieldsEdit)
                                                            : static_cast<QWidget*>(m_nameEdit);
        m_errors->show(e.message, field);
        return;
    }
    m_saved = k;
    m_saved.id = saved.value();
    QDialog::accept();
}

void KindEditDialog::reject()
{
    if (m_guard->allowClose())
        QDialog::reject();
}

} // namespace ar::ui
