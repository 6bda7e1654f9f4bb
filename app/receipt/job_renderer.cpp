#include "receipt/job_renderer.h"

#include "core/common/time.h"
#include "core/print/print_job_kind.h"
#include "db/day_closings.h"
#include "receipt/order_receipt.h"
#include "receipt/receipt_data.h"
#include "receipt/receipt_layout.h"
#include "receipt/receipt_render.h"
#include "receipt/z_report_layout.h"
#include "service/assets.h"
#include "service/order_queries.h"
#include "service/store_settings.h"
#include "service/summary.h"

namespace pos::receipt {

std::vector<std::uint8_t> render_print_job(db::Connection& conn, const db::PrintJobRow& job, const escpos::Profile& profile) {
    const service::StoreSettings settings = service::load_settings(conn);
    const auto kind = parse_print_job_kind(job.kind);
    if (!kind) throw Error(Errc::invalid_input, "print job " + std::to_string(job.id) + " has an unknown kind '" + job.kind + "'");
    const PrintJobKindInfo& info = print_job_kinds[*kind];
    if (info.from_sale) {
        const ReceiptData data = load_receipt_data(conn, job.sale_id);
        const ReceiptOptions options = receipt_options_for(profile, info.marked_copy);
        const escpos::Document doc = info.gift ? gift_receipt(data, options) : sale_receipt(data, options);
        return encode_receipt(doc, profile, settings.lang);
    }
    switch (*kind) {
        case PrintJobKind::order_receipt: {
            const service::OrderReceiptData data = service::load_order_receipt(conn, job.order_payment_id);
            const OrderPrintOptions options{profile.columns_a, profile.drawer};
            return encode_receipt(order_payment_receipt(data, settings, options), profile, settings.lang);
        }
        case PrintJobKind::z_report:
            // The close-day intent queues the Z report in the same transaction as the closing,
            // with the same time: that closing is the one to print.
            for (const db::DayClosingRow& c : db::list_day_closings(conn, 31)) {
                if (c.closed_at != job.created_at) continue;
                const Playbook pb = load_playbook(service::playbooks_dir() + "/" + settings.profile + ".json");
                const report::DaySummary summary = service::day_summary(conn, c.day, pb, settings.lang);
                return encode_receipt(z_report(summary, {settings.lang, profile.columns_a}), profile, settings.lang);
            }
            throw Error(Errc::not_found, "no day closing for Z report job " + std::to_string(job.id));
        default:
            throw Error(Errc::invalid_input, "print job " + std::to_string(job.id) + " (" + job.kind + ") has no bytes to print");
    }
}

}  // namespace pos::receipt
