#pragma once

#include "services/DossierService.h"
#include "services/FilingService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace ar {
class Archive;
}

namespace ar::ui {

class FormGuard;

// Registers a received item of a dossier (R11, R12): its kind from the category's checklist,
// the kind's own fields (a repair record: 报修时间, 维修人员 …), pages, dates and scans (R16).
// The clerk files it at once; others leave it in the filing queue.
class ReceiveItemDialog : public QDialog
{
    Q_OBJECT

public:
    ReceiveItemDialog(Archive& archive, const DossierView& dossier, QWidget* parent = nullptr);

    ItemInput input() const;
    QComboBox* kindBox() const { return m_kind; }
    QSpinBox* pagesBox() const { return m_pages; }
    QLineEdit* fieldEdit(const QString& name) const;

public slots:
    void accept() override;
    // Asks before typed values are thrown away (Escape, Cancel, the close button).
    void reject() override;

private:
    void kindChanged();
    void addScans();

    Archive& m_archive;
    DossierView m_dossier;
    QList<ItemKind> m_kinds;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_docNo = nullptr;
    QLineEdit* m_responsible = nullptr;
    QDateEdit* m_date = nullptr;
    QDateEdit* m_received = nullptr;
    QSpinBox* m_pages = nullptr;
    QFormLayout* m_fieldsForm = nullptr;
    QList<std::pair<QString, QLineEdit*>> m_fields;
    QListWidget* m_scans = nullptr;
    QCheckBox* m_fileNow = nullptr;
    QLineEdit* m_note = nullptr;
    FormGuard* m_guard = nullptr;
};

} // namespace ar::ui
