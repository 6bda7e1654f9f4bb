#include "ui/fonts.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <fstream>
#include <iterator>

#include "core/common/error.h"
#include "ui/i18n.h"

namespace pos::ui {

namespace {

std::vector<unsigned char> read_font_file(const std::filesystem::path& path) {
    // One read of the known size: the CJK collection is ~20 MB, and reading it through
    // istreambuf_iterator into a growing vector took a large part of the app's start-up (perf).
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) throw Error(Errc::io, "font file missing or unreadable: " + path.string());
    const std::streamoff size = in.tellg();
    if (size < 0) throw Error(Errc::io, "cannot read font file " + path.string());
    std::vector<unsigned char> data(static_cast<std::size_t>(size));
    in.seekg(0);
    if (!in.read(reinterpret_cast<char*>(data.data()), static_cast<std::streamsize>(size)))
        throw Error(Errc::io, "cannot read font file " + path.string());
    return data;
}

std::uint32_t be32(const std::vector<unsigned char>& d, std::size_t at) {
    return (std::uint32_t{d[at]} << 24) | (std::uint32_t{d[at + 1]} << 16) | (std::uint32_t{d[at + 2]} << 8) |
           std::uint32_t{d[at + 3]};
}

// stb_truetype asserts on garbage; check the container first so a wrong path is an error.
void check_font_data(const std::vector<unsigned char>& data, int face, const std::filesystem::path& path) {
    if (data.size() < 12) throw Error(Errc::invalid_input, "not a font file: " + path.string());
    const std::uint32_t tag = be32(data, 0);
    const bool single = tag == 0x00010000u || tag == 0x4F54544Fu /*OTTO*/ || tag == 0x74727565u /*true*/;
    if (tag == 0x74746366u /*ttcf*/) {
        const std::uint32_t faces = be32(data, 8);
        if (face < 0 || static_cast<std::uint32_t>(face) >= faces)
            throw Error(Errc::invalid_input, path.string() + " has " + std::to_string(faces) + " faces, face " +
                                                 std::to_string(face) + " requested");
    } else if (!single || face != 0) {
        throw Error(Errc::invalid_input, "not a TrueType/OpenType font (or not a collection): " + path.string());
    }
}

ImFont* add_font(ImFontAtlas& atlas, std::vector<unsigned char>& latin, std::vector<unsigned char>& cjk, int cjk_face,
                 float size, const ImWchar* ranges, const char* name) {
    // "Owned" so that ImGui 1.86 does not copy the buffer (it copies data it does not own:
    // eight copies of the 20 MB CJK collection were a large part of start-up time and peak
    // memory). The buffers are ours and live until the atlas is built; DisownFontData hands
    // them back before the atlas would free them.
    ImFontConfig base;
    base.FontDataOwnedByAtlas = true;
    base.OversampleH = 2;
    base.OversampleV = 1;
    ImFormatString(base.Name, IM_ARRAYSIZE(base.Name), "%s %.0fpx", name, static_cast<double>(size));
    ImFont* font = atlas.AddFontFromMemoryTTF(latin.data(), static_cast<int>(latin.size()), size, &base, ranges);

    ImFontConfig merge;
    merge.FontDataOwnedByAtlas = true;
    merge.MergeMode = true;
    merge.FontNo = cjk_face;
    merge.OversampleH = 1;  // CJK glyphs are dense; oversampling would only grow the texture
    merge.OversampleV = 1;
    merge.PixelSnapH = true;
    atlas.AddFontFromMemoryTTF(cjk.data(), static_cast<int>(cjk.size()), size, &merge, ranges);
    return font;
}

// Clears the atlas' references to our font buffers (see add_font) when build_fonts ends,
// whether the build succeeded or threw, so the atlas never frees or reads them later.
struct DisownFontData {
    ImFontAtlas& atlas;
    ~DisownFontData() {
        for (ImFontConfig& c : atlas.ConfigData) {
            c.FontData = nullptr;
            c.FontDataOwnedByAtlas = false;
        }
    }
};

}  // namespace

FontSet build_fonts(ImFontAtlas& atlas, const I18n& i18n, const std::vector<std::string>& extra_texts, float scale,
                    const FontPaths& paths, const FontSizes& sizes) {
    std::vector<unsigned char> latin = read_font_file(paths.latin);
    std::vector<unsigned char> cjk = read_font_file(paths.cjk);
    check_font_data(latin, 0, paths.latin);
    check_font_data(cjk, paths.cjk_sc_face, paths.cjk);
    check_font_data(cjk, paths.cjk_tc_face, paths.cjk);

    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(atlas.GetGlyphRangesDefault());  // ASCII + Latin-1
    for (Lang lang : all_langs) builder.AddText(language_name(lang));
    builder.AddText("–—…·•×÷€₫¥₽←→");
    builder.AddText(i18n.all_text().c_str());
    for (const std::string& text : extra_texts) builder.AddText(text.c_str());
    ImVector<ImWchar> ranges;
    builder.BuildRanges(&ranges);

    atlas.Clear();
    const DisownFontData disown{atlas};  // declared after latin/cjk: runs before they are freed
    FontSet set;
    set.glyph_ranges = ranges.Size / 2;
    set.body_sc = add_font(atlas, latin, cjk, paths.cjk_sc_face, sizes.body * scale, ranges.Data, "Body SC");
    set.body_tc = add_font(atlas, latin, cjk, paths.cjk_tc_face, sizes.body * scale, ranges.Data, "Body TC");
    set.large_sc = add_font(atlas, latin, cjk, paths.cjk_sc_face, sizes.large * scale, ranges.Data, "Large SC");
    set.large_tc = add_font(atlas, latin, cjk, paths.cjk_tc_face, sizes.large * scale, ranges.Data, "Large TC");
    if (!atlas.Build()) throw Error(Errc::invalid_input, "cannot build the font atlas from " + paths.cjk.string());
    // The pixels are in the atlas now; drop the references to our file buffers and ranges.
    for (ImFontConfig& c : atlas.ConfigData) {
        c.FontData = nullptr;
        c.FontDataOwnedByAtlas = false;
    }
    atlas.ClearInputData();
    return set;
}

bool font_covers(const ImFont& font, const std::string& utf8_text) {
    const char* p = utf8_text.c_str();
    const char* end = p + utf8_text.size();
    while (p < end) {
        unsigned int c = 0;
        const int n = ImTextCharFromUtf8(&c, p, end);
        if (n <= 0) return false;
        p += n;
        if (c < 0x20) continue;  // control characters are not drawn
        if (c > 0xFFFF || font.FindGlyphNoFallback(static_cast<ImWchar>(c)) == nullptr) return false;
    }
    return true;
}

}  // namespace pos::ui
