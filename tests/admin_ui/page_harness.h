#pragma once
// The manager's page in a headless ImGui session, on a real temporary store with the real
// device runtime (virtual printer in the store's folder): each tap's intents are applied the
// way the app shell does it (service, then devices, then the page hears the outcome).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/common/error.h"
#include "gui/admin/manager_page.h"
#include "gui/device_runtime.h"
#include "service/admin_store.h"
#include "ui/headless.h"

namespace pos::test {

class PageHarness {
public:
    explicit PageHarness(Lang lang = Lang::en, ImVec2 display = {1024.0f, 768.0f})
        : devices(store.path(), store.pos->settings(), store.file("receipts"), [] {}), ui(lang, display) {
        store.pos->apply(intent::Login{"Olga", "9999"});
        store.pos->apply(intent::SetLanguage{std::string(lang_code(lang))});
        draw = [this] {
            gui::PageContext ctx{*store.pos, devices};
            page.frame(ctx, sink);
        };
        frames(2);
    }
    void frames(int n) {
        for (int k = 0; k < n; ++k) ui.frame(draw);
    }
    // Applies what the page pushed, like the shell.
    void apply() {
        for (auto& i : sink.take()) {
            applied.push_back(i);
            auto reply = store.pos->try_apply(i);
            if (const auto* out = std::get_if<service::Outcome>(&reply)) {
                devices.after(*out);
                page.applied(i, *out);
            } else {
                const auto& refusal = std::get<service::Refusal>(reply);
                refusals.push_back(refusal.detail);
                page.refused(i, refusal, refusal.detail);
            }
        }
    }
    void tap(const std::string& name) {
        ui.tap(name, draw);
        apply();
        frames(2);
    }
    void open(ui::admin::AdminPage p) {
        tap(std::string("admin/nav/") + ui::admin::page_code(p));
        CHECK(page.current() == p);
    }
    // Every probed target is at least 48 px high and wide and lies on the screen.
    void check_targets(ImVec2 display) const {
        for (const auto& item : ui.probe().items()) {
            CAPTURE(item.name);
            CHECK(item.height() >= 48.0f - 0.01f);
            CHECK(item.width() >= 48.0f - 0.01f);
            CHECK(item.min.x >= -0.01f);
            CHECK(item.min.y >= -0.01f);
            CHECK(item.max.x <= display.x + 0.01f);
        }
    }

    AdminStore store;
    gui::DeviceRuntime devices;
    gui::ManagerPage page;
    HeadlessUi ui;
    intent::IntentQueue sink;
    HeadlessUi::Draw draw;
    std::vector<intent::Intent> applied;
    std::vector<std::string> refusals;
};

}  // namespace pos::test
