#include "ui/common/Fonts.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QStringList>

namespace ar::ui {

QFont fixedPitchFont()
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // By the glyphs rather than QFontInfo::fixedPitch(), which fontconfig leaves false for
    // some monospaced fonts (Noto Sans Mono).
    const QFontMetrics m(f);
    if (m.horizontalAdvance(QLatin1Char('i')) == m.horizontalAdvance(QLatin1Char('W')))
        return f;
    f.setFamilies(QStringList{QStringLiteral("monospace"), QStringLiteral("Noto Sans Mono"),
                              QStringLiteral("DejaVu Sans Mono")});
    f.setStyleHint(QFont::TypeWriter);
    return f;
}

} // namespace ar::ui
