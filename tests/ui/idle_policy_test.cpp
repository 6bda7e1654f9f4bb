#include <doctest/doctest.h>

#include "platform/idle_policy.h"

using pos::platform::decide_wait;
using pos::platform::IdleConfig;
using pos::platform::IdleInputs;
using pos::platform::IdlePolicy;
using pos::platform::WaitDecision;
using Kind = WaitDecision::Kind;

TEST_CASE("idle policy renders a few frames after activity, then blocks") {
    const IdleConfig cfg{3, 0.0};
    CHECK(decide_wait({10.0, 10.0, 0, false, std::nullopt}, cfg) == WaitDecision{Kind::poll, 0.0});
    CHECK(decide_wait({10.0, 10.0, 2, false, std::nullopt}, cfg) == WaitDecision{Kind::poll, 0.0});
    CHECK(decide_wait({10.0, 10.0, 3, false, std::nullopt}, cfg) == WaitDecision{Kind::wait_forever, 0.0});
}

TEST_CASE("idle policy keeps rendering during the active time window") {
    const IdleConfig cfg{3, 0.25};
    CHECK(decide_wait({10.1, 10.0, 9, false, std::nullopt}, cfg).kind == Kind::poll);
    CHECK(decide_wait({10.3, 10.0, 9, false, std::nullopt}, cfg).kind == Kind::wait_forever);
}

TEST_CASE("idle policy wakes for the next deadline") {
    const IdleConfig cfg{3, 0.0};
    const WaitDecision d = decide_wait({10.0, 5.0, 3, false, 10.75}, cfg);
    CHECK(d.kind == Kind::wait_timeout);
    CHECK(d.seconds == doctest::Approx(0.75));
    CHECK(decide_wait({11.0, 5.0, 3, false, 10.75}, cfg) == WaitDecision{Kind::poll, 0.0});  // already due
}

TEST_CASE("idle policy never sleeps while animating") {
    CHECK(decide_wait({100.0, 0.0, 500, true, std::nullopt}).kind == Kind::poll);
    CHECK(decide_wait({100.0, 0.0, 500, true, 200.0}).kind == Kind::poll);
}

TEST_CASE("IdlePolicy counts frames from the last activity and keeps the earliest deadline") {
    IdlePolicy p(IdleConfig{3, 0.0});
    p.on_activity(1.0);
    for (int i = 0; i < 3; ++i) {
        CHECK(p.decide(1.0).kind == Kind::poll);
        p.on_frame_rendered();
    }
    CHECK(p.decide(1.0).kind == Kind::wait_forever);

    p.schedule(5.0);  // auto-lock
    p.schedule(2.0);  // clock tick: earlier wins
    p.schedule(3.0);
    CHECK(p.next_deadline() == 2.0);
    WaitDecision d = p.decide(1.5);
    CHECK(d.kind == Kind::wait_timeout);
    CHECK(d.seconds == doctest::Approx(0.5));

    CHECK_FALSE(p.expire_deadlines(1.9));
    CHECK(p.expire_deadlines(2.0));
    CHECK_FALSE(p.next_deadline().has_value());

    p.on_activity(4.0);  // a touch: three frames again
    CHECK(p.frames_since_activity() == 0);
    CHECK(p.decide(4.0).kind == Kind::poll);

    p.set_animating(true);
    for (int i = 0; i < 10; ++i) p.on_frame_rendered();
    CHECK(p.decide(9.0).kind == Kind::poll);
    p.set_animating(false);
    CHECK(p.decide(9.0).kind == Kind::wait_forever);
}
