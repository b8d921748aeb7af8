#include "ui/account/ServerDialog.h"

#include "services/Archive.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ar::ui {

ServerDialog::ServerDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Archive on a server"));
    setObjectName(QStringLiteral("ServerDialog"));
    setStyleSheet(QStringLiteral("#errorLabel { color: #b3261e; }"
                                 "QLineEdit[invalid=\"true\"] { border: 2px solid #c62828; }"));
    auto* intro = new QLabel(
        tr("When several computers work on one archive, it lives on a PostgreSQL server. The office IT "
           "person sets the server up and gives you the details below. Leave the password empty if it "
           "is kept on this computer (~/.pgpass); a password typed here is used until ArchiveRoom is "
           "closed and never saved."),
        this);
    intro->setWordWrap(true);

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("e.g. archive-server or 192.168.1.20"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_database->setPlaceholderText(tr("e.g. archive"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setPlaceholderText(tr("empty: this computer's login name"));
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("sslModeCombo"));
    m_sslMode->addItem(tr("Encrypted if the server offers it"), QString());
    m_sslMode->addItem(tr("Always encrypted"), QStringLiteral("require"));
    m_sslMode->addItem(tr("Encrypted, server's certificate checked"), QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("Not encrypted (this computer only)"), QStringLiteral("disable"));
    m_certificate = new QLineEdit(this);
    m_certificate->setObjectName(QStringLiteral("certificateEdit"));
    m_certificate->setPlaceholderText(tr("the certificate authority's file, for a checked certificate"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &ServerDialog::chooseCertificate);
    auto* certRow = new QHBoxLayout;
    certRow->addWidget(m_certificate, 1);
    certRow->addWidget(browse);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);

    auto* form = new QFormLayout;
    form->addRow(tr("&Server"), m_host);
    form->addRow(tr("&Port"), m_port);
    form->addRow(tr("&Database"), m_database);
    form->addRow(tr("&Login"), m_user);
    form->addRow(tr("&Encryption"), m_sslMode);
    auto* certLabel = new QLabel(tr("&Certificate"), this);
    certLabel->setBuddy(m_certificate); // a row of two widgets gets no buddy by itself
    form->addRow(certLabel, certRow);
    form->addRow(tr("Pass&word"), m_password);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    auto* local = buttons->addButton(tr("Archive on this computer"), QDialogButtonBox::ResetRole);
    local->setObjectName(QStringLiteral("thisComputerButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ServerDialog::reject);
    connect(local, &QPushButton::clicked, this, [this] { done(ThisComputer); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    for (QLineEdit* e : {m_host, m_database, m_user, m_certificate, m_password})
        connect(e, &QLineEdit::textEdited, this, [e] {
            e->setProperty("invalid", false);
            e->setStyleSheet({});
        });
    resize(520, sizeHint().height());
    m_host->setFocus();
}

void ServerDialog::setLocation(const QString& location)
{
    const ServerLocation parts = Archive::serverLocationParts(location);
    m_host->setText(parts.host);
    if (parts.port > 0)
        m_port->setValue(parts.port);
    m_database->setText(parts.database);
    m_user->setText(parts.user);
    const int mode = m_sslMode->findData(parts.sslMode);
    if (mode >= 0)
        m_sslMode->setCurrentIndex(mode);
    m_certificate->setText(parts.sslRootCert);
}

void ServerDialog::setError(const QString& message)
{
    showError(nullptr, message);
}

QString ServerDialog::password() const
{
    return m_password->text();
}

void ServerDialog::accept()
{
    ServerLocation parts;
    parts.host = m_host->text();
    parts.port = m_port->value() == 5432 ? 0 : m_port->value();
    parts.database = m_database->text();
    parts.user = m_user->text();
    parts.sslMode = m_sslMode->currentData().toString();
    parts.sslRootCert = m_certificate->text();
    if (parts.host.trimmed().isEmpty())
        return showError(m_host, tr("Give the server's name or address"));
    if (parts.sslMode == QLatin1String("verify-full") && parts.sslRootCert.trimmed().isEmpty())
        return showError(
            m_certificate,
            tr("A checked certificate needs the file of the certificate authority that signed it"));
    auto location = Archive::serverLocation(parts);
    if (!location) {
        const QString f = location.error().field;
        QLineEdit* field = f == QLatin1String("host")          ? m_host
                           : f == QLatin1String("database")    ? m_database
                           : f == QLatin1String("user")        ? m_user
                           : f == QLatin1String("sslrootcert") ? m_certificate
                                                               : nullptr;
        return showError(field, location.error().message);
    }
    m_location = location.value();
    QDialog::accept();
}

void ServerDialog::showError(QWidget* field, const QString& message)
{
    m_error->setText(message);
    m_error->show();
    if (!field)
        return;
    field->setProperty("invalid", true);
    field->setStyleSheet({}); // re-polish with the property
    field->setFocus();
}

void ServerDialog::chooseCertificate()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Certificate authority"), m_certificate->text(),
                                     tr("Certificates (*.crt *.pem);;All files (*)"));
    if (!file.isEmpty())
        m_certificate->setText(file);
}

} // namespace ar::ui
