#include "gui/floor_model.h"

#include <cstdio>

#include "core/common/time.h"
#include "core/visit/needs.h"
#include "ui/ui_env.h"

namespace pos::gui {
namespace {

const char* question_label(QuestionType q) {
    switch (q) {
    case QuestionType::open: return ui::tr("Open question");
    case QuestionType::alternative: return ui::tr("Alternative question");
    case QuestionType::closed: return ui::tr("Closed question");
    case QuestionType::spin_situation: return ui::tr("SPIN: situation");
    case QuestionType::spin_problem: return ui::tr("SPIN: problem");
    case QuestionType::spin_implication: return ui::tr("SPIN: implication");
    case QuestionType::spin_need_payoff: return ui::tr("SPIN: need-payoff");
    }
    return "";
}

ui::PromptStyle prompt_style(PromptKind k) {
    switch (k) {
    case PromptKind::cue: return ui::PromptStyle::cue;
    case PromptKind::question: return ui::PromptStyle::question;
    default: return ui::PromptStyle::tip;
    }
}

std::vector<ui::CodeName> entries(const std::vector<Entry>& list, Lang lang) {
    std::vector<ui::CodeName> out;
    out.reserve(list.size());
    for (const Entry& e : list) out.push_back({e.code, e.name.in(lang)});
    return out;
}

const Stage* find_stage(const Playbook& pb, const std::string& code) {
    for (const Stage& s : pb.stages)
        if (s.code == code) return &s;
    return nullptr;
}

ui::VisitDetail detail_of(const Visit& v, const Playbook& pb, const Currency& currency, Lang lang, Timestamp now) {
    ui::VisitDetail d;
    d.id = v.id();
    std::size_t current = 0;
    for (std::size_t i = 0; i < pb.stages.size(); ++i)
        if (pb.stages[i].code == v.current_stage()) current = i;
    for (std::size_t i = 0; i < pb.stages.size(); ++i) {
        bool entered = false;
        for (const VisitEvent& e : v.timeline())
            entered = entered || (e.kind == EventKind::stage_entered && e.code == pb.stages[i].code);
        d.stages.push_back({pb.stages[i].code, pb.stages[i].name.in(lang), entered && i != current, i == current});
    }
    if (const Stage* st = find_stage(pb, v.current_stage()))
        for (const Prompt& p : st->prompts)
            d.prompts.push_back({prompt_style(p.kind), p.question ? question_label(*p.question) : std::string(), p.text.in(lang)});
    for (const NeedGroup& g : pb.needs) {
        ui::NeedChips chips{std::string(need_field_name(g.field)), g.name.in(lang), g.kind == NeedKind::yes_no, -1, {}};
        if (chips.yes_no) {
            if (auto f = v.needs().flag(g.field)) chips.flag = *f ? 1 : 0;
        } else {
            const NeedAnswer& a = v.needs().get(g.field);
            for (const NeedOption& o : g.options) chips.options.push_back({o.code, o.name.in(lang), a.option == o.code});
        }
        d.needs.push_back(std::move(chips));
    }
    for (const Signal& s : pb.signals) {
        int count = 0;
        for (const VisitEvent& e : v.timeline()) count += (e.kind == EventKind::signal && e.code == s.code) ? 1 : 0;
        ui::SignalChip chip{s.code, s.name.in(lang), count};
        switch (s.group) {
        case SignalGroup::verbal: d.verbal.push_back(std::move(chip)); break;
        case SignalGroup::behavioural: d.behavioural.push_back(std::move(chip)); break;
        case SignalGroup::facial: d.facial.push_back(std::move(chip)); break;
        }
    }
    const std::vector<ObjectionState> raised = v.objections();
    for (const Objection& o : pb.objections) {
        ui::ObjectionChip chip{o.code, o.name.in(lang), false, false};
        for (const ObjectionState& st : raised) {
            if (st.code != o.code) continue;
            chip.raised = true;
            chip.resolved = st.resolved_at.has_value();  // the last raise wins
        }
        d.objections.push_back(std::move(chip));
    }
    for (const Entry& t : pb.techniques) {
        int count = 0;
        for (const VisitEvent& e : v.timeline()) count += (e.kind == EventKind::technique_used && e.code == t.code) ? 1 : 0;
        d.techniques.push_back({t.code, t.name.in(lang), count});
    }
    for (const VisitEvent& e : v.timeline()) {
        if (e.kind == EventKind::quote && e.amount) d.last_quote = format_money(*e.amount, currency, lang);
        if (e.kind == EventKind::note) d.notes.push_back(e.text);
    }
    d.quote_unit = 1;
    for (int i = 0; i < currency.exponent; ++i) d.quote_unit *= 10;
    d.currency_hint = std::string(currency.code);
    d.closing_methods = entries(pb.closing_methods, lang);
    d.lost_reasons = entries(pb.lost_reasons, lang);
    d.suggest_close = suggest_close(v, now, pb);
    for (const VisitEvent& e : v.timeline())
        if (e.kind == EventKind::closing_attempt) d.close_accepted = e.result == ClosingResult::accepted;
    return d;
}

}  // namespace

std::string elapsed_text(Timestamp from, Timestamp now) {
    const long long minutes = now > from ? (now - from) / 60'000 : 0;
    char buf[64];
    if (minutes < 60) std::snprintf(buf, sizeof buf, "%lld %s", minutes, ui::tr("min"));
    else std::snprintf(buf, sizeof buf, "%lld %s %02lld %s", minutes / 60, ui::tr("h"), minutes % 60, ui::tr("min"));
    return buf;
}

std::vector<ui::DateChip> follow_up_dates(Timestamp now, Lang lang) {
    std::vector<ui::DateChip> out;
    for (int days : {1, 3, 7, 14}) {
        const std::string date = local_day(now + static_cast<Timestamp>(days) * 86'400'000);  // YYYY-MM-DD
        const std::string mm = date.substr(5, 2), dd = date.substr(8, 2);
        std::string label;
        switch (lang) {
        case Lang::zh_CN:
        case Lang::zh_TW: label = std::to_string(std::stoi(mm)) + "月" + std::to_string(std::stoi(dd)) + "日"; break;
        case Lang::en: label = mm + "/" + dd; break;
        case Lang::ru:
        case Lang::vi: label = dd + "." + mm; break;
        }
        out.push_back({date, label + " (+" + std::to_string(days) + ")"});
    }
    return out;
}

ui::FloorView make_floor_view(const service::PosService& pos, const std::map<Id, std::string>& staff_names, Id selected) {
    ui::FloorView v;
    const Lang lang = pos.lang();
    const Timestamp now = pos.now();
    const Playbook& pb = pos.playbook();
    for (const Visit* visit : pos.open_visits()) {
        const auto staff = staff_names.find(visit->staff_id());
        const Stage* st = find_stage(pb, visit->current_stage());
        v.visits.push_back({visit->id(), staff == staff_names.end() ? std::string("#") + std::to_string(visit->staff_id()) : staff->second,
                            st ? st->name.in(lang) : visit->current_stage(), elapsed_text(visit->started_at(), now),
                            visit->party_size()});
        if (visit->id() == selected) v.detail = detail_of(*visit, pb, pos.settings().currency(), lang, now);
    }
    v.follow_up_dates = follow_up_dates(now, lang);
    return v;
}

}  // namespace pos::gui
