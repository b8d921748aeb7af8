#include "ui/register/PersonForm.h"

#include "ui/common/FormGuard.h"
#include "ui/common/MessageBox.h"
#include "ui/loans/LoanListDialog.h"
#include "ui/register/PersonFormStyle.h"
#include "ui/register/PhoneListEdit.h"
#include "ui_PersonForm.h"

#include "core/TextNormalize.h"
#include "services/Archive.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

namespace ar::ui {

namespace {
// Which tie decides the title and the required fields when a person has several.
int roleWeight(OccupancyRole r)
{
    return int(QList<OccupancyRole>{OccupancyRole::Member, OccupancyRole::Agent, OccupancyRole::CoOwner,
                                    OccupancyRole::Tenant, OccupancyRole::Owner}
                   .indexOf(r));
}
} // namespace

PersonForm::PersonForm(Archive& archive, qint64 roomId, OccupancyRole role, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::PersonForm>()), m_archive(archive), m_roomId(roomId),
      m_role(role)
{
    setUpCommon();
    m_ui->sinceEdit->setDate(m_archive.clock().today());
    showPlace(roomId);
    showRole();
    m_ui->nameEdit->setFocus();
    validate();
    resize(sizeHint().expandedTo(QSize(780, 0)));
    if (m_guard)
        m_guard->markClean();
}

PersonForm::PersonForm(Archive& archive, qint64 personId, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::PersonForm>()), m_archive(archive), m_personId(personId)
{
    setUpCommon();
    loadPerson();
    showRole();
    // Roles that may unmask correct with the full values, once they have said why.
    if (m_archive.can(Permission::UnmaskSensitive) && m_loaded.id && m_loaded.masked) {
        m_unmaskButton = new QPushButton(tr("Show &full values…"), this);
        m_unmaskButton->setObjectName(QStringLiteral("unmaskButton"));
        m_unmaskButton->setAutoDefault(false);
        m_unmaskButton->setToolTip(
            tr("The ID number, phones and the other masked values in full, to correct them; "
               "you give the reason once and it is recorded"));
        m_ui->buttonLayout->insertWidget(0, m_unmaskButton);
        connect(m_unmaskButton, &QPushButton::clicked, this, &PersonForm::showFullValues);
    }
    validate();
    resize(sizeHint().expandedTo(QSize(780, 0)));
    if (m_guard)
        m_guard->markClean();
}

PersonForm::~PersonForm()
{
    // Hidden while the form still exists: hiding moves the focus out of a field, whose
    // editingFinished would otherwise reach touch() after m_ui is gone (~QDialog hides too).
    hide();
}

void PersonForm::setUpCommon()
{
    m_ui->setupUi(this);
    addOrganisationAndLeaseFields();
    applyPersonFormStyle(this, m_ui->formGrid);
    const QDate today = m_archive.clock().today();
    m_ui->dateLabel->setText(
        tr("Date filled in: %1").arg(today.toString(tr("yyyy-MM-dd", "date format of the form header"))));
    for (Gender g : {Gender::Unknown, Gender::Male, Gender::Female})
        m_ui->genderCombo->addItem(genderLabel(g), int(g));
    for (IdType t : allIdTypes())
        m_ui->idTypeCombo->addItem(idTypeLabel(t), int(t));
    m_ui->moveInDateEdit->setDate(today);
    m_ui->notesEdit->setPlaceholderText(tr("Anything the form does not cover"));

    for (auto [edit, field] :
         {std::pair{m_ui->nameEdit, "name"}, std::pair{m_ui->idNumberEdit, "id_number"},
          std::pair{m_ui->workUnitEdit, "work_unit"}, std::pair{m_ui->homeAddressEdit, "home_address"},
          std::pair{m_ui->emergencyContactEdit, "emergency_contact"}}) {
        const QString code = QString::fromLatin1(field);
        connect(edit, &QLineEdit::textChanged, this, [this] { validate(); });
        connect(edit, &QLineEdit::editingFinished, this, [this, code] { touch(code); });
    }
    connect(m_ui->genderCombo, &QComboBox::activated, this, [this] {
        m_genderFromId = false; // the clerk chose: never overwrite it from the ID again
        m_ui->genderCombo->setToolTip({});
        touch(QStringLiteral("gender"));
    });
    connect(m_ui->idTypeCombo, &QComboBox::currentIndexChanged, this, [this] {
        showPersonOrOrganisation();
        validate();
    });
    connect(m_ui->moveInCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->moveInDateEdit->setEnabled(on);
        touch(QStringLiteral("move_in_date"));
    });
    connect(m_ui->moveInDateEdit, &QDateEdit::dateChanged, this,
            [this] { touch(QStringLiteral("move_in_date")); });
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this, [this] { touch(QStringLiteral("notes")); });
    PhoneListEdit* phones = m_ui->phoneRows;
    connect(phones, &PhoneListEdit::textChanged, this, [this] { validate(); });
    connect(phones, &PhoneListEdit::editingFinished, this, [this] { touch(QStringLiteral("phones")); });
    connect(phones, &PhoneListEdit::rowsChanged, this,
            [this] { m_ui->phoneRows->chainTabOrder(m_ui->idNumberEdit, m_ui->addPhoneButton); });
    connect(m_ui->addPhoneButton, &QToolButton::clicked, phones, &PhoneListEdit::addRow);
    phones->chainTabOrder(m_ui->idNumberEdit, m_ui->addPhoneButton);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &PersonForm::accept);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &PersonForm::reject);
    // Enter in a one-line field saves, as do Ctrl+S and Ctrl+Enter; 保存 comes before 取消.
    m_ui->saveButton->setDefault(true);
    setTabOrder(m_ui->notesEdit, m_ui->saveButton);
    setTabOrder(m_ui->saveButton, m_ui->cancelButton);
    m_guard = new FormGuard(this);
}

void PersonForm::showPlace(qint64 roomId)
{
    auto place = m_archive.rooms().place(roomId);
    if (!place) {
        m_loadError = place.error().message;
        m_ui->placeLabel->setText(m_loadError.toHtmlEscaped());
        return;
    }
    // The paper header "____座____号", the blanks filled in.
    auto blank = [](const QString& s) {
        return QStringLiteral("<u>&nbsp;&nbsp;%1&nbsp;&nbsp;</u>").arg(s.toHtmlEscaped());
    };
    m_ui->placeLabel->setText(
        place->estate.name.toHtmlEscaped() + QStringLiteral("&nbsp;&nbsp;&nbsp;") +
        tr("Building %1 unit %2 room %3")
            .arg(blank(place->building.code), blank(place->unit.code), blank(place->room.number)));
    m_ui->placeLabel->setProperty("ref", place->ref());
}

void PersonForm::showRole()
{
    const QString ref = m_ui->placeLabel->property("ref").toString();
    const char* title = QT_TR_NOOP("Owner record form");
    const char* signature = QT_TR_NOOP("Owner's signature:");
    switch (m_role) {
    case OccupancyRole::Owner:
        break;
    case OccupancyRole::CoOwner:
        title = QT_TR_NOOP("Co-owner record form");
        break;
    case OccupancyRole::Tenant:
        title = QT_TR_NOOP("Tenant record form");
        signature = QT_TR_NOOP("Tenant's signature:");
        break;
    case OccupancyRole::Member:
        title = QT_TR_NOOP("Household member record form");
        signature = QT_TR_NOOP("Signature:");
        break;
    case OccupancyRole::Agent:
        title = QT_TR_NOOP("Entrusted agent record form");
        signature = QT_TR_NOOP("Signature:");
        break;
    }
    m_ui->titleLabel->setText(tr(title));
    m_ui->signatureLabel->setText(tr(signature));
    m_ui->roleValueLabel->setText(roleLabel(m_role));
    const bool member = m_role == OccupancyRole::Member;
    m_ui->relationCaption->setVisible(member);
    m_ui->relationEdit->setVisible(member);
    const bool tenant = m_role == OccupancyRole::Tenant;
    for (QWidget* w : {static_cast<QWidget*>(m_leaseCaption), static_cast<QWidget*>(m_leaseCell),
                       static_cast<QWidget*>(m_contractCaption), static_cast<QWidget*>(m_contractEdit)})
        w->setVisible(tenant);
    setWindowTitle(isEditMode() ? tr("Correct %1 — %2").arg(tr(title), ref)
                                : tr("Register %1 — %2").arg(tr(title), ref));
}

void PersonForm::loadPerson()
{
    auto p = m_archive.people().personForEdit(m_personId);
    if (!p) {
        m_loadError = p.error().message;
        m_ui->messageLabel->setText(m_loadError.toHtmlEscaped());
        return;
    }
    m_loaded = p.value();
    fill(m_loaded.data);
    m_genderFromId = false;
    if (!m_loaded.damaged.isEmpty()) {
        QStringList labels;
        for (const QString& f : std::as_const(m_loaded.damaged))
            labels << RegisterService::fieldLabel(f == QLatin1String("phone") ? QStringLiteral("phones") : f);
        m_ui->messageLabel->setText(
            tr("Stored values of this person are damaged and cannot be read: %1. They are shown empty; "
               "enter them anew, or restore the archive from a backup.")
                .arg(labels.join(QStringLiteral(", ")))
                .toHtmlEscaped());
    }

    // The tie shown in the header: the weightiest current one.
    m_role = OccupancyRole::Member;
    Occupancy shown;
    if (auto ties = m_archive.people().roomsOf(m_personId)) {
        for (const Occupancy& o : ties.value())
            if (o.current() && (!shown.id || roleWeight(o.role) > roleWeight(shown.role)))
                shown = o;
    }
    if (shown.id) {
        m_role = shown.role;
        showPlace(shown.roomId);
        m_ui->sinceEdit->setDate(shown.since);
        m_ui->relationEdit->setText(shown.relation);
        if (shown.role == OccupancyRole::Tenant) {
            // The lease of the tenancy shown is corrected here too (RegisterService::setLease).
            m_tenancy = shown;
            m_validating = true;
            m_leaseCheck->setChecked(shown.leaseFrom.isValid() || shown.leaseTo.isValid());
            if (shown.leaseFrom.isValid())
                m_leaseFromEdit->setDate(shown.leaseFrom);
            if (shown.leaseTo.isValid())
                m_leaseToEdit->setDate(shown.leaseTo);
            m_contractEdit->setText(shown.contractNo);
            m_validating = false;
        }
    }
    // Editing corrects the person; the tie to the room is changed elsewhere.
    m_ui->sinceEdit->setReadOnly(true);
    m_ui->relationEdit->setReadOnly(true);
    m_ui->nameEdit->setFocus();
}

PersonData PersonForm::collect() const
{
    PersonData d;
    d.name = m_ui->nameEdit->text();
    d.gender = Gender(m_ui->genderCombo->currentData().toInt());
    d.idType = IdType(m_ui->idTypeCombo->currentData().toInt());
    d.idNumber = m_ui->idNumberEdit->text();
    for (const QString& p : m_ui->phoneRows->texts())
        if (!p.trimmed().isEmpty())
            d.phones << p;
    d.workUnit = m_ui->workUnitEdit->text();
    d.homeAddress = m_ui->homeAddressEdit->text();
    d.emergencyContact = m_ui->emergencyContactEdit->text();
    if (m_ui->moveInCheck->isChecked())
        d.moveInDate = m_ui->moveInDateEdit->date();
    d.notes = m_ui->notesEdit->toPlainText();
    if (d.isOrganisation()) {
        d.gender = Gender::Unknown; // the combo is hidden: an organisation has none
        d.contactName = m_contactNameEdit->text();
    }
    return d;
}

Occupancy PersonForm::collectLease() const
{
    Occupancy o;
    o.role = m_role;
    if (m_role != OccupancyRole::Tenant)
        return o;
    if (m_leaseCheck->isChecked()) {
        o.leaseFrom = m_leaseFromEdit->date();
        o.leaseTo = m_leaseToEdit->date();
    }
    o.contractNo = m_contractEdit->text();
    return o;
}

void PersonForm::addOrganisationAndLeaseFields()
{
    // An organisation's contact person takes the gender's cell (an organisation has none).
    m_contactNameEdit = new QLineEdit(m_ui->formFrame);
    m_contactNameEdit->setObjectName(QStringLiteral("contactNameEdit"));
    m_contactNameEdit->setPlaceholderText(tr("Name of the contact person"));
    m_ui->formGrid->addWidget(m_contactNameEdit, 0, 3);
    m_contactNameEdit->hide();
    connect(m_contactNameEdit, &QLineEdit::textChanged, this, [this] { validate(); });
    connect(m_contactNameEdit, &QLineEdit::editingFinished, this,
            [this] { touch(QStringLiteral("contact_name")); });

    // A tenant's lease: the row of the household member's relation (a tenant has none).
    m_leaseCaption = new QLabel(tr("Lease term"), m_ui->formFrame);
    m_leaseCaption->setObjectName(QStringLiteral("leaseCaption"));
    m_leaseCell = new QFrame(m_ui->formFrame);
    m_leaseCell->setObjectName(QStringLiteral("leaseCell"));
    auto* row = new QHBoxLayout(m_leaseCell);
    row->setContentsMargins(8, 0, 0, 0);
    row->setSpacing(4);
    m_leaseCheck = new QCheckBox(m_leaseCell);
    m_leaseCheck->setObjectName(QStringLiteral("leaseCheck"));
    m_leaseCheck->setToolTip(tr("Tick when the lease term is known"));
    const QDate today = m_archive.clock().today();
    m_leaseFromEdit = new QDateEdit(today, m_leaseCell);
    m_leaseFromEdit->setObjectName(QStringLiteral("leaseFromEdit"));
    m_leaseToEdit = new QDateEdit(today.addYears(1).addDays(-1), m_leaseCell);
    m_leaseToEdit->setObjectName(QStringLiteral("leaseToEdit"));
    for (QDateEdit* e : {m_leaseFromEdit, m_leaseToEdit}) {
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setCalendarPopup(true);
        e->setEnabled(false);
        connect(e, &QDateEdit::dateChanged, this, [this] { touch(QStringLiteral("lease_to")); });
    }
    row->addWidget(m_leaseCheck);
    row->addWidget(m_leaseFromEdit, 1);
    row->addWidget(new QLabel(tr("to"), m_leaseCell));
    row->addWidget(m_leaseToEdit, 1);
    connect(m_leaseCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_leaseFromEdit->setEnabled(on);
        m_leaseToEdit->setEnabled(on);
        touch(QStringLiteral("lease_to"));
    });
    m_contractCaption = new QLabel(tr("Contract no."), m_ui->formFrame);
    m_contractCaption->setObjectName(QStringLiteral("contractCaption"));
    m_contractEdit = new QLineEdit(m_ui->formFrame);
    m_contractEdit->setObjectName(QStringLiteral("contractEdit"));
    connect(m_contractEdit, &QLineEdit::textChanged, this, [this] { validate(); });
    connect(m_contractEdit, &QLineEdit::editingFinished, this,
            [this] { touch(QStringLiteral("contract_no")); });
    m_ui->formGrid->addWidget(m_leaseCaption, 7, 0);
    m_ui->formGrid->addWidget(m_leaseCell, 7, 1);
    m_ui->formGrid->addWidget(m_contractCaption, 7, 2);
    m_ui->formGrid->addWidget(m_contractEdit, 7, 3);
    for (QWidget* w : {static_cast<QWidget*>(m_leaseCaption), static_cast<QWidget*>(m_leaseCell),
                       static_cast<QWidget*>(m_contractCaption), static_cast<QWidget*>(m_contractEdit)})
        w->hide();
}

void PersonForm::showPersonOrOrganisation()
{
    const bool organisation = IdType(m_ui->idTypeCombo->currentData().toInt()) == IdType::CreditCode;
    // The captions of a natural person are those of the .ui file, kept as they were translated.
    const QList<std::pair<QLabel*, QString>> captions{{m_ui->nameCaption, tr("Organisation")},
                                                      {m_ui->genderCaption, tr("Contact person")},
                                                      {m_ui->idNumberCaption, tr("Credit code")},
                                                      {m_ui->phoneCaption, tr("Contact phone")},
                                                      {m_ui->homeAddressCaption, tr("Registered address")}};
    for (const auto& [caption, text] : captions) {
        if (!caption->property("personText").isValid())
            caption->setProperty("personText", caption->text());
        caption->setText(organisation ? text : caption->property("personText").toString());
    }
    m_ui->genderCombo->setVisible(!organisation);
    m_contactNameEdit->setVisible(organisation);
    m_ui->workUnitCaption->setVisible(!organisation);
    m_ui->workUnitEdit->setVisible(!organisation);
}

void PersonForm::fill(const PersonData& d)
{
    m_validating = true; // nothing to validate or mark as touched until everything is in
    m_ui->nameEdit->setText(d.name);
    m_ui->genderCombo->setCurrentIndex(m_ui->genderCombo->findData(int(d.gender)));
    m_ui->idTypeCombo->setCurrentIndex(m_ui->idTypeCombo->findData(int(d.idType)));
    m_ui->idNumberEdit->setText(d.idNumber);
    m_ui->phoneRows->setPhones(d.phones);
    m_ui->workUnitEdit->setText(d.workUnit);
    m_ui->homeAddressEdit->setText(d.homeAddress);
    m_ui->emergencyContactEdit->setText(d.emergencyContact);
    m_ui->moveInCheck->setChecked(d.moveInDate.isValid());
    if (d.moveInDate.isValid())
        m_ui->moveInDateEdit->setDate(d.moveInDate);
    m_ui->notesEdit->setPlainText(d.notes);
    m_contactNameEdit->setText(d.contactName);
    showPersonOrOrganisation();
    m_validating = false;
}

void PersonForm::accept()
{
    if (m_registered) // saved already: Enter or Ctrl+S again closes the form
        return QDialog::accept();
    if (!m_loadError.isEmpty()) {
        MessageBox::warning(this, tr("Not saved"), m_loadError);
        return;
    }
    m_showAll = true;
    const RegisterService::Checked c = validate();
    if (!c.errors.isEmpty())
        return showSaveError(c.errors.first()); // nothing goes to the services
    if (isEditMode()) {
        if (saveEdit())
            QDialog::accept();
    } else {
        saveNew(c.data.name); // stays open with the next steps
    }
}

void PersonForm::reject()
{
    if (m_registered)
        return QDialog::accept();
    if (!m_guard || m_guard->allowClose())
        QDialog::reject();
}

void PersonForm::offerNextSteps(const QString& html, bool withDossier)
{
    m_registered = true;
    setResult(QDialog::Accepted); // whatever closes the form now, the person is registered
    for (int i = 0; i < m_ui->formGrid->count(); ++i)
        if (QWidget* w = m_ui->formGrid->itemAt(i)->widget())
            w->setEnabled(false);
    m_ui->messageLabel->setText(html);
    m_ui->messageLabel->show();
    m_ui->saveButton->hide();
    m_ui->cancelButton->hide();
    const bool household = m_role == OccupancyRole::Owner || m_role == OccupancyRole::Tenant;
    QPushButton* done = nullptr;
    const auto add = [&](const QString& text, const char* name, NextStep step) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false);
        m_ui->buttonLayout->addWidget(b);
        b->show();
        connect(b, &QPushButton::clicked, this, [this, step] {
            m_next = step;
            QDialog::accept();
        });
        return b;
    };
    if (household)
        add(tr("Add a household &member…"), "nextAddMember", NextStep::AddMember);
    if (withDossier) {
        add(m_role == OccupancyRole::Tenant ? tr("&Print the tenant form…") : tr("&Print the owner form…"),
            "nextPrintForm", NextStep::PrintForm);
        add(tr("Print the spine &label…"), "nextPrintLabel", NextStep::PrintLabel);
    }
    add(tr("Register &another…"), "nextRegisterAnother", NextStep::RegisterAnother);
    done = add(tr("&Done"), "nextDone", NextStep::None);
    done->setDefault(true);
    done->setFocus();
    if (m_guard)
        m_guard->markClean();
}

void PersonForm::embed()
{
    setWindowFlags(Qt::Widget);
    // The embedding dialog saves and asks; this form's keys would save a registration.
    delete m_guard;
    m_guard = nullptr;
    m_ui->saveButton->hide();
    m_ui->cancelButton->hide();
    // The embedding dialog asks for the date; the role's cell takes the whole row, so no gap
    // of the grid's dark background shows where the date was.
    for (QWidget* w : {static_cast<QWidget*>(m_ui->sinceCaption), static_cast<QWidget*>(m_ui->sinceEdit)}) {
        m_ui->formGrid->removeWidget(w);
        w->hide();
    }
    m_ui->formGrid->removeWidget(m_ui->roleValueLabel);
    m_ui->formGrid->addWidget(m_ui->roleValueLabel, 6, 1, 1, 3);
}

std::optional<PersonData> PersonForm::checkedData()
{
    if (!m_loadError.isEmpty()) {
        MessageBox::warning(this, tr("Not saved"), m_loadError);
        return std::nullopt;
    }
    m_showAll = true;
    const RegisterService::Checked c = validate();
    if (!c.errors.isEmpty()) {
        showSaveError(c.errors.first());
        return std::nullopt;
    }
    return collect();
}

bool PersonForm::saveNew(const QString& name)
{
    Registration r;
    r.roomId = m_roomId;
    r.role = m_role;
    r.relation = m_role == OccupancyRole::Member ? m_ui->relationEdit->text() : QString();
    r.since = m_ui->sinceEdit->date();
    r.person = collect();
    const Occupancy lease = collectLease();
    r.leaseFrom = lease.leaseFrom;
    r.leaseTo = lease.leaseTo;
    r.contractNo = lease.contractNo;
    auto done = m_archive.people().registerPerson(r);
    if (!done) {
        showSaveError(done.error());
        return false;
    }
    m_savedPersonId = done->personId;
    m_savedArchiveNo = done->archiveNo;
    QString text = tr("%1 is registered as %2 of %3.")
                       .arg(name, roleLabel(m_role), m_ui->placeLabel->property("ref").toString());
    if (!done->archiveNo.isEmpty())
        text += QLatin1Char('\n') + tr("Dossier opened with archive number %1.").arg(done->archiveNo);
    QString html =
        QStringLiteral("<div style=\"color:%1\">✔ %2</div>")
            .arg(formColors::ok(), text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
    for (const QString& w : std::as_const(done->warnings))
        html += QStringLiteral("<div style=\"color:%1\">⚠ %2</div>")
                    .arg(formColors::warning(), w.toHtmlEscaped());
    offerNextSteps(html, !done->archiveNo.isEmpty());
    return true;
}

bool PersonForm::showFullValues()
{
    // Only offered to roles that may unmask (the service refuses the others anyway).
    if (!isEditMode() || !m_loaded.masked || !m_unmaskButton)
        return false;
    auto reason = LoanListDialog::askText(
        this, tr("Show full values"), tr("Why are the full values needed? (recorded in the audit trail)"));
    if (!reason)
        return false;
    auto full = m_archive.people().unmasked(m_personId, *reason);
    if (!full) {
        m_ui->messageLabel->setText(full.error().message.toHtmlEscaped());
        m_ui->messageLabel->show();
        return false;
    }
    // What was typed meanwhile stays; a value still shown masked becomes the full one.
    const bool typed = m_guard && m_guard->isDirty();
    const PersonData was = m_loaded.data;
    PersonData shown = collect();
    m_loaded = full.value();
    const PersonData& now = m_loaded.data;
    if (shown.idNumber == was.idNumber)
        shown.idNumber = now.idNumber;
    if (shown.phones == was.phones)
        shown.phones = now.phones;
    if (shown.workUnit == was.workUnit)
        shown.workUnit = now.workUnit;
    if (shown.homeAddress == was.homeAddress)
        shown.homeAddress = now.homeAddress;
    if (shown.emergencyContact == was.emergencyContact)
        shown.emergencyContact = now.emergencyContact;
    fill(shown);
    validate();
    if (m_guard && !typed)
        m_guard->markClean();
    if (m_unmaskButton)
        m_unmaskButton->setEnabled(false);
    m_ui->messageLabel->setText(tr("The full values are shown; the view is recorded.").toHtmlEscaped());
    m_ui->messageLabel->show();
    return true;
}

bool PersonForm::saveEdit()
{
    Person p = m_loaded;
    p.data = collect();
    QStringList changed;
    auto done = m_archive.people().updatePerson(p, &changed);
    if (!done) {
        showSaveError(done.error());
        return false;
    }
    if (m_tenancy.id) {
        const Occupancy lease = collectLease();
        if (auto s =
                m_archive.people().setLease(m_tenancy.id, lease.leaseFrom, lease.leaseTo, lease.contractNo);
            !s) {
            showSaveError(s.error());
            return false;
        }
        Occupancy after = m_tenancy;
        after.leaseFrom = lease.leaseFrom;
        after.leaseTo = lease.leaseTo;
        after.contractNo = text::normalize(lease.contractNo);
        if (leaseText(after) != leaseText(m_tenancy))
            changed << QStringLiteral("lease");
    }
    m_savedPersonId = p.id;
    // What changed is said where the form was opened (#20 item 4: the window's status line).
    // the fields the service wrote to the history, by their labels.
    m_changedFields.clear();
    for (const QString& field : std::as_const(changed))
        m_changedFields << RegisterService::fieldLabel(field);
    if (!done->isEmpty())
        MessageBox::information(this, tr("Saved"),
                                tr("The changes are saved. Please note:") + QLatin1Char('\n') +
                                    done->join(QLatin1Char('\n')));
    return true;
}

} // namespace ar::ui
