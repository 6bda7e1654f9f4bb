#include "core/codes/catalog_csv.h"

#include <algorithm>
#include <map>

#include "core/codes/barcode.h"
#include "core/codes/csv.h"
#include "core/codes/gtin.h"
#include "core/common/error.h"

namespace pos {
namespace {

constexpr std::size_t kSkuMaxChars = 64;
constexpr std::size_t kFieldCount = 6;

std::size_t code_points(std::string_view s) {
    std::size_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0u) != 0x80u) ++n;
    return n;
}

bool has_control(std::string_view s) {
    for (char c : s)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return true;
    return false;
}

std::string_view trim_spaces(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
}

class CatalogReader {
public:
    CatalogReader(const std::string& file, const Currency& cur, const BarcodeOwnerLookup& owner)
        : file_(file), cur_(cur), owner_(owner) {}

    CatalogParse run(std::string_view text) {
        std::vector<CsvRecord> records;
        try {
            records = read_csv(text);
        } catch (const CsvError& e) {
            error(e.line(), e.column(), e.reason());
            return std::move(out_);
        }
        if (records.empty()) {
            error(1, 1, "empty file: expected the header " + std::string(kCatalogHeader));
            return std::move(out_);
        }
        if (!header_ok(records[0])) {
            error(records[0][0].line, 1, "header must be exactly " + std::string(kCatalogHeader));
            return std::move(out_);
        }
        for (std::size_t r = 1; r < records.size(); ++r) row(records[r]);
        if (!out_.ok()) out_.rows.clear();
        return std::move(out_);
    }

private:
    void error(std::size_t line, std::size_t column, const std::string& reason) {
        if (out_.errors.size() >= kCatalogMaxErrors) {
            ++out_.errors_dropped;
            return;
        }
        out_.errors.push_back(file_ + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + reason);
    }
    void error(const CsvField& f, const std::string& reason) { error(f.line, f.column, reason); }

    static bool header_ok(const CsvRecord& rec) {
        std::string joined;
        for (std::size_t k = 0; k < rec.size(); ++k) {
            if (rec[k].quoted) return false;
            joined += (k > 0 ? "," : "") + rec[k].text;
        }
        return joined == kCatalogHeader;
    }

    void row(const CsvRecord& rec) {
        if (rec.size() != kFieldCount) {
            error(rec[0].line, rec[0].column,
                  "expected " + std::to_string(kFieldCount) + " fields, found " + std::to_string(rec.size()));
            return;
        }
        CatalogRow row;
        row.line = rec[0].line;
        bool ok = sku(rec[0], row);
        ok = name(rec[1], row) && ok;
        ok = price(rec[2], row) && ok;
        ok = tax(rec[3], row) && ok;
        ok = barcodes(rec[4], row) && ok;
        ok = category(rec[5], row) && ok;
        if (ok) out_.rows.push_back(std::move(row));
    }

    bool sku(const CsvField& f, CatalogRow& row) {
        const std::string& s = f.text;
        if (s.empty()) return error(f, "sku is empty"), false;
        if (code_points(s) > kSkuMaxChars) return error(f, "sku is longer than 64 characters"), false;
        if (has_control(s)) return error(f, "sku contains a control character"), false;
        if (s.front() == ' ' || s.back() == ' ') return error(f, "sku starts or ends with a space"), false;
        const auto [it, inserted] = skus_.emplace(s, f.line);
        if (!inserted) return error(f, "duplicate sku " + s + " (first on line " + std::to_string(it->second) + ")"), false;
        row.sku = s;
        return true;
    }

    bool name(const CsvField& f, CatalogRow& row) {
        if (trim_spaces(f.text).empty()) return error(f, "name is empty"), false;
        if (has_control(f.text)) return error(f, "name contains a control character"), false;
        row.name = f.text;
        return true;
    }

    bool price(const CsvField& f, CatalogRow& row) {
        try {
            row.price = parse_major(f.text, cur_);
        } catch (const Error& e) {
            return error(f, std::string("bad price: ") + e.what()), false;
        }
        if (row.price < 0) return error(f, "price must not be negative: " + f.text), false;
        return true;
    }

    bool tax(const CsvField& f, CatalogRow& row) {
        try {
            row.tax_rate_bp = parse_tax_rate_bp(f.text);
        } catch (const Error& e) {
            return error(f, e.what()), false;
        }
        return true;
    }

    bool barcodes(const CsvField& f, CatalogRow& row) {
        const std::string_view all = f.text;
        if (trim_spaces(all).empty()) return true;
        bool ok = true;
        std::size_t start = 0;
        for (;;) {
            const std::size_t end = std::min(all.find(';', start), all.size());
            const std::string_view raw = all.substr(start, end - start);
            const std::string_view code = trim_spaces(raw);
            const std::size_t lead = static_cast<std::size_t>(code.data() - all.data());
            const std::size_t col = f.column + (f.quoted ? 1 : 0) + code_points(all.substr(0, code.empty() ? start : lead));
            ok = barcode(f.line, col, code, row) && ok;
            if (end == all.size()) break;
            start = end + 1;
        }
        return ok;
    }

    bool barcode(std::size_t line, std::size_t col, std::string_view code, CatalogRow& row) {
        if (code.empty()) return error(line, col, "empty barcode in the list (check the ';' separators)"), false;
        std::string key;
        try {
            key = catalog_barcode_key(code);
        } catch (const Error& e) {
            return error(line, col, std::string("bad barcode: ") + e.what()), false;
        }
        const std::string text(code);
        const auto [it, inserted] = barcodes_.emplace(key, std::make_pair(line, row.sku));
        if (!inserted) {
            return error(line, col, "barcode " + text + " appears twice in the file (first on line " +
                                        std::to_string(it->second.first) + ")"),
                   false;
        }
        if (owner_) {
            const std::optional<std::string> current = owner_(key);
            if (current && !row.sku.empty() && *current != row.sku)
                return error(line, col, "barcode " + text + " already belongs to sku " + *current), false;
        }
        row.barcodes.push_back(key);
        return true;
    }

    bool category(const CsvField& f, CatalogRow& row) {
        if (has_control(f.text)) return error(f, "category contains a control character"), false;
        row.category = f.text;
        return true;
    }

    const std::string& file_;
    const Currency& cur_;
    const BarcodeOwnerLookup& owner_;
    CatalogParse out_;
    std::map<std::string, std::size_t> skus_;
    std::map<std::string, std::pair<std::size_t, std::string>> barcodes_;
};

}  // namespace

std::string catalog_barcode_key(std::string_view code) {
    if (is_all_digits(code) && (code.size() == 8 || code.size() == 12 || code.size() == 13 || code.size() == 14))
        return parse_gtin(code).gtin14;
    validate_plain_code(code);
    return std::string(code);
}

std::string catalog_barcode_text(std::string_view key) {
    if (key.size() == 14 && gtin_check_ok(key)) return gtin_short_form(key);
    return std::string(key);
}

int parse_tax_rate_bp(std::string_view text) {
    const std::string shown = "bad tax_rate '" + std::string(text) + "': use a percentage from 0 to 100 with at most 2 decimals";
    const std::size_t dot = text.find('.');
    const std::string_view whole = text.substr(0, dot);
    const std::string_view frac = dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
    if (!is_all_digits(whole) || whole.size() > 3) throw Error(Errc::invalid_input, shown);
    if (dot != std::string_view::npos && (!is_all_digits(frac) || frac.size() > 2)) throw Error(Errc::invalid_input, shown);
    int bp = std::stoi(std::string(whole)) * 100;
    if (frac.size() >= 1) bp += (frac[0] - '0') * 10;
    if (frac.size() == 2) bp += frac[1] - '0';
    if (bp > 10000) throw Error(Errc::invalid_input, shown);
    return bp;
}

std::string format_tax_rate_bp(int bp) {
    std::string out = std::to_string(bp / 100);
    const int frac = bp % 100;
    if (frac == 0) return out;
    out += '.';
    out += static_cast<char>('0' + frac / 10);
    if (frac % 10 != 0) out += static_cast<char>('0' + frac % 10);
    return out;
}

CatalogParse parse_catalog_csv(std::string_view text, const std::string& file_name, const Currency& cur,
                               const BarcodeOwnerLookup& owner) {
    return CatalogReader(file_name, cur, owner).run(text);
}

std::string write_catalog_csv(const std::vector<CatalogRow>& rows, const Currency& cur) {
    std::string out = std::string(kCatalogHeader) + "\n";
    for (const CatalogRow& r : rows) {
        std::string codes;
        for (std::size_t k = 0; k < r.barcodes.size(); ++k) codes += (k > 0 ? ";" : "") + catalog_barcode_text(r.barcodes[k]);
        out += csv_record({r.sku, r.name, format_plain(r.price, cur), format_tax_rate_bp(r.tax_rate_bp), codes, r.category});
    }
    return out;
}

}  // namespace pos
