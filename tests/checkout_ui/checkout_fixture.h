#pragma once
// The checkout page on a real temporary store: a PosService with staff and a small catalog, the
// real DeviceRuntime (virtual printer), the page drawn in a headless ImGui context, and a shell
// stand-in that applies the emitted intents to the service and reports back to the page.
#include <doctest/doctest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "core/common/time.h"
#include "core/intents/intents.h"
#include "db/sqlite.h"
#include "gui/checkout/checkout_page.h"
#include "gui/device_runtime.h"
#include "service/pos_service.h"
#include "service/store.h"
#include "ui/headless.h"

namespace pos::test {

struct Applied {
    intent::Intent intent;
    bool ok = false;
    std::string error;
    service::Outcome result;
};

class CheckoutFixture {
public:
    explicit CheckoutFixture(Lang lang = Lang::en, ImVec2 display = {1024.0f, 768.0f}, const char* staff = "Wei",
                             const char* pin = "1234");
    ~CheckoutFixture();

    // Taps a probed target, then applies what it emitted (like the shell after a frame) and
    // draws one more frame. Returns what was applied.
    std::vector<Applied> tap(const std::string& name);
    // Applies one intent as if the shell got it from elsewhere (a scanner, a script).
    Applied shell(const intent::Intent& i);
    void frame() { ui.frame(draw); }
    std::vector<Applied> apply_pending();

    // The id of the staff member called `name` (for manager tiles).
    std::string staff_key(const std::string& name);

    std::filesystem::path dir;
    ManualClock clock;
    service::Store store;
    db::Connection& conn;  // the store's
    service::PosService pos;
    std::unique_ptr<gui::DeviceRuntime> devices;
    gui::CheckoutPage page;
    intent::IntentQueue sink;
    HeadlessUi ui;
    HeadlessUi::Draw draw;
};

// The last element of `v`, which must exist.
const Applied& last(const std::vector<Applied>& v);

// The intent of `a` as T, which it must be.
template <typename T>
const T& as(const Applied& a) {
    const T* t = std::get_if<T>(&a.intent);
    REQUIRE_MESSAGE(t != nullptr, "intent #" << a.intent.index());
    return *t;
}

// Taps `digits` on the keypad probed as `keypad` ("checkout/tender/keypad"); no key may emit.
inline void type_digits(CheckoutFixture& f, const std::string& keypad, const std::string& digits) {
    for (char c : digits) CHECK(f.tap(keypad + "/" + std::string(1, c)).empty());
}

}  // namespace pos::test
