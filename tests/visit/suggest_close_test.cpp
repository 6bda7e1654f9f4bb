#include <doctest/doctest.h>

#include "core/visit/playbook.h"
#include "core/visit/visit.h"

using namespace pos;

namespace {

const Playbook& furniture() {
    static const Playbook pb = load_playbook(POS_ASSETS_DIR "/playbooks/furniture.json");
    return pb;
}

constexpr Timestamp t0 = 1'790'000'000'000;
constexpr Timestamp sec = 1000;
constexpr Id anna = 7;

Visit fresh() { return Visit::start(1, furniture(), anna, 1, VisitSource::walk_in, t0); }

}  // namespace

TEST_CASE("two different closing signals within three minutes suggest a close") {
    const Playbook& pb = furniture();
    Visit v = fresh();
    CHECK_FALSE(suggest_close(v, t0, pb));
    v.record_signal(pb, "asks_price", t0 + 10 * sec, anna);
    CHECK_FALSE(suggest_close(v, t0 + 10 * sec, pb));
    v.record_signal(pb, "keeps_nodding", t0 + 70 * sec, anna);
    CHECK(suggest_close(v, t0 + 70 * sec, pb));
    // The window is inclusive: exactly 3 minutes after the older signal still counts.
    CHECK(suggest_close(v, t0 + 190 * sec, pb));
    CHECK_FALSE(suggest_close(v, t0 + 190 * sec + 1, pb));
    // Signals recorded after `now` do not count.
    CHECK_FALSE(suggest_close(v, t0 + 69 * sec, pb));
}

TEST_CASE("approach cues and repeated taps do not suggest a close") {
    const Playbook& pb = furniture();
    Visit v = fresh();
    v.record_signal(pb, "long_gaze", t0 + 1 * sec, anna);      // approach cue
    v.record_signal(pb, "meets_eyes", t0 + 2 * sec, anna);     // approach cue
    v.record_signal(pb, "keeps_nodding", t0 + 3 * sec, anna);  // closing
    v.record_signal(pb, "keeps_nodding", t0 + 4 * sec, anna);  // same closing signal again
    CHECK_FALSE(suggest_close(v, t0 + 5 * sec, pb));
    v.record_signal(pb, "silent_thoughtful", t0 + 6 * sec, anna);
    CHECK(suggest_close(v, t0 + 6 * sec, pb));
}

TEST_CASE("a closing attempt resets the suggestion") {
    const Playbook& pb = furniture();
    Visit v = fresh();
    v.record_signal(pb, "asks_price", t0 + 1 * sec, anna);
    v.record_signal(pb, "asks_quantity", t0 + 2 * sec, anna);
    CHECK(suggest_close(v, t0 + 3 * sec, pb));
    v.attempt_close(pb, "narrow_choice", ClosingResult::declined, t0 + 4 * sec, anna);
    CHECK_FALSE(suggest_close(v, t0 + 5 * sec, pb));
    v.record_signal(pb, "asks_price", t0 + 6 * sec, anna);
    CHECK_FALSE(suggest_close(v, t0 + 7 * sec, pb));
    v.record_signal(pb, "stops_asking", t0 + 8 * sec, anna);
    CHECK(suggest_close(v, t0 + 9 * sec, pb));
    v.sell(3, t0 + 10 * sec, anna);
    CHECK_FALSE(suggest_close(v, t0 + 10 * sec, pb));  // closed visits never suggest
}
