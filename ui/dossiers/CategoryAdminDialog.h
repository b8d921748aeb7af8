#pragma once

#include "core/Dossier.h"

#include <QDialog>

#include <memory>

class QAction;

namespace ar {
class Archive;
}

namespace Ui {
class CategoryAdminDialog;
}

namespace ar::ui {

class FormErrors;

// The dossier categories and their checklists, for the administrator (ConfigureArchive):
// the seven categories in a list; for the selected one its name, owning department (R2),
// retention (R40), default loan period and numbering rule (R10); below, its item kinds with
// the required ones making the checklist (R4). Every change goes through DossierService, which
// checks the permission and the rules again; a refusal is shown on the field it names.
class CategoryAdminDialog : public QDialog
{
    Q_OBJECT

public:
    enum KindColumn
    {
        KindName,
        KindRequired,
        KindFields,
        KindActive,
        KindColumnCount
    };

    explicit CategoryAdminDialog(Archive& archive, QWidget* parent = nullptr);
    ~CategoryAdminDialog() override;

    // Selects a category by its code (owner, tenant, repair …); false if there is none.
    bool selectCategory(const QString& code);
    QString currentCode() const;
    // The kinds shown in the table, in its order.
    const QList<ItemKind>& kinds() const { return m_kinds; }
    bool selectKind(qint64 kindId);

    void saveCategory();
    void addKind();
    void editKind();
    void toggleKindActive();
    // The "required" check box of a row was clicked: saved at once (R4).
    void setKindRequired(int row, bool required);

    // The "Dossier categories…" action of the main window (objectName "actionCategoryAdmin"),
    // visible and enabled only for roles that may configure the archive.
    static QAction* createAction(Archive& archive, QWidget* parent);

private:
    void loadCategories();
    void showCategory();
    void loadKinds();
    void updateKindButtons();
    int currentKindRow() const;
    Category collect() const;
    QWidget* fieldWidget(const QString& field) const;
    bool saveKindShown(const ItemKind& k);

    std::unique_ptr<::Ui::CategoryAdminDialog> m_ui;
    Archive& m_archive;
    std::unique_ptr<FormErrors> m_errors;
    QList<Category> m_categories;
    QList<ItemKind> m_kinds;
    bool m_filling = false;
};

} // namespace ar::ui
