// The read models of customers and return visits: the one customer search (receipt, phone,
// name), the customer page's history, "last time" for a be-back visit, and the follow-up
// boards (mine, or everyone's for a manager). Rows from db/ become the plain values of
// read_models.h here.
#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "core/common/time.h"
#include "db/customers.h"
#include "db/staff.h"
#include "db/visits.h"
#include "service/pos_service.h"

namespace pos::service {
namespace {

// Staff names by id, each read once per query.
class StaffNames {
public:
    explicit StaffNames(db::Connection& conn) : conn_(conn) {}
    const std::string& operator()(Id id) {
        auto it = names_.find(id);
        if (it == names_.end()) {
            const auto row = id ? db::get_staff(conn_, id) : std::nullopt;
            it = names_.emplace(id, row ? row->name : std::string()).first;
        }
        return it->second;
    }

private:
    db::Connection& conn_;
    std::map<Id, std::string> names_;
};

// Customer name and phone by id, each read once per query (0: no customer).
class CustomerNames {
public:
    explicit CustomerNames(db::Connection& conn) : conn_(conn) {}
    const std::pair<std::string, std::string>& operator()(Id id) {
        auto it = found_.find(id);
        if (it == found_.end()) {
            const auto c = id ? db::load_customer(conn_, id) : std::nullopt;
            it = found_.emplace(id, c ? std::pair{c->name, c->phone} : std::pair<std::string, std::string>{}).first;
        }
        return it->second;
    }

private:
    db::Connection& conn_;
    std::map<Id, std::pair<std::string, std::string>> found_;
};

FollowUpItem follow_up_item(const FollowUp& f, std::string_view today, StaffNames& staff, CustomerNames& customers) {
    const auto& [name, phone] = customers(f.customer_id);
    return FollowUpItem{f, bucket_of(f, today), name, phone, staff(f.owner_id)};
}

VisitHistory visit_history(const db::VisitRecord& rec, StaffNames& staff) {
    VisitHistory h;
    h.visit_id = rec.visit.id;
    h.day = rec.visit.day;
    h.started_at = rec.visit.started_at;
    h.salesperson = staff(rec.visit.staff_id);
    h.source = rec.visit.source;
    for (const db::VisitEventRow& e : rec.events) {
        if (e.kind == "stage") {
            if (std::find(h.stages.begin(), h.stages.end(), e.code) == h.stages.end()) h.stages.push_back(e.code);
        } else if (e.kind == "signal") {
            h.signals.push_back(e.code);
        } else if (e.kind == "objection") {
            h.objections.push_back({e.code, false});
        } else if (e.kind == "objection_resolved") {
            for (HistoryObjection& o : h.objections)
                if (o.code == e.code && !o.resolved) {
                    o.resolved = true;
                    break;
                }
        } else if (e.kind == "closing") {
            h.closings.push_back({e.code, e.result.value_or("") == "accepted"});
        }
    }
    h.outcome = rec.visit.outcome.value_or("");
    h.lost_reason = rec.visit.lost_reason.value_or("");
    h.follow_up_date = rec.visit.follow_up_date.value_or("");
    return h;
}

// A visit's stored needs profile ({"field": true | "text" | {"option": .., "text": ..}}) as
// field and answer pairs.
std::vector<CarriedNeed> needs_of(const std::string& needs_json) {
    std::vector<CarriedNeed> out;
    const nlohmann::json j = nlohmann::json::parse(needs_json, nullptr, false);
    if (!j.is_object()) return out;
    for (const auto& [field, v] : j.items()) {
        std::string value;
        if (v.is_boolean()) {
            value = v.get<bool>() ? "yes" : "no";
        } else if (v.is_string()) {
            value = v.get<std::string>();
        } else if (v.is_object()) {
            const std::string option = v.value("option", std::string()), text = v.value("text", std::string());
            value = option.empty() ? text : text.empty() ? option : option + ": " + text;
        } else {
            value = v.dump();
        }
        if (!value.empty()) out.push_back({field, std::move(value)});
    }
    return out;
}

FollowUpBoard board(db::Connection& conn, Id owner, std::string_view today, int limit) {
    FollowUpBoard b;
    StaffNames staff(conn);
    CustomerNames customers(conn);
    for (const FollowUp& f : db::open_follow_ups(conn, owner, "9999-12-31", limit)) {
        FollowUpItem item = follow_up_item(f, today, staff, customers);
        switch (item.bucket) {
        case FollowUpBucket::overdue: b.overdue.push_back(std::move(item)); break;
        case FollowUpBucket::today: b.today.push_back(std::move(item)); break;
        case FollowUpBucket::upcoming: b.upcoming.push_back(std::move(item)); break;
        case FollowUpBucket::done: break;
        }
    }
    return b;
}

std::string_view trimmed(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

}  // namespace

std::optional<std::string> PosService::customer_name(Id customer_id) const {
    const auto c = customer_id > 0 ? db::load_customer(conn_, customer_id) : std::nullopt;
    if (!c) return std::nullopt;
    return c->name;
}

std::optional<CustomerFile> PosService::customer(Id customer_id) const {
    if (customer_id <= 0) return std::nullopt;
    return db::load_customer(conn_, customer_id);
}

std::vector<CustomerMatch> PosService::find_customers(const std::string& typed, int limit) const {
    std::vector<CustomerMatch> out;
    const std::string_view text = trimmed(typed);
    if (limit <= 0 || text.empty()) return out;
    const auto add = [&](const CustomerFile& c, CustomerMatchKind by) {
        const bool seen = std::any_of(out.begin(), out.end(), [&](const CustomerMatch& m) { return m.customer.id == c.id; });
        if (!seen && static_cast<int>(out.size()) < limit) out.push_back({c, by});
    };
    // "#123": receipt 123 only; "123": the customer of receipt 123 first, then phones with 123.
    const bool receipt_only = text.front() == '#';
    const std::string_view number = receipt_only ? trimmed(text.substr(1)) : text;
    const bool is_number = !number.empty() && number.size() <= 18 &&
                           std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (is_number)
        if (const auto c = db::customer_of_receipt(conn_, std::stoll(std::string(number)))) add(*c, CustomerMatchKind::receipt);
    if (receipt_only) return out;
    const CustomerMatchKind by = phone_search_digits(text) ? CustomerMatchKind::phone : CustomerMatchKind::name;
    for (const CustomerFile& c : db::search_customers(conn_, text, limit)) add(c, by);
    return out;
}

std::optional<CustomerHistory> PosService::customer_history(Id customer_id, int limit) const {
    auto c = customer(customer_id);
    if (!c) return std::nullopt;
    CustomerHistory h;
    h.customer = std::move(*c);
    StaffNames staff(conn_);
    CustomerNames customers(conn_);
    for (const db::VisitRecord& rec : db::customer_visits(conn_, h.customer.id, limit)) {
        h.visits.push_back(visit_history(rec, staff));
        for (const db::VisitEventRow& e : rec.events)
            if (e.kind == "quote") h.quotes.push_back({rec.visit.id, e.at, e.amount});
    }
    std::stable_sort(h.quotes.begin(), h.quotes.end(), [](const HistoryQuote& a, const HistoryQuote& b) { return a.at > b.at; });
    for (const db::CustomerSaleRow& s : db::customer_sales(conn_, h.customer.id, limit))
        h.sales.push_back({s.receipt_no, s.refund, s.total, s.day, s.created_at});
    h.orders = customer_orders(h.customer.id, limit);
    const std::string today = local_day(now());
    for (const FollowUp& f : db::customer_follow_ups(conn_, h.customer.id))
        h.follow_ups.push_back(follow_up_item(f, today, staff, customers));
    return h;
}

std::optional<LastTime> PosService::last_time(Id visit_id) const {
    Id customer_id = 0;
    try {
        customer_id = db::visit_customer(conn_, visit_id);
    } catch (const Error& e) {
        if (e.code() == Errc::not_found) return std::nullopt;
        throw;
    }
    const auto c = customer(customer_id);
    if (!c) return std::nullopt;
    LastTime t;
    t.customer_id = c->id;
    t.customer_name = c->name;
    StaffNames staff(conn_);
    const std::vector<db::VisitRecord> visits = db::customer_visits(conn_, c->id, 50);  // newest first
    Timestamp started = 0;
    for (const db::VisitRecord& rec : visits)
        if (rec.visit.id == visit_id) started = rec.visit.started_at;
    for (const db::VisitRecord& rec : visits) {
        if (rec.visit.id == visit_id || rec.visit.started_at > started) continue;  // only earlier visits
        if (t.visit_id == 0) {
            t.visit_id = rec.visit.id;
            t.day = rec.visit.day;
            t.salesperson = staff(rec.visit.staff_id);
            t.outcome = rec.visit.outcome.value_or("");
            t.lost_reason = rec.visit.lost_reason.value_or("");
            t.needs = needs_of(rec.visit.needs_json);
        }
        for (auto e = rec.events.rbegin(); e != rec.events.rend(); ++e) {
            if (t.last_objection.empty() && e->kind == "objection") t.last_objection = e->code;
            if (!t.last_quote && e->kind == "quote" && e->amount) t.last_quote = e->amount;
        }
        if (!t.last_objection.empty() && t.last_quote) break;
    }
    return t;
}

FollowUpBoard PosService::my_follow_ups(int limit) const {
    const Actor& me = require_user();
    return board(conn_, me.staff_id, local_day(now()), limit);
}

FollowUpBoard PosService::team_follow_ups(int limit) const {
    const Actor& me = require_user();
    if (!role_allows(me.role, Action::team_follow_ups))
        throw Error(Errc::permission_denied, "only a manager sees everyone's follow-ups");
    return board(conn_, 0, local_day(now()), limit);
}

}  // namespace pos::service
