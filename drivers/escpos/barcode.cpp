#include "drivers/escpos/barcode.h"

#include "core/common/error.h"

#include <array>

namespace pos::escpos {

namespace {

constexpr std::array<const char*, 10> kEanL = {"0001101", "0011001", "0010011", "0111101", "0100011",
                                               "0110001", "0101111", "0111011", "0110111", "0001011"};
constexpr std::array<const char*, 10> kEanParity = {"LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG",
                                                    "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL"};

// Code 128 symbol values 0..106 as bar/space widths (106 = stop, 7 elements).
constexpr std::array<const char*, 107> kCode128 = {
    "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213",
    "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132",
    "221231", "213212", "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211",
    "212123", "212321", "232121", "111323", "131123", "131321", "112313", "132113", "132311", "211313",
    "231113", "231311", "112133", "112331", "132131", "113123", "113321", "133121", "313121", "211331",
    "231131", "213113", "213311", "213131", "311123", "311321", "331121", "312113", "312311", "332111",
    "314111", "221411", "431111", "111224", "111422", "121124", "121421", "141122", "141221", "112214",
    "112412", "122114", "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",
    "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
    "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311", "113141",
    "114131", "311141", "411131", "211412", "211214", "211232", "2331112"};

void push_bits(std::vector<bool>& out, const char* bits, bool invert, bool reverse) {
    std::string s(bits);
    if (reverse) s = std::string(s.rbegin(), s.rend());
    for (char c : s) out.push_back((c == '1') != invert);
}

void push_widths(std::vector<bool>& out, const char* widths) {
    bool bar = true;
    for (const char* p = widths; *p != '\0'; ++p) {
        for (int i = 0; i < *p - '0'; ++i) out.push_back(bar);
        bar = !bar;
    }
}

int digit(char c) { return c - '0'; }

}  // namespace

int ean_check_digit(std::string_view digits) {
    int sum = 0;
    // Weights 3,1,3,... counted from the rightmost data digit.
    for (std::size_t i = 0; i < digits.size(); ++i) {
        const int d = digit(digits[digits.size() - 1 - i]);
        sum += (i % 2 == 0) ? 3 * d : d;
    }
    return (10 - sum % 10) % 10;
}

std::string complete_ean(std::string_view digits, std::size_t full_length, const char* name) {
    for (char c : digits)
        if (c < '0' || c > '9')
            throw Error(Errc::invalid_input, std::string(name) + " barcode may only contain digits: '" +
                                                 std::string(digits) + "'");
    if (digits.size() == full_length - 1)
        return std::string(digits) + static_cast<char>('0' + ean_check_digit(digits));
    if (digits.size() != full_length)
        throw Error(Errc::invalid_input, std::string(name) + " barcode needs " + std::to_string(full_length - 1) +
                                             " or " + std::to_string(full_length) + " digits, got " +
                                             std::to_string(digits.size()));
    const int expect = ean_check_digit(digits.substr(0, full_length - 1));
    if (digit(digits.back()) != expect)
        throw Error(Errc::invalid_input, std::string(name) + " barcode " + std::string(digits) +
                                             " has a wrong check digit (expected " + std::to_string(expect) + ")");
    return std::string(digits);
}

std::vector<bool> ean13_modules(std::string_view code) {
    const std::string c = complete_ean(code, 13, "EAN-13");
    std::vector<bool> m;
    push_bits(m, "101", false, false);
    const char* parity = kEanParity[static_cast<std::size_t>(digit(c[0]))];
    for (std::size_t i = 1; i <= 6; ++i) {
        const char* l = kEanL[static_cast<std::size_t>(digit(c[i]))];
        if (parity[i - 1] == 'L') push_bits(m, l, false, false);
        else push_bits(m, l, true, true);  // G = reversed R, R = inverted L
    }
    push_bits(m, "01010", false, false);
    for (std::size_t i = 7; i <= 12; ++i) push_bits(m, kEanL[static_cast<std::size_t>(digit(c[i]))], true, false);
    push_bits(m, "101", false, false);
    return m;
}

std::vector<bool> ean8_modules(std::string_view code) {
    const std::string c = complete_ean(code, 8, "EAN-8");
    std::vector<bool> m;
    push_bits(m, "101", false, false);
    for (std::size_t i = 0; i < 4; ++i) push_bits(m, kEanL[static_cast<std::size_t>(digit(c[i]))], false, false);
    push_bits(m, "01010", false, false);
    for (std::size_t i = 4; i < 8; ++i) push_bits(m, kEanL[static_cast<std::size_t>(digit(c[i]))], true, false);
    push_bits(m, "101", false, false);
    return m;
}

std::vector<bool> code128_modules(std::string_view d) {
    std::vector<int> values;
    char set = 0;
    std::size_t i = 0;
    auto bad = [&](const std::string& why) { throw Error(Errc::invalid_input, "Code 128 data: " + why); };
    while (i < d.size()) {
        if (d[i] == '{' && i + 1 < d.size() && d[i + 1] != '{') {
            const char sel = d[i + 1];
            i += 2;
            if (sel == 'A' || sel == 'B' || sel == 'C') {
                const int start = sel == 'A' ? 103 : sel == 'B' ? 104 : 105;
                const int code = sel == 'A' ? 101 : sel == 'B' ? 100 : 99;
                values.push_back(set == 0 ? start : code);
                set = sel;
            } else if (sel == '1') {
                values.push_back(102);
            } else {
                bad(std::string("unknown escape {") + sel);
            }
            continue;
        }
        if (set == 0) bad("must start with {A, {B or {C");
        char c = d[i];
        if (c == '{') ++i;  // "{{" = literal '{'
        c = d[i];
        const auto u = static_cast<unsigned char>(c);
        if (set == 'C') {
            if (i + 1 >= d.size() || c < '0' || c > '9' || d[i + 1] < '0' || d[i + 1] > '9')
                bad("code set C needs digit pairs");
            values.push_back(digit(c) * 10 + digit(d[i + 1]));
            i += 2;
            continue;
        }
        if (set == 'B') {
            if (u < 32 || u > 127) bad("code set B carries ASCII 32..127 only");
            values.push_back(u - 32);
        } else {
            if (u > 95) bad("code set A carries ASCII 0..95 only");
            values.push_back(u < 32 ? u + 64 : u - 32);
        }
        ++i;
    }
    if (values.empty()) bad("empty");
    int sum = values[0];
    for (std::size_t k = 1; k < values.size(); ++k) sum += values[k] * static_cast<int>(k);
    values.push_back(sum % 103);
    values.push_back(106);
    std::vector<bool> m;
    for (int v : values) push_widths(m, kCode128[static_cast<std::size_t>(v)]);
    return m;
}

}  // namespace pos::escpos
