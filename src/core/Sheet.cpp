#include "Sheet.h"

namespace ar::io {

const Cell& SheetRow::at(int column) const
{
    static const Cell empty;
    return column >= 0 && column < cells.size() ? cells.at(column) : empty;
}

} // namespace ar::io
