#pragma once

#include "core/Sealed.h" // private to the services

#include <QFont>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRectF>
#include <QString>

namespace ar::print {

// The fonts of the printed forms: a Ming/Song serif for the text (宋体 on the paper forms,
// fonts-arphic-uming) and a Hei sans for titles (黑体, fonts-wqy-zenhei). Not Noto CJK: Qt's
// PDF writer maps Noto's glyphs shared with the Kangxi radicals back to the radicals (雨 is
// extracted as ⾬) and loses the digits of Latin runs, so copying from or searching in the
// PDF would fail. Noto is the fallback where the two are missing.
QFont bodyFont(double pointSize);
QFont titleFont(double pointSize);

// Millimetres on the page to device pixels and back, for one paint device.
class Units
{
public:
    explicit Units(const QPaintDevice& device) : m_k(device.logicalDpiX() / 25.4) {}
    double px(double mm) const { return mm * m_k; }
    QRectF rect(double x, double y, double w, double h) const { return {px(x), px(y), px(w), px(h)}; }
    double mm(double px) const { return px / m_k; }

private:
    double m_k;
};

// The height in millimetres `text` needs in a box `widthMm` wide (with `padMm` around it).
double textHeight(const QFont& font, const QPaintDevice& device, const QString& text, double widthMm,
                  double padMm, int flags);

// Draws `text` in a box, wrapped, with `padMm` inside.
void drawText(QPainter& p, const Units& u, const QRectF& boxMm, const QString& text, int flags, double padMm);

// Sets A4 (or the given size) in the given orientation with margins 0: the layouts draw their
// own margins, so what is drawn is where it lands on paper.
void setupPage(QPagedPaintDevice& device, const QPageSize& size, QPageLayout::Orientation orientation);

} // namespace ar::print
