#include "drivers/escpos/charset.h"

#include "core/common/error.h"

#include <iconv.h>

namespace pos::escpos {

namespace {
iconv_t handle(void* p) { return static_cast<iconv_t>(p); }
void reset(void* p) { iconv(handle(p), nullptr, nullptr, nullptr, nullptr); }
}  // namespace

Charset::Charset(const char* iconv_name) : name_(iconv_name) {
    iconv_t to = iconv_open(iconv_name, "UTF-32LE");
    if (to == reinterpret_cast<iconv_t>(-1))
        throw Error(Errc::not_found, "charset " + name_ + " is not available in iconv");
    iconv_t from = iconv_open("UTF-8", iconv_name);
    if (from == reinterpret_cast<iconv_t>(-1)) {
        iconv_close(to);
        throw Error(Errc::not_found, "charset " + name_ + " is not available in iconv");
    }
    to_ = to;
    from_ = from;
}

Charset::~Charset() noexcept {
    iconv_close(handle(to_));
    iconv_close(handle(from_));
}

std::optional<std::vector<std::uint8_t>> Charset::encode(char32_t cp) const {
    char in[4] = {static_cast<char>(cp & 0xFFu), static_cast<char>((cp >> 8) & 0xFFu),
                  static_cast<char>((cp >> 16) & 0xFFu), static_cast<char>((cp >> 24) & 0xFFu)};
    char out[16];
    char* ip = in;
    char* op = out;
    std::size_t il = sizeof in;
    std::size_t ol = sizeof out;
    reset(to_);
    if (iconv(handle(to_), &ip, &il, &op, &ol) == static_cast<std::size_t>(-1)) return std::nullopt;
    if (iconv(handle(to_), nullptr, nullptr, &op, &ol) == static_cast<std::size_t>(-1)) return std::nullopt;
    const auto n = static_cast<std::size_t>(op - out);
    if (n == 0) return std::nullopt;
    std::vector<std::uint8_t> bytes(n);
    for (std::size_t i = 0; i < n; ++i) bytes[i] = static_cast<std::uint8_t>(out[i]);
    return bytes;
}

std::optional<std::string> Charset::decode(const std::uint8_t* data, std::size_t n) const {
    std::string in(reinterpret_cast<const char*>(data), n);
    std::string out(n * 4 + 8, '\0');
    char* ip = in.data();
    char* op = out.data();
    std::size_t il = n;
    std::size_t ol = out.size();
    reset(from_);
    if (iconv(handle(from_), &ip, &il, &op, &ol) == static_cast<std::size_t>(-1)) return std::nullopt;
    // Flush: glibc's CP1258 holds back a letter that a following tone mark could combine with
    // (Vietnamese), so without this "Đèn bàn" decoded byte by byte came out as "n bn".
    if (iconv(handle(from_), nullptr, nullptr, &op, &ol) == static_cast<std::size_t>(-1)) return std::nullopt;
    out.resize(out.size() - ol);
    return out;
}

}  // namespace pos::escpos
