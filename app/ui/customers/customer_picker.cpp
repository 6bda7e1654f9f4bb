// The customer picker / editor: search (names in any script; digits find phones and receipts)
// with the results, the customer-file form with its text keyboard, and the choice offered when
// the typed phone already belongs to a stored customer (use that one, merge into it, or back).
// Opened from the customer page's Merge with…, a chosen result asks to confirm the merge first.
#include <imgui.h>

#include <algorithm>
#include <array>

#include "ui/checkout/checkout_parts.h"
#include "ui/customers/customer_views.h"
#include "ui/ui_env.h"

namespace pos::ui {
namespace {

using checkout::caption;
using checkout::row_height;
using checkout::share_row;
using checkout::title;
using checkout::with_id;

struct FieldInfo {
    CustomerField field;
    const char* code;
    const char* label;
    std::string intent::CustomerFields::*member;
    std::size_t max_bytes;
};

std::array<FieldInfo, 10> fields() {
    using F = intent::CustomerFields;
    return {{{CustomerField::name, "name", tr("Name"), &F::name, 100},
             {CustomerField::phone, "phone", tr("Phone"), &F::phone, 40},
             {CustomerField::email, "email", tr("E-mail"), &F::email, 200},
             {CustomerField::companions, "companions", tr("Companions"), &F::companions, 200},
             {CustomerField::current_product, "current_product", tr("Current product or car"), &F::current_product, 200},
             {CustomerField::plate, "plate", tr("Plate"), &F::plate, 40},
             {CustomerField::job, "job", tr("Job"), &F::job, 200},
             {CustomerField::likes, "likes", tr("Likes"), &F::likes, 200},
             {CustomerField::buying_focus, "buying_focus", tr("Buying focus"), &F::buying_focus, 200},
             {CustomerField::notes, "notes", tr("Notes"), &F::notes, 2000}}};
}

// The header row: the dialog's title on the left, one button on the right.
bool header(const char* text, const char* button, const char* id) {
    const float h = row_height();
    const float bw = std::max(px(120.0f), ImGui::CalcTextSize(button).x + ImGui::GetStyle().FramePadding.x * 2.0f);
    const float y = ImGui::GetCursorPosY();
    {
        FontScope big(large_font());
        ImGui::SetCursorPosY(y + (h - ImGui::GetTextLineHeight()) * 0.5f);
        ImGui::TextUnformatted(text);
    }
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - bw);
    ImGui::SetCursorPosY(y);
    return touch_button(with_id(button, id).c_str(), {bw, h});
}

void push_pending(CustomerPickerState& s, intent::IntentSink& sink, intent::Intent i) {
    s.pending = i;
    s.awaiting = true;
    s.error.clear();
    sink.push(std::move(i));
}

void choose(const CustomerRow& row, CustomerPickerState& s, intent::IntentSink& sink) {
    switch (s.link) {
    case CustomerLink::visit: push_pending(s, sink, intent::LinkVisitCustomer{{s.visit, {}}, row.id}); break;
    case CustomerLink::cart: push_pending(s, sink, intent::LinkCustomer{row.id}); break;
    case CustomerLink::none: s.show_file = row.id; break;
    case CustomerLink::merge:
        s.mode = PickerMode::merge;
        s.merge_other = row.id;
        s.error.clear();
        break;
    }
}

// A result: the row (tap = choose) with name and phone, and "File" beside it.
// Choosing the file to merge, there is no "File": the row alone.
void draw_result(const CustomerRow& row, CustomerPickerState& s, intent::IntentSink& sink, float w) {
    const float h = std::max(px(64.0f), ImGui::GetFontSize() * 2.6f);
    const bool with_file = s.link != CustomerLink::merge;
    const float file_w = std::max(px(96.0f), ImGui::CalcTextSize(tr("Customer page")).x + ImGui::GetStyle().FramePadding.x * 2.0f);
    const float row_w = with_file ? w - file_w - ImGui::GetStyle().ItemSpacing.x : w;
    if (touch_button(with_id("", "result/" + std::to_string(row.id)).c_str(), {row_w, h}, ButtonKind::normal, !s.awaiting))
        choose(row, s, sink);
    const ImVec2 min = ImGui::GetItemRectMin();
    const float line = ImGui::GetFontSize() * 1.15f;
    const float top = min.y + (h - 2.0f * line) * 0.5f;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImGui::PushClipRect(min, ImGui::GetItemRectMax(), true);
    const std::string first = row.name.empty() ? "#" + std::to_string(row.id) : row.name;
    std::string second = row.phone;
    if (!row.detail.empty()) second += (second.empty() ? "" : "  ·  ") + row.detail;
    draw->AddText({min.x + px(12.0f), top}, ImGui::ColorConvertFloat4ToU32(palette::text), first.c_str());
    draw->AddText({min.x + px(12.0f), top + line}, ImGui::ColorConvertFloat4ToU32(palette::text_dim), second.c_str());
    ImGui::PopClipRect();
    if (!with_file) return;
    ImGui::SameLine();
    if (touch_button(with_id(tr("Customer page"), "file/" + std::to_string(row.id)).c_str(), {file_w, h})) s.show_file = row.id;
}

void start_new(CustomerPickerState& s) {
    s.mode = PickerMode::form;
    s.editing = 0;
    s.file = intent::CustomerFields{};
    s.error.clear();
    // What was searched for is the first thing to type: digits are a phone, else a name.
    const bool digits = !s.query.empty() && std::all_of(s.query.begin(), s.query.end(), [](char c) {
        return (c >= '0' && c <= '9') || c == '+' || c == ' ' || c == '-';
    });
    (digits ? s.file.phone : s.file.name) = s.query;
}

void draw_search(const CustomerPickerView& view, CustomerPickerState& s, intent::IntentSink& sink) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float w = ImGui::GetContentRegionAvail().x;
    const float h = row_height();
    // The query (tap to type again) and New customer.
    // Choosing a stored file to merge: no New customer.
    const bool with_new = s.link != CustomerLink::merge;
    const std::vector<std::string> labels{s.query.empty() ? std::string(tr("Name, phone or #receipt")) : s.query, tr("New customer")};
    const float new_w = std::max(px(200.0f), ImGui::CalcTextSize(labels[1].c_str()).x + style.FramePadding.x * 2.0f);
    if (touch_button(with_id(labels[0], "query").c_str(), {with_new ? w - new_w - style.ItemSpacing.x : w, h},
                     s.typing_query ? ButtonKind::selected : ButtonKind::normal))
        s.typing_query = true;
    if (with_new) {
        ImGui::SameLine();
        if (touch_button(with_id(labels[1], "new").c_str(), {new_w, h}, ButtonKind::primary)) start_new(s);
    }
    if (!s.error.empty()) ImGui::TextColored(palette::danger, "%s", s.error.c_str());
    const float kb_h = s.typing_query ? px(kKeyTarget) * 5.0f + style.ItemSpacing.y * 5.0f : 0.0f;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette::background);
    ImGui::BeginChild("results", {0.0f, std::max(h, ImGui::GetContentRegionAvail().y - kb_h)}, false);
    if (view.results.empty() && !s.query.empty()) caption(tr("No customer found. Add a new one?"));
    const float list_w = ImGui::GetContentRegionAvail().x;
    for (const CustomerRow& row : view.results)
        if (s.link != CustomerLink::merge || row.id != s.keep) draw_result(row, s, sink, list_w);  // not with itself
    drag_to_scroll();
    ImGui::EndChild();
    ImGui::PopStyleColor();
    if (s.typing_query) {
        TextKeyboardOptions options;
        options.max_bytes = 100;
        if (text_keyboard("kb", s.query, s.keyboard, options) == KeyboardResult::done) s.typing_query = false;
    }
}

void draw_field_keyboard(CustomerPickerState& s) {
    for (const FieldInfo& f : fields()) {
        if (f.field != s.typing) continue;
        caption(f.label);
        std::string& text = s.file.*f.member;
        {
            FontScope big(large_font());
            ImGui::PushTextWrapPos(0.0f);
            ImGui::TextUnformatted(text.empty() ? " " : text.c_str());
            ImGui::PopTextWrapPos();
        }
        TextKeyboardOptions options;
        options.max_bytes = f.max_bytes;
        ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), ImGui::GetWindowContentRegionMax().y - px(kKeyTarget) * 5.0f -
                                                                   ImGui::GetStyle().ItemSpacing.y * 4.0f));
        if (text_keyboard("kb", text, s.keyboard, options) == KeyboardResult::done) s.typing = CustomerField::none;
    }
}

intent::SaveCustomer save_intent(const CustomerPickerState& s, intent::OnDuplicatePhone on_duplicate) {
    intent::SaveCustomer i;
    i.customer_id = s.editing;
    i.file = s.file;
    if (s.link == CustomerLink::visit) i.visit = intent::VisitRef{s.visit, {}};
    i.link_cart = s.link == CustomerLink::cart;
    i.on_duplicate = on_duplicate;
    return i;
}

void draw_form(CustomerPickerState& s, intent::IntentSink& sink) {
    if (s.typing != CustomerField::none) {
        draw_field_keyboard(s);
        return;
    }
    const ImGuiStyle& style = ImGui::GetStyle();
    const float w = ImGui::GetContentRegionAvail().x;
    const float h = row_height();
    const float half = (w - style.ItemSpacing.x) * 0.5f;
    if (!s.error.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(palette::danger, "%s", s.error.c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::BeginChild("fields", {0.0f, ImGui::GetContentRegionAvail().y - h - style.ItemSpacing.y}, false);
    {
        ProbeScope probe("field");
        int column = 0;
        for (const FieldInfo& f : fields()) {
            if (column++ % 2 != 0) ImGui::SameLine();
            const std::string& value = s.file.*f.member;
            const std::string label = std::string(f.label) + ":  " + value;
            if (touch_button(with_id(label, f.code).c_str(), {half, h})) {
                s.typing = f.field;
                s.keyboard = {};
            }
        }
    }
    if (touch_button(with_id(tr("May be contacted"), "consent").c_str(), {half, h}, s.file.contact_consent ? ButtonKind::selected : ButtonKind::normal))
        s.file.contact_consent = !s.file.contact_consent;
    drag_to_scroll();
    ImGui::EndChild();
    const std::vector<std::string> labels{tr("Back"), tr("Save")};
    const std::vector<float> widths = share_row(labels, w);
    if (touch_button(with_id(labels[0], "back").c_str(), {widths[0], h}, ButtonKind::normal, !s.awaiting)) {
        s.mode = PickerMode::search;
        s.error.clear();
    }
    ImGui::SameLine();
    const bool filled = !s.file.name.empty() || !s.file.phone.empty();
    if (touch_button(with_id(labels[1], "save").c_str(), {widths[1], h}, ButtonKind::primary, filled && !s.awaiting))
        push_pending(s, sink, save_intent(s, intent::OnDuplicatePhone::refuse));
}

void draw_duplicate(const CustomerPickerView& view, CustomerPickerState& s, intent::IntentSink& sink) {
    const float w = ImGui::GetContentRegionAvail().x;
    const float h = row_height();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(tr("This phone number belongs to a customer already:"));
    ImGui::PopTextWrapPos();
    if (view.existing) {
        FontScope big(large_font());
        ImGui::TextColored(palette::accent, "%s", (view.existing->name.empty() ? "#" + std::to_string(view.existing->id) : view.existing->name).c_str());
    }
    if (view.existing) {
        ImGui::TextUnformatted(view.existing->phone.c_str());
        if (!view.existing->detail.empty()) caption(view.existing->detail.c_str());
    }
    ImGui::Dummy({1.0f, px(12.0f)});
    caption(tr("Use keeps the stored file as it is; Merge adds what you typed to it."));
    const float bh = px(64.0f);
    if (touch_button(with_id(tr("Use this customer"), "use").c_str(), {w, bh}, ButtonKind::primary, !s.awaiting))
        push_pending(s, sink, save_intent(s, intent::OnDuplicatePhone::use_existing));
    if (touch_button(with_id(tr("Merge"), "merge").c_str(), {w, bh}, ButtonKind::normal, !s.awaiting))
        push_pending(s, sink, save_intent(s, intent::OnDuplicatePhone::merge));
    if (touch_button(with_id(tr("Back"), "back").c_str(), {w, h}, ButtonKind::normal, !s.awaiting)) {
        s.mode = PickerMode::form;
        s.error.clear();
    }
    if (!s.error.empty()) ImGui::TextColored(palette::danger, "%s", s.error.c_str());
}

// One file of the merge: what happens to it, then its name and phone.
void merge_card(const char* role, const std::optional<CustomerRow>& row, Id id) {
    caption(role);
    {
        FontScope big(large_font());
        const std::string name = row && !row->name.empty() ? row->name : "#" + std::to_string(id);
        ImGui::TextColored(palette::accent, "%s", name.c_str());
    }
    if (row && !row->phone.empty()) ImGui::TextUnformatted(row->phone.c_str());
    ImGui::Dummy({1.0f, px(8.0f)});
}

void draw_merge(const CustomerPickerView& view, CustomerPickerState& s, intent::IntentSink& sink) {
    const float w = ImGui::GetContentRegionAvail().x;
    const float h = row_height();
    ImGui::PushTextWrapPos(0.0f);
    merge_card(tr("This file stays:"), view.keep, s.keep);
    merge_card(tr("This file is merged into it:"), view.other, s.merge_other);
    caption(tr("Its visits, quotes, sales, orders and follow-ups move to the file that stays; empty fields are filled from it."));
    ImGui::PopTextWrapPos();
    ImGui::Dummy({1.0f, px(12.0f)});
    if (touch_button(with_id(tr("Merge"), "confirm_merge").c_str(), {w, px(64.0f)}, ButtonKind::primary, !s.awaiting))
        push_pending(s, sink, intent::MergeCustomers{s.keep, s.merge_other});
    if (touch_button(with_id(tr("Back"), "back").c_str(), {w, h}, ButtonKind::normal, !s.awaiting)) {
        s.mode = PickerMode::search;
        s.merge_other = 0;
        s.error.clear();
    }
    if (!s.error.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(palette::danger, "%s", s.error.c_str());
        ImGui::PopTextWrapPos();
    }
}

}  // namespace

void open_customer_picker(CustomerPickerState& s, CustomerLink link, Id visit) {
    s = CustomerPickerState{};
    s.open = true;
    s.link = link;
    s.visit = visit;
}

void open_customer_editor(CustomerPickerState& s, Id customer, const intent::CustomerFields& file) {
    s = CustomerPickerState{};
    s.open = true;
    s.mode = PickerMode::form;
    s.editing = customer;
    s.file = file;
}

void open_customer_merger(CustomerPickerState& s, Id keep) {
    s = CustomerPickerState{};
    s.open = true;
    s.link = CustomerLink::merge;
    s.keep = keep;
}

void draw_customer_picker(const CustomerPickerView& view, CustomerPickerState& s, intent::IntentSink& sink) {
    ImGui::BeginChild("customer", ImGui::GetContentRegionAvail(), true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ProbeScope probe("customer");
    const char* heading = s.mode == PickerMode::duplicate ? tr("Phone already stored")
                          : s.mode == PickerMode::merge   ? tr("Merge two customer files")
                          : s.mode == PickerMode::form    ? (s.editing != 0 ? tr("Edit customer") : tr("New customer"))
                          : s.link == CustomerLink::merge ? tr("Merge with…")
                          : s.link == CustomerLink::none  ? tr("Find a customer")
                                                          : tr("Link a customer");
    if (header(heading, tr("Cancel"), "cancel") && !s.awaiting) s = CustomerPickerState{};
    if (s.open) {
        switch (s.mode) {
        case PickerMode::search: draw_search(view, s, sink); break;
        case PickerMode::form: draw_form(s, sink); break;
        case PickerMode::duplicate: draw_duplicate(view, s, sink); break;
        case PickerMode::merge: draw_merge(view, s, sink); break;
        }
    }
    ImGui::EndChild();
}

}  // namespace pos::ui
