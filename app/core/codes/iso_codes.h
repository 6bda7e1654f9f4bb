#pragma once
// ISO code lists carried by GS1 application identifiers: ISO 3166-1 country codes (numeric "num-3"
// in AIs 421-426 and 7030-7039, alpha-2 in 4307/4317) and ISO 4217 numeric currency codes (391n, 393n).
#include <string_view>

namespace pos {

// True for a three-digit ISO 3166-1 numeric country code in use ("156" China, "276" Germany).
bool is_iso3166_numeric(std::string_view code) noexcept;

// True for a two-letter ISO 3166-1 alpha-2 country code in use ("CN", "DE"; upper case only).
bool is_iso3166_alpha2(std::string_view code) noexcept;

// True for a three-digit ISO 4217 numeric currency code ("978" EUR, "156" CNY, "999" no currency).
bool is_iso4217_numeric(std::string_view code) noexcept;

}  // namespace pos
