// Match-table model names -> escpos capability profiles (the match table's last column).
#include "drivers/printer/profile_select.h"

#include "drivers/escpos/profile.h"
#include "drivers/usb/device_match.h"

namespace pos::printer {

std::optional<std::string> escpos_profile_for_model(std::string_view m) {
    for (const usb::MatchEntry& e : usb::builtin_matches())
        if (e.profile == m && !e.escpos_profile.empty()) return std::string(e.escpos_profile);
    return std::nullopt;
}

std::string select_profile(const std::optional<std::string>& forced, std::string_view match_profile,
                           std::string_view store_default) {
    if (forced && !forced->empty()) return escpos::find_profile(*forced).name;
    if (auto p = escpos_profile_for_model(match_profile)) return escpos::find_profile(*p).name;
    return escpos::find_profile(store_default).name;
}

}  // namespace pos::printer
