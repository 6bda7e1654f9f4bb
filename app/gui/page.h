#pragma once
// A screen of the app shell (floor, checkout, manager pages): each frame it builds its view from
// the service and draws it; after the shell applied (or refused) the frame's intents it hears
// about them, to refresh what it read from the database and to keep its own UI state (the
// selected line, the open dialog) in step. Pages never apply intents themselves.
#include <string>

#include "core/intents/intents.h"
#include "gui/device_runtime.h"
#include "service/pos_service.h"

namespace pos::gui {

struct PageContext {
    service::PosService& pos;
    DeviceRuntime& devices;
};

class Page {
public:
    virtual ~Page() = default;
    // Draws into ui::screen_area() (the shell sets it below its top bar).
    virtual void frame(PageContext& ctx, intent::IntentSink& sink) = 0;
    // After the shell applied `applied` successfully.
    virtual void applied(const intent::Intent& applied, const service::Result& result) {
        (void)applied;
        (void)result;
    }
    // After the service refused `refused`; `message` is already readable (session language).
    // Returns true when the page shows the refusal itself (in a dialog, or by acting on it), so
    // the shell's top bar does not repeat it.
    virtual bool refused(const intent::Intent& refused, const std::string& message) {
        (void)refused;
        (void)message;
        return false;
    }
};

}  // namespace pos::gui
