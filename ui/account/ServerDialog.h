#pragma once

#include "core/ServerLocation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ar::ui {

// Where the archive lives when several computers work on it: a PostgreSQL server (issue #24
// item 2, the window's side of `--db postgresql://…`). The office IT person set the server up
// (`archiveroom pg-setup`, docs/admin.md) and hands out the server's name, the database and a
// login for each desk. The password may be typed here — it is kept for this run of the program
// only — or left empty when the desk has it in ~/.pgpass.
class ServerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerDialog(QWidget* parent = nullptr);

    // exec()'s result when the user chose to go back to the archive on this computer.
    static constexpr int ThisComputer = 2;

    // The fields of `location` (a postgresql:// location; nothing for a file).
    void setLocation(const QString& location);
    // Why the last attempt to open the archive failed, shown above the buttons.
    void setError(const QString& message);
    // After Accepted: the checked location, and the password typed (may be empty).
    const QString& location() const { return m_location; }
    QString password() const;

    void accept() override;

private:
    void showError(QWidget* field, const QString& message);
    void chooseCertificate();

    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QComboBox* m_sslMode;
    QLineEdit* m_certificate;
    QLineEdit* m_password;
    QLabel* m_error;
    QString m_location;
};

} // namespace ar::ui
