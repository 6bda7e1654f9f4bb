#include <doctest/doctest.h>

#include <variant>

#include "core/intents/intents.h"
#include "ui/headless.h"
#include "ui/login_screen.h"

using pos::intent::IntentQueue;
using pos::intent::Login;
using pos::intent::SetLanguage;
using pos::test::HeadlessUi;

namespace {

pos::ui::LoginView sample_view(pos::Lang lang = pos::Lang::en) {
    pos::ui::LoginView v;
    v.store_name = "Showroom Hà Nội";
    v.clock = "14:05";
    v.staff = {{7, "Anna", "floor"}, {8, "王小明", "cashier"}, {9, "Đặng Thị Hương", "manager"}, {12, "陳美玲", "floor"}};
    v.language = lang;
    return v;
}

struct LoginFixture {
    explicit LoginFixture(pos::Lang lang = pos::Lang::en, ImVec2 display = {1024, 768}, float scale = 1.0f)
        : ui(lang, display, scale), view(sample_view(lang)) {
        draw = [this] { pos::ui::draw_login(view, state, sink); };
        ui.frame(draw);
    }
    HeadlessUi ui;
    pos::ui::LoginView view;
    pos::ui::LoginUiState state;
    IntentQueue sink;
    HeadlessUi::Draw draw;
};

// Every touch target: big enough, inside the screen, not overlapping another.
void check_targets(const HeadlessUi& ui, ImVec2 display, float scale) {
    const auto& items = ui.probe().items();
    REQUIRE(!items.empty());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto& a = items[i];
        CAPTURE(a.name);
        CHECK(a.height() >= 48.0f * scale);
        CHECK(a.width() >= 48.0f * scale);
        CHECK(a.min.x >= 0.0f);
        CHECK(a.min.y >= 0.0f);
        CHECK(a.max.x <= display.x);
        CHECK(a.max.y <= display.y);
        if (a.name.rfind("login/pin/key/", 0) == 0) CHECK(a.height() >= 64.0f * scale);
        for (std::size_t j = i + 1; j < items.size(); ++j) {
            const auto& b = items[j];
            const bool overlap = a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
            CHECK_MESSAGE(!overlap, a.name << " overlaps " << b.name);
        }
    }
}

}  // namespace

TEST_CASE("tapping a staff tile, four digits and OK emits Login with the PIN") {
    LoginFixture f;
    CHECK(f.ui.probe().find("login/pin/key/ok") == nullptr);  // no keypad before choosing
    f.ui.tap("login/staff/8", f.draw);
    CHECK(f.state.selected == 8);
    for (const char* key : {"1", "2", "3", "4"}) f.ui.tap(std::string("login/pin/key/") + key, f.draw);
    CHECK(f.state.pin == "1234");
    CHECK(f.sink.peek().empty());
    f.ui.tap("login/pin/key/ok", f.draw);
    auto intents = f.sink.take();
    REQUIRE(intents.size() == 1);
    const auto* login = std::get_if<Login>(&intents[0]);
    REQUIRE(login != nullptr);
    CHECK(login->staff == "8");
    CHECK(login->pin == "1234");
    CHECK(f.state.pin.empty());  // ready for the next attempt
    CHECK(f.state.selected == 8);
}

TEST_CASE("the PIN keypad edits: backspace, clear, limit, OK disabled while empty") {
    LoginFixture f;
    f.ui.tap("login/staff/7", f.draw);
    f.ui.tap("login/pin/key/ok", f.draw);
    CHECK(f.sink.peek().empty());
    for (const char* key : {"5", "9", "back", "0"}) f.ui.tap(std::string("login/pin/key/") + key, f.draw);
    CHECK(f.state.pin == "50");
    f.ui.tap("login/pin/key/clear", f.draw);
    CHECK(f.state.pin.empty());
    for (int i = 0; i < 10; ++i) f.ui.tap("login/pin/key/7", f.draw);
    CHECK(f.state.pin == std::string(pos::ui::kMaxPinDigits, '7'));
    f.ui.tap("login/staff/9", f.draw);  // another person: start over
    CHECK(f.state.selected == 9);
    CHECK(f.state.pin.empty());
}

TEST_CASE("a staff member who disappears from the view is deselected") {
    LoginFixture f;
    f.ui.tap("login/staff/12", f.draw);
    f.ui.tap("login/pin/key/4", f.draw);
    f.view.staff.pop_back();
    f.ui.frame(f.draw);
    CHECK(f.state.selected == 0);
    CHECK(f.state.pin.empty());
    CHECK(f.ui.probe().find("login/pin/key/ok") == nullptr);
}

TEST_CASE("language buttons emit SetLanguage with the code") {
    LoginFixture f;
    f.ui.tap("login/lang/zh_TW", f.draw);
    f.ui.tap("login/lang/vi", f.draw);
    auto intents = f.sink.take();
    REQUIRE(intents.size() == 2);
    CHECK(std::get<SetLanguage>(intents[0]).lang == "zh_TW");
    CHECK(std::get<SetLanguage>(intents[1]).lang == "vi");
}

TEST_CASE("every login target is large, on screen and separate, in every language and size") {
    struct Screen {
        ImVec2 size;
        float scale;
    };
    for (const Screen screen : {Screen{{1024, 768}, 1.0f}, Screen{{1920, 1080}, 1.4f}}) {
        for (pos::Lang lang : pos::all_langs) {
            CAPTURE(pos::lang_code(lang));
            CAPTURE(screen.size.x);
            LoginFixture f(lang, screen.size, screen.scale);
            f.view.error = "Wrong PIN, 3 tries left";
            f.ui.tap("login/staff/9", f.draw);
            f.ui.frame(f.draw);
            check_targets(f.ui, screen.size, screen.scale);
            CHECK(f.ui.probe().find("login/pin/key/ok") != nullptr);
            CHECK(f.ui.probe().find("login/lang/ru") != nullptr);
            // Every string the screen drew has a translation.
            CHECK(f.ui.env().i18n->missing(lang) == std::vector<std::string>{});
        }
    }
}

TEST_CASE("the staff list scrolls by dragging, and the drag does not log anyone in") {
    LoginFixture f;
    for (int i = 0; i < 30; ++i) f.view.staff.push_back({100 + i, "Staff " + std::to_string(i), "floor"});
    f.ui.frame(f.draw);
    f.ui.frame(f.draw);  // the scrollbar appears: the layout must keep two columns
    CHECK(f.ui.item("login/staff/105").min.x > f.ui.item("login/staff/104").max.x);
    CHECK(f.ui.item("login/staff/105").min.y == f.ui.item("login/staff/104").min.y);
    const auto first = f.ui.item("login/staff/104");  // fifth row
    REQUIRE(first.min.y > 450.0f);
    const ImVec2 from = first.center();
    f.ui.drag(from, {from.x, from.y - 250.0f}, 5, f.draw);
    const auto after = f.ui.item("login/staff/104");
    CHECK(after.min.y == doctest::Approx(first.min.y - 250.0f));  // the list followed the finger
    // The finger ends on the same tile it started on, but it scrolled: nobody is chosen.
    CHECK(f.state.selected == 0);
}
