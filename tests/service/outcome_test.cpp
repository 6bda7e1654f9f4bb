// What the service says happened: the typed events of each applied intent and the typed
// refusal (code, cause, detail) of a refused one, on a real temporary store. Pages and the
// device runtime act on these alone.
#include <doctest/doctest.h>

#include "core/sale/receipt_qr.h"
#include "service/admin_store.h"
#include "service/outcome.h"

using namespace pos;
using namespace pos::intent;
namespace ev = pos::service::event;

namespace {

service::Refusal refused(service::PosService& pos, const Intent& i) {
    auto reply = pos.try_apply(i);
    REQUIRE(std::holds_alternative<service::Refusal>(reply));
    return std::get<service::Refusal>(reply);
}

service::Outcome applied(service::PosService& pos, const Intent& i) {
    auto reply = pos.try_apply(i);
    if (const auto* r = std::get_if<service::Refusal>(&reply)) FAIL("refused: " << r->detail);
    return std::get<service::Outcome>(reply);
}

}  // namespace

TEST_CASE("a sale says what it did: lines added and changed, tenders, the sale with its receipt and its print job") {
    test::AdminStore s;
    service::PosService& pos = *s.pos;
    const auto login = applied(pos, Login{"Wei", "1234"});
    REQUIRE(login.find<ev::LoggedIn>());
    CHECK(login.find<ev::LoggedIn>()->staff == login.id);

    const auto scan = applied(pos, Scan{"6901234567892"});
    REQUIRE(scan.find<ev::CartChanged>());
    CHECK(scan.find<ev::CartChanged>()->what == ev::CartChange::line_added);
    const auto qty = applied(pos, SetQty{1, 2});
    CHECK(qty.find<ev::CartChanged>()->what == ev::CartChange::line_changed);
    const auto cash = applied(pos, AddTender{"cash", 1399800, 1400000, {}});
    CHECK(cash.find<ev::TendersChanged>());
    CHECK_FALSE(cash.find<ev::CartChanged>());

    const auto sale = applied(pos, CompleteSale{});
    const auto* committed = sale.find<ev::SaleCommitted>();
    REQUIRE(committed);
    CHECK(committed->sale == sale.id);
    CHECK(committed->receipt_no == sale.receipt_no);
    CHECK(committed->receipt_no >= 1);
    const auto* queued = sale.find<ev::PrintQueued>();
    REQUIRE(queued);
    CHECK(queued->job > 0);
    REQUIRE(pos.print_job_state(queued->job).has_value());

    // A copy is one more job; the refund is committed with its own receipt and job.
    const auto copy = applied(pos, Reprint{committed->receipt_no, false});
    REQUIRE(copy.find<ev::PrintQueued>());
    CHECK(copy.find<ev::PrintQueued>()->job != queued->job);
}

TEST_CASE("a scanned receipt QR code is a receipt, not a product: the cart is unchanged") {
    test::AdminStore s;
    service::PosService& pos = *s.pos;
    applied(pos, Login{"Wei", "1234"});
    applied(pos, Scan{"6901234567892"});
    applied(pos, AddTender{"cash", 699900, 699900, {}});
    const auto sale = applied(pos, CompleteSale{});

    for (const std::string& code : {receipt::receipt_qr_payload(sale.receipt_no), "]Q1" + receipt::receipt_qr_payload(sale.receipt_no) + "\r\n"}) {
        CAPTURE(code);
        const auto scan = applied(pos, Scan{code});
        REQUIRE(scan.find<ev::ReceiptScanned>());
        CHECK(scan.find<ev::ReceiptScanned>()->receipt_no == sale.receipt_no);
        CHECK_FALSE(scan.find<ev::CartChanged>());
        CHECK(pos.cart().empty());
    }
}

TEST_CASE("refusals are typed: unknown and unreadable codes, a needed approval, wrong PINs, a locked manager") {
    test::AdminStore s;
    service::PosService& pos = *s.pos;

    const auto bad_login = refused(pos, Login{"Wei", "0000"});
    CHECK(bad_login.code == Errc::permission_denied);
    CHECK(bad_login.cause == Cause::wrong_pin);
    CHECK_FALSE(pos.user().has_value());

    applied(pos, Login{"Wei", "1234"});
    const auto unknown = refused(pos, Scan{"4006381333931"});
    CHECK(unknown.code == Errc::not_found);
    CHECK(unknown.cause == Cause::unknown_barcode);
    CHECK(unknown.subject == "4006381333931");
    const auto unreadable = refused(pos, Scan{"4006381333932"});  // wrong check digit
    CHECK(unreadable.cause == Cause::unreadable_barcode);
    CHECK(unreadable.subject == "4006381333932");
    CHECK(pos.cart().empty());

    applied(pos, Scan{"6901234567892"});
    // 50 % is above a cashier's cap: the service says a manager's approval would let it through.
    const auto discount = refused(pos, LineDiscount{1, {true, 5000}, std::nullopt});
    CHECK(discount.code == Errc::permission_denied);
    CHECK(discount.needs_approval());
    const auto wrong = refused(pos, LineDiscount{1, {true, 5000}, ManagerApproval{"Olga", "0000", "damaged"}});
    CHECK(wrong.cause == Cause::wrong_pin);
    CHECK_FALSE(wrong.needs_approval());
    for (int k = 0; k < 5; ++k) (void)pos.try_apply(LineDiscount{1, {true, 5000}, ManagerApproval{"Olga", "0000", "damaged"}});
    const auto locked = refused(pos, LineDiscount{1, {true, 5000}, ManagerApproval{"Olga", "9999", "damaged"}});
    CHECK(locked.code == Errc::locked_out);
    CHECK(pos.totals().totals.total == 699900);  // nothing changed by any refusal

    // A rule, not an approval or a PIN: the cart cannot be paid before it is covered.
    const auto unpaid = refused(pos, CompleteSale{});
    CHECK(unpaid.code == Errc::invalid_state);
    CHECK(unpaid.cause == Cause::rule);
    CHECK(unpaid.detail.find("still due") != std::string::npos);
}
