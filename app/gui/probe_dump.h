#pragma once
// `--probe-file PATH`: after each frame in which the touch targets changed, the app writes
// their names and rectangles (window pixels) to PATH atomically, so end-to-end tests in a
// real X server can find where to tap. Format:
// {"frame": N, "screen": "floor", "message": "", "items": [{"name": "nav/lock", "x": 0, "y": 0, "w": 10, "h": 10}]}
// (message: the refusal the shell shows, "" when none).
#include <string>

#include "ui/ui_env.h"

namespace pos::gui {

class ProbeDump {
public:
    explicit ProbeDump(std::string path) : path_(std::move(path)) {}
    ui::UiProbe& probe() noexcept { return probe_; }
    // Call after drawing a frame; writes when the items or the screen changed.
    void frame_done(const std::string& screen, const std::string& message);

private:
    std::string path_;
    ui::UiProbe probe_;
    std::string last_;
    long long frame_ = 0;
};

}  // namespace pos::gui
