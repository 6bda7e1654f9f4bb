// The orders screen: the open orders on the left (by due day), the chosen order on the right with
// its actions; an action (payment, reschedule, cancel) takes the whole screen; the dispatch tab
// lists a day's deliveries and pickups with Print.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/checkout/checkout_parts.h"
#include "ui/orders/orders_parts.h"
#include "ui/screen.h"
#include "ui/ui_env.h"

namespace pos::ui {
namespace orders {
namespace {

using checkout::caption;
using checkout::row_height;
using checkout::share_row;
using checkout::title;
using checkout::with_id;

void draw_tabs(const OrdersView& view, OrdersUiState& ui) {
    ProbeScope probe("tab");
    const std::vector<std::string> labels{std::string(tr("Open orders")) + " (" + std::to_string(view.open.size()) + ")",
                                          tr("Dispatch list")};
    const std::vector<float> widths = share_row(labels, ImGui::GetContentRegionAvail().x);
    if (touch_button(with_id(labels[0], "open").c_str(), {widths[0], row_height()},
                     ui.tab == OrdersTab::open ? ButtonKind::selected : ButtonKind::normal))
        ui.tab = OrdersTab::open;
    ImGui::SameLine();
    if (touch_button(with_id(labels[1], "dispatch").c_str(), {widths[1], row_height()},
                     ui.tab == OrdersTab::dispatch ? ButtonKind::selected : ButtonKind::normal))
        ui.tab = OrdersTab::dispatch;
}

// Two lines of text on a row button: number and customer, balance / state, due day, window.
void draw_row_text(const OrderRow& r, bool selected, float h) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 fg = ImGui::ColorConvertFloat4ToU32(selected ? palette::on_accent : palette::text);
    const ImU32 dim = ImGui::ColorConvertFloat4ToU32(selected ? palette::on_accent : palette::text_dim);
    const float pad = px(12.0f);
    const float line = ImGui::GetFontSize() * 1.15f;
    const float top = min.y + (h - 2.0f * line) * 0.5f;
    const float total_w = ImGui::CalcTextSize(r.balance.c_str()).x;
    const float due_w = ImGui::CalcTextSize(tr("due")).x;
    // Each line is clipped by what sits at its right end; the state goes first on the second
    // line so a long window or a long word in Russian cuts the schedule, not the state.
    ImGui::PushClipRect(min, {max.x - total_w - pad * 2.0f, max.y}, true);
    draw->AddText({min.x + pad, top}, fg, (r.number + "  " + r.customer).c_str());
    ImGui::PopClipRect();
    ImGui::PushClipRect(min, {max.x - due_w - pad * 2.0f, max.y}, true);
    draw->AddText({min.x + pad, top + line}, dim, (r.state + "  ·  " + r.due).c_str());
    ImGui::PopClipRect();
    draw->AddText({max.x - pad - total_w, top}, fg, r.balance.c_str());
    draw->AddText({max.x - pad - due_w, top + line}, dim, tr("due"));
}

void draw_list(const OrdersView& view, OrdersUiState& ui, ImVec2 size) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette::background);
    ImGui::BeginChild("list", size, false);
    ProbeScope probe("list");
    if (view.open.empty()) {
        ImGui::Dummy({1.0f, px(24.0f)});
        text_centered(tr("No open orders."), palette::text_dim);
    }
    const float w = ImGui::GetContentRegionAvail().x;
    const float h = std::max(px(60.0f), ImGui::GetFontSize() * 2.6f);
    for (const OrderRow& r : view.open) {
        const bool selected = ui.selected == r.order_no;
        if (touch_button(with_id("", std::to_string(r.order_no)).c_str(), {w, h}, selected ? ButtonKind::selected : ButtonKind::normal)) {
            ui.selected = r.order_no;
            ui.error.clear();
            ui.notice.clear();
        }
        draw_row_text(r, selected, h);
    }
    drag_to_scroll();
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

void amount_row(const char* label, const std::string& amount, float w, bool big = false) {
    FontScope font(big ? large_font() : nullptr);
    ImGui::TextUnformatted(label);
    ImGui::SameLine(w - ImGui::CalcTextSize(amount.c_str()).x);
    ImGui::TextUnformatted(amount.c_str());
}

void draw_detail_body(const OrderDetail& d, float height) {
    ImGui::BeginChild("body", {0.0f, height}, false);
    const float w = ImGui::GetContentRegionAvail().x;
    for (const OrderLineRow& l : d.lines) {
        // "2 × Sofa  To order · Natuzzi · week 51" on one line, the amount at the right.
        const float amount_x = w - ImGui::CalcTextSize(l.amount.c_str()).x;
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::PushClipRect(at, {at.x + amount_x - px(8.0f), at.y + ImGui::GetTextLineHeightWithSpacing()}, true);
        ImGui::TextUnformatted(l.name.c_str());
        ImGui::SameLine();
        ImGui::TextColored(palette::text_dim, "%s", l.source.c_str());
        ImGui::PopClipRect();
        ImGui::SameLine(amount_x);
        ImGui::TextUnformatted(l.amount.c_str());
    }
    ImGui::Separator();
    caption(tr("Payments"));
    for (const OrderPaymentRow& p : d.payments) {
        ImGui::Text("%s  %s", p.receipt.c_str(), p.what.c_str());
        ImGui::SameLine(w - ImGui::CalcTextSize(p.amount.c_str()).x);
        ImGui::TextUnformatted(p.amount.c_str());
    }
    drag_to_scroll();
    ImGui::EndChild();
}

void draw_actions(const OrdersView& view, OrdersUiState& ui, intent::IntentSink& sink) {
    const OrderDetail& d = *view.detail;
    const float w = ImGui::GetContentRegionAvail().x;
    const float h = row_height();
    const std::vector<std::string> top{tr("Take payment"), tr("Goods are in"), tr("Hand over")};
    const std::vector<float> tw = share_row(top, w);
    if (touch_button(with_id(top[0], "pay").c_str(), {tw[0], h}, ButtonKind::primary, d.can_pay && !ui.awaiting))
        open_order_action(view, ui, OrderAction::pay);
    ImGui::SameLine();
    if (touch_button(with_id(top[1], "ready").c_str(), {tw[1], h}, ButtonKind::normal, d.can_ready && !ui.awaiting))
        push_action(ui, sink, intent::MarkOrderReady{d.order_no});
    ImGui::SameLine();
    if (touch_button(with_id(top[2], "hand_over").c_str(), {tw[2], h}, ButtonKind::normal, d.can_hand_over && !ui.awaiting))
        push_action(ui, sink, intent::HandOverOrder{d.order_no});
    const std::vector<std::string> bottom{tr("Reschedule"), tr("Cancel order")};
    const std::vector<float> bw = share_row(bottom, w);
    if (touch_button(with_id(bottom[0], "reschedule").c_str(), {bw[0], h}, ButtonKind::normal, d.can_change && !ui.awaiting))
        open_order_action(view, ui, OrderAction::reschedule);
    ImGui::SameLine();
    if (touch_button(with_id(bottom[1], "cancel").c_str(), {bw[1], h}, ButtonKind::danger, d.can_change && !ui.awaiting))
        open_order_action(view, ui, OrderAction::cancel);
}

void draw_detail(const OrdersView& view, OrdersUiState& ui, intent::IntentSink& sink, ImVec2 size) {
    ImGui::BeginChild("detail", size, true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ProbeScope probe("detail");
    if (!view.detail) {
        ImGui::Dummy({1.0f, px(24.0f)});
        text_centered(tr("Tap an order to see it."), palette::text_dim);
        ImGui::EndChild();
        return;
    }
    const OrderDetail& d = *view.detail;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float w = ImGui::GetContentRegionAvail().x;
    ImGui::PushTextWrapPos(0.0f);
    {
        FontScope big(large_font());
        ImGui::TextUnformatted(d.heading.c_str());
    }
    ImGui::TextColored(palette::accent, "%s", d.state.c_str());
    ImGui::SameLine();
    ImGui::TextUnformatted(d.schedule.c_str());
    if (!ui.error.empty()) ImGui::TextColored(palette::danger, "%s", ui.error.c_str());
    if (!ui.notice.empty()) ImGui::TextColored(palette::accent, "%s", ui.notice.c_str());
    ImGui::PopTextWrapPos();
    const float big_h = large_font() != nullptr ? large_font()->FontSize : ImGui::GetFontSize();
    const float below = 2.0f * ImGui::GetTextLineHeightWithSpacing() + big_h + style.ItemSpacing.y * 2.0f + 2.0f * (row_height() + style.ItemSpacing.y);
    draw_detail_body(d, std::max(px(48.0f), ImGui::GetContentRegionAvail().y - below));
    amount_row(tr("Total"), d.total, w);
    amount_row(tr("Paid"), d.paid, w);
    amount_row(tr("Balance due"), d.balance, w, true);
    draw_actions(view, ui, sink);
    ImGui::EndChild();
}

void draw_dispatch(const OrdersView& view, OrdersUiState& ui, intent::IntentSink& sink) {
    const float w = ImGui::GetContentRegionAvail().x;
    const float h = row_height();
    const std::string day = ui.dispatch_day.empty() ? view.today : ui.dispatch_day;
    const std::vector<std::string> names{tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun")};
    std::vector<std::string> labels;
    std::vector<std::string> dates;
    for (int n = 0; n < 7; ++n) {
        dates.push_back(add_days(view.today, n));
        labels.push_back(names[static_cast<std::size_t>(weekday_of(dates.back()))] + " " + dates.back().substr(5));
    }
    labels.push_back(tr("Print"));
    const std::vector<float> widths = share_row(labels, w);
    {
        ProbeScope probe("day");
        for (std::size_t i = 0; i < dates.size(); ++i) {
            if (i != 0) ImGui::SameLine();
            if (touch_button(with_id(labels[i], dates[i]).c_str(), {widths[i], h}, day == dates[i] ? ButtonKind::selected : ButtonKind::normal)) {
                ui.dispatch_day = dates[i];
                ui.notice.clear();
            }
        }
    }
    ImGui::SameLine();
    if (touch_button(with_id(labels.back(), "dispatch_print").c_str(), {widths.back(), h}, ButtonKind::primary, !ui.awaiting))
        push_action(ui, sink, intent::PrintDispatch{day});
    if (!ui.notice.empty()) ImGui::TextColored(palette::accent, "%s", ui.notice.c_str());
    if (!ui.error.empty()) ImGui::TextColored(palette::danger, "%s", ui.error.c_str());
    ImGui::BeginChild("dispatch", ImGui::GetContentRegionAvail(), true);
    if (view.dispatch.empty()) text_centered(tr("Nothing to deliver or pick up on this day."), palette::text_dim);
    const float cw = ImGui::GetContentRegionAvail().x;
    ImGui::PushTextWrapPos(0.0f);
    for (const OrderRow& r : view.dispatch) {
        {
            FontScope big(large_font());
            ImGui::Text("%s  %s", r.number.c_str(), r.customer.c_str());
        }
        ImGui::TextColored(palette::text_dim, "%s  ·  %s", r.due.c_str(), r.state.c_str());
        if (!r.address.empty()) ImGui::TextUnformatted(r.address.c_str());
        ImGui::TextUnformatted(r.lines.c_str());
        amount_row(tr("Balance due"), r.balance, cw);
        ImGui::Separator();
    }
    ImGui::PopTextWrapPos();
    drag_to_scroll();
    ImGui::EndChild();
}

}  // namespace
}  // namespace orders

void draw_orders(const OrdersView& view, OrdersUiState& ui, intent::IntentSink& sink) {
    FontScope body(body_font());
    begin_screen("orders");
    ProbeScope probe("orders");
    if (ui.approval.open) {
        draw_override_dialog(view.managers, ui.approval, sink);
    } else if (ui.action != OrderAction::none && view.detail) {
        orders::draw_action(view, ui, sink);
    } else {
        orders::draw_tabs(view, ui);
        if (ui.tab == OrdersTab::dispatch) {
            orders::draw_dispatch(view, ui, sink);
        } else {
            const ImVec2 avail = ImGui::GetContentRegionAvail();
            const float left_w = std::floor(std::clamp(avail.x * 0.45f, px(360.0f), px(860.0f)));
            orders::draw_list(view, ui, {left_w, avail.y});
            ImGui::SameLine();
            orders::draw_detail(view, ui, sink, {avail.x - left_w - ImGui::GetStyle().ItemSpacing.x, avail.y});
        }
    }
    end_screen();
}

}  // namespace pos::ui
