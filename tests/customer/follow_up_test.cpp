// Return visits: due days, buckets for "My follow-ups", one-step results and chaining.
#include <doctest/doctest.h>

#include "core/common/error.h"
#include "core/customer/follow_up.h"

using namespace pos;

TEST_CASE("a follow-up needs a customer, an owner and a due day that is not in the past") {
    const FollowUp f = new_follow_up(3, 2, "2026-12-07", "bring fabric samples", "2026-12-05");
    CHECK(f.customer_id == 3);
    CHECK(f.owner_id == 2);
    CHECK_FALSE(f.result.has_value());
    CHECK_THROWS_WITH_AS(new_follow_up(3, 2, "2026-12-04", "", "2026-12-05"), doctest::Contains("in the past"), Error);
    CHECK_THROWS_AS(new_follow_up(3, 2, "2026-13-01", "", "2026-12-05"), Error);
    CHECK_THROWS_AS(new_follow_up(0, 2, "2026-12-07", "", "2026-12-05"), Error);
    CHECK_THROWS_AS(new_follow_up(3, 0, "2026-12-07", "", "2026-12-05"), Error);
    CHECK_THROWS_AS(new_follow_up(3, 2, "2026-12-07", std::string(201, 'x'), "2026-12-05"), Error);
}

TEST_CASE("buckets: overdue, today, upcoming, done") {
    FollowUp f = new_follow_up(3, 2, "2026-12-05", "", "2026-12-01");
    CHECK(bucket_of(f, "2026-12-04") == FollowUpBucket::upcoming);
    CHECK(bucket_of(f, "2026-12-05") == FollowUpBucket::today);
    CHECK(bucket_of(f, "2026-12-06") == FollowUpBucket::overdue);
    f.result = FollowUpResult::reached;
    CHECK(bucket_of(f, "2026-12-06") == FollowUpBucket::done);
}

TEST_CASE("recording a result is one step; an appointment creates the next follow-up for the same owner") {
    FollowUp f = new_follow_up(3, 2, "2026-12-05", "sofa in blue", "2026-12-01");
    f.id = 11;
    const FollowUpRecorded r = record_follow_up(f, FollowUpResult::new_appointment, "comes Saturday", "2026-12-12", "2026-12-05", 1000, 2);
    CHECK(r.done.result == FollowUpResult::new_appointment);
    CHECK(r.done.done_at == 1000);
    CHECK(r.done.done_by == 2);
    REQUIRE(r.next.has_value());
    CHECK(r.next->due == "2026-12-12");
    CHECK(r.next->owner_id == 2);
    CHECK(r.next->customer_id == 3);
    CHECK(r.next->reason == "sofa in blue");
    CHECK_FALSE(r.next->result.has_value());

    // A second result on the same follow-up is refused.
    CHECK_THROWS_AS(record_follow_up(r.done, FollowUpResult::bought, "", std::nullopt, "2026-12-05", 2000, 2), Error);
}

TEST_CASE("results and next days: required for an appointment, optional for no answer, refused otherwise") {
    const FollowUp f = new_follow_up(3, 2, "2026-12-05", "", "2026-12-01");
    CHECK_THROWS_WITH_AS(record_follow_up(f, FollowUpResult::new_appointment, "", std::nullopt, "2026-12-05", 0, 2),
                         doctest::Contains("needs its date"), Error);
    CHECK_THROWS_WITH_AS(record_follow_up(f, FollowUpResult::new_appointment, "", "2026-12-01", "2026-12-05", 0, 2),
                         doctest::Contains("in the past"), Error);
    CHECK_THROWS_AS(record_follow_up(f, FollowUpResult::bought, "", "2026-12-09", "2026-12-05", 0, 2), Error);
    const auto retry = record_follow_up(f, FollowUpResult::no_answer, "", "2026-12-06", "2026-12-05", 0, 2);
    REQUIRE(retry.next.has_value());
    CHECK(retry.next->due == "2026-12-06");
    CHECK(retry.next->reason == "call again");
    const auto plain = record_follow_up(f, FollowUpResult::no_answer, "", std::nullopt, "2026-12-05", 0, 2);
    CHECK_FALSE(plain.next.has_value());
    for (const auto r : {FollowUpResult::reached, FollowUpResult::no_answer, FollowUpResult::new_appointment, FollowUpResult::bought,
                         FollowUpResult::not_interested})
        CHECK(parse_follow_up_result(follow_up_result_name(r)) == r);
    CHECK_FALSE(parse_follow_up_result("maybe").has_value());
}
