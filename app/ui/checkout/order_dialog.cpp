// "Take as order": the cart becomes a special order for the linked customer. Three steps, each
// one tap away: when and where (delivery or pickup, the day on a calendar, the time window, the
// address), which lines are ordered from a supplier, and the deposit (order_deposit.cpp). A
// refusal (past day, missing address, deposit below the minimum) shows at the top.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/checkout/checkout_parts.h"
#include "ui/schedule_picker.h"
#include "ui/text_keyboard.h"
#include "ui/ui_env.h"

namespace pos::ui::checkout {
namespace {

// The text the keyboard edits, and what it is called.
std::string* field_text(OrderDialogState& d, const char*& label) {
    switch (d.typing) {
    case OrderField::address: label = tr("Address"); return &d.schedule.address;
    case OrderField::supplier: label = tr("Supplier"); return &d.lines[d.typing_line].supplier;
    case OrderField::expected: label = tr("Expected arrival"); return &d.lines[d.typing_line].expected;
    case OrderField::reference: label = approval_code_label(); return &d.reference;
    case OrderField::none: break;
    }
    label = "";
    return nullptr;
}

void draw_keyboard(OrderDialogState& d) {
    const char* label = "";
    std::string* text = field_text(d, label);
    if (text == nullptr) {
        d.typing = OrderField::none;
        return;
    }
    caption(label);
    {
        FontScope big(large_font());
        ImGui::TextUnformatted(text->empty() ? " " : text->c_str());
    }
    TextKeyboardOptions options;
    options.max_bytes = d.typing == OrderField::address ? 200 : 60;
    if (text_keyboard("kb", *text, d.keyboard, options) == KeyboardResult::done) d.typing = OrderField::none;
}

void draw_steps(OrderDialogState& d) {
    ProbeScope probe("step");
    const std::vector<std::string> labels{tr("When and where"), tr("Lines to order"), tr("Deposit")};
    const std::vector<float> widths = share_row(labels, ImGui::GetContentRegionAvail().x);
    const OrderStep steps[] = {OrderStep::schedule, OrderStep::lines, OrderStep::deposit};
    const char* codes[] = {"schedule", "lines", "deposit"};
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (i != 0) ImGui::SameLine();
        if (touch_button(with_id(labels[i], codes[i]).c_str(), {widths[i], row_height()},
                         d.step == steps[i] ? ButtonKind::selected : ButtonKind::normal))
            d.step = steps[i];
    }
}

void draw_schedule(const CheckoutView& view, OrderDialogState& d, ImVec2 size) {
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float left_w = std::floor(size.x * 0.4f);
    ImGui::BeginChild("when", {left_w, size.y}, false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    const float w = ImGui::GetContentRegionAvail().x;
    caption(tr("Delivery or pickup"));
    fulfilment_row(d.schedule, w);
    caption(tr("Time window"));
    window_chips(d.schedule.window);
    if (d.schedule.delivery) {
        caption(tr("Address"));
        const std::string shown = d.schedule.address.empty() ? std::string(tr("Tap to type the address")) : d.schedule.address;
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::PushClipRect(at, {at.x + w, at.y + px(56.0f)}, true);
        if (touch_button(with_id(shown, "address").c_str(), {w, px(56.0f)})) d.typing = OrderField::address;
        ImGui::PopClipRect();
    }
    ImGui::EndChild();
    ImGui::SameLine(0.0f, gap * 2.0f);
    ImGui::BeginChild("days", {0.0f, size.y}, false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    caption(tr("Date"));
    ImGui::SameLine();
    ImGui::TextUnformatted(d.schedule.day.empty() ? "—" : d.schedule.day.c_str());
    const float rows_h = ImGui::GetContentRegionAvail().y - ImGui::GetTextLineHeightWithSpacing();
    const float cell_h = std::clamp(std::floor(rows_h / 5.0f - ImGui::GetStyle().ItemSpacing.y), px(kMinTarget), px(64.0f));
    day_grid(view.today, d.schedule.day, 5, ImGui::GetContentRegionAvail().x, cell_h);
    ImGui::EndChild();
}

void draw_lines(const CheckoutView& view, OrderDialogState& d, ImVec2 size) {
    caption(tr("Lines ordered from a supplier; the others come from the floor."));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette::background);
    ImGui::BeginChild("lines", {size.x, size.y - ImGui::GetTextLineHeightWithSpacing()}, false);
    ProbeScope probe("lines");
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float w = ImGui::GetContentRegionAvail().x;
    const float h = row_height();
    const float name_w = std::floor(w * 0.3f);
    const float toggle_w = std::floor(w * 0.2f);
    const float field_w = std::floor((w - name_w - toggle_w - 3.0f * gap) * 0.5f);
    for (const CheckoutLine& l : view.lines) {
        const std::string position = std::to_string(l.position);
        ProbeScope line(position);
        OrderLineChoice& c = d.lines[l.position];
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const std::string name = std::to_string(l.qty) + " × " + l.name;
        ImGui::PushClipRect(at, {at.x + name_w, at.y + h}, true);
        ImGui::GetWindowDrawList()->AddText({at.x + px(8.0f), at.y + (h - ImGui::GetFontSize()) * 0.5f},
                                            ImGui::ColorConvertFloat4ToU32(palette::text), name.c_str());
        ImGui::PopClipRect();
        ImGui::Dummy({name_w, h});
        ImGui::SameLine();
        if (touch_button(with_id(c.to_order ? tr("To order") : tr("From the floor"), "to_order").c_str(), {toggle_w, h},
                         c.to_order ? ButtonKind::selected : ButtonKind::normal))
            c.to_order = !c.to_order;
        if (!c.to_order) continue;
        ImGui::SameLine();
        const auto field = [&](const std::string& value, const char* empty_label, const char* id, OrderField f) {
            const std::string shown = value.empty() ? std::string(empty_label) : value;
            const ImVec2 p = ImGui::GetCursorScreenPos();
            ImGui::PushClipRect(p, {p.x + field_w, p.y + h}, true);
            if (touch_button(with_id(shown, id).c_str(), {field_w, h})) {
                d.typing = f;
                d.typing_line = l.position;
            }
            ImGui::PopClipRect();
        };
        field(c.supplier, tr("Supplier"), "supplier", OrderField::supplier);
        ImGui::SameLine();
        field(c.expected, tr("Expected arrival"), "expected", OrderField::expected);
    }
    drag_to_scroll();
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

void draw_bottom_row(OrderDialogState& d) {
    const std::vector<std::string> labels{tr("Cancel"), tr("Back"), tr("Next")};
    const std::vector<float> widths = share_row(labels, ImGui::GetContentRegionAvail().x);
    const float h = px(56.0f);
    if (touch_button(with_id(labels[0], "cancel").c_str(), {widths[0], h})) {
        d = OrderDialogState{};
        return;
    }
    ImGui::SameLine();
    if (touch_button(with_id(labels[1], "back").c_str(), {widths[1], h}, ButtonKind::normal, d.step != OrderStep::schedule))
        d.step = d.step == OrderStep::deposit ? OrderStep::lines : OrderStep::schedule;
    ImGui::SameLine();
    if (touch_button(with_id(labels[2], "next").c_str(), {widths[2], h}, ButtonKind::primary, d.step != OrderStep::deposit))
        d.step = d.step == OrderStep::schedule ? OrderStep::lines : OrderStep::deposit;
}

}  // namespace

void draw_order_dialog(const CheckoutView& view, CheckoutUiState& ui, intent::IntentSink& sink) {
    OrderDialogState& d = ui.order;
    ImGui::BeginChild("order", ImGui::GetContentRegionAvail(), true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ProbeScope probe("order");
    title(tr("Take as order"));
    ImGui::SameLine();
    if (view.customer_id != 0) {
        const std::string who = std::string(tr("Customer")) + " #" + std::to_string(view.customer_id) + " " + view.customer_name;
        ImGui::TextColored(palette::text_dim, "%s", who.c_str());
    } else {
        // On the title's line, so the steps below keep their room.
        if (touch_button(with_id(tr("Find or add a customer"), "find_customer").c_str(), {0.0f, px(kMinTarget)}, ButtonKind::primary))
            ui.find_customer = true;
        ImGui::SameLine();
        ImGui::TextColored(palette::danger, "%s", tr("An order needs a customer: link one to the cart first."));
    }
    if (!d.error.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(palette::danger, "%s", d.error.c_str());
        ImGui::PopTextWrapPos();
    }
    if (d.typing != OrderField::none) {
        draw_keyboard(d);
        ImGui::EndChild();
        return;
    }
    draw_steps(d);
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 content{ImGui::GetContentRegionAvail().x, ImGui::GetContentRegionAvail().y - px(56.0f) - style.ItemSpacing.y};
    switch (d.step) {
    case OrderStep::schedule: draw_schedule(view, d, content); break;
    case OrderStep::lines: draw_lines(view, d, content); break;
    case OrderStep::deposit: draw_order_deposit(view, d, sink, content); break;
    }
    ImGui::SetCursorPosY(ImGui::GetWindowContentRegionMax().y - px(56.0f));
    draw_bottom_row(d);
    ImGui::EndChild();
}

}  // namespace pos::ui::checkout

namespace pos::ui {

void open_order_dialog(const CheckoutView& view, CheckoutUiState& ui) {
    OrderDialogState& d = ui.order;
    d = OrderDialogState{};
    d.open = true;
    d.schedule.window = time_windows().front();
    d.deposit_digits = std::to_string(view.deposit_min_minor);
}

}  // namespace pos::ui
