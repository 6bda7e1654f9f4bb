#include <doctest/doctest.h>

#include <numeric>
#include <random>

#include "core/sale/discount.h"

using namespace pos;

TEST_CASE("discount amounts and validation") {
    const Currency& cny = currency("CNY");
    CHECK(discount_amount(percent_off(1000), 29970, cny) == 2997);
    CHECK(discount_amount(percent_off(1500), 333, cny) == 50);   // 49.95 -> 50
    CHECK(discount_amount(percent_off(5000), 5, cny) == 3);      // 2.5 -> 3
    CHECK(discount_amount(amount_off(1000), 1000, cny) == 1000);
    CHECK_THROWS_WITH_AS(discount_amount(amount_off(1001), 1000, cny),
                         doctest::Contains("discount 10.01 is more than the 10.00 it applies to"), Error);
    CHECK_THROWS_WITH_AS(discount_amount(percent_off(10001), 1000, cny), doctest::Contains("more than 100%"), Error);
    CHECK_THROWS_WITH_AS(discount_amount(amount_off(-1), 1000, cny), doctest::Contains("negative"), Error);
}

TEST_CASE("discount share against a cap is exact") {
    CHECK(discount_within(amount_off(1000), 10000, 1000));       // exactly 10%
    CHECK_FALSE(discount_within(amount_off(1001), 10000, 1000));
    CHECK(discount_within(percent_off(500), 1, 500));
    CHECK_FALSE(discount_within(percent_off(501), 1, 500));
    CHECK(discount_share_bp_ceil(amount_off(1001), 10000) == 1001);
    CHECK(discount_share_bp_ceil(amount_off(1), 30000) == 1);    // 0.33 bp rounds up
    CHECK(discount_share_bp_ceil(amount_off(0), 0) == 0);
    CHECK(discount_share_bp_ceil(percent_off(1500), 0) == 1500);
    CHECK(describe_discount(percent_off(1500), 1000, currency("CNY")) == "discount 15.00%");
    CHECK(describe_discount(amount_off(5000), 30000, currency("CNY")) == "discount 50.00 (16.67%)");
}

TEST_CASE("largest remainder allocation sums exactly") {
    CHECK(allocate_largest_remainder(10000, {199900, 26973, 9000}) == std::vector<Minor>{8475, 1143, 382});
    CHECK(allocate_largest_remainder(2, {1, 1, 1}) == std::vector<Minor>{1, 1, 0});  // ties: earlier first
    CHECK(allocate_largest_remainder(0, {}) == std::vector<Minor>{});
    CHECK(allocate_largest_remainder(5, {0, 5, 0}) == std::vector<Minor>{0, 5, 0});
    CHECK_THROWS_AS(allocate_largest_remainder(1, {0, 0}), Error);
    CHECK_THROWS_AS(allocate_largest_remainder(-1, {1}), Error);

    std::mt19937_64 rng(20261123);
    for (int round = 0; round < 500; ++round) {
        std::vector<Minor> w(1 + rng() % 8);
        for (Minor& x : w) x = static_cast<Minor>(rng() % 100000);
        const Minor sum = std::accumulate(w.begin(), w.end(), Minor{0});
        const Minor total = sum == 0 ? 0 : static_cast<Minor>(rng() % static_cast<std::uint64_t>(sum + 1));
        const auto shares = allocate_largest_remainder(total, w);
        CHECK(std::accumulate(shares.begin(), shares.end(), Minor{0}) == total);
        for (std::size_t i = 0; i < w.size(); ++i) {
            CHECK(shares[i] >= 0);
            CHECK(shares[i] <= w[i]);
        }
    }
}
