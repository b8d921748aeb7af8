#include "ui/account/FirstRunDialog.h"

#include "ui_FirstRunDialog.h"

#include "services/Archive.h"

#include <QDir>
#include <QFileDialog>
#include <QPushButton>
#include <QStyle>

namespace ar::ui {

FirstRunDialog::FirstRunDialog(Archive& archive, const QString& databasePath, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::FirstRunDialog>()), m_archive(archive)
{
    m_ui->setupUi(this);
    setStyleSheet(QStringLiteral("#titleLabel { font-size: 15pt; font-weight: bold; }"
                                 "#errorLabel { color: #b3261e; }"
                                 "QLineEdit[invalid=\"true\"] { border: 2px solid #c62828; }"));
    m_ui->introLabel->setText(
        tr("A new, empty archive is being created in %1.\n\nAnother folder on this computer, such as a "
           "second disk, can hold it instead: \"Other folder…\". A network share is not a place for it "
           "(several computers writing one file can damage it): when several computers work on one "
           "archive, it lives on a server (\"On a server…\").\n\nSet up the administrator's account. "
           "The administrator adds the other users and their roles. Keep the password safe.")
            .arg(QDir::toNativeSeparators(databasePath)));
    m_ui->errorLabel->hide();
    for (QLineEdit* e : {m_ui->loginEdit, m_ui->nameEdit, m_ui->passwordEdit, m_ui->repeatEdit})
        connect(e, &QLineEdit::textEdited, this, &FirstRunDialog::clearError);
    connect(m_ui->createButton, &QPushButton::clicked, this, &FirstRunDialog::accept);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &FirstRunDialog::reject);
    auto* folderButton = new QPushButton(tr("Other folder…"), this);
    folderButton->setObjectName(QStringLiteral("folderButton"));
    folderButton->setAutoDefault(false);
    m_ui->buttonLayout->insertWidget(1, folderButton);
    connect(folderButton, &QPushButton::clicked, this, &FirstRunDialog::chooseFolder);
    // A desk that joins an archive other computers already work on.
    auto* serverButton = new QPushButton(tr("On a server…"), this);
    serverButton->setObjectName(QStringLiteral("serverButton"));
    serverButton->setAutoDefault(false);
    m_ui->buttonLayout->insertWidget(2, serverButton);
    connect(serverButton, &QPushButton::clicked, this, [this] { done(OnAServer); });
    m_ui->loginEdit->setFocus();
}

FirstRunDialog::~FirstRunDialog() = default;

void FirstRunDialog::accept()
{
    clearError();
    const QString login = m_ui->loginEdit->text().trimmed();
    const QString password = m_ui->passwordEdit->text();
    if (auto s = AccountService::checkLogin(login); !s)
        return showError(m_ui->loginEdit, s.error().message);
    if (auto s = AccountService::checkNewPassword(password, passwords::kDefaultMinLength, login); !s)
        return showError(m_ui->passwordEdit, s.error().message);
    if (m_ui->repeatEdit->text() != password)
        return showError(m_ui->repeatEdit, tr("The two passwords differ; type the same password twice"));
    auto user = m_archive.accounts().createFirstAdmin(login, m_ui->nameEdit->text(), password);
    if (!user) {
        const QString f = user.error().field;
        QLineEdit* field = f == QLatin1String("login")      ? m_ui->loginEdit
                           : f == QLatin1String("password") ? m_ui->passwordEdit
                                                            : nullptr;
        return showError(field, user.error().message);
    }
    m_user = user.value();
    QDialog::accept();
}

void FirstRunDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder of the archive"));
    if (folder.isEmpty())
        return;
    m_otherFolder = folder;
    done(OtherFolder);
}

void FirstRunDialog::showError(QWidget* field, const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    if (!field)
        return;
    field->setProperty("invalid", true);
    field->style()->unpolish(field);
    field->style()->polish(field);
    field->setFocus();
}

void FirstRunDialog::clearError()
{
    m_ui->errorLabel->hide();
    for (QLineEdit* e : {m_ui->loginEdit, m_ui->nameEdit, m_ui->passwordEdit, m_ui->repeatEdit}) {
        if (!e->property("invalid").toBool())
            continue;
        e->setProperty("invalid", false);
        e->style()->unpolish(e);
        e->style()->polish(e);
    }
}

} // namespace ar::ui
