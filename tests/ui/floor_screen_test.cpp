#include <doctest/doctest.h>

#include <string>
#include <variant>

#include "core/intents/intents.h"
#include "core/visit/playbook.h"
#include "ui/floor_screen.h"
#include "ui/floor_sample.h"
#include "ui/headless.h"

using pos::intent::IntentQueue;
using pos::test::HeadlessUi;
using pos::test::furniture;
using pos::test::sample_floor_view;
using pos::ui::FloorTab;

namespace {

struct FloorFixture {
    explicit FloorFixture(pos::Lang lang = pos::Lang::en, ImVec2 display = {1024, 768}, float scale = 1.0f)
        : ui(lang, display, scale), view(sample_floor_view(lang)) {
        state.selected = 41;
        draw = [this] { pos::ui::draw_floor(view, state, sink); };
        ui.frame(draw);
    }
    HeadlessUi ui;
    pos::ui::FloorView view;
    pos::ui::FloorUiState state;
    IntentQueue sink;
    HeadlessUi::Draw draw;
};

template <typename T>
T only(IntentQueue& sink) {
    auto intents = sink.take();
    REQUIRE(intents.size() == 1);
    const T* t = std::get_if<T>(&intents[0]);
    REQUIRE(t != nullptr);
    return *t;
}

bool in_scrolled_list(const std::string& name) {
    for (const char* list : {"floor/stage/", "floor/visit/", "floor/need/", "floor/signal/", "floor/objection/", "floor/resolve/",
                             "floor/method/", "floor/lost/", "floor/date/", "floor/contact", "floor/kb/", "floor/technique/",
                             "floor/quote", "floor/note"})
        if (std::string_view(list).back() == '/' ? name.rfind(list, 0) == 0 : name == list) return true;
    return false;
}

// Every target drawn: at least 48 px, not cut at the left, right or top screen edge, and
// fully on screen and apart from the others unless it sits in a drag-scrolled list (stage
// rail, visit cards, the tab's section).
void check_targets(const HeadlessUi& ui, ImVec2 display, float scale) {
    const auto& items = ui.probe().items();
    REQUIRE(!items.empty());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto& a = items[i];
        CAPTURE(a.name);
        CHECK(a.height() >= 48.0f * scale - 0.01f);  // float rounding at 1.4x
        CHECK(a.width() >= 48.0f * scale - 0.01f);
        CHECK(a.min.x >= 0.0f);
        CHECK(a.min.y >= 0.0f);
        if (a.name.rfind("floor/stage/", 0) != 0) CHECK(a.max.x <= display.x);  // the rail scrolls sideways
        if (in_scrolled_list(a.name)) continue;
        CHECK(a.max.y <= display.y);
        for (std::size_t j = i + 1; j < items.size(); ++j) {
            const auto& b = items[j];
            if (in_scrolled_list(b.name)) continue;
            const bool overlap = a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
            CHECK_MESSAGE(!overlap, a.name << " overlaps " << b.name);
        }
    }
}

}  // namespace

TEST_CASE("new customer: party size 3, source be-back -> StartVisit{3, be_back}") {
    FloorFixture f;
    f.ui.tap("floor/new", f.draw);
    REQUIRE(f.state.new_customer);
    f.ui.frame(f.draw);  // the panel replaces the list from the next frame
    f.ui.tap("floor/new/plus", f.draw);
    f.ui.tap("floor/new/plus", f.draw);
    f.ui.tap("floor/new/plus", f.draw);
    f.ui.tap("floor/new/minus", f.draw);
    f.ui.tap("floor/new/source/be_back", f.draw);
    CHECK(f.sink.peek().empty());
    f.ui.tap("floor/new/start", f.draw);
    const auto start = only<pos::intent::StartVisit>(f.sink);
    CHECK(start.party_size == 3);
    CHECK(start.source == "be_back");
    CHECK_FALSE(f.state.new_customer);
    CHECK(f.state.party_size == 1);  // reset for the next customer
}

TEST_CASE("party size stays between 1 and the maximum; Cancel starts nothing") {
    FloorFixture f;
    f.ui.tap("floor/new", f.draw);
    f.ui.frame(f.draw);
    f.ui.tap("floor/new/minus", f.draw);
    CHECK(f.state.party_size == 1);
    f.ui.tap("floor/new/cancel", f.draw);
    CHECK_FALSE(f.state.new_customer);
    CHECK(f.sink.peek().empty());
}

TEST_CASE("tapping a visit card selects it; the stage rail emits EnterStage") {
    FloorFixture f;
    f.ui.tap("floor/visit/42", f.draw);
    CHECK(f.state.selected == 42);
    CHECK(f.ui.probe().find("floor/stage/demo") == nullptr);  // the app has not filled visit 42 yet
    f.ui.tap("floor/visit/41", f.draw);
    f.ui.tap("floor/stage/demo", f.draw);
    const auto enter = only<pos::intent::EnterStage>(f.sink);
    CHECK(enter.visit.id == 41);
    CHECK(enter.stage == "demo");
    f.ui.tap("floor/stage/needs", f.draw);  // the current stage: nothing to do
    CHECK(f.sink.peek().empty());
}

TEST_CASE("needs chips emit SetNeed with the option code or yes/no") {
    FloorFixture f;
    REQUIRE(f.state.tab == FloorTab::needs);
    const pos::NeedGroup* use = furniture().find_need(pos::NeedField::use);
    REQUIRE(use != nullptr);
    REQUIRE(!use->options.empty());
    f.ui.tap("floor/need/use/" + use->options[0].code, f.draw);
    const auto need = only<pos::intent::SetNeed>(f.sink);
    CHECK(need.visit.id == 41);
    CHECK(need.field == "use");
    CHECK(need.value == use->options[0].code);
    f.ui.tap("floor/need/gift/yes", f.draw);
    const auto gift = only<pos::intent::SetNeed>(f.sink);
    CHECK(gift.field == "gift");
    CHECK(gift.value == "yes");
}

TEST_CASE("a signal chip records the signal; signals sit in three columns") {
    FloorFixture f;
    f.ui.tap("floor/tab/signals", f.draw);
    f.ui.tap("floor/signal/touches_item", f.draw);
    const auto sig = only<pos::intent::RecordSignal>(f.sink);
    CHECK(sig.visit.id == 41);
    CHECK(sig.code == "touches_item");
    const float verbal = f.ui.item("floor/signal/asks_price").min.x;
    const float behavioural = f.ui.item("floor/signal/touches_item").min.x;
    const float facial = f.ui.item("floor/signal/long_gaze").min.x;
    CHECK(verbal < behavioural);
    CHECK(behavioural < facial);
}

TEST_CASE("objections: tap raises, a raised one offers Resolved") {
    FloorFixture f;
    f.ui.tap("floor/tab/objections", f.draw);
    CHECK(f.ui.probe().find("floor/resolve/quality") == nullptr);
    f.ui.tap("floor/objection/quality", f.draw);
    CHECK(only<pos::intent::RaiseObjection>(f.sink).type == "quality");
    f.ui.tap("floor/resolve/price", f.draw);  // price is raised in the sample
    const auto resolve = only<pos::intent::ResolveObjection>(f.sink);
    CHECK(resolve.visit.id == 41);
    CHECK(resolve.type == "price");
}

TEST_CASE("present: a technique chip, a quote typed in whole units, a typed note") {
    FloorFixture f;
    f.ui.tap("floor/tab/present", f.draw);
    const auto techniques = f.view.detail.techniques;
    REQUIRE(techniques.size() >= 2);
    f.ui.tap("floor/technique/" + techniques[1].code, f.draw);
    CHECK(only<pos::intent::UseTechnique>(f.sink).code == techniques[1].code);

    f.ui.tap("floor/quote", f.draw);
    f.ui.frame(f.draw);
    f.ui.tap("floor/quote_pad/ok", f.draw);  // nothing typed: OK is disabled
    CHECK(f.sink.peek().empty());
    for (const char* key : {"5", "4", "9", "9"}) f.ui.tap(std::string("floor/quote_pad/") + key, f.draw);
    f.ui.tap("floor/quote_pad/ok", f.draw);
    const auto quote = only<pos::intent::RecordQuote>(f.sink);
    CHECK(quote.visit.id == 41);
    CHECK(quote.amount == 549900);  // 5499 yuan in fen
    CHECK_FALSE(f.state.quoting);

    f.ui.frame(f.draw);
    f.ui.tap("floor/note", f.draw);
    REQUIRE(f.state.noting);
    f.ui.frame(f.draw);
    for (const char* key : {"shift", "v", "a", "n"}) f.ui.tap(std::string("floor/kb/") + key, f.draw);
    f.ui.tap("floor/kb/done", f.draw);
    CHECK(only<pos::intent::AddNote>(f.sink).text == "Van");
    CHECK_FALSE(f.state.noting);
    f.ui.frame(f.draw);
    f.ui.tap("floor/note", f.draw);
    f.ui.frame(f.draw);
    f.ui.tap("floor/kb/done", f.draw);  // an empty note is not sent
    CHECK(f.sink.peek().empty());
}

TEST_CASE("close: a method, then Accepted -> ClosingAttempt; then Go to checkout -> LinkVisit") {
    FloorFixture f;
    f.view.detail.suggest_close = true;
    f.ui.frame(f.draw);  // the banner moves the tabs down
    f.ui.tap("floor/tab/close", f.draw);
    f.ui.tap("floor/accepted", f.draw);  // no method chosen yet: disabled
    CHECK(f.sink.peek().empty());
    f.ui.tap("floor/method/closing_question", f.draw);
    f.ui.tap("floor/accepted", f.draw);
    const auto attempt = only<pos::intent::ClosingAttempt>(f.sink);
    CHECK(attempt.visit.id == 41);
    CHECK(attempt.method == "closing_question");
    CHECK(attempt.accepted);
    f.ui.tap("floor/method/conditional_close", f.draw);
    f.ui.tap("floor/declined", f.draw);
    const auto declined = only<pos::intent::ClosingAttempt>(f.sink);
    CHECK(declined.method == "conditional_close");
    CHECK_FALSE(declined.accepted);
    CHECK(f.ui.probe().find("floor/checkout") == nullptr);
    f.view.detail.close_accepted = true;
    f.ui.frame(f.draw);
    f.ui.tap("floor/checkout", f.draw);
    CHECK(only<pos::intent::LinkVisit>(f.sink).visit.id == 41);
}

TEST_CASE("not sold: nothing without a reason; with one -> EndVisitLost") {
    FloorFixture f;
    f.ui.tap("floor/tab/not_sold", f.draw);
    f.ui.tap("floor/end_lost", f.draw);
    CHECK(f.sink.peek().empty());
    f.ui.tap("floor/lost/just_browsing", f.draw);
    f.ui.tap("floor/visit/42", f.draw);  // another customer: the reason does not carry over
    CHECK(f.state.lost_reason.empty());
    f.ui.tap("floor/visit/41", f.draw);
    f.ui.frame(f.draw);
    f.ui.tap("floor/end_lost", f.draw);
    CHECK(f.sink.peek().empty());
    f.ui.tap("floor/lost/price_too_high", f.draw);
    f.ui.tap("floor/end_lost", f.draw);
    const auto lost = only<pos::intent::EndVisitLost>(f.sink);
    CHECK(lost.visit.id == 41);
    CHECK(lost.reason == "price_too_high");
}

TEST_CASE("follow-up: a date chip and a typed contact -> EndVisitFollowUp") {
    FloorFixture f;
    f.ui.tap("floor/tab/not_sold", f.draw);
    f.ui.tap("floor/mode/follow_up", f.draw);
    f.ui.tap("floor/date/2026-11-30", f.draw);
    f.ui.tap("floor/save_follow_up", f.draw);  // no contact yet
    CHECK(f.sink.peek().empty());
    f.ui.tap("floor/contact", f.draw);
    REQUIRE(f.state.typing);
    f.ui.frame(f.draw);  // the keyboard gets the whole screen from the next frame
    CHECK(f.ui.probe().find("floor/visit/41") == nullptr);
    for (const char* key : {"0", "9", "1", "2"}) f.ui.tap(std::string("floor/kb/") + key, f.draw);
    f.ui.tap("floor/kb/done", f.draw);
    CHECK_FALSE(f.state.typing);
    f.ui.tap("floor/save_follow_up", f.draw);
    const auto fu = only<pos::intent::EndVisitFollowUp>(f.sink);
    CHECK(fu.visit.id == 41);
    CHECK(fu.date == "2026-11-30");
    CHECK(fu.contact == "0912");
}

TEST_CASE("dragging the needs section scrolls it and sets no need") {
    FloorFixture f;
    f.ui.frame(f.draw);
    const auto before = f.ui.item("floor/need/user/family");
    const ImVec2 from = before.center();
    f.ui.drag(from, {from.x, from.y - 150.0f}, 5, f.draw);
    CHECK(f.ui.item("floor/need/user/family").min.y == doctest::Approx(before.min.y - 150.0f));
    CHECK(f.sink.peek().empty());
}

TEST_CASE("dragging the stage rail sideways scrolls it and enters no stage") {
    FloorFixture f;
    f.ui.frame(f.draw);
    const auto before = f.ui.item("floor/stage/presentation");
    const ImVec2 from = before.center();
    f.ui.drag(from, {from.x - 120.0f, from.y}, 4, f.draw);
    CHECK(f.ui.item("floor/stage/presentation").min.x < before.min.x - 60.0f);
    CHECK(f.sink.peek().empty());
}

TEST_CASE("every floor target is large and on screen, on every tab, language and size") {
    struct Screen {
        ImVec2 size;
        float scale;
    };
    for (const Screen screen : {Screen{{1024, 768}, 1.0f}, Screen{{1920, 1080}, 1.4f}}) {
        for (pos::Lang lang : pos::all_langs) {
            CAPTURE(pos::lang_code(lang));
            CAPTURE(screen.size.x);
            FloorFixture f(lang, screen.size, screen.scale);
            f.view.detail.suggest_close = true;
            f.view.message = "Visit 41 is already closed";
            f.ui.frame(f.draw);
            f.ui.frame(f.draw);
            check_targets(f.ui, screen.size, screen.scale);  // no customer linked: Link customer
            // A be-back: the customer and "last time" at the foot of the visit list.
            f.view.customer = {7, "Trần Thị Mai", "0903123456",
                               {"2026-11-18  ·  Lan", "Outcome: Lost: Price too high", "Room / use: Living room",
                                "Last objection: Price", "Last quote: ¥4,500.00"}};
            f.ui.frame(f.draw);
            for (const char* tab : {"needs", "present", "signals", "objections", "close", "not_sold"}) {
                CAPTURE(tab);
                f.ui.tap(std::string("floor/tab/") + tab, f.draw);
                f.ui.frame(f.draw);
                check_targets(f.ui, screen.size, screen.scale);
            }
            f.ui.tap("floor/tab/present", f.draw);
            f.ui.tap("floor/quote", f.draw);
            f.ui.frame(f.draw);
            check_targets(f.ui, screen.size, screen.scale);  // the quote keypad
            f.ui.tap("floor/quote_cancel", f.draw);
            f.ui.frame(f.draw);
            f.ui.tap("floor/note", f.draw);
            f.ui.frame(f.draw);
            check_targets(f.ui, screen.size, screen.scale);  // the note keyboard
            f.ui.tap("floor/kb/done", f.draw);
            f.ui.frame(f.draw);
            f.ui.tap("floor/tab/not_sold", f.draw);
            f.ui.tap("floor/mode/follow_up", f.draw);
            f.ui.tap("floor/contact", f.draw);
            f.ui.frame(f.draw);
            REQUIRE(f.state.typing);
            check_targets(f.ui, screen.size, screen.scale);
            f.ui.tap("floor/kb/done", f.draw);
            f.ui.frame(f.draw);
            REQUIRE_FALSE(f.state.typing);
            f.ui.tap("floor/new", f.draw);
            f.ui.frame(f.draw);
            check_targets(f.ui, screen.size, screen.scale);
            CHECK(f.ui.env().i18n->missing(lang) == std::vector<std::string>{});
        }
    }
}
