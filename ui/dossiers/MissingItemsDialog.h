#pragma once

#include "services/FilingService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace ar {
class Archive;
}

namespace ar::ui {

// R11: the owner and tenant dossiers with required items missing, for the whole estate or one
// building, in shelf order; a double click opens the dossier.
class MissingItemsDialog : public QDialog
{
    Q_OBJECT

public:
    MissingItemsDialog(Archive& archive, qint64 estateId, QWidget* parent = nullptr);

    void reload();
    QComboBox* buildingBox() const { return m_building; }
    QTableWidget* table() const { return m_table; }

private:
    Archive& m_archive;
    qint64 m_estateId;
    QComboBox* m_building = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QList<FilingMissingRow> m_rows;
};

} // namespace ar::ui
