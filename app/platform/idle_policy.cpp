#include "platform/idle_policy.h"

#include <algorithm>

namespace pos::platform {

WaitDecision decide_wait(const IdleInputs& in, const IdleConfig& cfg) noexcept {
    using Kind = WaitDecision::Kind;
    const bool recently_active = in.frames_since_activity < cfg.active_frames ||
                                 in.now - in.last_activity < cfg.active_seconds;
    if (in.animating || recently_active) return {Kind::poll, 0.0};
    if (!in.next_deadline) return {Kind::wait_forever, 0.0};
    const double left = *in.next_deadline - in.now;
    if (left <= 0.0) return {Kind::poll, 0.0};
    return {Kind::wait_timeout, left};
}

void IdlePolicy::on_activity(double now) noexcept {
    last_activity_ = now;
    frames_since_activity_ = 0;
}

void IdlePolicy::schedule(double at) noexcept {
    deadline_ = deadline_ ? std::min(*deadline_, at) : at;
}

bool IdlePolicy::expire_deadlines(double now) noexcept {
    if (!deadline_ || *deadline_ > now) return false;
    deadline_.reset();
    return true;
}

WaitDecision IdlePolicy::decide(double now) const noexcept {
    return decide_wait({now, last_activity_, frames_since_activity_, animating_, deadline_}, cfg_);
}

}  // namespace pos::platform
