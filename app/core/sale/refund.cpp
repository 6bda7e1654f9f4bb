#include "core/sale/refund.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "core/common/error.h"

namespace pos {
namespace {

const RefundableLine& find(const RefundSource& src, int line_id) {
    for (const RefundableLine& l : src.lines)
        if (l.line_id == line_id) return l;
    throw Error(Errc::not_found, "line " + std::to_string(line_id) + " is not on sale " + std::to_string(src.sale_id));
}

// Pro-rata share of what is left; the last units take exactly the remainder.
Minor share(Minor whole, Minor already, int qty, int left_qty, int sold) {
    const Minor left = checked_sub(whole, already);
    if (qty == left_qty) return left;
    const Minor part = mul_div_round(whole, qty, sold);
    return std::clamp<Minor>(part, std::min<Minor>(0, left), std::max<Minor>(0, left));
}

// "Approval code" -> "approval code" (the reference's name inside a sentence; ASCII msgids).
std::string lowercase(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

RefundSource refund_source(const CompletedSale& sale, Id sale_id) {
    RefundSource src{sale_id, sale.currency_code(), {}};
    for (const SaleLine& l : sale.lines())
        src.lines.push_back(RefundableLine{l.item.line_id, l.item.product_id, l.item.sku, l.item.name, l.item.tax_rate_bp,
                                           l.item.qty, l.amounts.payable, l.amounts.tax, 0, 0, 0});
    return src;
}

Refund build_refund(const RefundSource& src, const std::vector<RefundItem>& items, const Actor& actor,
                    const std::optional<Approval>& approval, RefundTender tender) {
    const Currency& cur = currency(src.currency_code);
    if (items.empty()) throw Error(Errc::invalid_input, "choose at least one line to refund");
    const TenderKindInfo& rules = tender_info(tender.kind);
    if (!rules.refundable_to)
        throw Error(Errc::invalid_input, "a refund is paid back as " + tender_kinds.names_where([](const TenderKindInfo& k) {
                                             return k.refundable_to;
                                         }) + ", not as " + std::string(rules.name));
    if (rules.needs_reference &&
        std::all_of(tender.reference.begin(), tender.reference.end(), [](unsigned char c) { return std::isspace(c) != 0; }))
        throw Error(Errc::invalid_input, "a " + std::string(rules.name) + " refund needs its " + lowercase(rules.reference_msgid));
    if (!rules.needs_reference) tender.reference.clear();

    Refund r;
    r.sale_id = src.sale_id;
    r.currency_code = src.currency_code;
    std::set<int> seen;
    for (const RefundItem& it : items) {
        const RefundableLine& l = find(src, it.line_id);
        if (!seen.insert(it.line_id).second)
            throw Error(Errc::invalid_input, "line " + std::to_string(it.line_id) + " is listed twice");
        const int left = l.qty_sold - l.qty_refunded;
        if (it.qty <= 0) throw Error(Errc::invalid_input, "a refund quantity must be at least 1");
        if (it.qty > left)
            throw Error(Errc::invalid_input, "cannot refund " + std::to_string(it.qty) + " x " + l.name + ": " +
                                                 std::to_string(l.qty_sold) + " sold, " + std::to_string(left) +
                                                 " left to refund");
        RefundLine out{l.line_id, l.product_id, l.sku, l.name, l.tax_rate_bp, it.qty, 0, 0};
        out.payable = share(l.payable, l.payable_refunded, it.qty, left, l.qty_sold);
        out.tax = share(l.tax, l.tax_refunded, it.qty, left, l.qty_sold);
        r.total = checked_add(r.total, out.payable);
        r.tax_total = checked_add(r.tax_total, out.tax);
        r.item_count = checked_add(r.item_count, out.qty);
        add_to_breakdown(r.breakdown, out.tax_rate_bp, out.payable, out.tax);
        r.lines.push_back(std::move(out));
    }
    r.completes_sale = std::all_of(src.lines.begin(), src.lines.end(), [&](const RefundableLine& l) {
        const auto it = std::find_if(r.lines.begin(), r.lines.end(), [&](const RefundLine& x) { return x.line_id == l.line_id; });
        return l.qty_refunded + (it == r.lines.end() ? 0 : it->qty) == l.qty_sold;
    });
    r.tender = std::move(tender);
    r.refunded_by = actor.staff_id;
    if (auto used = authorize(Action::refund, actor, approval))
        r.override_record = OverrideRecord{Action::refund, 0, actor.staff_id, *used,
                                           "refund " + format_plain(r.total, cur) + " on sale " + std::to_string(src.sale_id)};
    return r;
}

Refund build_full_refund(const RefundSource& src, const Actor& actor, const std::optional<Approval>& approval,
                         RefundTender tender) {
    std::vector<RefundItem> items;
    for (const RefundableLine& l : src.lines)
        if (l.qty_sold > l.qty_refunded) items.push_back(RefundItem{l.line_id, l.qty_sold - l.qty_refunded});
    if (items.empty()) throw Error(Errc::invalid_state, "everything on sale " + std::to_string(src.sale_id) + " was already refunded");
    return build_refund(src, items, actor, approval, std::move(tender));
}

void apply_refund(RefundSource& src, const Refund& r) {
    if (r.sale_id != src.sale_id) throw Error(Errc::invalid_input, "the refund is for another sale");
    RefundSource next = src;
    for (const RefundLine& x : r.lines) {
        auto it = std::find_if(next.lines.begin(), next.lines.end(), [&](const RefundableLine& l) { return l.line_id == x.line_id; });
        if (it == next.lines.end()) throw Error(Errc::not_found, "line " + std::to_string(x.line_id) + " is not on the sale");
        if (it->qty_refunded + x.qty > it->qty_sold) throw Error(Errc::invalid_input, "refund is more than was sold");
        it->qty_refunded += x.qty;
        it->payable_refunded = checked_add(it->payable_refunded, x.payable);
        it->tax_refunded = checked_add(it->tax_refunded, x.tax);
    }
    src = std::move(next);
}

}  // namespace pos
