// libusb context lifetime and log level.
#include "drivers/usb/context.h"

#include <libusb.h>

#include <atomic>
#include <cstdlib>

#include "drivers/usb/error.h"

namespace pos::usb {

int parse_log_level(std::string_view text) noexcept {
    if (text == "none" || text == "0") return LIBUSB_LOG_LEVEL_NONE;
    if (text == "error" || text == "1") return LIBUSB_LOG_LEVEL_ERROR;
    if (text == "warning" || text == "2") return LIBUSB_LOG_LEVEL_WARNING;
    if (text == "info" || text == "3") return LIBUSB_LOG_LEVEL_INFO;
    if (text == "debug" || text == "4") return LIBUSB_LOG_LEVEL_DEBUG;
    return -1;
}

namespace {
std::atomic<int> g_live{0};
}  // namespace

int Context::live() noexcept { return g_live.load(); }

Context::Context() {
    check(libusb_init(&ctx_), "initialise USB");
    ++g_live;
    const char* env = std::getenv("POS_USB_LOG");
    const int level = env != nullptr ? parse_log_level(env) : -1;
    if (level >= 0) libusb_set_option(ctx_, LIBUSB_OPTION_LOG_LEVEL, level);
}

Context::~Context() {
    if (ctx_ != nullptr) libusb_exit(ctx_);
    --g_live;
}

bool Context::has_hotplug() const noexcept {
    return libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG) != 0;
}

}  // namespace pos::usb
