#pragma once

#include "services/PrintService.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPrinter;
class QPrintPreviewWidget;
class QPushButton;
class QSpinBox;

namespace ar {
class Archive;
}

namespace ar::ui {

// The answer of the "Save as PDF" file dialog, for tests (DialogSeam<PdfTarget>); an empty
// path is "cancelled".
struct PdfTarget
{
    QString path;
};

// Printing one form (P1–P6, issue #6): the scope on the left (building, unit, room, range of
// rooms, dossier, box, period, label sheet and code, unmasking for a reason where the role
// may), the preview on the right, and Print… / Save as PDF…. PrintService prepares, paints
// and records; a preview is not a print, every print and PDF is in the audit trail (R27).
class PrintDialog : public QDialog
{
    Q_OBJECT

public:
    // `preset` fills the scope (e.g. the room chosen in the main window); `blank` prints the
    // empty owner or tenant form.
    PrintDialog(Archive& archive, PrintForm form, bool blank = false, const PrintRequest& preset = {},
                QWidget* parent = nullptr);
    ~PrintDialog() override;

    // What the fields ask for.
    PrintRequest request() const;
    // Prepares the form from the fields and shows it; false, with the reason in a message box
    // naming the field, when it cannot be printed.
    bool updatePreview();
    // The prepared form to `path` and its audit record; false (and a message) on failure.
    bool saveAsPdf(const QString& path);
    // The prepared form to a printer set up by the caller, and its audit record.
    bool printTo(QPrinter& printer);

    PrintForm form() const { return m_form; }
    QPrintPreviewWidget* preview() const { return m_preview; }
    // The job on show; empty when the fields changed since, or it could not be prepared.
    const std::optional<PrintJob>& job() const { return m_job; }
    int previewPages() const;
    QString statusText() const;

    // What a field of PrintRequest (Error::field) is called in this dialog.
    static QString fieldLabel(const QString& field);

private:
    static bool isPersonForm(PrintForm f);
    static bool isRegister(PrintForm f);
    // PrintDialogScope.cpp: the scope's fields and the request they make.
    void buildScope(const PrintRequest& preset);
    void loadBuildings();
    void loadUnits();
    void loadSheets();
    void updateRows();
    void invalidate();
    // Prepares when the fields changed; `quiet` shows the error under the preview only.
    bool ensureJob(bool quiet = false);
    void showError(const Error& e, bool quiet);
    void paint(QPrinter* printer);
    void onPrint();
    void onSavePdf();
    QString suggestedFileName() const;
    PrintJob jobFor(const QString& printerName) const;

    Archive& m_archive;
    const PrintForm m_form;
    const bool m_blank;
    const QList<qint64> m_loans;
    std::optional<PrintJob> m_job;

    QFormLayout* m_formLayout = nullptr;
    QComboBox* m_estateCombo = nullptr;
    QComboBox* m_buildingCombo = nullptr;
    QComboBox* m_unitCombo = nullptr;
    QLineEdit* m_roomEdit = nullptr;
    QLineEdit* m_lastRoomEdit = nullptr;
    QLineEdit* m_archiveNoEdit = nullptr;
    QLineEdit* m_locationEdit = nullptr;
    QDateEdit* m_fromEdit = nullptr;
    QDateEdit* m_toEdit = nullptr;
    QComboBox* m_sheetCombo = nullptr;
    QComboBox* m_codeCombo = nullptr;
    QSpinBox* m_skipSpin = nullptr;
    QCheckBox* m_unmaskCheck = nullptr;
    QLineEdit* m_reasonEdit = nullptr;
    QList<print::LabelSheet> m_sheets;

    QPrintPreviewWidget* m_preview = nullptr;
    std::unique_ptr<QPrinter> m_previewPrinter;
    QLabel* m_statusLabel = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
};

} // namespace ar::ui
