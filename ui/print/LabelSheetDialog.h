#pragma once

#include "core/PrintDocument.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPagedPaintDevice;
class QPushButton;
class QSpinBox;

namespace ar {
class Archive;
}

namespace ar::ui {

class FormErrors;

// Label sheets and printer calibration (P6): the sheets spine labels are printed on (the
// presets and those saved in the archive), edited in millimetres and saved by name; and for
// each printer the offset its labels are shifted by, measured on a calibration page.
class LabelSheetDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LabelSheetDialog(Archive& archive, QWidget* parent = nullptr);
    ~LabelSheetDialog() override;

    // The sheet of the fields.
    print::LabelSheet sheet() const;
    // Shows `s` in the fields.
    void setSheet(const print::LabelSheet& s);
    // Saves the fields' sheet; false with the service's reason under the fields.
    bool saveSheet();
    bool removeSheet();
    // Saves the offsets of the fields for the chosen printer.
    void saveOffset();
    // The calibration page of the fields' sheet and offset to `device`; its pages.
    int renderCalibrationPage(QPagedPaintDevice& device) const;
    QString errorText() const;
    QListWidget* sheetList() const { return m_list; }

private:
    void reload(const QString& select = {});
    void onCurrentSheet();
    void onPrinterChanged();
    void printCalibration();
    bool isSaved(const QString& name) const;

    Archive& m_archive;
    QList<print::LabelSheet> m_sheets;
    QListWidget* m_list;
    QLineEdit* m_nameEdit;
    QDoubleSpinBox* m_pageWidth;
    QDoubleSpinBox* m_pageHeight;
    QSpinBox* m_rows;
    QSpinBox* m_columns;
    QDoubleSpinBox* m_labelWidth;
    QDoubleSpinBox* m_labelHeight;
    QDoubleSpinBox* m_marginLeft;
    QDoubleSpinBox* m_marginTop;
    QDoubleSpinBox* m_gapX;
    QDoubleSpinBox* m_gapY;
    QLabel* m_errorLabel;
    QLabel* m_sheetStatus;
    FormErrors* m_errors;
    QPushButton* m_saveButton;
    QPushButton* m_removeButton;
    QComboBox* m_printerCombo;
    QDoubleSpinBox* m_offsetX;
    QDoubleSpinBox* m_offsetY;
    QLabel* m_offsetLabel;
};

} // namespace ar::ui
