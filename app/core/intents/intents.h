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
};

// A salesperson's monthly target (manager only): month "YYYY-MM", revenue in minor units, units.
struct SetTarget { std::string staff; std::string month; Minor revenue = 0; std::int64_t units = 0; };

using Intent = std::variant<Login, Logout, SetLanguage, StartVisit, EnterStage, RecordSignal, RaiseObjection, ResolveObjection, UseTechnique,
                            SetNeed, RecordQuote, ClosingAttempt, AddNote, EndVisitLost, EndVisitFollowUp, LinkVisit, LinkCustomer,
                            Scan, AddItem, SetQty, RemoveLine, LineDiscount, OrderDiscount, PriceOverride, AddTender, RemoveTender,
                            CompleteSale, VoidCart, HoldCart, RecallCart, Refund, Reprint, OpenDrawer, RetryPrint, SkipPrint, CloseDay,
                            AddStaff, SetStaffActive, ChangePin, ImportCatalog, ExportSummary, PrintSummary, PrintTest,
                            UpdateSettings, SetTarget>;

// Where views send what the user asked for. The UI collects intents during a frame and
// the app applies them after the frame, outside any ImGui code.
class IntentSink {
public:
    virtual ~IntentSink() = default;
    virtual void push(Intent intent) = 0;
};

class IntentQueue final : public IntentSink {
public:
    void push(Intent intent) override { items_.push_back(std::move(intent)); }
    std::vector<Intent> take() { return std::exchange(items_, {}); }
    const std::vector<Intent>& peek() const noexcept { return items_; }

private:
    std::vector<Intent> items_;
};

}  // namespace pos::intent
