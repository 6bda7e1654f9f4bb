#pragma once
// The whole app shell (login, top bar, floor, checkout and manager pages) in a headless ImGui
// session on a real temporary store, with the real device runtime printing to the virtual
// printer. Each tap's intents are applied by the shell itself, as in the app.
#include <doctest/doctest.h>

#include <chrono>
#include <functional>
#include <string>
#include <thread>

#include "core/common/time.h"
#include "gui/shell.h"
#include "service/admin_store.h"
#include "service/summary.h"
#include "ui/headless.h"

namespace pos::test {

class ShellHarness {
public:
    explicit ShellHarness(Lang lang = Lang::en, ImVec2 display = {1024.0f, 768.0f})
        : devices(store.path(), store.pos->settings(), store.file("receipts"), [] {}),
          shell(gui::PageContext{*store.pos, devices}),
          ui(lang, display) {
        store.pos->apply(intent::SetLanguage{std::string(lang_code(lang))});
        draw = [this] {
            for (auto& i : devices.pump()) sink.push(std::move(i));  // as the app does before each frame
            lock_at = shell.frame(now, input, sink);
        };
        frames(2);
    }
    void frames(int n) {
        for (int k = 0; k < n; ++k) {
            ui.frame(draw);
            shell.apply(sink.take());
        }
    }
    void tap(const std::string& name) {
        ui.tap(name, draw);
        shell.apply(sink.take());
        frames(2);
    }
    // Staff: 1 Lan (floor, 1111), 2 Wei (cashier, 1234), 3 Olga (manager, 9999).
    void login(int staff_id, const std::string& pin) {
        tap("login/staff/" + std::to_string(staff_id));
        for (char d : pin) tap(std::string("login/pin/key/") + d);
        tap("login/pin/key/ok");
    }
    // Frames until `done` holds, for up to 20 s (device threads work in the background).
    bool frames_until(const std::function<bool()>& done) {
        for (int i = 0; i < 1000 && !done(); ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            frames(1);
        }
        return done();
    }
    bool has(const std::string& name) const { return ui.probe().find(name) != nullptr; }
    // The probed names that start with `prefix`, in drawing order.
    std::vector<std::string> names(const std::string& prefix) const {
        std::vector<std::string> out;
        for (const auto& it : ui.probe().items())
            if (it.name.rfind(prefix, 0) == 0) out.push_back(it.name);
        return out;
    }
    report::DaySummary today() {
        return service::day_summary(*store.conn, local_day(store.clock.now()), store.pos->playbook(), Lang::en);
    }

    AdminStore store;
    gui::DeviceRuntime devices;
    gui::Shell shell;
    HeadlessUi ui;
    intent::IntentQueue sink;
    HeadlessUi::Draw draw;
    double now = 0.0;    // the shell's monotonic clock (seconds)
    bool input = true;   // whether the frame counts as a touch
    double lock_at = 0.0;
};

}  // namespace pos::test
