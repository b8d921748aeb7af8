// Spine labels (P6) on label sheets, with their codes made by zxing-cpp.
#include "Labels.h"

#include "Page.h"

#include "core/ScanCode.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPainter>

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>

#include <stdexcept>

namespace ar::print {

Result<QImage> codeImage(const QString& text, CodeKind kind)
{
    if (text.isEmpty())
        return Error::invalid(QStringLiteral("code"), text,
                              QCoreApplication::translate("LabelSheet", "A code needs a text"));
    if (kind == CodeKind::Code128) {
        for (QChar c : text)
            if (c.unicode() < 32 || c.unicode() > 126)
                return Error::invalid(
                    QStringLiteral("code"), text,
                    QCoreApplication::translate("LabelSheet",
                                                "Code 128 carries plain ASCII only; the 档号 %1 has “%2”: "
                                                "print QR codes instead")
                        .arg(text, c));
    }
    try {
        ZXing::MultiFormatWriter writer(kind == CodeKind::QrCode ? ZXing::BarcodeFormat::QRCode
                                                                 : ZXing::BarcodeFormat::Code128);
        writer.setMargin(kind == CodeKind::QrCode ? 2 : 10);
        if (kind == CodeKind::QrCode)
            writer.setEncoding(ZXing::CharacterSet::UTF8).setEccLevel(2);
        // Width and height 0: the smallest size, one pixel per module.
        const ZXing::BitMatrix m = writer.encode(text.toStdWString(), 0, kind == CodeKind::QrCode ? 0 : 1);
        QImage img(m.width(), m.height(), QImage::Format_Mono);
        img.setColor(0, qRgb(255, 255, 255));
        img.setColor(1, qRgb(0, 0, 0));
        for (int y = 0; y < m.height(); ++y)
            for (int x = 0; x < m.width(); ++x)
                img.setPixel(x, y, m.get(x, y) ? 1 : 0);
        return img;
    } catch (const std::exception& e) {
        return Error::invalid(QStringLiteral("code"), text,
                              QCoreApplication::translate("LabelSheet", "No code can be made of %1: %2")
                                  .arg(text, QString::fromUtf8(e.what())));
    }
}


namespace {

void paintLabel(QPainter& p, const Units& u, const QRectF& r, const SpineLabel& l, const QImage& code,
                CodeKind kind)
{
    const double pad = 2.5;
    const double w = r.width() - 2 * pad, h = r.height() - 2 * pad;
    const double x = r.x() + pad, y = r.y() + pad;
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    const bool tall = r.height() > r.width() * 2; // a narrow box-spine strip

    if (tall) {
        // Top to bottom: the room number large, building and unit, the 档号, the code.
        const double roomH = std::min(w * 0.55, h * 0.18);
        QFont big = titleFont(std::max(8.0, roomH / 0.3528 * 0.72));
        p.setFont(big);
        drawText(p, u, QRectF(x, y, w, roomH), l.room.isEmpty() ? l.title : l.room,
                 Qt::AlignCenter | Qt::TextWrapAnywhere, 0);
        double yy = y + roomH + 2;
        QFont mid = bodyFont(10);
        p.setFont(mid);
        const double lineH = 6;
        drawText(p, u, QRectF(x, yy, w, lineH * 2), l.place, Qt::AlignCenter | Qt::TextWordWrap, 0);
        yy += lineH * 2 + 2;
        QFont small = bodyFont(8);
        p.setFont(small);
        drawText(p, u, QRectF(x, yy, w, lineH * 3), l.archiveNo, Qt::AlignCenter | Qt::TextWrapAnywhere, 0);
        yy += lineH * 3 + 2;
        const double side = std::min(w, h - (yy - y));
        if (kind == CodeKind::QrCode) {
            p.drawImage(u.rect(x + (w - side) / 2, yy, side, side), code);
        } else {
            // A linear code turned to run along the strip.
            const double len = h - (yy - y), hh = std::min(w, 14.0);
            p.save();
            p.translate(u.px(x + (w + hh) / 2), u.px(yy));
            p.rotate(90);
            p.drawImage(QRectF(0, 0, u.px(len), u.px(hh)), code);
            p.restore();
        }
        return;
    }

    if (kind == CodeKind::QrCode) {
        // Text on the left, the square code on the right.
        const double side = std::min(h, w * 0.42);
        const double tw = w - side - 1.5;
        p.drawImage(u.rect(x + w - side, y + (h - side) / 2, side, side), code);
        const double roomH = h * 0.45;
        QFont big = titleFont(std::max(8.0, roomH / 0.3528 * 0.7));
        QFontMetricsF fm(big, p.device());
        const QString room = l.room.isEmpty() ? l.title : l.room;
        while (big.pointSizeF() > 8 && fm.horizontalAdvance(room) > u.px(tw)) {
            big.setPointSizeF(big.pointSizeF() * 0.9);
            fm = QFontMetricsF(big, p.device());
        }
        p.setFont(big);
        drawText(p, u, QRectF(x, y, tw, roomH), room, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWrapAnywhere, 0);
        const double rest = h - roomH;
        p.setFont(bodyFont(std::clamp(rest / 0.3528 * 0.3, 6.0, 10.0)));
        drawText(p, u, QRectF(x, y + roomH, tw, rest * 0.4), l.place, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                 0);
        p.setFont(bodyFont(std::clamp(rest / 0.3528 * 0.22, 5.5, 8.0)));
        drawText(p, u, QRectF(x, y + roomH + rest * 0.4, tw, rest * 0.6), l.archiveNo,
                 Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWrapAnywhere, 0);
        return;
    }

    // Code 128: room and place on top, the bars across, the 档号 under them.
    const double roomH = h * 0.38, codeH = h * 0.38, noH = h - roomH - codeH;
    QFont big = titleFont(std::max(8.0, roomH / 0.3528 * 0.7));
    p.setFont(big);
    drawText(p, u, QRectF(x, y, w * 0.55, roomH), l.room.isEmpty() ? l.title : l.room,
             Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWrapAnywhere, 0);
    p.setFont(bodyFont(std::clamp(roomH / 0.3528 * 0.3, 6.0, 10.0)));
    drawText(p, u, QRectF(x + w * 0.55, y, w * 0.45, roomH), l.place, Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap,
             0);
    p.drawImage(u.rect(x, y + roomH, w, codeH), code);
    p.setFont(bodyFont(std::clamp(noH / 0.3528 * 0.6, 5.5, 8.0)));
    drawText(p, u, QRectF(x, y + roomH + codeH, w, noH), l.archiveNo, Qt::AlignCenter | Qt::TextWrapAnywhere, 0);
}

QRectF slotRect(const LabelSheet& s, int slot, const Calibration& cal)
{
    const int row = slot / s.columns, col = slot % s.columns;
    return {s.marginLeft + col * (s.labelWidth + s.gapX) - cal.dx, s.marginTop + row * (s.labelHeight + s.gapY) - cal.dy,
            s.labelWidth, s.labelHeight};
}

void setupSheet(QPagedPaintDevice& device, const LabelSheet& s)
{
    const QPageSize size(QSizeF(s.pageWidth, s.pageHeight), QPageSize::Millimeter);
    device.setPageLayout(QPageLayout(size, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
}

} // namespace

Result<int> renderLabels(const QList<SpineLabel>& labels, const LabelSheet& sheet, CodeKind kind,
                         const Calibration& cal, QPagedPaintDevice& device, int skip)
{
    if (const QString why = sheet.problem(); !why.isEmpty())
        return Error::invalid(QStringLiteral("sheet"), sheet.name, why);
    if (skip < 0 || skip >= sheet.perPage())
        return Error::invalid(QStringLiteral("skip"), QString::number(skip),
                              QCoreApplication::translate("LabelSheet", "The sheet has %1 labels; skip 0 to %2 of them")
                                  .arg(sheet.perPage())
                                  .arg(sheet.perPage() - 1));
    // Every code first: a 档号 that cannot be coded stops the print before a page is drawn.
    QList<QImage> codes;
    codes.reserve(labels.size());
    for (const SpineLabel& l : labels) {
        auto img = codeImage(labelCode(l), kind);
        if (!img)
            return img.error();
        codes << img.value();
    }
    setupSheet(device, sheet);
    QPainter p;
    if (!p.begin(&device))
        return Error::of(ErrorCode::Failed, QCoreApplication::translate("LabelSheet", "Cannot start printing"));
    const Units u(device);
    p.setPen(QPen(Qt::black, u.px(0.2)));
    int pages = 1;
    int slot = skip;
    for (int i = 0; i < labels.size(); ++i, ++slot) {
        if (slot == sheet.perPage()) {
            device.newPage();
            ++pages;
            slot = 0;
        }
        const QRectF r = slotRect(sheet, slot, cal);
        p.save();
        p.setClipRect(u.rect(r.x(), r.y(), r.width(), r.height()));
        paintLabel(p, u, r, labels.at(i), codes.at(i), kind);
        p.restore();
    }
    p.end();
    return pages;
}

int renderCalibration(const LabelSheet& sheet, const Calibration& cal, QPagedPaintDevice& device)
{
    setupSheet(device, sheet);
    QPainter p;
    if (!p.begin(&device))
        return 0;
    const Units u(device);
    p.setPen(QPen(Qt::black, u.px(0.2)));
    for (int slot = 0; slot < sheet.perPage(); ++slot) {
        const QRectF r = slotRect(sheet, slot, cal);
        p.drawRect(u.rect(r.x(), r.y(), r.width(), r.height()));
        const QPointF c = r.center();
        p.drawLine(QPointF(u.px(c.x() - 4), u.px(c.y())), QPointF(u.px(c.x() + 4), u.px(c.y())));
        p.drawLine(QPointF(u.px(c.x()), u.px(c.y() - 4)), QPointF(u.px(c.x()), u.px(c.y() + 4)));
    }
    // A 100 mm rule from 10 mm, 10 mm: to check the printer's scale as well as its offset.
    p.setFont(bodyFont(8));
    const double rx = 10 - cal.dx, ry = sheet.pageHeight - 12 - cal.dy;
    p.drawLine(QPointF(u.px(rx), u.px(ry)), QPointF(u.px(rx + 100), u.px(ry)));
    for (int mm = 0; mm <= 100; mm += 10)
        p.drawLine(QPointF(u.px(rx + mm), u.px(ry - (mm % 50 ? 1.5 : 3))), QPointF(u.px(rx + mm), u.px(ry)));
    drawText(p, u, QRectF(rx, ry + 0.5, 100, 5), QStringLiteral("0 — 100 mm"), Qt::AlignCenter, 0);
    p.end();
    return 1;
}

} // namespace ar::print
