#pragma once

#include "services/Archive.h"

#include <QString>

namespace ar::bench {

// One timed print: gathering the entries (the service's queries, masking) and painting the PDF.
struct PrintTiming
{
    QString what;
    int entries = 0;
    int pages = 0;
    double prepareMs = 0;
    double renderMs = 0;
    qint64 pdfBytes = 0;
    double totalMs() const { return prepareMs + renderMs; }
};

struct PrintResult
{
    bool ran = false;
    PrintTiming catalog; // 归档文件目录 of 10,000 entries (P3)
    PrintTiming labels;  // 1,000 spine labels (P6)
};

// The BRIEF's print budgets: a 10,000-entry catalog and 1,000 spine labels to PDF, each within
// 3 s. The entries are the catalogs of whole buildings, taken in shelf order until there are
// `catalogEntries` (the last building's cut there), so the figure covers the real queries as
// well as the painting; the labels likewise.
Result<PrintResult> runPrints(Archive& archive, const QString& folder, int catalogEntries = 10000,
                              int labelCount = 1000);

} // namespace ar::bench
