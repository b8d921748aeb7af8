#pragma once

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class UnmaskReasonDialog;
}

namespace ar::ui {

// The answer type of the seam (DialogSeam<UnmaskReason>): a test answers the question of
// the next unmask without showing the dialog.
struct UnmaskReason
{
    QString text;
};

// Why the full ID number, phones and addresses of a person are needed (R20). A reason is
// required: OK stays disabled until one is chosen or typed. The reason goes with the unmask
// into the audit trail.
class UnmaskReasonDialog : public QDialog
{
    Q_OBJECT

public:
    UnmaskReasonDialog(const QString& personName, QWidget* parent = nullptr);
    ~UnmaskReasonDialog() override;

    QString reason() const;

    // The reason, or nullopt when cancelled.
    static std::optional<QString> ask(QWidget* parent, const QString& personName);

private:
    std::unique_ptr<::Ui::UnmaskReasonDialog> m_ui;
};

} // namespace ar::ui
