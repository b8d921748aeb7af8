#pragma once

#include <QDialog>

#include <functional>
#include <memory>

class QTextDocument;

namespace ar {
class Archive;
}

namespace Ui {
class RecoveryKeyDialog;
}

namespace ar::ui {

// Shows the archive's recovery key the one time the service hands it out (first run, or the
// first sign-in to an archive from before encryption): what it is for, the key in large type,
// printing it, and a tick "printed or written down" before the dialog can be closed — once
// closed, the key cannot be shown again.
class RecoveryKeyDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryKeyDialog(const QString& recoveryKey, const QString& archivePath, QWidget* parent = nullptr);
    ~RecoveryKeyDialog() override;

    // Shows the dialog if AccountService::takeRecoveryKey() has a key; otherwise does nothing.
    static void showIfPending(Archive& archive, const QString& archivePath, QWidget* parent = nullptr);

    // The page that is printed: the key, the archive, the date and what to do with it.
    std::unique_ptr<QTextDocument> printPage() const;
    void print();

    // Tests: the next print() hands the page to `handler` instead of a printer. Stays set
    // until set to nullptr.
    using PrintHandler = std::function<void(QTextDocument&)>;
    static void setPrintHandler(PrintHandler handler);

    // Closing without the tick would lose the key for good: Esc and the close button do nothing.
    void reject() override;

private:
    std::unique_ptr<::Ui::RecoveryKeyDialog> m_ui;
    QString m_key;
    QString m_archivePath;
};

} // namespace ar::ui
