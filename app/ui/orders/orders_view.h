#pragma once
// The special orders screen (tab "orders"): the open orders by due day, the chosen order's lines,
// payments and balance with its actions (a balance payment, ready, hand over, reschedule,
// cancel with a manager's approval when money was taken), and a day's dispatch list with Print.
// The view is a plain struct filled by the page (gui/orders); every text is already formatted
// in the session language; the *_minor fields are what the keypad computes with.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/lang.h"
#include "core/common/types.h"
#include "core/intents/intents.h"
#include "ui/checkout/checkout_view.h"
#include "ui/schedule_picker.h"
#include "ui/text_keyboard.h"

namespace pos::ui {

struct OrderRow {
    std::int64_t order_no = 0;
    std::string number;    // "000012"
    std::string customer;
    std::string due;       // "2026-12-18 · 09:00-12:00 · Delivery"
    std::string state;     // "Open", "Ready" (translated)
    std::string total;
    std::string balance;   // still due
    std::string lines;     // dispatch list: "2 × Sofa Milano, 1 × Lamp"
    std::string address;   // dispatch list: a delivery's
};

struct OrderLineRow {
    std::string name;      // "2 × Sofa Milano"
    std::string amount;
    std::string source;    // "From the floor" / "To order · Natuzzi · week 51"
};

struct OrderPaymentRow {
    std::string receipt;   // "P000012"
    std::string what;      // "Deposit · Cash · 2026-11-20"
    std::string amount;
};

struct OrderDetail {
    std::int64_t order_no = 0;
    std::string heading;   // "000012 · Trần Thị Mai · 0903123456"
    std::string state;
    std::string schedule;  // "Delivery · 2026-12-18 · 09:00-12:00 · 12 Lê Lợi"
    std::vector<OrderLineRow> lines;
    std::vector<OrderPaymentRow> payments;
    std::string total;
    std::string paid;
    std::string balance;
    Minor balance_minor = 0;
    Minor paid_minor = 0;
    bool can_pay = false;        // open or ready with something due
    bool can_ready = false;      // open
    bool can_hand_over = false;  // ready and nothing due
    bool can_change = false;     // open or ready: reschedule, cancel
    ScheduleChoice schedule_now; // what Reschedule starts from
};

struct OrdersView {
    std::string currency_code = "CNY";
    Lang lang = Lang::en;
    std::string today;                  // YYYY-MM-DD
    std::vector<OrderRow> open;         // open and ready orders by due day
    std::optional<OrderDetail> detail;  // the selected order
    std::string dispatch_day;           // what `dispatch` lists
    std::vector<OrderRow> dispatch;
    std::vector<ManagerTile> managers;
};

enum class OrdersTab { open, dispatch };
enum class OrderAction { none, pay, reschedule, cancel };
enum class OrdersField { none, address, reference, reason };

struct OrdersUiState {
    OrdersTab tab = OrdersTab::open;
    std::int64_t selected = 0;          // order_no; 0 = none
    OrderAction action = OrderAction::none;
    std::string amount_digits;          // the balance payment, minor units
    std::string tender = "cash";        // of a payment or a refund: cash, card
    CashHanded cash;                    // the cash handed over for a balance payment
    std::string reference;              // card approval code
    ScheduleChoice schedule;            // Reschedule
    std::string reason;                 // Cancel
    OrdersField typing = OrdersField::none;
    TextKeyboardState keyboard;
    std::string error;                  // the action's refusal, readable
    std::string notice;                 // what the last action did ("Sent to the printer")
    std::string dispatch_day;           // "" = today
    bool awaiting = false;              // an action's intent was pushed
    std::optional<intent::Intent> pending;
    OverrideDialogState approval;       // a manager approves a cancellation
};

// Draws the orders screen into ui::screen_area(). Probe names start with "orders/".
void draw_orders(const OrdersView& view, OrdersUiState& ui, intent::IntentSink& sink);

// Opens an action panel for the selected order (amount prefilled with the balance, the
// schedule with the order's).
void open_order_action(const OrdersView& view, OrdersUiState& ui, OrderAction action);

}  // namespace pos::ui
