#pragma once

#include "services/ImportService.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ar {
class Archive;
}

namespace ar::ui {

// The answer of the "choose a roster" file dialog, for tests (DialogSeam<RosterFile>); an
// empty path is "cancelled".
struct RosterFile
{
    QString path;
};

// 导入业主名册 (issue #7): a developer's handover roster (.xlsx, .csv) into the register. The
// file's sheet, header row and encoding; the column mapping, preset from the headers (or the
// mapping remembered for the layout), each column to a field or not imported; the preview of
// every row — added, updated, unchanged or rejected with the column, value and reason — and
// then all rows or only the good ones, in one transaction. Rejected rows can be written to a
// sheet to fix. ImportService checks the permission and does the work.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(Archive& archive, QWidget* parent = nullptr);

    // Asks for a file (DialogSeam<RosterFile> in tests) and opens it; false when cancelled or
    // the file cannot be read (a message says why).
    bool chooseFile();
    // Reads the file's header and mapping and checks its rows.
    bool openFile(const QString& path);
    // A dry run with the mapping as chosen; fills the preview. False on an error or a cancel.
    bool check();
    // All rows, or nothing while a row is rejected (refused with a message). True when written.
    bool importAll();
    // The good rows, after confirming how many are left out. True when written.
    bool importGoodRows();
    // The rejected rows with an error column to a file the user chooses (DialogSeam<ExportTarget>).
    bool exportRejected();

    // Column → field as the combo boxes say.
    QMap<int, io::RosterField> mapping() const;
    // Sets a column's field (nullopt: not imported), as the user would in the combo box.
    void setField(int column, std::optional<io::RosterField> field);
    const ImportReport& report() const { return m_report; }
    bool previewCurrent() const { return m_checked; }
    QTableWidget* mappingTable() const { return m_mappingTable; }
    QTableWidget* previewTable() const { return m_previewTable; }
    QString countsText() const;

signals:
    // An import wrote to the register: the window reads its views again.
    void imported();

private:
    void fillMapping();
    void fillPreview();
    void applyFilter();
    void updateButtons();
    void markStale();
    bool run(bool onlyValid);
    Result<ImportReport> runWithProgress(const ImportService::Options& options, const QString& label);
    ImportService::Options options() const;

    Archive& m_archive;
    QString m_path;
    ImportReport m_inspected; // the header and the columns, from inspect()
    ImportReport m_report;    // the last check (or import)
    bool m_checked = false;   // m_report matches the mapping on show
    bool m_done = false;      // the last run was an import: check again before the next

    QLineEdit* m_fileEdit = nullptr;
    QLabel* m_infoLabel = nullptr;
    QTableWidget* m_mappingTable = nullptr;
    QCheckBox* m_rememberCheck = nullptr;
    QLabel* m_countsLabel = nullptr;
    QCheckBox* m_problemsOnly = nullptr;
    QTableWidget* m_previewTable = nullptr;
    QPushButton* m_checkButton = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_goodRowsButton = nullptr;
    QPushButton* m_rejectedButton = nullptr;
};

} // namespace ar::ui
