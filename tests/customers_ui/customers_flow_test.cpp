// The customer picker by touch: a customer created at the checkout is linked to the cart and the
// order can then be taken; a phone that is already stored offers use or merge; a be-back found
// on the floor shows "last time" and opens the customer page; a manager merges two stored files
// from the customer page.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/sale/money.h"
#include "customers_fixture.h"

using pos::test::CustomersFixture;
using pos::test::Reply;
using pos::test::only;
namespace intent = pos::intent;
namespace ev = pos::service::event;
namespace ui = pos::ui;

namespace {

bool has_line(const std::vector<std::string>& lines, const std::string& text) {
    return std::find(lines.begin(), lines.end(), text) != lines.end();
}

// New customer on the open picker: name and phone typed on the keyboard.
void fill_new(CustomersFixture& f, const std::string& name, const std::string& phone) {
    CHECK(f.tap("customer/new").empty());
    CHECK(f.tap("customer/field/name").empty());
    f.type("customer/kb", name);
    CHECK(f.tap("customer/field/phone").empty());
    f.type("customer/kb", phone);
}

}  // namespace

TEST_CASE("a customer created at the checkout is linked to the cart, and Take as order then takes it") {
    CustomersFixture f(pos::Lang::en, {1024.0f, 768.0f}, "Wei", "1234");
    REQUIRE(f.shell(intent::AddItem{"SOFA-1", 1}).ok);
    f.show("terminal");
    CHECK(f.tap("checkout/take_order").empty());
    REQUIRE(f.checkout.ui_state().order.open);
    CHECK(f.checkout.view().customer_id == 0);

    // The dialog offers the picker; a new customer is typed and saved with the cart.
    CHECK(f.tap("checkout/order/find_customer").empty());
    auto& picker = f.checkout.desk().picker();
    REQUIRE(picker.open);
    CHECK(picker.link == ui::CustomerLink::cart);
    fill_new(f, "le van an", "0912 000 111");
    CHECK(picker.file.name == "le van an");
    const Reply saved = only(f.tap("customer/save"));
    REQUIRE_MESSAGE(saved.ok, saved.refusal.detail);
    const auto* created = saved.outcome.find<ev::CustomerSaved>();
    REQUIRE(created != nullptr);
    CHECK(created->created);
    REQUIRE(saved.outcome.find<ev::CustomerLinked>() != nullptr);
    CHECK_FALSE(picker.open);
    CHECK(f.pos.cart().customer_id() == created->customer);
    CHECK(f.pos.customer(created->customer)->phone == "0912000111");

    // Back in the still open order dialog with the customer: a pickup next Friday, the minimum deposit.
    f.frame();
    REQUIRE(f.checkout.ui_state().order.open);
    CHECK(f.checkout.view().customer_id == created->customer);
    CHECK(f.tap("checkout/order/pickup").empty());
    CHECK(f.tap("checkout/order/day/2026-11-27").empty());
    CHECK(f.tap("checkout/order/step/deposit").empty());
    const Reply taken = only(f.tap("checkout/order/keypad/ok"));
    REQUIRE_MESSAGE(taken.ok, taken.refusal.detail);
    CHECK(taken.outcome.find<ev::OrderTaken>() != nullptr);
    CHECK_FALSE(f.checkout.ui_state().order.open);
}

TEST_CASE("a phone already stored offers the stored customer: back, use it as stored, or merge into it") {
    CustomersFixture f(pos::Lang::en, {1024.0f, 768.0f}, "Wei", "1234");
    REQUIRE(f.shell(intent::AddItem{"LAMP-1", 1}).ok);
    f.show("terminal");
    CHECK(f.tap("checkout/link").empty());
    CHECK(f.tap("checkout/link/find_customer").empty());
    auto& picker = f.checkout.desk().picker();
    REQUIRE(picker.open);
    fill_new(f, "mai", "0903 123 456");

    const Reply dup = only(f.tap("customer/save"));
    CHECK_FALSE(dup.ok);
    CHECK(dup.refusal.cause == pos::Cause::duplicate_phone);
    CHECK(picker.open);
    CHECK(picker.mode == ui::PickerMode::duplicate);
    CHECK(picker.duplicate_of == f.customer);
    f.frame();
    REQUIRE(f.checkout.desk().picker_view().existing);
    CHECK(f.checkout.desk().picker_view().existing->name == "Trần Thị Mai");
    CHECK(f.pos.cart().customer_id() == 0);

    // Back to the form, an e-mail added, then merged: the stored file gets it, keeps its id and is linked.
    CHECK(f.tap("customer/back").empty());
    CHECK(picker.mode == ui::PickerMode::form);
    CHECK(f.tap("customer/field/email").empty());
    f.type("customer/kb", "mai@example.vn");
    CHECK(only(f.tap("customer/save")).refusal.cause == pos::Cause::duplicate_phone);
    const Reply merged = only(f.tap("customer/merge"));
    REQUIRE_MESSAGE(merged.ok, merged.refusal.detail);
    CHECK_FALSE(merged.outcome.find<ev::CustomerSaved>()->created);
    CHECK(merged.outcome.find<ev::CustomerSaved>()->customer == f.customer);
    CHECK(f.pos.cart().customer_id() == f.customer);
    CHECK(f.pos.customer(f.customer)->email == "mai@example.vn");
    CHECK(f.pos.customer(f.customer)->name == "mai");  // what was typed now wins
    CHECK_FALSE(picker.open);

    // Use keeps the stored file as it is.
    CHECK(f.tap("checkout/link").empty());
    CHECK(f.tap("checkout/link/find_customer").empty());
    fill_new(f, "someone", "0903123456");
    CHECK(only(f.tap("customer/save")).refusal.cause == pos::Cause::duplicate_phone);
    const Reply used = only(f.tap("customer/use"));
    REQUIRE_MESSAGE(used.ok, used.refusal.detail);
    CHECK(used.outcome.find<ev::CustomerSaved>()->customer == f.customer);
    CHECK(f.pos.customer(f.customer)->name == "mai");
}

TEST_CASE("a be-back found on the floor by phone shows last time, with the last objection and quote, and opens the customer page") {
    CustomersFixture f;
    const pos::Id mai = f.earlier_visit();
    const pos::Id back = f.ok(intent::StartVisit{2, "be_back", "", ""});
    f.show("floor");
    REQUIRE(f.floor.state().selected == back);
    CHECK(f.floor.customer().id == 0);

    CHECK(f.tap("floor/customer/link").empty());
    auto& picker = f.floor.desk().picker();
    REQUIRE(picker.open);
    CHECK(picker.link == ui::CustomerLink::visit);
    CHECK(picker.visit == back);
    f.type("customer/kb", "0912", false);
    REQUIRE(f.floor.desk().picker_view().results.size() == 1);
    const Reply linked = only(f.tap("customer/result/" + std::to_string(mai)));
    REQUIRE_MESSAGE(linked.ok, linked.refusal.detail);
    CHECK(linked.outcome.find<ev::VisitCustomerLinked>()->customer == mai);
    CHECK_FALSE(picker.open);

    f.frame();
    const ui::VisitCustomer& c = f.floor.customer();
    CHECK(c.id == mai);
    CHECK(c.name == "Mai Anh");
    CHECK(c.phone == "0912345678");
    CHECK(has_line(c.last_time, "2026-11-20  ·  Lan"));
    CHECK(has_line(c.last_time, "Outcome: Lost: Price too high"));
    CHECK(has_line(c.last_time, "Last objection: Price"));
    CHECK(has_line(c.last_time, "Last quote: " + pos::format_money(450000, f.pos.settings().currency(), pos::Lang::en)));
    const bool carried = std::any_of(c.last_time.begin(), c.last_time.end(), [](const std::string& l) { return l.rfind("Room / use: ", 0) == 0; });
    CHECK_MESSAGE(carried, c.last_time.size());

    // The customer page: the file and both visits, newest first, with Edit.
    CHECK(f.tap("floor/customer/file").empty());
    CHECK(f.floor.desk().file() == mai);
    const ui::CustomerPageView& page = f.floor.desk().page_view();
    REQUIRE(page.history.size() == 5);
    REQUIRE(page.history[0].entries.size() == 2);
    CHECK(page.history[0].entries[1].headline == "Lan  ·  Lost (Price too high)");
    REQUIRE(page.history[1].entries.size() == 1);  // the quote
    CHECK(f.tap("customer_page/edit").empty());
    REQUIRE(picker.open);
    CHECK(picker.editing == mai);
    CHECK(f.tap("customer/field/likes").empty());
    f.type("customer/kb", "grey fabric");
    const Reply edited = only(f.tap("customer/save"));
    REQUIRE_MESSAGE(edited.ok, edited.refusal.detail);
    CHECK(f.pos.customer(mai)->likes == "grey fabric");
    CHECK(f.pos.customer(mai)->phone == "0912345678");
    CHECK_FALSE(picker.open);
    CHECK(f.floor.desk().file() == mai);  // back on the page
    CHECK(f.tap("customer_page/back").empty());
    CHECK_FALSE(f.floor.desk().open());
}

TEST_CASE("a manager merges two stored customer files from the customer page; a floor salesperson has no Merge with") {
    CustomersFixture f;  // Lan, on the floor
    const pos::Id mai = f.earlier_visit();  // Mai Anh 0912345678: a visit, a quote, lost on price
    f.ok(intent::AddItem{"SOFA-1", 2});
    f.ok(intent::LinkCustomer{mai});
    f.ok(intent::AddTender{"cash", 1400000, 1400000, {}});
    f.ok(intent::CompleteSale{});
    f.ok(intent::AddFollowUp{mai, "", "2026-11-25", "delivery date"});
    // The same person typed again another day, without the phone.
    intent::SaveCustomer again;
    again.file.name = "Mrs Mai Anh";
    again.file.likes = "oak";
    const pos::Id kept = f.ok(again);

    f.show("floor");
    f.floor.desk().open_file(kept);
    f.frame();
    CHECK(f.floor.desk().file() == kept);
    CHECK_FALSE(f.probe_missing("customer_page/add_follow_up"));
    CHECK(f.probe_missing("customer_page/merge"));

    f.ok(intent::Login{"Olga", "9999"});
    f.frame();
    REQUIRE_FALSE(f.probe_missing("customer_page/merge"));
    CHECK(f.tap("customer_page/merge").empty());
    auto& picker = f.floor.desk().picker();
    REQUIRE(picker.open);
    CHECK(picker.link == ui::CustomerLink::merge);
    CHECK(picker.keep == kept);
    CHECK(f.probe_missing("customer/new"));
    f.type("customer/kb", "mai");  // Done: the keyboard gives the results its room
    REQUIRE(f.floor.desk().picker_view().results.size() == 3);  // the two files and Trần Thị Mai
    CHECK(f.probe_missing("customer/result/" + std::to_string(kept)));  // not with itself
    CHECK_FALSE(f.probe_missing("customer/result/" + std::to_string(f.customer)));
    CHECK(f.tap("customer/result/" + std::to_string(mai)).empty());
    CHECK(picker.mode == ui::PickerMode::merge);
    f.frame();
    const ui::CustomerPickerView& confirm = f.floor.desk().picker_view();
    REQUIRE(confirm.keep);
    REQUIRE(confirm.other);
    CHECK(confirm.keep->name == "Mrs Mai Anh");
    CHECK(confirm.other->name == "Mai Anh");
    CHECK(confirm.other->phone == "0912345678");

    const Reply merged = only(f.tap("customer/confirm_merge"));
    REQUIRE_MESSAGE(merged.ok, merged.refusal.detail);
    const auto* event = merged.outcome.find<ev::CustomersMerged>();
    REQUIRE(event != nullptr);
    CHECK(event->kept == kept);
    CHECK(event->merged == mai);
    CHECK_FALSE(picker.open);
    CHECK(f.floor.desk().file() == kept);
    const ui::CustomerPageView& page = f.floor.desk().page_view();
    CHECK(page.id == kept);
    CHECK(page.name == "Mrs Mai Anh");
    CHECK(page.file.phone == "0912345678");  // filled from the merged file
    REQUIRE(page.history.size() == 5);
    CHECK(page.history[0].entries.size() == 1);  // the visit
    CHECK(page.history[1].entries.size() == 1);  // the quote
    CHECK(page.history[2].entries.size() == 1);  // the sale
    REQUIRE(page.history[4].entries.size() == 1);
    CHECK(page.history[4].entries[0].headline == "delivery date  ·  Lan");
    CHECK(f.pos.customer(mai)->id == kept);
}

TEST_CASE("a merge the service refuses (two different phones) is shown in the confirmation and nothing is merged") {
    CustomersFixture f(pos::Lang::en, {1024.0f, 768.0f}, "Olga", "9999");
    const pos::Id mai = f.earlier_visit();
    f.show("floor");
    f.floor.desk().open_file(f.customer);
    f.frame();
    CHECK(f.tap("customer_page/merge").empty());
    f.type("customer/kb", "0912", false);
    CHECK(f.tap("customer/result/" + std::to_string(mai)).empty());
    const Reply refused = only(f.tap("customer/confirm_merge"));
    CHECK_FALSE(refused.ok);
    auto& picker = f.floor.desk().picker();
    CHECK(picker.open);
    CHECK(picker.mode == ui::PickerMode::merge);
    CHECK(picker.error.find("different phone numbers") != std::string::npos);
    CHECK(f.pos.customer(mai)->id == mai);
    CHECK(f.tap("customer/back").empty());
    CHECK(picker.mode == ui::PickerMode::search);
    CHECK(f.tap("customer/cancel").empty());
    CHECK(f.floor.desk().file() == f.customer);
}
