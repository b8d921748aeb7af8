#include "ui/loans/LoanRequestDialog.h"
#include "ui/common/FormGuard.h"

#include "ui/common/DossierPicker.h"
#include "ui/common/MessageBox.h"

#include "services/Archive.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ar::ui {

LoanRequestDialog::LoanRequestDialog(Archive& archive, QWidget* parent)
    : QDialog(parent), m_archive(archive), m_archiveEdit(new QLineEdit(this)),
      m_roomEdit(new QLineEdit(this)), m_roomDossiers(new QComboBox(this)),
      m_borrowerEdit(new QLineEdit(this)), m_modeCombo(new QComboBox(this)),
      m_purposeEdit(new QLineEdit(this)), m_untilCheck(new QCheckBox(this)), m_untilEdit(new QDateEdit(this)),
      m_pagesEdit(new QLineEdit(this)), m_errorLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("LoanRequestDialog"));
    setWindowTitle(tr("Borrow request"));
    m_archiveEdit->setObjectName(QStringLiteral("archiveEdit"));
    m_archiveEdit->setPlaceholderText(tr("archive no. (scan or type)"));
    m_roomEdit->setObjectName(QStringLiteral("roomEdit"));
    m_roomEdit->setPlaceholderText(tr("or the room, e.g. 3-2-1201, to choose among its dossiers"));
    m_roomDossiers->setObjectName(QStringLiteral("roomDossiersCombo"));
    m_roomDossiers->setEnabled(false);
    connect(m_roomEdit, &QLineEdit::editingFinished, this, [this] {
        if (!m_roomEdit->text().trimmed().isEmpty())
            showRoom(m_roomEdit->text());
    });
    connect(m_roomDossiers, &QComboBox::activated, this, [this](int i) {
        const QString no = m_roomDossiers->itemData(i).toString();
        if (!no.isEmpty())
            setArchiveNo(no);
    });
    m_borrowerEdit->setObjectName(QStringLiteral("borrowerEdit"));
    const auto& user = archive.user();
    m_borrowerEdit->setText(user ? user->login : QString());
    m_borrowerEdit->setEnabled(archive.can(Permission::RunDesk));
    m_modeCombo->setObjectName(QStringLiteral("modeCombo"));
    for (AccessMode m : {AccessMode::Borrow, AccessMode::View, AccessMode::Copy})
        m_modeCombo->addItem(accessModeLabel(m), int(m));
    m_purposeEdit->setObjectName(QStringLiteral("purposeEdit"));
    m_untilCheck->setObjectName(QStringLiteral("untilCheck"));
    m_untilCheck->setText(tr("Return by"));
    m_untilEdit->setObjectName(QStringLiteral("untilEdit"));
    m_untilEdit->setCalendarPopup(true);
    m_untilEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_untilEdit->setDate(archive.clock().today());
    m_untilEdit->setEnabled(false);
    connect(m_untilCheck, &QCheckBox::toggled, m_untilEdit, &QWidget::setEnabled);
    m_pagesEdit->setObjectName(QStringLiteral("pagesEdit"));
    m_pagesEdit->setPlaceholderText(tr("for a copy: which pages, e.g. 1-3, 7"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_errorLabel->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Archive no.:"), m_archiveEdit);
    form->addRow(tr("R&oom:"), m_roomEdit);
    form->addRow(QString(), m_roomDossiers);
    form->addRow(tr("&Borrower:"), m_borrowerEdit);
    form->addRow(tr("&Mode:"), m_modeCombo);
    form->addRow(tr("&Purpose:"), m_purposeEdit);
    auto* until = new QHBoxLayout;
    until->addWidget(m_untilCheck);
    until->addWidget(m_untilEdit, 1);
    form->addRow(tr("Return:"), until);
    form->addRow(tr("Pa&ges:"), m_pagesEdit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Submit request"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoanRequestDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    m_guard = new FormGuard(this);
}

void LoanRequestDialog::setArchiveNo(const QString& archiveNo)
{
    m_archiveEdit->setText(archiveNo);
    m_purposeEdit->setFocus();
}

bool LoanRequestDialog::showRoom(const QString& roomRef)
{
    m_roomDossiers->clear();
    m_roomDossiers->setEnabled(false);
    m_errorLabel->hide();
    auto place = m_archive.estate().findRoom(roomRef.trimmed());
    auto list = place ? m_archive.dossiers().ofRoom(place->room.id) : Result<QList<Dossier>>(place.error());
    if (!list) {
        m_errorLabel->setText(list.error().message);
        m_errorLabel->show();
        return false;
    }
    if (list->isEmpty()) {
        m_roomDossiers->addItem(tr("%1 has no dossiers").arg(place->ref()));
        return true;
    }
    m_roomDossiers->addItem(
        tr("%n dossier(s) of %1: choose one", nullptr, int(list->size())).arg(place->ref()));
    for (const Dossier& d : list.value())
        m_roomDossiers->addItem(
            QStringLiteral("%1  %2  (%3)").arg(d.archiveNo, d.title, dossierStatusLabel(d.status)),
            d.archiveNo);
    m_roomDossiers->setEnabled(true);
    // One dossier: it is the one asked for.
    if (list->size() == 1) {
        m_roomDossiers->setCurrentIndex(1);
        setArchiveNo(list->first().archiveNo);
    }
    return true;
}

void LoanRequestDialog::accept()
{
    LoanService::Request r;
    r.archiveNo = m_archiveEdit->text();
    // A 档号 typed or scanned in any form; the candidates are offered when it fits several.
    if (!r.archiveNo.trimmed().isEmpty()) {
        auto d = resolveTypedCode(m_archive, this, r.archiveNo);
        if (!d) {
            m_errorLabel->setText(d.error().message);
            m_errorLabel->show();
            return;
        }
        r.archiveNo = d->archiveNo;
        m_archiveEdit->setText(r.archiveNo);
    }
    r.borrowerLogin = m_borrowerEdit->text();
    r.mode = AccessMode(m_modeCombo->currentData().toInt());
    r.purpose = m_purposeEdit->text();
    if (m_untilCheck->isChecked())
        r.wantedReturn = m_untilEdit->date();
    r.pages = m_pagesEdit->text();
    auto l = m_archive.loans().request(r);
    if (!l) {
        m_errorLabel->setText(l.error().message);
        m_errorLabel->show();
        return;
    }
    m_loan = l.value();
    QString text;
    switch (m_loan.status) {
    case LoanStatus::Approved:
        text = tr("Granted: %1. Due %2.").arg(loanRuleReason(m_loan.rule), m_loan.due.toString(Qt::ISODate));
        break;
    case LoanStatus::Pending:
        text = tr("Registered; waiting for the approval of %1.").arg(m_loan.approverName);
        break;
    case LoanStatus::InRoom:
        text = tr("May be viewed in the archive room only: %1.").arg(loanRuleReason(m_loan.rule));
        break;
    default:
        text = tr("Refused: %1.").arg(loanRuleReason(m_loan.rule));
        break;
    }
    for (const QString& w : m_loan.warnings)
        text += QStringLiteral("\n") + w;
    MessageBox::information(this, tr("Borrow request %1").arg(m_loan.id), text);
    QDialog::accept();
}

void LoanRequestDialog::reject()
{
    if (m_guard->allowClose())
        QDialog::reject();
}

} // namespace ar::ui
