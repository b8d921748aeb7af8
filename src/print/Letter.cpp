#include "Letter.h"

#include "Page.h"

#include <QPageLayout>
#include <QPainter>

namespace ar::print {

namespace {

constexpr double kLetterMargin = 18; // mm around the text of an A5 page
constexpr double kLetterGap = 4;     // mm between paragraphs

// Draws `text` across the page from `y` down; the height it took.
double letterBlock(QPainter& p, const Units& u, const QFont& font, double x, double y, double width,
                   const QString& text, int flags)
{
    p.setFont(font);
    const double h = textHeight(font, *p.device(), text, width, 0, flags | Qt::TextWordWrap);
    drawText(p, u, QRectF(x, y, width, h), text, flags | Qt::TextWordWrap, 0);
    return h;
}

void paintLetter(QPainter& p, const Units& u, const QSizeF& page, const LetterDoc& l)
{
    const double x = kLetterMargin;
    const double width = page.width() - 2 * kLetterMargin;
    letterBlock(p, u, bodyFont(8), x, kLetterMargin - 8, width, l.reference, Qt::AlignRight);
    double y = kLetterMargin;
    y += letterBlock(p, u, titleFont(16), x, y, width, l.title, Qt::AlignHCenter) + 2 * kLetterGap;
    y += letterBlock(p, u, bodyFont(11), x, y, width, l.addressee, Qt::AlignLeft) + kLetterGap;
    // Paragraphs begin two characters in, as Chinese letters do.
    const QString indent = QStringLiteral("\u3000\u3000");
    for (const QString& para : l.paragraphs)
        y += letterBlock(p, u, bodyFont(11), x, y, width, indent + para, Qt::AlignLeft) + kLetterGap;
    for (const FormField& f : l.facts)
        y += letterBlock(p, u, bodyFont(11), x, y, width, indent + f.label + f.value, Qt::AlignLeft) + 1;
    y += 2 * kLetterGap;
    y += letterBlock(p, u, bodyFont(11), x, y, width, l.sender, Qt::AlignRight);
    letterBlock(p, u, bodyFont(11), x, y, width, l.date, Qt::AlignRight);
}

} // namespace

int renderLetters(const QList<LetterDoc>& letters, QPagedPaintDevice& device)
{
    if (letters.isEmpty())
        return 0;
    setupPage(device, QPageSize(QPageSize::A5), QPageLayout::Portrait);
    QPainter p;
    if (!p.begin(&device))
        return 0;
    const Units u(device);
    const QSizeF page = device.pageLayout().fullRect(QPageLayout::Millimeter).size();
    p.setPen(Qt::black);
    for (int i = 0; i < letters.size(); ++i) {
        if (i > 0)
            device.newPage();
        paintLetter(p, u, page, letters.at(i));
    }
    p.end();
    return int(letters.size());
}

} // namespace ar::print
