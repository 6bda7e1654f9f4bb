// Taking payment: one button per tender kind of core/sale/tender_kind.h; a kind that may exceed
// the due (cash) gets quick amounts and the change shown large, a kind that needs a reference
// (card approval code, voucher number) its field; several tenders split one sale, and Finish
// sale commits it (one commit).
#include <imgui.h>

#include <algorithm>
#include <array>
#include <cfloat>
#include <cmath>

#include "core/sale/tender_kind.h"
#include "ui/checkout/checkout_parts.h"
#include "ui/checkout/quick_cash.h"
#include "ui/keypad.h"
#include "ui/text_keyboard.h"
#include "ui/ui_env.h"

namespace pos::ui::checkout {
namespace {

// The kind chosen in the UI state (an unknown name falls back to the first kind, cash).
const TenderKindInfo& kind_info(const std::string& kind) {
    const TenderKindInfo* k = tender_kinds.find(kind);
    return k != nullptr ? *k : *tender_kinds.begin();
}

const char* kind_label(const std::string& kind) { return tr(kind_info(kind).label_msgid); }

const char* reference_label(const std::string& kind) {
    const char* msgid = kind_info(kind).reference_msgid;
    return msgid != nullptr ? tr(msgid) : "";
}

bool gives_change(const std::string& kind) { return kind_info(kind).may_exceed_due; }
bool needs_reference(const std::string& kind) { return kind_info(kind).needs_reference; }

// Due, paid and change side by side; change in the accent color. The values use the large
// font when all three fit, else the body font.
void draw_summary(const CheckoutView& view) {
    const float w = ImGui::GetContentRegionAvail().x;
    const float gap = px(24.0f);
    const std::string due = view.tenders.empty() ? view.total : view.remaining;
    const std::array<const char*, 3> labels{tr("Due"), tr("Paid"), tr("Change")};
    const std::array<const std::string*, 3> values{&due, &view.paid, &view.change};
    const std::array<ImVec4, 3> colors{palette::text, palette::text, view.change_minor > 0 ? palette::accent : palette::text_dim};
    ImFont* big = large_font();
    const auto width_in = [](ImFont* f, const char* t) {
        return f != nullptr ? f->CalcTextSizeA(f->FontSize, FLT_MAX, 0.0f, t).x : ImGui::CalcTextSize(t).x;
    };
    std::array<float, 3> widths{};
    float total = 0.0f;
    for (std::size_t i = 0; i < 3; ++i) {
        widths[i] = std::max(ImGui::CalcTextSize(labels[i]).x, width_in(big, values[i]->c_str()));
        total += widths[i];
    }
    ImFont* value_font = total + 2.0f * gap <= w ? big : body_font();
    if (value_font != big) {
        total = 0.0f;
        for (std::size_t i = 0; i < 3; ++i) {
            widths[i] = std::max(ImGui::CalcTextSize(labels[i]).x, width_in(value_font, values[i]->c_str()));
            total += widths[i];
        }
    }
    const float spread = std::max(gap, (w - total) / 2.0f);
    const float x0 = ImGui::GetCursorPosX();
    const float y0 = ImGui::GetCursorPosY();
    float x = x0;
    for (std::size_t i = 0; i < 3; ++i) {
        ImGui::SetCursorPos({x, y0});
        ImGui::BeginGroup();
        caption(labels[i]);
        FontScope font(value_font);
        ImGui::TextColored(colors[i], "%s", values[i]->c_str());
        ImGui::EndGroup();
        x += widths[i] + spread;
    }
}

void draw_tender_lines(const CheckoutView& view, intent::IntentSink& sink, float max_height) {
    if (view.tenders.empty()) return;
    const float row = px(kMinTarget);
    const float step = row + ImGui::GetStyle().ItemSpacing.y;
    const float height = std::clamp(max_height, step, step * static_cast<float>(view.tenders.size()));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette::background);
    ImGui::BeginChild("tenders", {0.0f, height}, false);
    ProbeScope probe("taken");
    const float w = ImGui::GetContentRegionAvail().x;
    for (const TenderLine& t : view.tenders) {
        const ImVec2 pos = ImGui::GetCursorPos();
        ImGui::SetCursorPos({pos.x + px(8.0f), pos.y + (row - ImGui::GetTextLineHeight()) * 0.5f});
        ImGui::Text("%s  %s", kind_label(t.kind), t.amount.c_str());
        ImGui::SameLine();
        ImGui::TextColored(palette::text_dim, "%s", t.detail.c_str());
        ImGui::SetCursorPos({pos.x + w - row, pos.y});
        if (touch_button(with_id("×", "remove" + std::to_string(t.index)).c_str(), {row, row}, ButtonKind::normal))
            sink.push(intent::RemoveTender{t.index});
    }
    drag_to_scroll();
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

void draw_kinds(CheckoutUiState& ui, const CheckoutView& view) {
    ProbeScope probe("kind");
    const float w = ImGui::GetContentRegionAvail().x;
    std::vector<std::string> labels;
    for (const TenderKindInfo& k : tender_kinds) labels.emplace_back(tr(k.label_msgid));
    const std::vector<float> widths = share_row(labels, w);
    std::size_t i = 0;
    for (const TenderKindInfo& k : tender_kinds) {
        const std::string kind(k.name);
        if (touch_button(with_id(labels[i], kind).c_str(), {widths[i], row_height()},
                         ui.tender_kind == kind ? ButtonKind::selected : ButtonKind::normal) &&
            ui.tender_kind != kind) {
            ui.tender_kind = kind;
            ui.reference.clear();
            ui.field = TenderField::amount;
            ui.amount_digits = std::to_string(view.tenders.empty() ? view.total_minor : view.remaining_minor);
        }
        if (++i < tender_kinds.size()) ImGui::SameLine();
    }
}

void push_tender(const CheckoutView& view, CheckoutUiState& ui, intent::IntentSink& sink, Minor amount) {
    if (gives_change(ui.tender_kind)) sink.push(intent::AddTender{ui.tender_kind, amount, amount, {}});
    else sink.push(intent::AddTender{ui.tender_kind, amount, 0, ui.reference});
    (void)view;
    ui.reference.clear();
    ui.field = TenderField::amount;
}

// Beside the keypad: quick cash amounts, or the card / voucher fields; Finish sale below.
void draw_side(const CheckoutView& view, CheckoutUiState& ui, intent::IntentSink& sink, float width, float height) {
    ImGui::BeginGroup();
    const float h = row_height();
    const Minor due = view.tenders.empty() ? view.total_minor : view.remaining_minor;
    if (gives_change(ui.tender_kind)) {
        ProbeScope probe("quick");
        int n = 0;
        // As many round amounts as fit above Finish sale and Back (the exact amount always).
        const float step = h + ImGui::GetStyle().ItemSpacing.y;
        const float room = height - (px(72.0f) + step + px(4.0f) + 2.0f * ImGui::GetStyle().ItemSpacing.y);
        const int fit = static_cast<int>(std::floor(room / step));
        for (Minor amount : quick_cash_amounts(due, view.currency_code, static_cast<std::size_t>(std::clamp(fit - 1, 0, 3)))) {
            const std::string label = n == 0 ? std::string(tr("Exact")) + " " + money(view, amount) : money(view, amount);
            if (touch_button(with_id(label, std::to_string(n++)).c_str(), {width, h}, ButtonKind::normal, !view.payment_complete))
                push_tender(view, ui, sink, amount);
        }
    } else {
        ProbeScope probe("field");
        const std::string amount = std::string(tr("Amount")) + " " + money(view, digits_value(ui.amount_digits));
        if (touch_button(with_id(amount, "amount").c_str(), {width, h},
                         ui.field == TenderField::amount ? ButtonKind::selected : ButtonKind::normal))
            ui.field = TenderField::amount;
        const std::string ref = std::string(reference_label(ui.tender_kind)) + " " + (ui.reference.empty() ? "—" : ui.reference);
        if (touch_button(with_id(ref, "reference").c_str(), {width, h},
                         ui.field == TenderField::reference ? ButtonKind::selected : ButtonKind::normal))
            ui.field = TenderField::reference;
        if (touch_button(with_id(tr("Type letters"), "letters").c_str(), {width, h})) ui.typing_reference = true;
    }
    ImGui::Dummy({1.0f, px(4.0f)});
    {
        FontScope big(fitting_font(tr("Finish sale"), width));
        if (touch_button(with_id(tr("Finish sale"), "finish").c_str(), {width, px(72.0f)}, ButtonKind::primary, view.payment_complete))
            sink.push(intent::CompleteSale{});
    }
    ProbeScope kinds("kind");
    if (touch_button(with_id(tr("Back"), "back").c_str(), {width, h}, ButtonKind::normal, view.tenders.empty()))
        ui.panel = CheckoutPanel::catalog;
    ImGui::EndGroup();
}

void draw_reference_keyboard(CheckoutUiState& ui) {
    title(reference_label(ui.tender_kind));
    {
        FontScope big(large_font());
        const std::string shown = ui.reference.empty() ? std::string("—") : ui.reference;
        text_centered(shown.c_str(), palette::accent);
    }
    ImGui::Dummy({1.0f, px(12.0f)});
    TextKeyboardOptions options;
    options.max_bytes = 32;
    if (text_keyboard("refkb", ui.reference, ui.reference_keyboard, options) == KeyboardResult::done) ui.typing_reference = false;
}

}  // namespace

void draw_tender(const CheckoutView& view, CheckoutUiState& ui, intent::IntentSink& sink) {
    ProbeScope probe("tender");
    if (ui.typing_reference) {
        draw_reference_keyboard(ui);
        return;
    }
    const ImGuiStyle& style = ImGui::GetStyle();
    draw_summary(view);
    const float min_keys = px(kKeyTarget) * 5.0f + style.ItemSpacing.y * 4.0f;
    // The tenders taken get what the kinds row and the keypad leave (at least one row).
    draw_tender_lines(view, sink, ImGui::GetContentRegionAvail().y - (row_height() + style.ItemSpacing.y) - min_keys - style.ItemSpacing.y);
    draw_kinds(ui, view);
    const float w = ImGui::GetContentRegionAvail().x;
    const float key_w = std::clamp(w * 0.52f, px(kKeyTarget) * 3.0f + style.ItemSpacing.x * 2.0f, px(96.0f) * 3.0f + style.ItemSpacing.x * 2.0f);
    const float key_h = std::clamp(ImGui::GetContentRegionAvail().y, min_keys, px(72.0f) * 5.0f + style.ItemSpacing.y * 4.0f);
    std::string& target = ui.field == TenderField::reference && needs_reference(ui.tender_kind) ? ui.reference : ui.amount_digits;
    KeypadOptions options;
    options.max_digits = ui.field == TenderField::reference ? 20 : 12;
    // The amount typed is on the Add key itself, so the keypad needs no extra line.
    const Minor amount = digits_value(ui.amount_digits);
    const std::string ok = std::string(tr("Add")) + " " + money(view, amount);
    options.ok_label = ok.c_str();
    options.ok_enabled = !view.payment_complete && amount > 0 && (!needs_reference(ui.tender_kind) || !ui.reference.empty());
    options.size = {key_w, key_h};
    ImGui::BeginGroup();
    if (numeric_keypad("keypad", target, options) == KeypadResult::ok) push_tender(view, ui, sink, amount);
    ImGui::EndGroup();
    ImGui::SameLine();
    draw_side(view, ui, sink, ImGui::GetContentRegionAvail().x, key_h);
}

}  // namespace pos::ui::checkout
