// Paying, returns, reprints and the no-sale drawer opening on the checkout page, applied to a
// real store: one sale with two payments and the change, a refund sale, a copy print job.
#include <doctest/doctest.h>

#include <variant>

#include "checkout_fixture.h"
#include "db/print_jobs.h"
#include "db/sales.h"

using pos::test::Applied;
using pos::test::CheckoutFixture;
using pos::test::as;
using pos::test::last;
using pos::test::type_digits;
namespace intent = pos::intent;

namespace {

// A cash sale of one sofa through the shell: receipt 1.
void sell_sofa(CheckoutFixture& f) {
    REQUIRE(f.shell(intent::AddItem{"SOFA-1", 2}).ok);
    REQUIRE(f.shell(intent::AddTender{"cash", 1399800, 1399800, {}}).ok);
    const Applied sale = f.shell(intent::CompleteSale{});
    REQUIRE(sale.ok);
    REQUIRE(sale.result.receipt_no == 1);
    f.frame();
}

void approve(CheckoutFixture& f, const char* pin) {
    f.tap("checkout/override/manager/" + f.staff_key("Olga"));
    f.tap("checkout/override/reason/5");
    type_digits(f, "checkout/override/pin", pin);
}

}  // namespace

TEST_CASE("split tender: card with its approval code, then cash with change; Pay commits one sale with two payments") {
    CheckoutFixture f;
    f.tap("checkout/cat/1");
    f.tap("checkout/product/SOFA-1");  // 6999.00
    f.tap("checkout/pay");
    REQUIRE(f.page.ui_state().panel == pos::ui::CheckoutPanel::pay);
    CHECK(f.page.ui_state().amount_digits == "699900");
    f.tap("checkout/tender/kind/card");
    f.tap("checkout/tender/keypad/clear");
    type_digits(f, "checkout/tender/keypad", "500000");
    // No approval code yet: Add is disabled, nothing is pushed.
    CHECK(f.tap("checkout/tender/keypad/ok").empty());
    f.tap("checkout/tender/field/reference");
    type_digits(f, "checkout/tender/keypad", "123456");
    const auto card = f.tap("checkout/tender/keypad/ok");
    REQUIRE(card.size() == 1);
    const auto& c = as<intent::AddTender>(card[0]);
    CHECK(c.kind == "card");
    CHECK(c.amount == 500000);
    CHECK(c.reference == "123456");
    REQUIRE(card[0].ok);
    f.frame();
    CHECK(f.page.ui_state().amount_digits == "199900");  // the rest is offered next

    f.tap("checkout/tender/kind/cash");
    // Quick amounts for 1999.00 CNY: exact, then 2000 (notes of 1..100 all round to it).
    const auto cash = f.tap("checkout/tender/quick/1");
    REQUIRE(cash.size() == 1);
    CHECK(as<intent::AddTender>(cash[0]).kind == "cash");
    CHECK(as<intent::AddTender>(cash[0]).tendered == 200000);
    REQUIRE(cash[0].ok);
    CHECK(f.page.view().change_minor == 100);
    CHECK(f.page.view().change == "¥1.00");
    CHECK(f.page.view().payment_complete);
    CHECK(f.page.view().tenders.size() == 2);

    const auto paid = f.tap("checkout/tender/finish");
    REQUIRE(paid.size() == 1);
    CHECK(std::holds_alternative<intent::CompleteSale>(paid[0].intent));
    REQUIRE(paid[0].ok);
    f.frame();
    const auto rec = pos::db::find_sale_by_receipt(f.conn, paid[0].result.receipt_no);
    REQUIRE(rec.has_value());
    CHECK(rec->kind == "sale");
    CHECK(rec->total == 699900);
    REQUIRE(rec->payments.size() == 2);
    CHECK(rec->payments[0].kind == "card");
    CHECK(rec->payments[0].reference == "123456");
    CHECK(rec->payments[1].kind == "cash");
    CHECK(rec->payments[1].amount == 199900);
    CHECK(rec->change_given == 100);
    // The receipt panel shows the change large and the print job.
    CHECK(f.page.ui_state().panel == pos::ui::CheckoutPanel::done);
    REQUIRE(f.page.view().last.has_value());
    CHECK(f.page.view().last->change == "¥1.00");
    CHECK(f.page.view().last->receipt_no == rec->receipt_no);
    CHECK(f.page.view().last->print != pos::ui::PrintStatus::none);
    CHECK(f.pos.cart().empty());
}

TEST_CASE("a removed tender is taken off; Back is only possible without tenders") {
    CheckoutFixture f;
    f.tap("checkout/cat/0");
    f.tap("checkout/product/LAMP-1");
    f.tap("checkout/pay");
    f.tap("checkout/tender/keypad/clear");
    type_digits(f, "checkout/tender/keypad", "10000");
    REQUIRE(last(f.tap("checkout/tender/keypad/ok")).ok);
    CHECK(f.pos.payment()->tenders().size() == 1);
    CHECK(f.page.view().remaining_minor == 39900);
    const auto removed = f.tap("checkout/tender/taken/remove1");
    CHECK(as<intent::RemoveTender>(last(removed)).index == 1);
    CHECK_FALSE(f.pos.payment().has_value());
    f.tap("checkout/tender/kind/back");
    CHECK(f.page.ui_state().panel == pos::ui::CheckoutPanel::catalog);
}

TEST_CASE("refund by receipt number: pick a line and qty, the manager approves, a refund sale exists") {
    CheckoutFixture f;
    sell_sofa(f);
    f.tap("checkout/done/next");
    f.tap("checkout/tab/receipts");
    type_digits(f, "checkout/returns/receipt", "1");
    CHECK(f.tap("checkout/returns/receipt/ok").empty());
    f.frame();
    REQUIRE(f.page.view().refund.receipt_no == 1);
    REQUIRE(f.page.view().refund.lines.size() == 1);
    CHECK(f.page.view().refund.lines[0].qty_left == 2);
    f.tap("checkout/returns/rline/1/plus");
    CHECK(f.page.ui_state().refund_qty.at(1) == 1);
    CHECK(f.tap("checkout/returns/refund").empty());  // a cashier needs a manager for refunds
    REQUIRE(f.page.ui_state().dialog.open);
    approve(f, "9999");
    const auto refunded = f.tap("checkout/override/pin/ok");
    REQUIRE(refunded.size() == 1);
    const auto& r = as<intent::Refund>(refunded[0]);
    CHECK(r.receipt_no == 1);
    REQUIRE(r.lines.size() == 1);
    CHECK(r.lines[0].line == 1);
    CHECK(r.lines[0].qty == 1);
    CHECK(r.tender == "cash");
    REQUIRE(refunded[0].ok);
    const auto rec = pos::db::find_sale_by_receipt(f.conn, refunded[0].result.receipt_no);
    REQUIRE(rec.has_value());
    CHECK(rec->kind == "refund");
    CHECK(rec->total == -699900);
    CHECK_FALSE(f.page.ui_state().dialog.open);
    f.frame();
    CHECK(f.page.ui_state().panel == pos::ui::CheckoutPanel::done);
    REQUIRE(f.page.view().last.has_value());
    CHECK(f.page.view().last->refund);

    // The same receipt again: one sofa is left to return.
    f.tap("checkout/done/next");
    f.tap("checkout/tab/receipts");
    type_digits(f, "checkout/returns/receipt", "1");
    f.tap("checkout/returns/receipt/ok");
    f.frame();
    CHECK(f.page.view().refund.lines.at(0).qty_left == 1);
}

TEST_CASE("an unknown receipt number is a readable message; a scanned receipt QR opens the return") {
    CheckoutFixture f;
    f.tap("checkout/tab/receipts");
    type_digits(f, "checkout/returns/receipt", "42");
    f.tap("checkout/returns/receipt/ok");
    f.frame();
    CHECK(f.page.view().refund.error.find("42") != std::string::npos);
    CHECK(f.page.view().refund.lines.empty());

    sell_sofa(f);
    f.tap("checkout/done/next");
    const Applied scan = f.shell(intent::Scan{"]Q1POS-R:000001"});
    // Not a product: the service adds nothing and says a receipt was scanned; the page looks it up.
    REQUIRE(scan.ok);
    REQUIRE(scan.result.find<pos::service::event::ReceiptScanned>() != nullptr);
    CHECK(scan.result.find<pos::service::event::ReceiptScanned>()->receipt_no == 1);
    f.frame();
    f.frame();
    CHECK(f.page.ui_state().panel == pos::ui::CheckoutPanel::receipts);
    CHECK(f.page.ui_state().lookup_receipt == 1);
    REQUIRE(f.page.view().refund.lines.size() == 1);
    CHECK(f.pos.cart().empty());
}

TEST_CASE("reprint and gift receipt after a sale queue copy and gift print jobs") {
    CheckoutFixture f;
    sell_sofa(f);
    REQUIRE(f.page.ui_state().panel == pos::ui::CheckoutPanel::done);
    const auto copy = f.tap("checkout/done/reprint");
    REQUIRE(copy.size() == 1);
    CHECK(as<intent::Reprint>(copy[0]).receipt_no == 1);
    CHECK_FALSE(as<intent::Reprint>(copy[0]).gift);
    REQUIRE(copy[0].ok);
    const auto job = pos::db::get_print_job(f.conn, copy[0].result.id);
    REQUIRE(job.has_value());
    CHECK(job->kind == "copy");
    const auto gift = f.tap("checkout/done/gift");
    REQUIRE(gift.size() == 1);
    CHECK(as<intent::Reprint>(gift[0]).gift);
    CHECK(pos::db::get_print_job(f.conn, gift[0].result.id)->kind == "gift");
}

TEST_CASE("no sale: a cashier is refused without approval, the manager's approval opens the drawer") {
    CheckoutFixture f;
    f.tap("checkout/tab/receipts");
    CHECK(f.tap("checkout/returns/no_sale").empty());
    REQUIRE(f.page.ui_state().dialog.open);
    const Applied bare = f.shell(intent::OpenDrawer{std::nullopt});
    CHECK_FALSE(bare.ok);
    CHECK(bare.error.find("manager") != std::string::npos);
    f.frame();
    approve(f, "1234");  // Wei's own PIN is not Olga's
    const auto wrong = f.tap("checkout/override/pin/ok");
    CHECK_FALSE(last(wrong).ok);
    CHECK(f.page.ui_state().dialog.open);
    type_digits(f, "checkout/override/pin", "9999");
    const auto opened = f.tap("checkout/override/pin/ok");
    REQUIRE(opened.size() == 1);
    CHECK(std::holds_alternative<intent::OpenDrawer>(opened[0].intent));
    CHECK(opened[0].ok);
    CHECK_FALSE(f.page.ui_state().dialog.open);
}

TEST_CASE("the amount to pay follows the cart: a scan while paying puts the new due in the keypad") {
    CheckoutFixture f;
    f.tap("checkout/cat/1");
    f.tap("checkout/product/SOFA-1");  // 6999.00
    f.tap("checkout/pay");
    REQUIRE(f.page.ui_state().amount_digits == "699900");
    REQUIRE(f.shell(intent::AddItem{"SOFA-1", 1}).ok);  // the customer takes a second one
    f.frame();
    CHECK(f.page.ui_state().amount_digits == "1399800");
}

TEST_CASE("the drawer state comes from the printer's drawer switch when it reports one, else from what was sent") {
    CheckoutFixture f;
    REQUIRE(f.shell(intent::AddItem{"SOFA-1", 1}).ok);
    REQUIRE(f.shell(intent::AddTender{"cash", 699900, 700000, {}}).ok);
    REQUIRE(f.shell(intent::CompleteSale{}).ok);
    f.frame();
    pos::gui::CheckoutData data;
    pos::gui::DeviceSummary devices;
    const auto view_with = [&](std::optional<bool> sensor) {
        devices.drawer_open = sensor;
        data.after_intent = true;
        data.refresh(f.pos, devices, f.page.ui_state());
        return pos::gui::make_checkout_view(f.pos, data, f.page.ui_state());
    };
    const auto closed = view_with(false);
    REQUIRE(closed.last);
    CHECK_FALSE(closed.last->drawer_opened);  // the switch says closed, whatever was sent
    CHECK(view_with(true).last->drawer_opened);
    const auto unknown = view_with(std::nullopt);  // a cash receipt: opened once it has printed
    CHECK(unknown.last->drawer_opened == (unknown.last->print == pos::ui::PrintStatus::done));
}
