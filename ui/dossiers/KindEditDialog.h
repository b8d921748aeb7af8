#pragma once

#include "core/Dossier.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ar {
class Archive;
}

namespace ar::ui {

class FormGuard;

class FormErrors;

// One item kind of a category's checklist (R1, R4): its name, whether every dossier of the
// category must hold one, its own fields (one a line: 报修时间, 维修人员 …) and whether it is
// still offered. OK saves through DossierService::saveKind; a refusal stays on the form.
class KindEditDialog : public QDialog
{
    Q_OBJECT

public:
    KindEditDialog(Archive& archive, const ItemKind& kind, const QString& categoryName,
                   QWidget* parent = nullptr);
    ~KindEditDialog() override;

    // After Accepted: the kind as saved, with its id.
    const ItemKind& savedKind() const { return m_saved; }

    void accept() override;
    // Asks before typed values are thrown away (Escape, Cancel, the close button).
    void reject() override;

private:
    Archive& m_archive;
    ItemKind m_kind;
    ItemKind m_saved;
    QLineEdit* m_nameEdit;
    QCheckBox* m_requiredCheck;
    QPlainTextEdit* m_fieldsEdit;
    QCheckBox* m_activeCheck;
    QLabel* m_errorLabel;
    QDialogButtonBox* m_buttons;
    std::unique_ptr<FormErrors> m_errors;
    FormGuard* m_guard = nullptr;
};

} // namespace ar::ui
