#include "ui/print/PrinterCalibration.h"

#include <QSettings>
#include <QUrl>

namespace ar::ui {

QString PrinterCalibration::pdfName()
{
    return QStringLiteral("PDF");
}

QString PrinterCalibration::key(const QString& printerName)
{
    return QStringLiteral("print/calibration/") +
           QString::fromLatin1(QUrl::toPercentEncoding(printerName.trimmed()));
}

print::Calibration PrinterCalibration::load(const QString& printerName)
{
    QSettings s;
    s.beginGroup(key(printerName));
    print::Calibration cal;
    cal.dx = s.value(QStringLiteral("dx"), 0.0).toDouble();
    cal.dy = s.value(QStringLiteral("dy"), 0.0).toDouble();
    return cal;
}

void PrinterCalibration::save(const QString& printerName, const print::Calibration& cal)
{
    QSettings s;
    s.beginGroup(key(printerName));
    s.setValue(QStringLiteral("dx"), cal.dx);
    s.setValue(QStringLiteral("dy"), cal.dy);
}

} // namespace ar::ui
