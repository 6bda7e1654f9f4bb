#include "core/customer/customer_file.h"

#include <array>

#include "core/common/error.h"

namespace pos {
namespace {

std::string trim(std::string_view s) {
    const char* ws = " \t\r\n";
    const auto first = s.find_first_not_of(ws);
    if (first == std::string_view::npos) return {};
    const auto last = s.find_last_not_of(ws);
    return std::string(s.substr(first, last - first + 1));
}

// The ASCII digit of a full-width digit U+FF10..U+FF19 at s[i] (3 bytes in UTF-8), or 0.
char fullwidth_digit(std::string_view s, std::size_t i) {
    if (i + 2 >= s.size()) return 0;
    const auto b0 = static_cast<unsigned char>(s[i]), b1 = static_cast<unsigned char>(s[i + 1]),
               b2 = static_cast<unsigned char>(s[i + 2]);
    if (b0 == 0xEF && b1 == 0xBC && b2 >= 0x90 && b2 <= 0x99) return static_cast<char>('0' + (b2 - 0x90));
    return 0;
}

void check_text(std::string_view field, const std::string& value, std::size_t limit, bool multiline) {
    if (value.size() > limit)
        throw Error(Errc::invalid_input, std::string(field) + " is longer than " + std::to_string(limit) + " bytes");
    for (const char ch : value) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && !(multiline && (c == '\n' || c == '\t'))) || c == 0x7f)
            throw Error(Errc::invalid_input, std::string(field) + " contains a control character");
    }
}

bool valid_email(std::string_view e) {
    const auto at = e.find('@');
    if (at == std::string_view::npos || at == 0 || e.find('@', at + 1) != std::string_view::npos) return false;
    const std::string_view domain = e.substr(at + 1);
    const auto dot = domain.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 >= domain.size()) return false;
    for (const char c : e)
        if (static_cast<unsigned char>(c) <= 0x20) return false;
    return domain.find("..") == std::string_view::npos;
}

std::string join_notes(const std::string& a, const std::string& b) {
    if (a.empty() || a == b) return a.empty() ? b : a;
    if (b.empty()) return a;
    return b + "\n" + a;  // the other file's notes are older: they come first
}

}  // namespace

std::string normalize_phone(std::string_view typed) {
    const std::string t = trim(typed);
    std::string out;
    bool international = false;
    std::size_t i = 0;
    if (!t.empty() && t[0] == '+') {
        international = true;
        i = 1;
    }
    for (; i < t.size(); ++i) {
        const char c = t[i];
        if (c >= '0' && c <= '9') {
            out += c;
        } else if (const char d = fullwidth_digit(t, i)) {
            out += d;
            i += 2;
        } else if (c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')') {
            continue;
        } else {
            throw Error(Errc::invalid_input, "a phone number has only digits, spaces, dashes and a leading +: '" + t + "'");
        }
    }
    if (!international && out.size() > 2 && out.compare(0, 2, "00") == 0) {  // 00 86 ... = +86 ...
        out.erase(0, 2);
        international = true;
    }
    if (out.size() < 6 || out.size() > 15)
        throw Error(Errc::invalid_input, "a phone number has 6 to 15 digits, not " + std::to_string(out.size()) + ": '" + t + "'");
    return international ? "+" + out : out;
}

std::string phone_digits(std::string_view typed) {
    std::string out;
    for (std::size_t i = 0; i < typed.size(); ++i) {
        if (typed[i] >= '0' && typed[i] <= '9') out += typed[i];
        else if (const char d = fullwidth_digit(typed, i)) {
            out += d;
            i += 2;
        }
    }
    return out;
}

std::optional<std::string> phone_search_digits(std::string_view typed) {
    for (std::size_t i = 0; i < typed.size(); ++i) {
        const char c = typed[i];
        if ((c >= '0' && c <= '9') || c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+' || c == '/') continue;
        if (fullwidth_digit(typed, i)) {
            i += 2;
            continue;
        }
        return std::nullopt;
    }
    std::string digits = phone_digits(typed);
    if (digits.size() < 3) return std::nullopt;
    return digits;
}

CustomerFile validated(CustomerFile f) {
    for (std::string* s : {&f.name, &f.phone, &f.email, &f.companions, &f.job, &f.current_product, &f.plate, &f.likes,
                           &f.buying_focus, &f.notes})
        *s = trim(*s);
    if (!f.phone.empty()) f.phone = normalize_phone(f.phone);
    if (f.name.empty() && f.phone.empty()) throw Error(Errc::invalid_input, "a customer needs a name or a phone number");
    if (!f.email.empty() && !valid_email(f.email)) throw Error(Errc::invalid_input, "not an e-mail address: '" + f.email + "'");
    check_text("the name", f.name, 100, false);
    check_text("the e-mail address", f.email, 200, false);
    check_text("the companions", f.companions, 200, false);
    check_text("the job", f.job, 200, false);
    check_text("the current product", f.current_product, 200, false);
    check_text("the plate", f.plate, 200, false);
    check_text("the likes", f.likes, 200, false);
    check_text("the buying focus", f.buying_focus, 200, false);
    check_text("the notes", f.notes, 2000, true);
    return f;
}

CustomerFile merged(const CustomerFile& keep, const CustomerFile& other) {
    if (!keep.phone.empty() && !other.phone.empty() && keep.phone != other.phone)
        throw Error(Errc::conflict, "the two customers have different phone numbers (" + keep.phone + ", " + other.phone + ")");
    CustomerFile m = keep;
    const auto fill = [](std::string& into, const std::string& from) {
        if (into.empty()) into = from;
    };
    fill(m.name, other.name);
    fill(m.phone, other.phone);
    fill(m.email, other.email);
    fill(m.companions, other.companions);
    fill(m.job, other.job);
    fill(m.current_product, other.current_product);
    fill(m.plate, other.plate);
    fill(m.likes, other.likes);
    fill(m.buying_focus, other.buying_focus);
    m.notes = join_notes(keep.notes, other.notes);  // may exceed the typing limit: nothing is lost
    m.contact_consent = keep.contact_consent;
    return m;
}

}  // namespace pos
