#pragma once
// Intents: everything a person can ask the POS to do, as plain data. The touchscreen UI
// emits them, `showroom-pos script` parses them from JSON lines, and the service applies
// them through the same code path, so the two cannot drift apart.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "core/common/types.h"

namespace pos::intent {

// A manager's approval attached to a sensitive intent: the service verifies the PIN,
// then passes a pos::Approval to the core check.
struct ManagerApproval {
    std::string manager;  // staff name or numeric id
    std::string pin;
    std::string reason;
};

// Visits are referenced by id, or in scripts by the alias given when they started.
struct VisitRef {
    Id id = 0;
    std::string alias;
};

// --- session -------------------------------------------------------------------
struct Login { std::string staff; std::string pin; };  // staff: name or numeric id
struct Logout {};
struct SetLanguage { std::string lang; };          // en, zh_CN, zh_TW, ru, vi

// --- the guided visit ----------------------------------------------------------
struct StartVisit { int party_size = 1; std::string source = "walk_in"; std::string playbook; std::string alias; };
struct EnterStage { VisitRef visit; std::string stage; };
struct RecordSignal { VisitRef visit; std::string code; };
struct RaiseObjection { VisitRef visit; std::string type; };
struct ResolveObjection { VisitRef visit; std::string type; };
struct UseTechnique { VisitRef visit; std::string code; };
struct SetNeed { VisitRef visit; std::string field; std::string value; };
struct RecordQuote { VisitRef visit; Minor amount = 0; };
struct ClosingAttempt { VisitRef visit; std::string method; bool accepted = false; };
struct AddNote { VisitRef visit; std::string text; };
struct EndVisitLost { VisitRef visit; std::string reason; };
struct EndVisitFollowUp { VisitRef visit; std::string date; std::string contact; std::string reason; };

// --- the customer file (顧客檔案) and return visits (主動回訪) ------------------------
// The customer file as typed; the service trims it, normalises the phone and validates it
// (core/customer/customer_file.h).
struct CustomerFields {
    std::string name;             // any script
    std::string phone;
    std::string email;
    std::string companions;
    std::string job;
    std::string current_product;  // the car or sofa they have now
    std::string plate;
    std::string likes;
    std::string buying_focus;
    std::string notes;
    bool contact_consent = false;
};
// When a new customer's phone already belongs to a stored customer: refuse (Cause::duplicate_phone,
// the refusal's subject is that customer's id, so the screen can offer the two choices below),
// use that customer as stored, or merge the typed fields into it (typed fields win, notes are
// joined, the consent is the one typed now). Duplicates are never created silently.
enum class OnDuplicatePhone { refuse, use_existing, merge };
// Creates (customer_id 0) or edits a customer (the whole file as given), and links it to an open
// visit and/or to the open cart (checkout). An edit to a phone of another customer is refused:
// merge the two (MergeCustomers) instead.
struct SaveCustomer {
    Id customer_id = 0;
    CustomerFields file;
    std::optional<VisitRef> visit;
    bool link_cart = false;
    OnDuplicatePhone on_duplicate = OnDuplicatePhone::refuse;
};
// Joins `other` into `keep` (core merged(): keep's fields win); a manager, or the salesperson of
// both customers.
struct MergeCustomers { Id keep = 0; Id other = 0; };
// A be-back: the customer of an open visit.
struct LinkVisitCustomer { VisitRef visit; Id customer_id = 0; };
// owner: staff name or id; empty = the logged-in salesperson (another owner: manager only).
struct AddFollowUp { Id customer_id = 0; std::string owner; std::string due; std::string reason; };
// result: reached, no_answer, new_appointment, bought, not_interested; next_due (YYYY-MM-DD):
// required for new_appointment, allowed for no_answer; it creates the next follow-up. The
// follow-up's owner or a manager records it.
struct RecordFollowUp { Id follow_up_id = 0; std::string result; std::string note; std::string next_due; };
struct ReassignFollowUp { Id follow_up_id = 0; std::string owner; };  // manager only

// --- the cart and checkout ------------------------------------------------------
struct LinkVisit { VisitRef visit; };
struct LinkCustomer { Id customer_id = 0; };
struct Scan { std::string code; };                   // raw scanner data, AIM prefix allowed
struct AddItem { std::string sku; int qty = 1; };
struct SetQty { int line = 0; int qty = 1; };        // line: 1-based position in the cart
struct RemoveLine { int line = 0; std::optional<ManagerApproval> approval; };
struct DiscountSpec { bool percent = true; std::int64_t value = 0; };  // percent in basis points, else minor units
struct LineDiscount { int line = 0; DiscountSpec discount; std::optional<ManagerApproval> approval; };
struct OrderDiscount { DiscountSpec discount; std::optional<ManagerApproval> approval; };
struct PriceOverride { int line = 0; Minor price = 0; std::optional<ManagerApproval> approval; };
struct AddTender { std::string kind = "cash"; Minor amount = 0; Minor tendered = 0; std::string reference; };
struct RemoveTender { int index = 0; };              // 1-based
struct CompleteSale {};
struct VoidCart { std::optional<ManagerApproval> approval; };
struct HoldCart { std::string label; };
struct RecallCart { Id held_id = 0; };

// --- after the sale ---------------------------------------------------------------
struct RefundLine { int line = 0; int qty = 0; };    // line: line number on the original receipt
struct Refund {
    std::int64_t receipt_no = 0;
    std::vector<RefundLine> lines;                   // empty = everything still refundable
    std::string tender = "cash";
    std::string reference;
    std::optional<ManagerApproval> approval;
};
struct Reprint { std::int64_t receipt_no = 0; bool gift = false; };
struct OpenDrawer { std::optional<ManagerApproval> approval; };   // "no sale"
struct RetryPrint { Id job_id = 0; };                 // resume a failed print job from where it stopped
struct SkipPrint { Id job_id = 0; std::string reason; };  // give up on a print job (reprint later if needed)
struct CloseDay {
    std::string date;                                // YYYY-MM-DD; empty = today
    std::map<Minor, int> counts;                     // denomination (minor units) -> pieces
    std::optional<ManagerApproval> approval;
};

// --- special orders (core/order) ----------------------------------------------------
// Orders are referenced by their number (order_no).
struct ToOrderLine { int line = 0; std::string supplier; std::string expected; };  // a cart line ordered from a supplier
// The cart becomes an order for a customer (0 = the customer linked to the cart) with a deposit
// (an amount or a percentage in basis points) paid by one tender; the cart must have no tenders.
struct TakeOrder {
    Id customer_id = 0;
    std::string fulfilment = "delivery";             // delivery, pickup
    std::string day;                                 // YYYY-MM-DD, not in the past
    std::string window;                              // "09:00-12:00", free text
    std::string address;                             // required for a delivery
    std::vector<ToOrderLine> to_order;               // other lines come from the floor
    DiscountSpec deposit{false, 0};                  // percent: basis points; else minor units
    std::string tender = "cash";
    Minor tendered = 0;                              // cash handed over; 0 = exactly the deposit
    std::string reference;
};
struct PayOrder { std::int64_t order_no = 0; Minor amount = 0; std::string tender = "cash"; Minor tendered = 0; std::string reference; };
struct MarkOrderReady { std::int64_t order_no = 0; };
struct HandOverOrder { std::int64_t order_no = 0; };  // delivered or picked up; nothing may be due
struct RescheduleOrder { std::int64_t order_no = 0; std::string fulfilment = "delivery"; std::string day; std::string window; std::string address; };
// Cancels an open or ready order; what was paid is refunded by `tender` (needs a manager when
// money was taken).
struct CancelOrder {
    std::int64_t order_no = 0;
    std::string reason;
    std::string tender = "cash";
    std::string reference;
    std::optional<ManagerApproval> approval;
};
struct PrintDispatch { std::string day; };           // the day's deliveries and pickups; empty = today

// --- the manager's administration -------------------------------------------------
// Each needs the manager role (staff, catalog, settings and report permissions in
// core/staff/permissions.h) and is journaled.
struct AddStaff { std::string name; std::string role; std::string pin; };  // role: floor, cashier, manager
struct SetStaffActive { std::string staff; bool active = false; };        // staff: name or numeric id
struct ChangePin { std::string staff; std::string pin; };
struct ImportCatalog { std::string path; };          // a catalog CSV file; all or nothing
struct ExportSummary { std::string date; std::string path; };  // day summary as CSV; date empty = today
struct PrintSummary { std::string date; };           // the day summary on the receipt printer; empty = today
struct PrintTest {};                                 // the printer test page
// Only the fields that are set change.
struct UpdateSettings {
    std::optional<std::string> store_name;
    std::optional<std::string> receipt_header;
    std::optional<std::string> receipt_footer;
    std::optional<std::string> tax_mode;             // inclusive, exclusive
    std::optional<std::string> printer_profile;      // a built-in profile name (epson-tm-t20, ...)
    std::optional<std::string> printer_device;       // "VID:PID[:interface]", "" = none
    std::optional<std::string> scanner_layout;       // us, de
    std::optional<std::string> lang;                 // the store's default language
    std::optional<std::int64_t> deposit_min_bp;      // order deposit minimum: share of the total
    std::optional<Minor> deposit_min_amount;         // ... and fixed amount (the larger applies)
};

// A salesperson's monthly target (manager only): month "YYYY-MM", revenue in minor units, units.
struct SetTarget { std::string staff; std::string month; Minor revenue = 0; std::int64_t units = 0; };

using Intent = std::variant<Login, Logout, SetLanguage, StartVisit, EnterStage, RecordSignal, RaiseObjection, ResolveObjection, UseTechnique,
                            SetNeed, RecordQuote, ClosingAttempt, AddNote, EndVisitLost, EndVisitFollowUp, LinkVisit, LinkCustomer,
                            Scan, AddItem, SetQty, RemoveLine, LineDiscount, OrderDiscount, PriceOverride, AddTender, RemoveTender,
                            CompleteSale, VoidCart, HoldCart, RecallCart, Refund, Reprint, OpenDrawer, RetryPrint, SkipPrint, CloseDay,
                            AddStaff, SetStaffActive, ChangePin, ImportCatalog, ExportSummary, PrintSummary, PrintTest,
                            UpdateSettings, TakeOrder, PayOrder, MarkOrderReady, HandOverOrder, RescheduleOrder, CancelOrder,
                            PrintDispatch, SaveCustomer, MergeCustomers, LinkVisitCustomer, AddFollowUp, RecordFollowUp,
                            ReassignFollowUp, SetTarget>;

// Where views send what the user asked for. The UI collects intents during a frame and
// the app applies them after the frame, outside any ImGui code.
class IntentSink {
public:
    virtual ~IntentSink() = default;
    virtual void push(Intent intent) = 0;
};

// Defined in intent_queue.cpp: inline, these bodies made every file that includes this header
// instantiate the 58-way variant's moves and destructor (0.7 s of a 1.1 s parse each, for about
// 150 files of the app and its tests).
class IntentQueue final : public IntentSink {
public:
    IntentQueue();
    ~IntentQueue() override;
    void push(Intent intent) override;
    std::vector<Intent> take();
    const std::vector<Intent>& peek() const noexcept { return items_; }

private:
    std::vector<Intent> items_;
};

}  // namespace pos::intent
