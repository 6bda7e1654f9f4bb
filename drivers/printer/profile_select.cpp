// Match-table model names -> escpos capability profiles.
#include "drivers/printer/profile_select.h"

#include "drivers/escpos/profile.h"

namespace pos::printer {

std::optional<std::string> escpos_profile_for_model(std::string_view m) {
    if (m.starts_with("TM-T20") || m == "TM-L100") return "epson-tm-t20";
    if (m.starts_with("TM-T88")) return "epson-tm-t88";
    if (m == "POS58") return "generic-58";
    if (m == "Xprinter" || m == "HOIN") return "xprinter-80";
    return std::nullopt;
}

std::string select_profile(const std::optional<std::string>& forced, std::string_view match_profile,
                           std::string_view store_default) {
    if (forced && !forced->empty()) return escpos::find_profile(*forced).name;
    if (auto p = escpos_profile_for_model(match_profile)) return escpos::find_profile(*p).name;
    return escpos::find_profile(store_default).name;
}

}  // namespace pos::printer
