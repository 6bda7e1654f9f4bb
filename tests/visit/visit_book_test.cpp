#include <doctest/doctest.h>

#include <vector>

#include "core/common/error.h"
#include "core/visit/playbook.h"
#include "core/visit/visit_book.h"

using namespace pos;

namespace {

constexpr Timestamp t0 = 1'790'000'000'000;
constexpr Timestamp sec = 1000;

std::vector<Id> ids(const std::vector<const Visit*>& vs) {
    std::vector<Id> out;
    for (const Visit* v : vs) out.push_back(v->id());
    return out;
}

}  // namespace

TEST_CASE("several visits are open at once") {
    const Playbook furniture = load_playbook(POS_ASSETS_DIR "/playbooks/furniture.json");
    const Playbook car = load_playbook(POS_ASSETS_DIR "/playbooks/car.json");
    VisitBook book;
    book.open(30, furniture, 7, 2, VisitSource::walk_in, t0 + 20 * sec);
    book.open(10, car, 9, 1, VisitSource::phone, t0);
    Visit& third = book.open(20, furniture, 7, 4, VisitSource::be_back, t0 + 10 * sec);
    CHECK(book.size() == 3);
    CHECK(ids(book.list_open()) == std::vector<Id>{10, 20, 30});  // oldest first
    CHECK(ids(book.list_open_for(7)) == std::vector<Id>{20, 30});

    // Each visit keeps its own state.
    third.enter_stage(furniture, "needs", t0 + 30 * sec, 7);
    book.get(10).enter_stage(car, "test_drive", t0 + 40 * sec, 9);
    CHECK(book.find(20)->current_stage() == "needs");
    CHECK(book.find(10)->current_stage() == "test_drive");
    CHECK(book.find(30)->current_stage() == "greeting");
    CHECK(book.find(99) == nullptr);
    CHECK_THROWS_WITH_AS(book.get(99), "no open visit 99", Error);
    CHECK_THROWS_WITH_AS(book.open(20, car, 9, 1, VisitSource::walk_in, t0), "visit 20 is already open", Error);

    // A visit leaves the book only once it has an outcome.
    CHECK_THROWS_WITH_AS(book.close(20), "visit 20 has no outcome yet (sold, lost or follow-up)", Error);
    book.get(20).lose(furniture, "just_browsing", t0 + 50 * sec, 7);
    CHECK(ids(book.list_open()) == std::vector<Id>{10, 30});
    const Visit done = book.close(20);
    CHECK(done.outcome()->lost_reason == "just_browsing");
    CHECK(book.size() == 2);
    CHECK(book.find(20) == nullptr);
    CHECK_THROWS_WITH_AS(book.close(20), "no open visit 20", Error);

    // Restoring an open visit from storage; closed ones are refused.
    Visit restored = Visit::start(40, car, 9, 1, VisitSource::internet, t0 + 60 * sec);
    book.adopt(restored);
    CHECK(ids(book.list_open_for(9)) == std::vector<Id>{10, 40});
    restored.sell(5, t0 + 70 * sec, 9);
    CHECK_THROWS_WITH_AS(book.adopt(restored), "visit 40 is already closed", Error);
}
