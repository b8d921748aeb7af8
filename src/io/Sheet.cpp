#include "Sheet.h"

namespace ar::io {

const Cell& SheetRow::at(int column) const
{
    static const Cell empty;
    return column >= 0 && column < cells.size() ? cells.at(column) : empty;
}

QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

} // namespace ar::io
