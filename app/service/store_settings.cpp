#include "service/store_settings.h"

#include <charconv>

#include "db/settings.h"
#include "service/store.h"

namespace pos::service {
namespace {

int parse_int(const std::map<std::string, std::string>& m, const char* key, int fallback) {
    auto it = m.find(key);
    if (it == m.end()) return fallback;
    int v = 0;
    auto [p, ec] = std::from_chars(it->second.data(), it->second.data() + it->second.size(), v);
    if (ec != std::errc() || p != it->second.data() + it->second.size())
        throw Error(Errc::invalid_input, std::string("setting ") + key + " is not a number: '" + it->second + "'");
    return v;
}

std::string get(const std::map<std::string, std::string>& m, const char* key, std::string fallback = {}) {
    auto it = m.find(key);
    return it == m.end() ? fallback : it->second;
}

}  // namespace

StoreSettings load_settings(db::Connection& conn) {
    const auto m = db::all_settings(conn);
    if (!m.count("currency") || !m.count("store_name"))
        throw Error(Errc::invalid_state, "database is not initialised (run showroom-pos init)");
    StoreSettings s;
    s.store_name = get(m, "store_name");
    s.currency_code = get(m, "currency");
    (void)s.currency();  // validates
    const auto mode = parse_tax_mode(get(m, "tax_mode", "inclusive"));
    if (!mode) throw Error(Errc::invalid_input, "setting tax_mode must be inclusive or exclusive");
    s.tax_mode = *mode;
    const auto lang = parse_lang(get(m, "lang", "en"));
    if (!lang) throw Error(Errc::invalid_input, "setting lang is not a known language");
    s.lang = *lang;
    s.profile = get(m, "profile", "furniture");
    s.caps.floor_bp = parse_int(m, "discount_cap_floor_bp", s.caps.floor_bp);
    s.caps.cashier_bp = parse_int(m, "discount_cap_cashier_bp", s.caps.cashier_bp);
    s.caps.manager_bp = parse_int(m, "discount_cap_manager_bp", s.caps.manager_bp);
    s.receipt_header = get(m, "receipt_header");
    s.receipt_footer = get(m, "receipt_footer");
    s.printer_profile = get(m, "printer_profile", s.printer_profile);
    s.scanner_layout = get(m, "scanner_layout", s.scanner_layout);
    s.printer_device = get(m, "printer_device");
    s.cash_float = parse_int(m, "cash_float", 0);
    s.deposit.min_bp = parse_int(m, "deposit_min_bp", s.deposit.min_bp);
    s.deposit.min_amount = parse_int(m, "deposit_min_amount", 0);
    return s;
}

void save_settings(const Store& store, const StoreSettings& s) { save_settings(store.connection(), s); }

void save_settings(db::Connection& conn, const StoreSettings& s) {
    db::Transaction tx(conn);
    db::set_setting(conn, "store_name", s.store_name);
    db::set_setting(conn, "currency", s.currency_code);
    db::set_setting(conn, "tax_mode", tax_mode_name(s.tax_mode));
    db::set_setting(conn, "lang", lang_code(s.lang));
    db::set_setting(conn, "profile", s.profile);
    db::set_setting(conn, "discount_cap_floor_bp", std::to_string(s.caps.floor_bp));
    db::set_setting(conn, "discount_cap_cashier_bp", std::to_string(s.caps.cashier_bp));
    db::set_setting(conn, "discount_cap_manager_bp", std::to_string(s.caps.manager_bp));
    db::set_setting(conn, "receipt_header", s.receipt_header);
    db::set_setting(conn, "receipt_footer", s.receipt_footer);
    db::set_setting(conn, "printer_profile", s.printer_profile);
    db::set_setting(conn, "scanner_layout", s.scanner_layout);
    db::set_setting(conn, "printer_device", s.printer_device);
    db::set_setting(conn, "cash_float", std::to_string(s.cash_float));
    db::set_setting(conn, "deposit_min_bp", std::to_string(s.deposit.min_bp));
    db::set_setting(conn, "deposit_min_amount", std::to_string(s.deposit.min_amount));
    tx.commit();
}

}  // namespace pos::service
