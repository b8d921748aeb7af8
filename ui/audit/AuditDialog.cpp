#include "ui/audit/AuditDialog.h"

#include "ui/audit/AuditModel.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/ReadOnlyTable.h"

#include "services/Archive.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableView>
#include <QVBoxLayout>

namespace ar::ui {

namespace {

QLabel* messageLabel(const char* name, QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(name));
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->hide();
    return l;
}

} // namespace

AuditDialog::AuditDialog(Archive& archive, QWidget* parent)
    : QDialog(parent), m_archive(archive), m_model(new AuditModel(archive.audit(), this)),
      m_table(new QTableView(this)), m_personEdit(new QLineEdit(this)), m_dossierEdit(new QLineEdit(this)),
      m_userEdit(new QLineEdit(this)), m_actionCombo(new QComboBox(this)), m_fromCheck(new QCheckBox(this)),
      m_fromEdit(new QDateEdit(this)), m_toCheck(new QCheckBox(this)), m_toEdit(new QDateEdit(this)),
      m_applyButton(new QPushButton(tr("&Show"), this)),
      m_verifyButton(new QPushButton(tr("&Verify chain"), this)),
      m_verifyLabel(messageLabel("verifyLabel", this)), m_errorLabel(messageLabel("errorLabel", this))
{
    setObjectName(QStringLiteral("AuditDialog"));
    setWindowTitle(tr("Audit trail"));
    resize(1080, 560);

    m_personEdit->setObjectName(QStringLiteral("personEdit"));
    m_personEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,12}")), this));
    m_personEdit->setPlaceholderText(tr("person no."));
    m_dossierEdit->setObjectName(QStringLiteral("dossierEdit"));
    m_dossierEdit->setPlaceholderText(tr("archive no."));
    m_userEdit->setObjectName(QStringLiteral("userEdit"));
    m_userEdit->setPlaceholderText(tr("login"));
    m_actionCombo->setObjectName(QStringLiteral("actionCombo"));
    m_actionCombo->addItem(tr("All actions"), QString());
    for (AuditAction a : allAuditActions())
        m_actionCombo->addItem(auditActionLabel(auditActionCode(a)), auditActionCode(a));
    const QDate today = m_archive.clock().today();
    for (auto [check, edit, name, date] : {std::tuple{m_fromCheck, m_fromEdit, "from", today.addDays(-30)},
                                           std::tuple{m_toCheck, m_toEdit, "to", today}}) {
        check->setObjectName(QStringLiteral("%1Check").arg(QLatin1String(name)));
        edit->setObjectName(QStringLiteral("%1Edit").arg(QLatin1String(name)));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(date);
        edit->setEnabled(false);
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    }
    m_fromCheck->setText(tr("From"));
    m_toCheck->setText(tr("To"));

    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setDefault(true); // Enter in a filter field shows the records
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_verifyButton->setAutoDefault(false);
    connect(m_applyButton, &QPushButton::clicked, this, &AuditDialog::applyFilter);
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditDialog::verifyChain);
    connect(m_model, &AuditModel::loadFailed, this, &AuditDialog::showError);

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    m_table->horizontalHeader()->resizeSection(AuditModel::Time, 150);
    m_table->horizontalHeader()->resizeSection(AuditModel::User, 180);
    m_table->horizontalHeader()->resizeSection(AuditModel::Subject, 170);
    m_table->horizontalHeader()->resizeSection(AuditModel::Dossier, 190);
    m_table->horizontalHeader()->resizeSection(AuditModel::Detail, 220);

    auto* filters = new QHBoxLayout;
    auto add = [filters, this](const QString& label, QWidget* w) {
        auto* l = new QLabel(label, this);
        l->setBuddy(w);
        filters->addWidget(l);
        filters->addWidget(w, 1);
    };
    add(tr("&Person:"), m_personEdit);
    add(tr("&Dossier:"), m_dossierEdit);
    add(tr("&User:"), m_userEdit);
    add(tr("&Action:"), m_actionCombo);
    for (QWidget* w : {static_cast<QWidget*>(m_fromCheck), static_cast<QWidget*>(m_fromEdit),
                       static_cast<QWidget*>(m_toCheck), static_cast<QWidget*>(m_toEdit),
                       static_cast<QWidget*>(m_applyButton)})
        filters->addWidget(w);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    buttons->addButton(m_verifyButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_verifyLabel);
    layout->addWidget(buttons);
    applyFilter();
}

void AuditDialog::setPersonFilter(qint64 personId)
{
    m_personEdit->setText(personId > 0 ? QString::number(personId) : QString());
    applyFilter();
}

void AuditDialog::applyFilter()
{
    m_errorLabel->hide();
    AuditService::Filter f;
    f.personId = m_personEdit->text().toLongLong();
    f.dossier = m_dossierEdit->text().trimmed();
    f.userLogin = m_userEdit->text().trimmed();
    f.action = m_actionCombo->currentData().toString();
    if (m_fromCheck->isChecked())
        f.from = m_fromEdit->date();
    if (m_toCheck->isChecked())
        f.to = m_toEdit->date();
    f.newestFirst = true;
    f.limit = 200;
    m_model->setFilter(f);
}

void AuditDialog::verifyChain()
{
    auto r = m_archive.audit().verify();
    m_verifyLabel->show();
    if (!r) {
        m_verifyLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_verifyLabel->setText(r.error().message);
        return;
    }
    const AuditService::VerifyReport& rep = r.value();
    m_verifyLabel->setStyleSheet(rep.intact() ? QStringLiteral("color: #1b6e20;")
                                              : QStringLiteral("color: #b3261e;"));
    QString text = rep.intact()
                       ? tr("The chain is intact: %1 records.").arg(rep.records)
                       : tr("The chain is broken at record %1: %2").arg(rep.brokenId).arg(rep.message);
    if (rep.intact() && rep.lastId)
        text += QLatin1Char(' ') + tr("Checkpoint to note down: %1:%2").arg(rep.lastId).arg(rep.lastHash);
    m_verifyLabel->setText(text);
}

void AuditDialog::showError(const QString& message)
{
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

QAction* AuditDialog::createAction(Archive& archive, QWidget* window, std::function<qint64()> currentPerson)
{
    auto* action = new QAction(tr("A&udit trail…"), window);
    action->setObjectName(QStringLiteral("actionAuditTrail"));
    action->setVisible(archive.can(Permission::ReadAudit));
    connect(action, &QAction::triggered, window, [&archive, window, currentPerson] {
        AuditDialog dialog(archive, window);
        if (const qint64 person = currentPerson ? currentPerson() : 0)
            dialog.setPersonFilter(person);
        DialogRunner::exec(dialog);
    });
    return action;
}

} // namespace ar::ui
