// 业主档案表 / 租户档案表 (P1, P2) on A4 portrait, one household per page.
#include "PersonForm.h"

#include "Page.h"

#include <QFontMetricsF>
#include <QPainter>

namespace ar::print {

namespace {

constexpr double kFormMargin = 18; // mm
constexpr double kFormPad = 1.5;

struct Painter
{
    QPainter& p;
    QPagedPaintDevice& dev;
    Units u;
    double left, width, bottom;
    QFont body = bodyFont(10.5);
    QFont label = titleFont(10);
    double y = kFormMargin;
    int pages = 1;

    double h(const QFont& f, const QString& t, double w,
             int flags = Qt::TextWordWrap | Qt::TextWrapAnywhere) const
    {
        return textHeight(f, dev, t, w, kFormPad, flags);
    }
    void line(double x1, double y1, double x2, double y2)
    {
        p.drawLine(QPointF(u.px(x1), u.px(y1)), QPointF(u.px(x2), u.px(y2)));
    }
    void box(double x, double yy, double w, double hh) { p.drawRect(u.rect(x, yy, w, hh)); }
    void text(const QFont& f, double x, double yy, double w, double hh, const QString& t, int flags)
    {
        p.setFont(f);
        drawText(p, u, QRectF(x, yy, w, hh), t, flags, kFormPad);
    }
    // A new page when `need` mm do not fit any more.
    void room(double need)
    {
        if (y + need <= bottom)
            return;
        dev.newPage();
        ++pages;
        y = kFormMargin;
    }
};

void paintForm(Painter& w, const PersonFormDoc& f)
{
    const double L = w.left, W = w.width;
    const QFont title = titleFont(18);
    const double titleH = w.h(title, f.title, W);
    w.text(title, L, w.y, W, titleH, f.title, Qt::AlignCenter);
    w.y += titleH + 3;

    // "____座____号" on the left, 填写日期 on the right: the values on the underscores.
    const QFont& b = w.body;
    const double lineH = w.h(b, QStringLiteral("座"), 40);
    const double blank1 = 22, blank2 = 40;
    // "座" takes 6 mm; "block" in English what it needs, never cut.
    const auto tagWidth = [&](const QString& t) {
        return std::max(6.0, w.u.mm(QFontMetricsF(b, &w.dev).horizontalAdvance(t)) + 2 * kFormPad + 1);
    };
    const double tag1 = tagWidth(f.buildingTag), tag2 = tagWidth(f.roomTag);
    double x = L;
    w.text(b, x, w.y, blank1, lineH, f.building, Qt::AlignCenter | Qt::AlignVCenter);
    w.line(x, w.y + lineH - 0.8, x + blank1, w.y + lineH - 0.8);
    x += blank1;
    w.text(b, x, w.y, tag1, lineH, f.buildingTag, Qt::AlignLeft | Qt::AlignVCenter);
    x += tag1;
    w.text(b, x, w.y, blank2, lineH, f.room, Qt::AlignCenter | Qt::AlignVCenter);
    w.line(x, w.y + lineH - 0.8, x + blank2, w.y + lineH - 0.8);
    x += blank2;
    w.text(b, x, w.y, tag2, lineH, f.roomTag, Qt::AlignLeft | Qt::AlignVCenter);
    const double dateW = 32;
    const double dateLabelW =
        w.u.mm(QFontMetricsF(b, &w.dev).horizontalAdvance(f.filledOnLabel)) + 2 * kFormPad + 1;
    w.text(b, L + W - dateW - dateLabelW, w.y, dateLabelW, lineH, f.filledOnLabel,
           Qt::AlignRight | Qt::AlignVCenter);
    w.text(b, L + W - dateW, w.y, dateW, lineH, f.filledOn, Qt::AlignCenter | Qt::AlignVCenter);
    w.line(L + W - dateW, w.y + lineH - 0.8, L + W, w.y + lineH - 0.8);
    w.y += lineH + 1;
    if (!f.archiveNoLabel.isEmpty()) {
        w.text(b, L + W - 80, w.y, 80, lineH, f.archiveNoLabel + QLatin1Char(' ') + f.archiveNo,
               Qt::AlignRight | Qt::AlignVCenter);
        w.y += lineH;
    }
    w.y += 2;

    // The fields: label | value | label | value, or label | value across.
    const double lw = W * 0.17, vw = W * 0.33;
    const double minH = 9;
    const double top = w.y;
    QList<QList<FormField>> rows;
    for (int i = 0; i < f.fields.size();) {
        if (f.fields.at(i).wide || i + 1 >= f.fields.size() || f.fields.at(i + 1).wide) {
            rows << QList<FormField>{f.fields.at(i)};
            ++i;
        } else {
            rows << QList<FormField>{f.fields.at(i), f.fields.at(i + 1)};
            i += 2;
        }
    }
    for (const auto& row : std::as_const(rows)) {
        double hh = minH;
        if (row.size() == 1) {
            hh = std::max({hh, w.h(w.label, row[0].label, lw), w.h(b, row[0].value, W - lw)});
        } else {
            for (const FormField& ff : row)
                hh = std::max({hh, w.h(w.label, ff.label, lw), w.h(b, ff.value, vw)});
        }
        w.room(hh);
        x = L;
        for (int i = 0; i < row.size(); ++i) {
            const double valW = row.size() == 1 ? W - lw : vw;
            w.box(x, w.y, lw, hh);
            w.text(w.label, x, w.y, lw, hh, row[i].label,
                   Qt::AlignCenter | Qt::TextWordWrap | Qt::TextWrapAnywhere);
            w.box(x + lw, w.y, valW, hh);
            w.text(b, x + lw, w.y, valW, hh, row[i].value,
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap | Qt::TextWrapAnywhere);
            x += lw + valW;
        }
        w.y += hh;
    }
    Q_UNUSED(top);
    w.y += 4;

    // Household members.
    if (!f.memberHeaders.isEmpty()) {
        const double th = w.h(w.label, f.membersTitle, W);
        w.room(th + minH * 2);
        w.text(w.label, L, w.y, W, th, f.membersTitle, Qt::AlignLeft | Qt::AlignVCenter);
        w.y += th;
        const int cols = f.memberHeaders.size();
        QList<double> cw;
        // 姓名, 关系, 性别 narrow; 证件号码 and 电话 wider; the rest share what is left.
        const QList<double> weights{1.2, 1.0, 0.7, 2.4, 1.8, 2.2};
        double tw = 0;
        for (int i = 0; i < cols; ++i)
            tw += i < weights.size() ? weights[i] : 1.5;
        for (int i = 0; i < cols; ++i)
            cw << W * (i < weights.size() ? weights[i] : 1.5) / tw;
        // No word is broken inside ("Gende/r", "Femal/e" in English): a column gets at least the
        // width of its longest word, header or cell, taken from the columns that have room to spare.
        QList<double> least;
        for (int i = 0; i < cols; ++i) {
            double need = 0;
            const auto widen = [&](const QFont& font, const QString& text) {
                const QFontMetricsF fm(font, &w.dev);
                for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    need = std::max(need, w.u.mm(fm.horizontalAdvance(word)) + 2 * kFormPad + 0.5);
            };
            widen(w.label, f.memberHeaders.value(i));
            for (const QStringList& m : f.members)
                widen(b, m.value(i));
            least << std::min(need, W * 0.3);
        }
        double deficit = 0, spare = 0;
        for (int i = 0; i < cols; ++i) {
            deficit += std::max(0.0, least[i] - cw[i]);
            spare += std::max(0.0, cw[i] - least[i]);
        }
        if (deficit > 0 && spare >= deficit) {
            const double share = deficit / spare;
            for (int i = 0; i < cols; ++i)
                cw[i] = cw[i] < least[i] ? least[i] : cw[i] - (cw[i] - least[i]) * share;
        }
        auto paintRow = [&](const QStringList& cells, const QFont& font, int flags) {
            double hh = minH;
            for (int i = 0; i < cols; ++i)
                hh = std::max(hh, w.h(font, cells.value(i), cw[i], flags));
            w.room(hh);
            double xx = L;
            for (int i = 0; i < cols; ++i) {
                w.box(xx, w.y, cw[i], hh);
                w.text(font, xx, w.y, cw[i], hh, cells.value(i), flags);
                xx += cw[i];
            }
            w.y += hh;
        };
        paintRow(f.memberHeaders, w.label, Qt::AlignCenter | Qt::TextWordWrap | Qt::TextWrapAnywhere);
        const int n = std::max<int>(f.members.size(), f.memberRows);
        for (int r = 0; r < n; ++r)
            paintRow(r < f.members.size() ? f.members.at(r) : QStringList(), b,
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWrapAnywhere);
        w.y += 4;
    }

    // Notes: a tall box, to be written in by hand when empty.
    if (!f.notesLabel.isEmpty()) {
        const double nh = std::max(22.0, w.h(b, f.notes, W - lw));
        w.room(nh);
        w.box(L, w.y, lw, nh);
        w.text(w.label, L, w.y, lw, nh, f.notesLabel,
               Qt::AlignCenter | Qt::TextWordWrap | Qt::TextWrapAnywhere);
        w.box(L + lw, w.y, W - lw, nh);
        w.text(b, L + lw, w.y, W - lw, nh, f.notes,
               Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap | Qt::TextWrapAnywhere);
        w.y += nh + 8;
    }

    // Signature lines.
    if (!f.signatures.isEmpty()) {
        w.room(lineH * 2);
        const double slot = W / f.signatures.size();
        for (int i = 0; i < f.signatures.size(); ++i) {
            const double sx = L + i * slot;
            w.text(b, sx, w.y, slot, lineH, f.signatures.at(i), Qt::AlignLeft | Qt::AlignVCenter);
            const double labelW =
                w.u.mm(QFontMetricsF(b, &w.dev).horizontalAdvance(f.signatures.at(i))) + 2 * kFormPad;
            w.line(sx + labelW, w.y + lineH - 0.8, sx + slot - 4, w.y + lineH - 0.8);
        }
        w.y += lineH + 4;
    }
    if (!f.footnote.isEmpty()) {
        const QFont small = bodyFont(8);
        const double fh = w.h(small, f.footnote, W);
        w.room(fh);
        w.text(small, L, w.y, W, fh, f.footnote, Qt::AlignLeft | Qt::TextWordWrap | Qt::TextWrapAnywhere);
        w.y += fh;
    }
}

} // namespace

int renderPersonForms(const QList<PersonFormDoc>& forms, QPagedPaintDevice& device)
{
    setupPage(device, QPageSize(QPageSize::A4), QPageLayout::Portrait);
    QPainter p;
    if (!p.begin(&device))
        return 0;
    const QSizeF page = device.pageLayout().fullRect(QPageLayout::Millimeter).size();
    Painter w{
        p, device, Units(device), kFormMargin, page.width() - 2 * kFormMargin, page.height() - kFormMargin};
    p.setPen(QPen(Qt::black, w.u.px(0.25)));
    p.setBrush(Qt::NoBrush);
    for (int i = 0; i < forms.size(); ++i) {
        if (i > 0) {
            device.newPage();
            ++w.pages;
            w.y = kFormMargin;
        }
        paintForm(w, forms.at(i));
    }
    p.end();
    return w.pages;
}

} // namespace ar::print
