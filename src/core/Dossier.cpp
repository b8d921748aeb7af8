#include "Dossier.h"

#include <QRegularExpression>

namespace ar {

QString formatArchiveNo(const QString& pattern, const QString& fonds, const Category& c, int year, int seq)
{
    QString out = pattern;
    out.replace(QLatin1String("{fonds}"), fonds);
    out.replace(QLatin1String("{category}"), c.archiveCode);
    out.replace(QLatin1String("{year}"), QString::number(year));
    out.replace(QLatin1String("{retention}"), c.retention);
    static const QRegularExpression seqToken(QStringLiteral("\\{seq(?::(\\d+))?\\}"));
    QRegularExpressionMatch m = seqToken.match(out);
    while (m.hasMatch()) {
        const int width = m.captured(1).isEmpty() ? 0 : m.captured(1).toInt();
        out.replace(m.capturedStart(), m.capturedLength(),
                    QStringLiteral("%1").arg(seq, width, 10, QLatin1Char('0')));
        m = seqToken.match(out);
    }
    return out;
}

} // namespace ar
