#pragma once

#include <QList>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace ar::bench {

// Latency samples in milliseconds and their order statistics (nearest-rank percentiles).
struct Samples
{
    QList<double> ms;

    void add(double v) { ms.append(v); }
    void add(const Samples& other) { ms.append(other.ms); }
    bool isEmpty() const { return ms.isEmpty(); }

    double percentile(double p) const
    {
        if (ms.isEmpty())
            return 0;
        QList<double> s = ms;
        std::sort(s.begin(), s.end());
        const auto rank = qsizetype(std::ceil(p / 100.0 * double(s.size())));
        return s.at(std::clamp<qsizetype>(rank - 1, 0, s.size() - 1));
    }
    double p50() const { return percentile(50); }
    double p95() const { return percentile(95); }
    double max() const { return ms.isEmpty() ? 0 : *std::max_element(ms.cbegin(), ms.cend()); }
};

// Milliseconds since `t0` on the monotonic clock.
inline double msSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

} // namespace ar::bench
