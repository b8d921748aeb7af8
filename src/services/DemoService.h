#pragma once

#include "Forward.h"

#include <functional>

namespace ar {

// Fills an empty archive with a generated, obviously fictional company: estates named 演示…,
// owners, co-owners, household members, tenants, and their dossiers. Phone numbers use the
// unallocated 100 range and ID numbers a province-level region code (xx0000) that is never
// issued to a person, so no generated number can be a real person's.
class DemoService
{
public:
    explicit DemoService(Context& ctx) : m_ctx(ctx) {}

    struct Summary
    {
        int estates = 0;
        int buildings = 0;
        int rooms = 0;
        int persons = 0;
        int dossiers = 0;
        int loans = 0; // sample loans: returned, out, overdue, waiting (issue #5)
    };
    // The largest company generate() makes (the bench's one million households).
    static constexpr int kMaxHouseholds = 1000000;
    // `progress` (optional) is called with households done so far; returning false cancels
    // (and rolls back the estate being generated).
    Result<Summary> generate(int households, quint32 seed = 1,
                             const std::function<bool(int done, int total)>& progress = {});

    // Whether this archive is a trial archive (TrialArchive.h): its data is made up.
    Result<bool> isTrial();

private:
    Status addSampleLoans(const QList<qint64>& dossierIds, quint32 seed, Summary& sum);
    Context& m_ctx;
};

} // namespace ar
