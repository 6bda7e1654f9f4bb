#include "drivers/escpos/profile.h"

#include "core/common/error.h"

namespace pos::escpos {

const char* iconv_name_for_page(std::string_view page) {
    if (page == "cp437") return "CP437";
    if (page == "cp866") return "CP866";
    if (page == "wpc1251") return "CP1251";
    if (page == "wpc1258") return "CP1258";
    throw Error(Errc::not_found, "unknown code page '" + std::string(page) + "'");
}

const CodePage* Profile::page_by_name(std::string_view page) const noexcept {
    for (const auto& p : code_pages)
        if (p.name == page) return &p;
    return nullptr;
}

const CodePage* Profile::page_by_number(int esc_t) const noexcept {
    for (const auto& p : code_pages)
        if (p.esc_t == esc_t) return &p;
    return nullptr;
}

namespace {

std::vector<Profile> make_profiles() {
    const std::vector<CodePage> epson_pages{{"cp437", 0}, {"cp866", 17}, {"wpc1251", 46}, {"wpc1258", 52}};
    const std::vector<CodePage> clone_pages{{"cp437", 0}, {"cp866", 17}, {"wpc1251", 73}, {"wpc1258", 94}};
    std::vector<Profile> v;

    Profile t20;
    t20.name = std::string(default_profile_name);
    t20.description = "Epson TM-T20II/III, 80 mm, 203 dpi, no CJK font (CJK prints as raster)";
    t20.code_pages = epson_pages;
    v.push_back(t20);

    Profile t88 = t20;
    t88.name = "epson-tm-t88";
    t88.description = "Epson TM-T88V/VI, 80 mm, 203 dpi, no CJK font (CJK prints as raster)";
    v.push_back(t88);

    Profile xp;
    xp.name = "xprinter-80";
    xp.description = "Generic Chinese 80 mm (Xprinter/ZJiang style), Simplified Chinese font, GB18030";
    xp.code_pages = clone_pages;
    xp.cjk = CjkEncoding::gb18030;
    xp.starts_in_kanji = true;
    v.push_back(xp);

    Profile xpb = xp;
    xpb.name = "xprinter-80-big5";
    xpb.description = "Chinese 80 mm, Traditional Chinese font, Big5";
    xpb.cjk = CjkEncoding::big5;
    v.push_back(xpb);

    Profile g58;
    g58.name = "generic-58";
    g58.description = "Generic 58 mm (ZJ-5870 / POS-58 style), no native QR, no cutter";
    g58.paper_dots = 384;
    g58.columns_a = 32;
    g58.columns_b = 42;
    g58.native_qr = false;
    g58.cutter = false;
    g58.code_pages = clone_pages;
    v.push_back(g58);
    return v;
}

}  // namespace

const std::vector<Profile>& builtin_profiles() {
    static const std::vector<Profile> profiles = make_profiles();
    return profiles;
}

std::vector<std::string> profile_names() {
    std::vector<std::string> names;
    for (const auto& p : builtin_profiles()) names.push_back(p.name);
    return names;
}

const Profile& find_profile(std::string_view name) {
    for (const auto& p : builtin_profiles())
        if (p.name == name) return p;
    std::string known;
    for (const auto& n : profile_names()) known += (known.empty() ? "" : ", ") + n;
    throw Error(Errc::not_found, "unknown printer profile '" + std::string(name) + "' (known: " + known + ")");
}

}  // namespace pos::escpos
