#include "Sheet.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ar::io {

QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

bool parseCellRef(QStringView ref, int* row, int* column)
{
    // Letters then digits, nothing else. The column is bounded letter by letter and the row digit
    // by digit, so no product can overflow whatever the length of the reference.
    qint64 c = 0;
    int i = 0;
    for (; i < ref.size(); ++i) {
        const char16_t ch = ref.at(i).unicode();
        const char16_t upper = ch >= u'a' && ch <= u'z' ? char16_t(ch - u'a' + u'A') : ch;
        if (upper < u'A' || upper > u'Z')
            break;
        c = c * 26 + (upper - u'A' + 1);
        if (c > kExcelColumns)
            return false;
    }
    if (i == 0 || i == ref.size())
        return false;
    qint64 r = 0;
    for (; i < ref.size(); ++i) {
        const char16_t ch = ref.at(i).unicode();
        if (ch < u'0' || ch > u'9')
            return false;
        r = r * 10 + (ch - u'0');
        if (r > kExcelRows)
            return false;
    }
    if (r < 1)
        return false;
    *row = int(r);
    *column = int(c - 1);
    return true;
}

Status checkWorkbookFile(const QString& path, const ReadLimits& limits)
{
    const QFileInfo file(path);
    if (!file.exists())
        return Error::invalid(QStringLiteral("file"), path,
                              QCoreApplication::translate("Io", "There is no file %1").arg(path));
    if (file.size() == 0)
        return Error::invalid(QStringLiteral("file"), path,
                              QCoreApplication::translate("Io", "%1 is empty").arg(file.fileName()));
    if (file.size() > limits.maxFileBytes)
        return Error::invalid(
            QStringLiteral("file"), path,
            QCoreApplication::translate("Io", "%1 is larger than %2 MB, more than any roster; it is not read")
                .arg(file.fileName(), QString::number(limits.maxFileBytes >> 20)));
    return {};
}

} // namespace ar::io
