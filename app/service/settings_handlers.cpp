// The manager's store settings: every field given is validated first, then all are saved in
// one transaction with their journal entry, and the service uses them from the next intent.
#include <algorithm>
#include <cctype>

#include <nlohmann/json.hpp>

#include "db/journal.h"
#include "drivers/escpos/profile.h"
#include "service/handlers.h"

namespace pos::service {
namespace {

// The scanner layouts of drivers/scanner/keyboard_layout (KeyboardLayout::names(); a test
// keeps the two lists equal: the service does not link the USB scanner driver).
constexpr std::string_view kScannerLayouts[] = {"us", "de"};

bool is_hex4(std::string_view s) {
    return s.size() == 4 && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isxdigit(c) != 0; });
}

// "VID:PID" or "VID:PID:interface" (the form drivers/usb parse_override reads).
void check_device_override(const std::string& d) {
    if (d.empty()) return;
    const std::string hint = "printer device '" + d + "' must look like 04b8:0202 or 04b8:0202:0";
    const std::size_t c1 = d.find(':');
    if (c1 == std::string::npos) throw Error(Errc::invalid_input, hint);
    const std::size_t c2 = d.find(':', c1 + 1);
    const std::string_view sv(d);
    if (!is_hex4(sv.substr(0, c1)) || !is_hex4(sv.substr(c1 + 1, c2 == std::string::npos ? std::string::npos : c2 - c1 - 1)))
        throw Error(Errc::invalid_input, hint);
    if (c2 != std::string::npos) {
        const std::string_view iface = sv.substr(c2 + 1);
        if (iface.empty() || iface.size() > 3 ||
            !std::all_of(iface.begin(), iface.end(), [](unsigned char c) { return std::isdigit(c) != 0; }))
            throw Error(Errc::invalid_input, hint);
    }
}

void check_text(const char* what, const std::string& v, std::size_t max_bytes, bool allow_newlines) {
    if (v.size() > max_bytes)
        throw Error(Errc::invalid_input, std::string(what) + " is longer than " + std::to_string(max_bytes) + " bytes");
    for (const char ch : v)
        if (const auto c = static_cast<unsigned char>(ch); (c < 0x20 && !(allow_newlines && c == '\n')) || c == 0x7f)
            throw Error(Errc::invalid_input, std::string(what) + " contains a control character");
}

}  // namespace

Outcome Handlers::operator()(const intent::UpdateSettings& i) {
    const Actor actor = s.require_user();
    authorize(Action::manage_settings, actor, std::nullopt);
    StoreSettings next = s.settings_;
    nlohmann::json changed = nlohmann::json::object();
    if (i.store_name) {
        const bool blank = std::all_of(i.store_name->begin(), i.store_name->end(), [](unsigned char c) { return std::isspace(c) != 0; });
        if (blank) throw Error(Errc::invalid_input, "the store needs a name");
        check_text("the store name", *i.store_name, 80, false);
        next.store_name = *i.store_name;
        changed["store_name"] = next.store_name;
    }
    if (i.receipt_header) {
        check_text("the receipt header", *i.receipt_header, 400, true);
        next.receipt_header = *i.receipt_header;
        changed["receipt_header"] = next.receipt_header;
    }
    if (i.receipt_footer) {
        check_text("the receipt footer", *i.receipt_footer, 400, true);
        next.receipt_footer = *i.receipt_footer;
        changed["receipt_footer"] = next.receipt_footer;
    }
    if (i.tax_mode) {
        const auto mode = parse_tax_mode(*i.tax_mode);
        if (!mode) throw Error(Errc::invalid_input, "unknown tax mode '" + *i.tax_mode + "' (inclusive, exclusive)");
        if (*mode != next.tax_mode && !s.cart_.empty())
            throw Error(Errc::invalid_state, "finish or void the open cart before changing the tax mode");
        next.tax_mode = *mode;
        changed["tax_mode"] = *i.tax_mode;
    }
    if (i.printer_profile) {
        const auto names = escpos::profile_names();
        if (std::find(names.begin(), names.end(), *i.printer_profile) == names.end()) {
            std::string list;
            for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
            throw Error(Errc::invalid_input, "unknown printer profile '" + *i.printer_profile + "' (" + list + ")");
        }
        next.printer_profile = *i.printer_profile;
        changed["printer_profile"] = next.printer_profile;
    }
    if (i.printer_device) {
        check_device_override(*i.printer_device);
        next.printer_device = *i.printer_device;
        changed["printer_device"] = next.printer_device;
    }
    if (i.scanner_layout) {
        if (std::find(std::begin(kScannerLayouts), std::end(kScannerLayouts), *i.scanner_layout) == std::end(kScannerLayouts))
            throw Error(Errc::invalid_input, "unknown scanner layout '" + *i.scanner_layout + "' (us, de)");
        next.scanner_layout = *i.scanner_layout;
        changed["scanner_layout"] = next.scanner_layout;
    }
    if (i.lang) {
        const auto lang = parse_lang(*i.lang);
        if (!lang) throw Error(Errc::invalid_input, "unknown language '" + *i.lang + "' (en, zh_CN, zh_TW, ru, vi)");
        next.lang = *lang;
        changed["lang"] = *i.lang;
    }
    if (i.deposit_min_bp) {
        if (*i.deposit_min_bp < 0 || *i.deposit_min_bp > 10000)
            throw Error(Errc::invalid_input, "the minimum deposit share must be between 0 and 100 %");
        next.deposit.min_bp = static_cast<int>(*i.deposit_min_bp);
        changed["deposit_min_bp"] = next.deposit.min_bp;
    }
    if (i.deposit_min_amount) {
        if (*i.deposit_min_amount < 0 || *i.deposit_min_amount > 2000000000)
            throw Error(Errc::invalid_input, "the minimum deposit amount must be between 0 and " + money(2000000000));
        next.deposit.min_amount = *i.deposit_min_amount;
        changed["deposit_min_amount"] = next.deposit.min_amount;
    }
    if (changed.empty()) throw Error(Errc::invalid_input, "no setting given");
    db::Transaction tx(s.conn_);
    save_settings(s.conn_, next);  // a savepoint inside this transaction
    s.journal(db::journal::k_settings, 0, changed.dump());
    tx.commit();
    s.settings_ = next;
    return {"settings saved: " + [&] {
        std::string keys;
        for (const auto& [k, v] : changed.items()) keys += (keys.empty() ? "" : ", ") + k;
        return keys;
    }(), 0, 0, {event::SettingsSaved{i.printer_profile || i.printer_device || i.scanner_layout}}};
}

}  // namespace pos::service
