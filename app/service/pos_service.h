#pragma once
// The POS service: applies intents (from the touchscreen UI or from `showroom-pos script`)
// to the domain core and persists the results. It owns the session (who is logged in), the
// open cart and payment, the open visits and the held carts. Every sensitive action goes
// through the core's permission check; manager approvals are verified here (PIN + lockout)
// before the core sees them.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/common/time.h"
#include "core/intents/intents.h"
#include "core/sale/cart.h"
#include "core/sale/held_carts.h"
#include "core/sale/tender.h"
#include "core/sale/totals.h"
#include "core/staff/pin.h"
#include "core/visit/playbook.h"
#include "core/visit/visit.h"
#include "db/rows.h"
#include "db/sqlite.h"
#include "service/store_settings.h"

namespace pos::service {

// What applying one intent did, for the script output and the UI's status line.
struct Result {
    std::string message;
    Id id = 0;                   // the visit, sale or held cart the intent created, if any
    std::int64_t receipt_no = 0; // for pay and refund
};

struct ServiceOptions {
    std::string playbooks_dir;            // assets/playbooks
    PinCost pin_cost = PinCost::interactive();
    LockoutPolicy lockout;
};

class PosService {
public:
    PosService(db::Connection& conn, const Clock& clock, ServiceOptions options);

    // Applies one intent. Throws pos::Error on refusal or bad input; state is unchanged then.
    Result apply(const intent::Intent& intent);

    // --- read-only state for view models -------------------------------------------------
    const StoreSettings& settings() const noexcept { return settings_; }
    const Playbook& playbook() const noexcept { return playbook_; }
    const std::optional<Actor>& user() const noexcept { return user_; }
    Lang lang() const noexcept { return lang_; }
    const Cart& cart() const noexcept { return cart_; }
    const std::optional<Payment>& payment() const noexcept { return payment_; }
    CartTotals totals() const { return compute_totals(cart_, settings_.tax_mode); }
    const HeldCarts& held_carts() const noexcept { return held_; }
    std::vector<const Visit*> open_visits() const;
    const Visit* find_visit(Id id) const;
    // The last completed sale or refund in this session.
    const std::optional<db::CommittedSale>& last_commit() const noexcept { return last_commit_; }
    std::vector<db::StaffRow> staff() const;
    db::Connection& connection() noexcept { return conn_; }
    const Clock& clock() const noexcept { return clock_; }
    Timestamp now() const { return clock_.now(); }
    // Stored visits or held carts that could not be restored at start-up, for the log.
    const std::vector<std::string>& startup_warnings() const noexcept { return startup_warnings_; }

private:
    friend struct Handlers;

    const Actor& require_user() const;
    Approval verify_approval(const intent::ManagerApproval& a);
    db::StaffRow find_staff(const std::string& name_or_id);
    Visit& visit_for(const intent::VisitRef& ref);
    void require_no_tenders(const char* what) const;
    void journal(std::string_view kind, Id ref_id, const std::string& payload_json);
    void persist_visit_event(const Visit& visit);

    db::Connection& conn_;
    const Clock& clock_;
    ServiceOptions options_;
    StoreSettings settings_;
    Playbook playbook_;
    Lang lang_;
    std::optional<Actor> user_;
    Cart cart_;
    std::optional<Payment> payment_;
    HeldCarts held_;
    std::map<Id, Visit> visits_;                 // open visits by id
    std::map<std::string, Id> visit_aliases_;    // script aliases
    std::optional<db::CommittedSale> last_commit_;
    std::vector<std::string> startup_warnings_;
};

}  // namespace pos::service
