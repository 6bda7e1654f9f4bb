#include "core/intents/intent_json.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <iterator>
#include <unordered_map>

#include "core/common/error.h"

namespace pos::intent {
namespace {

using nlohmann::json;

[[noreturn]] void bad(const std::string& key, const std::string& what) {
    throw Error(Errc::invalid_input, "\"" + key + "\": " + what);
}

const json* find(const json& o, const char* key) {
    auto it = o.find(key);
    return it == o.end() || it->is_null() ? nullptr : &*it;
}

std::string req_str(const json& o, const char* key) {
    const json* v = find(o, key);
    if (!v) bad(key, "missing");
    if (!v->is_string()) bad(key, "expected a string");
    return v->get<std::string>();
}

std::string opt_str(const json& o, const char* key, std::string fallback = {}) {
    const json* v = find(o, key);
    if (!v) return fallback;
    if (!v->is_string()) bad(key, "expected a string");
    return v->get<std::string>();
}

std::int64_t req_int(const json& o, const char* key) {
    const json* v = find(o, key);
    if (!v) bad(key, "missing");
    if (!v->is_number_integer()) bad(key, "expected an integer");
    if (v->is_number_unsigned() && v->get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX)) bad(key, "out of range");
    return v->get<std::int64_t>();
}

int small_int(const json& o, const char* key, std::optional<int> fallback = std::nullopt) {
    if (!find(o, key)) {
        if (fallback) return *fallback;
        bad(key, "missing");
    }
    const std::int64_t v = req_int(o, key);
    if (v < -1000000 || v > 1000000) bad(key, "out of range");
    return static_cast<int>(v);
}

bool opt_bool(const json& o, const char* key, bool fallback) {
    const json* v = find(o, key);
    if (!v) return fallback;
    if (!v->is_boolean()) bad(key, "expected true or false");
    return v->get<bool>();
}

// Amounts: "1299.50" (major units) or an integer number of major units.
Minor amount(const json& o, const char* key, const Currency& cur, std::optional<Minor> fallback = std::nullopt) {
    const json* v = find(o, key);
    if (!v) {
        if (fallback) return *fallback;
        bad(key, "missing");
    }
    try {
        if (v->is_string()) return parse_major(v->get<std::string>(), cur);
        if (v->is_number_integer()) {
            if (v->is_number_unsigned() && v->get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX))
                bad(key, "amount too large");
            return checked_mul(v->get<std::int64_t>(), pow10(cur.exponent));
        }
    } catch (const Error& e) {
        bad(key, e.what());
    }
    bad(key, "expected an amount like \"12.50\"");
}

// Percent with up to two decimals -> basis points ("12.5" -> 1250).
std::int64_t percent_bp(const json& o, const char* key) {
    static constexpr Currency percent{"%", 2, "%"};
    return amount(o, key, percent);
}

VisitRef visit_ref(const json& o) {
    const json* v = find(o, "visit");
    if (!v) bad("visit", "missing");
    if (v->is_number_integer()) return VisitRef{v->get<Id>(), {}};
    if (v->is_string()) return VisitRef{0, v->get<std::string>()};
    bad("visit", "expected a visit id or alias");
}

std::optional<ManagerApproval> approval(const json& o) {
    const json* v = find(o, "approve");
    if (!v) return std::nullopt;
    if (!v->is_object()) bad("approve", "expected {\"manager\", \"pin\", \"reason\"}");
    ManagerApproval a;
    a.manager = find(*v, "manager") && (*v)["manager"].is_number_integer() ? std::to_string((*v)["manager"].get<Id>())
                                                                         : req_str(*v, "manager");
    a.pin = req_str(*v, "pin");
    a.reason = opt_str(*v, "reason");
    return a;
}

DiscountSpec discount(const json& o, const Currency& cur) {
    const bool has_pct = find(o, "percent") != nullptr;
    const bool has_amt = find(o, "amount") != nullptr;
    if (has_pct == has_amt) bad("percent", "give exactly one of \"percent\" or \"amount\"");
    if (has_pct) return {true, percent_bp(o, "percent")};
    return {false, amount(o, "amount", cur)};
}

// A staff member by name or numeric id.
std::string staff_ref(const json& o) {
    const json* s = find(o, "staff");
    if (s && s->is_number_integer()) return std::to_string(s->get<Id>());
    return req_str(o, "staff");
}

std::optional<VisitRef> opt_visit_ref(const json& o) {
    if (!find(o, "visit")) return std::nullopt;
    return visit_ref(o);
}

Id opt_id(const json& o, const char* key) {
    if (!find(o, key)) return 0;
    const std::int64_t v = req_int(o, key);
    if (v <= 0) bad(key, "expected a positive id");
    return v;
}

Id req_id(const json& o, const char* key) {
    if (!find(o, key)) bad(key, "missing");
    return opt_id(o, key);
}

// A staff member by name or numeric id under `key`; empty when absent.
std::string opt_staff(const json& o, const char* key) {
    const json* s = find(o, key);
    if (s && s->is_number_integer()) return std::to_string(s->get<Id>());
    return opt_str(o, key);
}

OnDuplicatePhone on_duplicate(const json& o) {
    const std::string v = opt_str(o, "on_duplicate", "refuse");
    if (v == "refuse") return OnDuplicatePhone::refuse;
    if (v == "use") return OnDuplicatePhone::use_existing;
    if (v == "merge") return OnDuplicatePhone::merge;
    bad("on_duplicate", "expected \"refuse\", \"use\" or \"merge\"");
}

using Parser = std::function<Intent(const json&, const Currency&)>;

const std::unordered_map<std::string, Parser>& parsers() {
    static const std::unordered_map<std::string, Parser> table{
        {"login", [](const json& o, const Currency&) -> Intent {
             const json* s = find(o, "staff");
             std::string staff = s && s->is_number_integer() ? std::to_string(s->get<Id>()) : req_str(o, "staff");
             return Login{staff, req_str(o, "pin")};
         }},
        {"logout", [](const json&, const Currency&) -> Intent { return Logout{}; }},
        {"set_language", [](const json& o, const Currency&) -> Intent { return SetLanguage{req_str(o, "lang")}; }},
        {"start_visit", [](const json& o, const Currency&) -> Intent {
             return StartVisit{small_int(o, "party_size", 1), opt_str(o, "source", "walk_in"), opt_str(o, "playbook"), opt_str(o, "as")};
         }},
        {"enter_stage", [](const json& o, const Currency&) -> Intent { return EnterStage{visit_ref(o), req_str(o, "stage")}; }},
        {"signal", [](const json& o, const Currency&) -> Intent { return RecordSignal{visit_ref(o), req_str(o, "code")}; }},
        {"objection", [](const json& o, const Currency&) -> Intent { return RaiseObjection{visit_ref(o), req_str(o, "type")}; }},
        {"resolve_objection", [](const json& o, const Currency&) -> Intent { return ResolveObjection{visit_ref(o), req_str(o, "type")}; }},
        {"technique", [](const json& o, const Currency&) -> Intent { return UseTechnique{visit_ref(o), req_str(o, "code")}; }},
        {"need", [](const json& o, const Currency&) -> Intent { return SetNeed{visit_ref(o), req_str(o, "field"), req_str(o, "value")}; }},
        {"quote", [](const json& o, const Currency& c) -> Intent { return RecordQuote{visit_ref(o), amount(o, "amount", c)}; }},
        {"closing", [](const json& o, const Currency&) -> Intent {
             const std::string result = req_str(o, "result");
             if (result != "accepted" && result != "declined") bad("result", "expected \"accepted\" or \"declined\"");
             return ClosingAttempt{visit_ref(o), req_str(o, "method"), result == "accepted"};
         }},
        {"note", [](const json& o, const Currency&) -> Intent { return AddNote{visit_ref(o), req_str(o, "text")}; }},
        {"lost", [](const json& o, const Currency&) -> Intent { return EndVisitLost{visit_ref(o), opt_str(o, "reason")}; }},
        {"follow_up", [](const json& o, const Currency&) -> Intent {
             return EndVisitFollowUp{visit_ref(o), opt_str(o, "date"), opt_str(o, "contact"), opt_str(o, "reason")};
         }},
        {"link_visit", [](const json& o, const Currency&) -> Intent { return LinkVisit{visit_ref(o)}; }},
        {"link_customer", [](const json& o, const Currency&) -> Intent { return LinkCustomer{req_int(o, "customer")}; }},
        {"scan", [](const json& o, const Currency&) -> Intent { return Scan{req_str(o, "code")}; }},
        {"add", [](const json& o, const Currency&) -> Intent { return AddItem{req_str(o, "sku"), small_int(o, "qty", 1)}; }},
        {"qty", [](const json& o, const Currency&) -> Intent { return SetQty{small_int(o, "line"), small_int(o, "qty")}; }},
        {"remove", [](const json& o, const Currency&) -> Intent { return RemoveLine{small_int(o, "line"), approval(o)}; }},
        {"line_discount", [](const json& o, const Currency& c) -> Intent {
             return LineDiscount{small_int(o, "line"), discount(o, c), approval(o)};
         }},
        {"order_discount", [](const json& o, const Currency& c) -> Intent { return OrderDiscount{discount(o, c), approval(o)}; }},
        {"price", [](const json& o, const Currency& c) -> Intent {
             return PriceOverride{small_int(o, "line"), amount(o, "price", c), approval(o)};
         }},
        {"tender", [](const json& o, const Currency& c) -> Intent {
             AddTender t;
             t.kind = req_str(o, "kind");
             t.amount = amount(o, "amount", c);
             t.tendered = amount(o, "tendered", c, t.amount);
             t.reference = opt_str(o, "reference");
             return t;
         }},
        {"remove_tender", [](const json& o, const Currency&) -> Intent { return RemoveTender{small_int(o, "index")}; }},
        {"pay", [](const json&, const Currency&) -> Intent { return CompleteSale{}; }},
        {"void", [](const json& o, const Currency&) -> Intent { return VoidCart{approval(o)}; }},
        {"hold", [](const json& o, const Currency&) -> Intent { return HoldCart{opt_str(o, "label")}; }},
        {"recall", [](const json& o, const Currency&) -> Intent { return RecallCart{req_int(o, "id")}; }},
        {"refund", [](const json& o, const Currency&) -> Intent {
             Refund r;
             r.receipt_no = req_int(o, "receipt");
             if (const json* lines = find(o, "lines")) {
                 if (!lines->is_array()) bad("lines", "expected a list of {\"line\", \"qty\"}");
                 for (const json& l : *lines) {
                     if (!l.is_object()) bad("lines", "expected a list of {\"line\", \"qty\"}");
                     r.lines.push_back({small_int(l, "line"), small_int(l, "qty")});
                 }
             }
             r.tender = opt_str(o, "tender", "cash");
             r.reference = opt_str(o, "reference");
             r.approval = approval(o);
             return r;
         }},
        {"reprint", [](const json& o, const Currency&) -> Intent { return Reprint{req_int(o, "receipt"), opt_bool(o, "gift", false)}; }},
        {"no_sale", [](const json& o, const Currency&) -> Intent { return OpenDrawer{approval(o)}; }},
        {"print_retry", [](const json& o, const Currency&) -> Intent { return RetryPrint{req_int(o, "job")}; }},
        {"print_skip", [](const json& o, const Currency&) -> Intent { return SkipPrint{req_int(o, "job"), opt_str(o, "reason")}; }},
        {"close_day", [](const json& o, const Currency& c) -> Intent {
             CloseDay d;
             d.date = opt_str(o, "date");
             if (const json* counts = find(o, "counts")) {
                 if (!counts->is_object()) bad("counts", "expected {\"100.00\": pieces, ...}");
                 for (const auto& [denom, pieces] : counts->items()) {
                     if (!pieces.is_number_integer() || pieces.get<std::int64_t>() < 0 || pieces.get<std::int64_t>() > 1000000)
                         bad("counts", "pieces for " + denom + " must be a whole number");
                     Minor value;
                     try {
                         value = parse_major(denom, c);
                     } catch (const Error& e) {
                         bad("counts", e.what());
                     }
                     if (value <= 0) bad("counts", "denomination " + denom + " must be positive");
                     d.counts[value] += static_cast<int>(pieces.get<std::int64_t>());
                 }
             }
             d.approval = approval(o);
             return d;
         }},
        {"order_take", [](const json& o, const Currency& c) -> Intent {
             TakeOrder t;
             t.customer_id = find(o, "customer") ? req_int(o, "customer") : 0;
             t.fulfilment = opt_str(o, "fulfilment", "delivery");
             t.day = req_str(o, "day");
             t.window = opt_str(o, "window");
             t.address = opt_str(o, "address");
             if (const json* lines = find(o, "to_order")) {
                 if (!lines->is_array()) bad("to_order", "expected a list of {\"line\", \"supplier\", \"expected\"}");
                 for (const json& l : *lines) {
                     if (!l.is_object()) bad("to_order", "expected a list of {\"line\", \"supplier\", \"expected\"}");
                     t.to_order.push_back({small_int(l, "line"), req_str(l, "supplier"), opt_str(l, "expected")});
                 }
             }
             const json* deposit = find(o, "deposit");
             if (!deposit || !deposit->is_object()) bad("deposit", "expected {\"percent\": \"30\"} or {\"amount\": \"500.00\"}");
             t.deposit = discount(*deposit, c);
             t.tender = opt_str(o, "tender", "cash");
             t.tendered = amount(o, "tendered", c, 0);
             t.reference = opt_str(o, "reference");
             return t;
         }},
        {"order_pay", [](const json& o, const Currency& c) -> Intent {
             PayOrder p;
             p.order_no = req_int(o, "order");
             p.amount = amount(o, "amount", c);
             p.tender = opt_str(o, "tender", "cash");
             p.tendered = amount(o, "tendered", c, 0);
             p.reference = opt_str(o, "reference");
             return p;
         }},
        {"order_ready", [](const json& o, const Currency&) -> Intent { return MarkOrderReady{req_int(o, "order")}; }},
        {"order_hand_over", [](const json& o, const Currency&) -> Intent { return HandOverOrder{req_int(o, "order")}; }},
        {"order_reschedule", [](const json& o, const Currency&) -> Intent {
             return RescheduleOrder{req_int(o, "order"), opt_str(o, "fulfilment", "delivery"), req_str(o, "day"), opt_str(o, "window"),
                                    opt_str(o, "address")};
         }},
        {"order_cancel", [](const json& o, const Currency&) -> Intent {
             return CancelOrder{req_int(o, "order"), opt_str(o, "reason"), opt_str(o, "tender", "cash"), opt_str(o, "reference"),
                                approval(o)};
         }},
        {"dispatch_print", [](const json& o, const Currency&) -> Intent { return PrintDispatch{opt_str(o, "day")}; }},
        {"staff_add", [](const json& o, const Currency&) -> Intent {
             return AddStaff{req_str(o, "name"), req_str(o, "role"), req_str(o, "pin")};
         }},
        {"staff_active", [](const json& o, const Currency&) -> Intent {
             const json* a = find(o, "active");
             if (!a) bad("active", "missing");
             return SetStaffActive{staff_ref(o), opt_bool(o, "active", false)};
         }},
        {"staff_pin", [](const json& o, const Currency&) -> Intent { return ChangePin{staff_ref(o), req_str(o, "pin")}; }},
        {"catalog_import", [](const json& o, const Currency&) -> Intent { return ImportCatalog{req_str(o, "path")}; }},
        {"summary_export", [](const json& o, const Currency&) -> Intent {
             return ExportSummary{opt_str(o, "date"), req_str(o, "path")};
         }},
        {"summary_print", [](const json& o, const Currency&) -> Intent { return PrintSummary{opt_str(o, "date")}; }},
        {"print_test", [](const json&, const Currency&) -> Intent { return PrintTest{}; }},
        {"customer_save", [](const json& o, const Currency&) -> Intent {
             SaveCustomer c;
             c.customer_id = opt_id(o, "customer");
             c.file.name = opt_str(o, "name");
             c.file.phone = opt_str(o, "phone");
             c.file.email = opt_str(o, "email");
             c.file.companions = opt_str(o, "companions");
             c.file.job = opt_str(o, "job");
             c.file.current_product = opt_str(o, "current_product");
             c.file.plate = opt_str(o, "plate");
             c.file.likes = opt_str(o, "likes");
             c.file.buying_focus = opt_str(o, "buying_focus");
             c.file.notes = opt_str(o, "notes");
             c.file.contact_consent = opt_bool(o, "consent", false);
             c.visit = opt_visit_ref(o);
             c.link_cart = opt_bool(o, "cart", false);
             c.on_duplicate = on_duplicate(o);
             return c;
         }},
        {"customer_merge", [](const json& o, const Currency&) -> Intent { return MergeCustomers{req_id(o, "keep"), req_id(o, "other")}; }},
        {"visit_customer", [](const json& o, const Currency&) -> Intent { return LinkVisitCustomer{visit_ref(o), req_id(o, "customer")}; }},
        {"follow_up_add", [](const json& o, const Currency&) -> Intent {
             return AddFollowUp{req_id(o, "customer"), opt_staff(o, "owner"), req_str(o, "due"), opt_str(o, "reason")};
         }},
        {"follow_up_result", [](const json& o, const Currency&) -> Intent {
             return RecordFollowUp{req_id(o, "follow_up"), req_str(o, "result"), opt_str(o, "note"), opt_str(o, "next_due")};
         }},
        {"follow_up_reassign", [](const json& o, const Currency&) -> Intent {
             const std::string owner = opt_staff(o, "owner");
             if (owner.empty()) bad("owner", "missing");
             return ReassignFollowUp{req_id(o, "follow_up"), owner};
         }},
        {"settings", [](const json& o, const Currency& c) -> Intent {
             static const char* const keys[] = {"store_name",     "receipt_header", "receipt_footer", "tax_mode",
                                                "printer_profile", "printer_device", "scanner_layout", "lang",
                                                "deposit_min_percent", "deposit_min_amount"};
             for (const auto& [key, value] : o.items()) {
                 (void)value;
                 if (key == "op" || key == "at" || key == "expect_error") continue;
                 if (std::find(std::begin(keys), std::end(keys), key) == std::end(keys))
                     bad(key, "not a setting (store_name, receipt_header, receipt_footer, tax_mode, printer_profile, "
                              "printer_device, scanner_layout, lang, deposit_min_percent, deposit_min_amount)");
             }
             UpdateSettings u;
             const auto field = [&](const char* key) -> std::optional<std::string> {
                 if (!find(o, key)) return std::nullopt;
                 return req_str(o, key);
             };
             u.store_name = field("store_name");
             u.receipt_header = field("receipt_header");
             u.receipt_footer = field("receipt_footer");
             u.tax_mode = field("tax_mode");
             u.printer_profile = field("printer_profile");
             u.printer_device = field("printer_device");
             u.scanner_layout = field("scanner_layout");
             u.lang = field("lang");
             if (find(o, "deposit_min_percent")) u.deposit_min_bp = percent_bp(o, "deposit_min_percent");
             if (find(o, "deposit_min_amount")) u.deposit_min_amount = amount(o, "deposit_min_amount", c);
             return u;
         }},
        {"target", [](const json& o, const Currency& c) -> Intent {
             return SetTarget{staff_ref(o), req_str(o, "month"), amount(o, "revenue", c), req_int(o, "units")};
         }},
    };
    return table;
}

struct OpNameVisitor {
    std::string_view operator()(const Login&) const { return "login"; }
    std::string_view operator()(const Logout&) const { return "logout"; }
    std::string_view operator()(const SetLanguage&) const { return "set_language"; }
    std::string_view operator()(const StartVisit&) const { return "start_visit"; }
    std::string_view operator()(const EnterStage&) const { return "enter_stage"; }
    std::string_view operator()(const RecordSignal&) const { return "signal"; }
    std::string_view operator()(const RaiseObjection&) const { return "objection"; }
    std::string_view operator()(const ResolveObjection&) const { return "resolve_objection"; }
    std::string_view operator()(const UseTechnique&) const { return "technique"; }
    std::string_view operator()(const SetNeed&) const { return "need"; }
    std::string_view operator()(const RecordQuote&) const { return "quote"; }
    std::string_view operator()(const ClosingAttempt&) const { return "closing"; }
    std::string_view operator()(const AddNote&) const { return "note"; }
    std::string_view operator()(const EndVisitLost&) const { return "lost"; }
    std::string_view operator()(const EndVisitFollowUp&) const { return "follow_up"; }
    std::string_view operator()(const LinkVisit&) const { return "link_visit"; }
    std::string_view operator()(const LinkCustomer&) const { return "link_customer"; }
    std::string_view operator()(const Scan&) const { return "scan"; }
    std::string_view operator()(const AddItem&) const { return "add"; }
    std::string_view operator()(const SetQty&) const { return "qty"; }
    std::string_view operator()(const RemoveLine&) const { return "remove"; }
    std::string_view operator()(const LineDiscount&) const { return "line_discount"; }
    std::string_view operator()(const OrderDiscount&) const { return "order_discount"; }
    std::string_view operator()(const PriceOverride&) const { return "price"; }
    std::string_view operator()(const AddTender&) const { return "tender"; }
    std::string_view operator()(const RemoveTender&) const { return "remove_tender"; }
    std::string_view operator()(const CompleteSale&) const { return "pay"; }
    std::string_view operator()(const VoidCart&) const { return "void"; }
    std::string_view operator()(const HoldCart&) const { return "hold"; }
    std::string_view operator()(const RecallCart&) const { return "recall"; }
    std::string_view operator()(const Refund&) const { return "refund"; }
    std::string_view operator()(const Reprint&) const { return "reprint"; }
    std::string_view operator()(const OpenDrawer&) const { return "no_sale"; }
    std::string_view operator()(const RetryPrint&) const { return "print_retry"; }
    std::string_view operator()(const SkipPrint&) const { return "print_skip"; }
    std::string_view operator()(const CloseDay&) const { return "close_day"; }
    std::string_view operator()(const AddStaff&) const { return "staff_add"; }
    std::string_view operator()(const SetStaffActive&) const { return "staff_active"; }
    std::string_view operator()(const ChangePin&) const { return "staff_pin"; }
    std::string_view operator()(const ImportCatalog&) const { return "catalog_import"; }
    std::string_view operator()(const ExportSummary&) const { return "summary_export"; }
    std::string_view operator()(const PrintSummary&) const { return "summary_print"; }
    std::string_view operator()(const PrintTest&) const { return "print_test"; }
    std::string_view operator()(const UpdateSettings&) const { return "settings"; }
    std::string_view operator()(const TakeOrder&) const { return "order_take"; }
    std::string_view operator()(const PayOrder&) const { return "order_pay"; }
    std::string_view operator()(const MarkOrderReady&) const { return "order_ready"; }
    std::string_view operator()(const HandOverOrder&) const { return "order_hand_over"; }
    std::string_view operator()(const RescheduleOrder&) const { return "order_reschedule"; }
    std::string_view operator()(const CancelOrder&) const { return "order_cancel"; }
    std::string_view operator()(const PrintDispatch&) const { return "dispatch_print"; }
    std::string_view operator()(const SaveCustomer&) const { return "customer_save"; }
    std::string_view operator()(const MergeCustomers&) const { return "customer_merge"; }
    std::string_view operator()(const LinkVisitCustomer&) const { return "visit_customer"; }
    std::string_view operator()(const AddFollowUp&) const { return "follow_up_add"; }
    std::string_view operator()(const RecordFollowUp&) const { return "follow_up_result"; }
    std::string_view operator()(const ReassignFollowUp&) const { return "follow_up_reassign"; }
    std::string_view operator()(const SetTarget&) const { return "target"; }
};

}  // namespace

std::string_view op_name(const Intent& intent) { return std::visit(OpNameVisitor{}, intent); }

ScriptLine parse_script_line(std::string_view json_text, const Currency& currency) {
    json o;
    try {
        o = json::parse(json_text);
    } catch (const json::exception& e) {  // parse_error, and out_of_range for a number too large (1E999)
        throw Error(Errc::invalid_input, std::string("not valid JSON: ") + e.what());
    }
    if (!o.is_object()) throw Error(Errc::invalid_input, "expected a JSON object with an \"op\"");
    const std::string op = req_str(o, "op");
    const auto& table = parsers();
    auto it = table.find(op);
    if (it == table.end()) throw Error(Errc::invalid_input, "unknown op \"" + op + "\"");
    ScriptLine line{it->second(o, currency), op, std::nullopt, std::nullopt};
    if (find(o, "at")) line.at = req_str(o, "at");
    if (find(o, "expect_error")) line.expect_error = req_str(o, "expect_error");
    return line;
}

}  // namespace pos::intent
