#include "Page.h"

#include <QFontMetricsF>
#include <QPageLayout>

namespace ar::print {

QFont bodyFont(double pointSize)
{
    QFont f(QStringLiteral("AR PL UMing CN"));
    f.setFamilies({QStringLiteral("AR PL UMing CN"), QStringLiteral("SimSun"), QStringLiteral("Noto Serif CJK SC"),
                   QStringLiteral("serif")});
    f.setPointSizeF(pointSize);
    return f;
}

QFont titleFont(double pointSize)
{
    QFont f(QStringLiteral("WenQuanYi Zen Hei"));
    f.setFamilies({QStringLiteral("WenQuanYi Zen Hei"), QStringLiteral("SimHei"), QStringLiteral("Noto Sans CJK SC"),
                   QStringLiteral("sans-serif")});
    f.setPointSizeF(pointSize);
    f.setBold(true);
    return f;
}

double textHeight(const QFont& font, const QPaintDevice& device, const QString& text, double widthMm,
                  double padMm, int flags)
{
    const Units u(device);
    const QFontMetricsF fm(font, &device);
    const double inner = u.px(widthMm - 2 * padMm);
    if (text.isEmpty() || inner <= 0)
        return u.mm(fm.height()) + 2 * padMm;
    const QRectF r = fm.boundingRect(QRectF(0, 0, inner, 1e9), flags, text);
    return u.mm(r.height()) + 2 * padMm;
}

void drawText(QPainter& p, const Units& u, const QRectF& boxMm, const QString& text, int flags, double padMm)
{
    const QRectF inner(u.px(boxMm.x() + padMm), u.px(boxMm.y() + padMm), u.px(boxMm.width() - 2 * padMm),
                       u.px(boxMm.height() - 2 * padMm));
    p.drawText(inner, flags, text);
}

void setupPage(QPagedPaintDevice& device, const QPageSize& size, QPageLayout::Orientation orientation)
{
    device.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
}

} // namespace ar::print
