// The three printer vocabularies agree: the USB match table (drivers/usb/device_match.cpp), the
// udev rule that gives the POS access (assets/udev/60-showroom-pos.rules) and the escpos profiles
// the match table's models select (drivers/printer/profile_select.cpp, drivers/escpos/profile.cpp).
#include <doctest/doctest.h>

#include <charconv>
#include <filesystem>
#include <fstream>
#include <optional>
#include <regex>
#include <set>
#include <string>
#include <utility>

#include "drivers/escpos/profile.h"
#include "drivers/printer/profile_select.h"
#include "drivers/usb/device_match.h"

namespace {

using VidPid = std::pair<std::uint16_t, std::uint16_t>;

struct UdevIds {
    std::set<VidPid> exact;            // ATTR{idVendor}=="v", ATTR{idProduct}=="p|q"
    std::set<std::uint16_t> vendors;  // ATTR{idVendor}=="v|w" with no product: every product
};

std::uint16_t hex16(const std::string& s) {
    unsigned value = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value, 16);
    REQUIRE_MESSAGE((ec == std::errc{} && end == s.data() + s.size() && s.size() == 4), "bad hex id " << s);
    return static_cast<std::uint16_t>(value);
}

std::set<std::string> alternatives(const std::string& s) {
    std::set<std::string> out;
    std::size_t start = 0;
    for (std::size_t bar; (bar = s.find('|', start)) != std::string::npos; start = bar + 1) out.insert(s.substr(start, bar - start));
    out.insert(s.substr(start));
    return out;
}

UdevIds udev_ids() {
    std::ifstream in(std::filesystem::path(POS_ASSETS_DIR) / "udev" / "60-showroom-pos.rules");
    REQUIRE(in);
    const std::regex vendor(R"re(ATTR\{idVendor\}=="([^"]*)")re");
    const std::regex product(R"re(ATTR\{idProduct\}=="([^"]*)")re");
    UdevIds ids;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        std::smatch v, p;
        if (!std::regex_search(line, v, vendor)) continue;
        const bool has_product = std::regex_search(line, p, product);
        for (const std::string& vid : alternatives(v[1].str())) {
            if (!has_product) {
                ids.vendors.insert(hex16(vid));
                continue;
            }
            for (const std::string& pid : alternatives(p[1].str())) ids.exact.insert({hex16(vid), hex16(pid)});
        }
    }
    return ids;
}

}  // namespace

TEST_CASE("the udev rule opens exactly the devices of the USB match table") {
    const UdevIds udev = udev_ids();
    REQUIRE(!udev.exact.empty());
    std::set<VidPid> table_exact;
    std::set<std::uint16_t> table_vendors;
    for (const pos::usb::MatchEntry& e : pos::usb::builtin_matches()) {
        CAPTURE(e.profile);
        if (e.pid) {
            table_exact.insert({e.vid, *e.pid});
            // an exact entry is reachable by its own line or by its vendor's line
            CHECK((udev.exact.count({e.vid, *e.pid}) == 1 || udev.vendors.count(e.vid) == 1));
        } else {
            table_vendors.insert(e.vid);
            CHECK(udev.vendors.count(e.vid) == 1);
        }
    }
    for (const VidPid& id : udev.exact) CHECK_MESSAGE(table_exact.count(id) == 1, pos::usb::vid_pid_string(id.first, id.second));
    for (std::uint16_t vid : udev.vendors) CHECK_MESSAGE(table_vendors.count(vid) == 1, vid);
}

TEST_CASE("every supported printer model of the match table selects an escpos profile that exists") {
    const auto known = pos::escpos::profile_names();
    const std::set<std::string> profiles(known.begin(), known.end());
    for (const pos::usb::MatchEntry& e : pos::usb::builtin_matches()) {
        if (e.role != pos::usb::Role::printer) continue;
        CAPTURE(e.profile);
        const auto profile = pos::printer::escpos_profile_for_model(e.profile);
        if (profile) CHECK(profiles.count(*profile) == 1);
        // exact models are named precisely enough to have a profile; vendor wildcards fall back
        // to the store's default
        if (e.pid && e.supported) CHECK(profile.has_value());
    }
    CHECK(profiles.count(std::string(pos::escpos::default_profile_name)) == 1);
}
