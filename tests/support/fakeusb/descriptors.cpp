// Descriptor bytes and umockdev device text.
#include "support/fakeusb/descriptors.h"

#include <cstdio>

namespace pos::fakeusb {

namespace {

std::uint8_t lo(unsigned v) { return static_cast<std::uint8_t>(v & 0xFF); }
std::uint8_t hi(unsigned v) { return static_cast<std::uint8_t>((v >> 8) & 0xFF); }

std::string hex(const std::vector<std::uint8_t>& bytes) {
    std::string out;
    char b[3];
    for (auto v : bytes) {
        std::snprintf(b, sizeof b, "%02X", v);
        out += b;
    }
    return out;
}

std::string fmt(const char* f, unsigned a) {
    char b[32];
    std::snprintf(b, sizeof b, f, a);
    return b;
}

}  // namespace

std::vector<std::uint8_t> device_descriptor(const DeviceSpec& s) {
    return {18, 1, 0x00, 0x02, 0, 0, 0, 64, lo(s.vid), hi(s.vid), lo(s.pid), hi(s.pid),
            lo(s.bcd_device), hi(s.bcd_device), 1, 2, 3, 1};
}

std::vector<std::uint8_t> config_descriptor(const DeviceSpec& s) {
    std::vector<std::uint8_t> body;
    for (const auto& i : s.interfaces) {
        body.insert(body.end(), {9, 4, i.number, 0, static_cast<std::uint8_t>(i.endpoints.size()), i.cls,
                                 i.subclass, i.protocol, 0});
        body.insert(body.end(), i.extra.begin(), i.extra.end());
        for (const auto& e : i.endpoints)
            body.insert(body.end(), {7, 5, e.address, e.attributes, lo(e.max_packet), hi(e.max_packet), e.interval});
    }
    const unsigned total = static_cast<unsigned>(9 + body.size());
    std::vector<std::uint8_t> out;
    out.reserve(total);
    for (std::uint8_t b : {std::uint8_t{9}, std::uint8_t{2}, lo(total), hi(total),
                           static_cast<std::uint8_t>(s.interfaces.size()), std::uint8_t{1}, std::uint8_t{0},
                           std::uint8_t{0xC0}, std::uint8_t{50}})
        out.push_back(b);
    for (std::uint8_t b : body) out.push_back(b);
    return out;
}

std::vector<std::uint8_t> string_descriptor(const DeviceSpec& s, std::uint8_t index) {
    if (index == 0) return {4, 3, 0x09, 0x04};  // en-US
    const std::string* text = index == 1 ? &s.manufacturer : index == 2 ? &s.product : index == 3 ? &s.serial : nullptr;
    if (text == nullptr) return {};
    std::vector<std::uint8_t> out{static_cast<std::uint8_t>(2 + 2 * text->size()), 3};
    for (char c : *text) out.insert(out.end(), {static_cast<std::uint8_t>(c), 0});
    return out;
}

std::string umockdev_text(const DeviceSpec& s, const std::string& devpath, std::uint8_t bus, std::uint8_t address) {
    auto descriptors = device_descriptor(s);
    const auto cfg = config_descriptor(s);
    descriptors.insert(descriptors.end(), cfg.begin(), cfg.end());
    const std::string busnum = fmt("%03u", bus), devnum = fmt("%03u", address);
    std::string ifaces = ":";
    for (const auto& i : s.interfaces) ifaces += fmt("%02x", i.cls) + fmt("%02x", i.subclass) + fmt("%02x", i.protocol) + ":";
    std::string t;
    t += "P: " + devpath + "\n";
    t += "N: bus/usb/" + busnum + "/" + devnum + "=" + hex(descriptors) + "\n";
    t += "E: DEVNAME=/dev/bus/usb/" + busnum + "/" + devnum + "\n";
    t += "E: DEVTYPE=usb_device\nE: DRIVER=usb\nE: SUBSYSTEM=usb\nE: ID_BUS=usb\n";
    t += "E: PRODUCT=" + fmt("%x", s.vid) + "/" + fmt("%x", s.pid) + "/" + fmt("%x", s.bcd_device) + "\n";
    t += "E: TYPE=0/0/0\n";
    t += "E: BUSNUM=" + busnum + "\nE: DEVNUM=" + devnum + "\n";
    t += "E: MAJOR=189\nE: MINOR=" + fmt("%u", (bus - 1u) * 128u + address - 1u) + "\n";
    t += "E: ID_VENDOR_ID=" + fmt("%04x", s.vid) + "\nE: ID_MODEL_ID=" + fmt("%04x", s.pid) + "\n";
    t += "E: ID_USB_INTERFACES=" + ifaces + "\n";
    t += "A: authorized=1\n";
    t += "A: bConfigurationValue=1\\n\n";
    t += "A: bDeviceClass=00\nA: bDeviceProtocol=00\nA: bDeviceSubClass=00\nA: bMaxPacketSize0=64\n";
    t += "A: bNumConfigurations=1\nA: bNumInterfaces=" + fmt("%2u", static_cast<unsigned>(s.interfaces.size())) + "\n";
    t += "A: bcdDevice=" + fmt("%04x", s.bcd_device) + "\nA: bmAttributes=c0\n";
    t += "A: busnum=" + fmt("%u", bus) + "\\n\n";
    t += "H: descriptors=" + hex(descriptors) + "\n";
    t += "A: dev=189:" + fmt("%u", (bus - 1u) * 128u + address - 1u) + "\n";
    t += "A: devnum=" + fmt("%u", address) + "\\n\n";
    t += "A: devpath=" + fmt("%u", address) + "\n";
    t += "A: idProduct=" + fmt("%04x", s.pid) + "\nA: idVendor=" + fmt("%04x", s.vid) + "\n";
    t += "A: manufacturer=" + s.manufacturer + "\\n\nA: product=" + s.product + "\\n\nA: serial=" + s.serial + "\\n\n";
    t += "A: speed=12\\n\n";
    return t;
}

}  // namespace pos::fakeusb
