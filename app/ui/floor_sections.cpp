#include "ui/floor_sections.h"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "ui/keypad.h"
#include "ui/text_keyboard.h"
#include "ui/ui_env.h"

namespace pos::ui::floor {

namespace {

intent::VisitRef ref(const VisitDetail& visit) { return {visit.id, {}}; }

void section_title(const char* text) { ImGui::TextColored(palette::text_dim, "%s", text); }

std::string with_id(const std::string& text, const std::string& code) { return text + "###" + code; }

void signal_column(const char* title, const std::vector<SignalChip>& chips, const VisitDetail& visit, float width,
                   intent::IntentSink& sink) {
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    section_title(title);
    ImGui::PopTextWrapPos();
    for (const SignalChip& s : chips) {
        const std::string text = s.count > 0 ? s.name + "  ×" + std::to_string(s.count) : s.name;
        if (touch_button(with_id(text, s.code).c_str(), {width, chip_height()}, s.count > 0 ? ButtonKind::selected : ButtonKind::normal))
            sink.push(intent::RecordSignal{ref(visit), s.code});
    }
    ImGui::EndGroup();
}

void draw_contact(FloorUiState& ui) {
    section_title(tr("Phone or e-mail"));
    const std::string shown = ui.contact.empty() ? std::string(tr("Tap to type")) : ui.contact;
    if (touch_button(with_id(shown, "contact").c_str(), {ImGui::GetContentRegionAvail().x, chip_height()},
                     ui.typing ? ButtonKind::selected : ButtonKind::normal))
        ui.typing = !ui.typing;
    if (ui.typing) {
        TextKeyboardOptions options;
        options.max_bytes = 80;
        if (text_keyboard("kb", ui.contact, ui.keyboard, options) == KeyboardResult::done) ui.typing = false;
    }
}

}  // namespace

float chip_height() { return px(52.0f); }

namespace {

// One choice among chips: the chip whose key equals `selected` is highlighted, a tap selects it.
template <class Item, class Key, class Label>
void choice_chips(const char* id, const std::vector<Item>& items, std::string& selected, Key key, Label label) {
    ProbeScope probe(id);
    ImGui::PushID(id);
    ChipFlow flow;
    for (const Item& item : items) {
        const std::string k = key(item);
        if (flow.chip(with_id(label(item), k), selected == k ? ButtonKind::selected : ButtonKind::normal)) selected = k;
    }
    ImGui::PopID();
}

std::string code_of(const CodeName& c) { return c.code; }
std::string name_of(const CodeName& c) { return c.name; }

}  // namespace

void draw_needs(const VisitDetail& visit, intent::IntentSink& sink) {
    ProbeScope probe("need");
    for (const NeedChips& group : visit.needs) {
        ImGui::PushID(group.field.c_str());
        ProbeScope field(group.field);
        section_title(group.name.c_str());
        ChipFlow flow;
        if (group.yes_no) {
            if (flow.chip(with_id(tr("Yes"), "yes"), group.flag == 1 ? ButtonKind::selected : ButtonKind::normal))
                sink.push(intent::SetNeed{ref(visit), group.field, "yes"});
            if (flow.chip(with_id(tr("No"), "no"), group.flag == 0 ? ButtonKind::selected : ButtonKind::normal))
                sink.push(intent::SetNeed{ref(visit), group.field, "no"});
        } else {
            for (const Chip& option : group.options)
                if (flow.chip(with_id(option.name, option.code), option.selected ? ButtonKind::selected : ButtonKind::normal))
                    sink.push(intent::SetNeed{ref(visit), group.field, option.code});
        }
        ImGui::PopID();
    }
}

void draw_present(const VisitDetail& visit, FloorUiState& ui, intent::IntentSink& sink) {
    const float full = ImGui::GetContentRegionAvail().x;
    if (ui.noting) {  // the keyboard needs the room
        section_title(tr("Note"));
        ImGui::TextWrapped("%s", ui.note.empty() ? tr("Type the note, then Done.") : ui.note.c_str());
        TextKeyboardOptions options;
        options.max_bytes = 200;
        if (text_keyboard("kb", ui.note, ui.keyboard, options) == KeyboardResult::done) {
            if (!ui.note.empty()) sink.push(intent::AddNote{ref(visit), ui.note});
            ui.note.clear();
            ui.noting = false;
        }
        return;
    }
    if (ui.quoting) {  // keypad on the left; what was typed and Cancel beside it
        const float pad_w = std::min(full * 0.55f, px(330.0f));
        const float pad_h = std::min(ImGui::GetContentRegionAvail().y, px(320.0f));
        ImGui::BeginGroup();
        KeypadOptions options;
        options.max_digits = 9;
        options.ok_enabled = !ui.quote_digits.empty();
        options.size = {pad_w, pad_h};
        if (numeric_keypad("quote_pad", ui.quote_digits, options) == KeypadResult::ok) {
            sink.push(intent::RecordQuote{ref(visit), std::stoll(ui.quote_digits) * visit.quote_unit});
            ui.quote_digits.clear();
            ui.quoting = false;
        }
        ImGui::EndGroup();
        ImGui::SameLine();
        ImGui::BeginGroup();
        const float side_w = ImGui::GetContentRegionAvail().x;
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + side_w);
        section_title(tr("Price quoted to the customer"));
        ImGui::PopTextWrapPos();
        {
            FontScope big(large_font());
            ImGui::Text("%s %s", ui.quote_digits.empty() ? "0" : ui.quote_digits.c_str(), visit.currency_hint.c_str());
        }
        if (touch_button(with_id(tr("Cancel"), "quote_cancel").c_str(), {side_w, chip_height()})) {
            ui.quote_digits.clear();
            ui.quoting = false;
        }
        ImGui::EndGroup();
        return;
    }
    // The two things typed (a quote, a note) first; the technique chips below may scroll.
    const float half = (full - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    const std::string quote = visit.last_quote.empty() ? std::string(tr("Record a quote")) : std::string(tr("Quoted")) + ": " + visit.last_quote;
    if (touch_button(with_id(quote, "quote").c_str(), {half, chip_height()})) ui.quoting = true;
    ImGui::SameLine();
    if (touch_button(with_id(tr("Add a note"), "note").c_str(), {half, chip_height()})) ui.noting = true;
    if (!visit.notes.empty()) {
        section_title(tr("Notes"));
        for (const std::string& n : visit.notes) ImGui::BulletText("%s", n.c_str());
    }
    ImGui::Dummy({1.0f, px(8.0f)});
    section_title(tr("Presentation technique"));
    ProbeScope probe("technique");
    ChipFlow flow;
    for (const SignalChip& t : visit.techniques) {
        const std::string text = t.count > 0 ? t.name + "  ×" + std::to_string(t.count) : t.name;
        if (flow.chip(with_id(text, t.code), t.count > 0 ? ButtonKind::selected : ButtonKind::normal))
            sink.push(intent::UseTechnique{ref(visit), t.code});
    }
}

void draw_signals(const VisitDetail& visit, intent::IntentSink& sink) {
    ProbeScope probe("signal");
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float w = (ImGui::GetContentRegionAvail().x - 2.0f * spacing) / 3.0f;
    // Columns placed explicitly: SameLine after a group of buttons would drop the next title
    // to the buttons' text baseline.
    const ImVec2 start = ImGui::GetCursorPos();
    const std::array<const char*, 3> titles{tr("Verbal"), tr("Behavioural"), tr("Facial")};
    const std::array<const std::vector<SignalChip>*, 3> lists{&visit.verbal, &visit.behavioural, &visit.facial};
    float bottom = start.y;
    for (std::size_t i = 0; i < lists.size(); ++i) {
        ImGui::SetCursorPos({start.x + static_cast<float>(i) * (w + spacing), start.y});
        ImGui::PushID(static_cast<int>(i));
        signal_column(titles[i], *lists[i], visit, w, sink);
        ImGui::PopID();
        bottom = std::max(bottom, ImGui::GetCursorPosY());
    }
    ImGui::SetCursorPos({start.x, bottom});
}

void draw_objections(const VisitDetail& visit, intent::IntentSink& sink) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float avail = ImGui::GetContentRegionAvail().x;
    const float resolve_w = std::max(px(140.0f), ImGui::CalcTextSize(tr("Resolved")).x + ImGui::GetStyle().FramePadding.x * 2.0f);
    const float name_w = avail - resolve_w - spacing;
    for (const ObjectionChip& o : visit.objections) {
        const bool open = o.raised && !o.resolved;
        std::string text = o.name;
        if (o.raised && o.resolved) text += std::string("  · ") + tr("resolved");
        {
            ProbeScope probe("objection");
            if (touch_button(with_id(text, o.code).c_str(), {name_w, chip_height()}, open ? ButtonKind::selected : ButtonKind::normal))
                sink.push(intent::RaiseObjection{ref(visit), o.code});
        }
        if (open) {
            ImGui::SameLine();
            ProbeScope probe("resolve");
            ImGui::PushID("resolve");
            if (touch_button(with_id(tr("Resolved"), o.code).c_str(), {resolve_w, chip_height()}, ButtonKind::primary))
                sink.push(intent::ResolveObjection{ref(visit), o.code});
            ImGui::PopID();
        }
    }
}

void draw_close(const VisitDetail& visit, FloorUiState& ui, intent::IntentSink& sink) {
    if (visit.close_accepted) {
        text_centered(tr("The customer said yes."), palette::text);
        if (touch_button(with_id(tr("Go to checkout"), "checkout").c_str(), {ImGui::GetContentRegionAvail().x, px(64.0f)},
                         ButtonKind::primary))
            sink.push(intent::LinkVisit{ref(visit)});
        ImGui::Dummy({1.0f, px(12.0f)});
        section_title(tr("Or record another closing attempt:"));
    }
    section_title(tr("Closing method"));
    choice_chips("method", visit.closing_methods, ui.close_method, code_of, name_of);
}

float footer_height(FloorTab tab) {
    if (tab != FloorTab::close && tab != FloorTab::not_sold) return 0.0f;
    return px(56.0f) + ImGui::GetStyle().ItemSpacing.y;
}

void draw_footer(const FloorView& view, FloorUiState& ui, intent::IntentSink& sink) {
    const VisitDetail& visit = view.detail;
    const float full = ImGui::GetContentRegionAvail().x;
    if (ui.tab == FloorTab::close) {
        const bool chosen = !ui.close_method.empty();
        const float w = (full - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
        if (touch_button(with_id(tr("Accepted"), "accepted").c_str(), {w, px(56.0f)}, ButtonKind::primary, chosen)) {
            sink.push(intent::ClosingAttempt{ref(visit), ui.close_method, true});
            ui.close_method.clear();
        }
        ImGui::SameLine();
        if (touch_button(with_id(tr("Declined"), "declined").c_str(), {w, px(56.0f)}, ButtonKind::normal, chosen)) {
            sink.push(intent::ClosingAttempt{ref(visit), ui.close_method, false});
            ui.close_method.clear();
        }
    } else if (ui.tab == FloorTab::not_sold && !ui.follow_up) {
        if (touch_button(with_id(tr("End visit: not sold"), "end_lost").c_str(), {full, px(56.0f)}, ButtonKind::danger,
                         !ui.lost_reason.empty())) {
            sink.push(intent::EndVisitLost{ref(visit), ui.lost_reason});
            ui.lost_reason.clear();
        }
    } else if (ui.tab == FloorTab::not_sold) {
        const bool ready = !ui.follow_up_date.empty() && !ui.contact.empty();
        if (touch_button(with_id(tr("Save follow-up"), "save_follow_up").c_str(), {full, px(56.0f)}, ButtonKind::primary, ready)) {
            sink.push(intent::EndVisitFollowUp{ref(visit), ui.follow_up_date, ui.contact, ui.lost_reason});
            ui.follow_up_date.clear();
            ui.contact.clear();
            ui.lost_reason.clear();
            ui.typing = false;
        }
    }
}

void draw_not_sold(const FloorView& view, FloorUiState& ui) {
    const VisitDetail& visit = view.detail;
    if (ui.typing && ui.follow_up) {  // the keyboard needs the room: only the contact field
        draw_contact(ui);
        return;
    }
    {
        ProbeScope probe("mode");
        ChipFlow flow;
        if (flow.chip(with_id(tr("Lost"), "lost"), ui.follow_up ? ButtonKind::normal : ButtonKind::selected)) ui.follow_up = false;
        if (flow.chip(with_id(tr("Follow-up"), "follow_up"), ui.follow_up ? ButtonKind::selected : ButtonKind::normal)) ui.follow_up = true;
    }
    ImGui::Dummy({1.0f, px(4.0f)});
    if (!ui.follow_up) {
        section_title(tr("Why was it not sold?"));
        choice_chips("lost", visit.lost_reasons, ui.lost_reason, code_of, name_of);
        return;
    }
    section_title(tr("Call back on"));
    choice_chips("date", view.follow_up_dates, ui.follow_up_date, [](const DateChip& d) { return d.date; },
                 [](const DateChip& d) { return d.label; });
    draw_contact(ui);
}

}  // namespace pos::ui::floor
