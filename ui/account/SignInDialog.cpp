#include "ui/account/SignInDialog.h"

#include "ui_SignInDialog.h"

#include "services/Archive.h"
#include "ui/account/RecoverDialog.h"
#include "ui/common/DialogRunner.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QPalette>

namespace ar::ui {

SignInDialog::SignInDialog(Archive& archive, QWidget* parent)
    : SignInDialog([&archive] { return &archive; }, parent)
{
}

SignInDialog::SignInDialog(std::function<Archive*()> archive, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::SignInDialog>()), m_archive(std::move(archive))
{
    m_ui->setupUi(this);
    // The title's font and the error's colour set directly: a style sheet would put every widget
    // of the window through the style sheet style before its first paint (issue #23).
    QFont title = m_ui->titleLabel->font();
    title.setPointSize(16);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->titleLabel->setMargin(4);
    QPalette error = m_ui->errorLabel->palette();
    error.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    m_ui->errorLabel->setPalette(error);
    m_ui->titleLabel->setText(tr("ArchiveRoom"));
    m_ui->errorLabel->hide();
    connect(m_ui->signInButton, &QPushButton::clicked, this, &SignInDialog::accept);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &SignInDialog::reject);
    connect(m_ui->forgotButton, &QPushButton::clicked, this, &SignInDialog::forgotPassword);
    connect(m_ui->passwordEdit, &QLineEdit::textEdited, m_ui->errorLabel, &QLabel::hide);
    m_ui->loginEdit->setFocus();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setLogin(const QString& login)
{
    m_ui->loginEdit->setText(login);
    if (!login.isEmpty())
        m_ui->passwordEdit->setFocus();
}

void SignInDialog::setNote(const QString& text)
{
    auto* note = findChild<QLabel*>(QStringLiteral("noteLabel"));
    if (!note) {
        note = new QLabel(this);
        note->setObjectName(QStringLiteral("noteLabel"));
        note->setWordWrap(true);
        note->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_ui->mainLayout->insertWidget(1, note);
    }
    note->setText(text);
}

QString SignInDialog::login() const
{
    return m_ui->loginEdit->text().trimmed();
}

void SignInDialog::accept()
{
    // Hashing the password takes a moment on purpose; show that something happens.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Archive* archive = m_archive();
    if (!archive) {
        QApplication::restoreOverrideCursor();
        done(Unavailable);
        return;
    }
    auto user = archive->accounts().signIn(login(), m_ui->passwordEdit->text());
    QApplication::restoreOverrideCursor();
    if (!user) {
        m_ui->errorLabel->setText(user.error().message);
        m_ui->errorLabel->show();
        m_ui->passwordEdit->clear();
        m_ui->passwordEdit->setFocus();
        return;
    }
    m_user = user.value();
    QDialog::accept();
}

void SignInDialog::forgotPassword()
{
    Archive* archive = m_archive();
    if (!archive) {
        done(Unavailable);
        return;
    }
    RecoverDialog dialog(*archive, this);
    dialog.setLogin(login());
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    m_ui->errorLabel->hide();
    m_ui->loginEdit->setText(dialog.login());
    m_ui->passwordEdit->clear();
    m_ui->passwordEdit->setFocus();
}

} // namespace ar::ui
