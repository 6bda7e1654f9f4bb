#pragma once
// Builds USB descriptors and the umockdev device text (sysfs attributes, uevent
// properties) for a fake device, from a small spec.
#include <cstdint>
#include <string>
#include <vector>

namespace pos::fakeusb {

struct EndpointSpec {
    std::uint8_t address = 0;      // bit 7 set = IN
    std::uint8_t attributes = 2;   // 2 bulk, 3 interrupt
    std::uint16_t max_packet = 64;
    std::uint8_t interval = 0;
};

struct InterfaceSpec {
    std::uint8_t number = 0;
    std::uint8_t cls = 0, subclass = 0, protocol = 0;
    std::vector<EndpointSpec> endpoints;
    std::vector<std::uint8_t> extra;  // class descriptors placed before the endpoints (HID)
    std::string kernel_driver;        // bound at plug-in ("usblp", "usbhid"); empty: none
};

struct DeviceSpec {
    std::uint16_t vid = 0, pid = 0, bcd_device = 0x0100;
    std::string manufacturer, product, serial;  // string descriptors 1, 2, 3
    std::vector<InterfaceSpec> interfaces;
};

std::vector<std::uint8_t> device_descriptor(const DeviceSpec& spec);
std::vector<std::uint8_t> config_descriptor(const DeviceSpec& spec);
// String descriptor `index` (0 = language ids) or empty if there is none.
std::vector<std::uint8_t> string_descriptor(const DeviceSpec& spec, std::uint8_t index);
// Text for umockdev_testbed_add_from_string.
std::string umockdev_text(const DeviceSpec& spec, const std::string& devpath_in_sys, std::uint8_t bus,
                          std::uint8_t address);

}  // namespace pos::fakeusb
