#include "drivers/escpos/encoder.h"

#include "core/common/error.h"
#include "drivers/escpos/barcode.h"
#include "drivers/escpos/charset.h"
#include "drivers/escpos/qr.h"
#include "drivers/escpos/text_raster.h"
#include "drivers/escpos/text_width.h"

#include <algorithm>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

namespace pos::escpos {

namespace {

using Bytes = std::vector<std::uint8_t>;
constexpr std::uint8_t ESC = 0x1B, GS = 0x1D, FS = 0x1C, LF = 0x0A;

std::uint8_t u8(int v) { return static_cast<std::uint8_t>(v & 0xFF); }

void check_range(int v, int lo, int hi, const char* what) {
    if (v < lo || v > hi)
        throw Error(Errc::invalid_input, std::string(what) + " must be " + std::to_string(lo) + ".." +
                                             std::to_string(hi) + ", got " + std::to_string(v));
}

// One encoded character of a text line (1 or 2 bytes, no allocation).
struct Piece {
    enum Kind : std::uint8_t { ascii, page, cjk } kind = ascii;
    std::uint8_t n = 0;
    std::uint8_t bytes[2]{};
    int esc_t = 0;
};

// A code point in one charset: up to 4 bytes, n == 0 if the charset cannot represent it.
struct Code {
    std::uint8_t n = 0;
    std::uint8_t b[4]{};
};

// iconv converters and their answers, kept per thread across receipts: opening the converters
// for every receipt and converting every character again for every code page probed was much of
// a text receipt's time (tests/bench). Charset is not thread-safe (iconv state), hence per thread.
class CharsetCache {
public:
    Code encode(const char* iconv_name, char32_t cp) {
        Entry& e = entry(iconv_name);
        if (const auto it = e.memo.find(cp); it != e.memo.end()) return it->second;
        Code c;
        if (const auto b = e.charset->encode(cp)) {
            c.n = static_cast<std::uint8_t>(std::min<std::size_t>(b->size(), 255));
            std::copy_n(b->begin(), std::min(b->size(), sizeof c.b), c.b);
        }
        e.memo.emplace(cp, c);
        return c;
    }

private:
    struct Entry {
        std::string name;
        std::unique_ptr<Charset> charset;
        std::unordered_map<char32_t, Code> memo;
    };
    Entry& entry(const char* iconv_name) {
        for (Entry& e : entries_)
            if (e.name == iconv_name) return e;
        auto charset = std::make_unique<Charset>(iconv_name);  // throws not_found: nothing cached
        entries_.push_back(Entry{iconv_name, std::move(charset), {}});
        return entries_.back();
    }
    std::deque<Entry> entries_;  // stable references; a handful of charsets
};

CharsetCache& charset_cache() {
    thread_local CharsetCache cache;
    return cache;
}

class Encoder {
public:
    Encoder(const Profile& p, const TextRasterizer* r) : p_(p), r_(r) {}

    Bytes run(const Document& doc) {
        out_.reserve(4096);
        put({ESC, '@'});
        if (p_.cjk != CjkEncoding::none || p_.starts_in_kanji) put({FS, '.'});  // known state: single-byte
        for (const auto& block : doc.blocks) std::visit([this](const auto& b) { this->block(b); }, block);
        return std::move(out_);
    }

private:
    const Profile& p_;
    const TextRasterizer* r_;
    Bytes out_;
    // Printer state after ESC @.
    Align align_ = Align::left;
    Font font_ = Font::a;
    bool bold_ = false;
    bool underline_ = false;
    int size_ = 0;
    int page_ = -1;  // unknown until we send ESC t
    bool kanji_ = false;
    CharsetCache& charsets_ = charset_cache();
    // try_text_lines' plan, reused across blocks: a printable-ASCII line is copied as it is,
    // any other line is its pieces planned_[begin, end).
    struct LinePlan {
        std::string_view ascii;
        bool is_ascii = false;
        std::size_t end = 0;
    };
    std::vector<Piece> planned_;
    std::vector<LinePlan> lines_;

    void put(std::initializer_list<std::uint8_t> b) { out_.insert(out_.end(), b.begin(), b.end()); }
    void put(const Bytes& b) { out_.insert(out_.end(), b.begin(), b.end()); }

    void set_align(Align a) {
        if (a != align_) put({ESC, 'a', static_cast<std::uint8_t>(a)});
        align_ = a;
    }

    void set_style(const TextStyle& s) {
        check_range(s.width, 1, 8, "character width");
        check_range(s.height, 1, 8, "character height");
        set_align(s.align);
        if (s.font != font_) put({ESC, 'M', static_cast<std::uint8_t>(s.font)});
        if (s.bold != bold_) put({ESC, 'E', u8(s.bold ? 1 : 0)});
        if (s.underline != underline_) put({ESC, '-', u8(s.underline ? 1 : 0)});
        const int size = ((s.width - 1) << 4) | (s.height - 1);
        if (size != size_) put({GS, '!', u8(size)});
        font_ = s.font;
        bold_ = s.bold;
        underline_ = s.underline;
        size_ = size;
    }

    // Appends one line's pieces to planned_, or returns false if some character has no
    // encoding on this profile.
    bool plan(std::string_view line, int& page) {
        if (p_.raster_text == RasterTextMode::always) return false;
        for (char32_t cp : decode_utf8(line)) {
            if (cp == U'\t') cp = U' ';
            if (cp < 0x20 || cp == 0x7F)
                throw Error(Errc::invalid_input, "text contains control character " + std::to_string(cp));
            if (cp < 0x7F) {
                Piece pc;
                pc.n = 1;
                pc.bytes[0] = u8(static_cast<int>(cp));
                planned_.push_back(pc);
                continue;
            }
            std::optional<Piece> found;
            // Single-byte pages first (the active page first, so we switch as little as possible),
            auto try_page = [&](const CodePage& cpg) {
                const Code c = charsets_.encode(iconv_name_for_page(cpg.name), cp);
                if (c.n == 1 && c.b[0] >= 0x80) {
                    Piece pc;
                    pc.kind = Piece::page;
                    pc.esc_t = cpg.esc_t;
                    pc.n = 1;
                    pc.bytes[0] = c.b[0];
                    found = pc;
                }
            };
            if (const CodePage* cur = p_.page_by_number(page)) try_page(*cur);
            for (const auto& cpg : p_.code_pages)
                if (!found) try_page(cpg);
            // then the model's two-byte encoding. Only 2-byte sequences: many "GB18030" printers
            // are GBK-only and misprint 4-byte sequences (¥ would be 81 30 84 36).
            if (!found && p_.cjk != CjkEncoding::none) {
                const Code c = charsets_.encode(p_.cjk == CjkEncoding::gb18030 ? "GB18030" : "BIG5", cp);
                if (c.n == 2 && c.b[0] >= 0x81) {
                    Piece pc;
                    pc.kind = Piece::cjk;
                    pc.n = 2;
                    pc.bytes[0] = c.b[0];
                    pc.bytes[1] = c.b[1];
                    found = pc;
                }
            }
            if (!found) return false;
            if (found->kind == Piece::page) page = found->esc_t;
            planned_.push_back(*found);
        }
        return true;
    }

    void emit(const Piece* first, const Piece* last) {
        for (const Piece* pc = first; pc != last; ++pc) {
            if (pc->kind == Piece::page) {
                if (kanji_) put({FS, '.'});
                kanji_ = false;
                if (pc->esc_t != page_) put({ESC, 't', u8(pc->esc_t)});
                page_ = pc->esc_t;
            } else if (pc->kind == Piece::cjk) {
                if (!kanji_) put({FS, '&'});
                kanji_ = true;
            }
            out_.insert(out_.end(), pc->bytes, pc->bytes + pc->n);
        }
        out_.push_back(LF);
    }

    static bool printable_ascii(std::string_view line) noexcept {
        for (char c : line)
            if (c < 0x20 || c > 0x7E) return false;  // char may be signed: bytes >= 0x80 are < 0
        return true;
    }

    // Encodes all lines, or returns false (nothing emitted) if any line needs raster text.
    bool try_text_lines(const std::vector<std::string>& lines, const TextStyle& style) {
        planned_.clear();
        lines_.clear();
        for (const auto& l : lines) {
            if (p_.raster_text == RasterTextMode::always) return false;
            if (printable_ascii(l)) {
                lines_.push_back({l, true, planned_.size()});
                continue;
            }
            // Each line is planned from the page the printer is in before the block, as before.
            int page = page_;
            if (!plan(l, page)) return false;
            lines_.push_back({{}, false, planned_.size()});
        }
        set_style(style);
        std::size_t begin = 0;
        for (const LinePlan& lp : lines_) {
            if (lp.is_ascii) {
                const auto* first = reinterpret_cast<const std::uint8_t*>(lp.ascii.data());
                out_.insert(out_.end(), first, first + lp.ascii.size());
                out_.push_back(LF);
            } else {
                emit(planned_.data() + begin, planned_.data() + lp.end);
            }
            begin = lp.end;
        }
        return true;
    }

    const TextRasterizer& rasterizer(std::string_view text) {
        if (r_ == nullptr || !p_.raster_gs_v0)
            throw Error(Errc::invalid_state, "printer profile " + p_.name + " cannot print '" + std::string(text) +
                                                 "': no code page has these characters and raster text is " +
                                                 (r_ == nullptr ? "not available (no fonts)" : "not supported"));
        return *r_;
    }

    void raster(const Bitmap& bm) {
        if (!p_.raster_gs_v0)
            throw Error(Errc::invalid_state, "printer profile " + p_.name + " cannot print images (no GS v 0)");
        if (bm.width > p_.paper_dots)
            throw Error(Errc::invalid_input, "image is " + std::to_string(bm.width) + " dots wide but the paper has " +
                                                 std::to_string(p_.paper_dots));
        append_raster(out_, bm);
    }


    void block(const Text& t) {
        if (try_text_lines(split_lines(t.utf8), t.style)) return;
        const int base = t.style.font == Font::b ? kRasterPxFontB : kRasterPxFontA;
        const int px = base * std::clamp(std::max(t.style.width, t.style.height), 1, 8);
        raster(rasterizer(t.utf8).render_paragraph(t.utf8, px, p_.paper_dots, t.style.align, t.style.bold));
    }

    void block(const Row& r) {
        TextStyle st;
        st.bold = r.bold;
        st.font = r.font;
        if (try_text_lines(justify_row(r.left, r.right, p_.columns(r.font == Font::b)), st)) return;
        const int px = r.font == Font::b ? kRasterPxFontB : kRasterPxFontA;
        raster(rasterizer(r.left + r.right).render_row(r.left, r.right, px, p_.paper_dots, r.bold));
    }

    void block(const Rule& r) {
        if (r.ch < 0x20 || r.ch > 0x7E) throw Error(Errc::invalid_input, "rule character must be printable ASCII");
        TextStyle st;
        st.font = r.font;
        const std::string line(static_cast<std::size_t>(p_.columns(r.font == Font::b)), r.ch);
        if (try_text_lines({line}, st)) return;
        const int px = r.font == Font::b ? kRasterPxFontB : kRasterPxFontA;
        raster(rasterizer(line).render_line(line, px, p_.paper_dots, Align::left));
    }

    void block(const Feed& f) {
        check_range(f.lines, 0, 255, "feed lines");
        put({ESC, 'd', u8(f.lines)});
    }

    void block(const Barcode& b) {
        check_range(b.height, 1, 255, "barcode height");
        check_range(b.module_width, 2, 6, "barcode module width");
        int m = 0;
        std::size_t modules = 0;
        std::string data = b.data;
        switch (b.symbology) {
        case Symbology::upc_a:
            m = 65;
            modules = ean13_modules("0" + complete_ean(data, 12, "UPC-A")).size();
            break;
        case Symbology::ean13:
            m = 67;
            modules = ean13_modules(complete_ean(data, 13, "EAN-13")).size();
            break;
        case Symbology::ean8:
            m = 68;
            modules = ean8_modules(complete_ean(data, 8, "EAN-8")).size();
            break;
        case Symbology::code128: {
            m = 73;
            std::string esc = "{B";
            for (char c : data) {
                const auto u = static_cast<unsigned char>(c);
                if (u < 32 || u > 126)
                    throw Error(Errc::invalid_input, "CODE128 barcode text may only contain printable ASCII");
                esc += c;
                if (c == '{') esc += '{';
            }
            data = esc;
            modules = code128_modules(data).size();
            break;
        }
        }
        if (data.size() > 255) throw Error(Errc::invalid_input, "barcode data is too long");
        const std::size_t dots = modules * static_cast<std::size_t>(b.module_width);
        if (dots > static_cast<std::size_t>(p_.paper_dots))
            throw Error(Errc::invalid_input, "barcode '" + b.data + "' is " + std::to_string(dots) +
                                                 " dots wide but the paper has " + std::to_string(p_.paper_dots) +
                                                 "; use a smaller module width or shorter data");
        set_align(b.align);
        put({GS, 'h', u8(b.height)});
        put({GS, 'w', u8(b.module_width)});
        put({GS, 'H', static_cast<std::uint8_t>(b.hri)});
        put({GS, 'k', u8(m), u8(static_cast<int>(data.size()))});
        for (char c : data) out_.push_back(static_cast<std::uint8_t>(c));
    }

    void block(const QrCode& q) {
        check_range(q.module_size, 1, 16, "QR module size");
        if (q.data.empty() || q.data.size() > 7089) throw Error(Errc::invalid_input, "QR data must be 1..7089 bytes");
        set_align(q.align);
        if (p_.native_qr) {
            const int len = static_cast<int>(q.data.size()) + 3;
            put({GS, '(', 'k', 4, 0, 0x31, 0x41, 0x32, 0x00});                       // model 2
            put({GS, '(', 'k', 3, 0, 0x31, 0x43, u8(q.module_size)});                // module size
            put({GS, '(', 'k', 3, 0, 0x31, 0x45, u8(0x30 + static_cast<int>(q.ecc))});  // error correction
            put({GS, '(', 'k', u8(len), u8(len >> 8), 0x31, 0x50, 0x30});            // store
            for (char c : q.data) out_.push_back(static_cast<std::uint8_t>(c));
            put({GS, '(', 'k', 3, 0, 0x31, 0x51, 0x30});  // print
            return;
        }
        int module = q.module_size;
        const int side = qr_modules(q.data, q.ecc) + 2 * kQrQuietModules;
        while (module > 1 && side * module > p_.paper_dots) --module;
        if (side * module > p_.paper_dots)
            throw Error(Errc::invalid_input, "QR code is too large for the paper");
        raster(qr_bitmap(q.data, q.ecc, module));
    }

    void block(const Image& im) {
        set_align(im.align);
        raster(im.bitmap);
    }

    void block(const Cut& c) {
        if (p_.cutter) put({GS, 'V', u8(c.partial ? 66 : 65), 0});  // feed to the cutter, then cut
        else put({ESC, 'd', 4});                                   // no cutter: feed past the tear bar
    }

    void block(const DrawerPulse& d) {
        if (!p_.drawer) throw Error(Errc::invalid_state, "printer profile " + p_.name + " has no cash drawer port");
        check_range(d.on_ms, 2, 510, "drawer pulse on time (ms)");
        check_range(d.off_ms, 2, 510, "drawer pulse off time (ms)");
        put({ESC, 'p', static_cast<std::uint8_t>(d.pin), u8(d.on_ms / 2), u8(d.off_ms / 2)});
    }
};

}  // namespace

void append_raster(std::vector<std::uint8_t>& out, const Bitmap& bm) {
    const int wb = bm.width_bytes();
    if (wb > 0xFFFF || bm.height <= 0 || bm.width <= 0) throw Error(Errc::invalid_input, "empty or oversized image");
    for (int y0 = 0; y0 < bm.height; y0 += kMaxBandRows) {
        const int rows = std::min(kMaxBandRows, bm.height - y0);
        const std::uint8_t hdr[] = {GS, 'v', '0', 0, u8(wb), u8(wb >> 8), u8(rows), u8(rows >> 8)};
        out.insert(out.end(), std::begin(hdr), std::end(hdr));
        const auto first = bm.bits.begin() + static_cast<std::ptrdiff_t>(y0) * wb;
        out.insert(out.end(), first, first + static_cast<std::ptrdiff_t>(rows) * wb);
    }
}

std::vector<std::uint8_t> encode(const Document& doc, const Profile& profile, const TextRasterizer* rasterizer) {
    return Encoder(profile, rasterizer).run(doc);
}

}  // namespace pos::escpos
