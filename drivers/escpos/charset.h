#pragma once
// RAII wrapper over glibc iconv for converting single characters and byte runs between
// Unicode and printer charsets (CP437, CP866, CP1251, CP1258, GB18030, BIG5).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pos::escpos {

class Charset {
public:
    // Throws pos::Error(not_found) if iconv does not know the charset.
    explicit Charset(const char* iconv_name);
    ~Charset() noexcept;
    Charset(const Charset&) = delete;
    Charset& operator=(const Charset&) = delete;

    const std::string& name() const noexcept { return name_; }
    // Bytes for one code point, or nullopt if the charset cannot represent it.
    std::optional<std::vector<std::uint8_t>> encode(char32_t cp) const;
    // Decodes bytes to UTF-8; nullopt if the bytes are invalid or incomplete.
    std::optional<std::string> decode(const std::uint8_t* data, std::size_t n) const;

private:
    std::string name_;
    void* to_ = nullptr;    // iconv_t UTF-32LE -> charset
    void* from_ = nullptr;  // iconv_t charset -> UTF-8
};

}  // namespace pos::escpos
