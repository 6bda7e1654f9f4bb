// Replays every seed and every crash input found by fuzzing through the same entry functions as the
// libFuzzer targets: each must be refused with pos::Error or parsed, never crash.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <vector>

#include "fuzz/fuzz_entries.h"

namespace {

using Entry = void (*)(const std::uint8_t*, std::size_t);

const std::map<std::string, Entry>& entries() {
    static const std::map<std::string, Entry> m{
        {"barcode", pos::fuzz::barcode},         {"hid", pos::fuzz::hid},
        {"escpos_status", pos::fuzz::escpos_status}, {"catalog_csv", pos::fuzz::catalog_csv},
        {"intent", pos::fuzz::intent},           {"playbook", pos::fuzz::playbook}};
    return m;
}

std::size_t replay_dir(const std::filesystem::path& root) {
    std::size_t n = 0;
    for (const auto& [name, entry] : entries()) {
        const auto dir = root / name;
        if (!std::filesystem::is_directory(dir)) continue;
        for (const auto& f : std::filesystem::directory_iterator(dir)) {
            std::ifstream in(f.path(), std::ios::binary);
            std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            INFO(f.path().string());
            CHECK_NOTHROW(entry(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
            ++n;
        }
    }
    return n;
}

}  // namespace

TEST_CASE("every seed corpus input is handled without escaping exceptions") {
    CHECK(replay_dir(POS_FUZZ_CORPUS_DIR) >= 6);
}

// Targets where fuzzing found a crash: each keeps at least one input under regressions/<target>/
// (named for what it exercised), so removing the fix makes this test fail.
//   intent: a number too large for a double ("55555E555") made nlohmann::json throw out_of_range,
//           which parse_script_line did not turn into pos::Error (it only caught parse_error).
//   catalog_csv: a price with ~200 decimals overflowed the 128-bit accumulator in parse_major
//           (signed overflow, UBSan) before the "too many decimals" check refused it.
const char* const kCrashedTargets[] = {"intent", "catalog_csv"};

TEST_CASE("every fuzz crash input is now refused cleanly") {
    const std::filesystem::path root = POS_FUZZ_REGRESSIONS_DIR;
    for (const char* target : kCrashedTargets) {
        INFO("regressions/" << target);
        const auto dir = root / target;
        REQUIRE(std::filesystem::is_directory(dir));
        CHECK(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator{}) >= 1);
    }
    for (const auto& d : std::filesystem::directory_iterator(root)) {  // no misspelt target folder
        INFO(d.path().string());
        CHECK(entries().count(d.path().filename().string()) == 1);
    }
    CHECK(replay_dir(root) >= std::size(kCrashedTargets));
}

TEST_CASE("script numbers out of range are refused readably, never wrapped or thrown raw") {
    const auto& usd = pos::currency("USD");
    for (const char* line : {R"({"op":"add","sku":"X","qty":18446744073709551615})",
                             R"({"op":"tender","kind":"cash","amount":18446744073709551615})",
                             R"({"op":"tender","kind":"cash","amount":1E400})", "[1e99999]",
                             R"({"op":"tender","kind":"cash","amount":"1.000000000000000000000000000000000000000000000001"})"}) {
        INFO(line);
        try {
            (void)pos::intent::parse_script_line(line, usd);
            FAIL("accepted");
        } catch (const pos::Error& e) {
            CHECK(e.code() == pos::Errc::invalid_input);
        }
    }
}
