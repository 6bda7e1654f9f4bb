#pragma once
// A screen of the app shell (floor, checkout, manager pages): each frame it builds its view from
// the service and draws it; after the shell applied (or refused) the frame's intents it hears
// what happened as the service's typed events (or typed refusal), to refresh what it read and
// to keep its own UI state (the selected line, the open dialog) in step. The intent itself is
// passed only so a page can tell its own pending request (an open dialog's) from others; pages
// never branch on an intent's type or on a message's wording, and never apply intents.
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
    // After the shell applied `applied` successfully; `outcome.events` says what it did.
    virtual void applied(const intent::Intent& applied, const service::Outcome& outcome) {
        (void)applied;
        (void)outcome;
    }
    // After the service refused `refused`; `message` is already readable (session language).
    // Returns true when the page shows the refusal itself (in a dialog, or by acting on it), so
    // the shell's top bar does not repeat it.
    virtual bool refused(const intent::Intent& refused, const service::Refusal& refusal, const std::string& message) {
        (void)refused;
        (void)refusal;
        (void)message;
        return false;
    }
};

}  // namespace pos::gui
