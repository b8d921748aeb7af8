#pragma once

#include "core/Access.h"

#include <QDialog>

#include <memory>

namespace ar {
class Archive;
}

namespace Ui {
class FirstRunDialog;
}

namespace ar::ui {

// First start on an empty archive: says where the new archive lives and creates the first
// administrator (AccountService::createFirstAdmin), who is then signed in.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    FirstRunDialog(Archive& archive, const QString& databasePath, QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    // exec()'s result when the user chose another folder for the archive (otherFolder()): the
    // caller opens the archive there instead; nothing was created in this one.
    static constexpr int OtherFolder = 2;
    // exec()'s result when the user chose an archive on a server instead (ServerDialog).
    static constexpr int OnAServer = 3;
    const QString& otherFolder() const { return m_otherFolder; }

    const User& createdUser() const { return m_user; }
    void accept() override;

private:
    void showError(QWidget* field, const QString& message);
    void clearError();
    void chooseFolder();

    std::unique_ptr<::Ui::FirstRunDialog> m_ui;
    Archive& m_archive;
    User m_user;
    QString m_otherFolder;
};

} // namespace ar::ui
