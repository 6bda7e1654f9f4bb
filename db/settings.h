#pragma once
// Key/value store settings (store_name, currency, tax_mode, lang, receipt_header, ...).
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "db/sqlite.h"

namespace pos::db {

std::optional<std::string> get_setting(Connection& conn, std::string_view key);
// Inserts or replaces.
void set_setting(Connection& conn, std::string_view key, std::string_view value);
std::map<std::string, std::string> all_settings(Connection& conn);

}  // namespace pos::db
