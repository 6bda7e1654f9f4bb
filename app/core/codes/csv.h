#pragma once
// RFC 4180 CSV: a reader that remembers where every field starts (1-based line, and column counted in
// UTF-8 code points) and validates UTF-8, and a writer that quotes only when needed.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/error.h"

namespace pos {

struct CsvField {
    std::string text;     // unescaped content (an embedded CRLF/LF is kept as written)
    std::size_t line;     // 1-based line of the field's first character (the opening quote if quoted)
    std::size_t column;   // 1-based column of that character, in code points
    bool quoted = false;
};

using CsvRecord = std::vector<CsvField>;

// A syntax or encoding error at a position. what() is "line:column: reason".
class CsvError : public Error {
public:
    CsvError(std::size_t line, std::size_t column, const std::string& reason);
    std::size_t line() const noexcept { return line_; }
    std::size_t column() const noexcept { return column_; }
    const std::string& reason() const noexcept { return reason_; }

private:
    std::size_t line_;
    std::size_t column_;
    std::string reason_;
};

// Reads all records. Fields are separated by ',', records by CRLF or LF; a leading UTF-8 BOM is
// skipped; the final line break is optional; empty lines at the end are ignored (an empty line in the
// middle is a record with one empty field). Throws CsvError for: invalid UTF-8, a quote inside an
// unquoted field, text after a closing quote, an unterminated quoted field, a CR not followed by LF
// outside quotes.
std::vector<CsvRecord> read_csv(std::string_view text);

// Quotes the field (doubling quotes) when it contains ',', '"', CR or LF; otherwise returns it as is.
std::string csv_field(std::string_view text);

// One record: fields joined by ',' and terminated by "\n" (the reader accepts LF and CRLF).
std::string csv_record(const std::vector<std::string>& fields);

}  // namespace pos
