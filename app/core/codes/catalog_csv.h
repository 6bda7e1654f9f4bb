#pragma once
// The catalog import/export file: header `sku,name,price,tax_rate,barcodes,category`, one product per
// row. Import validates everything and collects every problem as "file:line:column: reason"; the
// caller imports nothing when any error exists. Export writes the same format so that
// export -> import reproduces the rows.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/types.h"
#include "core/sale/money.h"

namespace pos {

inline constexpr std::string_view kCatalogHeader = "sku,name,price,tax_rate,barcodes,category";
inline constexpr std::size_t kCatalogMaxErrors = 50;

struct CatalogRow {
    std::string sku;
    std::string name;
    Minor price = 0;                    // minor units of the store currency
    int tax_rate_bp = 0;                // basis points: 13.5 % -> 1350
    std::vector<std::string> barcodes;  // lookup keys: GTIN-14 for GTINs, the code text otherwise
    std::string category;               // may be empty
    std::size_t line = 0;               // line of the row in the file (0 for rows not read from a file)

    bool operator==(const CatalogRow&) const = default;
};

struct CatalogParse {
    std::vector<CatalogRow> rows;     // only meaningful when errors is empty
    std::vector<std::string> errors;  // "file:line:column: reason", at most kCatalogMaxErrors
    std::size_t errors_dropped = 0;   // errors found beyond kCatalogMaxErrors
    bool ok() const noexcept { return errors.empty(); }
};

// Returns the sku that currently owns a barcode key in the database, or nullopt.
using BarcodeOwnerLookup = std::function<std::optional<std::string>(const std::string& barcode_key)>;

// The lookup key for a barcode written in a catalog: a code of 8, 12, 13 or 14 digits is a GTIN (its
// check digit must be right; 8 digits starting 0/1 read as UPC-E) and becomes its GTIN-14; anything
// else must be a valid plain code (printable ASCII, 1..48 characters) and is kept as written.
// In-store variable-measure items are listed by their 7-digit key (e.g. "2012345", see barcode.h).
// Throws Error(invalid_input).
std::string catalog_barcode_key(std::string_view code);

// The form written on export: GTIN-14 keys in their shortest standard form (13, 12 or 8 digits).
std::string catalog_barcode_text(std::string_view key);

// "13.5" -> 1350; 0..100 with at most two decimals. Throws Error(invalid_input).
int parse_tax_rate_bp(std::string_view text);
// 1350 -> "13.5", 1300 -> "13", 5 -> "0.05".
std::string format_tax_rate_bp(int bp);

// Checks: exact header; 6 fields per row; sku non-empty, <= 64 characters, no control characters or
// surrounding spaces, unique in the file; name non-empty, no control characters; price via
// parse_major (not negative, decimals per currency); tax_rate; barcodes separated by ';' (spaces
// around each are ignored), each valid, not twice in the file, not owned by ANOTHER sku per `owner`
// (an empty std::function means no owner lookup); category without control characters.
CatalogParse parse_catalog_csv(std::string_view text, const std::string& file_name, const Currency& cur,
                               const BarcodeOwnerLookup& owner);

// Header plus one line per row: price in format_plain, tax as format_tax_rate_bp, barcodes as
// catalog_barcode_text joined with ';'.
std::string write_catalog_csv(const std::vector<CatalogRow>& rows, const Currency& cur);

}  // namespace pos
