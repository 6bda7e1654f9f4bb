// The read models of the stored sales, print jobs, staff and business days (the catalog's are
// in catalog_queries.cpp, the customers' in customer_queries.cpp). Rows from db/ are turned
// into the plain values of read_models.h here, so no page needs the database.
#include "db/day_closings.h"
#include "db/print_job_state.h"
#include "db/sales.h"
#include "db/staff.h"
#include "core/sale/tender_kind.h"
#include "service/pos_service.h"
#include "service/summary.h"

namespace pos::service {
namespace {

PrintJobStatus job_status(const std::string& s) {
    if (s == "pending") return PrintJobStatus::pending;
    if (s == "printing") return PrintJobStatus::printing;
    if (s == "done") return PrintJobStatus::done;
    if (s == "failed") return PrintJobStatus::failed;
    if (s == "skipped") return PrintJobStatus::skipped;
    throw Error(Errc::invalid_state, "print job with unknown status '" + s + "'");
}

}  // namespace

std::vector<StaffMember> PosService::staff(bool include_inactive) const {
    std::vector<StaffMember> out;
    for (const db::StaffRow& s : db::list_staff(conn_, !include_inactive)) {
        const auto role = parse_role(s.role);
        if (!role) throw Error(Errc::invalid_state, "staff member " + std::to_string(s.id) + " has an unknown role '" + s.role + "'");
        out.push_back({s.id, s.name, *role, s.active});
    }
    return out;
}

std::optional<ReceiptLookup> PosService::find_receipt(std::int64_t receipt_no) const {
    const auto rec = db::find_sale_by_receipt(conn_, receipt_no);
    if (!rec) return std::nullopt;
    ReceiptLookup r;
    r.receipt_no = rec->receipt_no;
    r.refund = rec->kind == "refund";
    r.created_at = rec->created_at;
    r.currency = rec->currency;
    r.total = rec->total;
    r.change_given = rec->change_given;
    for (const db::PaymentRow& p : rec->payments) r.paid_in_cash = r.paid_in_cash || kind_opens_drawer(p.kind);
    for (const db::SaleLineRow& l : rec->lines) r.lines.push_back({l.line_no, l.name, l.qty, l.refunded_qty, l.unit_price});
    return r;
}

std::optional<PrintJobState> PosService::print_job_state(Id job_id) const {
    const auto job = db::get_print_job_state(conn_, job_id);
    if (!job) return std::nullopt;
    return PrintJobState{job->id, job_status(job->status), job->error.value_or("")};
}

report::DaySummary PosService::day_summary(const std::string& day) const {
    return service::day_summary(conn_, day, playbook_, lang_);
}

std::optional<DayClosing> PosService::day_closing(const std::string& day) const {
    const auto c = db::get_day_closing(conn_, day);
    if (!c) return std::nullopt;
    return DayClosing{c->cash_expected, c->cash_counted, c->variance, c->closed_at};
}

std::string PosService::store_path() const { return conn_.path(); }

}  // namespace pos::service
