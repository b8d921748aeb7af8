#pragma once

#include "core/Person.h"

#include <QDialog>

#include <memory>

class QLabel;

namespace Ui {
class PersonDetailsDialog;
}

namespace ar::ui {

// A person's record in full (RegisterService::unmasked), read-only: one row per field, the
// values selectable for copying into a form. Says for what reason it was opened and that the
// view is in the audit trail.
class PersonDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    PersonDetailsDialog(const Person& person, const QString& reason, QWidget* parent = nullptr);
    ~PersonDetailsDialog() override;

    // The value shown for a field (RegisterService field codes: "id_number", "phones" …).
    QString value(const QString& field) const;

private:
    void addRow(const QString& field, const QString& value);

    std::unique_ptr<::Ui::PersonDetailsDialog> m_ui;
};

} // namespace ar::ui
