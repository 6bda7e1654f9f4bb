// Our EAN/Code 128 module tables checked against zint (an independent encoder) when installed.
#include "drivers/escpos/barcode.h"

#include "core/common/error.h"

#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <sstream>
#include <string>
#include <utility>

using namespace pos::escpos;

namespace {

bool have_zint() { return std::system("command -v zint >/dev/null 2>&1") == 0; }

// `zint --dump` prints the module row as hex bytes, MSB first.
std::vector<bool> zint_modules(int type, const std::string& data) {
    std::string quoted;
    for (char c : data) {
        if (c == '\'') quoted += "'\\''";
        else quoted += c;
    }
    const std::string cmd = "zint --dump -b " + std::to_string(type) + " -d '" + quoted + "' 2>/dev/null";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
    REQUIRE(pipe != nullptr);
    std::string out;
    std::array<char, 512> buf{};
    while (std::fgets(buf.data(), static_cast<int>(buf.size()), pipe.get()) != nullptr) out += buf.data();
    std::istringstream in(out);
    std::vector<bool> bits;
    std::string group;  // "D2" = 8 modules; a final lone "A" = 4 modules
    while (in >> group) {
        for (char h : group) {
            const auto v = std::stoul(std::string(1, h), nullptr, 16);
            for (int i = 3; i >= 0; --i) bits.push_back(((v >> i) & 1u) != 0);
        }
    }
    return bits;
}

void check_same(const std::vector<bool>& ours, const std::vector<bool>& zint) {
    REQUIRE(zint.size() >= ours.size());
    REQUIRE(zint.size() < ours.size() + 8);
    for (std::size_t i = 0; i < ours.size(); ++i) {
        CAPTURE(i);
        CHECK(ours[i] == zint[i]);
    }
}

}  // namespace

TEST_CASE("EAN check digits and validation") {
    CHECK(ean_check_digit("400638133393") == 1);
    CHECK(ean_check_digit("9638507") == 4);  // EAN-8 96385074
    CHECK(complete_ean("400638133393", 13, "EAN-13") == "4006381333931");
    CHECK(complete_ean("4006381333931", 13, "EAN-13") == "4006381333931");
    CHECK_THROWS_AS(complete_ean("4006381333930", 13, "EAN-13"), pos::Error);
    CHECK(ean13_modules("4006381333931").size() == 95);
    CHECK(ean8_modules("96385074").size() == 67);
    CHECK_THROWS_AS(code128_modules("ABC"), pos::Error);    // no code set selected
    CHECK_THROWS_AS(code128_modules("{C123"), pos::Error);  // odd digit count in set C
}

TEST_CASE("module patterns match zint for EAN-13 / EAN-8 and every Code 128 set B character") {
    if (!have_zint()) {
        MESSAGE("SKIPPED: zint not found (install zint)");
        return;
    }
    check_same(ean13_modules("4006381333931"), zint_modules(13, "400638133393"));
    check_same(ean13_modules("5901234123457"), zint_modules(13, "590123412345"));
    check_same(ean8_modules("96385074"), zint_modules(13, "9638507"));
    // All printable ASCII in two symbols (zint allows 60 characters); digits are kept apart so
    // zint stays in code set B.
    for (const auto& [first, last] : {std::pair{' ', 'O'}, std::pair{'P', '~'}}) {
        std::string plain;
        std::string escaped = "{B";
        for (char c = first; c <= last; ++c) {
            plain += c;
            escaped += c;
            if (c == '{') escaped += '{';
            if (c >= '0' && c <= '9') {
                plain += 'x';
                escaped += 'x';
            }
        }
        check_same(code128_modules(escaped), zint_modules(20, plain));
    }
    check_same(code128_modules("{Bsofa-42"), zint_modules(20, "sofa-42"));
}
