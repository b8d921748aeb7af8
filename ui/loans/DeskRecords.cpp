#include "ui/loans/DeskRecords.h"

#include "ui/common/DialogSeam.h"
#include "ui/common/ReadOnlyTable.h"
#include "ui/loans/LoanListDialog.h"

#include "services/Archive.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ar::ui {

namespace {

QString when(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QLabel* errorLabel(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QStringLiteral("errorLabel"));
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #b02020;"));
    l->hide();
    return l;
}

QDialogButtonBox* okCancel(QDialog* dialog, const QString& okText)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

// ---- VisitDialog (R24) ----

VisitDialog::VisitDialog(Archive& archive, QWidget* parent)
    : QDialog(parent), m_archive(archive), m_archiveEdit(new QLineEdit(this)),
      m_organEdit(new QLineEdit(this)), m_officerEdit(new QLineEdit(this)),
      m_credentialEdit(new QLineEdit(this)), m_consent(new QComboBox(this)), m_noteEdit(new QLineEdit(this)),
      m_errorLabel(errorLabel(this))
{
    setObjectName(QStringLiteral("VisitDialog"));
    setWindowTitle(tr("Visit of a state organ"));
    m_archiveEdit->setObjectName(QStringLiteral("archiveEdit"));
    m_archiveEdit->setPlaceholderText(tr("archive no. (scan or type)"));
    m_organEdit->setObjectName(QStringLiteral("organEdit"));
    m_organEdit->setPlaceholderText(tr("e.g. a public security bureau, a court"));
    m_officerEdit->setObjectName(QStringLiteral("officerEdit"));
    m_credentialEdit->setObjectName(QStringLiteral("credentialEdit"));
    m_credentialEdit->setPlaceholderText(tr("kind and number of the officer's credential"));
    m_consent->setObjectName(QStringLiteral("consentCombo"));
    m_consent->setMinimumContentsLength(24);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setPlaceholderText(tr("what is looked at and why"));

    auto* hint = new QLabel(tr("The officer looks at the dossier in the archive room only; it is never taken "
                               "out. A company leader or the head of the owning department consents."),
                            this);
    hint->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Archive no.:"), m_archiveEdit);
    form->addRow(tr("&Organ:"), m_organEdit);
    form->addRow(tr("O&fficer:"), m_officerEdit);
    form->addRow(tr("&Credential:"), m_credentialEdit);
    form->addRow(tr("Consent &given by:"), m_consent);
    form->addRow(tr("&Note:"), m_noteEdit);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(okCancel(this, tr("&Register")));
    connect(m_archiveEdit, &QLineEdit::editingFinished, this, &VisitDialog::loadConsenters);
    resize(560, sizeHint().height());
}

void VisitDialog::setArchiveNo(const QString& archiveNo)
{
    m_archiveEdit->setText(archiveNo);
    loadConsenters();
    m_organEdit->setFocus();
}

void VisitDialog::loadConsenters()
{
    const QString no = m_archiveEdit->text().trimmed();
    const QString previous = m_consent->currentData().toString();
    m_consent->clear();
    if (no.isEmpty())
        return;
    auto who = m_archive.loanRegisters().visitConsenters(no);
    if (!who) {
        m_errorLabel->setText(who.error().message);
        m_errorLabel->show();
        return;
    }
    m_errorLabel->hide();
    for (const User& u : who.value())
        m_consent->addItem(QStringLiteral("%1 (%2, %3)").arg(u.displayName, roleLabel(u.role), u.department),
                           u.login);
    if (const int i = m_consent->findData(previous); i >= 0)
        m_consent->setCurrentIndex(i);
}

void VisitDialog::accept()
{
    if (m_consent->count() == 0)
        loadConsenters();
    LoanRegisterService::VisitInput v;
    v.archiveNo = m_archiveEdit->text();
    v.organ = m_organEdit->text();
    v.officer = m_officerEdit->text();
    v.credential = m_credentialEdit->text();
    v.approvedByLogin = m_consent->currentData().toString();
    v.note = m_noteEdit->text();
    auto visit = m_archive.loanRegisters().addVisit(v);
    if (!visit) {
        m_errorLabel->setText(visit.error().message);
        m_errorLabel->show();
        return;
    }
    m_visit = visit.value();
    QDialog::accept();
}

// ---- CopyForm and OwnerRequestForm ----

std::optional<CopyInput> CopyForm::ask(QWidget* parent, const Loan& loan)
{
    std::optional<CopyInput> answer;
    if (DialogSeam<CopyInput>::take(answer))
        return answer;
    QDialog dialog(parent);
    dialog.setWindowTitle(
        QCoreApplication::translate("ar::ui::CopyForm", "Copies of %1").arg(loan.archiveNo));
    auto* pages = new QLineEdit(loan.pages, &dialog);
    pages->setObjectName(QStringLiteral("pagesEdit"));
    auto* sheets = new QSpinBox(&dialog);
    sheets->setObjectName(QStringLiteral("sheetsSpin"));
    sheets->setRange(1, 9999);
    auto* copies = new QSpinBox(&dialog);
    copies->setObjectName(QStringLiteral("copiesSpin"));
    copies->setRange(1, 99);
    auto* note = new QLineEdit(&dialog);
    note->setObjectName(QStringLiteral("noteEdit"));
    auto* form = new QFormLayout;
    form->addRow(QCoreApplication::translate("ar::ui::CopyForm", "Purpose:"),
                 new QLabel(loan.purpose, &dialog));
    form->addRow(QCoreApplication::translate("ar::ui::CopyForm", "&Pages copied:"), pages);
    form->addRow(QCoreApplication::translate("ar::ui::CopyForm", "&Sheets:"), sheets);
    form->addRow(QCoreApplication::translate("ar::ui::CopyForm", "&Copies of each:"), copies);
    form->addRow(QCoreApplication::translate("ar::ui::CopyForm", "&Note:"), note);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(okCancel(&dialog, QCoreApplication::translate("ar::ui::CopyForm", "&Record")));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return CopyInput{pages->text(), sheets->value(), copies->value(), note->text()};
}

std::optional<OwnerRequestInput> OwnerRequestForm::ask(QWidget* parent)
{
    std::optional<OwnerRequestInput> answer;
    if (DialogSeam<OwnerRequestInput>::take(answer))
        return answer;
    QDialog dialog(parent);
    dialog.setWindowTitle(QCoreApplication::translate("ar::ui::OwnerRequestForm", "An owner's request"));
    auto* archive = new QLineEdit(&dialog);
    archive->setObjectName(QStringLiteral("archiveEdit"));
    archive->setPlaceholderText(QCoreApplication::translate(
        "ar::ui::OwnerRequestForm", "archive no. of the owner's or tenant's dossier"));
    auto* kind = new QComboBox(&dialog);
    kind->setObjectName(QStringLiteral("kindCombo"));
    for (OwnerRequestKind k : {OwnerRequestKind::View, OwnerRequestKind::Correct, OwnerRequestKind::Copy})
        kind->addItem(ownerRequestKindLabel(k), int(k));
    auto* detail = new QPlainTextEdit(&dialog);
    detail->setObjectName(QStringLiteral("detailEdit"));
    auto* form = new QFormLayout;
    form->addRow(QCoreApplication::translate("ar::ui::OwnerRequestForm", "&Archive no.:"), archive);
    form->addRow(QCoreApplication::translate("ar::ui::OwnerRequestForm", "&Request:"), kind);
    form->addRow(QCoreApplication::translate("ar::ui::OwnerRequestForm", "&What is asked:"), detail);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(
        okCancel(&dialog, QCoreApplication::translate("ar::ui::OwnerRequestForm", "&Register")));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return OwnerRequestInput{archive->text(), OwnerRequestKind(kind->currentData().toInt()),
                             detail->toPlainText()};
}

// ---- RecordTableDialog ----

RecordTableDialog::RecordTableDialog(const QString& objectName, const QString& title, const QString& hint,
                                     const QStringList& headers, QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(this)), m_allCheck(new QCheckBox(this)),
      m_message(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(objectName);
    setWindowTitle(title);
    resize(1000, 480);
    m_table->setObjectName(QStringLiteral("recordTable"));
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    setUpReadOnlyTable(m_table);
    m_allCheck->setObjectName(QStringLiteral("allCheck"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    auto* hintLabel = new QLabel(hint, this);
    hintLabel->setWordWrap(true);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_allCheck, &QCheckBox::toggled, this, [this] { refresh(); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hintLabel);
    layout->addWidget(m_allCheck);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
}

QString RecordTableDialog::message() const
{
    return m_message->text();
}

void RecordTableDialog::setRows(const QList<qint64>& ids, const QList<QStringList>& rows)
{
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size(); ++c) {
            auto* item = new QTableWidgetItem(rows.at(r).at(c));
            if (c == 0)
                item->setData(Qt::UserRole, ids.value(r));
            m_table->setItem(r, c, item);
        }
    m_table->resizeColumnsToContents();
    if (!rows.isEmpty() && m_table->currentRow() < 0)
        m_table->selectRow(0);
}

qint64 RecordTableDialog::currentId() const
{
    const int r = m_table->currentRow();
    const QTableWidgetItem* item = r >= 0 ? m_table->item(r, 0) : nullptr;
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

QPushButton* RecordTableDialog::addButton(const QString& objectName, const QString& text)
{
    auto* b = new QPushButton(text, this);
    b->setObjectName(objectName);
    b->setAutoDefault(false);
    m_buttons->addButton(b, QDialogButtonBox::ActionRole);
    return b;
}

void RecordTableDialog::say(const QString& text)
{
    m_message->setText(text);
}

// ---- DamageDialog (R33, R45) ----

DamageDialog::DamageDialog(Archive& archive, QWidget* parent)
    : RecordTableDialog(QStringLiteral("DamageDialog"), tr("Damaged dossiers"),
                        tr("Dossiers that came back damaged or incomplete stay here until they are repaired. "
                           "Managers see their department's."),
                        {tr("No."), tr("Archive no."), tr("Condition"), tr("What is wrong"), tr("Department"),
                         tr("Recorded"), tr("By"), tr("Repaired"), tr("Repair"), tr("Photo")},
                        parent),
      m_archive(archive)
{
    allCheck()->setText(tr("Show repaired ones t&oo"));
    m_repair = addButton(QStringLiteral("repairButton"), tr("Mark &repaired…"));
    connect(m_repair, &QPushButton::clicked, this, &DamageDialog::markSelectedRepaired);
    m_photo = addButton(QStringLiteral("photoButton"), tr("View &photo…"));
    connect(m_photo, &QPushButton::clicked, this, &DamageDialog::showSelectedPhoto);
    refresh();
}

std::optional<DamageEntry> DamageDialog::ask(QWidget* parent, const QString& title, const QString& label)
{
    std::optional<DamageEntry> answer;
    if (DialogSeam<DamageEntry>::take(answer))
        return answer;
    std::optional<QString> note;
    if (DialogSeam<QString>::take(note))
        return note ? std::optional<DamageEntry>(DamageEntry{*note, {}}) : std::nullopt;
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* edit = new QPlainTextEdit(&dialog);
    edit->setObjectName(QStringLiteral("textEdit"));
    auto* photo = new QLineEdit(&dialog);
    photo->setObjectName(QStringLiteral("photoEdit"));
    photo->setPlaceholderText(tr("optional: a photo of the damage (JPEG, PNG …)"));
    auto* choose = new QPushButton(tr("C&hoose photo…"), &dialog);
    connect(choose, &QPushButton::clicked, &dialog, [&dialog, photo] {
        const QString path =
            QFileDialog::getOpenFileName(&dialog, tr("Photo of the damage"), photo->text(),
                                         tr("Images (*.jpg *.jpeg *.png *.bmp *.gif *.webp)"));
        if (!path.isEmpty())
            photo->setText(path);
    });
    auto* photoRow = new QHBoxLayout;
    photoRow->addWidget(photo, 1);
    photoRow->addWidget(choose);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(label, &dialog));
    layout->addWidget(edit);
    auto* photoLabel = new QLabel(tr("&Photo:"), &dialog);
    photoLabel->setBuddy(photo);
    layout->addWidget(photoLabel);
    layout->addLayout(photoRow);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return DamageEntry{edit->toPlainText(), photo->text().trimmed()};
}

QDialog* DamageDialog::showSelectedPhoto()
{
    const qint64 id = currentId();
    if (!id)
        return nullptr;
    auto photo = m_archive.loanRegisters().damagePhoto(id);
    if (!photo) {
        say(photo.error().message);
        return nullptr;
    }
    QPixmap pixmap;
    if (!pixmap.loadFromData(photo.value())) {
        say(tr("The photo of damage record %1 cannot be shown").arg(id));
        return nullptr;
    }
    auto* view = new QDialog(this);
    view->setObjectName(QStringLiteral("damagePhotoWindow"));
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setWindowTitle(tr("Photo of damage record %1").arg(id));
    auto* image = new QLabel(view);
    image->setObjectName(QStringLiteral("photoLabel"));
    image->setPixmap(pixmap.width() > 1200 ? pixmap.scaledToWidth(1200, Qt::SmoothTransformation) : pixmap);
    auto* layout = new QVBoxLayout(view);
    layout->addWidget(image);
    view->show();
    return view;
}

void DamageDialog::refresh()
{
    auto list = m_archive.loanRegisters().damages(!allCheck()->isChecked());
    if (!list) {
        say(list.error().message);
        return;
    }
    QList<qint64> ids;
    QList<QStringList> rows;
    for (const DamageRecord& d : list.value()) {
        ids << d.id;
        rows << QStringList{QString::number(d.id),
                            d.archiveNo,
                            returnConditionLabel(d.condition),
                            d.note,
                            d.department,
                            when(d.recordedAt),
                            d.recordedByName,
                            when(d.repairedAt),
                            d.repairNote,
                            d.hasPhoto() ? tr("yes") : QString()};
    }
    setRows(ids, rows);
}

bool DamageDialog::markSelectedRepaired()
{
    const qint64 id = currentId();
    if (!id)
        return false;
    auto note = LoanListDialog::askText(this, tr("Damage record %1").arg(id),
                                        tr("How was the dossier repaired or completed?"));
    if (!note)
        return false;
    if (auto s = m_archive.loanRegisters().markRepaired(id, *note); !s) {
        say(s.error().message);
        return false;
    }
    say(tr("Damage record %1 is closed").arg(id));
    refresh();
    emit changed();
    return true;
}

// ---- OwnerRequestsDialog (R47) ----

OwnerRequestsDialog::OwnerRequestsDialog(Archive& archive, QWidget* parent)
    : RecordTableDialog(QStringLiteral("OwnerRequestsDialog"), tr("Owners' requests"),
                        tr("An owner or tenant asks to view, correct or copy their own record: register what "
                           "was asked and, once handled, the answer given."),
                        {tr("No."), tr("Archive no."), tr("Request"), tr("What is asked"), tr("Received"),
                         tr("Answer"), tr("Answered")},
                        parent),
      m_archive(archive)
{
    allCheck()->setText(tr("Show &answered ones too"));
    auto* add = addButton(QStringLiteral("registerButton"), tr("Re&gister…"));
    m_answer = addButton(QStringLiteral("answerButton"), tr("A&nswer…"));
    connect(add, &QPushButton::clicked, this, &OwnerRequestsDialog::registerRequest);
    connect(m_answer, &QPushButton::clicked, this, &OwnerRequestsDialog::answerSelected);
    refresh();
}

void OwnerRequestsDialog::refresh()
{
    auto list = m_archive.loanRegisters().ownerRequests(!allCheck()->isChecked());
    if (!list) {
        say(list.error().message);
        return;
    }
    m_rows = list.value();
    QList<qint64> ids;
    QList<QStringList> rows;
    for (const OwnerRequest& r : m_rows) {
        ids << r.id;
        rows << QStringList{QString::number(r.id),
                            r.archiveNo,
                            ownerRequestKindLabel(r.kind),
                            r.detail,
                            when(r.receivedAt),
                            r.answer,
                            when(r.answeredAt)};
    }
    setRows(ids, rows);
}

bool OwnerRequestsDialog::registerRequest()
{
    auto in = OwnerRequestForm::ask(this);
    if (!in)
        return false;
    auto r = m_archive.loanRegisters().registerOwnerRequest(in->archiveNo, in->kind, in->detail);
    if (!r) {
        say(r.error().message);
        return false;
    }
    say(tr("Request %1 registered for %2").arg(r->id).arg(r->archiveNo));
    refresh();
    emit changed();
    return true;
}

bool OwnerRequestsDialog::answerSelected()
{
    const qint64 id = currentId();
    if (!id)
        return false;
    auto answer =
        LoanListDialog::askText(this, tr("Owner request %1").arg(id),
                                tr("The answer given to the owner (what was shown, corrected or copied):"));
    if (!answer)
        return false;
    auto r = m_archive.loanRegisters().answerOwnerRequest(id, *answer);
    if (!r) {
        say(r.error().message);
        return false;
    }
    say(tr("Request %1 answered").arg(id));
    refresh();
    emit changed();
    return true;
}

// ---- CopyRegisterDialog (R25) ----

CopyRegisterDialog::CopyRegisterDialog(Archive& archive, QWidget* parent)
    : RecordTableDialog(
          QStringLiteral("CopyRegisterDialog"), tr("Copy register (ZC-05/B05)"),
          tr("Borrowing and copying record: one line for each copy made for an approved copy request. "
             "The clerk records copies from the loan list."),
          {tr("No."), tr("Date"), tr("Archive no."), tr("Title"), tr("Pages"), tr("Sheets"), tr("Copies"),
           tr("Purpose"), tr("Borrower"), tr("Department"), tr("Approved by"), tr("Copied by")},
          parent),
      m_archive(archive)
{
    allCheck()->hide();
    refresh();
}

void CopyRegisterDialog::refresh()
{
    auto list = m_archive.loanRegisters().copyRegister();
    if (!list) {
        say(list.error().message);
        return;
    }
    QList<qint64> ids;
    QList<QStringList> rows;
    for (const CopyEntry& c : list.value()) {
        ids << c.id;
        rows << QStringList{QString::number(c.id),
                            when(c.madeAt),
                            c.archiveNo,
                            c.title,
                            c.pages,
                            QString::number(c.sheets),
                            QString::number(c.copies),
                            c.purpose,
                            c.borrowerName,
                            c.department,
                            c.approverName,
                            c.madeByName};
    }
    setRows(ids, rows);
}

} // namespace ar::ui
