#include "core/codes/csv.h"

namespace pos {
namespace {

class Reader {
public:
    explicit Reader(std::string_view text) : s_(text) {
        if (s_.substr(0, 3) == "\xEF\xBB\xBF") i_ = 3;
    }

    std::vector<CsvRecord> run() {
        std::vector<CsvRecord> records;
        while (i_ < s_.size()) records.push_back(record());
        while (!records.empty() && records.back().size() == 1 && records.back()[0].text.empty() && !records.back()[0].quoted)
            records.pop_back();
        return records;
    }

private:
    [[noreturn]] void fail(const std::string& reason) const { throw CsvError(line_, col_, reason); }

    bool at_end() const { return i_ >= s_.size(); }
    char peek() const { return s_[i_]; }

    // Appends one UTF-8 encoded code point starting at i_ to out and advances one column.
    void take_code_point(std::string& out) {
        const auto b0 = static_cast<unsigned char>(s_[i_]);
        std::size_t len = 0;
        unsigned cp = 0;
        if (b0 < 0x80) {
            len = 1;
            cp = b0;
        } else if (b0 >= 0xC2 && b0 <= 0xDF) {
            len = 2;
            cp = b0 & 0x1Fu;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            len = 3;
            cp = b0 & 0x0Fu;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            len = 4;
            cp = b0 & 0x07u;
        } else {
            fail("invalid UTF-8 byte 0x" + hex(b0));
        }
        if (i_ + len > s_.size()) fail("truncated UTF-8 sequence");
        for (std::size_t k = 1; k < len; ++k) {
            const auto b = static_cast<unsigned char>(s_[i_ + k]);
            if ((b & 0xC0u) != 0x80u) fail("invalid UTF-8 sequence (byte 0x" + hex(b) + " is not a continuation byte)");
            cp = (cp << 6) | (b & 0x3Fu);
        }
        if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000)) fail("invalid UTF-8 (overlong encoding)");
        if (cp >= 0xD800 && cp <= 0xDFFF) fail("invalid UTF-8 (surrogate code point)");
        if (cp > 0x10FFFF) fail("invalid UTF-8 (code point above U+10FFFF)");
        out.append(s_.substr(i_, len));
        i_ += len;
        ++col_;
    }

    static std::string hex(unsigned char b) {
        constexpr std::string_view d = "0123456789ABCDEF";
        return {d[b >> 4], d[b & 0xF]};
    }

    // Consumes a line break at i_ (LF or CRLF) if there is one.
    bool take_newline() {
        if (peek() == '\n') {
            ++i_;
        } else if (peek() == '\r') {
            if (i_ + 1 >= s_.size() || s_[i_ + 1] != '\n') fail("carriage return without line feed");
            i_ += 2;
        } else {
            return false;
        }
        ++line_;
        col_ = 1;
        return true;
    }

    CsvField field() {
        CsvField f{"", line_, col_, false};
        if (!at_end() && peek() == '"') {
            f.quoted = true;
            ++i_;
            ++col_;
            for (;;) {
                if (at_end()) throw CsvError(f.line, f.column, "quoted field is not closed");
                const char c = peek();
                if (c == '"') {
                    if (i_ + 1 < s_.size() && s_[i_ + 1] == '"') {
                        f.text += '"';
                        i_ += 2;
                        col_ += 2;
                        continue;
                    }
                    ++i_;
                    ++col_;
                    break;
                }
                if (c == '\n' || c == '\r') {
                    const std::size_t start = i_;
                    if (c == '\r' && (i_ + 1 >= s_.size() || s_[i_ + 1] != '\n')) {
                        f.text += '\r';  // a lone CR inside quotes is data
                        ++i_;
                        ++col_;
                        continue;
                    }
                    take_newline();
                    f.text.append(s_.substr(start, i_ - start));
                    continue;
                }
                take_code_point(f.text);
            }
            if (!at_end() && peek() != ',' && peek() != '\n' && peek() != '\r') fail("text after closing quote");
            return f;
        }
        while (!at_end()) {
            const char c = peek();
            if (c == ',' || c == '\n' || c == '\r') break;
            if (c == '"') fail("quote inside an unquoted field (quote the whole field and double the quote)");
            take_code_point(f.text);
        }
        return f;
    }

    CsvRecord record() {
        CsvRecord r;
        for (;;) {
            r.push_back(field());
            if (at_end()) break;
            if (peek() == ',') {
                ++i_;
                ++col_;
                continue;
            }
            take_newline();
            break;
        }
        return r;
    }

    std::string_view s_;
    std::size_t i_ = 0;
    std::size_t line_ = 1;
    std::size_t col_ = 1;
};

}  // namespace

CsvError::CsvError(std::size_t line, std::size_t column, const std::string& reason)
    : Error(Errc::invalid_input, std::to_string(line) + ":" + std::to_string(column) + ": " + reason),
      line_(line),
      column_(column),
      reason_(reason) {}

std::vector<CsvRecord> read_csv(std::string_view text) { return Reader(text).run(); }

std::string csv_field(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string csv_record(const std::vector<std::string>& fields) {
    std::string out;
    for (std::size_t k = 0; k < fields.size(); ++k) {
        if (k > 0) out += ',';
        out += csv_field(fields[k]);
    }
    return out + "\n";
}

}  // namespace pos
