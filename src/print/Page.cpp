#include "Page.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QTextLayout>

namespace ar::print {

QFont bodyFont(double pointSize)
{
    QFont f(QStringLiteral("AR PL UMing CN"));
    f.setFamilies({QStringLiteral("AR PL UMing CN"), QStringLiteral("SimSun"),
                   QStringLiteral("Noto Serif CJK SC"), QStringLiteral("serif")});
    f.setPointSizeF(pointSize);
    return f;
}

QFont titleFont(double pointSize)
{
    QFont f(QStringLiteral("WenQuanYi Zen Hei"));
    f.setFamilies({QStringLiteral("WenQuanYi Zen Hei"), QStringLiteral("SimHei"),
                   QStringLiteral("Noto Sans CJK SC"), QStringLiteral("sans-serif")});
    f.setPointSizeF(pointSize);
    f.setBold(true);
    return f;
}

namespace {

// Qt::TextWordWrap | Qt::TextWrapAnywhere asks for lines broken between words, and inside a
// word only when the word alone is wider than the box. QPainter's flags cannot say that (with
// both, it breaks anywhere: "Gende/r" in English), so such text is laid out here, the same way
// for measuring and for painting.
bool wordsThenAnywhere(int flags)
{
    return (flags & Qt::TextWordWrap) && (flags & Qt::TextWrapAnywhere);
}

// Lays `text` out in lines of `widthPx`; the height of the lines in pixels.
double layOut(QTextLayout& layout, const QPaintDevice* device, double widthPx, int flags)
{
    QTextOption option(Qt::Alignment(flags & Qt::AlignHorizontal_Mask));
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    const double leading = QFontMetricsF(layout.font(), device).leading();
    double y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(widthPx);
        line.setPosition(QPointF(0, y));
        y += line.height() + std::max(0.0, leading);
    }
    layout.endLayout();
    return y;
}

QString withLineSeparators(QString text)
{
    return text.replace(QLatin1Char('\n'), QChar::LineSeparator);
}

} // namespace

double textHeight(const QFont& font, const QPaintDevice& device, const QString& text, double widthMm,
                  double padMm, int flags)
{
    const Units u(device);
    const QFontMetricsF fm(font, &device);
    const double inner = u.px(widthMm - 2 * padMm);
    if (text.isEmpty() || inner <= 0)
        return u.mm(fm.height()) + 2 * padMm;
    if (wordsThenAnywhere(flags)) {
        QTextLayout layout(withLineSeparators(text), font, const_cast<QPaintDevice*>(&device));
        return u.mm(layOut(layout, &device, inner, flags)) + 2 * padMm;
    }
    const QRectF r = fm.boundingRect(QRectF(0, 0, inner, 1e9), flags, text);
    return u.mm(r.height()) + 2 * padMm;
}

void drawText(QPainter& p, const Units& u, const QRectF& boxMm, const QString& text, int flags, double padMm)
{
    const QRectF inner(u.px(boxMm.x() + padMm), u.px(boxMm.y() + padMm), u.px(boxMm.width() - 2 * padMm),
                       u.px(boxMm.height() - 2 * padMm));
    if (!wordsThenAnywhere(flags) || text.isEmpty() || inner.width() <= 0) {
        p.drawText(inner, flags, text);
        return;
    }
    QTextLayout layout(withLineSeparators(text), p.font(), p.device());
    const double h = layOut(layout, p.device(), inner.width(), flags);
    double top = inner.top();
    if (flags & Qt::AlignVCenter)
        top += (inner.height() - h) / 2;
    else if (flags & Qt::AlignBottom)
        top += inner.height() - h;
    layout.draw(&p, QPointF(inner.left(), top));
}

void setupPage(QPagedPaintDevice& device, const QPageSize& size, QPageLayout::Orientation orientation)
{
    device.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
}

} // namespace ar::print
