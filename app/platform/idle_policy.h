#pragma once
// When the frame loop may sleep. A POS screen changes only after a touch, a device event or
// a timer (clock, auto-lock), so the loop renders a few frames after any activity and then
// blocks in glfwWaitEvents until the next event or deadline. Pure: times are passed in.
#include <optional>

namespace pos::platform {

struct IdleConfig {
    int active_frames = 3;          // frames rendered after activity (ImGui settles clicks/layout)
    double active_seconds = 0.10;   // and keep rendering this long after the last activity
};

// What the loop should do before the next frame.
struct WaitDecision {
    enum class Kind { poll, wait_timeout, wait_forever };
    Kind kind = Kind::wait_forever;
    double seconds = 0.0;           // for wait_timeout: how long to block at most

    bool operator==(const WaitDecision&) const = default;
};

struct IdleInputs {
    double now = 0.0;                       // monotonic seconds
    double last_activity = 0.0;             // when the last input/device event/redraw request came
    int frames_since_activity = 0;          // frames rendered since then
    bool animating = false;                 // an animation or drag is running: keep rendering
    std::optional<double> next_deadline;    // absolute time of the next timer (clock tick, auto-lock)
};

WaitDecision decide_wait(const IdleInputs& in, const IdleConfig& cfg = {}) noexcept;

// The bookkeeping around decide_wait for the loop: record activity and rendered frames,
// keep the earliest pending deadline.
class IdlePolicy {
public:
    explicit IdlePolicy(IdleConfig cfg = {}) noexcept : cfg_(cfg) {}

    void on_activity(double now) noexcept;
    void on_frame_rendered() noexcept { ++frames_since_activity_; }
    void set_animating(bool animating) noexcept { animating_ = animating; }
    // Ask for a frame at an absolute time; the earliest request wins until it is reached.
    void schedule(double at) noexcept;
    // Drops deadlines that have passed (call before rendering); true if one had expired.
    bool expire_deadlines(double now) noexcept;

    WaitDecision decide(double now) const noexcept;
    int frames_since_activity() const noexcept { return frames_since_activity_; }
    std::optional<double> next_deadline() const noexcept { return deadline_; }

private:
    IdleConfig cfg_;
    double last_activity_ = 0.0;
    int frames_since_activity_ = 0;
    bool animating_ = false;
    std::optional<double> deadline_;
};

}  // namespace pos::platform
