#pragma once
// Taking payment: tenders (the kinds in tender_kind.h) accumulated against a total due.
// Rules: several tenders may split a sale; amounts of a kind that may not exceed the due (card,
// voucher) may not exceed what is still due; cash may, and the excess is change. Change only
// ever comes from cash and is in minor units. A kind that needs a reference (card approval
// code, voucher number) is refused without one. A tender may be removed again until the sale
// is completed.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/types.h"
#include "core/sale/money.h"
#include "core/sale/tender_kind.h"

namespace pos {

struct Tender {
    TenderKind kind = TenderKind::cash;
    Minor amount = 0;       // applied to the sale, > 0
    Minor tendered = 0;     // cash handed over (>= amount); == amount for kinds that give no change
    std::string reference;  // card: approval code (required); voucher: voucher number (required); cash: empty
    Minor change() const noexcept { return tender_info(kind).may_exceed_due ? tendered - amount : 0; }
    bool operator==(const Tender&) const = default;
};

class Payment {
public:
    // total_due >= 0; a zero total is complete without any tender.
    Payment(Minor total_due, const Currency& cur);

    // Cash handed over: applies min(tendered, remaining due); the rest is change.
    const Tender& add_cash(Minor tendered);
    const Tender& add_card(Minor amount, std::string approval_code);
    const Tender& add_voucher(Minor amount, std::string voucher_number);
    // Generic form of the above (as stored or sent by a UI). A cash tender with change must
    // settle the whole remaining due. A card/voucher tendered of 0 is taken as == amount.
    const Tender& add(Tender t);
    void remove(std::size_t index);  // Error(not_found) on a bad index

    Minor total_due() const noexcept { return total_due_; }
    Minor paid() const noexcept { return paid_; }                  // sum of amounts
    Minor remaining_due() const noexcept { return total_due_ - paid_; }
    Minor change() const noexcept { return change_; }              // sum of cash change
    bool is_complete() const noexcept { return paid_ == total_due_; }
    const std::vector<Tender>& tenders() const noexcept { return tenders_; }
    const Currency& currency() const noexcept { return *cur_; }

private:
    Minor total_due_;
    const Currency* cur_;
    std::vector<Tender> tenders_;
    Minor paid_ = 0;
    Minor change_ = 0;
};

}  // namespace pos
