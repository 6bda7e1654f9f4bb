#include "ui/fonts.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>

#include "core/common/error.h"
#include "ui/i18n.h"

namespace pos::ui {

namespace {

// A font file mapped read-only (copy-on-write): stb_truetype reads only the tables and glyphs
// it needs, so mapping the ~20 MB CJK collection costs a few page faults, where reading it
// meant zero-filling and copying all of it (perf: memset, read and their page faults were a
// large part of the app's start-up after the atlas itself).
class FontFile {
public:
    explicit FontFile(const std::filesystem::path& path) : path_(path) {
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) throw Error(Errc::io, "font file missing or unreadable: " + path.string());
        struct stat st {};
        if (::fstat(fd, &st) != 0 || st.st_size <= 0) {
            ::close(fd);
            if (st.st_size == 0) return;  // empty: check_font_data reports it
            throw Error(Errc::io, "cannot read font file " + path.string());
        }
        size_ = static_cast<std::size_t>(st.st_size);
        void* p = ::mmap(nullptr, size_, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
        ::close(fd);
        if (p == MAP_FAILED) throw Error(Errc::io, "cannot read font file " + path.string());
        data_ = static_cast<unsigned char*>(p);
    }
    ~FontFile() {
        if (data_ != nullptr) ::munmap(data_, size_);
    }
    FontFile(const FontFile&) = delete;
    FontFile& operator=(const FontFile&) = delete;

    unsigned char* data() const noexcept { return data_; }
    std::size_t size() const noexcept { return size_; }
    const std::filesystem::path& path() const noexcept { return path_; }

private:
    std::filesystem::path path_;
    unsigned char* data_ = nullptr;
    std::size_t size_ = 0;
};

std::uint32_t be32(const unsigned char* d, std::size_t at) {
    return (std::uint32_t{d[at]} << 24) | (std::uint32_t{d[at + 1]} << 16) | (std::uint32_t{d[at + 2]} << 8) |
           std::uint32_t{d[at + 3]};
}

// stb_truetype asserts on garbage; check the container first so a wrong path is an error.
void check_font_data(const FontFile& file, int face) {
    const std::filesystem::path& path = file.path();
    const unsigned char* data = file.data();
    if (file.size() < 12) throw Error(Errc::invalid_input, "not a font file: " + path.string());
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

ImFont* add_font(ImFontAtlas& atlas, const FontFile& latin, const FontFile& cjk, int cjk_face,
                 float size, int oversample_h, const ImWchar* ranges, const char* name) {
    // "Owned" so that ImGui 1.86 does not copy the buffer (it copies data it does not own:
    // eight copies of the 20 MB CJK collection were a large part of start-up time and peak
    // memory). The mappings are ours and live until the atlas is built; DisownFontData hands
    // them back before the atlas would free them.
    ImFontConfig base;
    base.FontDataOwnedByAtlas = true;
    base.OversampleH = oversample_h;
    base.OversampleV = 1;
    base.PixelSnapH = oversample_h == 1;
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
                    const FontPaths& paths, const FontSizes& sizes, const FontCoverage& coverage) {
    const FontFile latin(paths.latin);
    const FontFile cjk(paths.cjk);
    check_font_data(latin, 0);
    check_font_data(cjk, paths.cjk_sc_face);
    check_font_data(cjk, paths.cjk_tc_face);

    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(atlas.GetGlyphRangesDefault());  // ASCII + Latin-1
    for (Lang lang : all_langs) builder.AddText(language_name(lang));  // the login screen's buttons
    builder.AddText("–—…·•×÷€₫¥₽←→");
    if (coverage.only) {
        // English shows the msgids; every catalog has the same ones (mostly ASCII).
        for (Lang lang : all_langs)
            for (const auto& entry : i18n.catalog(lang)) builder.AddText(entry.first.c_str());
        for (const auto& entry : i18n.catalog(*coverage.only)) builder.AddText(entry.second.c_str());
    } else {
        builder.AddText(i18n.all_text().c_str());
    }
    for (const std::string& text : extra_texts) builder.AddText(text.c_str());
    ImVector<ImWchar> ranges;
    builder.BuildRanges(&ranges);

    atlas.Clear();
    // The texture only needs the height the glyphs use (less to clear and upload).
    atlas.Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
    const DisownFontData disown{atlas};  // declared after latin/cjk: runs before they are freed
    FontSet set;
    set.glyph_ranges = ranges.Size / 2;
    set.only = coverage.only;
    // Horizontal oversampling sharpens small Latin text; at 36 px it only doubles the work.
    const float body = sizes.body * scale;
    const float large = sizes.large * scale;
    if (coverage.only) {
        const bool tc = *coverage.only == Lang::zh_TW;
        const int face = tc ? paths.cjk_tc_face : paths.cjk_sc_face;
        set.body_sc = add_font(atlas, latin, cjk, face, body, 2, ranges.Data, tc ? "Body TC" : "Body SC");
        set.large_sc = add_font(atlas, latin, cjk, face, large, 1, ranges.Data, tc ? "Large TC" : "Large SC");
        set.body_tc = set.body_sc;
        set.large_tc = set.large_sc;
    } else {
        set.body_sc = add_font(atlas, latin, cjk, paths.cjk_sc_face, body, 2, ranges.Data, "Body SC");
        set.body_tc = add_font(atlas, latin, cjk, paths.cjk_tc_face, body, 2, ranges.Data, "Body TC");
        set.large_sc = add_font(atlas, latin, cjk, paths.cjk_sc_face, large, 1, ranges.Data, "Large SC");
        set.large_tc = add_font(atlas, latin, cjk, paths.cjk_tc_face, large, 1, ranges.Data, "Large TC");
    }
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
