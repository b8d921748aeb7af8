#include "PrintDocument.h"

#include "ScanCode.h"

#include <QCoreApplication>

namespace ar::print {

QString codeKindCode(CodeKind k)
{
    return k == CodeKind::Code128 ? QStringLiteral("code128") : QStringLiteral("qr");
}

std::optional<CodeKind> codeKindFromCode(const QString& code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("qr") || c == QLatin1String("qrcode"))
        return CodeKind::QrCode;
    if (c == QLatin1String("code128") || c == QLatin1String("128"))
        return CodeKind::Code128;
    return std::nullopt;
}

QString LabelSheet::problem() const
{
    if (rows < 1 || columns < 1)
        return QCoreApplication::translate("LabelSheet", "A sheet has at least one row and one column");
    if (labelWidth < 15 || labelHeight < 10)
        return QCoreApplication::translate("LabelSheet", "A label is at least 15 × 10 mm");
    if (pageWidth < 50 || pageHeight < 50)
        return QCoreApplication::translate("LabelSheet", "The page is at least 50 × 50 mm");
    if (marginLeft < 0 || marginTop < 0 || gapX < 0 || gapY < 0)
        return QCoreApplication::translate("LabelSheet", "Margins and gaps cannot be negative");
    const double w = marginLeft + columns * labelWidth + (columns - 1) * gapX;
    const double h = marginTop + rows * labelHeight + (rows - 1) * gapY;
    if (w > pageWidth + 0.01)
        return QCoreApplication::translate("LabelSheet", "%1 columns of %2 mm with the margin and gaps take %3 mm; the page is %4 mm wide")
            .arg(columns).arg(labelWidth).arg(w, 0, 'f', 1).arg(pageWidth);
    if (h > pageHeight + 0.01)
        return QCoreApplication::translate("LabelSheet", "%1 rows of %2 mm with the margin and gaps take %3 mm; the page is %4 mm high")
            .arg(rows).arg(labelHeight).arg(h, 0, 'f', 1).arg(pageHeight);
    return {};
}

QJsonObject LabelSheet::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("page_width"), pageWidth},
            {QStringLiteral("page_height"), pageHeight},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("columns"), columns},
            {QStringLiteral("label_width"), labelWidth},
            {QStringLiteral("label_height"), labelHeight},
            {QStringLiteral("margin_left"), marginLeft},
            {QStringLiteral("margin_top"), marginTop},
            {QStringLiteral("gap_x"), gapX},
            {QStringLiteral("gap_y"), gapY}};
}

LabelSheet LabelSheet::fromJson(const QJsonObject& o)
{
    LabelSheet s;
    s.name = o.value(QStringLiteral("name")).toString();
    s.pageWidth = o.value(QStringLiteral("page_width")).toDouble(210);
    s.pageHeight = o.value(QStringLiteral("page_height")).toDouble(297);
    s.rows = o.value(QStringLiteral("rows")).toInt(8);
    s.columns = o.value(QStringLiteral("columns")).toInt(3);
    s.labelWidth = o.value(QStringLiteral("label_width")).toDouble(70);
    s.labelHeight = o.value(QStringLiteral("label_height")).toDouble(37);
    s.marginLeft = o.value(QStringLiteral("margin_left")).toDouble(0);
    s.marginTop = o.value(QStringLiteral("margin_top")).toDouble(0);
    s.gapX = o.value(QStringLiteral("gap_x")).toDouble(0);
    s.gapY = o.value(QStringLiteral("gap_y")).toDouble(0);
    return s;
}

QList<LabelSheet> presetSheets()
{
    // Common A4 label stock: 3 × 8 of 70 × 37 mm, 2 × 7 of 99.1 × 38.1 mm, 4 × 10 of
    // 48.5 × 25.4 mm, and 5 × 1 narrow spine strips of 38 × 190 mm for archive boxes.
    QList<LabelSheet> out;
    out << LabelSheet{QStringLiteral("A4 3×8 (70×37)"), 210, 297, 8, 3, 70, 37, 0, 0.5, 0, 0};
    out << LabelSheet{QStringLiteral("A4 2×7 (99.1×38.1)"), 210, 297, 7, 2, 99.1, 38.1, 4.65, 15.15, 2.5, 0};
    out << LabelSheet{QStringLiteral("A4 4×10 (48.5×25.4)"), 210, 297, 10, 4, 48.5, 25.4, 8, 21.5, 0, 0};
    out << LabelSheet{QStringLiteral("A4 5×1 (38×190)"), 210, 297, 1, 5, 38, 190, 10, 53.5, 0, 0};
    return out;
}

QString labelCode(const SpineLabel& l)
{
    return l.code.isEmpty() ? scancode::forScanner(l.archiveNo) : l.code;
}

} // namespace ar::print
