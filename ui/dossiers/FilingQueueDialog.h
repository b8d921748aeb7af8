#pragma once

#include "services/FilingService.h"

#include <QDialog>

class QCheckBox;
class QTableWidget;
class QPushButton;

namespace ar {
class Archive;
}

namespace ar::ui {

// R12: received items waiting to be filed, by due date, late ones in red; with "late only" the
// manager's list of late filings (still waiting, or filed after their due day). The clerk files
// the selected items; a double click opens the dossier.
class FilingQueueDialog : public QDialog
{
    Q_OBJECT

public:
    FilingQueueDialog(Archive& archive, bool lateOnly, QWidget* parent = nullptr);

    void reload();
    QTableWidget* table() const { return m_table; }
    const QList<FilingQueueRow>& rows() const { return m_rows; }

public slots:
    void fileSelected();

private:
    Archive& m_archive;
    QCheckBox* m_late = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_file = nullptr;
    QList<FilingQueueRow> m_rows;
};

} // namespace ar::ui
