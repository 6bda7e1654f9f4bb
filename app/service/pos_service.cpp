#include "service/pos_service.h"

#include <charconv>

#include <nlohmann/json.hpp>

#include "core/sale/cart_json.h"
#include "db/held_carts.h"
#include "db/journal.h"
#include "db/staff.h"
#include "service/handlers.h"
#include "service/visit_store.h"

namespace pos::service {

PosService::PosService(const Store& store, const Clock& clock, ServiceOptions options)
    : PosService(store.connection(), clock, std::move(options)) {}

PosService::PosService(db::Connection& conn, const Clock& clock, ServiceOptions options)
    : conn_(conn),
      clock_(clock),
      options_(std::move(options)),
      settings_(load_settings(conn)),
      playbook_(load_playbook(options_.playbooks_dir + "/" + settings_.profile + ".json")),
      lang_(settings_.lang),
      cart_(settings_.currency()) {
    for (Visit& v : load_open_visits(conn_, playbook_, &startup_warnings_)) {
        const Id id = v.id();
        visits_.emplace(id, std::move(v));
    }
    for (const db::HeldCartRow& row : db::list_held_carts(conn_)) {
        try {
            held_.restore(HeldCart{row.id, row.label.empty() ? "Held #" + std::to_string(row.id) : row.label, row.created_at,
                                   cart_from_json(nlohmann::json::parse(row.cart_json))});
        } catch (const std::exception& e) {
            startup_warnings_.push_back("held cart " + std::to_string(row.id) + ": " + e.what());
        }
    }
}

Outcome PosService::apply(const intent::Intent& intent) { return std::visit(Handlers{*this}, intent); }

std::variant<Outcome, Refusal> PosService::try_apply(const intent::Intent& intent) {
    try {
        return apply(intent);
    } catch (const Error& e) {
        const auto* scan = std::get_if<intent::Scan>(&intent);
        return refusal_of(e, scan ? scan->code : std::string());
    }
}

std::vector<const Visit*> PosService::open_visits() const {
    std::vector<const Visit*> out;
    for (const auto& [id, v] : visits_) out.push_back(&v);
    return out;
}

const Visit* PosService::find_visit(Id id) const {
    auto it = visits_.find(id);
    return it == visits_.end() ? nullptr : &it->second;
}

const Actor& PosService::require_user() const {
    if (!user_) throw Error(Errc::permission_denied, "log in first");
    return *user_;
}

db::StaffRow PosService::find_staff(const std::string& name_or_id) {
    Id id = 0;
    const auto* first = name_or_id.data();
    const auto* last = first + name_or_id.size();
    if (auto [p, ec] = std::from_chars(first, last, id); ec == std::errc() && p == last) {
        if (auto row = db::get_staff(conn_, id); row && row->active) return *row;
    } else {
        for (auto& row : db::list_staff(conn_, true))
            if (row.name == name_or_id) return row;
    }
    throw Error(Errc::not_found, "no staff member '" + name_or_id + "'");
}

Approval PosService::verify_approval(const intent::ManagerApproval& a) {
    const db::StaffRow m = find_staff(a.manager);
    const auto role = parse_role(m.role);
    if (role != Role::manager) throw Error(Errc::permission_denied, m.name + " is not a manager and cannot approve");
    const Timestamp now = clock_.now();
    LockoutState state{m.failed_attempts, m.locked_until};
    if (options_.lockout.is_locked(state, now))
        throw Error(Errc::locked_out, m.name + " is locked after too many wrong PINs; try again later");
    if (!verify_pin(a.pin, m.pin_hash)) {
        state = options_.lockout.after_failure(state, now);
        db::update_staff_lockout(conn_, m.id, state.failed_attempts, state.locked_until);
        throw Error(Errc::permission_denied, "wrong manager PIN", Cause::wrong_pin);
    }
    if (state.failed_attempts != 0) db::update_staff_lockout(conn_, m.id, 0, 0);
    return Approval{m.id, Role::manager, m.name, a.reason};
}

Visit& PosService::visit_for(const intent::VisitRef& ref) {
    Id id = ref.id;
    if (!ref.alias.empty()) {
        auto it = visit_aliases_.find(ref.alias);
        if (it == visit_aliases_.end()) throw Error(Errc::not_found, "no visit called '" + ref.alias + "'");
        id = it->second;
    }
    auto it = visits_.find(id);
    if (it == visits_.end()) throw Error(Errc::not_found, "no open visit " + std::to_string(id));
    return it->second;
}

void PosService::require_no_tenders(const char* what) const {
    if (payment_ && !payment_->tenders().empty())
        throw Error(Errc::invalid_state, std::string("remove the tenders taken before you ") + what);
}

void PosService::journal(std::string_view kind, Id ref_id, const std::string& payload_json) {
    db::journal::append(conn_, kind, user_ ? user_->staff_id : 0, ref_id, payload_json, clock_.now());
}

}  // namespace pos::service
