// Session intents: login, logout, language.
#include <nlohmann/json.hpp>

#include <map>
#include <mutex>
#include <utility>

#include "db/journal.h"
#include "db/staff.h"
#include "service/handlers.h"

namespace pos::service {
namespace {

// Verifying against a fixed hash of the same cost when the name is unknown keeps the
// response time of "no such person" equal to that of "wrong PIN". One hash per cost: a single
// static made with the first cost asked for would make every later cost's refusal fast.
const std::string& dummy_hash(PinCost cost) {
    static std::mutex mutex;
    static std::map<std::pair<unsigned long long, std::size_t>, std::string> hashes;
    std::lock_guard lock(mutex);
    auto& h = hashes[{cost.ops, cost.mem}];
    if (h.empty()) h = hash_pin("00000000", cost);
    return h;
}

std::string minutes_left(Timestamp until, Timestamp now) {
    const Timestamp mins = (until - now + 59'999) / 60'000;
    return std::to_string(mins) + " min";
}

}  // namespace

Outcome Handlers::operator()(const intent::Login& i) {
    const Timestamp now = s.clock_.now();
    std::optional<db::StaffRow> row;
    try {
        row = s.find_staff(i.staff);
    } catch (const Error& e) {
        if (e.code() != Errc::not_found) throw;
    }
    if (!row) {
        (void)verify_pin(i.pin, dummy_hash(s.options_.pin_cost));
        throw Error(Errc::permission_denied, "unknown staff member or wrong PIN", Cause::wrong_pin);
    }
    LockoutState state{row->failed_attempts, row->locked_until};
    if (s.options_.lockout.is_locked(state, now)) {
        (void)verify_pin(i.pin, dummy_hash(s.options_.pin_cost));  // same time as a real check
        throw Error(Errc::locked_out, "locked after too many wrong PINs: try again in " + minutes_left(state.locked_until, now));
    }
    if (!verify_pin(i.pin, row->pin_hash)) {
        state = s.options_.lockout.after_failure(state, now);
        db::update_staff_lockout(s.conn_, row->id, state.failed_attempts, state.locked_until);
        if (s.options_.lockout.is_locked(state, now))
            throw Error(Errc::locked_out, "wrong PIN: locked for " + minutes_left(state.locked_until, now));
        const int left = s.options_.lockout.max_attempts - state.failed_attempts;
        throw Error(Errc::permission_denied, "wrong PIN (" + std::to_string(left) + (left == 1 ? " try" : " tries") + " left)",
                    Cause::wrong_pin);
    }
    const auto role = parse_role(row->role);
    if (!role) throw Error(Errc::invalid_input, "staff member " + row->name + " has an unknown role");
    db::Transaction tx(s.conn_);
    if (state.failed_attempts != 0) db::update_staff_lockout(s.conn_, row->id, 0, 0);
    const Actor actor{row->id, *role, row->name};
    db::journal::append(s.conn_, db::journal::k_login, actor.staff_id, 0,
                        nlohmann::json{{"staff", actor.name}, {"role", role_name(actor.role)}}.dump(), now);
    tx.commit();
    s.user_ = actor;
    return {"logged in as " + actor.name + " (" + std::string(role_name(actor.role)) + ")", actor.staff_id, 0,
            {event::LoggedIn{actor.staff_id}}};
}

Outcome Handlers::operator()(const intent::Logout&) {
    const Actor& actor = s.require_user();
    db::Transaction tx(s.conn_);
    s.journal(db::journal::k_logout, 0, nlohmann::json{{"staff", actor.name}}.dump());
    tx.commit();
    const std::string name = actor.name;
    s.user_.reset();
    return {"logged out " + name, 0, 0, {event::LoggedOut{}}};
}

Outcome Handlers::operator()(const intent::SetLanguage& i) {
    const auto lang = parse_lang(i.lang);
    if (!lang) throw Error(Errc::invalid_input, "unknown language '" + i.lang + "' (en, zh_CN, zh_TW, ru, vi)");
    s.lang_ = *lang;
    return {"language " + std::string(lang_code(*lang)), 0, 0, {event::LanguageChanged{*lang}}};
}

std::optional<Approval> Handlers::approval(const std::optional<intent::ManagerApproval>& a) {
    if (!a) return std::nullopt;
    return s.verify_approval(*a);
}

std::string Handlers::money(Minor v) const { return format_plain(v, s.settings_.currency()); }

}  // namespace pos::service
