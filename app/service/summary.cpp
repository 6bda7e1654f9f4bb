#include "service/summary.h"

#include "db/period_summary.h"

namespace pos::service {

db::SummaryContext summary_context(const Playbook& pb, Lang lang) {
    db::SummaryContext ctx;
    for (std::size_t i = 0; i < pb.stages.size(); ++i) ctx.stage_index[pb.stages[i].code] = static_cast<int>(i);
    const auto index_of = [&](Milestone m) {
        const Stage* st = pb.milestone_stage(m);
        return st ? ctx.stage_index[st->code] : -1;
    };
    ctx.engaged_index = index_of(Milestone::engaged);
    ctx.demo_index = index_of(Milestone::demo);
    ctx.quote_index = index_of(Milestone::quote);
    // Demonstration techniques (experiential, comparative, performance demos) count as a demo
    // even when the demo stage itself was not entered.
    for (const Technique& t : pb.techniques)
        if (t.code.find("demo") != std::string::npos) ctx.demo_techniques.push_back(t.code);
    const Playbook* book = &pb;
    ctx.label = [book, lang](std::string_view kind, const std::string& code) -> std::string {
        const Text* t = nullptr;
        if (kind == "stage") {
            if (const Stage* s = book->find_stage(code)) t = &s->name;
        } else if (kind == "signal") {
            if (const Signal* s = book->find_signal(code)) t = &s->name;
        } else if (kind == "objection") {
            if (const Objection* o = book->find_objection(code)) t = &o->name;
        } else if (kind == "closing") {
            if (const ClosingMethod* c = book->find_closing_method(code)) t = &c->name;
        } else if (kind == "lost") {
            if (const LostReason* r = book->find_lost_reason(code)) t = &r->name;
        }
        return t ? t->in(lang) : code;
    };
    return ctx;
}

report::DaySummary day_summary(db::Connection& conn, const std::string& day, const Playbook& pb, Lang lang) {
    return db::load_day_summary(conn, day, summary_context(pb, lang));
}

report::PeriodSummary period_summary(db::Connection& conn, const report::DayRange& range, const Playbook& pb, Lang lang) {
    return db::load_period_summary(conn, range, summary_context(pb, lang));
}

}  // namespace pos::service
