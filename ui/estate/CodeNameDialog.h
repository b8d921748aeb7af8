#pragma once

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class CodeNameDialog;
}

namespace ar::ui {

// Asks for the code and name of an estate, phase, building or unit. Checking the values is
// the service's job: the dialog only collects them.
class CodeNameDialog : public QDialog
{
    Q_OBJECT
public:
    struct Values
    {
        QString code;
        QString name;
        QString address;
    };
    enum class Fields
    {
        CodeAndName,
        NameOnly,
        CodeNameAndAddress
    };

    // The values entered, or nothing when cancelled. Tests answer it through
    // DialogSeam<CodeNameDialog::Values>.
    static std::optional<Values> ask(QWidget* parent, const QString& title, Fields fields,
                                     const Values& initial = {}, const QString& hint = {});

    CodeNameDialog(Fields fields, QWidget* parent = nullptr);
    ~CodeNameDialog() override;

    void setValues(const Values& v);
    Values values() const;
    void setHint(const QString& hint);

private:
    std::unique_ptr<::Ui::CodeNameDialog> m_ui;
};

} // namespace ar::ui
