#include "PrintBench.h"

#include "Stats.h"

#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>

#include <chrono>

namespace ar::bench {

namespace {

Result<PrintTiming> timePrint(Archive& archive, PrintForm form, int wanted, const QString& pdfPath)
{
    PrintTiming t;
    auto estates = archive.estate().estates();
    if (!estates)
        return estates.error();
    const auto t0 = std::chrono::steady_clock::now();
    PrintJob merged;
    int have = 0;
    for (const Estate& e : estates.value()) {
        auto buildings = archive.estate().buildings(e.id);
        if (!buildings)
            return buildings.error();
        for (const Building& b : buildings.value()) {
            if (have >= wanted)
                break;
            PrintRequest r;
            r.form = form;
            r.estate = e.code;
            r.building = b.code;
            auto job = archive.printing().prepare(r);
            if (!job)
                return job.error();
            if (have == 0) {
                merged = job.value();
            } else if (auto* table = std::get_if<print::TableDoc>(&merged.document)) {
                table->rows += std::get<print::TableDoc>(job->document).rows;
            } else if (auto* labels = std::get_if<QList<print::SpineLabel>>(&merged.document)) {
                *labels += std::get<QList<print::SpineLabel>>(job->document);
            }
            have += job->entries;
        }
    }
    if (auto* table = std::get_if<print::TableDoc>(&merged.document)) {
        table->rows = table->rows.mid(0, wanted);
        // The 序号 of the merged rows run on as in one catalog.
        for (int i = 0; i < table->rows.size(); ++i)
            table->rows[i][0] = QString::number(i + 1);
        t.entries = table->rows.size();
    } else if (auto* labels = std::get_if<QList<print::SpineLabel>>(&merged.document)) {
        *labels = labels->mid(0, wanted);
        t.entries = labels->size();
    }
    t.prepareMs = msSince(t0);
    if (t.entries < wanted)
        return Error::of(ErrorCode::Failed, QStringLiteral("the demo estate has only %1 entries for %2")
                                                .arg(t.entries)
                                                .arg(printFormCode(form)));
    const auto t1 = std::chrono::steady_clock::now();
    {
        QPdfWriter writer(pdfPath);
        writer.setResolution(300);
        auto pages = PrintService::render(merged, writer);
        if (!pages)
            return pages.error();
        t.pages = pages.value();
    }
    t.renderMs = msSince(t1);
    t.pdfBytes = QFileInfo(pdfPath).size();
    t.what = printFormCode(form);
    return t;
}

} // namespace

Result<PrintResult> runPrints(Archive& archive, const QString& folder, int catalogEntries, int labelCount)
{
    PrintResult r;
    auto catalog = timePrint(archive, PrintForm::FileCatalog, catalogEntries,
                             QDir(folder).filePath(QStringLiteral("bench-catalog.pdf")));
    if (!catalog)
        return catalog.error();
    r.catalog = catalog.value();
    auto labels = timePrint(archive, PrintForm::Labels, labelCount,
                            QDir(folder).filePath(QStringLiteral("bench-labels.pdf")));
    if (!labels)
        return labels.error();
    r.labels = labels.value();
    r.ran = true;
    return r;
}

} // namespace ar::bench
