#include "ui/dossiers/OwnerChangeDialog.h"
#include "ui/common/FormGuard.h"

#include "services/Archive.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/MessageBox.h"
#include "ui/register/PersonForm.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>

#include <QVBoxLayout>
#include <algorithm>

namespace ar::ui {

OwnerChangeDialog::OwnerChangeDialog(Archive& archive, qint64 roomId, QWidget* parent)
    : QDialog(parent), m_archive(archive), m_roomId(roomId)
{
    setStyleSheet(
        QStringLiteral("#explainLabel { background: #fff8e1; border: 1px solid #ffe082; padding: 8px; }"
                       "QDateEdit[invalid=\"true\"] { border: 2px solid #c62828; }"));
    load();
    setWindowTitle(tr("Change of owner — %1").arg(m_ref));

    m_explainLabel = new QLabel(this);
    m_explainLabel->setObjectName(QStringLiteral("explainLabel"));
    m_explainLabel->setWordWrap(true);
    m_explainLabel->setTextFormat(Qt::RichText);

    const QDate today = m_archive.clock().today();
    m_dateEdit = new QDateEdit(today, this);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setMaximumDate(today);
    if (m_ownerSince.isValid() && m_ownerSince <= today)
        m_dateEdit->setMinimumDate(m_ownerSince); // the owner cannot leave before arriving
    auto* dateLabel = new QLabel(tr("Owner changed &on:"), this);
    dateLabel->setBuddy(m_dateEdit);
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(dateLabel);
    dateRow->addWidget(m_dateEdit);
    dateRow->addStretch(1);

    m_form = new PersonForm(m_archive, roomId, OccupancyRole::Owner, this);
    m_form->embed();
    m_form->setObjectName(QStringLiteral("personForm"));
    auto* formFrame = new QFrame(this);
    formFrame->setFrameShape(QFrame::StyledPanel);
    auto* frameLayout = new QVBoxLayout(formFrame);
    frameLayout->setContentsMargins(0, 0, 0, 0);
    frameLayout->addWidget(m_form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setText(tr("&Change owner"));
    ok->setEnabled(m_loadError.isEmpty());
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explainLabel);
    layout->addLayout(dateRow);
    layout->addWidget(formFrame, 1);
    layout->addWidget(m_buttons);

    connect(m_dateEdit, &QDateEdit::dateChanged, this, &OwnerChangeDialog::explain);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OwnerChangeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OwnerChangeDialog::reject);
    explain();
    resize(sizeHint().expandedTo(QSize(820, 0)));
    m_guard = new FormGuard(this);
}

OwnerChangeDialog::~OwnerChangeDialog() = default;

void OwnerChangeDialog::load()
{
    auto place = m_archive.rooms().place(m_roomId);
    if (!place) {
        m_loadError = place.error().message;
        return;
    }
    m_ref = place->ref();
    auto occupants = m_archive.people().occupants(m_roomId);
    if (!occupants) {
        m_loadError = occupants.error().message;
        return;
    }
    for (const Occupant& o : occupants.value())
        if (o.occupancy.current() &&
            (o.occupancy.role == OccupancyRole::Owner || o.occupancy.role == OccupancyRole::CoOwner)) {
            m_owners << o.name;
            m_ownerSince = std::max(m_ownerSince, o.occupancy.since);
        }
    if (m_owners.isEmpty()) {
        m_loadError = tr("%1 has no current owner; register the owner instead").arg(m_ref);
        return;
    }
    auto dossiers = m_archive.dossiers().ofRoom(m_roomId);
    if (!dossiers) {
        m_loadError = dossiers.error().message;
        return;
    }
    for (const Dossier& d : dossiers.value())
        if (d.category == QLatin1String("owner") && d.status != QLatin1String("former_owner") &&
            d.status != QLatin1String("destroyed"))
            m_archiveNos << d.archiveNo;
}

void OwnerChangeDialog::explain()
{
    if (!m_loadError.isEmpty()) {
        m_explainLabel->setText(m_loadError.toHtmlEscaped());
        return;
    }
    const QDate day = m_dateEdit->date();
    const QString from = day.addYears(kFormerOwnerKeepYears).toString(Qt::ISODate);
    const QString owners = m_owners.join(tr(", ")).toHtmlEscaped();
    QString text = tr("<b>%1</b> is the current owner of %2.").arg(owners, m_ref.toHtmlEscaped());
    if (m_archiveNos.isEmpty())
        text += QLatin1Char(' ') + tr("There is no owner dossier on file for the room.");
    else
        text += QLatin1Char(' ') +
                tr("Their dossier <b>%1</b> is closed on the day of the change and kept apart as a "
                   "former owner's dossier; it may be destroyed from <b>%2</b>.")
                    .arg(m_archiveNos.join(tr(", ")).toHtmlEscaped(), from);
    text += QStringLiteral("<br>") +
            tr("From that day %1 no longer owns the room. The new owner below is registered and gets a "
               "new dossier with a new archive number.")
                .arg(owners);
    m_explainLabel->setText(text);
}

void OwnerChangeDialog::accept()
{
    if (!m_loadError.isEmpty()) {
        MessageBox::warning(this, windowTitle(), m_loadError);
        return;
    }
    m_dateEdit->setProperty("invalid", false);
    m_dateEdit->style()->polish(m_dateEdit);
    const std::optional<PersonData> person = m_form->checkedData();
    if (!person)
        return; // the form shows what is wrong; nothing went to the service
    auto done = m_archive.dossiers().changeOwner(m_roomId, *person, m_dateEdit->date());
    if (!done) {
        const Error& e = done.error();
        if (e.field == QLatin1String("date") || e.field == QLatin1String("until") ||
            e.field == QLatin1String("since")) {
            m_dateEdit->setProperty("invalid", true);
            m_dateEdit->style()->unpolish(m_dateEdit);
            m_dateEdit->style()->polish(m_dateEdit);
            m_dateEdit->setFocus();
            MessageBox::warning(this, windowTitle(), e.message);
        } else {
            m_form->showSaveError(e);
        }
        return;
    }
    m_result = done.value();
    QString text = tr("%1 is now the owner of %2.").arg(person->name.trimmed(), m_ref) + QLatin1Char('\n') +
                   tr("New dossier: %1").arg(m_result.registration.archiveNo);
    if (!m_result.formerArchiveNos.isEmpty())
        text += QLatin1Char('\n') + tr("Former owner's dossier: %1, may be destroyed from %2")
                                        .arg(m_result.formerArchiveNos.join(tr(", ")),
                                             m_result.destroyEligible.toString(Qt::ISODate));
    if (!m_result.registration.warnings.isEmpty())
        text += QStringLiteral("\n\n") + tr("Please note:") + QLatin1Char('\n') +
                m_result.registration.warnings.join(QLatin1Char('\n'));
    MessageBox::information(this, tr("Owner changed"), text);
    QDialog::accept();
}

bool OwnerChangeDialog::run(Archive& archive, qint64 roomId, QWidget* parent)
{
    OwnerChangeDialog dialog(archive, roomId, parent);
    if (!dialog.loadError().isEmpty()) {
        MessageBox::warning(parent, tr("Change of owner"), dialog.loadError());
        return false;
    }
    return DialogRunner::exec(dialog) == QDialog::Accepted;
}

void OwnerChangeDialog::reject()
{
    if (m_guard->allowClose())
        QDialog::reject();
}

} // namespace ar::ui
