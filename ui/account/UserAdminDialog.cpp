#include "ui/account/UserAdminDialog.h"

#include "ui_UserAdminDialog.h"

#include "services/Archive.h"
#include "ui/account/ResetPasswordDialog.h"
#include "ui/account/UserEditDialog.h"
#include "ui/account/UserModel.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/MessageBox.h"

#include <QHeaderView>
#include <QPushButton>

namespace ar::ui {

UserAdminDialog::UserAdminDialog(Archive& archive, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::UserAdminDialog>()), m_archive(archive),
      m_model(new UserModel(archive.accounts(), this))
{
    m_ui->setupUi(this);
    setStyleSheet(QStringLiteral("#policyHint { color: #5f6368; } #policyStatus { color: #1b5e20; }"));
    m_ui->userTable->setModel(m_model);
    m_ui->userTable->verticalHeader()->hide();
    m_ui->userTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->userTable->horizontalHeader()->setMinimumSectionSize(8 * fontMetrics().averageCharWidth() + 24);
    m_ui->userTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->userTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_ui->userTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->userTable->setWordWrap(false);

    m_ui->failuresSpin->setSuffix(tr(" attempts"));
    m_ui->lockoutSpin->setSuffix(tr(" min"));
    m_ui->idleSpin->setSuffix(tr(" min"));
    m_ui->idleSpin->setSpecialValueText(tr("never"));
    m_ui->minLengthSpin->setSuffix(tr(" characters"));
    m_ui->policyHint->setText(tr("A locked account can sign in again after the lockout, or at once after "
                                 "the administrator resets its password. The idle lock covers the open "
                                 "windows and keeps what was typed into them; 0 turns it off. New passwords "
                                 "need the minimum length and may not be a common password; passwords set "
                                 "earlier keep working."));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));

    connect(m_ui->addButton, &QPushButton::clicked, this, &UserAdminDialog::addUser);
    connect(m_ui->editButton, &QPushButton::clicked, this, &UserAdminDialog::editUser);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &UserAdminDialog::resetPassword);
    connect(m_ui->savePolicyButton, &QPushButton::clicked, this, &UserAdminDialog::savePolicy);
    connect(m_ui->userTable, &QAbstractItemView::activated, this, &UserAdminDialog::editUser);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &UserAdminDialog::reject);
    connect(m_model, &UserModel::loadFailed, this,
            [this](const QString& message) { MessageBox::warning(this, windowTitle(), message); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &UserAdminDialog::updateButtons);
    connect(m_ui->userTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &UserAdminDialog::updateButtons);
    for (QSpinBox* spin : {m_ui->failuresSpin, m_ui->lockoutSpin, m_ui->idleSpin, m_ui->minLengthSpin})
        connect(spin, &QSpinBox::valueChanged, m_ui->policyStatus, &QLabel::clear);

    m_model->reload();
    loadPolicy();
    resize(sizeHint().expandedTo(QSize(760, 460)));
}

UserAdminDialog::~UserAdminDialog() = default;

int UserAdminDialog::currentRow() const
{
    const QModelIndex i = m_ui->userTable->currentIndex();
    return i.isValid() ? i.row() : -1;
}

bool UserAdminDialog::selectUser(qint64 userId)
{
    const int row = m_model->rowOf(userId);
    if (row < 0)
        return false;
    m_ui->userTable->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void UserAdminDialog::updateButtons()
{
    const int row = currentRow();
    m_ui->editButton->setEnabled(row >= 0);
    m_ui->resetButton->setEnabled(row >= 0 && m_model->user(row).active);
}

void UserAdminDialog::addUser()
{
    UserEditDialog dialog(m_archive, m_model->departments(), this);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    m_model->reload();
    selectUser(dialog.savedUser().id);
}

void UserAdminDialog::editUser()
{
    const int row = currentRow();
    if (row < 0)
        return;
    UserEditDialog dialog(m_archive, m_model->user(row), m_model->departments(), this);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    m_model->reload();
    selectUser(dialog.savedUser().id);
}

void UserAdminDialog::resetPassword()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const User user = m_model->user(row);
    ResetPasswordDialog dialog(m_archive, user, this);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    MessageBox::information(
        this, windowTitle(),
        tr("%1 (%2) has a new password and can sign in with it.").arg(user.displayName, user.login));
}

void UserAdminDialog::loadPolicy()
{
    auto p = m_archive.accounts().policy();
    if (!p) {
        MessageBox::warning(this, windowTitle(), p.error().message);
        return;
    }
    m_ui->failuresSpin->setValue(p->maxFailures);
    m_ui->lockoutSpin->setValue(p->lockoutMinutes);
    m_ui->idleSpin->setValue(p->idleLockMinutes);
    m_ui->minLengthSpin->setValue(p->minPasswordLength);
    m_ui->policyStatus->clear();
}

void UserAdminDialog::savePolicy()
{
    AccountPolicy p;
    p.maxFailures = m_ui->failuresSpin->value();
    p.lockoutMinutes = m_ui->lockoutSpin->value();
    p.idleLockMinutes = m_ui->idleSpin->value();
    p.minPasswordLength = m_ui->minLengthSpin->value();
    if (auto s = m_archive.accounts().setPolicy(p); !s) {
        const QString& f = s.error().field;
        QSpinBox* spin = f == QLatin1String("max_failures")          ? m_ui->failuresSpin
                         : f == QLatin1String("lockout_minutes")     ? m_ui->lockoutSpin
                         : f == QLatin1String("password_min_length") ? m_ui->minLengthSpin
                                                                     : m_ui->idleSpin;
        spin->setFocus();
        spin->selectAll();
        MessageBox::warning(this, windowTitle(), s.error().message);
        return;
    }
    m_ui->policyStatus->setText(tr("Saved."));
    emit policyChanged();
}

} // namespace ar::ui
