// After the sale: returns and refunds, reprints, the "no sale" drawer opening and the
// end-of-day close with the cash count.
#include <nlohmann/json.hpp>

#include "core/common/time.h"
#include "core/sale/refund.h"
#include "db/day_closings.h"
#include "db/journal.h"
#include "db/overrides.h"
#include "db/print_jobs.h"
#include "db/sales.h"
#include "service/handlers.h"
#include "service/summary.h"

namespace pos::service {
namespace {

db::SaleRecord find_receipt(db::Connection& conn, std::int64_t receipt_no) {
    auto rec = db::find_sale_by_receipt(conn, receipt_no);
    if (!rec) throw Error(Errc::not_found, "no receipt number " + std::to_string(receipt_no));
    return *rec;
}

// What can still be refunded of a stored sale: quantities and exact amounts already returned.
RefundSource refund_source_of(db::Connection& conn, const db::SaleRecord& rec) {
    RefundSource src;
    src.sale_id = rec.id;
    src.currency_code = rec.currency;
    std::map<Id, std::pair<Minor, Minor>> refunded;  // original line row id -> (payable, tax) back
    for (Id rid : rec.refund_ids)
        if (auto r = db::load_sale(conn, rid))
            for (const auto& l : r->lines) {
                auto& acc = refunded[l.refund_of_line];
                acc.first -= l.payable;  // stored negative
                acc.second -= l.tax;
            }
    for (const auto& l : rec.lines) {
        RefundableLine r;
        r.line_id = l.line_no;
        r.product_id = l.product_id;
        r.sku = l.sku;
        r.name = l.name;
        r.tax_rate_bp = l.tax_rate_bp;
        r.qty_sold = static_cast<int>(l.qty);
        r.payable = l.payable;
        r.tax = l.tax;
        r.qty_refunded = static_cast<int>(l.refunded_qty);
        r.payable_refunded = refunded[l.id].first;
        r.tax_refunded = refunded[l.id].second;
        src.lines.push_back(std::move(r));
    }
    return src;
}

}  // namespace

Outcome Handlers::operator()(const intent::Refund& i) {
    const Actor actor = s.require_user();
    const db::SaleRecord rec = find_receipt(s.conn_, i.receipt_no);
    if (rec.kind != "sale") throw Error(Errc::invalid_input, "receipt " + std::to_string(i.receipt_no) + " is itself a refund");
    const auto kind = parse_tender_kind(i.tender);
    if (!kind) throw Error(Errc::invalid_input, "unknown tender '" + i.tender + "' (" +
                                                   tender_kinds.names_where([](const TenderKindInfo& k) { return k.refundable_to; }) + ")");
    const RefundSource src = refund_source_of(s.conn_, rec);
    const auto appr = approval(i.approval);
    const RefundTender tender{*kind, i.reference};
    std::vector<RefundItem> items;
    for (const auto& l : i.lines) items.push_back({l.line, l.qty});
    const pos::Refund r = items.empty() ? build_full_refund(src, actor, appr, tender) : build_refund(src, items, actor, appr, tender);

    const Timestamp now = s.now();
    db::SaleDraft d;
    d.kind = "refund";
    d.refund_of = rec.id;
    d.customer_id = rec.customer_id;
    d.staff_id = actor.staff_id;
    d.cashier_id = actor.staff_id;
    d.created_at = now;
    d.day = local_day(now);
    d.currency = rec.currency;
    d.tax_mode = rec.tax_mode;
    d.subtotal = -r.total;
    d.tax_total = -r.tax_total;
    d.total = -r.total;
    int n = 0;
    for (const RefundLine& rl : r.lines) {
        const auto& orig = rec.lines.at(static_cast<std::size_t>(rl.line_id - 1));
        db::SaleLineRow row;
        row.line_no = ++n;
        row.product_id = rl.product_id;
        row.sku = rl.sku;
        row.name = rl.name;
        row.qty = -rl.qty;
        row.list_price = orig.list_price;
        row.unit_price = orig.unit_price;
        row.tax_rate_bp = rl.tax_rate_bp;
        row.tax = -rl.tax;
        row.payable = -rl.payable;
        row.refund_of_line = orig.id;
        d.lines.push_back(std::move(row));
    }
    d.payments.push_back({std::string(tender_kind_name(r.tender.kind)), -r.total, -r.total, r.tender.reference});
    for (const TaxRow& t : r.breakdown) d.taxes.push_back({t.rate_bp, -t.base, -t.tax});
    if (r.override_record)
        d.overrides.push_back({std::string(action_name(Action::refund)), 0, actor.staff_id, r.override_record->approval.manager_id,
                               r.override_record->approval.reason, r.override_record->detail, now});

    db::Transaction tx(s.conn_);
    const db::CommittedSale committed = db::commit_sale(s.conn_, d, std::nullopt);
    if (r.override_record)
        s.journal(db::journal::k_override, committed.sale_id,
                  nlohmann::json{{"action", "refund"}, {"requested_by", actor.staff_id},
                                 {"approved_by", r.override_record->approval.manager_id},
                                 {"reason", r.override_record->approval.reason}}
                      .dump());
    tx.commit();
    s.last_commit_ = last_commit_of(committed);
    return {"refund " + std::to_string(committed.sale_id) + " receipt " + std::to_string(committed.receipt_no) + " of receipt " +
                std::to_string(i.receipt_no) + ": " + money(r.total) + " back in " + std::string(tender_kind_name(r.tender.kind)),
            committed.sale_id, committed.receipt_no,
            {event::RefundCommitted{committed.sale_id, committed.receipt_no, i.receipt_no}, event::PrintQueued{committed.print_job_id}}};
}

Outcome Handlers::operator()(const intent::Reprint& i) {
    s.require_user();
    const db::SaleRecord rec = find_receipt(s.conn_, i.receipt_no);
    const Id job = db::enqueue_print_job(s.conn_, rec.id, i.gift ? PrintJobKind::gift : PrintJobKind::copy, std::nullopt, s.now());
    return {std::string(i.gift ? "gift receipt" : "copy") + " of receipt " + std::to_string(i.receipt_no) + " queued (job " +
                std::to_string(job) + ")",
            job, i.receipt_no, {event::PrintQueued{job}}};
}

Outcome Handlers::operator()(const intent::OpenDrawer& i) {
    const Actor actor = s.require_user();
    const auto appr = authorize(Action::no_sale_drawer, actor, approval(i.approval));
    db::Transaction tx(s.conn_);
    nlohmann::json payload{{"reason", "no sale"}};
    if (appr) {
        payload["approved_by"] = appr->manager_name;
        db::insert_override(s.conn_, {std::string(action_name(Action::no_sale_drawer)), 0, actor.staff_id, appr->manager_id, appr->reason,
                                      "no sale", s.now()});
        s.journal(db::journal::k_override, 0,
                  nlohmann::json{{"action", "no_sale_drawer"}, {"requested_by", actor.staff_id}, {"approved_by", appr->manager_id},
                                 {"reason", appr->reason}}
                      .dump());
    }
    s.journal(db::journal::k_drawer_open, 0, payload.dump());
    tx.commit();
    return {"cash drawer opened (no sale)", 0, 0, {event::DrawerRequested{}}};
}

Outcome Handlers::operator()(const intent::CloseDay& i) {
    const Actor actor = s.require_user();
    const auto appr = authorize(Action::day_close, actor, approval(i.approval));
    const std::string day = i.date.empty() ? local_day(s.now()) : i.date;
    if (!is_valid_date(day)) throw Error(Errc::invalid_input, "not a date: '" + day + "' (use YYYY-MM-DD)");
    if (db::get_day_closing(s.conn_, day)) throw Error(Errc::conflict, "day " + day + " is already closed");
    const report::DaySummary summary = day_summary(s.conn_, day, s.playbook_, s.lang_);
    Minor counted = 0;
    nlohmann::json counts = nlohmann::json::object();
    for (const auto& [denom, pieces] : i.counts) {
        counted = checked_add(counted, checked_mul(denom, pieces));
        counts[format_plain(denom, s.settings_.currency())] = pieces;
    }
    const Minor expected = summary.cash.expected;
    db::DayClosingRow row;
    row.day = day;
    row.closed_by = actor.staff_id;
    row.closed_at = s.now();
    row.cash_expected = expected;
    row.cash_counted = counted;
    row.variance = counted - expected;
    row.counts_json = counts.dump();
    db::Transaction tx(s.conn_);
    const Id id = db::insert_day_closing(s.conn_, row);
    if (appr) {
        db::insert_override(s.conn_, {std::string(action_name(Action::day_close)), 0, actor.staff_id, appr->manager_id, appr->reason,
                                      "close " + day, s.now()});
        s.journal(db::journal::k_override, id,
                  nlohmann::json{{"action", "day_close"}, {"requested_by", actor.staff_id}, {"approved_by", appr->manager_id},
                                 {"reason", appr->reason}}
                      .dump());
    }
    s.journal(db::journal::k_day_close, id,
              nlohmann::json{{"day", day}, {"expected", expected}, {"counted", counted}, {"variance", counted - expected},
                             {"sales", summary.sales_count}, {"revenue", summary.revenue}}
                  .dump());
    const Id job = db::enqueue_print_job(s.conn_, 0, PrintJobKind::z_report, std::nullopt, s.now());
    tx.commit();
    return {"day " + day + " closed: expected " + money(expected) + ", counted " + money(counted) + ", variance " +
                money(counted - expected),
            id, 0, {event::DayClosed{day}, event::PrintQueued{job}}};
}

}  // namespace pos::service
