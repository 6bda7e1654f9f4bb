#pragma once
// Runs the real showroom-pos binary under a private Xvfb server and measures it from outside:
// time from spawn to the probe file (written after the first frame), CPU over an idle period
// from /proc/PID/stat, and peak RSS (VmHWM) from /proc/PID/status.
#include <string>

namespace pos::bench {

class Xvfb {
public:
    // Starts `Xvfb :N -screen 0 WxHx24` on the first free display from 90. Throws std::runtime_error.
    explicit Xvfb(const std::string& screen = "1024x768x24");
    ~Xvfb();
    Xvfb(const Xvfb&) = delete;
    Xvfb& operator=(const Xvfb&) = delete;
    const std::string& display() const noexcept { return display_; }

private:
    int pid_ = -1;
    std::string display_;
};

struct GuiRun {
    double first_frame_ms = 0;  // spawn -> probe file exists
    double idle_cpu_percent = -1;  // of one core over idle_seconds (-1: not measured)
    long peak_rss_kb = 0;          // VmHWM at the end of the run
};

// Starts `app --db db --probe-file <tmp>` on `display`; after the first frame waits
// settle_seconds, then measures CPU over idle_seconds (0: skip). Throws std::runtime_error
// when the app exits early or shows no frame within 60 s.
GuiRun run_gui(const std::string& app, const std::string& db, const std::string& display, double settle_seconds,
               double idle_seconds);

}  // namespace pos::bench
