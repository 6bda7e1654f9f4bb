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
#include "core/report/day_summary.h"
#include "core/sale/cart.h"
#include "core/sale/held_carts.h"
#include "core/sale/tender.h"
#include "core/sale/totals.h"
#include "core/staff/pin.h"
#include "core/visit/playbook.h"
#include "core/visit/visit.h"
#include "service/order_views.h"
#include "service/outcome.h"
#include "service/read_models.h"
#include "service/store.h"
#include "service/store_settings.h"

namespace pos::db {
class Connection;
struct StaffRow;
}  // namespace pos::db

namespace pos::service {

struct ServiceOptions {
    std::string playbooks_dir;            // assets/playbooks
    PinCost pin_cost = PinCost::interactive();
    LockoutPolicy lockout;
};

class PosService {
public:
    PosService(db::Connection& conn, const Clock& clock, ServiceOptions options);
    // The same on an open Store (what the GUI holds).
    PosService(const Store& store, const Clock& clock, ServiceOptions options);

    // Applies one intent and says what it did (its events). Throws pos::Error on refusal or bad
    // input; state is unchanged then.
    Outcome apply(const intent::Intent& intent);
    // The same, with the refusal as a value (what the touchscreen shell uses).
    std::variant<Outcome, Refusal> try_apply(const intent::Intent& intent);

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
    const std::optional<CommittedSale>& last_commit() const noexcept { return last_commit_; }
    // --- read models: the store as the pages see it (read_models.h; read on demand) ---------
    // Active staff (with the inactive too when asked), by name.
    std::vector<StaffMember> staff(bool include_inactive = false) const;
    // Categories of active products, sorted; "" last when some active product has none.
    std::vector<std::string> categories() const;
    // Active products of `category` ("" = without one) with id > after, by id, at most `limit`.
    ProductPage products_page(const std::string& category, Id after, int limit) const;
    // Active products matching `text` (an exact barcode first, then name or sku), at most `limit`.
    std::vector<ProductInfo> search_products(const std::string& text, int limit) const;
    std::int64_t product_count() const;
    // Each non-ASCII character of the catalog's names and categories once (for the font atlas).
    std::string catalog_characters() const;
    // Each non-ASCII character of the customer files' texts once (for the font atlas).
    std::string customer_characters() const;
    std::optional<ReceiptLookup> find_receipt(std::int64_t receipt_no) const;
    std::optional<PrintJobState> print_job_state(Id job_id) const;
    // The customer's name ("" when none is stored), nullopt for an unknown id.
    std::optional<std::string> customer_name(Id customer_id) const;
    // --- customers and follow-ups (customer_queries.cpp) ---
    // A customer file; a merged id gives the file it was merged into.
    std::optional<CustomerFile> customer(Id customer_id) const;
    // The one customer search: "#123" is receipt 123 only; a plain number is the customer of
    // that receipt (first) and phones containing it; any other text (any script) a name.
    std::vector<CustomerMatch> find_customers(const std::string& text, int limit = 20) const;
    // The customer page (at most `limit` visits, sales and quotes' visits); nullopt: unknown.
    std::optional<CustomerHistory> customer_history(Id customer_id, int limit = 50) const;
    // "Last time" for a visit whose customer is known (a be-back); nullopt when it has none.
    std::optional<LastTime> last_time(Id visit_id) const;
    // The logged-in salesperson's open follow-ups; everyone's (manager only, team_follow_ups).
    // Both throw Error(permission_denied) when nobody (or, for the team's, no manager) is logged in.
    FollowUpBoard my_follow_ups(int limit = 200) const;
    FollowUpBoard team_follow_ups(int limit = 500) const;
    // The manager's summary of a business day (YYYY-MM-DD) in the session language.
    report::DaySummary day_summary(const std::string& day) const;
    std::optional<DayClosing> day_closing(const std::string& day) const;
    // Special orders (order_queries.cpp): one by number with lines and payments, the open ones by
    // due day (without lines), the dispatch list of a day (open and ready, with lines), a
    // customer's (newest first, without lines).
    std::optional<OrderView> order(std::int64_t order_no) const;
    std::vector<OrderView> open_orders(int limit) const;
    std::vector<OrderView> dispatch_list(const std::string& day) const;
    std::vector<OrderView> customer_orders(Id customer_id, int limit) const;
    // The period summary of the days from..to (YYYY-MM-DD, inclusive) in the session language.
    // Throws Error(invalid_input) for a malformed range.
    report::PeriodSummary period_summary(const std::string& from, const std::string& to) const;
    // Targets of a month ("YYYY-MM") and progress: every active floor or manager account, and
    // anyone else who has a target, by name.
    std::vector<TargetProgress> target_progress(const std::string& month) const;
    // The logged-in user's progress this month (nullopt when nobody is logged in).
    std::optional<TargetProgress> my_target() const;
    // The database file (folders for imports and exports sit next to it).
    std::string store_path() const;
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
    std::optional<CommittedSale> last_commit_;
    std::vector<std::string> startup_warnings_;
};

}  // namespace pos::service
