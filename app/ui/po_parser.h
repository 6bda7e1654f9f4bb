#pragma once
// A small reader for gettext .po files: msgid/msgstr pairs with multi-line strings, C escapes
// and comments. Fuzzy entries ("#, fuzzy") and empty msgstr count as untranslated and are
// skipped; the header entry (msgid "") is skipped. Plural forms and contexts are rejected.
#include <map>
#include <string>
#include <string_view>

namespace pos::ui {

using Catalog = std::map<std::string, std::string, std::less<>>;  // msgid -> msgstr

// Throws pos::Error(invalid_input) naming `source` and the line for malformed input.
Catalog parse_po(std::string_view text, std::string_view source = "<po>");

}  // namespace pos::ui
