#include "core/sale/tender.h"

#include <algorithm>
#include <cctype>

#include "core/common/error.h"

namespace pos {
namespace {

bool blank(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

}  // namespace

Payment::Payment(Minor total_due, const Currency& cur) : total_due_(total_due), cur_(&cur) {
    if (total_due < 0) throw Error(Errc::invalid_input, "the amount due cannot be negative");
}

const Tender& Payment::add_cash(Minor tendered) {
    if (tendered <= 0) throw Error(Errc::invalid_input, "cash received must be more than zero");
    return add(Tender{TenderKind::cash, std::min(tendered, remaining_due()), tendered, {}});
}

const Tender& Payment::add_card(Minor amount, std::string approval_code) {
    return add(Tender{TenderKind::card, amount, amount, std::move(approval_code)});
}

const Tender& Payment::add_voucher(Minor amount, std::string voucher_number) {
    return add(Tender{TenderKind::voucher, amount, amount, std::move(voucher_number)});
}

const Tender& Payment::add(Tender t) {
    const Minor remaining = remaining_due();
    if (remaining <= 0) throw Error(Errc::invalid_state, "the sale is already fully paid");
    if (t.amount <= 0) throw Error(Errc::invalid_input, "a payment amount must be more than zero");
    const TenderKindInfo& rules = tender_info(t.kind);
    const std::string kind(rules.name);
    if (rules.needs_reference && blank(t.reference)) throw Error(Errc::invalid_input, std::string(rules.missing_reference));
    if (!rules.needs_reference) t.reference.clear();
    if (rules.may_exceed_due) {
        if (t.tendered < t.amount) throw Error(Errc::invalid_input, kind + " received is less than the amount applied");
        if (t.amount > remaining || (t.tendered > t.amount && t.amount != remaining))
            throw Error(Errc::invalid_input, kind + " applied " + format_plain(t.amount, *cur_) + " does not match the " +
                                                 format_plain(remaining, *cur_) + " still due");
    } else {
        if (t.tendered == 0) t.tendered = t.amount;
        if (t.tendered != t.amount) throw Error(Errc::invalid_input, "a " + kind + " payment cannot give change");
        if (t.amount > remaining)
            throw Error(Errc::invalid_input, kind + " amount " + format_plain(t.amount, *cur_) + " is more than the " +
                                                 format_plain(remaining, *cur_) + " still due; only cash can give change");
    }
    const Minor paid = checked_add(paid_, t.amount);
    const Minor change = checked_add(change_, checked_sub(t.tendered, t.amount));
    tenders_.push_back(std::move(t));
    paid_ = paid;
    change_ = change;
    return tenders_.back();
}

void Payment::remove(std::size_t index) {
    if (index >= tenders_.size()) throw Error(Errc::not_found, "no such payment to remove");
    paid_ -= tenders_[index].amount;
    change_ -= tenders_[index].change();
    tenders_.erase(tenders_.begin() + static_cast<std::ptrdiff_t>(index));
}

}  // namespace pos
