#include <doctest/doctest.h>

#include <stdexcept>

#include "bench/stats.h"

using namespace pos::bench;

TEST_CASE("median: middle sample, or the mean of the two middle ones") {
    CHECK(median({3, 1, 2}) == 2);
    CHECK(median({4, 1, 3, 2}) == 2.5);
    CHECK(median({7}) == 7);
    CHECK_THROWS_AS(median({}), std::invalid_argument);
}

TEST_CASE("p99 by nearest rank: one outlier in 100 is not the p99, two are") {
    std::vector<double> v(100, 10.0);
    v[17] = 500.0;
    CHECK(percentile(v, 99) == 10.0);
    v[42] = 400.0;
    CHECK(percentile(v, 99) == 400.0);
    CHECK(percentile(v, 100) == 500.0);
    CHECK(percentile({5, 1, 3}, 50) == 3);
    CHECK(percentile({5, 1, 3}, 99) == 5);
    CHECK(percentile({2}, 1) == 2);
    CHECK_THROWS_AS(percentile({1, 2}, 0), std::invalid_argument);
    CHECK_THROWS_AS(percentile({1, 2}, 101), std::invalid_argument);
    CHECK_THROWS_AS(percentile({}, 50), std::invalid_argument);
}

TEST_CASE("summarize fills count, median, p99, min and max") {
    std::vector<double> v;
    for (int i = 1; i <= 1000; ++i) v.push_back(i);
    const Stats s = summarize(v);
    CHECK(s.n == 1000);
    CHECK(s.median == 500.5);
    CHECK(s.p99 == 990);
    CHECK(s.min == 1);
    CHECK(s.max == 1000);
}

TEST_CASE("format_us picks the unit") {
    CHECK(format_us(0.25) == "250 ns");
    CHECK(format_us(3.456) == "3.46 µs");
    CHECK(format_us(45.67) == "45.7 µs");
    CHECK(format_us(456.7) == "457 µs");
    CHECK(format_us(1234.0) == "1.23 ms");
    CHECK(format_us(2.5e6) == "2.50 s");
}
