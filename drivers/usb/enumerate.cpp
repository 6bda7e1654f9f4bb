// Walking device and configuration descriptors.
#include "drivers/usb/enumerate.h"

#include <libusb.h>

#include <memory>

#include "drivers/usb/context.h"
#include "drivers/usb/error.h"

namespace pos::usb {

namespace {

struct ConfigFree {
    void operator()(libusb_config_descriptor* c) const noexcept { libusb_free_config_descriptor(c); }
};
using ConfigPtr = std::unique_ptr<libusb_config_descriptor, ConfigFree>;

struct ListFree {
    void operator()(libusb_device** l) const noexcept { libusb_free_device_list(l, 1); }
};

struct HandleClose {
    void operator()(libusb_device_handle* h) const noexcept { libusb_close(h); }
};

ConfigPtr active_config(libusb_device* dev) {
    libusb_config_descriptor* cfg = nullptr;
    if (libusb_get_active_config_descriptor(dev, &cfg) != 0) {
        // Unconfigured or unknown active config: fall back to the first configuration.
        if (libusb_get_config_descriptor(dev, 0, &cfg) != 0) return nullptr;
    }
    return ConfigPtr(cfg);
}

std::string read_string(libusb_device_handle* h, std::uint8_t index) {
    if (index == 0) return {};
    unsigned char buf[256];
    const int n = libusb_get_string_descriptor_ascii(h, index, buf, sizeof buf);
    if (n <= 0) return {};
    return std::string(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

}  // namespace

Endpoints find_endpoints(libusb_device* dev, int interface) {
    Endpoints eps;
    ConfigPtr cfg = active_config(dev);
    if (!cfg) return eps;
    for (int i = 0; i < cfg->bNumInterfaces; ++i) {
        const libusb_interface& itf = cfg->interface[i];
        if (itf.num_altsetting < 1) continue;
        const libusb_interface_descriptor& alt = itf.altsetting[0];
        if (alt.bInterfaceNumber != interface) continue;
        for (int e = 0; e < alt.bNumEndpoints; ++e) {
            const libusb_endpoint_descriptor& ep = alt.endpoint[e];
            const int type = ep.bmAttributes & LIBUSB_TRANSFER_TYPE_MASK;
            const bool in = (ep.bEndpointAddress & LIBUSB_ENDPOINT_IN) != 0;
            if (type == LIBUSB_TRANSFER_TYPE_BULK && !in && eps.bulk_out == 0) {
                eps.bulk_out = ep.bEndpointAddress;
                eps.bulk_out_packet = ep.wMaxPacketSize;
            } else if (type == LIBUSB_TRANSFER_TYPE_BULK && in && eps.bulk_in == 0) {
                eps.bulk_in = ep.bEndpointAddress;
                eps.bulk_in_packet = ep.wMaxPacketSize;
            } else if (type == LIBUSB_TRANSFER_TYPE_INTERRUPT && in && eps.interrupt_in == 0) {
                eps.interrupt_in = ep.bEndpointAddress;
                eps.interrupt_in_packet = ep.wMaxPacketSize;
            }
        }
    }
    return eps;
}

std::optional<DeviceInfo> describe_device(libusb_device* dev, const MatchOptions& options,
                                          bool open_for_strings) {
    libusb_device_descriptor desc{};
    if (libusb_get_device_descriptor(dev, &desc) != 0) return std::nullopt;
    ConfigPtr cfg = active_config(dev);
    if (!cfg) return std::nullopt;

    std::vector<InterfaceSummary> summaries;
    for (int i = 0; i < cfg->bNumInterfaces; ++i) {
        const libusb_interface& itf = cfg->interface[i];
        if (itf.num_altsetting < 1) continue;
        const libusb_interface_descriptor& alt = itf.altsetting[0];
        InterfaceSummary s;
        s.number = alt.bInterfaceNumber;
        s.cls = alt.bInterfaceClass;
        s.subclass = alt.bInterfaceSubClass;
        s.protocol = alt.bInterfaceProtocol;
        for (int e = 0; e < alt.bNumEndpoints; ++e) {
            const auto& ep = alt.endpoint[e];
            const int type = ep.bmAttributes & LIBUSB_TRANSFER_TYPE_MASK;
            const bool in = (ep.bEndpointAddress & LIBUSB_ENDPOINT_IN) != 0;
            if (type == LIBUSB_TRANSFER_TYPE_BULK && !in) s.has_bulk_out = true;
            if (type == LIBUSB_TRANSFER_TYPE_INTERRUPT && in) s.has_interrupt_in = true;
        }
        summaries.push_back(s);
    }

    auto m = match_device(desc.idVendor, desc.idProduct, summaries, options);
    if (!m) return std::nullopt;
    if (options.only_role && m->role != *options.only_role) return std::nullopt;

    DeviceInfo info;
    info.role = m->role;
    info.vid = desc.idVendor;
    info.pid = desc.idProduct;
    info.bus = libusb_get_bus_number(dev);
    info.address = libusb_get_device_address(dev);
    info.profile = m->profile;
    info.supported = m->supported;
    info.note = m->note;
    info.reason = m->reason;
    info.interface = m->interface;
    for (const auto& s : summaries)
        if (s.number == m->interface) info.interface_class = s.cls;
    info.endpoints = find_endpoints(dev, m->interface);

    if (open_for_strings) {
        libusb_device_handle* raw = nullptr;
        const int rc = libusb_open(dev, &raw);
        if (rc == 0) {
            std::unique_ptr<libusb_device_handle, HandleClose> h(raw);
            info.manufacturer = read_string(raw, desc.iManufacturer);
            info.product = read_string(raw, desc.iProduct);
            info.serial = read_string(raw, desc.iSerialNumber);
        } else {
            info.problem = describe_libusb_error(rc);
        }
    }
    return info;
}

std::vector<DeviceInfo> enumerate(Context& ctx, const MatchOptions& options) {
    libusb_device** raw = nullptr;
    const ssize_t n = libusb_get_device_list(ctx.native(), &raw);
    if (n < 0) throw Error(static_cast<int>(n), "list USB devices");
    std::unique_ptr<libusb_device*, ListFree> list(raw);
    std::vector<DeviceInfo> found;
    for (ssize_t i = 0; i < n; ++i)
        if (auto info = describe_device(raw[i], options)) found.push_back(std::move(*info));
    return found;
}

}  // namespace pos::usb
