#pragma once

#include "core/Result.h"

#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QPagedPaintDevice>
#include <QPointF>
#include <QString>

#include <optional>

namespace ar::print {

// The code on a spine label, read back by the borrow desk's scanner. Both carry the label's
// code: for a dossier the ASCII form of its 档号 (scancode::forScanner: "." for "·"), which every
// keyboard-wedge scanner types and DossierService::resolve reads back; the printed text keeps
// the real 档号.
enum class CodeKind
{
    QrCode,  // a square code (UTF-8: a 档号 with Chinese characters in it too)
    Code128, // the default: a linear code every scanner reads; ASCII only
};
QString codeKindCode(CodeKind k); // "qr", "code128"
std::optional<CodeKind> codeKindFromCode(const QString& code);

// A sheet of self-adhesive labels: page size, rows × columns, label size, margins and gaps
// in millimetres. Sheets are data (saved by name in the archive); presets ship for the
// common A4 sheets.
struct LabelSheet
{
    QString name;
    double pageWidth = 210, pageHeight = 297;
    int rows = 8, columns = 3;
    double labelWidth = 70, labelHeight = 37;
    double marginLeft = 0, marginTop = 0.5;
    double gapX = 0, gapY = 0;

    int perPage() const { return rows * columns; }
    // Empty when the labels fit on the page; otherwise what is wrong, in words.
    QString problem() const;
    QJsonObject toJson() const;
    static LabelSheet fromJson(const QJsonObject& o);
};
QList<LabelSheet> presetSheets();

// One spine label (P6, R14): the room number large, the 档号, building and unit, the code.
struct SpineLabel
{
    QString room;      // "1201"
    QString place;     // "3座 2单元"
    QString archiveNo; // "Z109-YZ·2026-Y-0001", printed as it is
    QString title;     // a second line for dossiers without a room
    QString code;      // what the code carries; empty: scancode::forScanner(archiveNo)
};
// What the code of `l` carries.
QString labelCode(const SpineLabel& l);

// The printer's offset (calibration, saved per printer): what is printed lands this many
// millimetres right and down of where it should; the layout shifts by minus that.
struct Calibration
{
    double dx = 0, dy = 0;
};

// The code as a black-and-white image, one pixel per module, with the quiet zone.
Result<QImage> codeImage(const QString& text, CodeKind kind);

// Paints the labels in order, `skip` slots left empty on the first sheet (a sheet already
// partly used); returns the number of pages, or the first label whose code cannot be made.
Result<int> renderLabels(const QList<SpineLabel>& labels, const LabelSheet& sheet, CodeKind kind,
                         const Calibration& cal, QPagedPaintDevice& device, int skip = 0);

// A calibration page for the sheet: each label's outline and a cross at its centre, and a
// 100 mm rule, to measure how far the printer shifts what it prints.
int renderCalibration(const LabelSheet& sheet, const Calibration& cal, QPagedPaintDevice& device);

} // namespace ar::print
