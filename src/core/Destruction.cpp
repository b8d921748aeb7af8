#include "Destruction.h"

#include <algorithm>

namespace ar {

QStringList DestructionBatch::archiveNos() const
{
    QStringList out;
    for (const DestructionEntry& e : entries)
        out << e.archiveNo;
    return out;
}

QStringList DestructionBatch::departments() const
{
    QStringList out;
    for (const DestructionEntry& e : entries)
        if (!out.contains(e.department))
            out << e.department;
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace ar
