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

TEST_CASE("every fuzz crash input is now refused cleanly") {
    replay_dir(POS_FUZZ_REGRESSIONS_DIR);
}
