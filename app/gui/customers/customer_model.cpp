#include "gui/customers/customer_model.h"

#include "core/common/time.h"
#include "core/order/order.h"
#include "core/sale/money.h"
#include "core/staff/permissions.h"
#include "ui/ui_env.h"

namespace pos::gui {
namespace {

// The playbook's name of a code (the code itself when the playbook does not know it).
template <class T>
std::string named(const T* entry, const std::string& code, Lang lang) {
    return entry ? entry->name.in(lang) : code;
}

std::string money(const service::PosService& pos, Minor amount) { return format_money(amount, pos.settings().currency(), pos.lang()); }

std::string join(const std::vector<std::string>& parts, const char* sep = ", ") {
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : sep) + p;
    return out;
}

std::string need_text(const Playbook& pb, const service::CarriedNeed& n, Lang lang) {
    const auto field = parse_need_field(n.field);
    const NeedGroup* g = field ? pb.find_need(*field) : nullptr;
    if (g == nullptr) return n.field + ": " + n.value;
    std::string value = n.value;
    if (n.value == "yes") value = ui::tr("Yes");
    else if (n.value == "no") value = ui::tr("No");
    else if (const NeedOption* o = g->find_option(n.value)) value = o->name.in(lang);
    return g->name.in(lang) + ": " + value;
}

ui::HistoryEntry visit_entry(const Playbook& pb, const service::VisitHistory& v, Lang lang) {
    ui::HistoryEntry e;
    e.when = v.day;
    e.headline = v.salesperson;
    if (!v.outcome.empty()) e.headline += "  ·  " + outcome_label(v.outcome);
    if (!v.lost_reason.empty()) e.headline += " (" + named(pb.find_lost_reason(v.lost_reason), v.lost_reason, lang) + ")";
    if (!v.follow_up_date.empty()) e.headline += " " + v.follow_up_date;
    std::vector<std::string> parts;
    for (const std::string& s : v.stages) parts.push_back(named(pb.find_stage(s), s, lang));
    if (!parts.empty()) e.lines.push_back(std::string(ui::tr("Stages")) + ": " + join(parts, " → "));
    parts.clear();
    for (const std::string& s : v.signals) parts.push_back(named(pb.find_signal(s), s, lang));
    if (!parts.empty()) e.lines.push_back(std::string(ui::tr("Signals")) + ": " + join(parts));
    parts.clear();
    for (const auto& o : v.objections)
        parts.push_back(named(pb.find_objection(o.code), o.code, lang) + (o.resolved ? std::string(" (") + ui::tr("resolved") + ")" : std::string()));
    if (!parts.empty()) e.lines.push_back(std::string(ui::tr("Objections")) + ": " + join(parts));
    parts.clear();
    for (const auto& c : v.closings)
        parts.push_back(named(pb.find_closing_method(c.method), c.method, lang) + " (" + (c.accepted ? ui::tr("Accepted") : ui::tr("Declined")) + ")");
    if (!parts.empty()) e.lines.push_back(std::string(ui::tr("Closing attempts")) + ": " + join(parts));
    return e;
}

}  // namespace

std::string outcome_label(const std::string& outcome) {
    if (outcome == "sold") return ui::tr("Sold");
    if (outcome == "lost") return ui::tr("Lost");
    if (outcome == "follow_up") return ui::tr("Follow-up");
    return outcome;
}

ui::CustomerRow customer_row(const CustomerFile& c, std::string detail) { return {c.id, c.name, c.phone, std::move(detail)}; }

std::vector<ui::CustomerRow> customer_rows(const std::vector<service::CustomerMatch>& matches) {
    std::vector<ui::CustomerRow> out;
    out.reserve(matches.size());
    for (const auto& m : matches)
        out.push_back(customer_row(m.customer, m.by == service::CustomerMatchKind::receipt ? ui::tr("Found by receipt") : std::string()));
    return out;
}

intent::CustomerFields fields_of(const CustomerFile& c) {
    return {c.name, c.phone, c.email, c.companions, c.job, c.current_product, c.plate, c.likes, c.buying_focus, c.notes, c.contact_consent};
}

ui::CustomerPageView make_customer_page(const service::PosService& pos, const service::CustomerHistory& h) {
    const Lang lang = pos.lang();
    const Playbook& pb = pos.playbook();
    const CustomerFile& c = h.customer;
    ui::CustomerPageView v;
    v.id = c.id;
    v.name = c.name;
    v.file = fields_of(c);
    v.today = local_day(pos.now());
    // The service lets the customers' own salesperson merge too; the page offers it to the roles
    // that may merge any two files.
    v.can_merge = pos.user() && role_allows(pos.user()->role, Action::merge_customers);
    const std::pair<const char*, const std::string*> fields[] = {
        {"Phone", &c.phone},           {"E-mail", &c.email}, {"Companions", &c.companions}, {"Current product or car", &c.current_product},
        {"Plate", &c.plate},           {"Job", &c.job},      {"Likes", &c.likes},           {"Buying focus", &c.buying_focus},
        {"Notes", &c.notes}};
    for (const auto& [label, text] : fields)
        if (!text->empty()) v.fields.push_back({ui::tr(label), *text});
    v.fields.push_back({ui::tr("May be contacted"), c.contact_consent ? ui::tr("Yes") : ui::tr("No")});

    ui::HistorySection visits{ui::tr("Visits"), {}};
    for (const auto& visit : h.visits) visits.entries.push_back(visit_entry(pb, visit, lang));
    ui::HistorySection quotes{ui::tr("Quotes"), {}};
    for (const auto& q : h.quotes)
        quotes.entries.push_back({local_day(q.at), q.amount ? money(pos, *q.amount) : std::string(ui::tr("Without a figure")), {}});
    ui::HistorySection sales{ui::tr("Sales and refunds"), {}};
    for (const auto& s : h.sales)
        sales.entries.push_back({s.day, std::string(s.refund ? ui::tr("Refund") : ui::tr("Sale")) + " " + std::to_string(s.receipt_no) + "  ·  " +
                                            money(pos, s.total), {}});
    ui::HistorySection orders{ui::tr("Orders"), {}};
    for (const auto& o : h.orders)
        orders.entries.push_back({o.day, std::string(ui::tr("Order")) + " " + std::to_string(o.order_no) + "  ·  " +
                                             ui::tr(order_states.label_msgid_of(o.state)) + "  ·  " + ui::tr("Balance") + " " +
                                             money(pos, o.balance()), {}});
    ui::HistorySection follow_ups{ui::tr("Follow-ups"), {}};
    for (const auto& f : h.follow_ups) {
        std::string head = f.follow_up.reason;
        if (f.follow_up.result) head += "  ·  " + std::string(ui::tr(follow_up_results.label_msgid_of(*f.follow_up.result)));
        if (!f.owner_name.empty()) head += "  ·  " + f.owner_name;
        follow_ups.entries.push_back({f.follow_up.due, head, {}});
    }
    v.history = {std::move(visits), std::move(quotes), std::move(sales), std::move(orders), std::move(follow_ups)};
    return v;
}

std::vector<std::string> last_time_lines(const service::PosService& pos, const service::LastTime& last) {
    std::vector<std::string> out;
    if (last.visit_id == 0 && last.last_objection.empty() && !last.last_quote) return out;
    const Lang lang = pos.lang();
    const Playbook& pb = pos.playbook();
    if (last.visit_id != 0) {
        out.push_back(last.day + "  ·  " + last.salesperson);
        std::string outcome = last.outcome.empty() ? std::string(ui::tr("Not ended")) : outcome_label(last.outcome);
        if (!last.lost_reason.empty()) outcome += ": " + named(pb.find_lost_reason(last.lost_reason), last.lost_reason, lang);
        out.push_back(std::string(ui::tr("Outcome")) + ": " + outcome);
    }
    for (const auto& n : last.needs) out.push_back(need_text(pb, n, lang));
    if (!last.last_objection.empty())
        out.push_back(std::string(ui::tr("Last objection")) + ": " + named(pb.find_objection(last.last_objection), last.last_objection, lang));
    if (last.last_quote) out.push_back(std::string(ui::tr("Last quote")) + ": " + money(pos, *last.last_quote));
    return out;
}

}  // namespace pos::gui
