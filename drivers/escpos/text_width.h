#pragma once
// UTF-8 decoding and terminal-style column widths for receipt layout: East Asian wide and
// full-width characters take 2 columns of Font A, combining marks take 0, everything else 1.
#include <string>
#include <string_view>
#include <vector>

namespace pos::escpos {

// Decodes UTF-8; throws pos::Error(invalid_input) on malformed input.
std::vector<char32_t> decode_utf8(std::string_view utf8);
// Encodes one code point as UTF-8 (appends to out).
void append_utf8(std::string& out, char32_t cp);
std::string encode_utf8(const std::vector<char32_t>& cps);

bool is_wide(char32_t cp) noexcept;       // East Asian Wide / Fullwidth
bool is_combining(char32_t cp) noexcept;  // zero-width marks and joiners
int codepoint_columns(char32_t cp) noexcept;  // 0, 1 or 2
int display_columns(std::string_view utf8);

// Longest prefix that fits in `columns` columns (never splits a wide char or a char from its marks).
std::string truncate_to_columns(std::string_view utf8, int columns);
// Item + price justified to exactly `columns` columns (at least one space between). If both do not
// fit on one line, returns two lines: left (truncated to columns) and right right-aligned.
std::vector<std::string> justify_row(std::string_view left, std::string_view right, int columns);

// Splits text at '\n' (a '\r' is dropped); always at least one line.
std::vector<std::string> split_lines(std::string_view s);

}  // namespace pos::escpos
