#include "ui/floor_sample.h"

#include <string>
#include <vector>

namespace pos::test {

const pos::Playbook& furniture() {
    static const pos::Playbook pb = pos::load_playbook(std::string(POS_ASSETS_DIR) + "/playbooks/furniture.json");
    return pb;
}

namespace {

std::vector<pos::ui::CodeName> entries(const std::vector<pos::Entry>& list, pos::Lang lang) {
    std::vector<pos::ui::CodeName> out;
    for (const pos::Entry& e : list) out.push_back({e.code, e.name.in(lang)});
    return out;
}

}  // namespace

// The mapping the app does: playbook + visit state -> plain view data, in `lang`.
pos::ui::FloorView sample_floor_view(pos::Lang lang) {
    const pos::Playbook& pb = furniture();
    pos::ui::FloorView v;
    v.visits = {{41, "Anna", pb.stages[2].name.in(lang), "12 min", 2}, {42, "王小明", pb.stages[0].name.in(lang), "3 min", 1}};
    pos::ui::VisitDetail& d = v.detail;
    d.id = 41;
    for (std::size_t i = 0; i < pb.stages.size(); ++i) d.stages.push_back({pb.stages[i].code, pb.stages[i].name.in(lang), i < 2, i == 2});
    for (const pos::Prompt& p : pb.stages[2].prompts) {
        const auto kind = p.kind == pos::PromptKind::cue        ? pos::ui::PromptStyle::cue
                          : p.kind == pos::PromptKind::question ? pos::ui::PromptStyle::question
                                                                : pos::ui::PromptStyle::tip;
        d.prompts.push_back({kind, p.question ? std::string(pos::question_type_name(*p.question)) : std::string(), p.text.in(lang)});
    }
    for (const pos::NeedGroup& g : pb.needs) {
        pos::ui::NeedChips chips{std::string(pos::need_field_name(g.field)), g.name.in(lang), g.kind == pos::NeedKind::yes_no, -1, {}};
        for (const pos::NeedOption& o : g.options) chips.options.push_back({o.code, o.name.in(lang), false});
        d.needs.push_back(chips);
    }
    for (const pos::Signal& s : pb.signals) {
        pos::ui::SignalChip chip{s.code, s.name.in(lang), s.code == "asks_price" ? 1 : 0};
        if (s.group == pos::SignalGroup::verbal) d.verbal.push_back(chip);
        else if (s.group == pos::SignalGroup::behavioural) d.behavioural.push_back(chip);
        else d.facial.push_back(chip);
    }
    for (const pos::Objection& o : pb.objections) d.objections.push_back({o.code, o.name.in(lang), o.code == "price", false});
    for (const pos::Entry& t : pb.techniques) d.techniques.push_back({t.code, t.name.in(lang), t.code == pb.techniques.front().code ? 1 : 0});
    d.last_quote = "¥6,999.00";
    d.currency_hint = "CNY";
    d.quote_unit = 100;
    d.notes = {"Wants delivery before the 15th", "Bringing his wife on Saturday"};
    d.closing_methods = entries(pb.closing_methods, lang);
    d.lost_reasons = entries(pb.lost_reasons, lang);
    v.follow_up_dates = {{"2026-11-24", "24.11 (+1)"}, {"2026-11-26", "26.11 (+3)"}, {"2026-11-30", "30.11 (+7)"}, {"2026-12-07", "07.12 (+14)"}};
    return v;
}

}  // namespace pos::test
