#include "ui/common/DossierPicker.h"

#include "ui/common/DialogRunner.h"

#include "services/Archive.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ar::ui {

DossierPicker::DossierPicker(const QString& typed, const QList<Dossier>& candidates, bool more,
                             QWidget* parent)
    : QDialog(parent), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("DossierPicker"));
    setWindowTitle(tr("Which dossier?"));
    auto* label = new QLabel(
        more
            ? tr("%1 fits more than %n dossiers; the first ones:", nullptr, int(candidates.size())).arg(typed)
            : tr("%1 fits %n dossiers; pick one:", nullptr, int(candidates.size())).arg(typed),
        this);
    label->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("candidateList"));
    for (const Dossier& d : candidates) {
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2").arg(d.archiveNo, d.title), m_list);
        item->setData(Qt::UserRole, d.archiveNo);
    }
    m_list->setCurrentRow(0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Pick"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    m_list->setFocus();
}

QString DossierPicker::picked() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

Result<Dossier> resolveTypedCode(Archive& archive, QWidget* parent, const QString& typed)
{
    auto m = archive.dossiers().resolveCode(typed);
    if (!m)
        return m.error();
    if (m->dossier)
        return *m->dossier;
    DossierPicker picker(typed.trimmed(), m->candidates, m->more, parent);
    if (DialogRunner::exec(picker) != QDialog::Accepted || picker.picked().isEmpty())
        return Error::invalid(
            QStringLiteral("archive_no"), typed,
            DossierPicker::tr("%1 fits several dossiers; none was picked").arg(typed.trimmed()));
    for (const Dossier& d : std::as_const(m->candidates))
        if (d.archiveNo == picker.picked())
            return d;
    return Error::of(ErrorCode::NotFound, DossierPicker::tr("There is no dossier %1").arg(picker.picked()));
}

} // namespace ar::ui
