#pragma once
// IEEE 1284 device id ("MFG:EPSON;CMD:ESC/POS;MDL:TM-T20II;") as returned by the
// printer-class GET_DEVICE_ID request.
#include <map>
#include <string>
#include <string_view>

namespace pos::usb {

struct DeviceId {
    std::map<std::string, std::string> fields;  // keys upper-cased, values trimmed

    std::string manufacturer() const;  // MFG or MANUFACTURER
    std::string model() const;         // MDL or MODEL
    std::string command_set() const;   // CMD or COMMAND SET
    std::string get(std::string_view key) const;  // "" if absent
};

DeviceId parse_device_id(std::string_view text);

}  // namespace pos::usb
