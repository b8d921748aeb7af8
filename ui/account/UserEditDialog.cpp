#include "ui/account/UserEditDialog.h"
#include "ui/common/FormGuard.h"

#include "ui_UserEditDialog.h"

#include "services/Archive.h"
#include "ui/common/FormErrors.h"
#include "ui/common/MessageBox.h"

#include <QApplication>
#include <QPushButton>
#include <QStyle>

namespace ar::ui {

namespace {
void markInvalid(QWidget* w, bool invalid)
{
    w->setProperty("invalid", invalid);
    w->style()->unpolish(w);
    w->style()->polish(w);
}
} // namespace

UserEditDialog::UserEditDialog(Archive& archive, const QStringList& departments, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::UserEditDialog>()), m_archive(archive)
{
    setUp(departments);
    setWindowTitle(tr("New account"));
    m_user.role = Role::Staff;
    m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(int(Role::Staff)));
    m_ui->formLayout->setRowVisible(m_ui->activeCheck, false);
    m_ui->hintLabel->setText(tr("Tell the new user the initial password in person; they can change it "
                                "under \"Account › Change password…\"."));
    m_ui->loginEdit->setFocus();
    m_guard = new FormGuard(this);
}

UserEditDialog::UserEditDialog(Archive& archive, const User& user, const QStringList& departments,
                               QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::UserEditDialog>()), m_archive(archive), m_user(user)
{
    setUp(departments);
    setWindowTitle(tr("Account %1").arg(user.login));
    m_ui->loginEdit->setText(user.login);
    m_ui->loginEdit->setReadOnly(true);
    m_ui->nameEdit->setText(user.displayName);
    m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(int(user.role)));
    m_ui->departmentCombo->setCurrentText(user.department);
    m_ui->activeCheck->setChecked(user.active);
    m_ui->formLayout->setRowVisible(m_ui->passwordEdit, false);
    m_ui->formLayout->setRowVisible(m_ui->repeatEdit, false);
    m_ui->hintLabel->setText(tr("Accounts are never deleted, only disabled: the audit trail keeps naming "
                                "them. A disabled account cannot sign in."));
    m_ui->nameEdit->setFocus();
    m_guard = new FormGuard(this);
}

UserEditDialog::~UserEditDialog() = default;

QStringList UserEditDialog::defaultDepartments()
{
    return {QStringLiteral("客服部"), QStringLiteral("工程部"), QStringLiteral("财务部"),
            QStringLiteral("安全部"), QStringLiteral("综合办公室")};
}

void UserEditDialog::setUp(const QStringList& departments)
{
    m_ui->setupUi(this);
    setStyleSheet(FormErrors::styleSheet() + QStringLiteral("#hintLabel { color: #5f6368; }"));
    for (Role r : allAccountRoles())
        m_ui->roleCombo->addItem(roleLabel(r), int(r));
    QStringList offered = defaultDepartments();
    for (const QString& d : departments)
        if (!offered.contains(d))
            offered << d;
    m_ui->departmentCombo->addItems(offered);
    m_ui->departmentCombo->setCurrentIndex(-1);
    m_ui->departmentCombo->lineEdit()->setPlaceholderText(tr("choose or type"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &UserEditDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &UserEditDialog::reject);
}

User UserEditDialog::collect() const
{
    User u = m_user;
    u.login = m_ui->loginEdit->text().trimmed();
    u.displayName = m_ui->nameEdit->text();
    u.role = Role(m_ui->roleCombo->currentData().toInt());
    u.department = m_ui->departmentCombo->currentText();
    u.active = isNew() || m_ui->activeCheck->isChecked();
    return u;
}

QWidget* UserEditDialog::fieldWidget(const QString& field) const
{
    if (field == QLatin1String("login"))
        return m_ui->loginEdit;
    if (field == QLatin1String("name"))
        return m_ui->nameEdit;
    if (field == QLatin1String("department"))
        return m_ui->departmentCombo;
    if (field == QLatin1String("password"))
        return m_ui->passwordEdit;
    return nullptr;
}

void UserEditDialog::accept()
{
    for (QWidget* w : {static_cast<QWidget*>(m_ui->loginEdit), static_cast<QWidget*>(m_ui->nameEdit),
                       static_cast<QWidget*>(m_ui->departmentCombo),
                       static_cast<QWidget*>(m_ui->passwordEdit), static_cast<QWidget*>(m_ui->repeatEdit)})
        markInvalid(w, false);
    const User u = collect();
    Result<User> saved = Error::of(ErrorCode::Failed, {});
    if (isNew()) {
        if (m_ui->repeatEdit->text() != m_ui->passwordEdit->text()) {
            markInvalid(m_ui->repeatEdit, true);
            m_ui->repeatEdit->setFocus();
            MessageBox::warning(this, windowTitle(),
                                tr("The two passwords differ; type the same password twice"));
            return;
        }
        QApplication::setOverrideCursor(Qt::WaitCursor);
        saved = m_archive.accounts().addUser(u, m_ui->passwordEdit->text());
        QApplication::restoreOverrideCursor();
    } else {
        saved = m_archive.accounts().updateUser(u);
    }
    if (!saved) {
        const Error& e = saved.error();
        QWidget* field = fieldWidget(e.field);
        if (!field && e.code == ErrorCode::Conflict && isNew())
            field = m_ui->loginEdit; // the login is taken
        if (field) {
            markInvalid(field, true);
            field->setFocus();
        }
        MessageBox::warning(this, windowTitle(), e.message);
        return;
    }
    m_saved = saved.value();
    QDialog::accept();
}

void UserEditDialog::reject()
{
    if (m_guard->allowClose())
        QDialog::reject();
}

} // namespace ar::ui
