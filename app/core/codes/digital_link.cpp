#include "core/codes/digital_link.h"

#include <array>

#include "core/codes/gtin.h"
#include "core/common/error.h"

namespace pos {
namespace {

struct Segment {
    std::string_view text;
    std::size_t offset;  // in the URI
};

[[noreturn]] void bad(const std::string& why, std::size_t position) {
    throw Error(Errc::invalid_input, "GS1 Digital Link: " + why + " at character " + std::to_string(position));
}

bool starts_with_nocase(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != prefix[i]) return false;
    }
    return true;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

std::string percent_decode(std::string_view s, std::size_t position) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '%') {
            out += s[i];
            continue;
        }
        const int hi = i + 2 < s.size() ? hex_value(s[i + 1]) : -1;
        const int lo = i + 2 < s.size() ? hex_value(s[i + 2]) : -1;
        if (hi < 0 || lo < 0) bad("bad percent-encoding (a % needs two hex digits)", position + i);
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
    }
    return out;
}

// Path AIs by their short names of Digital Link 1.0.
std::string_view path_ai(std::string_view key) {
    if (key == "gtin") return "01";
    if (key == "cpv") return "22";
    if (key == "lot") return "10";
    if (key == "ser") return "21";
    return key;
}

constexpr std::array<std::string_view, 3> kQualifiers{"22", "10", "21"};

}  // namespace

bool is_web_uri(std::string_view text) noexcept {
    return starts_with_nocase(text, "https://") || starts_with_nocase(text, "http://");
}

std::vector<Gs1Element> parse_digital_link(std::string_view uri, std::size_t base) {
    if (!is_web_uri(uri)) bad("not an http:// or https:// address", base);
    const std::size_t host = uri.find("://") + 3;
    const std::size_t path = uri.find_first_of("/?#", host);
    if (path == host) bad("no domain", base + host);
    const std::size_t path_end = path == std::string_view::npos ? uri.size() : uri.find_first_of("?#", path);
    const std::size_t query_end = uri.find('#', path_end);

    std::vector<Segment> segs;
    if (path != std::string_view::npos && uri[path] == '/') {
        std::size_t at = path + 1;
        while (true) {
            const std::size_t slash = uri.find('/', at);
            const std::size_t end = slash == std::string_view::npos || slash > path_end ? path_end : slash;
            segs.push_back({uri.substr(at, end - at), at});
            if (end == path_end) break;
            at = end + 1;
        }
        if (!segs.empty() && segs.back().text.empty()) segs.pop_back();  // a trailing slash
    }
    // The primary key: the last "01" with an even number of segments from it to the end (keys and
    // values alternate after it, so a value "01" or a path prefix cannot be taken for it).
    std::size_t key = segs.size();
    for (std::size_t k = segs.size(); k-- > 0;) {
        if (path_ai(segs[k].text) == "01" && (segs.size() - k) % 2 == 0) {
            key = k;
            break;
        }
    }
    if (key == segs.size()) bad("no /01/{GTIN} in the path", base + (path == std::string_view::npos ? uri.size() : path));

    std::vector<Gs1Element> out;
    auto element = [&](std::string_view ai, const Segment& value, std::size_t ai_offset) {
        std::string v = percent_decode(value.text, base + value.offset);
        if (ai == "01" && is_all_digits(v) && (v.size() == 8 || v.size() == 12 || v.size() == 13))
            v.insert(0, 14 - v.size(), '0');  // GTIN-8/12/13 stand for their GTIN-14
        out.push_back(make_gs1_element(ai, v, base + ai_offset, base + value.offset));
    };
    for (std::size_t k = key; k < segs.size(); k += 2)
        if (segs[k].text.empty() || segs[k + 1].text.empty()) bad("empty path segment", base + segs[k].offset);
    element("01", segs[key + 1], segs[key].offset);

    std::size_t next_qualifier = 0;  // index into kQualifiers of the first one still allowed
    for (std::size_t k = key + 2; k < segs.size(); k += 2) {
        const std::string_view ai = path_ai(segs[k].text);
        const std::size_t at = base + segs[k].offset;
        if (ai == "235") {
            if (k != key + 2 || k + 2 != segs.size()) bad("/235/ must be the only qualifier after /01/", at);
        } else {
            std::size_t q = 0;
            while (q < kQualifiers.size() && kQualifiers[q] != ai) ++q;
            if (q == kQualifiers.size())
                bad("/" + std::string(segs[k].text) + "/ is not a qualifier of /01/ (only /22/, /10/, /21/ in that order, or /235/)", at);
            if (q < next_qualifier)
                bad("/" + std::string(ai) + "/ must not come after /" + std::string(kQualifiers[next_qualifier - 1]) + "/", at);
            next_qualifier = q + 1;
        }
        element(ai, segs[k + 1], segs[k].offset);
    }

    if (path_end < uri.size() && uri[path_end] == '?') {
        const std::size_t q_end = query_end == std::string_view::npos ? uri.size() : query_end;
        std::size_t at = path_end + 1;
        while (at < q_end) {
            std::size_t amp = uri.find('&', at);
            if (amp == std::string_view::npos || amp > q_end) amp = q_end;
            const std::string_view param = uri.substr(at, amp - at);
            const std::size_t eq = param.find('=');
            const std::string_view name = param.substr(0, eq);
            if (eq != std::string_view::npos && !name.empty() && is_all_digits(name))
                element(name, Segment{param.substr(eq + 1), at + eq + 1}, at);
            at = amp + 1;
        }
    }
    return out;
}

}  // namespace pos
