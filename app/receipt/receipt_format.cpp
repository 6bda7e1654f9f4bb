#include "receipt/receipt_format.h"

#include <algorithm>

#include "core/sale/tax.h"
#include "drivers/escpos/text_width.h"

namespace pos::receipt {
namespace {

constexpr std::string_view kNbsp = "\u00A0";

void trim_nbsp(std::string& s) {
    while (s.size() >= kNbsp.size() && s.compare(s.size() - kNbsp.size(), kNbsp.size(), kNbsp) == 0)
        s.erase(s.size() - kNbsp.size());
    while (s.compare(0, kNbsp.size(), kNbsp) == 0) s.erase(0, kNbsp.size());
}

std::string pad_left(std::string_view text, int width) {
    const int w = escpos::display_columns(text);
    return std::string(static_cast<std::size_t>(w < width ? width - w : 0), ' ') + std::string(text);
}

}  // namespace

std::string plain_amount(Minor amount, const Currency& cur, Lang lang) {
    std::string s = format_money(amount, cur, lang);
    const auto at = s.find(cur.symbol);
    if (at != std::string::npos) s.erase(at, cur.symbol.size());
    trim_nbsp(s);
    return s;
}

std::string mask_reference(std::string_view reference) {
    const std::vector<char32_t> cps = escpos::decode_utf8(reference);
    if (cps.size() <= 4) return std::string(reference);
    std::vector<char32_t> out(cps.size() - 4, U'*');
    out.insert(out.end(), cps.end() - 4, cps.end());
    return escpos::encode_utf8(out);
}

std::string justified(std::string_view left, std::string_view right, int columns) {
    std::string out;
    for (const std::string& line : escpos::justify_row(left, right, columns)) {
        if (!out.empty()) out += '\n';
        out += line;
    }
    return out;
}

std::string table_fields(std::string_view middle, std::string_view right, int columns) {
    const int field = columns / 3;
    return pad_left(middle, field) + pad_left(right, field);
}

std::string wrap_text(std::string_view text, int columns) {
    std::string out, line;
    auto flush = [&] {
        if (!out.empty()) out += '\n';
        out += line;
        line.clear();
    };
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t space = std::min(text.find(' ', start), text.size());
        std::string word(text.substr(start, space - start));
        start = space + 1;
        if (word.empty()) continue;
        const int need = escpos::display_columns(line) + (line.empty() ? 0 : 1) + escpos::display_columns(word);
        if (need <= columns) {
            line += (line.empty() ? "" : " ") + word;
            continue;
        }
        if (!line.empty()) flush();
        while (escpos::display_columns(word) > columns) {
            std::string head = escpos::truncate_to_columns(word, columns);
            if (head.empty()) break;  // a character wider than the paper: keep it whole
            word.erase(0, head.size());
            line = std::move(head);
            flush();
        }
        line = std::move(word);
    }
    if (!line.empty() || out.empty()) flush();
    return out;
}

std::string rate_text(int rate_bp, Lang lang) {
    std::string s = format_rate(rate_bp);
    if (lang == Lang::ru || lang == Lang::vi) std::replace(s.begin(), s.end(), '.', ',');
    return s;
}

std::string percent_text(std::int64_t bp, Lang lang) {
    const bool negative = bp < 0;
    const std::uint64_t v = negative ? 0 - static_cast<std::uint64_t>(bp) : static_cast<std::uint64_t>(bp);
    std::string s = std::to_string(v / 100);
    std::string frac = std::to_string(v % 100);
    if (frac.size() < 2) frac.insert(0, 1, '0');
    while (!frac.empty() && frac.back() == '0') frac.pop_back();
    if (!frac.empty()) s += (lang == Lang::ru || lang == Lang::vi ? "," : ".") + frac;
    return (negative ? "-" : "") + s + "%";
}

}  // namespace pos::receipt
