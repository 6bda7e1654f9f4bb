#pragma once
// Which escpos capability profile to use for a printer: an explicit choice wins, then the
// model named by the USB match table, then the store's default setting.
#include <optional>
#include <string>
#include <string_view>

namespace pos::printer {

// escpos profile name for a match-table profile ("TM-T20II" -> "epson-tm-t20", "POS58" ->
// "generic-58", "Xprinter"/"HOIN" -> "xprinter-80"); nullopt for models the table only
// names loosely (vendor wildcards, generic printer class).
std::optional<std::string> escpos_profile_for_model(std::string_view match_profile);

// forced (CLI --profile or a forced setting) > model from the match table > store default.
// Each candidate is checked with escpos::find_profile; an unknown forced name throws
// pos::Error(not_found) naming the known profiles.
std::string select_profile(const std::optional<std::string>& forced, std::string_view match_profile,
                           std::string_view store_default);

}  // namespace pos::printer
