#include "receipt/receipt_data.h"

#include "core/common/error.h"
#include "db/sales.h"
#include "db/staff.h"

namespace pos::receipt {
namespace {

std::string staff_name(db::Connection& conn, Id id) {
    if (id == 0) return {};
    const auto row = db::get_staff(conn, id);
    return row ? row->name : "#" + std::to_string(id);
}

ReceiptData assemble(db::Connection& conn, db::SaleRecord sale) {
    ReceiptData d;
    d.store = service::load_settings(conn);
    d.staff_name = staff_name(conn, sale.staff_id);
    d.cashier_name = staff_name(conn, sale.cashier_id);
    if (sale.kind == "refund" && sale.refund_of != 0) {
        const auto original = db::load_sale(conn, sale.refund_of);
        if (!original) throw Error(Errc::not_found, "refund " + std::to_string(sale.id) + " names a missing sale");
        d.refund_of_receipt_no = original->receipt_no;
    }
    d.sale = std::move(sale);
    return d;
}

}  // namespace

ReceiptData load_receipt_data(db::Connection& conn, Id sale_id) {
    auto sale = db::load_sale(conn, sale_id);
    if (!sale) throw Error(Errc::not_found, "no sale with id " + std::to_string(sale_id));
    return assemble(conn, std::move(*sale));
}

ReceiptData load_receipt_data_by_receipt(db::Connection& conn, std::int64_t receipt_no) {
    auto sale = db::find_sale_by_receipt(conn, receipt_no);
    if (!sale) throw Error(Errc::not_found, "no sale with receipt number " + std::to_string(receipt_no));
    return assemble(conn, std::move(*sale));
}

}  // namespace pos::receipt
