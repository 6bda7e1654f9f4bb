#include "bench/stats.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace pos::bench {

double percentile(std::vector<double> samples, double p) {
    if (samples.empty()) throw std::invalid_argument("percentile of no samples");
    if (!(p > 0 && p <= 100)) throw std::invalid_argument("percentile must be in (0, 100]");
    std::sort(samples.begin(), samples.end());
    const double rank = std::ceil(p / 100.0 * static_cast<double>(samples.size()));
    const std::size_t index = static_cast<std::size_t>(std::max(1.0, rank)) - 1;
    return samples[std::min(index, samples.size() - 1)];
}

double median(std::vector<double> samples) {
    if (samples.empty()) throw std::invalid_argument("median of no samples");
    std::sort(samples.begin(), samples.end());
    const std::size_t n = samples.size();
    return n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2.0;
}

Stats summarize(const std::vector<double>& samples) {
    Stats s;
    s.n = samples.size();
    s.median = median(samples);
    s.p99 = percentile(samples, 99);
    s.min = *std::min_element(samples.begin(), samples.end());
    s.max = *std::max_element(samples.begin(), samples.end());
    return s;
}

std::string format_us(double us) {
    char buf[64];
    const double a = std::fabs(us);
    if (a < 1.0) std::snprintf(buf, sizeof buf, "%.0f ns", us * 1000.0);
    else if (a < 1000.0) std::snprintf(buf, sizeof buf, a < 10 ? "%.2f µs" : a < 100 ? "%.1f µs" : "%.0f µs", us);
    else if (a < 1e6) std::snprintf(buf, sizeof buf, a < 1e4 ? "%.2f ms" : a < 1e5 ? "%.1f ms" : "%.0f ms", us / 1000.0);
    else std::snprintf(buf, sizeof buf, "%.2f s", us / 1e6);
    return buf;
}

}  // namespace pos::bench
