// Register and catalog sheets: a table on as many pages as it takes, the header row repeated.
#include "Table.h"

#include "Page.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace ar::print {

namespace {

constexpr double kTableMargin = 15; // mm, all sides
constexpr double kCellPad = 1.0;    // mm inside a cell
constexpr double kFooterZone = 10; // mm at the bottom for the page number

int cellFlags(const Column& c)
{
    // Text wraps at words and CJK breaks, and inside a word only when the word is wider than the column.
    return int(c.align) | Qt::AlignVCenter | (c.anywhere ? Qt::TextWrapAnywhere : Qt::TextWordWrap | Qt::TextWrapAnywhere);
}

} // namespace

int renderTable(const TableDoc& doc, QPagedPaintDevice& device)
{
    setupPage(device, QPageSize(QPageSize::A4),
              doc.orientation == PageOrientation::Landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    QPainter p;
    if (!p.begin(&device))
        return 0;
    const Units u(device);
    const QSizeF page = device.pageLayout().fullRect(QPageLayout::Millimeter).size();
    const double width = page.width() - 2 * kTableMargin;
    const double bottom = page.height() - kTableMargin - kFooterZone;

    const QFont title = titleFont(16);
    const QFont body = bodyFont(doc.fontSize);
    const QFont head = titleFont(doc.fontSize);
    const QFont small = bodyFont(doc.fontSize);

    double total = 0;
    for (const Column& c : doc.columns)
        total += c.weight;
    QList<double> widths;
    for (const Column& c : doc.columns)
        widths << width * c.weight / total;

    auto rowHeight = [&](const QStringList& cells, const QFont& f, bool header) {
        double h = textHeight(f, device, QString(), 10, kCellPad, 0) + 0.6;
        for (int i = 0; i < widths.size(); ++i) {
            const QString text = i < cells.size() ? cells.at(i) : QString();
            if (text.isEmpty())
                continue;
            const int flags = header ? int(Qt::AlignCenter | Qt::TextWordWrap | Qt::TextWrapAnywhere) : cellFlags(doc.columns.at(i));
            h = std::max(h, textHeight(f, device, text, widths.at(i), kCellPad, flags));
        }
        return h;
    };

    QStringList headers;
    for (const Column& c : doc.columns)
        headers << c.header;
    const double headerH = rowHeight(headers, head, true);

    // The heading block: title, form code, the lines under it.
    const double titleH = textHeight(title, device, doc.title, width, 0, Qt::AlignCenter | Qt::TextWordWrap);
    const double lineH = textHeight(small, device, QStringLiteral("档"), width, 0, 0);
    const int subLines = std::max<int>(doc.subtitle.size(), doc.rightNote.isEmpty() ? 0 : 1);
    const double headingH = titleH + 2 + subLines * lineH + 2;

    // Pagination: each page holds the heading, the header row and as many rows as fit.
    QList<QStringList> rows = doc.rows;
    for (int i = 0; i < doc.blankRows; ++i)
        rows << QStringList();
    QList<double> heights;
    heights.reserve(rows.size());
    for (const QStringList& r : std::as_const(rows))
        heights << rowHeight(r, body, false);
    const int footerColumns =
        doc.footerColumns > 0 ? std::min(doc.footerColumns, int(doc.footer.size())) : int(doc.footer.size());
    const int footerRows =
        footerColumns > 0 ? int((doc.footer.size() + footerColumns - 1) / footerColumns) : 0;
    const double footerH = doc.footer.isEmpty() ? 0 : lineH * 2 * footerRows + 4;

    QList<QPair<int, int>> pages; // [first, last) row per page
    const double top = kTableMargin + headingH + headerH;
    int first = 0;
    while (true) {
        double y = top;
        int i = first;
        while (i < rows.size()) {
            const double h = std::min(heights.at(i), bottom - top); // a huge row is clipped to a page
            if (y + h > bottom && i > first)
                break;
            y += h;
            ++i;
        }
        const bool last = i >= rows.size();
        if (last && y + footerH > bottom && !doc.footer.isEmpty() && i > first) {
            // The signature lines do not fit under the last rows: move the last row over.
            if (i - first > 1) {
                pages << qMakePair(first, i - 1);
                first = i - 1;
                continue;
            }
        }
        pages << qMakePair(first, i);
        if (last)
            break;
        first = i;
    }

    const int pageCount = pages.size();
    const QPen thin(Qt::black, u.px(0.2));
    const QPen thick(Qt::black, u.px(0.45));
    for (int pg = 0; pg < pageCount; ++pg) {
        if (pg > 0)
            device.newPage();
        double y = kTableMargin;
        p.setFont(title);
        drawText(p, u, QRectF(kTableMargin, y, width, titleH), doc.title, Qt::AlignCenter | Qt::TextWordWrap,
                 0);
        if (!doc.formCode.isEmpty()) {
            p.setFont(small);
            drawText(p, u, QRectF(kTableMargin, y, width, lineH), doc.formCode, Qt::AlignRight | Qt::AlignTop,
                     0);
        }
        y += titleH + 2;
        p.setFont(small);
        for (int i = 0; i < doc.subtitle.size(); ++i)
            drawText(p, u, QRectF(kTableMargin, y + i * lineH, width, lineH), doc.subtitle.at(i),
                     Qt::AlignLeft | Qt::AlignVCenter, 0);
        if (!doc.rightNote.isEmpty())
            drawText(p, u, QRectF(kTableMargin, y, width, lineH), doc.rightNote,
                     Qt::AlignRight | Qt::AlignVCenter, 0);
        y = kTableMargin + headingH;

        // Header row.
        const double tableTop = y;
        p.setFont(head);
        p.setPen(thin);
        double x = kTableMargin;
        for (int c = 0; c < widths.size(); ++c) {
            drawText(p, u, QRectF(x, y, widths.at(c), headerH), headers.at(c),
                     Qt::AlignCenter | Qt::TextWordWrap | Qt::TextWrapAnywhere, kCellPad);
            x += widths.at(c);
        }
        y += headerH;
        p.drawLine(QPointF(u.px(kTableMargin), u.px(y)), QPointF(u.px(kTableMargin + width), u.px(y)));

        p.setFont(body);
        for (int r = pages.at(pg).first; r < pages.at(pg).second; ++r) {
            const double h = std::min(heights.at(r), bottom - top);
            x = kTableMargin;
            const QStringList& cells = rows.at(r);
            for (int c = 0; c < widths.size(); ++c) {
                if (c < cells.size() && !cells.at(c).isEmpty()) {
                    p.save();
                    p.setClipRect(u.rect(x, y, widths.at(c), h));
                    drawText(p, u, QRectF(x, y, widths.at(c), h), cells.at(c), cellFlags(doc.columns.at(c)),
                             kCellPad);
                    p.restore();
                }
                x += widths.at(c);
            }
            y += h;
            p.drawLine(QPointF(u.px(kTableMargin), u.px(y)), QPointF(u.px(kTableMargin + width), u.px(y)));
        }
        // Column rules and the frame.
        x = kTableMargin;
        for (int c = 1; c < widths.size(); ++c) {
            x += widths.at(c - 1);
            p.drawLine(QPointF(u.px(x), u.px(tableTop)), QPointF(u.px(x), u.px(y)));
        }
        p.setPen(thick);
        p.setBrush(Qt::NoBrush);
        p.drawRect(u.rect(kTableMargin, tableTop, width, y - tableTop));
        p.setPen(thin);

        if (pg == pageCount - 1 && !doc.footer.isEmpty()) {
            y += 4;
            const double slot = width / footerColumns;
            for (int i = 0; i < doc.footer.size(); ++i)
                drawText(p, u,
                         QRectF(kTableMargin + (i % footerColumns) * slot,
                                y + (i / footerColumns) * lineH * 2, slot, lineH * 2),
                         doc.footer.at(i), Qt::AlignLeft | Qt::AlignVCenter, 0);
        }
        if (!doc.pageFormat.isEmpty()) {
            p.setFont(small);
            drawText(p, u, QRectF(kTableMargin, page.height() - kTableMargin - lineH, width, lineH),
                     doc.pageFormat.arg(pg + 1).arg(pageCount), Qt::AlignCenter, 0);
        }
    }
    p.end();
    return pageCount;
}

} // namespace ar::print
