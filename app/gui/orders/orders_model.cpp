// OrdersView from the orders the page read through the service's read models.
#include <string>

#include "core/common/time.h"
#include "core/order/order.h"
#include "core/sale/money.h"
#include "core/sale/tender_kind.h"
#include "gui/orders/orders_page.h"
#include "ui/ui_env.h"

namespace pos::gui {
namespace {

std::string number_text(const char* prefix, std::int64_t n) {
    std::string digits = std::to_string(n);
    if (digits.size() < 6) digits.insert(0, 6 - digits.size(), '0');
    return prefix + digits;
}

const char* fulfilment_label(Fulfilment f) { return f == Fulfilment::delivery ? ui::tr("Delivery") : ui::tr("Pickup"); }

const char* payment_kind_label(const std::string& kind) {
    if (kind == "deposit") return ui::tr("Deposit");
    if (kind == "refund") return ui::tr("Refund");
    return ui::tr("Balance");
}

const char* tender_label(const std::string& kind) {
    const TenderKindInfo* k = tender_kinds.find(kind);
    return k != nullptr ? ui::tr(k->label_msgid) : kind.c_str();
}

bool changeable(OrderState s) { return s == OrderState::open || s == OrderState::ready; }

ui::OrderRow row_of(const service::OrderView& o, const Currency& cur, Lang lang) {
    ui::OrderRow r;
    r.order_no = o.order_no;
    r.number = number_text("", o.order_no);
    r.customer = o.customer_name;
    r.due = o.due_day + (o.window.empty() ? "" : " · " + o.window) + " · " + fulfilment_label(o.fulfilment);
    r.state = ui::tr(order_states.label_msgid_of(o.state));
    r.total = format_money(o.total, cur, lang);
    r.balance = format_money(o.balance(), cur, lang);
    for (const service::OrderLineView& l : o.lines) {
        if (!r.lines.empty()) r.lines += ", ";
        r.lines += std::to_string(l.qty) + " × " + l.name;
    }
    if (o.fulfilment == Fulfilment::delivery) r.address = o.address;
    return r;
}

ui::OrderDetail detail_of(const service::OrderView& o, const Currency& cur, Lang lang) {
    const auto money = [&](Minor m) { return format_money(m, cur, lang); };
    ui::OrderDetail d;
    d.order_no = o.order_no;
    d.heading = number_text("", o.order_no) + " · " + o.customer_name + (o.customer_phone.empty() ? "" : " · " + o.customer_phone);
    d.state = ui::tr(order_states.label_msgid_of(o.state));
    d.schedule = std::string(fulfilment_label(o.fulfilment)) + " · " + o.due_day + (o.window.empty() ? "" : " · " + o.window) +
                 (o.fulfilment == Fulfilment::delivery && !o.address.empty() ? " · " + o.address : "");
    for (const service::OrderLineView& l : o.lines) {
        std::string source = ui::tr("From the floor");
        if (l.to_order) {
            source = std::string(ui::tr("To order")) + " · " + l.supplier;
            if (!l.expected.empty()) source += " · " + l.expected;
        }
        d.lines.push_back({std::to_string(l.qty) + " × " + l.name, money(l.payable), source});
    }
    for (const service::OrderPaymentView& p : o.payments)
        d.payments.push_back({number_text("P", p.doc_no), std::string(payment_kind_label(p.kind)) + " · " + tender_label(p.tender) + " · " + p.day,
                              money(p.amount)});
    d.total = money(o.total);
    d.paid = money(o.paid);
    d.balance = money(o.balance());
    d.balance_minor = o.balance();
    d.paid_minor = o.paid;
    d.can_pay = changeable(o.state) && o.balance() > 0;
    d.can_ready = o.state == OrderState::open;
    d.can_hand_over = o.state == OrderState::ready && o.balance() == 0;
    d.can_change = changeable(o.state);
    d.schedule_now = {o.fulfilment == Fulfilment::delivery, o.due_day, o.window, o.address};
    return d;
}

}  // namespace

void OrdersData::refresh(const service::PosService& pos, const ui::OrdersUiState& ui) {
    const std::string day = ui.dispatch_day.empty() ? local_day(pos.now()) : ui.dispatch_day;
    if (dirty) {
        open = pos.open_orders(kOpenLimit);
        managers.clear();
        for (const service::StaffMember& s : pos.staff())
            if (s.active && s.role == Role::manager) managers.push_back({std::to_string(s.id), s.name});
    }
    if (dirty || ui.selected != detail_no) {
        detail_no = ui.selected;
        detail = detail_no != 0 ? pos.order(detail_no) : std::nullopt;
    }
    if (dirty || day != dispatch_day) {
        dispatch_day = day;
        dispatch = pos.dispatch_list(day);
    }
    dirty = false;
}

ui::OrdersView make_orders_view(const service::PosService& pos, const OrdersData& data) {
    ui::OrdersView v;
    const Lang lang = pos.lang();
    const Currency& cur = pos.settings().currency();
    v.currency_code = std::string(cur.code);
    v.lang = lang;
    v.today = local_day(pos.now());
    for (const service::OrderView& o : data.open) v.open.push_back(row_of(o, cur, lang));
    if (data.detail) v.detail = detail_of(*data.detail, cur, lang);
    v.dispatch_day = data.dispatch_day;
    for (const service::OrderView& o : data.dispatch) v.dispatch.push_back(row_of(o, cur, lang));
    v.managers = data.managers;
    return v;
}

}  // namespace pos::gui
