#pragma once

#include "core/PrintDocument.h"

#include <QString>

namespace ar::ui {

// The label offset of each printer (P6 calibration), kept in the user's settings under a key
// per printer name: what a printer puts this many millimetres right and down of where it
// should, the labels are shifted back by. PDF files have their own entry ("PDF"), 0 unless
// saved.
class PrinterCalibration
{
public:
    // The name PDF export is calibrated under.
    static QString pdfName();
    static print::Calibration load(const QString& printerName);
    static void save(const QString& printerName, const print::Calibration& cal);
    // The QSettings key of a printer's offsets (its name percent-encoded: names may hold '/').
    static QString key(const QString& printerName);
};

} // namespace ar::ui
