#pragma once
// Context: RAII owner of one libusb_context. Its log level comes from the
// environment variable POS_USB_LOG (none|error|warning|info|debug or 0..4);
// unset means "none". Not copyable or movable: handles and threads refer to it.
#include <string_view>

struct libusb_context;

namespace pos::usb {

class Context {
public:
    Context();                         // throws pos::usb::Error
    ~Context();
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

    libusb_context* native() const noexcept { return ctx_; }
    bool has_hotplug() const noexcept;
    // How many Contexts exist in this process now (the app runs on one; tests check that).
    static int live() noexcept;

private:
    libusb_context* ctx_ = nullptr;
};

// Parses a POS_USB_LOG value; returns a libusb_log_level (0..4), or -1 if unknown.
int parse_log_level(std::string_view text) noexcept;

}  // namespace pos::usb
