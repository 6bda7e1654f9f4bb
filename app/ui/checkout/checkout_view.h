#pragma once
// The cashier's checkout screen: the cart, the catalog browser and search, tenders, the manager
// override dialog, held carts, returns / reprints and the receipt printing status. The view is a
// plain struct filled by the app shell (gui/checkout); draw_checkout draws it and pushes intents.
// Every text is already formatted (money in the session language); the *_minor fields are what
// the keypads and the cap check compute with.
#include <cstdint>
#include <map>
#include <optional>
#include <utility>
#include <string>
#include <vector>

#include "core/common/lang.h"
#include "core/common/types.h"
#include "core/intents/intents.h"
#include "ui/checkout/cash_handed.h"
#include "ui/schedule_picker.h"
#include "ui/text_keyboard.h"

namespace pos::ui {

struct CheckoutLine {
    int position = 0;         // 1-based, as SetQty / RemoveLine / LineDiscount expect
    std::string sku;
    std::string name;
    int qty = 1;
    std::string unit_price;   // after a price override
    std::string list_price;   // the catalog price when overridden, else empty
    std::string discount;     // "-15.00%" / "-¥50.00", empty when none
    std::string line_total;   // payable
    Minor gross_minor = 0;    // unit price * qty, the base of a line discount
    Minor unit_price_minor = 0;
    Minor list_price_minor = 0;
};

struct AmountRow {
    std::string label;   // "Subtotal", "Discount", "VAT 13% (included)"
    std::string amount;
};

struct TenderLine {
    int index = 0;       // 1-based, as RemoveTender expects
    std::string kind;    // cash / card / voucher
    std::string amount;
    std::string detail;  // "tendered ¥3,000.00" or the approval code
};

struct HeldCartTile {
    Id id = 0;
    std::string label;
    std::string detail;  // "10:32 · 2 lines"
};

struct ProductTile {
    std::string sku;
    std::string name;
    std::string price;
};

struct ManagerTile {
    std::string key;   // what ManagerApproval::manager carries (the numeric id)
    std::string name;
};

struct VisitTile {
    Id id = 0;
    std::string label;  // "#41 王芳 · Demo"
};

enum class PrintStatus { none, pending, printing, done, failed, skipped };

// The last completed sale or refund of this session and its receipt print job.
struct ReceiptStatus {
    std::int64_t receipt_no = 0;
    bool refund = false;
    std::string total;
    std::string change;       // empty when no change
    PrintStatus print = PrintStatus::none;
    Id job_id = 0;
    std::string print_error;
    bool drawer_opened = false;
};

// The receipt looked up for a return (RefundDialog).
struct RefundLineView {
    int line_no = 0;
    std::string name;
    int qty_left = 0;      // sold minus already refunded
    std::string unit_price;
};

struct RefundSource {
    std::int64_t receipt_no = 0;  // 0 = nothing looked up
    std::string summary;          // "2026-11-20 10:35 · ¥7,198.00"
    std::vector<RefundLineView> lines;
    std::string error;            // "No receipt number 42"
};

struct CheckoutView {
    std::string currency_code = "CNY";
    Lang lang = Lang::en;

    std::vector<CheckoutLine> lines;
    std::vector<AmountRow> totals;   // subtotal, discounts, tax rows
    std::string total;
    Minor total_minor = 0;
    Minor order_base_minor = 0;      // the base of an order discount
    std::string order_discount;      // "-5.00%", empty when none

    // Payment (empty tenders = none taken yet).
    std::vector<TenderLine> tenders;
    std::string paid;
    std::string remaining;
    std::string change;
    Minor remaining_minor = 0;
    Minor change_minor = 0;
    bool payment_complete = false;

    std::vector<HeldCartTile> held;
    std::vector<std::string> categories;
    std::vector<ProductTile> products;        // of the category chosen in the UI state
    std::string products_category;            // which category `products` holds
    bool products_more = false;               // more follow: a "More" tile asks for the next page
    std::vector<ProductTile> search_results;
    std::string search_query;                 // which query `search_results` answer

    std::string visit_label;                  // empty = no visit linked
    std::string customer_label;               // empty = no customer linked
    Id customer_id = 0;                       // the cart's linked customer; 0 = none
    std::string customer_name;                // "" when unknown or not stored

    // Taking the cart as a special order: today (the day picker starts there), the store's
    // minimum deposit on this cart, and the deposit of each percentage button.
    std::string today;                        // YYYY-MM-DD
    Minor deposit_min_minor = 0;
    std::vector<std::pair<std::int64_t, Minor>> deposit_quick;  // basis points -> amount
    std::vector<VisitTile> open_visits;
    std::vector<ManagerTile> managers;

    // What the signed-in person may do alone (the service checks again).
    int discount_cap_bp = 1000;
    bool price_needs_approval = true;
    bool refund_needs_approval = true;
    bool no_sale_needs_approval = true;
    bool void_needs_approval = false;

    std::optional<ReceiptStatus> last;
    RefundSource refund;
    std::string message;  // a refusal the page wants shown in the panel
};

enum class CheckoutPanel { catalog, search, line_edit, pay, receipts, held, link, done };
enum class LineEditKind { discount, price, order_discount };
enum class TenderField { amount, reference };

// The manager-override dialog: which manager, the PIN, the reason, and the intent that waits
// for the approval.
struct OverrideDialogState {
    bool open = false;
    std::optional<intent::Intent> pending;  // pushed with the approval filled in
    std::string what;                       // "Discount 15% on Sofa" (already translated)
    std::string manager;                    // ManagerTile::key
    std::string pin;
    std::string reason;
    bool typing = false;                    // the text keyboard is open for the reason
    TextKeyboardState keyboard;
    std::string error;                      // "Wrong PIN" after a refusal
    bool awaiting = false;                  // pushed; waiting for applied() / refused()
};

// The "Take as order" dialog: when and where the goods go, which lines are ordered from a
// supplier, and the deposit with its tender. Confirm pushes TakeOrder; the page closes the
// dialog when the order was taken and shows the refusal in it if not.
enum class OrderStep { schedule, lines, deposit };
enum class OrderField { none, address, supplier, expected, reference };

struct OrderLineChoice {
    bool to_order = false;
    std::string supplier;
    std::string expected;
};

struct OrderDialogState {
    bool open = false;
    OrderStep step = OrderStep::schedule;
    ScheduleChoice schedule;
    std::map<int, OrderLineChoice> lines;  // cart position -> its choice
    std::int64_t deposit_bp = 0;           // a percentage button chosen (basis points); 0 = the typed amount
    std::string deposit_digits;            // minor units
    std::string tender = "cash";           // cash, card
    CashHanded cash;                       // the cash handed over for the deposit
    std::string reference;                 // the card approval code
    OrderField typing = OrderField::none;  // the text keyboard is open for this field
    int typing_line = 0;                   // ... of this cart position (supplier, expected)
    TextKeyboardState keyboard;
    std::string error;                     // the refusal, readable
    bool awaiting = false;                 // pushed; waiting for applied() / refused()
    std::optional<intent::Intent> pending; // what was pushed
};

struct CheckoutUiState {
    int selected_line = 0;  // 1-based position; 0 = none
    CheckoutPanel panel = CheckoutPanel::catalog;
    std::string category;   // the category shown in the catalog browser
    int catalog_pages = 1;  // pages of it asked for ("More" adds one; another category resets it)

    std::string query;      // search text
    TextKeyboardState query_keyboard;

    LineEditKind edit_kind = LineEditKind::discount;
    bool edit_percent = true;
    std::string edit_digits;  // percent (whole) or minor units

    std::string tender_kind = "cash";
    std::string amount_digits;  // minor units
    std::string reference;      // card approval code / voucher number
    TenderField field = TenderField::amount;
    bool typing_reference = false;
    TextKeyboardState reference_keyboard;

    std::string receipt_digits;        // the receipt number typed for a return or reprint
    std::int64_t lookup_receipt = 0;   // asked the page to look this receipt up
    std::map<int, int> refund_qty;     // receipt line -> qty to refund
    std::string refund_tender = "cash";
    std::string customer_digits;
    bool find_customer = false;  // "Find or add a customer" tapped: the page opens the customer picker

    OverrideDialogState dialog;
    OrderDialogState order;
};

// Draws the checkout screen into ui::screen_area(). Probe names start with "checkout/".
void draw_checkout(const CheckoutView& view, CheckoutUiState& ui, intent::IntentSink& sink);

// Opens the manager-override dialog for `pending` (an intent with an approval member).
void open_override(CheckoutUiState& ui, intent::Intent pending, std::string what);
void open_override(OverrideDialogState& d, intent::Intent pending, std::string what);

// The manager-override dialog over the whole content region (the checkout's, or another
// screen's that asks a manager): which manager, the PIN, the reason; Approve pushes the pending
// intent with the approval. Probe names start with "override/".
void draw_override_dialog(const std::vector<ManagerTile>& managers, OverrideDialogState& d, intent::IntentSink& sink);

// Opens the "Take as order" dialog for the cart in `view` (the store's minimum deposit in cash).
void open_order_dialog(const CheckoutView& view, CheckoutUiState& ui);

}  // namespace pos::ui
