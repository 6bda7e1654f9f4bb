#pragma once
// Device discovery: walks the bus, matches devices against the match table and
// describes each one found (role, ids, bus/address, strings, chosen interface and
// the endpoints discovered from its configuration descriptor).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "drivers/usb/device_match.h"

struct libusb_device;

namespace pos::usb {

class Context;

// Endpoint addresses discovered by walking the configuration descriptor;
// 0 means "none on this interface". Never hard-coded.
struct Endpoints {
    std::uint8_t bulk_out = 0;
    std::uint8_t bulk_in = 0;
    std::uint8_t interrupt_in = 0;
    std::uint16_t bulk_out_packet = 0;
    std::uint16_t bulk_in_packet = 0;
    std::uint16_t interrupt_in_packet = 0;
};

struct DeviceInfo {
    Role role = Role::printer;
    std::uint16_t vid = 0, pid = 0;
    std::uint8_t bus = 0, address = 0;
    std::string manufacturer, product, serial;  // empty if the device could not be opened
    std::string profile;                        // match table profile ("TM-T20II", "generic")
    bool supported = true;
    std::string note;                           // e.g. why it is unsupported
    std::string reason;                         // which rule matched
    int interface = 0;
    std::uint8_t interface_class = 0;
    Endpoints endpoints;
    std::optional<std::string> problem;         // e.g. "no permission: install the udev rule ..."

    std::string id() const { return vid_pid_string(vid, pid); }
};

// All matching devices currently attached. Opens each briefly to read its strings;
// an open failing with LIBUSB_ERROR_ACCESS is reported in DeviceInfo::problem.
std::vector<DeviceInfo> enumerate(Context& ctx, const MatchOptions& options = {});

// Describes one device if it matches. open_for_strings=false skips opening it.
// Safe on a device that has just left (descriptors are cached by libusb).
std::optional<DeviceInfo> describe_device(libusb_device* dev, const MatchOptions& options,
                                          bool open_for_strings = true);

// Finds the endpoints of one interface (alternate setting 0) of the active configuration.
Endpoints find_endpoints(libusb_device* dev, int interface);

}  // namespace pos::usb
