#pragma once
// Printer capability profiles as data: paper geometry, features, the vendor-specific ESC t
// numbers of the code pages we use, and the model's two-byte (Kanji mode) CJK encoding.
// See PROFILES.md for how to add one.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pos::escpos {

enum class CjkEncoding { none, gb18030, big5 };
enum class RasterTextMode { automatic, always };  // automatic = raster only what cannot be encoded

// Code pages we know, by our name: "cp437", "cp866", "wpc1251", "wpc1258".
// iconv charset for one of our page names; throws pos::Error(not_found) for an unknown name.
const char* iconv_name_for_page(std::string_view page);

struct CodePage {
    std::string name;  // our page name
    int esc_t = 0;     // the model's ESC t n
};

struct Profile {
    std::string name;
    std::string description;
    int paper_dots = 576;  // printable width in dots
    int columns_a = 48;    // Font A columns
    int columns_b = 64;    // Font B columns
    bool native_qr = true;     // GS ( k QR
    bool cutter = true;        // GS V
    bool drawer = true;        // ESC p
    bool raster_gs_v0 = true;  // GS v 0 (required for images, raster text and QR fallback)
    std::vector<CodePage> code_pages;  // tried in this order for non-ASCII characters
    CjkEncoding cjk = CjkEncoding::none;
    bool starts_in_kanji = false;  // Chinese models power up in Kanji (FS &) mode
    RasterTextMode raster_text = RasterTextMode::automatic;

    int columns(bool font_b) const noexcept { return font_b ? columns_b : columns_a; }
    const CodePage* page_by_name(std::string_view page) const noexcept;
    const CodePage* page_by_number(int esc_t) const noexcept;
};

// The profile used when neither a setting nor the printer's model names one (a new store's
// printer_profile setting, the CLI without --profile).
inline constexpr std::string_view default_profile_name = "epson-tm-t20";

const std::vector<Profile>& builtin_profiles();
std::vector<std::string> profile_names();
// Throws pos::Error(not_found) naming the known profiles.
const Profile& find_profile(std::string_view name);

}  // namespace pos::escpos
