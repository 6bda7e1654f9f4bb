// Every touch target of the customer screens (the picker with results and with its keyboard,
// the form and its keyboard, the duplicate choice, the customer page with its Add follow-up
// panel and the reason's keyboard, the floor's be-back panel, My follow-ups with the day choice,
// everyone's with Reassign, a manager's customer page with Merge with…, the search for the file
// to merge and the merge confirmation with a refusal): at least 48 px, inside
// the screen, below the top bar and apart from the others (outside the drag-scrolled lists), in
// all five languages at 1024x768 and 1920x1080.
#include <doctest/doctest.h>

#include "customers_fixture.h"

using pos::test::CustomersFixture;
namespace intent = pos::intent;
namespace ui = pos::ui;

namespace {

bool starts(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

// Targets inside a drag-scrolled list may lie under its edge; they are checked for size only.
bool in_scrolled_list(const std::string& name) {
    if (starts(name, "customer/result/") || starts(name, "customer/file/") || starts(name, "customer/field/") ||
        name == "customer/consent" || starts(name, "floor/visit/"))
        return true;
    return starts(name, "follow_ups/") && name.size() > 11 && name[11] >= '0' && name[11] <= '9';
}

// On the floor only the left column's targets are this screen's (the floor's own layout test
// checks the visit's tabs and sections).
bool checked_here(const std::string& name) {
    return !starts(name, "floor/") || starts(name, "floor/customer/") || starts(name, "floor/new") || starts(name, "floor/visit/");
}

void check_targets(const CustomersFixture& f, ImVec2 display, const char* state) {
    const std::string state_name = state;
    CAPTURE(state_name);
    const auto& items = f.ui.probe().items();
    REQUIRE(!items.empty());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto& a = items[i];
        if (!checked_here(a.name)) continue;
        CAPTURE(a.name);
        CHECK(a.height() >= 48.0f - 0.01f);
        CHECK(a.width() >= 48.0f - 0.01f);
        CHECK(a.min.x >= 0.0f);
        CHECK(a.max.x <= display.x + 0.01f);
        if (in_scrolled_list(a.name)) continue;
        CHECK(a.min.y >= 110.0f);  // below the shell's top bar
        CHECK(a.max.y <= display.y + 0.01f);
        for (std::size_t j = i + 1; j < items.size(); ++j) {
            const auto& b = items[j];
            if (in_scrolled_list(b.name) || !checked_here(b.name)) continue;
            const bool overlap = a.min.x < b.max.x - 0.5f && b.min.x < a.max.x - 0.5f && a.min.y < b.max.y - 0.5f && b.min.y < a.max.y - 0.5f;
            CHECK_MESSAGE(!overlap, a.name << " overlaps " << b.name);
        }
    }
}

void check_all_states(pos::Lang lang, ImVec2 display) {
    CAPTURE(pos::lang_code(lang));
    CAPTURE(display.x);
    CustomersFixture f(lang, display);
    const auto show = [&](const char* state) {
        f.frame();
        f.frame();
        check_targets(f, display, state);
    };
    const pos::Id mai = f.earlier_visit();
    const pos::Id back = f.ok(intent::StartVisit{1, "be_back", "", ""});
    f.show("floor");
    REQUIRE(f.floor.state().selected == back);
    show("floor, no customer");
    f.ok(intent::LinkVisitCustomer{{back, {}}, mai});
    show("floor, be-back panel");

    auto& picker = f.floor.desk().picker();
    f.floor.desk().open_picker(ui::CustomerLink::visit, back);
    picker.query = "0912";
    show("picker with its keyboard");
    picker.typing_query = false;
    show("picker results");
    picker.mode = ui::PickerMode::form;
    picker.file.name = "Nguyễn Văn Bình Minh";
    picker.file.phone = "0912345678";
    picker.error = "the phone 0912345678 belongs to customer 2 (Mai Anh): merge the two customers instead";
    show("form");
    picker.typing = ui::CustomerField::notes;
    show("form keyboard");
    picker.typing = ui::CustomerField::none;
    picker.mode = ui::PickerMode::duplicate;
    picker.duplicate_of = mai;
    picker.error.clear();
    show("duplicate");
    picker = ui::CustomerPickerState{};
    f.floor.desk().open_file(mai);
    show("customer page");
    auto& draft = f.floor.desk().page_state().follow_up;
    draft.open = true;
    draft.day = "2026-11-24";
    draft.reason = "call Mrs Li about the fabric samples for the corner sofa and the matching armchair, after the new collection";
    draft.error = "a follow-up date in the past: 2026-11-19 (today is 2026-11-22)";
    show("add follow-up");
    draft.typing = true;
    show("follow-up reason keyboard");
    f.floor.desk().page_state() = ui::CustomerPageState{};
    f.floor.desk().open_file(0);

    const pos::Id call = f.ok(intent::AddFollowUp{mai, "", "2026-11-22", "bring the fabric samples"});
    f.ok(intent::AddFollowUp{f.customer, "", "2026-11-30", "delivery date"});
    f.show("follow_ups");
    show("my follow-ups");
    f.follow_ups.ui_state().choosing_day = call;
    show("next day");
    f.ok(intent::Login{"Olga", "9999"});
    f.ok(intent::SetTarget{"Olga", "2026-11", 5000000, 12});
    f.follow_ups.ui_state().choosing_day = 0;
    f.follow_ups.ui_state().reassigning = call;
    show("everyone's, reassigning");

    f.show("floor");
    f.floor.desk().open_file(mai);
    show("customer page, manager");
    ui::open_customer_merger(picker, mai);
    picker.query = "Mai";
    show("merge search with its keyboard");
    picker.typing_query = false;
    show("merge search results");
    picker.mode = ui::PickerMode::merge;
    picker.merge_other = f.customer;
    picker.error = "the two customers have different phone numbers (0912345678, 0903123456)";
    show("merge confirmation");
}

}  // namespace

TEST_CASE("every customer screen target is large, on screen and apart, in every language at 1024x768") {
    for (pos::Lang lang : pos::all_langs) check_all_states(lang, {1024.0f, 768.0f});
}

TEST_CASE("every customer screen target is large, on screen and apart, in every language at 1920x1080") {
    for (pos::Lang lang : pos::all_langs) check_all_states(lang, {1920.0f, 1080.0f});
}
