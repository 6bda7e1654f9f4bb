#pragma once
// Sample statistics for the benchmark table: median and p99 by the nearest-rank method, and
// the row formatting (a figure against its target, "pass" or "MISS").
#include <string>
#include <vector>

namespace pos::bench {

struct Stats {
    std::size_t n = 0;
    double median = 0;  // of the samples' unit (the harness uses microseconds)
    double p99 = 0;
    double min = 0;
    double max = 0;
};

// Nearest-rank percentile: the smallest sample with at least p% of the samples at or below it
// (p in (0, 100]); the median is the mean of the two middle samples for an even count.
// Throws std::invalid_argument for no samples or p outside (0, 100].
double percentile(std::vector<double> samples, double p);
double median(std::vector<double> samples);
Stats summarize(const std::vector<double>& samples);

// "850 ns", "12.3 µs", "4.56 ms", "1.23 s" from a value in microseconds.
std::string format_us(double us);

}  // namespace pos::bench
