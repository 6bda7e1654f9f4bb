#include "ui/po_parser.h"

#include "core/common/error.h"

namespace pos::ui {

namespace {

class PoReader {
public:
    PoReader(std::string_view text, std::string_view source) : text_(text), source_(source) {}

    Catalog read() {
        while (next_line()) {
            std::string_view line = trim(line_);
            if (line.empty()) {
                finish_entry();
            } else if (line[0] == '#') {
                if (field_ == Field::msgstr) finish_entry();  // comments start the next entry
                if (line.size() > 1 && line[1] == ',' && line.find("fuzzy") != std::string_view::npos) fuzzy_ = true;
            } else if (line[0] == '"') {
                if (field_ == Field::none) fail("text without a msgid or msgstr before it");
                append_to_field(unquote(line));
            } else {
                start_field(line);
            }
        }
        finish_entry();
        return std::move(catalog_);
    }

private:
    enum class Field { none, msgid, msgstr };

    [[noreturn]] void fail(const std::string& what) const {
        throw Error(Errc::invalid_input, std::string(source_) + " line " + std::to_string(line_no_) + ": " + what);
    }

    bool next_line() {
        if (pos_ >= text_.size()) return false;
        auto end = text_.find('\n', pos_);
        if (end == std::string_view::npos) end = text_.size();
        line_ = text_.substr(pos_, end - pos_);
        pos_ = end + 1;
        ++line_no_;
        return true;
    }

    static std::string_view trim(std::string_view s) {
        while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
        while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
        return s;
    }

    void start_field(std::string_view line) {
        const auto space = line.find_first_of(" \t");
        const std::string_view keyword = line.substr(0, space);
        if (space == std::string_view::npos) fail("expected a quoted string after " + std::string(keyword));
        const std::string_view rest = trim(line.substr(space));
        if (keyword == "msgid") {
            if (field_ == Field::msgid) fail("msgid follows another msgid without a msgstr");
            if (field_ == Field::msgstr) finish_entry();
            field_ = Field::msgid;
            has_msgid_ = true;
            msgid_ = unquote(rest);
        } else if (keyword == "msgstr") {
            if (field_ != Field::msgid) fail("msgstr without a msgid before it");
            field_ = Field::msgstr;
            has_msgstr_ = true;
            msgstr_ = unquote(rest);
        } else if (keyword == "msgid_plural" || keyword.rfind("msgstr[", 0) == 0) {
            fail("plural forms are not supported");
        } else if (keyword == "msgctxt") {
            fail("message contexts are not supported");
        } else {
            fail("unknown keyword '" + std::string(keyword) + "'");
        }
    }

    void append_to_field(const std::string& s) {
        (field_ == Field::msgid ? msgid_ : msgstr_) += s;
    }

    void finish_entry() {
        if (has_msgid_) {
            if (!has_msgstr_) fail("msgid \"" + msgid_ + "\" has no msgstr");
            if (!msgid_.empty() && !msgstr_.empty() && !fuzzy_) {
                if (catalog_.count(msgid_) != 0) fail("duplicate msgid \"" + msgid_ + "\"");
                catalog_.emplace(msgid_, msgstr_);
            }
        }
        field_ = Field::none;
        has_msgid_ = has_msgstr_ = fuzzy_ = false;
        msgid_.clear();
        msgstr_.clear();
    }

    std::string unquote(std::string_view s) const {
        if (s.size() < 2 || s.front() != '"' || s.back() != '"') fail("expected a string in double quotes");
        s = s.substr(1, s.size() - 2);
        std::string out;
        out.reserve(s.size());
        for (std::size_t i = 0; i < s.size(); ++i) {
            const char c = s[i];
            if (c == '"') fail("unescaped '\"' inside a string");
            if (c != '\\') {
                out += c;
                continue;
            }
            if (++i >= s.size()) fail("string ends with a lone backslash");
            switch (s[i]) {
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case 'r': out += '\r'; break;
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            default: fail(std::string("unknown escape \\") + s[i]);
            }
        }
        return out;
    }

    std::string_view text_;
    std::string_view source_;
    std::size_t pos_ = 0;
    std::string_view line_;
    int line_no_ = 0;
    Field field_ = Field::none;
    bool has_msgid_ = false;
    bool has_msgstr_ = false;
    bool fuzzy_ = false;
    std::string msgid_;
    std::string msgstr_;
    Catalog catalog_;
};

}  // namespace

Catalog parse_po(std::string_view text, std::string_view source) {
    return PoReader(text, source).read();
}

}  // namespace pos::ui
